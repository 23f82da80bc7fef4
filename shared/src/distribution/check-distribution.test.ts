import { describe, expect, it } from 'vitest';
import { checkDistribution } from './check-distribution.js';
import { DISTRIBUTION_GUIDELINE, ORGANISATION_RATINGS } from './guideline.js';

const warningCodes = (...args: Parameters<typeof checkDistribution>) => checkDistribution(...args).warnings.map((w) => w.code);

describe('checkDistribution', () => {
  it('counts and computes percentages', () => {
    const check = checkDistribution('BAIK', { SANGAT_BAIK: 1, BAIK: 6, BUTUH_PERBAIKAN: 2 });
    expect(check.total).toBe(9);
    expect(check.rows).toEqual([
      { predikat: 'SANGAT_BAIK', count: 1, percent: 11.11 },
      { predikat: 'BAIK', count: 6, percent: 66.67 },
      { predikat: 'BUTUH_PERBAIKAN', count: 2, percent: 22.22 },
      { predikat: 'KURANG', count: 0, percent: 0 },
      { predikat: 'SANGAT_KURANG', count: 0, percent: 0 },
    ]);
    expect(check.warnings).toEqual([]);
  });

  it('Baik: at most 70 % Baik (exactly 70 % is fine)', () => {
    expect(warningCodes('BAIK', { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 })).toEqual([]);
    expect(warningCodes('BAIK', { BAIK: 8, SANGAT_BAIK: 1, KURANG: 1 })).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM']);
  });

  it('Baik: some Butuh Perbaikan or Kurang must exist', () => {
    const check = checkDistribution('BAIK', { SANGAT_BAIK: 4, BAIK: 6 });
    expect(check.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_REQUIRED_ABSENT']);
    expect(check.warnings[0]?.message.id).toContain("'Butuh Perbaikan' atau 'Kurang/Misconduct'");
  });

  it('Istimewa: at most 70 % Sangat Baik', () => {
    expect(warningCodes('ISTIMEWA', { SANGAT_BAIK: 7, BAIK: 3 })).toEqual([]);
    const check = checkDistribution('ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 });
    expect(check.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM']);
    expect(check.warnings[0]?.message.en).toBe("Predikat 'Very good': 80% (8 of 10 employees); for a 'Outstanding' organisation the guideline allows at most 70%.");
  });

  it('Butuh Perbaikan: at least 60 % Butuh Perbaikan and at most 10 % Sangat Baik', () => {
    expect(warningCodes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 })).toEqual([]);
    expect(warningCodes('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: 5, BAIK: 3, SANGAT_BAIK: 2 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM', 'DISTRIBUTION_ABOVE_MAXIMUM']);
  });

  it('Kurang and Sangat Kurang: the peak sits at their own predikat', () => {
    expect(warningCodes('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 4 })).toEqual([]);
    expect(warningCodes('KURANG', { KURANG: 2, BAIK: 8 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM']);
    expect(warningCodes('SANGAT_KURANG', { SANGAT_KURANG: 1, SANGAT_BAIK: 2 })).toEqual(['DISTRIBUTION_BELOW_MINIMUM', 'DISTRIBUTION_ABOVE_MAXIMUM']);
  });

  it('never throws: empty units and invalid counts give warnings', () => {
    expect(warningCodes('BAIK', {})).toEqual(['DISTRIBUTION_EMPTY']);
    const check = checkDistribution('ISTIMEWA', { SANGAT_BAIK: -2, BAIK: 1.5, KURANG: Number.NaN, SANGAT_KURANG: 3 });
    expect(check.total).toBe(3);
    expect(check.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_COUNT_INVALID', 'DISTRIBUTION_COUNT_INVALID', 'DISTRIBUTION_COUNT_INVALID']);
  });

  it('has rules for every organisational rating', () => {
    for (const rating of ORGANISATION_RATINGS) expect(DISTRIBUTION_GUIDELINE[rating].length).toBeGreaterThan(0);
  });
});
