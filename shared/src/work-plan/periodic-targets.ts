import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { roundScore } from '../common/round.js';
import type { TargetAggregation, TargetAspect } from '../template/definition.js';

/**
 * Periodic targets (rencana aksi, PermenPANRB 6/2022): every annual target of a work plan is also split over
 * the period's sub-periods (quarters by default), and each indicator says how the periodic realisations add up
 * to the annual one. A periodic assessment compares a sub-period's realisation with that sub-period's target —
 * never with the annual one: an employee on track in Q1 (3 of 12) meets expectations.
 *
 * - `sum`: the periodic values add up to the annual one (quantities: documents, patients; costs);
 * - `last`: the last sub-period's value is the annual one (a level reached by the end of the year);
 * - `average`: the annual value is the mean of the periodic ones (quality and time: % on time, days).
 * (TARGET_AGGREGATIONS lives with the template model, template/definition.ts.)
 */

/** How a target of this aspect aggregates unless its indicator says otherwise. */
export function defaultAggregation(aspect: TargetAspect): TargetAggregation {
  return aspect === 'quantity' || aspect === 'cost' ? 'sum' : 'average';
}

/** The target of one sub-period, by its number within the period (Triwulan I = 1). */
export interface PeriodicTarget {
  number: number;
  target: number;
}

/** Decimals a periodic target keeps (as scores do). */
const DECIMALS = 2;
const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
/** Rounding slack when periodic values are compared with the annual one. */
const TOLERANCE = 0.005;

/**
 * The default split of an annual target over `count` sub-periods. `sum`: equal parts, whole numbers when the
 * annual target is whole (the remainder goes to the last sub-periods: 10 over 4 is 2, 2, 3, 3); `last` and
 * `average`: the annual value in every sub-period.
 */
export function splitTarget(annual: number, aggregation: TargetAggregation, count: number): PeriodicTarget[] {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  if (aggregation !== 'sum') return numbers.map((number) => ({ number, target: annual }));
  if (Number.isInteger(annual)) {
    const base = Math.floor(annual / count);
    const extra = annual - base * count;
    return numbers.map((number) => ({ number, target: base + (number > count - extra ? 1 : 0) }));
  }
  const part = round(annual / count);
  return numbers.map((number) => ({ number, target: number < count ? part : round(annual - part * (count - 1)) }));
}

/** The annual value the periodic values make under an aggregation; null when none is known. */
export function aggregateValues(
  aggregation: TargetAggregation,
  values: readonly (number | null | undefined)[],
): number | null {
  const known = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (known.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return roundScore(known.reduce((sum, value) => sum + value, 0));
    case 'average':
      return roundScore(known.reduce((sum, value) => sum + value, 0) / known.length);
    case 'last': {
      for (let i = values.length - 1; i >= 0; i--) {
        const value = values[i];
        if (typeof value === 'number' && Number.isFinite(value)) return value;
      }
      return null;
    }
  }
}

/**
 * The rules of one target's periodic targets for a period of `count` sub-periods: one value for each
 * sub-period, each a number of 0 or more, that together make the annual target under the aggregation.
 */
export function periodicTargetProblems(
  target: { label: string; target: number; aggregation: TargetAggregation; periodic: readonly PeriodicTarget[] },
  count: number,
  path: string,
): Problem[] {
  const name = target.label.trim() || '?';
  const numbers = target.periodic.map((p) => p.number).sort((a, b) => a - b);
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (numbers.length !== count || numbers.some((number, i) => number !== expected[i])) {
    return [
      problem(
        'PERIODIC_TARGETS_INCOMPLETE',
        text(
          `Target periodik '${name}' harus ada tepat satu untuk tiap subperiode 1–${count}.`,
          `The periodic targets of '${name}' need exactly one for each sub-period 1–${count}.`,
        ),
        `${path}.periodicTargets`,
      ),
    ];
  }
  const problems: Problem[] = [];
  target.periodic.forEach((periodic, i) => {
    if (!Number.isFinite(periodic.target) || periodic.target < 0) {
      problems.push(
        problem(
          'PERIODIC_TARGET_INVALID',
          text(
            `Target periodik ${periodic.number} untuk '${name}' harus berupa angka 0 atau lebih.`,
            `Periodic target ${periodic.number} of '${name}' must be a number of 0 or more.`,
          ),
          `${path}.periodicTargets.${i}.target`,
        ),
      );
    }
  });
  if (problems.length > 0) return problems;
  const ordered = [...target.periodic].sort((a, b) => a.number - b.number).map((p) => p.target);
  const made = aggregateValues(target.aggregation, ordered) ?? 0;
  if (Math.abs(made - target.target) > TOLERANCE) {
    const how = {
      sum: { id: 'jumlahnya', en: 'add up to' },
      average: { id: 'rata-ratanya', en: 'average' },
      last: { id: 'nilai subperiode terakhir', en: 'end the year at' },
    }[target.aggregation];
    problems.push(
      problem(
        'PERIODIC_TARGETS_MISMATCH',
        text(
          `Target periodik '${name}': ${how.id} ${made}, padahal target tahunan ${target.target}.`,
          `The periodic targets of '${name}' ${how.en} ${made}, but the annual target is ${target.target}.`,
        ),
        `${path}.periodicTargets`,
      ),
    );
  }
  return problems;
}
