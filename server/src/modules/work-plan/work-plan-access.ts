import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedMessage } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import type { ServiceContext } from '../../kernel/service-context.js';
import type { Actor } from '../../kernel/actor.js';
import { Employee } from '../organisation/employee.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { Period } from '../period/period.entity.js';
import { forbidden, periodClosed, planNotFound, stalePlan, unauthenticated, wrongState } from './work-plan-errors.js';
import { WorkPlan } from './work-plan.entity.js';
import type { WorkPlanStatus } from './work-plan.enums.js';
import { canSeePlan, readScope } from '../../policy/read-scope.js';

/** A signed-in actor: every change to a plan names its author. */
export type SignedIn = Actor & { readonly userId: string };

export function requireSignedIn(ctx: ServiceContext): SignedIn {
  if (!ctx.actor.userId) throw unauthenticated(ctx.locale);
  return ctx.actor as SignedIn;
}

/** What the audit trail keeps of a plan's own fields. */
export const planSummary = (plan: WorkPlan) => ({
  revision: plan.revision,
  status: plan.status,
  lockVersion: plan.lockVersion,
  approverId: plan.approver?.id ?? null,
  previousId: plan.previous?.id ?? null,
  decisionComment: plan.decisionComment,
});

/** A plan locked for a change, with its employee and period. */
export interface LockedPlan {
  plan: WorkPlan;
  employee: Employee;
  period: Period;
}

/**
 * The plan row, locked until the end of the transaction, with its employee and its period (locked FOR
 * SHARE, so it cannot close meanwhile); NOT_FOUND when there is none.
 */
export async function lockPlan(ctx: ServiceContext, tx: EntityManager, planId: string): Promise<LockedPlan> {
  const plan = isId(planId)
    ? await tx.findOne(WorkPlan, { id: planId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  // Out of the actor's read scope looks exactly like missing: no hint that it exists.
  if (!plan || !canSeePlan(await readScope(ctx), { employeeId: plan.employee.id, status: plan.status }))
    throw planNotFound(ctx.locale);
  const employee = await tx.findOneOrFail(Employee, { id: plan.employee.id });
  const period = await tx.findOneOrFail(Period, { id: plan.period.id }, { lockMode: LockMode.PESSIMISTIC_READ });
  return { plan, employee, period };
}

/**
 * The checks every change runs, in this order: the right person (FORBIDDEN says no more than that),
 * the version edited (CONFLICT with the current one), the status (INVALID_STATE naming it), and a
 * period that is not closed.
 */
export function guard(
  ctx: ServiceContext,
  { plan, period }: LockedPlan,
  check: {
    allowed: boolean;
    expectedLockVersion: number | null | undefined;
    statuses: readonly WorkPlanStatus[];
    verb: Verb;
  },
): void {
  if (!check.allowed) throw forbidden(check.verb.active, ctx.locale);
  if (check.expectedLockVersion != null && check.expectedLockVersion !== plan.lockVersion) {
    throw stalePlan(plan, check.expectedLockVersion, ctx.locale);
  }
  if (!check.statuses.includes(plan.status)) throw wrongState(plan, check.statuses, check.verb.passive, ctx.locale);
  if (period.state === PeriodState.CLOSED) throw periodClosed(period, ctx.locale);
}

/** The people a plan rule names: its employee and who decides on it. */
export const planPeople = (plan: WorkPlan, employee: Employee) => ({
  employeeId: plan.employee.id,
  deciderId: plan.approver?.id ?? employee.supervisor?.id ?? null,
  approverId: plan.approver?.id ?? null,
  supervisorId: employee.supervisor?.id ?? null,
});

/** A verb for messages: active in "Anda tidak berwenang mengubah …", passive in "… hanya … yang dapat diubah". */
export interface Verb {
  active: LocalizedMessage;
  passive: LocalizedMessage;
}

export const VERBS = {
  create: { active: { id: 'membuat', en: 'create' }, passive: { id: 'dibuat', en: 'created' } },
  save: { active: { id: 'mengubah', en: 'change' }, passive: { id: 'diubah', en: 'changed' } },
  submit: { active: { id: 'mengajukan', en: 'submit' }, passive: { id: 'diajukan', en: 'submitted' } },
  approve: { active: { id: 'menyetujui', en: 'approve' }, passive: { id: 'disetujui', en: 'approved' } },
  return: { active: { id: 'mengembalikan', en: 'return' }, passive: { id: 'dikembalikan', en: 'returned' } },
  revise: { active: { id: 'merevisi', en: 'revise' }, passive: { id: 'direvisi', en: 'revised' } },
  setExpectations: {
    active: { id: 'menetapkan ekspektasi pimpinan pada', en: 'set the supervisor’s expectations of' },
    passive: { id: 'diberi ekspektasi pimpinan', en: 'given the supervisor’s expectations' },
  },
} as const satisfies Record<string, Verb>;
