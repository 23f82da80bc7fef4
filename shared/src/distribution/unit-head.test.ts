import { describe, expect, it } from 'vitest';
import { HEAD_WORK_RESULTS_RATING, suggestWorkResultsRating } from './unit-head.js';

const Q3 = { id: 'Triwulan III 2026', en: 'Quarter 3 2026' };

describe('the rating hasil kerja of a unit head (SE MenPANRB 3/2023)', () => {
  it('follows the capaian kinerja organisasi: Istimewa → Di Atas, Baik → Sesuai, lower → Di Bawah', () => {
    expect(HEAD_WORK_RESULTS_RATING).toEqual({
      ISTIMEWA: 'ABOVE',
      BAIK: 'MEETS',
      BUTUH_PERBAIKAN: 'BELOW',
      KURANG: 'BELOW',
      SANGAT_KURANG: 'BELOW',
    });
  });

  it('overrides the score for the head, and says so', () => {
    const suggestion = suggestWorkResultsRating(
      'ABOVE',
      { unitName: 'Kelurahan Bukit Sari', organisationRating: 'BAIK' },
      Q3,
    );
    expect(suggestion).toEqual({
      rating: 'MEETS',
      basis: 'ORGANISATION',
      note: {
        id: 'Disarankan: Sesuai Ekspektasi — mengikuti capaian kinerja organisasi Baik',
        en: 'Suggested: Meets expectations — following the capaian kinerja organisasi Good',
      },
    });
    expect(suggestWorkResultsRating(null, { unitName: 'X', organisationRating: 'KURANG' }).rating).toBe('BELOW');
  });

  it('keeps the score’s suggestion while no capaian is recorded, and says that it is missing', () => {
    const suggestion = suggestWorkResultsRating(
      'ABOVE',
      { unitName: 'Kelurahan Bukit Sari', organisationRating: null },
      Q3,
    );
    expect(suggestion.rating).toBe('ABOVE');
    expect(suggestion.basis).toBe('SCORE');
    expect(suggestion.note?.id).toBe(
      'Capaian kinerja organisasi Kelurahan Bukit Sari untuk Triwulan III 2026 belum dicatat; saran mengikuti skor.',
    );
  });

  it('is the score’s suggestion for anyone who heads no unit', () => {
    expect(suggestWorkResultsRating('BELOW', null)).toEqual({ rating: 'BELOW', basis: 'SCORE', note: null });
  });
});
