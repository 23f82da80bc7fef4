import { validateWorkPlan, type PlanResult, type Problem } from '@kinerja/shared';
import type { TargetAspect, TargetDirection, WorkResultInput, WorkResultKind } from '../gql/graphql';

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
  }[];
}

export const ASPECTS: readonly TargetAspect[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];
export const DIRECTIONS: readonly TargetDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];

let counter = 0;
export const newKey = (prefix: string) => `${prefix}-new-${++counter}`;

export function toDraft(results: readonly StoredResult[]): DraftResult[] {
  return results.map((r) => ({
    key: r.id,
    id: r.id,
    kind: r.kind,
    title: r.title,
    parentResultId: r.parentResult?.id ?? null,
    parentTitle: r.parentResult?.title ?? null,
    targets: r.targets.map((t) => ({
      key: t.id,
      id: t.id,
      label: t.label,
      aspect: t.aspect,
      target: String(t.target),
      unit: t.unit,
      direction: t.direction,
      templateLineageKey: t.templateLineageKey ?? null,
    })),
  }));
}

export const emptyTarget = (): DraftTarget => ({
  key: newKey('t'),
  id: null,
  label: '',
  aspect: 'QUANTITY',
  target: '',
  unit: '',
  direction: 'HIGHER_IS_BETTER',
  templateLineageKey: null,
});

export const emptyResult = (kind: WorkResultKind): DraftResult => ({
  key: newKey('r'),
  id: null,
  kind,
  title: '',
  parentResultId: null,
  parentTitle: null,
  targets: [emptyTarget()],
});

const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

const SHARED_ASPECT = { QUANTITY: 'quantity', QUALITY: 'quality', TIME: 'time', COST: 'cost' } as const;
const SHARED_DIRECTION = { HIGHER_IS_BETTER: 'higherIsBetter', LOWER_IS_BETTER: 'lowerIsBetter' } as const;

/** The draft in the shape of the `@kinerja/shared` rules (the API enums mapped to the rules' values). */
export function toPlanResults(draft: readonly DraftResult[]): PlanResult[] {
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
    })),
  }));
}

/** The rules of `@kinerja/shared` applied to the draft; `forSubmission` adds what a finished plan needs. */
export const planProblems = (draft: readonly DraftResult[], forSubmission = false): Problem[] =>
  validateWorkPlan(toPlanResults(draft), { forSubmission });

/** The save input: existing ids are sent back so results and targets keep their lineage. */
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
    })),
  }));
}
