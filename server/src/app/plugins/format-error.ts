import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../../config/logger.js';
import { databaseFailureOf } from '../../kernel/database-errors.js';
import { DomainError } from '../../kernel/errors.js';

const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps domain errors and request errors as they are, and replaces anything unexpected by a generic
 * message: internal details (SQL, stack traces, file paths) never reach a client, they go to the log.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // An expected refusal needs no stack trace, even in development.
    if (original instanceof DomainError || (typeof code === 'string' && PUBLIC_CODES.has(code))) {
      return withoutStack(formatted);
    }
    // graphql-js stops coercing variables after 50 errors with an error of its own, without a code.
    if (formatted.message.startsWith('Too many errors processing variables')) {
      return { ...withoutStack(formatted), extensions: { code: 'BAD_USER_INPUT' } };
    }
    const database = databaseFailureOf(original);
    if (database) {
      logger.warn(
        {
          code: database.code,
          reason: original instanceof Error ? original.message : String(original),
          path: formatted.path,
        },
        'database failure in GraphQL request',
      );
      return { message: database.message, path: formatted.path, extensions: { code: database.code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Terjadi kesalahan internal. / An internal error occurred.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stack, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
