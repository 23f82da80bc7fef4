import { Kind, parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { LocalizedMessage } from '../../kernel/errors.js';

/** Longest query text a saved query keeps (characters). */
export const MAX_QUERY_LENGTH = 20_000;
export const MAX_NAME_LENGTH = 120;

export interface QueryProblem {
  code: 'REQUIRED' | 'TOO_LONG' | 'GRAPHQL_INVALID' | 'SINGLE_OPERATION' | 'QUERY_ONLY';
  message: LocalizedMessage;
}

const where = (error: GraphQLError) => {
  const at = error.locations?.[0];
  return at ? ` (${at.line}:${at.column})` : '';
};

/**
 * What is wrong with a query text an explorer user wants to keep: it must parse, hold exactly one
 * operation, be a `query` (never a mutation or subscription) and validate against the running schema.
 */
export function queryProblems(schema: GraphQLSchema, text: string): QueryProblem[] {
  if (text.trim() === '')
    return [{ code: 'REQUIRED', message: { id: 'Kueri wajib diisi.', en: 'The query is required.' } }];
  if (text.length > MAX_QUERY_LENGTH) {
    return [
      {
        code: 'TOO_LONG',
        message: {
          id: `Kueri paling banyak ${MAX_QUERY_LENGTH} karakter (sekarang ${text.length}).`,
          en: `The query must be at most ${MAX_QUERY_LENGTH} characters (it has ${text.length}).`,
        },
      },
    ];
  }
  let document;
  try {
    document = parse(text);
  } catch (error) {
    const message = `${(error as GraphQLError).message}`;
    return [
      {
        code: 'GRAPHQL_INVALID',
        message: { id: `Kueri GraphQL tidak valid: ${message}`, en: `The GraphQL query is not valid: ${message}` },
      },
    ];
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) {
    return [
      {
        code: 'SINGLE_OPERATION',
        message: {
          id: `Kueri harus berisi tepat satu operasi (ada ${operations.length}).`,
          en: `The query must contain exactly one operation (it has ${operations.length}).`,
        },
      },
    ];
  }
  if (operations[0]!.operation !== 'query') {
    return [
      {
        code: 'QUERY_ONLY',
        message: {
          id: `Hanya operasi query yang dapat disimpan, bukan ${operations[0]!.operation}.`,
          en: `Only a query operation can be saved, not a ${operations[0]!.operation}.`,
        },
      },
    ];
  }
  return validate(schema, document).map((error) => ({
    code: 'GRAPHQL_INVALID',
    message: {
      id: `Kueri GraphQL tidak valid: ${error.message}${where(error)}`,
      en: `The GraphQL query is not valid: ${error.message}${where(error)}`,
    },
  }));
}
