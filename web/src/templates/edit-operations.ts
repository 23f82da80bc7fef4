import { type Problem } from '@kinerja/shared';
import type { IndicatorInput, RatingThresholdsInput, SectionInput } from '../gql/graphql';
import type { Refusal } from '../common/refusal';
import { type ApiProblem } from './model';

/** One change of a draft; the page turns it into the matching mutation with `expectedRevision`. */
export type EditOperation =
  | { type: 'addSection'; section: SectionInput }
  | { type: 'updateSection'; sectionKey: string; section: SectionInput }
  | { type: 'removeSection'; sectionKey: string }
  | { type: 'moveSection'; sectionKey: string; position: number }
  | { type: 'addIndicator'; sectionKey: string; indicator: IndicatorInput }
  | { type: 'updateIndicator'; indicatorKey: string; indicator: IndicatorInput }
  | { type: 'removeIndicator'; indicatorKey: string }
  | { type: 'moveIndicator'; indicatorKey: string; sectionKey: string; position: number }
  | { type: 'setThresholds'; ratingThresholds: RatingThresholdsInput }
  | { type: 'publish' };

/** Runs an operation; resolves to the refusal, or null when it was stored. */
export type RunOperation = (operation: EditOperation) => Promise<Refusal | null>;

/** Rules-engine problems in the API's shape, in the current language. */
export function localizeProblems(problems: readonly Problem[], language: 'id' | 'en'): ApiProblem[] {
  return problems.map((p) => ({
    code: p.code,
    message: p.message[language] || p.message.id,
    path: p.path,
    sectionKey: p.sectionKey ?? null,
    indicatorKey: p.indicatorKey ?? null,
  }));
}
