import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../kernel/errors.js';
import { formatError } from './format-error.js';

const logged: unknown[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
const format = formatError(logger);

describe('formatError', () => {
  it('keeps domain errors with their code and message', () => {
    const error = new DomainError('CONFLICT', 'Data sudah diubah orang lain.');
    expect(format({ message: error.message, extensions: { code: 'CONFLICT' } }, error)).toEqual({
      message: 'Data sudah diubah orang lain.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('hides the message and stack of an unexpected error, and logs it', () => {
    const internal = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(internal.message, { originalError: internal, path: ['x'] });
    const formatted = format(
      {
        message: internal.message,
        path: ['x'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] },
      },
      wrapped,
    );
    expect(formatted).toEqual({
      message: 'Terjadi kesalahan internal. / An internal error occurred.',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(logged)).toContain('secret_table');
  });

  it('names database failures with their own codes instead of an internal error', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ code: '57014', message: 'canceling statement due to statement timeout' }, 'QUERY_TIMEOUT'],
      [
        { name: 'KnexTimeoutError', message: 'Knex: Timeout acquiring a connection. The pool is probably full.' },
        'DATABASE_BUSY',
      ],
      [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }, 'DATABASE_UNAVAILABLE'],
      [{ code: '57P01', message: 'terminating connection due to administrator command' }, 'DATABASE_UNAVAILABLE'],
      [{ message: 'Connection terminated unexpectedly' }, 'DATABASE_UNAVAILABLE'],
    ];
    for (const [fields, code] of cases) {
      const cause = Object.assign(new Error(String(fields.message)), fields);
      const wrapped = new GraphQLError('x', { originalError: new Error('wrapper', { cause }), path: ['x'] });
      const formatted = format({ message: 'x', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
      expect(formatted.extensions?.code).toBe(code);
      expect(formatted.message).not.toContain(String(fields.message));
    }
  });
});
