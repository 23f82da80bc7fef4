/** Every reported score, achievement and percentage is rounded to this many decimals. */
export const SCORE_DECIMALS = 2;

/**
 * Rounds half away from zero to {@link SCORE_DECIMALS} decimals.
 * `toPrecision(12)` first removes binary noise (1.005 * 100 = 100.49999999999999), so that
 * server and browser always print the same number a person gets by hand.
 */
export function roundScore(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}
