import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../config/logger.js';
import type { Actor } from './actor.js';
import type { Locale } from './errors.js';

/** Sets or clears the session cookie of the response. */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
  /** The token set during this request, if any. */
  pending(): string | null;
}

/**
 * The DataLoaders of a request, one per entity key. Each module defines its own (`*.loader.ts`); the
 * composition root (`app/loaders.ts`) gathers them and fills in this interface, so the kernel names no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by app/loaders.ts
export interface Loaders {}

/** Everything a resolver may use; built fresh for every request (`app/context.ts`). */
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
