import type { RatingThreshold, RatingThresholds } from '../template/definition.js';
import type { Rating } from './rating.js';

/**
 * Default thresholds, the same for both ratings: MEETS from 80, ABOVE from 110. They sit halfway
 * between the expectation scores (BELOW 60, MEETS 100, ABOVE 120), so seven behaviour values rated
 * mostly "Sesuai" suggest Sesuai, a majority "Di Atas" suggests Di Atas and a majority "Di Bawah"
 * suggests Di Bawah; for targets, 80 % achievement still meets expectations and 110 % exceeds them.
 */
export const DEFAULT_RATING_THRESHOLDS: Readonly<RatingThresholds> = Object.freeze({
  workResults: Object.freeze({ meets: 80, above: 110 }),
  behaviour: Object.freeze({ meets: 80, above: 110 }),
});

/** ABOVE when score ≥ above, MEETS when score ≥ meets, else BELOW; null when there is no score. */
export function suggestRating(score: number | null, threshold: RatingThreshold): Rating | null {
  if (score === null) return null;
  if (score >= threshold.above) return 'ABOVE';
  if (score >= threshold.meets) return 'MEETS';
  return 'BELOW';
}
