import { deepEqual } from '../common/deep-equal.js';
import type { LocalizedText } from '../common/localized-text.js';
import type { Indicator, Section, TemplateDefinition } from './definition.js';
import { listIndicators } from './walk.js';

export interface FieldChange {
  /** Property name, e.g. 'label', 'weight', 'levels', 'key'; 'workResults.meets' for thresholds. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface SectionRef {
  key: string;
  title: LocalizedText;
}

export interface SectionChange extends SectionRef {
  changes: FieldChange[];
}

export interface IndicatorRef {
  lineageKey: string;
  key: string;
  sectionKey: string;
  label: LocalizedText;
}

export interface IndicatorChange extends IndicatorRef {
  /** Key in the older version (differs from `key` when the indicator was renamed). */
  fromKey: string;
  changes: FieldChange[];
}

export interface IndicatorMove extends IndicatorRef {
  fromSectionKey: string;
}

export interface TemplateDiff {
  sections: { added: SectionRef[]; removed: SectionRef[]; changed: SectionChange[] };
  /** Indicators are matched by lineageKey. `key` and `sectionKey` refer to the newer version. */
  indicators: { added: IndicatorRef[]; removed: IndicatorRef[]; changed: IndicatorChange[]; moved: IndicatorMove[] };
  ratingThresholds: FieldChange[];
  /** Sections, or indicators kept in the same section, appear in a different relative order. */
  reordered: boolean;
  identical: boolean;
}

const SECTION_FIELDS = ['kind', 'title', 'description', 'weighted', 'weight'] as const;

/** Changed fields of two versions of the same object, in alphabetical order, ignoring `skip`. */
function fieldChanges(before: object, after: object, skip: readonly string[]): FieldChange[] {
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])]
    .filter((field) => !skip.includes(field))
    .sort();
  return fields
    .filter((field) => !deepEqual(left[field], right[field]))
    .map((field) => ({ field, before: left[field], after: right[field] }));
}

/** Whether the items present in both lists appear in a different relative order. */
function orderChanged(before: readonly string[], after: readonly string[]): boolean {
  const common = new Set(after.filter((item) => before.includes(item)));
  const left = before.filter((item) => common.has(item));
  const right = after.filter((item) => common.has(item));
  return left.some((item, index) => item !== right[index]);
}

const sectionRef = (section: Section): SectionRef => ({ key: section.key, title: section.title });
const indicatorRef = (indicator: Indicator, section: Section): IndicatorRef => ({
  lineageKey: indicator.lineageKey,
  key: indicator.key,
  sectionKey: section.key,
  label: indicator.label,
});

/** What changed from one template version to the next: sections by key, indicators by lineageKey. */
export function diffDefinitions(from: TemplateDefinition, to: TemplateDefinition): TemplateDiff {
  const fromSections = new Map(from.sections.map((section) => [section.key, section]));
  const toSections = new Map(to.sections.map((section) => [section.key, section]));
  const sections: TemplateDiff['sections'] = {
    added: to.sections.filter((section) => !fromSections.has(section.key)).map(sectionRef),
    removed: from.sections.filter((section) => !toSections.has(section.key)).map(sectionRef),
    changed: [],
  };
  for (const section of to.sections) {
    const before = fromSections.get(section.key);
    if (!before) continue;
    const pick = (value: Section) => Object.fromEntries(SECTION_FIELDS.map((field) => [field, value[field]]));
    const changes = fieldChanges(pick(before), pick(section), []);
    if (changes.length > 0) sections.changed.push({ ...sectionRef(section), changes });
  }

  const fromIndicators = new Map(listIndicators(from).map((placed) => [placed.indicator.lineageKey, placed]));
  const toIndicators = listIndicators(to);
  const toLineage = new Set(toIndicators.map((placed) => placed.indicator.lineageKey));
  const indicators: TemplateDiff['indicators'] = {
    added: [],
    removed: [...fromIndicators.values()]
      .filter((placed) => !toLineage.has(placed.indicator.lineageKey))
      .map((placed) => indicatorRef(placed.indicator, placed.section)),
    changed: [],
    moved: [],
  };
  for (const { indicator, section } of toIndicators) {
    const before = fromIndicators.get(indicator.lineageKey);
    if (!before) {
      indicators.added.push(indicatorRef(indicator, section));
      continue;
    }
    if (before.section.key !== section.key) {
      indicators.moved.push({ ...indicatorRef(indicator, section), fromSectionKey: before.section.key });
    }
    const changes = fieldChanges(before.indicator, indicator, ['lineageKey']);
    if (changes.length > 0)
      indicators.changed.push({ ...indicatorRef(indicator, section), fromKey: before.indicator.key, changes });
  }

  const ratingThresholds: FieldChange[] = [];
  for (const rating of ['workResults', 'behaviour'] as const) {
    for (const change of fieldChanges(from.ratingThresholds?.[rating] ?? {}, to.ratingThresholds?.[rating] ?? {}, [])) {
      ratingThresholds.push({ ...change, field: `${rating}.${change.field}` });
    }
  }

  const lineageIn = (def: TemplateDefinition, sectionKey: string) =>
    def.sections.find((section) => section.key === sectionKey)?.indicators.map((indicator) => indicator.lineageKey) ??
    [];
  const reordered =
    orderChanged(
      from.sections.map((section) => section.key),
      to.sections.map((section) => section.key),
    ) || to.sections.some((section) => orderChanged(lineageIn(from, section.key), lineageIn(to, section.key)));

  const identical =
    !reordered &&
    sections.added.length + sections.removed.length + sections.changed.length === 0 &&
    indicators.added.length + indicators.removed.length + indicators.changed.length + indicators.moved.length === 0 &&
    ratingThresholds.length === 0;
  return { sections, indicators, ratingThresholds, reordered, identical };
}
