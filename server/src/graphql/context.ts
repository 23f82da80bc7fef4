import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../config/logger.js';
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
}): Promise<Context> {
  const em = options.em.fork();
  const actor = await actorFromToken(em, options.sessionToken);
  return { em, loaders: createLoaders(em, actor), locale: options.locale, logger: options.logger, actor, sessionCookie: options.sessionCookie };
}
