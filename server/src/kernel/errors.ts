import { GraphQLError } from 'graphql';

/** Stable error codes clients may branch on; the message is for people. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_STATE'
  | 'ACCOUNT_LOCKED'
  | 'QUERY_TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'INTERNAL_SERVER_ERROR';

export type Locale = 'id' | 'en';
export interface LocalizedMessage {
  id: string;
  en: string;
}

/** A failure the user can act on; carries a stable `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export function localize(message: LocalizedMessage, locale: Locale): string {
  return message[locale] || message.id;
}

/** Picks Bahasa Indonesia unless the client prefers English. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

export function notFound(what: LocalizedMessage, locale: Locale): DomainError {
  return new DomainError('NOT_FOUND', localize(what, locale));
}
