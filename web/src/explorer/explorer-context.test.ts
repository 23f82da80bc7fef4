import { EXPLORER_EXAMPLES } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import { explorerContextOf } from './explorer-context';

const quarter = (year: number, n: number) => ({ id: `q${year}-${n}`, kind: 'QUARTER', startDate: `${year}-${String(3 * n - 2).padStart(2, '0')}-01` });
const data = {
  jobFamilies: [{ id: 'guru', code: 'guru' }, { id: 'f-perawat', code: 'perawat' }],
  periods: [
    { id: 'p2025', year: 2025, subPeriods: [1, 2, 3, 4].map((n) => quarter(2025, n)) },
    { id: 'p2026', year: 2026, subPeriods: [...[1, 2, 3, 4].map((n) => quarter(2026, n)), { id: 'y2026', kind: 'ANNUAL', startDate: '2026-01-01' }] },
  ],
  units: [{ id: 'kec', kind: 'KECAMATAN' }, { id: 'kel', kind: 'KELURAHAN' }],
};

describe('the example questions’ context', () => {
  it('takes the last four quarters that have begun, across years, oldest first', () => {
    expect(explorerContextOf(data, '2026-05-10')).toEqual({
      nurseFamilyId: 'f-perawat',
      lastQuarterIds: ['q2025-3', 'q2025-4', 'q2026-1', 'q2026-2'],
      unitId: 'kel',
      periodId: 'p2026',
    });
  });

  it('is empty before anything is loaded, and every example still builds its variables', () => {
    const context = explorerContextOf(undefined, '2026-05-10');
    expect(context).toEqual({ nurseFamilyId: null, lastQuarterIds: [], unitId: null, periodId: null });
    for (const example of EXPLORER_EXAMPLES) expect(typeof example.variables(context)).toBe('object');
  });
});
