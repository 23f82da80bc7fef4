import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
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
      { message: internal.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } },
      wrapped,
    );
    expect(formatted).toEqual({
      message: 'Terjadi kesalahan internal. / An internal error occurred.',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(logged)).toContain('secret_table');
  });
});
