import type { LocalizedText } from '../common/localized-text.js';

/** The three-step judgement used for both ratings and for each 'expectation' indicator, lowest first. */
export const RATINGS = ['BELOW', 'MEETS', 'ABOVE'] as const;

/** Di Bawah / Sesuai / Di Atas Ekspektasi. */
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, LocalizedText>> = {
  BELOW: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
  MEETS: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  ABOVE: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
};

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}
