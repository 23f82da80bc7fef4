import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './config/logger.js';
import { describeUrl, openDatabase, type Database } from './db/database.js';
import { createHttpServer, type HttpServer } from './http/app.js';
import { seedDemoIfEmpty } from './seed/demo-seed.js';
import { printBanner } from './seed/banner.js';

/** Prints one clear line and exits: configuration problems are the operator's to fix, not a crash. */
function fail(message: string): never {
  process.stderr.write(`kinerja: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config);
  let db: Database | undefined;
  let http: HttpServer | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await http?.close().catch((error: unknown) => logger.error({ err: error }, 'closing HTTP failed'));
    await db?.close().catch((error: unknown) => logger.error({ err: error }, 'closing database failed'));
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  try {
    db = await openDatabase(config, logger);
    const seeded = await seedDemoIfEmpty(db.orm.em.fork(), logger);
    http = await createHttpServer(config, db, logger);
    const port = await http.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new ConfigError(`PORT ${config.port} is already in use; set PORT to a free port.`);
      if (error.code === 'EACCES') throw new ConfigError(`PORT ${config.port} needs privileges; choose a port above 1023.`);
      throw error;
    });
    printBanner({
      port,
      database: db.embedded ? `embedded PostgreSQL in ${config.embeddedDataDir}` : `DATABASE_URL (${describeUrl(db.url)})`,
      seeded,
    });
  } catch (error) {
    await http?.close().catch(() => {});
    await db?.close().catch(() => {});
    if (error instanceof ConfigError) fail(error.message);
    // The details (which may quote SQL) go to the structured log, not to the one-line summary.
    logger.fatal({ err: error }, 'start-up failed');
    fail(`start-up failed (${error instanceof Error ? error.name : 'error'}); the log above has the details.`);
  }
}

void main();
