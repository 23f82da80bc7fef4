import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';

export interface Database {
  readonly orm: MikroORM;
  readonly url: string;
  /** True when the server started its own embedded PostgreSQL. */
  readonly embedded: boolean;
  /** Where the embedded PostgreSQL keeps its data (may differ from KINERJA_DATA_DIR as root, see embedded-postgres.ts). */
  readonly dataDir: string | undefined;
  /** Asks the database now (bounded by a few seconds); false while it cannot be reached. */
  isReady(): Promise<boolean>;
  /** What the last check found: reachable or not, since when, and why not. */
  health(): DatabaseHealth;
  close(): Promise<void>;
}

export interface DatabaseHealth {
  readonly reachable: boolean;
  /** When the current state began (ISO time). */
  readonly since: string;
  /** Why the database cannot be reached (driver message); absent while reachable. */
  readonly reason?: string;
}

export interface OpenDatabaseOptions {
  /** The embedded PostgreSQL died and could not be restarted; the server cannot go on (default: log it). */
  onFatal?: (message: string) => void;
  /** How often the database is checked in the background (default 2000 ms). */
  healthIntervalMs?: number;
}

const EMBEDDED_DATABASE = 'kinerja';

/** Describes a URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Cannot connect to the database at DATABASE_URL (${describeUrl(url)}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const PROBE_TIMEOUT_MS = 3000;

/**
 * Watches whether the database can be reached, with a connection of its own (outside the pool, so a busy pool
 * does not read as a dead database): checked every `intervalMs` and whenever `/readyz` asks. Each change is one
 * log line: when the database goes away (with the reason), and when it is back. The pool needs no help to
 * recover: broken connections are discarded and new ones made on the next request.
 */
function watchHealth(url: string, logger: Logger, intervalMs: number) {
  let state: { reachable: boolean; since: number; reason?: string } = { reachable: true, since: Date.now() };
  let client: pg.Client | undefined;
  let running: Promise<boolean> | undefined;
  let closed = false;
  const where = describeUrl(url);

  const connected = async (): Promise<pg.Client> => {
    if (client) return client;
    const fresh = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    });
    // A connection the server ends (shutdown, crash) reports here; the next check makes a new one.
    fresh.on('error', () => {
      if (client === fresh) client = undefined;
    });
    fresh.on('end', () => {
      if (client === fresh) client = undefined;
    });
    await fresh.connect().catch(async (error: unknown) => {
      await fresh.end().catch(() => {});
      throw error;
    });
    client = fresh;
    return fresh;
  };

  const record = (reachable: boolean, reason?: string) => {
    if (closed || reachable === state.reachable) return;
    const now = Date.now();
    if (reachable) {
      logger.info(
        { database: where, unreachableForMs: now - state.since },
        `database ${where} is reachable again after ${((now - state.since) / 1000).toFixed(1)} s`,
      );
    } else {
      logger.error(
        { database: where, reason },
        `database ${where} is unreachable (${reason}); /readyz answers 503 and GraphQL DATABASE_UNAVAILABLE until it is back`,
      );
    }
    state = { reachable, since: now, reason };
  };

  const check = async (): Promise<boolean> => {
    try {
      const connection = await connected();
      await connection.query('select 1');
      record(true);
      return true;
    } catch (error) {
      const broken = client;
      client = undefined;
      await broken?.end().catch(() => {});
      record(false, error instanceof Error ? error.message : String(error));
      return false;
    }
  };
  const probe = () => (running ??= check().finally(() => (running = undefined)));

  const timer = setInterval(() => void probe(), intervalMs);
  timer.unref();
  return {
    probe,
    health: (): DatabaseHealth => ({
      reachable: state.reachable,
      since: new Date(state.since).toISOString(),
      ...(state.reason ? { reason: state.reason } : {}),
    }),
    async close() {
      closed = true;
      clearInterval(timer);
      await running?.catch(() => {});
      await client?.end().catch(() => {});
      client = undefined;
    },
  };
}

/** Opens the configured database (or starts the embedded one) and brings its schema up to date. */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (url === undefined) {
    logger.info({ dataDir: config.embeddedDataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL');
    cluster = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
      onNotice: (message) => logger.warn(message),
      onFailure: (message) => (options.onFatal ? options.onFatal(message) : logger.fatal(message)),
    });
    logger.info({ dataDir: cluster.dataDir, port: cluster.port, pid: cluster.pid }, 'embedded PostgreSQL is running');
    await ensureDatabaseExists(cluster.adminUrl, EMBEDDED_DATABASE).catch(async (error: unknown) => {
      await cluster?.stop();
      throw error;
    });
    url = cluster.urlFor(EMBEDDED_DATABASE);
  }
  try {
    await checkReachable(url);
    const orm = await MikroORM.init(
      ormConfig(url, {
        pool: { min: 0, max: config.databasePool.max, acquireTimeoutMillis: config.databasePool.acquireTimeoutMs },
      }),
    );
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    const watcher = watchHealth(url, logger, options.healthIntervalMs ?? 2000);
    return {
      orm,
      url,
      embedded: cluster !== undefined,
      dataDir: cluster?.dataDir,
      isReady: () => watcher.probe(),
      health: () => watcher.health(),
      async close() {
        await watcher.close();
        await orm.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
