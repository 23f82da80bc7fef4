import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { setStatementTimeout } from '../db/connection-guard.js';
import type { Context, SessionCookie } from '../kernel/context.js';
import type { Locale } from '../kernel/errors.js';
import { actorFromToken } from '../modules/auth/session.service.js';
import { policy } from '../policy/policy.js';
import { createLoaders } from './loaders.js';

export async function createContext(options: {
  em: EntityManager;
  locale: Locale;
  logger: Logger;
  sessionToken: string | null;
  sessionCookie: SessionCookie;
  statementTimeoutMs: Config['statementTimeoutMs'];
}): Promise<Context> {
  // `useContext`: inside `em.transactional(...)` this em (and every loader built on it) runs on the
  // transaction's connection, so no code path can hold one connection while waiting for another.
  const em = options.em.fork({ useContext: true });
  const actor = await actorFromToken(em, options.sessionToken);
  if (policy.readOnlySession(actor)) setStatementTimeout(options.statementTimeoutMs.analyst);
  return {
    em,
    loaders: createLoaders(em, actor),
    locale: options.locale,
    logger: options.logger,
    actor,
    sessionCookie: options.sessionCookie,
  };
}
