import { roundScore } from '../common/round.js';
import { byKind, type ChoiceIndicator, type Indicator, type PerKind } from '../template/definition.js';
import { isScoredIndicator } from '../template/scored.js';
import { EXPECTATION_SCORES, TARGET_SCORE_CAP, YES_NO_SCORES } from './constants.js';
import { isRating } from './rating.js';
import { targetAchievement } from './target.js';

export interface IndicatorScoreValue {
  /** Normalised score (0..100, up to 120 for targets and expectations), rounded; null when not scorable. */
  score: number | null;
  /** Target achievement in percent, rounded and uncapped; null for other kinds. */
  achievement: number | null;
}

const NONE: IndicatorScoreValue = { score: null, achievement: null };

/** Maps `value` from min..max of `scores` to 0..100; null when the scores do not span a range. */
function relative(value: number, scores: number[]): number | null {
  const finite = scores.filter((score) => Number.isFinite(score));
  if (finite.length < 2) return null;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return max === min ? null : ((value - min) / (max - min)) * 100;
}

function choiceScore(indicator: ChoiceIndicator, value: unknown): number | null {
  const scores = indicator.options.map((option) => option.score ?? Number.NaN);
  const selected: unknown[] = Array.isArray(value) ? value : [value];
  const normalised = [...new Set(selected)]
    .map((item) => indicator.options.find((option) => option.value === item))
    .map((option) => (option?.score === undefined ? null : relative(option.score, scores)))
    .filter((score): score is number => score !== null);
  if (normalised.length === 0) return null;
  return normalised.reduce((sum, score) => sum + score, 0) / normalised.length;
}

const unscored = (): IndicatorScoreValue => NONE;

/** The score of each kind's answer (called only for scored indicators and present answers). */
const SCORES: PerKind<[value: unknown], IndicatorScoreValue> = {
  target: (indicator, value) => {
    const realisation = (value as { realisation?: unknown }).realisation;
    if (typeof realisation !== 'number') return NONE;
    const achievement = targetAchievement(indicator, realisation);
    if (achievement === null) return NONE;
    const rounded = roundScore(achievement);
    return { score: Math.min(rounded, TARGET_SCORE_CAP), achievement: rounded };
  },
  scale: (indicator, value) => {
    const level = (indicator.levels ?? []).find((candidate) => candidate.value === value);
    const score = level
      ? relative(
          level.score,
          indicator.levels.map((candidate) => candidate.score),
        )
      : null;
    return { score: score === null ? null : roundScore(score), achievement: null };
  },
  expectation: (_indicator, value) => ({
    score: isRating(value) ? EXPECTATION_SCORES[value] : null,
    achievement: null,
  }),
  number: unscored,
  yesNo: (_indicator, value) => ({
    score: typeof value === 'boolean' ? (value ? YES_NO_SCORES.yes : YES_NO_SCORES.no) : null,
    achievement: null,
  }),
  choice: (indicator, value) => {
    if (indicator.multiple !== Array.isArray(value)) return NONE;
    const score = choiceScore(indicator, value);
    return { score: score === null ? null : roundScore(score), achievement: null };
  },
  text: unscored,
  evidence: unscored,
};

/**
 * The normalised score of one answer. Malformed or unknown answers give null, never an error
 * (validateAnswers reports them). Multiple choice: mean of the selected options' normalised scores.
 */
export function scoreIndicator(indicator: Indicator, value: unknown): IndicatorScoreValue {
  if (value === undefined || value === null || !isScoredIndicator(indicator)) return NONE;
  return byKind(SCORES, indicator, value) ?? NONE;
}
