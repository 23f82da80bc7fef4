import type { Indicator, Section } from '@kinerja/shared';

/** `camelCase` model values → GraphQL enum names (`yesNo` → `YES_NO`). */
export const enumName = (value: string) => value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** A model indicator as the GraphQL `IndicatorInput` a designer would send. */
export function indicatorInput(indicator: Indicator): Record<string, unknown> {
  const { lineageKey: _lineage, kind, visibleWhen, ...rest } = indicator;
  const input: Record<string, unknown> = { ...rest, kind: enumName(kind) };
  if (visibleWhen) input.visibleWhen = { ...visibleWhen, operator: enumName(visibleWhen.operator) };
  if ('aspect' in indicator) input.aspect = enumName(indicator.aspect);
  if ('direction' in indicator) input.direction = enumName(indicator.direction);
  return input;
}

export function sectionInput(section: Section): Record<string, unknown> {
  const { indicators: _indicators, kind, ...rest } = section;
  return { ...rest, kind: enumName(kind) };
}
