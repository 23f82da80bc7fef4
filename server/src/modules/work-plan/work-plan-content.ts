import { defaultAggregation, splitTarget, type PlanResult, type Problem } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isId } from '../../kernel/ids.js';
import type { Employee } from '../organisation/employee.entity.js';
import { BehaviourExpectation } from './behaviour-expectation.entity.js';
import type { WorkResultInput } from './work-plan.input.js';
import type { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus } from './work-plan.enums.js';
import { WorkResult } from './work-result.entity.js';
import { WorkTarget } from './work-target.entity.js';
import type { TargetAggregation } from '../template/definition.enums.js';

/** Most results a plan holds, and most targets a result holds: a plan is read by people. */
export const MAX_RESULTS = 50;
export const MAX_TARGETS = 20;

/** The stored content of one plan revision, results in order with their targets in order. */
export interface PlanContent {
  results: WorkResult[];
  targets: Map<string, WorkTarget[]>;
}

export async function loadContent(tx: EntityManager, plan: WorkPlan): Promise<PlanContent> {
  const results = await tx.find(WorkResult, { plan: plan.id }, { orderBy: { position: 'asc' } });
  const targets = new Map<string, WorkTarget[]>(results.map((result) => [result.id, []]));
  if (results.length > 0) {
    const rows = await tx.find(
      WorkTarget,
      { result: { $in: results.map((r) => r.id) } },
      { orderBy: { position: 'asc' } },
    );
    for (const row of rows) targets.get(row.result.id)?.push(row);
  }
  return { results, targets };
}

/** The stored content in the shape of the `@kinerja/shared` rules. */
export function toPlanResults(content: PlanContent): PlanResult[] {
  return content.results.map((result) => ({
    id: result.id,
    kind: result.kind,
    title: result.title,
    parentResultId: result.parentResult?.id ?? null,
    targets: (content.targets.get(result.id) ?? []).map((t) => ({
      id: t.id,
      label: t.label,
      aspect: t.aspect,
      target: t.target,
      unit: t.unit,
      direction: t.direction,
      templateLineageKey: t.templateLineageKey,
      aggregation: t.aggregation,
      periodicTargets: t.periodicTargets,
    })),
  }));
}

/**
 * The inputs in the shape of the rules, text trimmed and the aggregation resolved as they will be stored (see
 * `aggregationFor`), so the rules check what is written.
 */
export function inputsToPlanResults(inputs: readonly WorkResultInput[], content?: PlanContent): PlanResult[] {
  const previous = new Map(content ? [...content.targets.values()].flat().map((t) => [t.id, t]) : []);
  return inputs.map((input, r) => ({
    id: input.id ?? `new-${r}`,
    kind: input.kind,
    title: input.title.trim(),
    parentResultId: input.parentResultId ?? null,
    targets: input.targets.map((t, i) => ({
      id: t.id ?? `new-${r}-${i}`,
      label: t.label.trim(),
      aspect: t.aspect,
      target: t.target,
      unit: t.unit.trim(),
      direction: t.direction,
      templateLineageKey: t.templateLineageKey?.trim() || null,
      aggregation: aggregationFor(t, t.id ? previous.get(t.id) : undefined),
      ...(t.periodicTargets
        ? { periodicTargets: t.periodicTargets.map((p) => ({ number: p.number, target: p.target })) }
        : {}),
    })),
  }));
}

/** A target's aggregation: the one given, else the target's current one, else by aspect. */
function aggregationFor(
  target: Pick<WorkResultInput['targets'][number], 'aggregation' | 'aspect'>,
  previous: WorkTarget | undefined,
): TargetAggregation {
  return target.aggregation ?? previous?.aggregation ?? (defaultAggregation(target.aspect) as TargetAggregation);
}

/** What the audit trail keeps of a plan's content. */
export const contentSummary = (results: readonly PlanResult[]) =>
  results.map((r) => ({
    kind: r.kind,
    title: r.title,
    parentResultId: r.parentResultId ?? null,
    targets: r.targets.map((t) => ({
      label: t.label,
      aspect: t.aspect,
      target: t.target,
      unit: t.unit,
      direction: t.direction,
      ...(t.periodicTargets ? { periodicTargets: t.periodicTargets.map((p) => p.target) } : {}),
    })),
  }));

const issue = (code: string, path: string, id: string, en: string): Problem => ({ code, path, message: { id, en } });

/** Sizes, and ids that must name rows of this very plan, each at most once. */
export function shapeProblems(inputs: readonly WorkResultInput[], content: PlanContent): Problem[] {
  const problems: Problem[] = [];
  if (inputs.length > MAX_RESULTS) {
    problems.push(
      issue(
        'TOO_MANY_RESULTS',
        'results',
        `Paling banyak ${MAX_RESULTS} hasil kerja.`,
        `At most ${MAX_RESULTS} work results.`,
      ),
    );
  }
  const resultIds = new Set(content.results.map((r) => r.id));
  const targetIds = new Set([...content.targets.values()].flat().map((t) => t.id));
  const seen = new Set<string>();
  const known = (id: string | null | undefined, ids: Set<string>, path: string, what: { id: string; en: string }) => {
    if (id == null) return;
    if (!ids.has(id)) {
      problems.push(
        issue(
          'UNKNOWN_ID',
          path,
          `${what.id} ini bukan bagian dari revisi rencana kerja ini; muat ulang rencana.`,
          `This ${what.en} is not part of this plan revision; reload the plan.`,
        ),
      );
    } else if (seen.has(id)) {
      problems.push(
        issue('DUPLICATE_ID', path, `${what.id} yang sama disebut dua kali.`, `The same ${what.en} is given twice.`),
      );
    }
    seen.add(id);
  };
  inputs.forEach((input, r) => {
    known(input.id, resultIds, `results.${r}.id`, { id: 'Hasil kerja', en: 'work result' });
    if (input.targets.length > MAX_TARGETS) {
      problems.push(
        issue(
          'TOO_MANY_TARGETS',
          `results.${r}.targets`,
          `Paling banyak ${MAX_TARGETS} indikator per hasil kerja.`,
          `At most ${MAX_TARGETS} indicators per work result.`,
        ),
      );
    }
    input.targets.forEach((target, t) =>
      known(target.id, targetIds, `results.${r}.targets.${t}.id`, { id: 'Indikator', en: 'indicator' }),
    );
  });
  return problems;
}

/**
 * Cascading links: each must name a result of the plan of the employee's current supervisor that is
 * approved (in force) for the same period.
 */
export async function parentProblems(
  tx: EntityManager,
  plan: WorkPlan,
  employee: Employee,
  results: readonly PlanResult[],
): Promise<Problem[]> {
  const wanted = results.map((r) => r.parentResultId).filter((id): id is string => id != null);
  if (wanted.length === 0) return [];
  const supervisorId = employee.supervisor?.id;
  const valid = new Set<string>();
  const candidates = wanted.filter(isId);
  if (supervisorId && candidates.length > 0) {
    const rows = await tx.find(WorkResult, {
      id: { $in: candidates },
      plan: { employee: supervisorId, period: plan.period.id, status: WorkPlanStatus.APPROVED },
    });
    for (const row of rows) valid.add(row.id);
  }
  const problems: Problem[] = [];
  results.forEach((result, r) => {
    if (result.parentResultId == null || valid.has(result.parentResultId)) return;
    problems.push(
      issue(
        'PARENT_RESULT_INVALID',
        `results.${r}.parentResultId`,
        `Hasil kerja ke-${r + 1} hanya dapat dikaitkan dengan hasil kerja dari rencana kerja atasan langsung yang sudah disetujui untuk periode yang sama.`,
        `Work result ${r + 1} can only be linked to a result of the direct supervisor’s approved work plan for the same period.`,
      ),
    );
  });
  return problems;
}

/**
 * Replaces the content of `plan` by `inputs` (already validated). Rows named by id keep their id and
 * lineage; a target moved to another result becomes a new row with the same lineage; rows left out go.
 * Every target keeps its aggregation and its periodic targets for the `subPeriods` of the period: the ones
 * given, else the default split of its annual target.
 */
export function writeContent(
  tx: EntityManager,
  plan: WorkPlan,
  inputs: readonly WorkResultInput[],
  content: PlanContent,
  subPeriods: number,
): void {
  const resultsById = new Map(content.results.map((r) => [r.id, r]));
  const targetsById = new Map([...content.targets.values()].flat().map((t) => [t.id, t]));
  const keptResults = new Set<string>();
  const keptTargets = new Set<string>();
  inputs.forEach((input, position) => {
    const fields = {
      position,
      kind: input.kind,
      title: input.title.trim(),
      parentResult: input.parentResultId ? tx.getReference(WorkResult, input.parentResultId) : null,
    };
    const existing = input.id ? resultsById.get(input.id) : undefined;
    const result = existing ? Object.assign(existing, fields) : tx.create(WorkResult, { plan, ...fields });
    keptResults.add(result.id);
    input.targets.forEach((target, targetPosition) => {
      const previous = target.id ? targetsById.get(target.id) : undefined;
      const aggregation = aggregationFor(target, previous);
      const targetFields = {
        position: targetPosition,
        label: target.label.trim(),
        aspect: target.aspect,
        target: target.target,
        unit: target.unit.trim(),
        direction: target.direction,
        templateLineageKey: target.templateLineageKey?.trim() || null,
        aggregation,
        periodicTargets: target.periodicTargets
          ? [...target.periodicTargets]
              .sort((a, b) => a.number - b.number)
              .map((p) => ({ number: p.number, target: p.target }))
          : splitTarget(target.target, aggregation, subPeriods),
      };
      if (previous && previous.result.id === result.id) {
        Object.assign(previous, targetFields);
        keptTargets.add(previous.id);
      } else {
        tx.create(WorkTarget, { result, ...targetFields, ...(previous ? { lineageId: previous.lineageId } : {}) });
      }
    });
  });
  for (const target of targetsById.values()) if (!keptTargets.has(target.id)) tx.remove(target);
  for (const result of content.results) if (!keptResults.has(result.id)) tx.remove(result);
}

/**
 * Where each cascading link of `content` points now: when the supervisor's plan has been revised and
 * approved since, to the result of the same lineage in the revision in force; else where it pointed.
 */
async function currentParents(
  tx: EntityManager,
  plan: WorkPlan,
  employee: Employee,
  content: PlanContent,
): Promise<Map<string, string>> {
  const linked = [...new Set(content.results.flatMap((r) => (r.parentResult ? [r.parentResult.id] : [])))];
  const moved = new Map(linked.map((id) => [id, id]));
  const supervisorId = employee.supervisor?.id;
  if (linked.length === 0 || !supervisorId) return moved;
  const parents = await tx.find(WorkResult, { id: { $in: linked } });
  const inForce = await tx.find(WorkResult, {
    lineageId: { $in: parents.map((p) => p.lineageId) },
    plan: { employee: supervisorId, period: plan.period.id, status: WorkPlanStatus.APPROVED },
  });
  for (const parent of parents) {
    const current = inForce.find((row) => row.lineageId === parent.lineageId);
    if (current) moved.set(parent.id, current.id);
  }
  return moved;
}

/**
 * Copies content and expectations to a new revision: new rows, same lineage; cascading links follow
 * the supervisor's plan in force (by lineage) where it has been revised since.
 */
export async function copyContent(
  tx: EntityManager,
  from: WorkPlan,
  to: WorkPlan,
  employee: Employee,
): Promise<PlanResult[]> {
  const content = await loadContent(tx, from);
  const parents = await currentParents(tx, from, employee, content);
  for (const result of content.results) {
    const parentId = result.parentResult ? parents.get(result.parentResult.id)! : null;
    const copy = tx.create(WorkResult, {
      plan: to,
      position: result.position,
      kind: result.kind,
      title: result.title,
      parentResult: parentId ? tx.getReference(WorkResult, parentId) : null,
      lineageId: result.lineageId,
    });
    for (const t of content.targets.get(result.id) ?? []) {
      tx.create(WorkTarget, {
        result: copy,
        position: t.position,
        label: t.label,
        aspect: t.aspect,
        target: t.target,
        unit: t.unit,
        direction: t.direction,
        templateLineageKey: t.templateLineageKey,
        aggregation: t.aggregation,
        periodicTargets: t.periodicTargets,
        lineageId: t.lineageId,
      });
    }
  }
  for (const e of await tx.find(BehaviourExpectation, { plan: from.id })) {
    tx.create(BehaviourExpectation, { plan: to, valueCode: e.valueCode, expectation: e.expectation });
  }
  return toPlanResults(content).map((r) => ({
    ...r,
    parentResultId: r.parentResultId ? parents.get(r.parentResultId)! : null,
  }));
}
