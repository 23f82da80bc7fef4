import type { TargetIndicator } from '../template/definition.js';
import { TARGET_SCORE_CAP } from './constants.js';

/**
 * Achievement in percent of a target (not rounded, not capped), or null when it cannot be computed.
 * - higherIsBetter: realisation / target × 100 (target must be > 0).
 * - lowerIsBetter:  target / realisation × 100, with two rules for zero:
 *   realisation 0 under a positive target is the best possible result and counts as {@link TARGET_SCORE_CAP};
 *   a target of 0 is met (100) only by a realisation of 0, and any realisation above it scores 0.
 */
export function targetAchievement(indicator: TargetIndicator, realisation: number): number | null {
  const { target } = indicator;
  if (!Number.isFinite(realisation) || realisation < 0 || !Number.isFinite(target) || target < 0) return null;
  if (indicator.direction === 'lowerIsBetter') {
    if (target === 0) return realisation === 0 ? 100 : 0;
    if (realisation === 0) return TARGET_SCORE_CAP;
    return (target / realisation) * 100;
  }
  if (target === 0) return null;
  return (realisation / target) * 100;
}
