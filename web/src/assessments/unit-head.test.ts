import { describe, expect, it } from 'vitest';
import { workResultsSuggestion } from './unit-head';

const subPeriod = { id: 'q3', name: 'Triwulan III 2026', nameEn: 'Quarter 3 2026' };
const head = (organisationRating: 'ISTIMEWA' | 'BAIK' | 'KURANG' | null) => ({
  subPeriod,
  unitHead: { unit: { id: 'u', name: 'Kelurahan Bukit Sari' }, organisationRating, suggestedWorkResultsRating: null },
});

describe('the work-results suggestion the assessment form preselects (SE MenPANRB 3/2023)', () => {
  it('follows the capaian kinerja organisasi for a unit head, as the server does', () => {
    expect(workResultsSuggestion('ABOVE', head('BAIK') as never)).toMatchObject({
      rating: 'MEETS',
      note: { id: 'Disarankan: Sesuai Ekspektasi — mengikuti capaian kinerja organisasi Baik' },
    });
    expect(workResultsSuggestion('MEETS', head('ISTIMEWA') as never).rating).toBe('ABOVE');
    expect(workResultsSuggestion('ABOVE', head('KURANG') as never).rating).toBe('BELOW');
  });

  it('keeps the score’s suggestion and says the capaian is not recorded yet', () => {
    expect(workResultsSuggestion('ABOVE', head(null) as never)).toMatchObject({
      rating: 'ABOVE',
      note: {
        id: 'Capaian kinerja organisasi Kelurahan Bukit Sari untuk Triwulan III 2026 belum dicatat; saran mengikuti skor.',
      },
    });
  });

  it('is the score’s, without a note, for anyone who heads no unit', () => {
    expect(workResultsSuggestion('BELOW', { subPeriod, unitHead: null } as never)).toEqual({
      rating: 'BELOW',
      basis: 'SCORE',
      note: null,
    });
  });
});
