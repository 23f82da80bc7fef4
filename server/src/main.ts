import 'reflect-metadata';
import type http from 'node:http';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { createLogger, type Logger } from './config/logger.js';
import { describeUrl, openDatabase, type Database } from './db/database.js';
import { createHttpServer, type HttpServer } from './http/app.js';
import { seedDemoIfEmpty } from './seed/demo-seed.js';
import { printBanner } from './seed/banner.js';

/** Prints one clear line and exits: configuration problems are the operator's to fix, not a crash. */
function fail(message: string): never {
  process.stderr.write(`kinerja: ${message}\n`);
  process.exit(1);
}

/**
 * Stops accepting connections and waits for the requests in progress, at most `timeoutMs`; then closes what
 * is still open. Idle keep-alive connections are closed as they become idle, so a client cannot hold the
 * server open by keeping its connection.
 */
async function drain(server: http.Server, timeoutMs: number, logger: Logger): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    closed.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearInterval(idleSweep);
  clearTimeout(timer);
  if (timedOut) {
    logger.warn(
      { timeoutMs },
      `requests still in progress after SHUTDOWN_TIMEOUT_MS (${timeoutMs} ms); closing their connections`,
    );
    server.closeAllConnections();
    await closed;
  }
}

async function main(): Promise<void> {
  let config: Config;
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

  // The order matters: no new connections, requests in progress finish (bounded), then the pool closes, then
  // the embedded PostgreSQL stops. Nothing else stops PostgreSQL on a signal (see embedded-postgres.ts).
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, timeoutMs: config.shutdownTimeoutMs },
      `${signal}: shutting down, finishing requests in progress`,
    );
    // A safety net: whatever hangs after the requests are done (closing the pool, stopping PostgreSQL), the
    // process still ends; the exit hook of embedded-postgres.ts then tells PostgreSQL to stop.
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting anyway');
      process.exit(1);
    }, config.shutdownTimeoutMs + 45_000).unref();
    let code = 0;
    if (http) {
      await drain(http.server, config.shutdownTimeoutMs, logger);
      await http.close().catch((error: unknown) => {
        code = 1;
        logger.error({ err: error }, 'closing HTTP failed');
      });
    }
    await db?.close().catch((error: unknown) => {
      code = 1;
      logger.error({ err: error }, 'closing the database failed');
    });
    logger.info('stopped');
    process.exit(code);
  };
  // `on`, not `once`: a repeated signal (a second Ctrl-C, or tsx relaying one) must not kill the process
  // half-way; the shutdown is bounded by SHUTDOWN_TIMEOUT_MS anyway.
  const onSignal = (signal: NodeJS.Signals) => void shutdown(signal);
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  for (const signal of signals) process.on(signal, onSignal);
  /**
   * This function alone handles termination signals. Apollo Server installs handlers of its own (unless told
   * `stopOnTerminationSignals: false`) that stop it in parallel with a grace period of its own and re-raise the
   * signal; and a second concurrent `stop()` of Apollo Server 5.5 never returns (its barrier is only resolved
   * on failure), which froze the shutdown. Called once the HTTP server exists.
   */
  const keepSignalsOurs = () => {
    for (const signal of signals) {
      for (const listener of process.listeners(signal))
        if (listener !== onSignal) process.removeListener(signal, listener);
    }
  };

  // The embedded PostgreSQL died and could not be restarted: say so in one line and stop.
  const onFatal = (message: string) => {
    if (stopping) return;
    stopping = true;
    logger.fatal(message);
    http?.server.closeAllConnections();
    void Promise.allSettled([http?.close(), db?.close()]).then(() => fail(message));
  };

  try {
    db = await openDatabase(config, logger, { onFatal });
    const seeded = await seedDemoIfEmpty(db.orm.em.fork(), logger);
    http = await createHttpServer(config, db, logger);
    keepSignalsOurs();
    const port = await http.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new ConfigError(`PORT ${config.port} is already in use; set PORT to a free port.`);
      if (error.code === 'EACCES')
        throw new ConfigError(`PORT ${config.port} needs privileges; choose a port above 1023.`);
      throw error;
    });
    logger.info({ port, pid: process.pid }, 'listening');
    printBanner({
      port,
      database: db.embedded ? `embedded PostgreSQL in ${db.dataDir}` : `DATABASE_URL (${describeUrl(db.url)})`,
      seeded,
    });
  } catch (error) {
    // A signal during start-up already stops everything.
    if (stopping) return;
    await http?.close().catch(() => {});
    await db?.close().catch(() => {});
    if (error instanceof ConfigError) fail(error.message);
    // The details (which may quote SQL) go to the structured log, not to the one-line summary.
    logger.fatal({ err: error }, 'start-up failed');
    fail(`start-up failed (${error instanceof Error ? error.name : 'error'}); the log above has the details.`);
  }
}

void main();
