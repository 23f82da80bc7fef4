import type * as model from '@kinerja/shared';
import type { InputChecker } from '../../kernel/input-problems.js';
import type {
  IndicatorInput,
  LocalizedTextInput,
  RatingThresholdsInput,
  SectionInput,
  VisibilityConditionInput,
} from './definition.inputs.js';

// GraphQL inputs → the `@kinerja/shared` model. Shape problems GraphQL cannot express (a field that
// belongs to another kind, a missing kind-specific field) are collected on the checker; the rules of the
// model itself are `@kinerja/shared`'s to judge.

export function toText(input: LocalizedTextInput): model.LocalizedText {
  const id = input.id.trim();
  const en = input.en?.trim();
  return { id, en: en ? en : id };
}

const KIND_FIELDS: Record<model.IndicatorKind, readonly (keyof IndicatorInput)[]> = {
  target: ['aspect', 'target', 'unit', 'direction', 'aggregation'],
  scale: ['levels'],
  expectation: ['guidance'],
  number: ['min', 'max', 'unit', 'integer'],
  yesNo: [],
  choice: ['options', 'multiple'],
  text: ['maxLength'],
  evidence: [],
};
const REQUIRED_FIELDS: Partial<Record<model.IndicatorKind, readonly (keyof IndicatorInput)[]>> = {
  target: ['aspect', 'target', 'unit', 'direction'],
  scale: ['levels'],
  choice: ['options'],
};
const ALL_KIND_FIELDS = [...new Set(Object.values(KIND_FIELDS).flat())];

function toCondition(input: VisibilityConditionInput): model.VisibleWhen {
  return {
    indicatorKey: input.indicatorKey.trim(),
    operator: input.operator,
    value: input.value as model.ConditionValue,
  };
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

export function toIndicator(
  input: IndicatorInput,
  lineageKey: string,
  check: InputChecker,
  field = 'indicator',
): model.Indicator {
  const kind = input.kind as model.IndicatorKind;
  for (const name of ALL_KIND_FIELDS) {
    if (present(input[name]) && !KIND_FIELDS[kind].includes(name)) {
      check.add(`${field}.${name}`, 'FIELD_NOT_FOR_KIND', {
        id: `Isian '${name}' tidak berlaku untuk indikator jenis ${kind}; kosongkan.`,
        en: `The field '${name}' does not apply to a ${kind} indicator; leave it out.`,
      });
    }
  }
  for (const name of REQUIRED_FIELDS[kind] ?? []) {
    if (!present(input[name])) {
      check.add(`${field}.${name}`, 'REQUIRED', {
        id: `Indikator jenis ${kind} memerlukan isian '${name}'.`,
        en: `A ${kind} indicator needs the field '${name}'.`,
      });
    }
  }
  const base = {
    key: input.key.trim(),
    lineageKey,
    label: toText(input.label),
    required: input.required,
    ...(input.help ? { help: toText(input.help) } : {}),
    ...(present(input.weight) ? { weight: input.weight } : {}),
    ...(input.visibleWhen ? { visibleWhen: toCondition(input.visibleWhen) } : {}),
  };
  switch (kind) {
    case 'target':
      return {
        ...base,
        kind,
        aspect: input.aspect!,
        target: input.target!,
        unit: (input.unit ?? '').trim(),
        direction: input.direction!,
        ...(input.aggregation ? { aggregation: input.aggregation } : {}),
      };
    case 'scale':
      return {
        ...base,
        kind,
        levels: (input.levels ?? []).map((l) => ({ value: l.value.trim(), label: toText(l.label), score: l.score })),
      };
    case 'expectation':
      return { ...base, kind, ...(input.guidance ? { guidance: input.guidance.map(toText) } : {}) };
    case 'number':
      return {
        ...base,
        kind,
        ...(present(input.min) ? { min: input.min } : {}),
        ...(present(input.max) ? { max: input.max } : {}),
        ...(present(input.unit) ? { unit: input.unit.trim() } : {}),
        ...(present(input.integer) ? { integer: input.integer } : {}),
      };
    case 'choice':
      return {
        ...base,
        kind,
        multiple: input.multiple ?? false,
        options: (input.options ?? []).map((o) => ({
          value: o.value.trim(),
          label: toText(o.label),
          ...(present(o.score) ? { score: o.score } : {}),
        })),
      };
    case 'text':
      return { ...base, kind, ...(present(input.maxLength) ? { maxLength: input.maxLength } : {}) };
    case 'yesNo':
    case 'evidence':
      return { ...base, kind };
  }
}

export function toSection(input: SectionInput, indicators: model.Indicator[]): model.Section {
  return {
    key: input.key.trim(),
    kind: input.kind as model.SectionKind,
    title: toText(input.title),
    weighted: input.weighted,
    indicators,
    ...(input.description ? { description: toText(input.description) } : {}),
    ...(present(input.weight) ? { weight: input.weight } : {}),
  };
}

export function toThresholds(input: RatingThresholdsInput): model.RatingThresholds {
  return {
    workResults: { meets: input.workResults.meets, above: input.workResults.above },
    behaviour: { meets: input.behaviour.meets, above: input.behaviour.above },
  };
}
