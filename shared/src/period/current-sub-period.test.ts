import { describe, expect, it } from 'vitest';
import { currentSubPeriod } from './current-sub-period.js';

const quarter = (n: number) => ({
  id: `q${n}`,
  kind: 'QUARTER',
  startDate: `2026-${String(n * 3 - 2).padStart(2, '0')}-01`,
  endDate: `2026-${String(n * 3).padStart(2, '0')}-${n === 1 || n === 4 ? 31 : 30}`,
});
const annual = { id: 'y', kind: 'ANNUAL', startDate: '2026-01-01', endDate: '2026-12-31' };
const quarters = [1, 2, 3, 4].map(quarter);

describe('currentSubPeriod', () => {
  it('picks the quarter containing today, never the annual one while quarters exist', () => {
    const all = [annual, ...quarters];
    expect(currentSubPeriod(all, '2026-11-28')?.id).toBe('q4');
    expect(currentSubPeriod(all, '2026-04-01')?.id).toBe('q2');
    expect(currentSubPeriod(all, '2026-06-30')?.id).toBe('q2');
  });

  it('before the first quarter starts, the first; after the last ends, the last', () => {
    expect(currentSubPeriod([annual, ...quarters], '2025-12-01')?.id).toBe('q1');
    expect(currentSubPeriod([annual, ...quarters], '2027-02-01')?.id).toBe('q4');
  });

  it('does not depend on the order it is given', () => {
    const shuffled = [quarter(3), annual, quarter(1), quarter(4), quarter(2)];
    expect(currentSubPeriod(shuffled, '2025-12-01')?.id).toBe('q1');
    expect(currentSubPeriod(shuffled, '2027-02-01')?.id).toBe('q4');
    expect(currentSubPeriod(shuffled, '2026-08-15')?.id).toBe('q3');
  });

  it('the annual one only when there is nothing else; null for none', () => {
    expect(currentSubPeriod([annual], '2026-05-01')?.id).toBe('y');
    expect(currentSubPeriod([], '2026-05-01')).toBeNull();
  });
});
