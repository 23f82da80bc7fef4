import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/embedded-postgres.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The real server as a child process (`NODE_ENV=production`) on a free loopback port, on `databaseUrl`; resolves
 * once `/readyz` answers. `env` adds settings; `KINERJA_BENCH_PROFILE=<dir>` runs it under `node --cpu-prof`.
 */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  readyWithinSeconds = 60,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const profile = process.env.KINERJA_BENCH_PROFILE;
  const [command, commandArgs] = profile
    ? [
        process.execPath,
        [
          '--cpu-prof',
          `--cpu-prof-dir=${path.resolve(profile)}`,
          '--import',
          'tsx',
          '--conditions=source',
          'src/main.ts',
        ],
      ]
    : [path.join(serverDir, 'node_modules/.bin/tsx'), ['--conditions=source', 'src/main.ts']];
  const child = spawn(command, commandArgs, {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > readyWithinSeconds * 10) throw new Error(`the server did not become ready within ${readyWithinSeconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
