import {
  aggregateValues,
  defaultAggregation,
  splitTarget,
  validateWorkPlan,
  type PlanResult,
  type Problem,
} from '@kinerja/shared';
import type { TargetAggregation, TargetAspect, TargetDirection, WorkResultInput, WorkResultKind } from '../gql/graphql';

/** A target as the editor holds it: the number stays text while typed, so nothing typed is lost. */
export interface DraftTarget {
  /** Stable key for React; the stored `id` when the target exists. */
  key: string;
  id: string | null;
  label: string;
  aspect: TargetAspect;
  target: string;
  unit: string;
  direction: TargetDirection;
  templateLineageKey: string | null;
  /** How the periodic targets (and realisations) add up to the annual one. */
  aggregation: TargetAggregation;
  /** The periodic targets (rencana aksi) as typed, one per sub-period in order: index 0 is sub-period 1. */
  periodic: string[];
  /** Set when the annual target or the aggregation changed and the periodic targets no longer make it: the editor offers to split again. */
  resplitOffered: boolean;
  /** True while the periodic targets are the automatic split of a new target: they follow its annual target until one is typed. */
  periodicFollows: boolean;
}

/** A work result (RHK) as the editor holds it. */
export interface DraftResult {
  key: string;
  id: string | null;
  kind: WorkResultKind;
  title: string;
  parentResultId: string | null;
  /** Title of the linked supervisor result, as the server returned it (read-only display). */
  parentTitle: string | null;
  targets: DraftTarget[];
}

/** The stored shape the editor starts from (a subset of the WorkPlan query). */
export interface StoredResult {
  id: string;
  kind: WorkResultKind;
  title: string;
  parentResult?: { id: string; title: string } | null;
  targets: readonly {
    id: string;
    label: string;
    aspect: TargetAspect;
    target: number;
    unit: string;
    direction: TargetDirection;
    templateLineageKey?: string | null;
    aggregation?: TargetAggregation | null;
    periodicTargets?: readonly { number: number; target: number }[] | null;
  }[];
}

export const ASPECTS: readonly TargetAspect[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];
export const DIRECTIONS: readonly TargetDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
export const AGGREGATIONS: readonly TargetAggregation[] = ['SUM', 'LAST', 'AVERAGE'];

const SHARED_ASPECT = { QUANTITY: 'quantity', QUALITY: 'quality', TIME: 'time', COST: 'cost' } as const;
const SHARED_DIRECTION = { HIGHER_IS_BETTER: 'higherIsBetter', LOWER_IS_BETTER: 'lowerIsBetter' } as const;
const SHARED_AGGREGATION = { SUM: 'sum', LAST: 'last', AVERAGE: 'average' } as const;
const API_AGGREGATION = { sum: 'SUM', last: 'LAST', average: 'AVERAGE' } as const;

/** The aggregation a target of this aspect has unless the plan says otherwise (quantity and cost: sum; quality and time: average). */
export const defaultAggregationOf = (aspect: TargetAspect): TargetAggregation =>
  API_AGGREGATION[defaultAggregation(SHARED_ASPECT[aspect])];

const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The shared rules' default split of an annual target over `count` sub-periods, as texts; null when the annual target is no number yet. */
export function splitTexts(annual: string, aggregation: TargetAggregation, count: number): string[] | null {
  const value = parseNumber(annual);
  if (!Number.isFinite(value) || value < 0) return null;
  return splitTarget(value, SHARED_AGGREGATION[aggregation], count).map((p) => String(p.target));
}

/** Whether the typed periodic targets make the typed annual target under the aggregation (as the shared rules count it). */
function periodicMatches(target: Pick<DraftTarget, 'target' | 'aggregation' | 'periodic'>): boolean {
  const annual = parseNumber(target.target);
  const values = target.periodic.map(parseNumber);
  if (!Number.isFinite(annual) || values.some((v) => !Number.isFinite(v))) return false;
  const made = aggregateValues(SHARED_AGGREGATION[target.aggregation], values);
  return made !== null && Math.abs(made - annual) <= 0.005;
}

/**
 * A target after a change of its annual value, aspect or aggregation, with its periodic targets kept in step: those
 * of a new target follow the default split until the employee types one; planned ones stay, and the editor offers
 * to split again when they no longer make the annual target. A new aspect brings its default aggregation unless
 * another one was chosen.
 */
export function changeTarget(target: DraftTarget, change: Partial<DraftTarget>): DraftTarget {
  const next: DraftTarget = { ...target, ...change };
  if (
    change.aspect !== undefined &&
    change.aggregation === undefined &&
    target.aggregation === defaultAggregationOf(target.aspect)
  ) {
    next.aggregation = defaultAggregationOf(change.aspect);
  }
  const reshaped = next.target !== target.target || next.aggregation !== target.aggregation;
  if (!reshaped || next.periodic.length === 0) return next;
  if (next.periodicFollows)
    return {
      ...next,
      periodic: splitTexts(next.target, next.aggregation, next.periodic.length) ?? next.periodic.map(() => ''),
      resplitOffered: false,
    };
  return { ...next, resplitOffered: !periodicMatches(next) };
}

/** The target with one periodic target typed (index 0 is sub-period 1): it no longer follows the annual target. */
export function changePeriodic(target: DraftTarget, index: number, text: string): DraftTarget {
  return {
    ...target,
    periodic: target.periodic.map((value, i) => (i === index ? text : value)),
    periodicFollows: false,
    resplitOffered: false,
  };
}

/** The target with its periodic targets split evenly again (the "Bagi rata" action); unchanged when the annual target is no number. */
export function splitEvenly(target: DraftTarget): DraftTarget {
  const periodic = splitTexts(target.target, target.aggregation, target.periodic.length);
  return periodic ? { ...target, periodic, resplitOffered: false } : target;
}

/** The stored periodic targets of a target as texts for `count` sub-periods; the default split when they do not fit. */
function periodicTexts(
  target: StoredResult['targets'][number],
  aggregation: TargetAggregation,
  count: number,
): string[] {
  if (count === 0) return [];
  const stored = [...(target.periodicTargets ?? [])].sort((a, b) => a.number - b.number);
  if (stored.length === count && stored.every((p, i) => p.number === i + 1)) return stored.map((p) => String(p.target));
  return splitTexts(String(target.target), aggregation, count) ?? Array.from({ length: count }, () => '');
}

let counter = 0;
const newKey = (prefix: string) => `${prefix}-new-${++counter}`;

/** The stored plan as the editor holds it; `subPeriods`: how many periodic sub-periods the period has. */
export function toDraft(results: readonly StoredResult[], subPeriods = 0): DraftResult[] {
  return results.map((r) => ({
    key: r.id,
    id: r.id,
    kind: r.kind,
    title: r.title,
    parentResultId: r.parentResult?.id ?? null,
    parentTitle: r.parentResult?.title ?? null,
    targets: r.targets.map((t) => {
      const aggregation = t.aggregation ?? defaultAggregationOf(t.aspect);
      return {
        key: t.id,
        id: t.id,
        label: t.label,
        aspect: t.aspect,
        target: String(t.target),
        unit: t.unit,
        direction: t.direction,
        templateLineageKey: t.templateLineageKey ?? null,
        aggregation,
        periodic: periodicTexts(t, aggregation, subPeriods),
        resplitOffered: false,
        periodicFollows: false,
      };
    }),
  }));
}

export const emptyTarget = (subPeriods = 0): DraftTarget => ({
  key: newKey('t'),
  id: null,
  label: '',
  aspect: 'QUANTITY',
  target: '',
  unit: '',
  direction: 'HIGHER_IS_BETTER',
  templateLineageKey: null,
  aggregation: 'SUM',
  periodic: Array.from({ length: subPeriods }, () => ''),
  resplitOffered: false,
  periodicFollows: true,
});

export const emptyResult = (kind: WorkResultKind, subPeriods = 0): DraftResult => ({
  key: newKey('r'),
  id: null,
  kind,
  title: '',
  parentResultId: null,
  parentTitle: null,
  targets: [emptyTarget(subPeriods)],
});

const periodicOf = (t: DraftTarget) => t.periodic.map((text, i) => ({ number: i + 1, target: parseNumber(text) }));

/** The draft in the shape of the `@kinerja/shared` rules (the API enums mapped to the rules' values). */
function toPlanResults(draft: readonly DraftResult[]): PlanResult[] {
  return draft.map((r, i) => ({
    id: r.id ?? `new-${i}`,
    kind: r.kind,
    title: r.title,
    parentResultId: r.parentResultId,
    targets: r.targets.map((t, j) => ({
      id: t.id ?? `new-${i}-${j}`,
      label: t.label,
      aspect: SHARED_ASPECT[t.aspect],
      target: parseNumber(t.target),
      unit: t.unit,
      direction: SHARED_DIRECTION[t.direction],
      templateLineageKey: t.templateLineageKey,
      aggregation: SHARED_AGGREGATION[t.aggregation],
      ...(t.periodic.length > 0 ? { periodicTargets: periodicOf(t) } : {}),
    })),
  }));
}

/**
 * The rules of `@kinerja/shared` applied to the draft; `forSubmission` adds what a finished plan needs,
 * `subPeriods` (the period's number of periodic sub-periods) checks the periodic targets.
 */
export const planProblems = (draft: readonly DraftResult[], forSubmission = false, subPeriods?: number): Problem[] =>
  validateWorkPlan(toPlanResults(draft), { forSubmission, ...(subPeriods ? { subPeriods } : {}) });

/** The save input: existing ids are sent back so results and targets keep their lineage; with each target its aggregation and periodic targets. */
export function toInput(draft: readonly DraftResult[]): WorkResultInput[] {
  return draft.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    kind: r.kind,
    title: r.title.trim(),
    parentResultId: r.parentResultId,
    targets: r.targets.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      label: t.label.trim(),
      aspect: t.aspect,
      target: parseNumber(t.target),
      unit: t.unit.trim(),
      direction: t.direction,
      templateLineageKey: t.templateLineageKey,
      aggregation: t.aggregation,
      ...(t.periodic.length > 0 ? { periodicTargets: periodicOf(t) } : {}),
    })),
  }));
}
