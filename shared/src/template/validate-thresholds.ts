import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import type { TemplateDefinition } from './definition.js';

const RATING_NAMES = {
  workResults: { id: 'hasil kerja', en: 'work results' },
  behaviour: { id: 'perilaku kerja', en: 'work behaviour' },
} as const;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Both rating thresholds are numbers and `above` is greater than `meets`. */
export function validateThresholds(def: TemplateDefinition): Problem[] {
  const problems: Problem[] = [];
  for (const rating of ['workResults', 'behaviour'] as const) {
    const threshold = (def.ratingThresholds as Partial<TemplateDefinition['ratingThresholds']> | undefined)?.[rating];
    const path = `ratingThresholds.${rating}`;
    const name = RATING_NAMES[rating];
    if (!threshold || !isFiniteNumber(threshold.meets) || !isFiniteNumber(threshold.above)) {
      problems.push(
        problem(
          'THRESHOLDS_INVALID',
          text(
            `Ambang rating ${name.id} harus berisi angka 'meets' (Sesuai Ekspektasi) dan 'above' (Di Atas Ekspektasi).`,
            `The ${name.en} rating thresholds need numbers for 'meets' and 'above'.`,
          ),
          path,
        ),
      );
    } else if (threshold.above <= threshold.meets) {
      problems.push(
        problem(
          'THRESHOLDS_NOT_ORDERED',
          text(
            `Ambang 'Di Atas Ekspektasi' rating ${name.id} (${threshold.above}) harus lebih besar dari ambang 'Sesuai Ekspektasi' (${threshold.meets}).`,
            `The ${name.en} 'above' threshold (${threshold.above}) must be greater than the 'meets' threshold (${threshold.meets}).`,
          ),
          `${path}.above`,
        ),
      );
    }
  }
  return problems;
}
