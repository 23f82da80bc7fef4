import { EXPLORER_EXAMPLES } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import { explorerContextOf } from './explorer-context';

const data = {
  jobFamilies: [
    { id: 'guru', code: 'guru' },
    { id: 'f-perawat', code: 'perawat' },
  ],
  periods: {
    nodes: [
      { id: 'p2025', year: 2025 },
      { id: 'p2026', year: 2026 },
    ],
  },
  unitTree: [
    { id: 'kec', kind: 'KECAMATAN' },
    { id: 'kel', kind: 'KELURAHAN' },
  ],
};

describe('the example questions’ context', () => {
  it('takes the nurses’ family, the first kelurahan and the newest period', () => {
    expect(explorerContextOf(data)).toEqual({ nurseFamilyId: 'f-perawat', unitId: 'kel', periodId: 'p2026' });
  });

  it('is empty before anything is loaded, and every example still builds its variables', () => {
    const context = explorerContextOf(undefined);
    expect(context).toEqual({ nurseFamilyId: null, unitId: null, periodId: null });
    for (const example of EXPLORER_EXAMPLES) expect(typeof example.variables(context)).toBe('object');
  });
});
