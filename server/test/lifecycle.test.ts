import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabaseExists } from '../src/db/database.js';
import { freePort, startEmbeddedPostgres, type EmbeddedCluster } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { User } from '../src/modules/auth/user.entity.js';
import { JobFamily } from '../src/modules/job-family/job-family.entity.js';

/**
 * The server as an operator runs it: a real child process (`node --import tsx src/main.ts`), its own embedded
 * PostgreSQL in a temporary folder, and real faults — SIGTERM with a request in progress, `kill -9` of the
 * postmaster and of the server, an external database that goes away and comes back. The steps run in order and
 * share one data folder, prepared once (migrated, with one account and one job family so the demo seed, which
 * takes tens of seconds, is skipped).
 */

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USERNAME = 'lifecycle';
const PASSWORD = 'rahasia-lifecycle-123';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }`;

interface LogLine {
  readonly text: string;
  readonly json: Record<string, unknown> | null;
}

/** A server child process and everything it printed. */
class ServerProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly port: number,
    env: Record<string, string>,
  ) {
    const base = { ...process.env };
    delete base.DATABASE_URL;
    delete base.KINERJA_DATA_DIR;
    this.child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...base,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(port),
        SHUTDOWN_TIMEOUT_MS: '10000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (text) => {
        let json: Record<string, unknown> | null = null;
        try {
          json = text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : null;
        } catch {
          // plain text
        }
        this.lines.push({ text, json });
        for (const wake of this.waiters) wake();
      });
    }
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => {
      for (const wake of this.waiters) wake();
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The first line (from `from` on) matching `pattern`; fails with the log if none comes within `ms`. */
  async waitFor(pattern: RegExp, ms = 45_000, from = 0): Promise<LogLine> {
    const until = Date.now() + ms;
    for (;;) {
      const found = this.lines.slice(from).find((line) => pattern.test(line.text));
      if (found) return found;
      if (!this.alive || Date.now() > until) {
        throw new Error(
          `no log line matching ${pattern} (server ${this.alive ? 'running' : 'exited'}); log:\n${this.log()}`,
        );
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 200);
        this.waiters.add(wake);
      });
    }
  }

  log(): string {
    return this.lines.map((line) => line.text).join('\n');
  }

  count(pattern: RegExp): number {
    return this.lines.filter((line) => pattern.test(line.text)).length;
  }

  /** Waits until the server listens; returns the embedded postmaster's pid and port when it has one. */
  async started(): Promise<{ pgPid?: number; pgPort?: number }> {
    await this.waitFor(/"msg":"listening"/);
    const embedded = this.lines.find((line) => line.json?.msg === 'embedded PostgreSQL is running')?.json;
    return { pgPid: embedded?.pid as number | undefined, pgPort: embedded?.port as number | undefined };
  }

  async gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
      response,
    };
  }

  async login(): Promise<Record<string, string>> {
    const result = await this.gql(LOGIN, { input: { username: USERNAME, password: PASSWORD } });
    expect(result.body.errors).toBeUndefined();
    const cookie = result.response.headers.getSetCookie()[0]!;
    return { cookie: cookie.split(';')[0]! };
  }
}

/** Running (a process that exited but is not reaped yet, a zombie, does not count). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    if (existsSync('/proc/self')) return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function accepts(port: number): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'kinerja',
    password: 'kinerja',
    database: 'postgres',
    connectionTimeoutMillis: 2000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function eventually<T>(work: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await work();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** No stack trace in what a client sees. */
function expectNoStack(text: string): void {
  expect(text).not.toContain('stacktrace');
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  expect(text).not.toMatch(/\.ts:\d+/);
}

let base: string;
let dataDir: string;
const servers: ServerProcess[] = [];
let external: EmbeddedCluster | undefined;

function startServer(env: Record<string, string> = {}, port?: number): Promise<ServerProcess> {
  return (port === undefined ? freePort() : Promise.resolve(port)).then((free) => {
    const server = new ServerProcess(free, { KINERJA_DATA_DIR: dataDir, ...env });
    servers.push(server);
    return server;
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'kinerja-lifecycle-'));
  dataDir = path.join(base, 'postgres');
  const cluster = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabaseExists(cluster.adminUrl, 'kinerja');
    const orm = await MikroORM.init(ormConfig(cluster.urlFor('kinerja')));
    try {
      await orm.getMigrator().up();
      const em = orm.em.fork();
      em.create(JobFamily, { code: 'lifecycle', name: 'Uji', nameEn: 'Test' });
      em.create(User, {
        username: USERNAME,
        displayName: 'Lifecycle',
        passwordHash: await hashPassword(PASSWORD),
        roles: ['HR'],
      });
      await em.flush();
    } finally {
      await orm.close(true);
    }
  } finally {
    await cluster.stop();
  }
});

afterAll(async () => {
  for (const server of servers) if (server.alive) server.child.kill('SIGKILL');
  await external?.stop();
  // A server killed above (or by a failed step) may leave its postmaster running: a start stops it.
  if (dataDir && existsSync(path.join(dataDir, 'postmaster.pid'))) {
    await startEmbeddedPostgres({ dataDir })
      .then((cluster) => cluster.stop())
      .catch(() => {});
  }
  if (base) await rm(base, { recursive: true, force: true });
});

describe.sequential('the server under faults (real processes)', () => {
  let first: ServerProcess;
  let second: ServerProcess;

  it(
    'restarts its embedded PostgreSQL after kill -9 of the postmaster, and serves again',
    { timeout: 90_000 },
    async () => {
      first = await startServer();
      const { pgPid, pgPort } = await first.started();
      expect(pgPid).toBeGreaterThan(0);
      await first.login();

      process.kill(pgPid!, 'SIGKILL');
      await first.waitFor(/The embedded PostgreSQL in .* stopped unexpectedly \(killed by SIGKILL\); restarting it/);
      const again = await first.waitFor(/The embedded PostgreSQL in .* is running again \(process \d+\)/);
      expect(again.text).not.toContain(`process ${pgPid})`);
      expect(await accepts(pgPort!)).toBe(true);

      const result = await first.gql(LOGIN, { input: { username: USERNAME, password: PASSWORD } });
      expect(result.status).toBe(200);
      expect(result.body.data?.login.viewer.id).toEqual(expect.any(String));
      expect(first.alive).toBe(true);
    },
  );

  it(
    'starts again after the server was killed with SIGKILL, stopping the PostgreSQL it left running',
    { timeout: 90_000 },
    async () => {
      const restarted = Number(
        /process (\d+)/.exec(first.lines.findLast((line) => /is running again/.test(line.text))!.text)![1],
      );
      first.child.kill('SIGKILL');
      await first.exited;
      // The orphan is real: the postmaster outlives its server.
      expect(isAlive(restarted)).toBe(true);

      second = await startServer();
      await second.started();
      expect(second.log()).toMatch(/Stopping the PostgreSQL left running in .* by a server that did not shut down/);
      expect(isAlive(restarted)).toBe(false);
      const ready = await fetch(`${second.url}/readyz`);
      expect(ready.status).toBe(200);
      await second.login();
    },
  );

  it(
    'on SIGTERM refuses new connections, finishes the request in progress, then stops PostgreSQL and exits 0',
    { timeout: 60_000 },
    async () => {
      const { pgPid, pgPort } = await second.started();
      // The slow request: login reads app_user, which this transaction keeps locked until told.
      const locker = new pg.Client({
        host: '127.0.0.1',
        port: pgPort!,
        user: 'kinerja',
        password: 'kinerja',
        database: 'kinerja',
      });
      await locker.connect();
      try {
        await locker.query('begin');
        await locker.query('lock table app_user in access exclusive mode');
        const slow = second.gql(LOGIN, { input: { username: USERNAME, password: PASSWORD } });
        // In flight: the server's statement waits for the lock.
        const waiting = await eventually(
          async () =>
            (
              await locker.query(
                `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
              )
            ).rows[0].n as number,
          (n) => n > 0,
        );
        expect(waiting).toBeGreaterThan(0);

        second.child.kill('SIGTERM');
        await second.waitFor(/SIGTERM: shutting down/);
        // A new TCP connection is refused (not merely a request on an old keep-alive connection).
        const refused = await eventually(
          () => connectionRefused(second.port),
          (value) => value,
          5000,
        );
        expect(refused).toBe(true);
        expect(second.alive).toBe(true);

        await locker.query('commit');
        const result = await slow;
        expect(result.status).toBe(200);
        expect(result.body.data?.login.viewer.id).toEqual(expect.any(String));
      } finally {
        await locker.end().catch(() => {});
      }

      expect(await second.exited).toEqual({ code: 0, signal: null });
      expect(isAlive(pgPid!)).toBe(false);
      expect(await accepts(pgPort!)).toBe(false);
    },
  );

  it(
    'with an external database: 503 and DATABASE_UNAVAILABLE while it is stopped, recovers by itself when it is back',
    { timeout: 90_000 },
    async () => {
      external = await startEmbeddedPostgres({ dataDir });
      const port = external.port;
      const server = await startServer({ DATABASE_URL: external.urlFor('kinerja') });
      await server.started();
      const session = await server.login();
      const viewer = '{ viewer { id } }';
      expect((await server.gql(viewer, {}, session)).body.data?.viewer?.id).toEqual(expect.any(String));

      await external.stop();
      external = undefined;

      // A background check that began just before the stop may still answer for a moment.
      const ready = await eventually(
        () => fetch(`${server.url}/readyz`).then((response) => response.status),
        (status) => status === 503,
        5000,
      );
      expect(ready).toBe(503);
      // Signed in: the session lookup while building the request's context fails.
      const signedIn = await server.gql(viewer, {}, session);
      expect(signedIn.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expectNoStack(signedIn.text);
      // Anonymous: a resolver's query fails.
      const anonymous = await server.gql(LOGIN, { input: { username: USERNAME, password: PASSWORD } });
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expectNoStack(anonymous.text);
      await server.waitFor(/database .* is unreachable \(/, 10_000);

      external = await startEmbeddedPostgres({ dataDir, port });
      const back = await eventually(
        () => fetch(`${server.url}/readyz`).then((response) => response.status),
        (status) => status === 200,
      );
      expect(back).toBe(200);
      const after = await eventually(
        () => server.gql(viewer, {}, session),
        (result) => result.body.data?.viewer?.id !== undefined,
      );
      expect(after.body.data?.viewer?.id).toEqual(expect.any(String));
      await server.waitFor(/database .* is reachable again after/, 10_000);
      expect(server.count(/database .* is unreachable \(/)).toBe(1);
      expect(server.alive).toBe(true);

      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      await external.stop();
      external = undefined;
    },
  );
});

describe('the embedded PostgreSQL library', () => {
  it(
    'starts when postmaster.pid names a live process that is not PostgreSQL (a reused pid), which PostgreSQL alone refuses',
    { timeout: 60_000 },
    async () => {
      // A live process of the OS user PostgreSQL runs as, as a reused pid would be.
      const postgresUser =
        process.getuid?.() === 0
          ? {
              uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
              gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
            }
          : {};
      const impostor = spawn('sleep', ['60'], { ...postgresUser, stdio: 'ignore' });
      try {
        await writeFile(
          path.join(dataDir, 'postmaster.pid'),
          `${impostor.pid}\n${dataDir}\n${Math.floor(Date.now() / 1000)}\n5432\n\n127.0.0.1\n`,
        );
        const cluster = await startEmbeddedPostgres({ dataDir });
        expect(await accepts(cluster.port)).toBe(true);
        await cluster.stop();
        expect(isAlive(impostor.pid!)).toBe(true);
      } finally {
        impostor.kill('SIGKILL');
      }
    },
  );

  it(
    'reports one line when a killed postmaster cannot be restarted (the server then exits 1 with it)',
    { timeout: 60_000 },
    async () => {
      const failures: string[] = [];
      const notices: string[] = [];
      const cluster = await startEmbeddedPostgres({
        dataDir,
        onFailure: (message) => failures.push(message),
        onNotice: (message) => notices.push(message),
      });
      // Without its data folder the postmaster cannot come back.
      await rename(dataDir, `${dataDir}.away`);
      try {
        process.kill(cluster.pid!, 'SIGKILL');
        await eventually(
          async () => failures.length,
          (n) => n > 0,
          20_000,
        );
      } finally {
        await cluster.stop();
        await rename(`${dataDir}.away`, dataDir);
      }
      expect(notices.filter((line) => /restarting it \(attempt \d of 3\)/.test(line))).toHaveLength(3);
      expect(failures).toEqual([
        expect.stringMatching(
          /^The embedded PostgreSQL in .* stopped \(killed by SIGKILL\) and could not be restarted: .+/,
        ),
      ]);
      expect(failures[0]).not.toContain('\n');
    },
  );
});

describe('the embedded PostgreSQL as root', () => {
  const root = process.getuid?.() === 0;
  it.skipIf(!root)(
    'runs for a data folder under a private (mode 700) folder, keeping the data where the postgres user can reach it (root only: PostgreSQL runs as another OS user only when started as root)',
    { timeout: 60_000 },
    async () => {
      const privateDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-private-'));
      const requested = path.join(privateDir, 'checkout', '.data', 'postgres');
      const notices: string[] = [];
      let cluster: EmbeddedCluster | undefined = await startEmbeddedPostgres({
        dataDir: requested,
        onNotice: (message) => notices.push(message),
      });
      const actual = cluster.dataDir;
      try {
        expect(actual).not.toBe(requested);
        expect(notices.join('\n')).toContain(actual);
        const query = async (url: string) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            return (
              await client.query(
                'select current_user as who, (select usename from pg_user where usesysid = (select datdba from pg_database where datname = current_database())) as owner',
              )
            ).rows[0];
          } finally {
            await client.end();
          }
        };
        expect((await query(cluster.adminUrl)).who).toBe('kinerja');
        await cluster.stop();
        // The next start finds the same data at the same place.
        cluster = await startEmbeddedPostgres({ dataDir: requested });
        expect(cluster.dataDir).toBe(actual);
        expect((await query(cluster.adminUrl)).who).toBe('kinerja');
      } finally {
        await cluster?.stop();
        await rm(actual, { recursive: true, force: true });
        await rm(privateDir, { recursive: true, force: true });
      }
    },
  );
});
