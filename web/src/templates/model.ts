import {
  defaultAggregation,
  isScoredIndicator,
  roundScore,
  type Indicator,
  type IndicatorKind as ModelIndicatorKind,
  type LocalizedText,
  type Section,
  type SectionKind as ModelSectionKind,
  type TemplateDefinition,
  type VisibleWhen,
} from '@kinerja/shared';
import type {
  ConditionOperator,
  IndicatorInput,
  IndicatorKind,
  SectionInput,
  SectionKind,
  TargetAggregation,
  TargetAspect,
  TargetDirection,
  TemplateVersionFieldsFragment,
} from '../gql/graphql';

/** A template version as the designer reads it from the API (`...TemplateVersionFields`), lists inside indicators included. */
export type ApiVersion = TemplateVersionFieldsFragment;
export type ApiSection = ApiVersion['sections'][number];
export type ApiIndicator = ApiSection['indicators'][number];
export type ApiProblem = ApiVersion['problems'][number];

export const SECTION_KINDS: readonly SectionKind[] = ['WORK_RESULTS', 'BEHAVIOUR', 'INSTRUMENT', 'FEEDBACK'];
export const INDICATOR_KINDS: readonly IndicatorKind[] = [
  'TARGET',
  'SCALE',
  'EXPECTATION',
  'NUMBER',
  'YES_NO',
  'CHOICE',
  'TEXT',
  'EVIDENCE',
];
export const TARGET_ASPECTS: readonly TargetAspect[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];
export const TARGET_DIRECTIONS: readonly TargetDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
export const TARGET_AGGREGATIONS: readonly TargetAggregation[] = ['SUM', 'LAST', 'AVERAGE'];

const SECTION_KIND_TO_MODEL: Record<SectionKind, ModelSectionKind> = {
  WORK_RESULTS: 'workResults',
  BEHAVIOUR: 'behaviour',
  INSTRUMENT: 'instrument',
  FEEDBACK: 'feedback',
};
const INDICATOR_KIND_TO_MODEL: Record<IndicatorKind, ModelIndicatorKind> = {
  TARGET: 'target',
  SCALE: 'scale',
  EXPECTATION: 'expectation',
  NUMBER: 'number',
  YES_NO: 'yesNo',
  CHOICE: 'choice',
  TEXT: 'text',
  EVIDENCE: 'evidence',
};
const ASPECT_TO_MODEL = { QUANTITY: 'quantity', QUALITY: 'quality', TIME: 'time', COST: 'cost' } as const;
const DIRECTION_TO_MODEL = { HIGHER_IS_BETTER: 'higherIsBetter', LOWER_IS_BETTER: 'lowerIsBetter' } as const;
const AGGREGATION_TO_MODEL = { SUM: 'sum', LAST: 'last', AVERAGE: 'average' } as const;
const AGGREGATION_FROM_MODEL = { sum: 'SUM', last: 'LAST', average: 'AVERAGE' } as const;

/** How a target of this aspect adds its periodic realisations up unless the template says otherwise: quantity and cost by sum, quality and time by average. */
export const defaultAggregationFor = (aspect: TargetAspect): TargetAggregation =>
  AGGREGATION_FROM_MODEL[defaultAggregation(ASPECT_TO_MODEL[aspect])];
const OPERATOR_TO_MODEL: Record<ConditionOperator, VisibleWhen['operator']> = {
  EQUALS: 'equals',
  NOT_EQUALS: 'notEquals',
  IN: 'in',
};

/** A bilingual text as typed in the form. */
export interface TextFields {
  id: string;
  en: string;
}

export interface ItemFields {
  value: string;
  labelId: string;
  labelEn: string;
  score: string;
}

/**
 * What the indicator form holds while the user types: numbers stay strings so nothing typed is lost.
 * The visibility condition of an existing indicator is carried along unchanged.
 */
export interface IndicatorForm {
  kind: IndicatorKind;
  key: string;
  lineageKey: string;
  label: TextFields;
  help: TextFields;
  required: boolean;
  weight: string;
  aspect: TargetAspect;
  target: string;
  unit: string;
  direction: TargetDirection;
  /** How the periodic realisations (and periodic targets) add up to the annual one; shown by aspect when not set. */
  aggregation: TargetAggregation;
  /**
   * Whether the indicator states its aggregation (a new indicator, a stored one that has one, or one chosen here):
   * only then is it sent, so an edit of something else does not turn the aspect's default into a change.
   */
  aggregationSet: boolean;
  levels: ItemFields[];
  options: ItemFields[];
  multiple: boolean;
  min: string;
  max: string;
  integer: boolean;
  maxLength: string;
  guidance: TextFields[];
  visibleWhen: ApiIndicator['visibleWhen'];
}

export interface SectionForm {
  key: string;
  kind: SectionKind;
  title: TextFields;
  description: TextFields;
  weighted: boolean;
  weight: string;
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const textFields = (text: { id: string; en: string } | null | undefined): TextFields => ({
  id: text?.id ?? '',
  en: text?.en ?? '',
});

/** Parses a typed number; blank is `undefined`, anything unparsable `NaN` (which the rules report). */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return Number(trimmed);
}

export function emptyIndicatorForm(kind: IndicatorKind = 'TARGET'): IndicatorForm {
  return {
    kind,
    key: '',
    lineageKey: '',
    label: { id: '', en: '' },
    help: { id: '', en: '' },
    required: true,
    weight: '',
    aspect: 'QUANTITY',
    target: '',
    unit: '',
    direction: 'HIGHER_IS_BETTER',
    aggregation: 'SUM',
    aggregationSet: true,
    levels: [
      { value: '1', labelId: '', labelEn: '', score: '1' },
      { value: '2', labelId: '', labelEn: '', score: '2' },
      { value: '3', labelId: '', labelEn: '', score: '3' },
    ],
    options: [
      { value: '', labelId: '', labelEn: '', score: '' },
      { value: '', labelId: '', labelEn: '', score: '' },
    ],
    multiple: false,
    min: '',
    max: '',
    integer: false,
    maxLength: '',
    guidance: [],
    visibleWhen: null,
  };
}

export function formFromIndicator(indicator: ApiIndicator): IndicatorForm {
  const form: IndicatorForm = {
    ...emptyIndicatorForm(indicator.kind),
    key: indicator.key,
    lineageKey: indicator.lineageKey,
    label: textFields(indicator.label),
    help: textFields(indicator.help),
    required: indicator.required,
    weight: numberText(indicator.weight),
    visibleWhen: indicator.visibleWhen,
  };
  switch (indicator.__typename) {
    case 'TargetIndicator':
      return {
        ...form,
        aspect: indicator.aspect,
        target: numberText(indicator.target),
        unit: indicator.unit,
        direction: indicator.direction,
        aggregation: indicator.aggregation ?? defaultAggregationFor(indicator.aspect),
        aggregationSet: indicator.aggregation !== null && indicator.aggregation !== undefined,
      };
    case 'ScaleIndicator':
      return {
        ...form,
        levels: indicator.levels.map((l) => ({
          value: l.value,
          labelId: l.label.id,
          labelEn: l.label.en,
          score: numberText(l.score),
        })),
      };
    case 'ChoiceIndicator':
      return {
        ...form,
        multiple: indicator.multiple,
        options: indicator.options.map((o) => ({
          value: o.value,
          labelId: o.label.id,
          labelEn: o.label.en,
          score: numberText(o.score),
        })),
      };
    case 'NumberIndicator':
      return {
        ...form,
        min: numberText(indicator.min),
        max: numberText(indicator.max),
        unit: indicator.numberUnit ?? '',
        integer: indicator.integer ?? false,
      };
    case 'TextIndicator':
      return { ...form, maxLength: numberText(indicator.maxLength) };
    case 'ExpectationIndicator':
      return { ...form, guidance: (indicator.guidance ?? []).map(textFields) };
    default:
      return form;
  }
}

const localizedInput = (text: TextFields) => ({ id: text.id.trim(), en: text.en.trim() || undefined });
const optionalLocalizedInput = (text: TextFields) =>
  text.id.trim() === '' && text.en.trim() === '' ? undefined : localizedInput(text);
const itemInput = (item: ItemFields) => ({
  value: item.value.trim(),
  label: localizedInput({ id: item.labelId, en: item.labelEn }),
  score: parseNumber(item.score),
});

/** The GraphQL input of the form: only the fields of its kind, as the API demands. */
export function indicatorInputOf(form: IndicatorForm): IndicatorInput {
  const input: IndicatorInput = {
    kind: form.kind,
    key: form.key.trim(),
    label: localizedInput(form.label),
    help: optionalLocalizedInput(form.help),
    required: form.required,
    weight: parseNumber(form.weight),
    visibleWhen: form.visibleWhen
      ? {
          indicatorKey: form.visibleWhen.indicatorKey,
          operator: form.visibleWhen.operator,
          value: form.visibleWhen.value,
        }
      : undefined,
  };
  switch (form.kind) {
    case 'TARGET':
      return {
        ...input,
        aspect: form.aspect,
        target: parseNumber(form.target),
        unit: form.unit.trim(),
        direction: form.direction,
        aggregation: form.aggregationSet ? form.aggregation : undefined,
      };
    case 'SCALE':
      return {
        ...input,
        levels: form.levels.map((level) => ({ ...itemInput(level), score: parseNumber(level.score) ?? Number.NaN })),
      };
    case 'CHOICE':
      return { ...input, options: form.options.map(itemInput), multiple: form.multiple };
    case 'NUMBER':
      return {
        ...input,
        min: parseNumber(form.min),
        max: parseNumber(form.max),
        unit: form.unit.trim() || undefined,
        integer: form.integer,
      };
    case 'TEXT':
      return { ...input, maxLength: parseNumber(form.maxLength) };
    case 'EXPECTATION':
      return { ...input, guidance: form.guidance.filter((g) => g.id.trim() !== '').map(localizedInput) };
    default:
      return input;
  }
}

function modelText(text: { id: string; en?: string | null }): LocalizedText {
  return { id: text.id, en: text.en || text.id };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The rules-engine indicator of a GraphQL input, so `validateDefinition` can check what is typed. */
export function modelIndicatorOf(input: IndicatorInput, lineageKey: string): Indicator {
  const base = withoutUndefined({
    kind: INDICATOR_KIND_TO_MODEL[input.kind],
    key: input.key,
    lineageKey: lineageKey || input.key,
    label: modelText(input.label),
    help: input.help ? modelText(input.help) : undefined,
    required: input.required ?? false,
    weight: input.weight ?? undefined,
    visibleWhen: input.visibleWhen
      ? {
          indicatorKey: input.visibleWhen.indicatorKey,
          operator: OPERATOR_TO_MODEL[input.visibleWhen.operator],
          value: input.visibleWhen.value as VisibleWhen['value'],
        }
      : undefined,
    aspect: input.aspect ? ASPECT_TO_MODEL[input.aspect] : undefined,
    target: input.target ?? undefined,
    unit: input.unit ?? undefined,
    direction: input.direction ? DIRECTION_TO_MODEL[input.direction] : undefined,
    aggregation: input.aggregation ? AGGREGATION_TO_MODEL[input.aggregation] : undefined,
    levels: input.levels?.map((l) => ({ value: l.value, label: modelText(l.label), score: l.score })),
    options: input.options?.map((o) =>
      withoutUndefined({ value: o.value, label: modelText(o.label), score: o.score ?? undefined }),
    ),
    multiple: input.kind === 'CHOICE' ? (input.multiple ?? false) : undefined,
    min: input.min ?? undefined,
    max: input.max ?? undefined,
    integer: input.integer ?? undefined,
    maxLength: input.maxLength ?? undefined,
    guidance: input.guidance?.map(modelText),
  });
  return base as unknown as Indicator;
}

function modelIndicatorOfApi(indicator: ApiIndicator): Indicator {
  return modelIndicatorOf(indicatorInputOf(formFromIndicator(indicator)), indicator.lineageKey);
}

export function sectionFormOf(section: ApiSection): SectionForm {
  return {
    key: section.key,
    kind: section.kind,
    title: textFields(section.title),
    description: textFields(section.description),
    weighted: section.weighted,
    weight: numberText(section.weight),
  };
}

export function emptySectionForm(): SectionForm {
  return {
    key: '',
    kind: 'INSTRUMENT',
    title: { id: '', en: '' },
    description: { id: '', en: '' },
    weighted: false,
    weight: '',
  };
}

export function sectionInputOf(form: SectionForm): SectionInput {
  return {
    key: form.key.trim(),
    kind: form.kind,
    title: localizedInput(form.title),
    description: optionalLocalizedInput(form.description),
    weighted: form.weighted,
    weight: parseNumber(form.weight),
  };
}

function modelSectionOf(input: SectionInput, indicators: Indicator[]): Section {
  return withoutUndefined({
    key: input.key,
    kind: SECTION_KIND_TO_MODEL[input.kind],
    title: modelText(input.title),
    description: input.description ? modelText(input.description) : undefined,
    weighted: input.weighted ?? false,
    weight: input.weight ?? undefined,
    indicators,
  });
}

/** What the user is editing right now, laid over the stored version for instant checks. */
export type PendingEdit =
  | { type: 'indicator'; sectionKey: string; indicatorKey: string | null; form: IndicatorForm }
  | { type: 'section'; sectionKey: string | null; form: SectionForm }
  | null;

/** The version as a rules-engine definition, with the pending edit applied. */
export function definitionOf(
  version: Pick<ApiVersion, 'sections' | 'ratingThresholds'>,
  pending: PendingEdit = null,
): TemplateDefinition {
  const sections: Section[] = version.sections.map((section) => {
    let indicators = section.indicators.map(modelIndicatorOfApi);
    if (pending?.type === 'indicator' && pending.sectionKey === section.key) {
      const edited = modelIndicatorOf(indicatorInputOf(pending.form), pending.form.lineageKey);
      indicators =
        pending.indicatorKey === null
          ? [...indicators, edited]
          : indicators.map((indicator) => (indicator.key === pending.indicatorKey ? edited : indicator));
    }
    const input =
      pending?.type === 'section' && pending.sectionKey === section.key
        ? sectionInputOf(pending.form)
        : sectionInputOf(sectionFormOf(section));
    return modelSectionOf(input, indicators);
  });
  if (pending?.type === 'section' && pending.sectionKey === null)
    sections.push(modelSectionOf(sectionInputOf(pending.form), []));
  const { workResults, behaviour } = version.ratingThresholds;
  return {
    sections,
    ratingThresholds: {
      workResults: { meets: workResults.meets, above: workResults.above },
      behaviour: { meets: behaviour.meets, above: behaviour.above },
    },
  };
}

/** The sum of the weights of the scored indicators of a weighted section (what must reach 100). */
export function sectionWeightSum(section: Section): number {
  return roundScore(
    section.indicators.reduce(
      (sum, indicator) =>
        isScoredIndicator(indicator) && typeof indicator.weight === 'number' && Number.isFinite(indicator.weight)
          ? sum + indicator.weight
          : sum,
      0,
    ),
  );
}

export interface PlacedProblems<P> {
  /** Problems about one indicator, by its key. */
  byIndicator: Map<string, P[]>;
  /** Problems about a section as a whole (no indicator), by section key. */
  bySection: Map<string, P[]>;
  /** Problems naming neither (thresholds, missing sections). */
  general: P[];
}

/** Places each problem next to the indicator or section it names; the rest stays general. */
export function placeProblems<P extends { sectionKey?: string | null; indicatorKey?: string | null }>(
  problems: readonly P[],
): PlacedProblems<P> {
  const placed: PlacedProblems<P> = { byIndicator: new Map(), bySection: new Map(), general: [] };
  for (const problem of problems) {
    if (problem.indicatorKey)
      placed.byIndicator.set(problem.indicatorKey, [...(placed.byIndicator.get(problem.indicatorKey) ?? []), problem]);
    else if (problem.sectionKey)
      placed.bySection.set(problem.sectionKey, [...(placed.bySection.get(problem.sectionKey) ?? []), problem]);
    else placed.general.push(problem);
  }
  return placed;
}
