import type { Indicator, Section, TemplateDefinition } from './definition.js';

/** An indicator with where it sits in the definition. */
export interface PlacedIndicator {
  indicator: Indicator;
  section: Section;
  sectionIndex: number;
  indicatorIndex: number;
  /** Position in document order across all sections. */
  order: number;
  path: string;
}

/** Every indicator in document order. Tolerates malformed sections (skips what is not an array). */
export function listIndicators(def: TemplateDefinition): PlacedIndicator[] {
  const placed: PlacedIndicator[] = [];
  const sections: unknown = def.sections;
  if (!Array.isArray(sections)) return placed;
  sections.forEach((section: Section, sectionIndex) => {
    const indicators: unknown = section.indicators;
    if (!Array.isArray(indicators)) return;
    indicators.forEach((indicator: Indicator, indicatorIndex) => {
      placed.push({
        indicator,
        section,
        sectionIndex,
        indicatorIndex,
        order: placed.length,
        path: `sections.${sectionIndex}.indicators.${indicatorIndex}`,
      });
    });
  });
  return placed;
}

/** Indicators by key; the first one wins when a key is duplicated. */
export function indexIndicators(def: TemplateDefinition): Map<string, PlacedIndicator> {
  const byKey = new Map<string, PlacedIndicator>();
  for (const placed of listIndicators(def)) {
    if (!byKey.has(placed.indicator.key)) byKey.set(placed.indicator.key, placed);
  }
  return byKey;
}
