import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { makeRefusal, messageByField, messagesByField, messagesByIndicator, refusalOf } from './refusal';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('refusalOf', () => {
  it('reads the code, the message and every problem of the first GraphQL error', () => {
    const refusal = refusalOf(
      graphQLError('Rencana tidak valid.', {
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'comment', code: 'REQUIRED', message: 'Wajib diisi.' },
          { path: 'results.0.targets.1.value', code: 'TOO_SMALL', message: 'Terlalu kecil.' },
          { path: 'sections.1', sectionKey: 's1', indicatorKey: 'k1', code: 'X', message: 'Salah.' },
          { field: 'ignored' },
        ],
      }),
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toBe('Rencana tidak valid.');
    expect(refusal.problems).toEqual([
      {
        code: 'REQUIRED',
        message: 'Wajib diisi.',
        path: 'comment',
        field: 'comment',
        sectionKey: null,
        indicatorKey: null,
      },
      {
        code: 'TOO_SMALL',
        message: 'Terlalu kecil.',
        path: 'results.0.targets.1.value',
        field: null,
        sectionKey: null,
        indicatorKey: null,
      },
      { code: 'X', message: 'Salah.', path: 'sections.1', field: null, sectionKey: 's1', indicatorKey: 'k1' },
    ]);
  });

  it('keeps the other extensions and picks a localized message in the reader’s language', () => {
    const error = graphQLError('Belum dibuka.', {
      code: 'INVALID_STATE',
      reason: 'ANNUAL_EVALUATION_NOT_OPEN',
      problems: [{ indicatorKey: 'k', message: { id: 'Kurang.', en: 'Too low.' } }],
    });
    expect(refusalOf(error).extensions.reason).toBe('ANNUAL_EVALUATION_NOT_OPEN');
    expect(messagesByIndicator(refusalOf(error, 'en'))).toEqual({ k: ['Too low.'] });
    expect(messagesByIndicator(refusalOf(error))).toEqual({ k: ['Kurang.'] });
  });

  it('keeps the message of anything that is not a GraphQL error, without a code', () => {
    expect(refusalOf(new Error('Failed to fetch'))).toEqual(makeRefusal(null, 'Failed to fetch'));
    expect(refusalOf('boom').message).toBe('boom');
  });
});

describe('messages by field', () => {
  const refusal = makeRefusal('BAD_USER_INPUT', 'x', [
    { field: 'name', message: 'a' },
    { field: 'name', message: 'b' },
    { path: 'p', message: 'c' },
  ]);
  it('all of them, or the first of each field', () => {
    expect(messagesByField(refusal)).toEqual({ name: ['a', 'b'] });
    expect(messageByField(refusal)).toEqual({ name: 'a' });
    expect(messageByField(null)).toEqual({});
  });
});
