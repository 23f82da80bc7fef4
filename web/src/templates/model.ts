import {
  INDICATOR_KIND_GRAPHQL_NAME_LIST,
  defaultAggregation,
  isScoredIndicator,
  roundScore,
  type Indicator,
  type Section,
  type TemplateDefinition,
} from '@kinerja/shared';
import { indicatorFromApi, sectionFromApi } from '../forms/definition-from-api';
import type {
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
/** The indicator kinds in the shared registry's order. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = INDICATOR_KIND_GRAPHQL_NAME_LIST;
export const TARGET_ASPECTS: readonly TargetAspect[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];
export const TARGET_DIRECTIONS: readonly TargetDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
export const TARGET_AGGREGATIONS: readonly TargetAggregation[] = ['SUM', 'LAST', 'AVERAGE'];

const ASPECT_TO_MODEL = { QUANTITY: 'quantity', QUALITY: 'quality', TIME: 'time', COST: 'cost' } as const;
const AGGREGATION_FROM_MODEL = { sum: 'SUM', last: 'LAST', average: 'AVERAGE' } as const;

/** How a target of this aspect adds its periodic realisations up unless the template says otherwise: quantity and cost by sum, quality and time by average. */
export const defaultAggregationFor = (aspect: TargetAspect): TargetAggregation =>
  AGGREGATION_FROM_MODEL[defaultAggregation(ASPECT_TO_MODEL[aspect])];

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

/**
 * The rules-engine indicator of a GraphQL input, so `validateDefinition` can check what is typed: the
 * input goes through the one API → model converter (forms/definition-from-api.ts).
 */
export function modelIndicatorOf(input: IndicatorInput, lineageKey: string): Indicator {
  return indicatorFromApi({ ...input, lineageKey: lineageKey || input.key, required: input.required ?? false });
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
  return { ...sectionFromApi({ ...input, weighted: input.weighted ?? false, indicators: [] }), indicators };
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
    let indicators = section.indicators.map(indicatorFromApi);
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
