import type { LocalizedText } from '../common/localized-text.js';
import type { IndicatorKind } from './indicator-kinds.js';

/**
 * The model of an indicator template (one version). A template is data: the web renders its
 * form from it, the server stores and validates answers against it, and every number comes
 * from the same functions of this package.
 */

/** workResults and instrument feed the work-results rating, behaviour the behaviour rating; feedback is never scored. */
export const SECTION_KINDS = ['workResults', 'behaviour', 'instrument', 'feedback'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export { INDICATOR_KINDS, type IndicatorKind } from './indicator-kinds.js';

/** Keys of sections and indicators, and lineage keys: lower snake case. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export type ConditionOperator = 'equals' | 'notEquals' | 'in';
export type ConditionValue = string | number | boolean | (string | number)[];

/**
 * Shows an indicator only when an earlier indicator's answer matches. For a multiple choice,
 * `equals` means "is among the selected options" and `in` means "any selected option is in the list".
 * An unanswered controlling indicator hides the dependent one.
 */
export interface VisibleWhen {
  indicatorKey: string;
  operator: ConditionOperator;
  value: ConditionValue;
}

interface IndicatorBase {
  /** Unique within the definition; answers are keyed by it. */
  key: string;
  /** Stable identity across versions: equals `key` when the indicator is created, then copied unchanged. */
  lineageKey: string;
  label: LocalizedText;
  help?: LocalizedText;
  required: boolean;
  /** Weight in a weighted section; only meaningful for scored kinds. */
  weight?: number;
  visibleWhen?: VisibleWhen;
}

export const TARGET_ASPECTS = ['quantity', 'quality', 'time', 'cost'] as const;
export type TargetAspect = (typeof TARGET_ASPECTS)[number];
export const TARGET_DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
/** How periodic realisations of a target add up to the annual one (see work-plan/periodic-targets.ts). */
export const TARGET_AGGREGATIONS = ['sum', 'last', 'average'] as const;
export type TargetAggregation = (typeof TARGET_AGGREGATIONS)[number];
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** A measurable target (RHK indicator). Answer: `{ realisation }`. */
export interface TargetIndicator extends IndicatorBase {
  kind: 'target';
  aspect: TargetAspect;
  /** > 0; 0 is allowed only for lowerIsBetter ("zero complaints"). In a periodic form: the sub-period's target. */
  target: number;
  unit: string;
  direction: TargetDirection;
  /** How periodic realisations add up to the annual one: 'sum', 'last' or 'average'; by aspect when absent. */
  aggregation?: TargetAggregation;
  /** In a form for one sub-period: the annual target the sub-period's `target` is a part of. */
  annualTarget?: number;
}

export interface ScaleLevel {
  value: string;
  label: LocalizedText;
  score: number;
}

/** A rubric or 1..n scale. Answer: the chosen level's `value`. */
export interface ScaleIndicator extends IndicatorBase {
  kind: 'scale';
  levels: ScaleLevel[];
}

/** Di Bawah / Sesuai / Di Atas Ekspektasi. Answer: 'BELOW' | 'MEETS' | 'ABOVE'. */
export interface ExpectationIndicator extends IndicatorBase {
  kind: 'expectation';
  /** Guiding behaviours shown to the rater (e.g. the three BerAKHLAK panduan perilaku). */
  guidance?: LocalizedText[];
}

/** A plain number, never scored. */
export interface NumberIndicator extends IndicatorBase {
  kind: 'number';
  min?: number;
  max?: number;
  unit?: string;
  integer?: boolean;
}

/** Answer: boolean. Scored yes = 100 / no = 0 only when it has a weight. */
export interface YesNoIndicator extends IndicatorBase {
  kind: 'yesNo';
}

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
  score?: number;
}

/** Answer: an option value, or a list of them when `multiple`. Scored when every option has a score. */
export interface ChoiceIndicator extends IndicatorBase {
  kind: 'choice';
  options: ChoiceOption[];
  multiple: boolean;
}

/** Free text, never scored. */
export interface TextIndicator extends IndicatorBase {
  kind: 'text';
  maxLength?: number;
}

/** Evidence (bukti dukung): `{ url?, note? }`, never scored. */
export interface EvidenceIndicator extends IndicatorBase {
  kind: 'evidence';
}

export type Indicator =
  | TargetIndicator
  | ScaleIndicator
  | ExpectationIndicator
  | NumberIndicator
  | YesNoIndicator
  | ChoiceIndicator
  | TextIndicator
  | EvidenceIndicator;

export type IndicatorOfKind<K extends IndicatorKind> = Extract<Indicator, { kind: K }>;

/**
 * One function per indicator kind, each given its own indicator type. A record of this type must name
 * every kind, so adding a kind to the registry (indicator-kinds.ts) makes the compiler list the rules it needs.
 */
export type PerKind<Args extends unknown[], Result> = {
  readonly [K in IndicatorKind]: (indicator: IndicatorOfKind<K>, ...args: Args) => Result;
};

/** Calls the function of the indicator's kind; undefined for a kind the record does not know (malformed input). */
export function byKind<Args extends unknown[], Result>(
  handlers: PerKind<Args, Result>,
  indicator: Indicator,
  ...args: Args
): Result | undefined {
  const handler = (handlers as Partial<Record<string, (indicator: Indicator, ...args: Args) => Result>>)[
    indicator.kind
  ];
  return handler ? handler(indicator, ...args) : undefined;
}

export interface Section {
  key: string;
  kind: SectionKind;
  title: LocalizedText;
  description?: LocalizedText;
  /** When true, the scored indicators' weights must add up to 100 and the section score is their weighted mean. */
  weighted: boolean;
  /** Share of this section when several sections feed the same rating (all or none of them carry one; they add up to 100). */
  weight?: number;
  indicators: Indicator[];
}

/** A score at or above `above` suggests ABOVE, at or above `meets` suggests MEETS, else BELOW. */
export interface RatingThreshold {
  meets: number;
  above: number;
}

export interface RatingThresholds {
  workResults: RatingThreshold;
  behaviour: RatingThreshold;
}

export interface TemplateDefinition {
  sections: Section[];
  ratingThresholds: RatingThresholds;
}
