import { AsyncLocalStorage } from 'node:async_hooks';
import type express from 'express';
import type { Database } from '../db/database.js';

/**
 * Opt-in measurement for the benchmark (`KINERJA_COUNT_SQL=1`, off by default): counts the SQL statements
 * each request runs, by wrapping the MikroORM connection's `execute` as the test harness does, and returns
 * the count in the `x-sql-statements` response header.
 */
export function countStatementsPerRequest(
  app: express.Express,
  db: Database,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (env.KINERJA_COUNT_SQL !== '1') return;
  const requests = new AsyncLocalStorage<{ count: number }>();
  const connection = db.orm.em.getConnection();
  const original = connection.execute;
  connection.execute = function (this: typeof connection, ...args: Parameters<typeof original>) {
    const counter = requests.getStore();
    if (counter) counter.count++;
    return original.apply(this, args);
  } as typeof original;
  app.use((_req, res, next) => {
    const counter = { count: 0 };
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!this.headersSent) this.setHeader('x-sql-statements', String(counter.count));
      return writeHead.apply(this, args);
    } as typeof writeHead;
    requests.run(counter, next);
  });
}
