// @kinerja/shared: the rules of Kinerja, used by the web form (instant feedback) and by the server (authority).

export type { LocalizedText } from './common/localized-text.js';
export type { Problem } from './common/problem.js';
export { roundScore, SCORE_DECIMALS } from './common/round.js';

export * from './template/definition.js';
export {
  INDICATOR_KIND_REGISTRY,
  INDICATOR_KIND_GRAPHQL_NAMES,
  INDICATOR_KIND_GRAPHQL_NAME_LIST,
  INDICATOR_KINDS_BY_GRAPHQL_NAME,
  INDICATOR_TYPENAMES,
  kindScoring,
  type GraphqlNameOf,
  type IndicatorKindEntry,
  type IndicatorKindGraphqlName,
  type IndicatorTypename,
  type KindOfGraphqlName,
  type KindScoring,
} from './template/indicator-kinds.js';
export { isScoredIndicator } from './template/scored.js';
export { RATING_GROUPS, ratingGroupOf, type RatingGroup } from './template/rating-groups.js';
export { listIndicators, indexIndicators, type PlacedIndicator } from './template/walk.js';
export { validateDefinition } from './template/validate-definition.js';
export { diffDefinitions } from './template/diff.js';
export type {
  TemplateDiff,
  FieldChange,
  SectionRef,
  SectionChange,
  IndicatorRef,
  IndicatorChange,
  IndicatorMove,
} from './template/diff.js';
export { exampleDefinition, exampleAnswers, teacherRubricLevels } from './template/examples.js';

export {
  BERAKHLAK_VALUES,
  BERAKHLAK_CODES,
  isBerakhlakCode,
  type BerakhlakValue,
  type BerakhlakCode,
} from './behaviour/berakhlak.js';
export { berakhlakSection, BERAKHLAK_SECTION_KEY } from './behaviour/berakhlak-section.js';

export { isAnswered } from './answers/answer-value.js';
export type {
  AnswerValue,
  AnswerSet,
  AnswerInput,
  AnswerByKind,
  AnswerOf,
  TargetAnswer,
  EvidenceAnswer,
} from './answers/answer-value.js';
export { isVisible, visibilityOf, conditionHolds, withoutHiddenAnswers } from './answers/visibility.js';
export { validateAnswers, type ValidateAnswersOptions } from './answers/validate-answers.js';
export { isHttpUrl } from './answers/evidence-url.js';

export { RATINGS, RATING_LABELS, isRating, type Rating } from './scoring/rating.js';
export { PREDIKATS, PREDIKAT_LABELS, PREDIKAT_TABLE, predikatOf, type Predikat } from './scoring/predikat.js';
export { TARGET_SCORE_CAP, EXPECTATION_SCORES, YES_NO_SCORES } from './scoring/constants.js';
export { DEFAULT_RATING_THRESHOLDS, suggestRating } from './scoring/suggest-rating.js';
export { targetAchievement } from './scoring/target.js';
export { scoreIndicator, type IndicatorScoreValue } from './scoring/indicator-score.js';
export { scoreAnswers } from './scoring/score.js';
export type { ScoreResult, IndicatorResult, SectionResult, RatingResult, Completeness } from './scoring/score.js';

export { parseNip, formatNip, MIN_APPOINTMENT_AGE, NIP_MIN_YEAR } from './organisation/nip.js';
export type { NipResult, NipSex, ParseNipOptions } from './organisation/nip.js';

export {
  OBJECTION_WINDOW_DAYS,
  DEFAULT_TIME_ZONE,
  TIME_ZONE_MAX_LENGTH,
  isTimeZone,
  dateInZone,
  addCalendarDays,
  startOfDayInZone,
  objectionWindow,
  isWithinObjectionWindow,
  type ObjectionWindow,
} from './objection/objection-window.js';

export {
  ORGANISATION_RATINGS,
  ORGANISATION_RATING_LABELS,
  GUIDELINE_RULE_KINDS,
  GUIDELINE_MAX_RULES,
  SE_MENPANRB_3_2023_GUIDELINE,
  isOrganisationRating,
  sameGuidelineRules,
  validateGuidelineRules,
} from './distribution/guideline.js';
export type {
  OrganisationRating,
  GuidelineRule,
  GuidelineRuleKind,
  GuidelineRuleDraft,
  Guideline,
} from './distribution/guideline.js';
export { checkDistribution, ratingNotRecordedText } from './distribution/check-distribution.js';
export type {
  DistributionCheck,
  DistributionRow,
  DistributionWarning,
  DistributionWarningCode,
  DistributionExpectation,
} from './distribution/check-distribution.js';
export { HEAD_WORK_RESULTS_RATING, suggestWorkResultsRating } from './distribution/unit-head.js';
export type { UnitHeadContext, WorkResultsSuggestion } from './distribution/unit-head.js';

export {
  addSection,
  updateSection,
  removeSection,
  moveSection,
  addIndicator,
  updateIndicator,
  removeIndicator,
  moveIndicator,
  setRatingThresholds,
  blockingProblems,
  DRAFT_TOLERATED_CODES,
} from './template/edits.js';
export type { EditResult, EditFailureCode, SectionFields } from './template/edits.js';

export type { PlanResult, PlanTarget, WorkResultKind } from './work-plan/work-plan.js';
export { validateWorkPlan, MAX_TITLE_LENGTH } from './work-plan/validate-work-plan.js';
export {
  assessmentForm,
  planFromTemplate,
  planTargetKey,
  aggregationOf,
  periodicTargetsOf,
  type FormScope,
} from './work-plan/form-definition.js';
export {
  defaultAggregation,
  splitTarget,
  aggregateValues,
  periodicTargetProblems,
  type PeriodicTarget,
} from './work-plan/periodic-targets.js';

export {
  ANNUAL_EVALUATION_OPENINGS,
  annualEvaluationOpensOn,
  isAnnualEvaluationOpen,
  dateIn,
  type AnnualEvaluationOpening,
} from './period/annual-evaluation.js';
export { currentSubPeriod } from './period/current-sub-period.js';

export { EXPLORER_EXAMPLES } from './explorer/examples.js';
export type { ExplorerContext, ExplorerExample } from './explorer/examples.js';
export { shallowIntrospectionQuery } from './explorer/introspection.js';
