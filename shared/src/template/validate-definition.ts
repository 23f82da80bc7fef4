import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import type { TemplateDefinition } from './definition.js';
import { validateBehaviour } from './validate-behaviour.js';
import { validateConditions } from './validate-conditions.js';
import { validateIndicator } from './validate-indicator.js';
import { validateKeys } from './validate-keys.js';
import { validateSections } from './validate-sections.js';
import { validateThresholds } from './validate-thresholds.js';
import { listIndicators } from './walk.js';

/**
 * Every problem that keeps a template definition from being published (empty = publishable).
 * Checks keys, labels, each indicator's kind rules, weights, required sections, BerAKHLAK,
 * visibility conditions and rating thresholds. Never throws on malformed input.
 */
export function validateDefinition(def: TemplateDefinition): Problem[] {
  if (typeof def !== 'object' || def === null || !Array.isArray(def.sections)) {
    return [
      problem(
        'DEFINITION_MALFORMED',
        text(
          'Definisi templat harus berupa objek dengan daftar bagian (sections).',
          'A template definition must be an object with a list of sections.',
        ),
        'sections',
      ),
    ];
  }
  const malformed: Problem[] = [];
  def.sections.forEach((section: unknown, index) => {
    const indicators: unknown = (section as { indicators?: unknown } | null)?.indicators;
    if (
      typeof section !== 'object' ||
      section === null ||
      !Array.isArray(indicators) ||
      indicators.some((item) => typeof item !== 'object' || item === null)
    ) {
      malformed.push(
        problem(
          'DEFINITION_MALFORMED',
          text(
            `Bagian ke-${index + 1} harus berupa objek dengan daftar indikator (indicators).`,
            `Section ${index + 1} must be an object with a list of indicators.`,
          ),
          `sections.${index}`,
        ),
      );
    }
  });
  if (malformed.length > 0) return malformed;

  return [
    ...validateKeys(def),
    ...validateSections(def),
    ...listIndicators(def).flatMap(validateIndicator),
    ...validateConditions(def),
    ...validateBehaviour(def),
    ...validateThresholds(def),
  ];
}
