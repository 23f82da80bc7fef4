import { text, type LocalizedText } from '../common/localized-text.js';
import type { Problem } from '../common/problem.js';
import type { Indicator, RatingThresholds, Section, TemplateDefinition } from './definition.js';
import { validateDefinition } from './validate-definition.js';

/**
 * Editing a draft definition. Every edit is a pure function returning a new definition, so the
 * designer in the browser previews exactly what the server will store; the server runs the same
 * functions and then `blockingProblems` before it saves.
 */

export type EditFailureCode = 'SECTION_NOT_FOUND' | 'INDICATOR_NOT_FOUND' | 'DUPLICATE_KEY' | 'POSITION_OUT_OF_RANGE';
export type EditResult =
  | { ok: true; definition: TemplateDefinition }
  | { ok: false; code: EditFailureCode; message: LocalizedText };

export type SectionFields = Omit<Section, 'indicators'>;

const fail = (code: EditFailureCode, id: string, en: string): EditResult => ({
  ok: false,
  code,
  message: text(id, en),
});
const done = (definition: TemplateDefinition): EditResult => ({ ok: true, definition });

function clone(def: TemplateDefinition): TemplateDefinition {
  return structuredClone(def);
}

function clampPosition(position: number | undefined, length: number): number | null {
  if (position === undefined) return length;
  return Number.isInteger(position) && position >= 0 && position <= length ? position : null;
}

function badPosition(position: number | undefined, max: number): EditResult {
  return fail(
    'POSITION_OUT_OF_RANGE',
    `Posisi ${position} tidak valid; gunakan 0 sampai ${max}.`,
    `Position ${position} is out of range; use 0 to ${max}.`,
  );
}

function sectionNotFound(key: string): EditResult {
  return fail(
    'SECTION_NOT_FOUND',
    `Bagian '${key}' tidak ada di draf ini.`,
    `There is no section '${key}' in this draft.`,
  );
}

function indicatorNotFound(key: string): EditResult {
  return fail(
    'INDICATOR_NOT_FOUND',
    `Indikator '${key}' tidak ada di draf ini.`,
    `There is no indicator '${key}' in this draft.`,
  );
}

function findIndicator(def: TemplateDefinition, key: string): { section: Section; index: number } | null {
  for (const section of def.sections) {
    const index = section.indicators.findIndex((indicator) => indicator.key === key);
    if (index >= 0) return { section, index };
  }
  return null;
}

function keyTaken(def: TemplateDefinition, key: string, except?: Indicator): boolean {
  return def.sections.some((section) =>
    section.indicators.some((i) => i !== except && (i.key === key || i.lineageKey === key)),
  );
}

export function addSection(def: TemplateDefinition, section: SectionFields, position?: number): EditResult {
  const next = clone(def);
  if (next.sections.some((s) => s.key === section.key)) {
    return fail(
      'DUPLICATE_KEY',
      `Kunci bagian '${section.key}' sudah dipakai.`,
      `The section key '${section.key}' is already used.`,
    );
  }
  const at = clampPosition(position, next.sections.length);
  if (at === null) return badPosition(position, next.sections.length);
  next.sections.splice(at, 0, { ...structuredClone(section), indicators: [] });
  return done(next);
}

/** Replaces a section's own fields (its key may change); its indicators stay. */
export function updateSection(def: TemplateDefinition, key: string, fields: SectionFields): EditResult {
  const next = clone(def);
  const index = next.sections.findIndex((s) => s.key === key);
  if (index < 0) return sectionNotFound(key);
  if (fields.key !== key && next.sections.some((s) => s.key === fields.key)) {
    return fail(
      'DUPLICATE_KEY',
      `Kunci bagian '${fields.key}' sudah dipakai.`,
      `The section key '${fields.key}' is already used.`,
    );
  }
  next.sections[index] = { ...structuredClone(fields), indicators: next.sections[index]!.indicators };
  return done(next);
}

export function removeSection(def: TemplateDefinition, key: string): EditResult {
  const next = clone(def);
  const index = next.sections.findIndex((s) => s.key === key);
  if (index < 0) return sectionNotFound(key);
  next.sections.splice(index, 1);
  return done(next);
}

export function moveSection(def: TemplateDefinition, key: string, position: number): EditResult {
  const next = clone(def);
  const index = next.sections.findIndex((s) => s.key === key);
  if (index < 0) return sectionNotFound(key);
  const [section] = next.sections.splice(index, 1);
  const at = clampPosition(position, next.sections.length);
  if (at === null) return badPosition(position, next.sections.length);
  next.sections.splice(at, 0, section!);
  return done(next);
}

/** Adds a new indicator; its lineage starts here, so `lineageKey` is set to its key. */
export function addIndicator(
  def: TemplateDefinition,
  sectionKey: string,
  indicator: Indicator,
  position?: number,
): EditResult {
  const next = clone(def);
  const section = next.sections.find((s) => s.key === sectionKey);
  if (!section) return sectionNotFound(sectionKey);
  if (keyTaken(next, indicator.key)) {
    return fail(
      'DUPLICATE_KEY',
      `Kunci indikator '${indicator.key}' sudah dipakai.`,
      `The indicator key '${indicator.key}' is already used.`,
    );
  }
  const at = clampPosition(position, section.indicators.length);
  if (at === null) return badPosition(position, section.indicators.length);
  section.indicators.splice(at, 0, { ...structuredClone(indicator), lineageKey: indicator.key });
  return done(next);
}

/**
 * Replaces an indicator's content. Its lineage key never changes, so it stays the same indicator for
 * analysts; when its key changes, the visibility conditions that name it follow.
 */
export function updateIndicator(def: TemplateDefinition, key: string, indicator: Indicator): EditResult {
  const next = clone(def);
  const found = findIndicator(next, key);
  if (!found) return indicatorNotFound(key);
  const current = found.section.indicators[found.index]!;
  if (indicator.key !== key && keyTaken(next, indicator.key, current)) {
    return fail(
      'DUPLICATE_KEY',
      `Kunci indikator '${indicator.key}' sudah dipakai.`,
      `The indicator key '${indicator.key}' is already used.`,
    );
  }
  found.section.indicators[found.index] = { ...structuredClone(indicator), lineageKey: current.lineageKey };
  if (indicator.key !== key) {
    for (const section of next.sections) {
      for (const other of section.indicators) {
        if (other.visibleWhen?.indicatorKey === key) other.visibleWhen.indicatorKey = indicator.key;
      }
    }
  }
  return done(next);
}

export function removeIndicator(def: TemplateDefinition, key: string): EditResult {
  const next = clone(def);
  const found = findIndicator(next, key);
  if (!found) return indicatorNotFound(key);
  found.section.indicators.splice(found.index, 1);
  return done(next);
}

export function moveIndicator(
  def: TemplateDefinition,
  key: string,
  toSectionKey: string,
  position: number,
): EditResult {
  const next = clone(def);
  const found = findIndicator(next, key);
  if (!found) return indicatorNotFound(key);
  const target = next.sections.find((s) => s.key === toSectionKey);
  if (!target) return sectionNotFound(toSectionKey);
  const [indicator] = found.section.indicators.splice(found.index, 1);
  const at = clampPosition(position, target.indicators.length);
  if (at === null) return badPosition(position, target.indicators.length);
  target.indicators.splice(at, 0, indicator!);
  return done(next);
}

export function setRatingThresholds(def: TemplateDefinition, thresholds: RatingThresholds): EditResult {
  return done({ ...clone(def), ratingThresholds: structuredClone(thresholds) });
}

/**
 * Problems a draft may carry while it is being built: it is incomplete, not wrong. Publishing still
 * refuses them; an edit is not refused for them.
 */
export const DRAFT_TOLERATED_CODES: ReadonlySet<string> = new Set([
  'WEIGHTS_NOT_100',
  'WEIGHT_MISSING',
  'SECTION_WEIGHTS_NOT_100',
  'SECTION_WEIGHT_MIXED',
  'SECTION_EMPTY',
  'WORK_RESULTS_MISSING',
  'WORK_RESULTS_UNSCORED',
  'BEHAVIOUR_MISSING',
  'BERAKHLAK_MISSING',
]);

const signature = (p: Problem) => `${p.code}|${p.sectionKey ?? ''}|${p.indicatorKey ?? ''}|${p.message.en}`;

/** The problems an edit would introduce that a draft may not carry (a scale with one level, a bad key…). */
export function blockingProblems(before: TemplateDefinition, after: TemplateDefinition): Problem[] {
  const existing = new Set(validateDefinition(before).map(signature));
  return validateDefinition(after).filter((p) => !DRAFT_TOLERATED_CODES.has(p.code) && !existing.has(signature(p)));
}
