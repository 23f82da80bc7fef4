import type { LocalizedText } from '../common/localized-text.js';
import type { Predikat } from '../scoring/predikat.js';

/** Predikat kinerja organisasi (the unit's own rating), best first. */
export const ORGANISATION_RATINGS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type OrganisationRating = (typeof ORGANISATION_RATINGS)[number];

export const ORGANISATION_RATING_LABELS: Readonly<Record<OrganisationRating, LocalizedText>> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

/** One bound of the guideline on the share of employees whose predikat is one of `predikat`. */
export type GuidelineRule =
  | { kind: 'atMost'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'atLeast'; predikat: readonly Predikat[]; percent: number }
  /** At least one employee must have one of these predikat. */
  | { kind: 'present'; predikat: readonly Predikat[] };

/**
 * The distribution guideline of SE MenPANRB 3/2023 (pola distribusi predikat kinerja pegawai by
 * predikat kinerja organisasi) as data. The only table to edit when the guideline changes.
 *
 * Source and confidence:
 * - ISTIMEWA, BAIK, BUTUH_PERBAIKAN: the bounds stated in PRODUCT.md, which quotes the SE.
 * - KURANG, SANGAT_KURANG: the SE draws these curves with their peak at the organisation's own
 *   predikat; we could not check exact percentages against the SE text, so they follow the
 *   Butuh Perbaikan pattern (at least 60 % at the peak, at most 10 % Sangat Baik).
 *   HR should confirm these two rows against the SE before relying on them.
 * The product only warns on a breach; it never blocks.
 */
export const DISTRIBUTION_GUIDELINE: Readonly<Record<OrganisationRating, readonly GuidelineRule[]>> = {
  ISTIMEWA: [{ kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 70 }],
  BAIK: [
    { kind: 'atMost', predikat: ['BAIK'], percent: 70 },
    { kind: 'present', predikat: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
  BUTUH_PERBAIKAN: [
    { kind: 'atLeast', predikat: ['BUTUH_PERBAIKAN'], percent: 60 },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
  ],
  KURANG: [
    { kind: 'atLeast', predikat: ['KURANG'], percent: 60 },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
  ],
  SANGAT_KURANG: [
    { kind: 'atLeast', predikat: ['SANGAT_KURANG'], percent: 60 },
    { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
  ],
};
