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
  isReady(): Promise<boolean>;
  close(): Promise<void>;
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

/** Opens the configured database (or starts the embedded one) and brings its schema up to date. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (url === undefined) {
    logger.info({ dataDir: config.embeddedDataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL');
    cluster = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
    });
    await ensureDatabaseExists(cluster.adminUrl, EMBEDDED_DATABASE);
    url = cluster.urlFor(EMBEDDED_DATABASE);
  }
  try {
    await checkReachable(url);
    const orm = await MikroORM.init(ormConfig(url));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    return {
      orm,
      url,
      embedded: cluster !== undefined,
      async isReady() {
        try {
          await orm.em.getConnection().execute('select 1');
          return true;
        } catch {
          return false;
        }
      },
      async close() {
        await orm.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
