import { describe, expect, it } from 'vitest';
import { annualEvaluationOpensOn, dateIn, isAnnualEvaluationOpen } from './annual-evaluation.js';

const quarters = [
  { number: 1, startDate: '2026-01-01' },
  { number: 4, startDate: '2026-10-01' },
  { number: 2, startDate: '2026-04-01' },
  { number: 3, startDate: '2026-07-01' },
];

describe('the annual evaluation (PermenPANRB 6/2022) opens', () => {
  it('on the first day of the last sub-period by default', () => {
    expect(annualEvaluationOpensOn('LAST_SUB_PERIOD', quarters, '2026-12-31')).toBe('2026-10-01');
    expect(isAnnualEvaluationOpen('2026-09-30', '2026-10-01')).toBe(false);
    expect(isAnnualEvaluationOpen('2026-10-01', '2026-10-01')).toBe(true);
  });

  it('the day after the period ends when HR says so', () => {
    expect(annualEvaluationOpensOn('AFTER_PERIOD_END', quarters, '2026-12-31')).toBe('2027-01-01');
  });

  it('counts days in the unit’s time zone: 17:30 UTC on 30 September is already 1 October in WIB', () => {
    expect(dateIn('Asia/Jakarta', new Date('2026-09-30T17:30:00Z'))).toBe('2026-10-01');
    expect(dateIn('Asia/Jakarta', new Date('2026-09-30T16:59:59Z'))).toBe('2026-09-30');
  });
});
