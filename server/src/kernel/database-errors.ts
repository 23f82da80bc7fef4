import type { ErrorCode } from './errors.js';

/**
 * Failures of the database that are not bugs of ours: the client gets a stable code and a message it can act
 * on instead of INTERNAL_SERVER_ERROR. Recognised by PostgreSQL's SQLSTATE, by Node's socket error codes and
 * by the pool's own timeout.
 */
export interface DatabaseFailure {
  code: Extract<ErrorCode, 'QUERY_TIMEOUT' | 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY'>;
  message: string;
}

/** SQLSTATEs and socket errors meaning "no usable database connection right now". */
const UNAVAILABLE = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /connection is closed/i,
];

/** The first error in a chain of causes that carries a `code` (drivers wrap each other's errors). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  for (let depth = 0; current && depth < 5; depth++) {
    chain.push(current);
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return chain;
}

export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  for (const cause of causes(error)) {
    const code = (cause as { code?: unknown }).code;
    const name = (cause as { name?: unknown }).name;
    const message = cause instanceof Error ? cause.message : '';
    if (code === '57014') {
      return {
        code: 'QUERY_TIMEOUT',
        message:
          'Kueri dihentikan karena melebihi batas waktu. Persempit filter (mis. unit, periode, rumpun jabatan) atau kecilkan `first`. / ' +
          'The query was stopped for running too long. Narrow the filter (e.g. unit, period, job family) or lower `first`.',
      };
    }
    if (name === 'KnexTimeoutError') {
      return {
        code: 'DATABASE_BUSY',
        message:
          'Server sedang sangat sibuk; coba lagi sebentar lagi. / The server is very busy; try again in a moment.',
      };
    }
    if (
      (typeof code === 'string' && UNAVAILABLE.has(code)) ||
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    ) {
      return {
        code: 'DATABASE_UNAVAILABLE',
        message:
          'Basis data sedang tidak dapat dihubungi; coba lagi sebentar lagi. / The database cannot be reached right now; try again shortly.',
      };
    }
  }
  return null;
}
