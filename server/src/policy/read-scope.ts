import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Role } from '../kernel/actor.js';
import { NO_ID } from '../kernel/ids.js';

/**
 * Which personal records an actor may read. HR, admins and analysts read the whole organisation; an ASN
 * reads their own records and those of their direct subordinates, and sees their own supervisor. The
 * supervisor's supervisor also reads the assessments made by their direct subordinates (they may reopen
 * them). Whoever an objection is addressed to (the assessor's supervisor, or the official HR handed it to)
 * reads it and the assessment objected to, with its evidence, also after deciding it. Lists apply the scope
 * in SQL through these conditions.
 */
export type ReadScope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'team';
      readonly selfId: string | null;
      /** The actor and their direct subordinates: whose plans, assessments and feedback they read. */
      readonly teamIds: readonly string[];
      /** The team plus the actor's own supervisor: whom they see as people. */
      readonly peopleIds: readonly string[];
      /** Direct subordinates only: whose assessments of others the actor reads. */
      readonly subordinateIds: readonly string[];
      /** The actor's own supervisor, whose approved plan they may link their results to (cascading). */
      readonly supervisorId: string | null;
      /** Assessments with an objection addressed to the actor (PP 30/2019: they decide it), pending or decided. */
      readonly decidingAssessmentIds: readonly string[];
    };

const ORGANISATION_READERS: readonly Role[] = ['HR', 'ADMIN', 'ANALYST'];
/** One scope per actor object, i.e. per request (a seed acting as several people has one object each). */
const cache = new WeakMap<Actor, Promise<ReadScope>>();

async function computeScope(em: EntityManager, actor: Actor): Promise<ReadScope> {
  if (actor.roles.some((role) => ORGANISATION_READERS.includes(role))) return { kind: 'all' };
  if (!actor.employeeId)
    return {
      kind: 'team',
      selfId: null,
      teamIds: [],
      peopleIds: [],
      subordinateIds: [],
      supervisorId: null,
      decidingAssessmentIds: [],
    };
  const rows = await em.getConnection().execute<{ id: string; relation: 'sub' | 'sup' | 'dec' }[]>(
    `select id, 'sub' as relation from employee where supervisor_id = ?
     union all select supervisor_id, 'sup' from employee where id = ? and supervisor_id is not null
     union all select assessment_id, 'dec' from objection where decided_by_id = ?`,
    [actor.employeeId, actor.employeeId, actor.employeeId],
    'all',
    em.getTransactionContext(),
  );
  const subordinateIds = rows.filter((r) => r.relation === 'sub').map((r) => r.id);
  const teamIds = [actor.employeeId, ...subordinateIds];
  const supervisorId = rows.find((r) => r.relation === 'sup')?.id ?? null;
  const decidingAssessmentIds = rows.filter((r) => r.relation === 'dec').map((r) => r.id);
  return {
    kind: 'team',
    selfId: actor.employeeId,
    teamIds,
    peopleIds: supervisorId ? [...teamIds, supervisorId] : teamIds,
    subordinateIds,
    supervisorId,
    decidingAssessmentIds,
  };
}

/** The read scope of the actor; computed once per request (one statement at most). */
export function readScope(ctx: { em: EntityManager; actor: Actor }): Promise<ReadScope> {
  let scope = cache.get(ctx.actor);
  if (!scope) {
    scope = computeScope(ctx.em, ctx.actor);
    cache.set(ctx.actor, scope);
  }
  return scope;
}

const ids = (list: readonly string[]) => ({ $in: list.length ? [...list] : [NO_ID] });

/** Condition on Employee rows. */
export const employeeCondition = (scope: ReadScope) => (scope.kind === 'all' ? {} : { id: ids(scope.peopleIds) });
/** Condition on rows owned by an employee (plans, feedback entries): `field` names the owner relation. */
export const ownedCondition = (scope: ReadScope, field = 'employee') =>
  scope.kind === 'all' ? {} : { [field]: ids(scope.teamIds) };
/** Condition on work plans: the team's, and the supervisor's approved plan (to link results to it). */
export function planCondition(scope: ReadScope): Record<string, unknown> {
  if (scope.kind === 'all') return {};
  const team = { employee: ids(scope.teamIds) };
  return scope.supervisorId ? { $or: [team, { employee: scope.supervisorId, status: 'APPROVED' }] } : team;
}

/**
 * Condition on assessments (and rows reached through them, nested, e.g. `{ feedback: { assessment: … } }`): the
 * team's, those made by direct subordinates, and those with an objection addressed to the actor.
 */
export function assessmentCondition(scope: ReadScope): Record<string, unknown> {
  if (scope.kind === 'all') return {};
  const visible: Record<string, unknown>[] = [
    { employee: ids(scope.teamIds) },
    { assessor: ids(scope.subordinateIds) },
  ];
  if (scope.decidingAssessmentIds.length > 0) visible.push({ id: ids(scope.decidingAssessmentIds) });
  return { $or: visible };
}
/** Condition on objections: the team's, and those addressed to the actor. */
export function objectionCondition(scope: ReadScope): Record<string, unknown> {
  if (scope.kind === 'all') return {};
  return { $or: [{ employee: ids(scope.teamIds) }, { decidedBy: scope.selfId ?? NO_ID }] };
}

export const canSeeEmployee = (scope: ReadScope, employeeId: string) =>
  scope.kind === 'all' || scope.peopleIds.includes(employeeId);
export const canSeeOwned = (scope: ReadScope, employeeId: string) =>
  scope.kind === 'all' || scope.teamIds.includes(employeeId);
export const canSeePlan = (scope: ReadScope, plan: { employeeId: string; status: string }) =>
  canSeeOwned(scope, plan.employeeId) ||
  (scope.kind === 'team' && plan.employeeId === scope.supervisorId && plan.status === 'APPROVED');
export const canSeeAssessment = (scope: ReadScope, a: { id: string; employeeId: string; assessorId: string }) =>
  scope.kind === 'all' ||
  scope.teamIds.includes(a.employeeId) ||
  scope.subordinateIds.includes(a.assessorId) ||
  scope.decidingAssessmentIds.includes(a.id);
export const canSeeObjection = (scope: ReadScope, o: { employeeId: string; deciderId: string | null }) =>
  scope.kind === 'all' ||
  scope.teamIds.includes(o.employeeId) ||
  (scope.selfId !== null && o.deciderId === scope.selfId);
