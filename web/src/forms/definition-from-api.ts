import {
  DEFAULT_RATING_THRESHOLDS,
  INDICATOR_KIND_GRAPHQL_NAMES,
  INDICATOR_KINDS_BY_GRAPHQL_NAME,
  INDICATOR_TYPENAMES,
  isAnswered,
  type AnswerSet,
  type AnswerValue,
  type ConditionOperator,
  type Indicator,
  type IndicatorKind,
  type LocalizedText,
  type RatingThresholds,
  type Section,
  type SectionKind,
  type TargetAggregation,
  type TargetAspect,
  type TargetDirection,
  type TemplateDefinition,
  type VisibleWhen,
} from '@kinerja/shared';
import { graphql } from '../gql';
import type {
  ConditionOperator as ApiConditionOperator,
  FormSectionFieldsFragment,
  IndicatorKind as ApiIndicatorKind,
  SectionKind as ApiSectionKind,
  TargetAggregation as ApiTargetAggregation,
  TargetAspect as ApiTargetAspect,
  TargetDirection as ApiTargetDirection,
} from '../gql/graphql';

/**
 * Everything the form renderer needs of a section. Spread `...FormSectionFields` wherever the API gives
 * `TemplateSection`s (Assessment.sections, TemplateVersion.sections) and pass the result to
 * `definitionFromApi`. The indicator fields are selected inline on the interface with inline fragments
 * on the concrete types, never as a fragment on `Indicator`: the Apollo cache has no `possibleTypes`, so it
 * would not match an interface fragment. The target's unit is aliased `targetUnit` (it is non-null there and nullable on
 * NumberIndicator, which GraphQL does not let one selection merge).
 */
export const FormSectionFieldsFragmentDoc = graphql(`
  fragment FormSectionFields on TemplateSection {
    key
    kind
    title {
      id
      en
    }
    description {
      id
      en
    }
    weighted
    weight
    indicators {
      __typename
      key
      lineageKey
      kind
      label {
        id
        en
      }
      help {
        id
        en
      }
      required
      weight
      visibleWhen {
        indicatorKey
        operator
        value
      }
      ... on TargetIndicator {
        aspect
        target
        targetUnit: unit
        direction
        aggregation
        annualTarget
      }
      ... on ScaleIndicator {
        levels {
          value
          score
          label {
            id
            en
          }
        }
      }
      ... on ExpectationIndicator {
        guidance {
          id
          en
        }
      }
      ... on NumberIndicator {
        min
        max
        unit
        integer
      }
      ... on ChoiceIndicator {
        multiple
        options {
          value
          score
          label {
            id
            en
          }
        }
      }
      ... on TextIndicator {
        maxLength
      }
    }
  }
`);

export type ApiSection = FormSectionFieldsFragment;
export type ApiIndicator = FormSectionFieldsFragment['indicators'][number];

/** A bilingual text; a missing English text (an input left blank) is the Indonesian one. */
type Localized = { id: string; en?: string | null };
/**
 * Any selection of an API indicator the mapper understands: `...FormSectionFields`, another feature's own
 * selection (the target unit may come as `unit` or `targetUnit`, the number unit as `unit` or `numberUnit`),
 * or the designer's `IndicatorInput` being typed (templates/model.ts).
 */
export interface LooseApiIndicator {
  kind: ApiIndicatorKind;
  key: string;
  lineageKey: string;
  label: Localized;
  help?: Localized | null;
  required: boolean;
  weight?: number | null;
  visibleWhen?: { indicatorKey: string; operator: ApiConditionOperator; value: unknown } | null;
  aspect?: ApiTargetAspect | null;
  target?: number | null;
  unit?: string | null;
  targetUnit?: string | null;
  numberUnit?: string | null;
  direction?: ApiTargetDirection | null;
  aggregation?: ApiTargetAggregation | null;
  annualTarget?: number | null;
  levels?: readonly { value: string; score: number; label: Localized }[] | null;
  guidance?: readonly Localized[] | null;
  min?: number | null;
  max?: number | null;
  integer?: boolean | null;
  multiple?: boolean | null;
  options?: readonly { value: string; score?: number | null; label: Localized }[] | null;
  maxLength?: number | null;
}
/** Any selection of an API section the mapper understands (or the designer's `SectionInput` being typed). */
export interface LooseApiSection {
  key: string;
  kind: ApiSectionKind;
  title: Localized;
  description?: Localized | null;
  weighted: boolean;
  weight?: number | null;
  indicators: readonly LooseApiIndicator[];
}
export interface ApiRatingThresholds {
  workResults: { meets: number; above: number };
  behaviour: { meets: number; above: number };
}

// The enum names of the API → the model's. The indicator kinds come from the shared registry; the
// `satisfies` checks it against the generated schema types.
const INDICATOR_KINDS = INDICATOR_KINDS_BY_GRAPHQL_NAME satisfies Record<ApiIndicatorKind, IndicatorKind>;
const SECTION_KINDS: Record<ApiSectionKind, SectionKind> = {
  WORK_RESULTS: 'workResults',
  BEHAVIOUR: 'behaviour',
  INSTRUMENT: 'instrument',
  FEEDBACK: 'feedback',
};
const ASPECTS: Record<ApiTargetAspect, TargetAspect> = {
  QUANTITY: 'quantity',
  QUALITY: 'quality',
  TIME: 'time',
  COST: 'cost',
};
const DIRECTIONS: Record<ApiTargetDirection, TargetDirection> = {
  HIGHER_IS_BETTER: 'higherIsBetter',
  LOWER_IS_BETTER: 'lowerIsBetter',
};
const AGGREGATIONS: Record<ApiTargetAggregation, TargetAggregation> = { SUM: 'sum', LAST: 'last', AVERAGE: 'average' };
const OPERATORS: Record<ApiConditionOperator, ConditionOperator> = {
  EQUALS: 'equals',
  NOT_EQUALS: 'notEquals',
  IN: 'in',
};

const invert = <A extends string, B extends string>(map: Record<A, B>): Record<B, A> =>
  Object.fromEntries(Object.entries(map).map(([a, b]) => [b, a])) as Record<B, A>;
const API_INDICATOR_KINDS = INDICATOR_KIND_GRAPHQL_NAMES satisfies Record<IndicatorKind, ApiIndicatorKind>;
const API_SECTION_KINDS = invert(SECTION_KINDS);
const API_ASPECTS = invert(ASPECTS);
const API_DIRECTIONS = invert(DIRECTIONS);
const API_AGGREGATIONS = invert(AGGREGATIONS);
const API_OPERATORS = invert(OPERATORS);

const text = (value: Localized): LocalizedText => ({ id: value.id, en: value.en ?? value.id });

/** Copies `value` under `key` only when it is set (the shared model uses absent, never null). */
function optional<T extends object, K extends string, V>(
  target: T,
  key: K,
  value: V | null | undefined,
): T & Partial<Record<K, V>> {
  if (value !== null && value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

/** The shared model of one indicator (see `LooseApiIndicator`); nulls are left out. */
export function indicatorFromApi(api: LooseApiIndicator): Indicator {
  const base = {
    kind: INDICATOR_KINDS[api.kind],
    key: api.key,
    lineageKey: api.lineageKey,
    label: text(api.label),
  };
  optional(base, 'help', api.help ? text(api.help) : null);
  Object.assign(base, { required: api.required });
  optional(base, 'weight', api.weight);
  if (api.visibleWhen) {
    const visibleWhen: VisibleWhen = {
      indicatorKey: api.visibleWhen.indicatorKey,
      operator: OPERATORS[api.visibleWhen.operator],
      value: api.visibleWhen.value as VisibleWhen['value'],
    };
    Object.assign(base, { visibleWhen });
  }
  switch (base.kind) {
    case 'target': {
      const indicator = { ...base, aspect: ASPECTS[api.aspect ?? 'QUANTITY'] };
      // Absent only while the designer's target field is blank, which the rules then report.
      optional(indicator, 'target', api.target);
      Object.assign(indicator, {
        unit: api.targetUnit ?? api.unit ?? '',
        direction: DIRECTIONS[api.direction ?? 'HIGHER_IS_BETTER'],
      });
      optional(indicator, 'aggregation', api.aggregation ? AGGREGATIONS[api.aggregation] : null);
      return optional(indicator, 'annualTarget', api.annualTarget) as Indicator;
    }
    case 'scale':
      return {
        ...base,
        levels: (api.levels ?? []).map((level) => ({
          value: level.value,
          label: text(level.label),
          score: level.score,
        })),
      } as Indicator;
    case 'expectation':
      return optional({ ...base }, 'guidance', api.guidance?.map(text)) as Indicator;
    case 'number': {
      const indicator = { ...base };
      optional(indicator, 'min', api.min);
      optional(indicator, 'max', api.max);
      optional(indicator, 'unit', api.numberUnit ?? api.unit);
      return optional(indicator, 'integer', api.integer) as Indicator;
    }
    case 'choice':
      return {
        ...base,
        options: (api.options ?? []).map((option) =>
          optional({ value: option.value, label: text(option.label) }, 'score', option.score),
        ),
        multiple: api.multiple ?? false,
      } as Indicator;
    case 'text':
      return optional({ ...base }, 'maxLength', api.maxLength) as Indicator;
    default:
      return base as Indicator;
  }
}

/** The shared model of one section (see `LooseApiSection`); nulls are left out. */
export function sectionFromApi(api: LooseApiSection): Section {
  const section = { key: api.key, kind: SECTION_KINDS[api.kind], title: text(api.title) } as Section;
  optional(section, 'description', api.description ? text(api.description) : null);
  section.weighted = api.weighted;
  optional(section, 'weight', api.weight);
  section.indicators = api.indicators.map(indicatorFromApi);
  return section;
}

/**
 * The shared rules model of a form from the GraphQL shape (selected with `...FormSectionFields`):
 * enums become the model's names (YES_NO → yesNo, HIGHER_IS_BETTER → higherIsBetter, …) and nulls are
 * left out. Thresholds default to the rules' defaults when the caller has none.
 */
export function definitionFromApi(
  sections: readonly LooseApiSection[],
  ratingThresholds?: ApiRatingThresholds | null,
): TemplateDefinition {
  const thresholds: RatingThresholds = ratingThresholds
    ? {
        workResults: { meets: ratingThresholds.workResults.meets, above: ratingThresholds.workResults.above },
        behaviour: { meets: ratingThresholds.behaviour.meets, above: ratingThresholds.behaviour.above },
      }
    : structuredClone(DEFAULT_RATING_THRESHOLDS);
  return { sections: sections.map(sectionFromApi), ratingThresholds: thresholds };
}

function indicatorToApi(indicator: Indicator): LooseApiIndicator & { __typename: ApiIndicator['__typename'] } {
  const base = {
    __typename: INDICATOR_TYPENAMES[indicator.kind] satisfies ApiIndicator['__typename'],
    key: indicator.key,
    lineageKey: indicator.lineageKey,
    kind: API_INDICATOR_KINDS[indicator.kind],
    label: text(indicator.label),
    help: indicator.help ? text(indicator.help) : null,
    required: indicator.required,
    weight: indicator.weight ?? null,
    visibleWhen: indicator.visibleWhen
      ? {
          indicatorKey: indicator.visibleWhen.indicatorKey,
          operator: API_OPERATORS[indicator.visibleWhen.operator],
          value: indicator.visibleWhen.value,
        }
      : null,
  };
  switch (indicator.kind) {
    case 'target':
      return {
        ...base,
        aspect: API_ASPECTS[indicator.aspect],
        target: indicator.target,
        targetUnit: indicator.unit,
        direction: API_DIRECTIONS[indicator.direction],
        aggregation: indicator.aggregation ? API_AGGREGATIONS[indicator.aggregation] : null,
        annualTarget: indicator.annualTarget ?? null,
      };
    case 'scale':
      return {
        ...base,
        levels: indicator.levels.map((level) => ({ value: level.value, score: level.score, label: text(level.label) })),
      };
    case 'expectation':
      return { ...base, guidance: indicator.guidance?.map(text) ?? null };
    case 'number':
      return {
        ...base,
        min: indicator.min ?? null,
        max: indicator.max ?? null,
        unit: indicator.unit ?? null,
        integer: indicator.integer ?? null,
      };
    case 'choice':
      return {
        ...base,
        multiple: indicator.multiple,
        options: indicator.options.map((option) => ({
          value: option.value,
          score: option.score ?? null,
          label: text(option.label),
        })),
      };
    case 'text':
      return { ...base, maxLength: indicator.maxLength ?? null };
    default:
      return base;
  }
}

/** The GraphQL shape of a definition (the inverse of `definitionFromApi`): for tests and previews. */
export function definitionToApi(definition: TemplateDefinition): {
  sections: LooseApiSection[];
  ratingThresholds: ApiRatingThresholds;
} {
  return {
    sections: definition.sections.map((section) => ({
      key: section.key,
      kind: API_SECTION_KINDS[section.kind],
      title: text(section.title),
      description: section.description ? text(section.description) : null,
      weighted: section.weighted,
      weight: section.weight ?? null,
      indicators: section.indicators.map(indicatorToApi),
    })),
    ratingThresholds: structuredClone(definition.ratingThresholds),
  };
}

/** Answers as the API lists them (`[{ indicatorKey, value }]`) → an AnswerSet keyed by indicator. */
export function answersFromApi(entries: readonly { indicatorKey: string; value: unknown }[]): AnswerSet {
  const answers: AnswerSet = {};
  for (const entry of entries) answers[entry.indicatorKey] = entry.value as AnswerValue;
  return answers;
}

/**
 * An AnswerSet → the API's `[AnswerInput!]`: only answered indicators (blank values are "unanswered",
 * and the API takes no null). Strip hidden answers with `withoutHiddenAnswers` first.
 */
export function answersToApi(
  definition: TemplateDefinition,
  answers: AnswerSet,
): { indicatorKey: string; value: unknown }[] {
  const indicators = new Map(
    definition.sections.flatMap((section) =>
      section.indicators.map((indicator) => [indicator.key, indicator] as const),
    ),
  );
  return Object.entries(answers)
    .filter(([key, value]) => {
      const indicator = indicators.get(key);
      return indicator ? isAnswered(indicator, value) : value !== null && value !== undefined;
    })
    .map(([indicatorKey, value]) => ({ indicatorKey, value }));
}
