import type { LocalizedMessage } from '../kernel/errors.js';

/** A refusal before the export starts streaming: an HTTP status, a stable code and a message in both languages. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedMessage,
  ) {
    super(text.en);
  }
}

/** The HTTP status of a GraphQL error code, for an export refused by the GraphQL pipeline. */
export function statusOfCode(code: string | undefined): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'ACCOUNT_LOCKED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'INVALID_STATE':
      return 409;
    case 'BAD_USER_INPUT':
    case 'BAD_REQUEST':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return 400;
    case 'QUERY_TIMEOUT':
    case 'DATABASE_UNAVAILABLE':
    case 'DATABASE_BUSY':
      return 503;
    default:
      return 500;
  }
}
