import type { LocalizedText } from '../common/localized-text.js';
import type { Rating } from './rating.js';

/** Predikat kinerja, best first. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABELS: Readonly<Record<Predikat, LocalizedText>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
};

/**
 * The quadrant of PermenPANRB 6/2022 (its annex): first key = rating hasil kerja (work results),
 * second key = rating perilaku kerja (behaviour).
 */
export const PREDIKAT_TABLE: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  ABOVE: { BELOW: 'KURANG', MEETS: 'BAIK', ABOVE: 'SANGAT_BAIK' },
  MEETS: { BELOW: 'KURANG', MEETS: 'BAIK', ABOVE: 'BAIK' },
  BELOW: { BELOW: 'SANGAT_KURANG', MEETS: 'BUTUH_PERBAIKAN', ABOVE: 'BUTUH_PERBAIKAN' },
};

/** The predikat kinerja that follows from the two ratings. */
export function predikatOf(workResultsRating: Rating, behaviourRating: Rating): Predikat {
  return PREDIKAT_TABLE[workResultsRating][behaviourRating];
}
