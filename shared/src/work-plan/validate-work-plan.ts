import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { TARGET_AGGREGATIONS, TARGET_ASPECTS, TARGET_DIRECTIONS } from '../template/definition.js';
import { defaultAggregation, periodicTargetProblems } from './periodic-targets.js';
import type { PlanResult } from './work-plan.js';

export const MAX_TITLE_LENGTH = 500;

/**
 * The rules of a work plan's content. `forSubmission` adds what only a finished plan needs (at least one
 * main result, every result with a target); a draft may be saved half-written but never wrong.
 * `subPeriods`: how many sub-periods the plan's period has; the periodic targets given are then checked
 * against it and against the annual target (see periodic-targets.ts).
 */
export function validateWorkPlan(
  results: readonly PlanResult[],
  options: { forSubmission?: boolean; subPeriods?: number } = {},
): Problem[] {
  const problems: Problem[] = [];
  results.forEach((result, r) => {
    const at = `results.${r}`;
    const title = result.title.trim();
    if (title === '') {
      problems.push(
        problem(
          'RESULT_TITLE_MISSING',
          text(`Hasil kerja ke-${r + 1} belum memiliki uraian.`, `Work result ${r + 1} has no description.`),
          `${at}.title`,
        ),
      );
    } else if (title.length > MAX_TITLE_LENGTH) {
      problems.push(
        problem(
          'RESULT_TITLE_TOO_LONG',
          text(
            `Uraian hasil kerja ke-${r + 1} paling banyak ${MAX_TITLE_LENGTH} karakter.`,
            `Work result ${r + 1} may have at most ${MAX_TITLE_LENGTH} characters.`,
          ),
          `${at}.title`,
        ),
      );
    }
    if (options.forSubmission && result.targets.length === 0) {
      problems.push(
        problem(
          'RESULT_WITHOUT_TARGET',
          text(
            `Hasil kerja '${title || r + 1}' belum memiliki indikator dan target.`,
            `Work result '${title || r + 1}' has no indicator with a target.`,
          ),
          `${at}.targets`,
        ),
      );
    }
    result.targets.forEach((target, t) => {
      const path = `${at}.targets.${t}`;
      const name = target.label.trim() || `${r + 1}.${t + 1}`;
      if (target.label.trim() === '') {
        problems.push(
          problem(
            'TARGET_LABEL_MISSING',
            text(
              `Indikator ${r + 1}.${t + 1} belum memiliki uraian.`,
              `Indicator ${r + 1}.${t + 1} has no description.`,
            ),
            `${path}.label`,
          ),
        );
      }
      if (target.unit.trim() === '') {
        problems.push(
          problem(
            'TARGET_UNIT_MISSING',
            text(
              `Indikator '${name}' belum memiliki satuan (mis. dokumen, %, hari).`,
              `Indicator '${name}' needs a unit (e.g. documents, %, days).`,
            ),
            `${path}.unit`,
          ),
        );
      }
      if (
        !(TARGET_ASPECTS as readonly string[]).includes(target.aspect) ||
        !(TARGET_DIRECTIONS as readonly string[]).includes(target.direction)
      ) {
        problems.push(
          problem(
            'TARGET_MALFORMED',
            text(
              `Aspek atau arah indikator '${name}' tidak dikenal.`,
              `Indicator '${name}' has an unknown aspect or direction.`,
            ),
            path,
          ),
        );
      }
      if (
        target.aggregation !== undefined &&
        !(TARGET_AGGREGATIONS as readonly string[]).includes(target.aggregation)
      ) {
        problems.push(
          problem(
            'TARGET_AGGREGATION_INVALID',
            text(
              `Cara penjumlahan target periodik '${name}' tidak dikenal.`,
              `The periodic aggregation of '${name}' is unknown.`,
            ),
            `${path}.aggregation`,
          ),
        );
      } else if (target.periodicTargets && options.subPeriods && Number.isFinite(target.target)) {
        problems.push(
          ...periodicTargetProblems(
            {
              label: target.label,
              target: target.target,
              aggregation: target.aggregation ?? defaultAggregation(target.aspect),
              periodic: target.periodicTargets,
            },
            options.subPeriods,
            path,
          ),
        );
      }
      const lower = target.direction === 'lowerIsBetter';
      if (!Number.isFinite(target.target) || target.target < 0 || (!lower && target.target === 0)) {
        problems.push(
          problem(
            'TARGET_NOT_POSITIVE',
            text(
              `Target '${name}' harus lebih dari 0${lower ? ' (atau 0 untuk indikator makin rendah makin baik)' : ''}.`,
              `The target of '${name}' must be greater than 0${lower ? ' (or 0 when lower is better)' : ''}.`,
            ),
            `${path}.target`,
          ),
        );
      }
    });
  });
  if (options.forSubmission && !results.some((result) => result.kind === 'MAIN')) {
    problems.push(
      problem(
        'MAIN_RESULT_MISSING',
        text(
          'Rencana kerja memerlukan sedikitnya satu hasil kerja utama.',
          'A work plan needs at least one main work result.',
        ),
        'results',
      ),
    );
  }
  return problems;
}
