import type { Context } from './context.js';

/**
 * What a domain service needs from a request: its entity manager, language and actor. A resolver passes
 * its whole context; a seed or a job passes `{ em, locale: 'id', actor: SYSTEM_ACTOR }`.
 */
export type ServiceContext = Pick<Context, 'em' | 'locale' | 'actor'>;
