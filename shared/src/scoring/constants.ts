import type { Rating } from './rating.js';

/**
 * Highest normalised score a 'target' indicator can earn. Achievement above the target counts,
 * but only up to 120 %, so one runaway indicator cannot hide the others. The achievement
 * itself is reported uncapped.
 */
export const TARGET_SCORE_CAP = 120;

/**
 * Normalised scores of an 'expectation' answer. Meeting the expectation is 100 (like reaching
 * a target); above equals the target cap, below sits as far under 100 (60) as the midpoint rule
 * of the default thresholds needs: 80 is halfway between BELOW and MEETS, 110 between MEETS and ABOVE.
 */
export const EXPECTATION_SCORES: Readonly<Record<Rating, number>> = {
  BELOW: 60,
  MEETS: 100,
  ABOVE: 120,
};

/** Normalised scores of a weighted 'yesNo' indicator. */
export const YES_NO_SCORES = { yes: 100, no: 0 } as const;
