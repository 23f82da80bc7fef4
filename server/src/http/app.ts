import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { Config } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { leaseConnections, withConnectionLease } from '../db/connection-guard.js';
import type { Database } from '../db/database.js';
import { exportRouter } from '../export/export.route.js';
import { createContext } from '../app/context.js';
import type { Context } from '../kernel/context.js';
import { databaseFailureOf } from '../kernel/database-errors.js';
import { DomainError, localeFrom } from '../kernel/errors.js';
import { formatError } from '../app/plugins/format-error.js';
import { inputBoundsPlugin } from '../app/plugins/input-bounds.plugin.js';
import { QUERY_LIMITS } from '../kernel/limits/limits.js';
import { queryLimitsPlugin } from '../app/plugins/query-limits.plugin.js';
import { operationPolicyPlugin } from '../app/plugins/operation-policy.plugin.js';
import { readOnlySessionPlugin } from '../app/plugins/read-only-session.plugin.js';
import { getSchema } from '../app/schema.js';
import { readCookie, SESSION_COOKIE } from '../modules/auth/session.service.js';
import { graphqlBody } from './graphql-body.js';
import { graphqlStatusPlugin } from './graphql-status.plugin.js';
import { sessionCookieOf } from './session-cookie.js';
import { countStatementsPerRequest } from './statement-counter.js';
import { compressResponses, serveSpa } from './static.js';

export interface HttpServer {
  readonly server: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/** One express app on one port: `/graphql`, health probes, and the SPA at `/`. */
export async function createHttpServer(config: Config, db: Database, logger: Logger): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // Which proxies may tell us the client's address and protocol (X-Forwarded-*): `req.secure`, and so the
  // session cookie's `Secure`, follows X-Forwarded-Proto only from them. Unset: nobody.
  app.set('trust proxy', config.trustProxy);
  app.use(compressResponses());
  // Every request takes turns on at most one pooled connection (see connection-guard.ts).
  leaseConnections(db.orm);
  app.use((_req, _res, next) => withConnectionLease(config.statementTimeoutMs.default, next));
  countStatementsPerRequest(app, db);
  const server = http.createServer(app);

  const schema = await getSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: config.environment === 'development',
    formatError: formatError(logger),
    csrfPrevention: true,
    // main.ts orders the shutdown itself: stop accepting, drain, close the pool, stop PostgreSQL.
    stopOnTerminationSignals: false,
    // Introspection is served to signed-in users only (queryLimitsPlugin refuses it for anonymous ones).
    introspection: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      queryLimitsPlugin(),
      inputBoundsPlugin(),
      operationPolicyPlugin(),
      readOnlySessionPlugin(),
      graphqlStatusPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable', database: db.health() });
  });

  // One way to build a request's context, for `/graphql` and for every page of an export. The session lookup
  // is its first database work: when the database is away, the answer says so (503), not "internal error".
  const contextFor = async (req: Request, res: Response) => {
    try {
      return await createContext({
        em: db.orm.em,
        locale: localeFrom(req.headers['accept-language']),
        logger,
        sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
        sessionCookie: sessionCookieOf(req, res),
        statementTimeoutMs: config.statementTimeoutMs,
      });
    } catch (error) {
      const failure = databaseFailureOf(error);
      if (!failure) throw error;
      logger.warn(
        { code: failure.code, reason: error instanceof Error ? error.message : String(error) },
        'database failure before a request',
      );
      throw new DomainError(failure.code, failure.message, { http: { status: 503 } });
    }
  };

  app.use('/graphql', ...graphqlBody(), expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }));
  app.use(exportRouter({ apollo, schema, logger, contextFor }));

  serveSpa(app, config.webDistDir);

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () => apollo.stop(),
  };
}
