import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../config/logger.js';
import { SYSTEM_ACTOR, type Actor } from '../modules/audit/audit.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Locale } from './errors.js';

/** Everything a resolver may use; built fresh for every request. */
export interface Context {
  /** A request-scoped fork of the entity manager: no identity map is shared between requests. */
  readonly em: EntityManager;
  /** Per-request DataLoaders: relations are batched, never one query per parent row. */
  readonly loaders: Loaders;
  readonly locale: Locale;
  readonly logger: Logger;
  /** Who is acting, for the audit trail. Anonymous until sign-in exists. */
  readonly actor: Actor;
}

export function createContext(em: EntityManager, locale: Locale, logger: Logger): Context {
  const forked = em.fork();
  return { em: forked, loaders: createLoaders(forked), locale, logger, actor: SYSTEM_ACTOR };
}
