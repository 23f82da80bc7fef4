import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.resolve(serverDir, 'node_modules/.bin/tsx');

function start(env: Record<string, string>) {
  const result = spawnSync(tsx, ['--conditions=source', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('start-up with a bad configuration', () => {
  it('stops on a wrong PORT with one clear line and no stack trace', () => {
    const result = start({ PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('kinerja: PORT must be a whole number from 1 to 65535, got "abc".');
  });

  it('stops on an unreachable DATABASE_URL with one clear line', () => {
    const result = start({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/kinerja', LOG_LEVEL: 'silent' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^kinerja: Cannot connect to the database at DATABASE_URL \(127\.0\.0\.1:1\/kinerja\): /,
    );
    expect(result.stderr).not.toContain('secret');
  });
});

describe('shutdown and data folder settings', () => {
  it('refuses a wrong SHUTDOWN_TIMEOUT_MS with one sentence (printed like the PORT one above)', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '0' }).shutdownTimeoutMs).toBe(0);
    for (const raw of ['10s', '-1', '600001']) {
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: raw })).toThrow(
        new ConfigError(`SHUTDOWN_TIMEOUT_MS must be a whole number from 0 to 600000, got "${raw}".`),
      );
    }
  });

  const repoRoot = path.resolve(serverDir, '..');

  it('KINERJA_DATA_DIR is relative to the checkout, whatever the working folder (pnpm runs the server from server/)', () => {
    expect(loadConfig({}).embeddedDataDir).toBe(path.join(repoRoot, '.data', 'postgres'));
    expect(loadConfig({ KINERJA_DATA_DIR: 'mine/pg' }).embeddedDataDir).toBe(path.join(repoRoot, 'mine', 'pg'));
    expect(loadConfig({ KINERJA_DATA_DIR: '/srv/kinerja/pg' }).embeddedDataDir).toBe('/srv/kinerja/pg');
  });
});
