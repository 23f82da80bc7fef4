import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import { setStatementTimeout } from '../db/connection-guard.js';
import { policy } from '../policy/policy.js';
import type { Actor } from '../modules/auth/actor.js';
import { actorFromToken } from '../modules/auth/session.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Locale } from './errors.js';

/** Sets or clears the session cookie of the response. */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
  /** The token set during this request, if any. */
  pending(): string | null;
}

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  /** A request-scoped fork of the entity manager: no identity map is shared between requests. */
  readonly em: EntityManager;
  /** Per-request DataLoaders: relations are batched, never one query per parent row. */
  readonly loaders: Loaders;
  readonly locale: Locale;
  readonly logger: Logger;
  /** Who is acting: from the session cookie, or anonymous. */
  readonly actor: Actor;
  readonly sessionCookie: SessionCookie;
}

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
