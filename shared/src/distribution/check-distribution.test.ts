import { describe, expect, it } from 'vitest';
import type { Predikat } from '../scoring/predikat.js';
import { checkDistribution, ratingNotRecordedText } from './check-distribution.js';
import { ORGANISATION_RATINGS, SE_MENPANRB_3_2023_GUIDELINE as SE, type OrganisationRating } from './guideline.js';

type Counts = Partial<Record<Predikat, number>>;
/** The check against the shipped SE MenPANRB 3/2023 row for `rating`. */
const check = (rating: OrganisationRating, counts: Counts) =>
  checkDistribution(counts, { organisationRating: rating, rules: SE[rating] });
const codes = (rating: OrganisationRating, counts: Counts) => check(rating, counts).warnings.map((w) => w.code);

describe('checkDistribution', () => {
  it('counts and computes percentages', () => {
    const result = check('BAIK', { SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 2 });
    expect(result.total).toBe(9);
    expect(result.expected).toBe(true);
    expect(result.rows).toEqual([
      { predikat: 'SANGAT_BAIK', count: 1, percent: 11.11 },
      { predikat: 'BAIK', count: 6, percent: 66.67 },
      { predikat: 'BUTUH_PERBAIKAN', count: 2, percent: 22.22 },
      { predikat: 'KURANG', count: 0, percent: 0 },
      { predikat: 'SANGAT_KURANG', count: 0, percent: 0 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('without a capaian kinerja organisasi expects nothing: the curve gets no warning', () => {
    const result = checkDistribution({ SANGAT_BAIK: 10 }, null);
    expect([result.total, result.expected, result.warnings]).toEqual([10, false, []]);
    expect(checkDistribution({}, null).warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_EMPTY']);
    expect(ratingNotRecordedText('Kelurahan Bukit Sari', { id: 'Triwulan IV 2026', en: 'Quarter 4 2026' }).id).toBe(
      'Capaian kinerja organisasi untuk Kelurahan Bukit Sari, Triwulan IV 2026 belum dicatat; tidak ada harapan distribusi.',
    );
  });

  it('uses the rules it is given, not a table of its own', () => {
    const rules = [{ kind: 'atMost' as const, predikat: ['BAIK' as const], percent: 50 }];
    expect(
      checkDistribution({ BAIK: 6, KURANG: 4 }, { organisationRating: 'BAIK', rules }).warnings.map((w) => w.code),
    ).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM']);
    expect(checkDistribution({ BAIK: 6, KURANG: 4 }, { organisationRating: 'BAIK', rules: [] }).warnings).toEqual([]);
  });

  it('never throws: empty units and invalid counts give warnings', () => {
    expect(codes('BAIK', {})).toEqual(['DISTRIBUTION_EMPTY']);
    const result = check('ISTIMEWA', { SANGAT_BAIK: -2, BAIK: 1.5, KURANG: Number.NaN, SANGAT_KURANG: 3 });
    expect(result.total).toBe(3);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'DISTRIBUTION_COUNT_INVALID',
      'DISTRIBUTION_COUNT_INVALID',
      'DISTRIBUTION_COUNT_INVALID',
      'DISTRIBUTION_NOT_LARGEST',
    ]);
  });

  it('has a row for every capaian kinerja organisasi', () => {
    for (const rating of ORGANISATION_RATINGS) expect(SE[rating].length).toBeGreaterThan(0);
  });
});

// Each row of SE MenPANRB 3/2023, each bound at its edge: on the bound no warning, one step past it a warning.
describe('SE MenPANRB 3/2023, organisation Istimewa: most (at most 70%) Sangat Baik, the rest any predikat', () => {
  it('at most 70% Sangat Baik: 7 of 10 is fine, 71 of 100 warns', () => {
    expect(codes('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 })).toEqual([]);
    expect(codes('ISTIMEWA', { SANGAT_BAIK: 71, BAIK: 29 })).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM']);
    expect(check('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 }).warnings[0]?.message.en).toBe(
      "Predikat 'Very good': 80% (8 of 10 employees); for a 'Outstanding' organisation the guideline allows at most 70%.",
    );
  });

  it('Sangat Baik is the largest group: a tie is fine, one fewer warns', () => {
    expect(codes('ISTIMEWA', { SANGAT_BAIK: 4, BAIK: 4, KURANG: 2 })).toEqual([]);
    expect(codes('ISTIMEWA', { SANGAT_BAIK: 3, BAIK: 4, KURANG: 3 })).toEqual(['DISTRIBUTION_NOT_LARGEST']);
    expect(check('ISTIMEWA', { SANGAT_BAIK: 3, BAIK: 4, KURANG: 3 }).warnings[0]?.message.id).toBe(
      "Predikat 'Sangat Baik': 30% (3 dari 10 pegawai), lebih sedikit daripada 'Baik' (4 pegawai); untuk organisasi 'Istimewa' pedoman mengharapkan sebagian besar pegawai berpredikat 'Sangat Baik'.",
    );
  });

  it('the rest may be any predikat', () => {
    expect(codes('ISTIMEWA', { SANGAT_BAIK: 6, BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 1 })).toEqual([]);
  });
});

describe('SE MenPANRB 3/2023, organisation Baik: most (at most 70%) Baik, some Butuh Perbaikan and/or Kurang, the rest Sangat Baik or Sangat Kurang', () => {
  it('at most 70% Baik: 7 of 10 is fine, 71 of 100 warns', () => {
    expect(codes('BAIK', { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 })).toEqual([]);
    expect(codes('BAIK', { BAIK: 71, SANGAT_BAIK: 28, KURANG: 1 })).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM']);
  });

  it('Baik is the largest group: a tie is fine, one fewer warns', () => {
    expect(codes('BAIK', { BAIK: 4, SANGAT_BAIK: 4, KURANG: 2 })).toEqual([]);
    expect(codes('BAIK', { BAIK: 4, SANGAT_BAIK: 5, BUTUH_PERBAIKAN: 1 })).toEqual(['DISTRIBUTION_NOT_LARGEST']);
  });

  it('there must be some Butuh Perbaikan and/or Kurang: one of either is enough, none warns', () => {
    expect(codes('BAIK', { BAIK: 6, SANGAT_BAIK: 3, BUTUH_PERBAIKAN: 1 })).toEqual([]);
    expect(codes('BAIK', { BAIK: 6, SANGAT_BAIK: 3, KURANG: 1 })).toEqual([]);
    const result = check('BAIK', { SANGAT_BAIK: 4, BAIK: 6 });
    expect(result.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_REQUIRED_ABSENT']);
    expect(result.warnings[0]?.message.id).toContain("'Butuh Perbaikan' atau 'Kurang/Misconduct'");
  });

  it('the rest may be Sangat Baik or Sangat Kurang', () => {
    expect(codes('BAIK', { BAIK: 5, SANGAT_BAIK: 2, SANGAT_KURANG: 2, BUTUH_PERBAIKAN: 1 })).toEqual([]);
  });
});

describe('SE MenPANRB 3/2023, organisation Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik, the rest Baik, Kurang or Sangat Kurang', () => {
  it('at least 60% Butuh Perbaikan: 6 of 10 is fine, 59 of 100 warns', () => {
    expect(codes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, BAIK: 4 })).toEqual([]);
    expect(codes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 59, BAIK: 41 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM']);
  });

  it('at most 10% Sangat Baik: 1 of 10 is fine, 11 of 100 warns', () => {
    expect(codes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 })).toEqual([]);
    expect(codes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 60, BAIK: 29, SANGAT_BAIK: 11 })).toEqual([
      'DISTRIBUTION_ABOVE_MAXIMUM',
    ]);
  });

  it('the rest may be Baik, Kurang or Sangat Kurang', () => {
    expect(codes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, BAIK: 1, KURANG: 1, SANGAT_KURANG: 2 })).toEqual([]);
  });
});

describe('SE MenPANRB 3/2023, organisation Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik, the rest Baik or Sangat Kurang', () => {
  it('at least 60% Kurang: 6 of 10 is fine, 59 of 100 warns', () => {
    expect(codes('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 4 })).toEqual([]);
    expect(codes('KURANG', { KURANG: 59, BUTUH_PERBAIKAN: 41 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM']);
  });

  it('at least 10% Butuh Perbaikan: 1 of 10 is fine, 9 of 100 warns', () => {
    expect(codes('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).toEqual([]);
    expect(codes('KURANG', { KURANG: 60, BUTUH_PERBAIKAN: 9, BAIK: 31 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM']);
  });

  it('at most 10% Sangat Baik: 1 of 10 is fine, 11 of 100 warns', () => {
    expect(codes('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 3, SANGAT_BAIK: 1 })).toEqual([]);
    expect(codes('KURANG', { KURANG: 60, BUTUH_PERBAIKAN: 29, SANGAT_BAIK: 11 })).toEqual([
      'DISTRIBUTION_ABOVE_MAXIMUM',
    ]);
  });

  it('the rest may be Baik or Sangat Kurang', () => {
    expect(codes('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_KURANG: 1 })).toEqual([]);
  });
});

describe('SE MenPANRB 3/2023, organisation Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang and/or Butuh Perbaikan, the rest Baik, no Sangat Baik', () => {
  it('at least 60% Sangat Kurang: 6 of 10 is fine, 59 of 100 warns', () => {
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 4 })).toEqual([]);
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 59, KURANG: 41 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM']);
  });

  it('at least 10% Kurang and/or Butuh Perbaikan together: 1 of 10 either way is fine, 9 of 100 warns', () => {
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).toEqual([]);
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 60, KURANG: 5, BUTUH_PERBAIKAN: 4, BAIK: 31 })).toEqual([
      'DISTRIBUTION_BELOW_MINIMUM',
    ]);
  });

  it('no Sangat Baik: none is fine, a single one warns', () => {
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 60, KURANG: 10, BAIK: 30 })).toEqual([]);
    const result = check('SANGAT_KURANG', { SANGAT_KURANG: 60, KURANG: 10, BAIK: 29, SANGAT_BAIK: 1 });
    expect(result.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_EXCLUDED_PRESENT']);
    expect(result.warnings[0]?.message.id).toBe(
      "Predikat 'Sangat Baik': 1% (1 dari 100 pegawai); untuk organisasi 'Sangat Kurang' pedoman mengharapkan tidak ada pegawai dengan predikat ini.",
    );
  });

  it('the rest may be Baik', () => {
    expect(codes('SANGAT_KURANG', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).toEqual([]);
  });
});
