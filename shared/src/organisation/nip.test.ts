import { describe, expect, it } from 'vitest';
import { formatNip, parseNip } from './nip.js';

const today = new Date(2025, 5, 15); // 15 June 2025
const codes = (nip: string) => {
  const result = parseNip(nip, { today });
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe('parseNip', () => {
  it('splits a valid NIP', () => {
    expect(parseNip('198504122010011003', { today })).toEqual({
      ok: true,
      nip: '198504122010011003',
      birthDate: '1985-04-12',
      appointment: '2010-01',
      sex: 'MALE',
      sequence: 3,
    });
    expect(parseNip('19900229 201903 2 001', { today })).toMatchObject({ ok: false });
    expect(parseNip('19920229 201903 2 014', { today })).toMatchObject({
      ok: true,
      birthDate: '1992-02-29',
      sex: 'FEMALE',
      sequence: 14,
    });
  });

  it('refuses a wrong length or non-digits', () => {
    expect(codes('19850412201001100')).toEqual(['NIP_LENGTH']);
    expect(codes('1985041220100110031')).toEqual(['NIP_LENGTH']);
    expect(codes('19850412201001100A')).toEqual(['NIP_NOT_DIGITS']);
    expect(codes('')).toEqual(['NIP_NOT_DIGITS']);
  });

  it('checks the birth date against the calendar (leap years)', () => {
    expect(codes('199002292019032001')).toEqual(['NIP_BIRTH_DATE_INVALID']);
    expect(codes('200002292019032001')).toEqual([]);
    expect(codes('190002292019032001')).toEqual(['NIP_BIRTH_DATE_INVALID']);
    expect(codes('198513012010011003')).toEqual(['NIP_BIRTH_DATE_INVALID']);
    expect(codes('198504312010011003')).toEqual(['NIP_BIRTH_DATE_INVALID']);
    expect(codes('202507012010011003')).toEqual(['NIP_BIRTH_DATE_IN_FUTURE']);
  });

  it('checks the appointment month, minimum age and the future', () => {
    expect(codes('198504122010131003')).toEqual(['NIP_APPOINTMENT_INVALID']);
    expect(codes('198504122010001003')).toEqual(['NIP_APPOINTMENT_INVALID']);
    expect(codes('198504122003031003')).toEqual(['NIP_APPOINTMENT_TOO_EARLY']);
    expect(codes('198504122003041003')).toEqual([]);
    expect(codes('198504122025061003')).toEqual([]);
    expect(codes('198504122025071003')).toEqual(['NIP_APPOINTMENT_IN_FUTURE']);
  });

  it('checks the sex digit and the sequence', () => {
    expect(codes('198504122010013003')).toEqual(['NIP_SEX_INVALID']);
    expect(codes('198504122010010003')).toEqual(['NIP_SEX_INVALID']);
    expect(codes('198504122010011000')).toEqual(['NIP_SEQUENCE_INVALID']);
  });

  it('reports every problem at once with bilingual messages', () => {
    const result = parseNip('199002292010133000', { today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual([
      'NIP_BIRTH_DATE_INVALID',
      'NIP_APPOINTMENT_INVALID',
      'NIP_SEX_INVALID',
      'NIP_SEQUENCE_INVALID',
    ]);
    expect(result.problems[2]?.message.id).toContain('1 (laki-laki) atau 2 (perempuan)');
  });
});

describe('formatNip', () => {
  it('groups the digits', () => {
    expect(formatNip('198504122010011003')).toBe('19850412 201001 1 003');
    expect(formatNip('123')).toBe('123');
  });
});
