import { roundScore } from '../common/round.js';
import { answerFor, isAnswered, type AnswerInput } from '../answers/answer-value.js';
import { visibilityOf } from '../answers/visibility.js';
import type { IndicatorKind, SectionKind, TemplateDefinition } from '../template/definition.js';
import { RATING_GROUPS, type RatingGroup } from '../template/rating-groups.js';
import { isScoredIndicator } from '../template/scored.js';
import { listIndicators } from '../template/walk.js';
import { aggregate } from './aggregate.js';
import { scoreIndicator } from './indicator-score.js';
import { predikatOf, type Predikat } from './predikat.js';
import type { Rating } from './rating.js';
import { DEFAULT_RATING_THRESHOLDS, suggestRating } from './suggest-rating.js';

export interface IndicatorResult {
  key: string;
  lineageKey: string;
  sectionKey: string;
  kind: IndicatorKind;
  visible: boolean;
  answered: boolean;
  /** Whether the indicator's kind and configuration produce a score at all. */
  scored: boolean;
  weight: number | null;
  /** Normalised score; null when hidden, unanswered, unscored or malformed. */
  score: number | null;
  /** Target achievement %, uncapped; null for other kinds. */
  achievement: number | null;
}

export interface SectionResult {
  key: string;
  kind: SectionKind;
  weight: number | null;
  /** Weighted (weighted sections) or plain mean of the indicator scores present; null when none. */
  score: number | null;
  /** Scored, visible indicators with a score / all scored, visible indicators. */
  scoredCount: number;
  scorableCount: number;
}

export interface RatingResult {
  score: number | null;
  /** Suggested rating from the definition's thresholds; null without a score. */
  rating: Rating | null;
}

export interface Completeness {
  answeredRequired: number;
  totalRequired: number;
  /** answeredRequired / totalRequired in percent (100 when nothing is required). */
  percent: number;
  complete: boolean;
}

export interface ScoreResult {
  indicators: IndicatorResult[];
  sections: SectionResult[];
  workResults: RatingResult;
  behaviour: RatingResult;
  /** Suggested predikat; null until both ratings have a suggestion. */
  predikat: Predikat | null;
  completeness: Completeness;
}

/**
 * All numbers of an assessment, computed the same way on server and web. Each indicator score is
 * rounded to 2 decimals, section scores are computed from those rounded scores, rating scores from
 * the rounded section scores (weighted by section weight when every section of the rating has one).
 * Only visible, answered, scored indicators count; weights are renormalised over what is answered.
 */
export function scoreAnswers(def: TemplateDefinition, answers: AnswerInput): ScoreResult {
  const visibility = visibilityOf(def, answers);
  const placed = listIndicators(def);
  const indicators: IndicatorResult[] = placed.map(({ indicator, section }) => {
    const visible = visibility.get(indicator.key) ?? true;
    const value = answerFor(answers, indicator.key);
    const answered = isAnswered(indicator, value);
    const computed = visible && answered ? scoreIndicator(indicator, value) : { score: null, achievement: null };
    return {
      key: indicator.key,
      lineageKey: indicator.lineageKey,
      sectionKey: section.key,
      kind: indicator.kind,
      visible,
      answered,
      scored: isScoredIndicator(indicator),
      weight: typeof indicator.weight === 'number' ? indicator.weight : null,
      ...computed,
    };
  });

  const sections: SectionResult[] = def.sections.map((section) => {
    const own = indicators.filter((result) => result.sectionKey === section.key && result.scored && result.visible);
    return {
      key: section.key,
      kind: section.kind,
      weight: typeof section.weight === 'number' ? section.weight : null,
      score: section.kind === 'feedback' ? null : aggregate(own, section.weighted),
      scoredCount: own.filter((result) => result.score !== null).length,
      scorableCount: own.length,
    };
  });

  const thresholds = def.ratingThresholds ?? DEFAULT_RATING_THRESHOLDS;
  const rate = (group: RatingGroup): RatingResult => {
    const kinds: readonly SectionKind[] = RATING_GROUPS[group];
    const score = aggregate(
      sections.filter((section) => kinds.includes(section.kind)),
      true,
    );
    return { score, rating: suggestRating(score, thresholds[group] ?? DEFAULT_RATING_THRESHOLDS[group]) };
  };
  const workResults = rate('workResults');
  const behaviour = rate('behaviour');

  const required = indicators.filter((result, index) => result.visible && placed[index]?.indicator.required === true);
  const answeredRequired = required.filter((result) => result.answered).length;
  return {
    indicators,
    sections,
    workResults,
    behaviour,
    predikat: workResults.rating && behaviour.rating ? predikatOf(workResults.rating, behaviour.rating) : null,
    completeness: {
      answeredRequired,
      totalRequired: required.length,
      percent: required.length === 0 ? 100 : roundScore((answeredRequired / required.length) * 100),
      complete: answeredRequired === required.length,
    },
  };
}
