import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const execFileAsync = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningServer {
  readonly url: string;
  /** Everything the server printed on stdout (the start banner among it). */
  readonly output: () => string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Where the seeded demo office is kept for the test files: a stopped cluster's data folder, or a template database. */
export type SeededSource = { kind: 'dataDir'; path: string } | { kind: 'database'; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    seededSource: SeededSource;
  }
}

/** Spawns the server with `env` and waits for its start banner. */
async function launch(env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    path.join(root, 'server/node_modules/.bin/tsx'),
    ['--conditions=source', 'src/main.ts'],
    { cwd: path.join(root, 'server'), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${stdout}\n${stderr}`)), 180_000);
    const check = () => {
      if (stdout.includes('Kinerja is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stdout}\n${stderr}`));
    });
  });

  return {
    url: `http://127.0.0.1:${env.PORT}`,
    output: () => stdout,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await cleanup();
    },
  };
}

async function baseEnv(): Promise<NodeJS.ProcessEnv> {
  if (!existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `pnpm run build:web` before the browser tests.');
  }
  return { ...process.env, PORT: String(await freePort()), NODE_ENV: 'production', LOG_LEVEL: 'warn' };
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new temporary folder the `postgres` OS user can pass through (mkdtemp makes it private), for root runs. */
async function reachableTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

const databaseUrl = (name: string) => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Runs the server once, exactly as `pnpm start` does, so it migrates and seeds the demo office through the real
 * services, then stops it: every test file then starts from a copy (a data folder copied, or a database cloned),
 * which takes seconds instead of the seed's half minute. For the browser project's global setup.
 */
export async function prepareSeededSource(): Promise<{ source: SeededSource; dispose(): Promise<void> }> {
  const env = await baseEnv();
  if (process.env.DATABASE_URL) {
    const name = `kinerja_e2e_seed_${Date.now().toString(36)}`;
    await adminQuery(`create database "${name}"`);
    env.DATABASE_URL = databaseUrl(name);
    await (await launch(env, async () => {})).stop();
    return {
      source: { kind: 'database', name },
      dispose: () => adminQuery(`drop database if exists "${name}" with (force)`),
    };
  }
  const dir = await reachableTempDir('kinerja-e2e-seed-');
  delete env.DATABASE_URL;
  env.KINERJA_DATA_DIR = path.join(dir, 'postgres');
  await (await launch(env, async () => {})).stop();
  return {
    source: { kind: 'dataDir', path: env.KINERJA_DATA_DIR },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts the real server exactly as `pnpm start` does (after the SPA build), on a database of its own holding the
 * seeded demo office: a copy of the seeded data folder for its own embedded PostgreSQL, or a clone of the seeded
 * database on DATABASE_URL's cluster.
 */
export async function startServer(source: SeededSource): Promise<RunningServer> {
  const env = await baseEnv();
  if (source.kind === 'database') {
    const name = `kinerja_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`create database "${name}" template "${source.name}"`);
    env.DATABASE_URL = databaseUrl(name);
    return launch(env, () => adminQuery(`drop database if exists "${name}" with (force)`));
  }
  const dir = await reachableTempDir('kinerja-e2e-');
  // A stopped cluster's folder, copied with its owners and modes (PostgreSQL runs as `postgres` under root).
  await execFileAsync('cp', ['-a', source.path, path.join(dir, 'postgres')]);
  delete env.DATABASE_URL;
  env.KINERJA_DATA_DIR = path.join(dir, 'postgres');
  return launch(env, () => rm(dir, { recursive: true, force: true }));
}
