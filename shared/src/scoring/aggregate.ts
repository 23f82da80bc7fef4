import { roundScore } from '../common/round.js';

export interface WeightedScore {
  score: number | null;
  /** null or a missing weight makes the whole aggregation a plain mean. */
  weight: number | null | undefined;
}

/**
 * Mean of the non-null scores, weighted when every one of them has a positive weight
 * (weights renormalised over the scores present), plain otherwise; rounded; null when none.
 */
export function aggregate(items: readonly WeightedScore[], weighted: boolean): number | null {
  const present = items.filter(
    (item): item is { score: number; weight: number | null | undefined } => item.score !== null,
  );
  if (present.length === 0) return null;
  const useWeights = weighted && present.every((item) => typeof item.weight === 'number' && item.weight > 0);
  let total = 0;
  let weights = 0;
  for (const item of present) {
    const weight = useWeights ? (item.weight as number) : 1;
    total += item.score * weight;
    weights += weight;
  }
  return roundScore(total / weights);
}
