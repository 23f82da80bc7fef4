import { validateWorkPlan } from '@kinerja/shared';
import { periodicCount } from '../period/sub-period-plan.js';
import { LockMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputChecker } from '../../kernel/input-problems.js';
import type { ServiceContext } from '../../kernel/service-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { policy } from '../../policy/policy.js';
import {
  guard,
  lockPlan,
  planPeople,
  planSummary,
  requireSignedIn,
  VERBS,
  type LockedPlan,
} from './work-plan-access.js';
import { contentSummary, copyContent, loadContent, parentProblems, toPlanResults } from './work-plan-content.js';
import { noSupervisor, openRevisionExists, planProblemsError } from './work-plan-errors.js';
import type {
  ApproveWorkPlanInput,
  ReturnWorkPlanInput,
  ReviseWorkPlanInput,
  SubmitWorkPlanInput,
} from './work-plan.input.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus } from './work-plan.enums.js';

export const MAX_COMMENT_LENGTH = 2000;
const OPEN_STATUSES = [WorkPlanStatus.DRAFT, WorkPlanStatus.SUBMITTED, WorkPlanStatus.RETURNED];

/** Runs a change of one plan in a transaction: lock, then `work`, which applies the checks it needs. */
function change(
  ctx: ServiceContext,
  planId: string,
  work: (tx: EntityManager, locked: LockedPlan) => Promise<WorkPlan>,
): Promise<WorkPlan> {
  return ctx.em.transactional(async (tx) => work(tx, await lockPlan(ctx, tx, planId)));
}

/** A decision comment, trimmed; `required` for a return. */
function checkComment(ctx: ServiceContext, comment: string | null | undefined, required: boolean): string | null {
  const check = new InputChecker(ctx.locale);
  const label = { id: 'Komentar', en: 'The comment' };
  const text = required ? check.text('comment', comment ?? '', label, MAX_COMMENT_LENGTH) : (comment ?? '').trim();
  if (!required && text.length > MAX_COMMENT_LENGTH) check.text('comment', text, label, MAX_COMMENT_LENGTH);
  check.throwIfAny();
  return text === '' ? null : text;
}

/** DRAFT or RETURNED → SUBMITTED, by the employee; the approver becomes the employee's current supervisor. */
export async function submitWorkPlan(ctx: ServiceContext, input: SubmitWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  return change(ctx, input.planId, async (tx, locked) => {
    const { plan, employee } = locked;
    guard(ctx, locked, {
      allowed: policy.editOwnPlan(actor, { employeeId: plan.employee.id }),
      expectedLockVersion: input.expectedLockVersion,
      statuses: [WorkPlanStatus.DRAFT, WorkPlanStatus.RETURNED],
      verb: VERBS.submit,
    });
    const supervisor = employee.supervisor
      ? await tx.findOne(Employee, { id: employee.supervisor.id, active: true })
      : null;
    if (!supervisor) throw noSupervisor(ctx.locale);
    const results = toPlanResults(await loadContent(tx, plan));
    const subPeriods = periodicCount(locked.period.cadence);
    const problems = [
      ...validateWorkPlan(results, { forSubmission: true, subPeriods }),
      ...(await parentProblems(tx, plan, employee, results)),
    ];
    if (problems.length > 0) {
      throw planProblemsError(
        { id: 'Rencana kerja belum dapat diajukan.', en: 'The work plan cannot be submitted yet.' },
        problems,
        ctx.locale,
      );
    }
    const before = planSummary(plan);
    plan.status = WorkPlanStatus.SUBMITTED;
    plan.approver = ref(supervisor);
    plan.submittedAt = new Date();
    plan.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'submit',
      entityType: 'WorkPlan',
      entityId: plan.id,
      before,
      after: planSummary(plan),
    });
    return plan;
  });
}

/**
 * SUBMITTED → APPROVED, by the approver or HR. A later revision replaces the approved one, which becomes
 * SUPERSEDED in the same transaction (first, so that at no moment two revisions are approved).
 */
export async function approveWorkPlan(ctx: ServiceContext, input: ApproveWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  return change(ctx, input.planId, async (tx, locked) => {
    const { plan, employee } = locked;
    guard(ctx, locked, {
      allowed: policy.decidePlan(actor, planPeople(plan, employee)),
      expectedLockVersion: input.expectedLockVersion,
      statuses: [WorkPlanStatus.SUBMITTED],
      verb: VERBS.approve,
    });
    const comment = checkComment(ctx, input.comment, false);
    const inForce = await tx.findOne(
      WorkPlan,
      { employee: employee.id, period: plan.period.id, status: WorkPlanStatus.APPROVED },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (inForce) {
      const supersededBefore = planSummary(inForce);
      inForce.status = WorkPlanStatus.SUPERSEDED;
      inForce.lockVersion += 1;
      recordAudit(tx, ctx.actor, {
        action: 'supersede',
        entityType: 'WorkPlan',
        entityId: inForce.id,
        before: supersededBefore,
        after: { ...planSummary(inForce), supersededBy: plan.id },
      });
      await tx.flush();
    }
    const before = planSummary(plan);
    plan.status = WorkPlanStatus.APPROVED;
    plan.decidedAt = new Date();
    plan.decisionComment = comment;
    plan.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'approve',
      entityType: 'WorkPlan',
      entityId: plan.id,
      before,
      after: planSummary(plan),
      note: comment,
    });
    return plan;
  });
}

/** SUBMITTED → RETURNED with a required comment, by the approver or HR. */
export async function returnWorkPlan(ctx: ServiceContext, input: ReturnWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  return change(ctx, input.planId, async (tx, locked) => {
    const { plan, employee } = locked;
    guard(ctx, locked, {
      allowed: policy.decidePlan(actor, planPeople(plan, employee)),
      expectedLockVersion: input.expectedLockVersion,
      statuses: [WorkPlanStatus.SUBMITTED],
      verb: VERBS.return,
    });
    const comment = checkComment(ctx, input.comment, true);
    const before = planSummary(plan);
    plan.status = WorkPlanStatus.RETURNED;
    plan.decidedAt = new Date();
    plan.decisionComment = comment;
    plan.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'return',
      entityType: 'WorkPlan',
      entityId: plan.id,
      before,
      after: planSummary(plan),
      note: comment,
    });
    return plan;
  });
}

/**
 * A change after approval: revision n+1 as DRAFT, a copy of the approved one (new rows, same lineage),
 * by the employee. The approved revision stays in force until the new one is approved.
 */
export async function reviseWorkPlan(ctx: ServiceContext, input: ReviseWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  try {
    return await change(ctx, input.planId, async (tx, locked) => {
      const { plan, employee } = locked;
      guard(ctx, locked, {
        allowed: policy.editOwnPlan(actor, { employeeId: plan.employee.id }),
        expectedLockVersion: input.expectedLockVersion,
        statuses: [WorkPlanStatus.APPROVED],
        verb: VERBS.revise,
      });
      const open = await tx.findOne(WorkPlan, {
        employee: employee.id,
        period: plan.period.id,
        status: { $in: OPEN_STATUSES },
      });
      if (open) throw openRevisionExists(open, ctx.locale);
      const latest = await tx.findOneOrFail(
        WorkPlan,
        { employee: employee.id, period: plan.period.id },
        { orderBy: { revision: 'desc' } },
      );
      const next = tx.create(WorkPlan, {
        employee,
        period: plan.period,
        revision: latest.revision + 1,
        previous: plan,
      });
      const copied = await copyContent(tx, plan, next, employee);
      recordAudit(tx, ctx.actor, {
        action: 'revise',
        entityType: 'WorkPlan',
        entityId: next.id,
        before: { ...planSummary(plan), id: plan.id },
        after: { ...planSummary(next), results: contentSummary(copied) },
      });
      return next;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const plan = await ctx.em.fork().findOne(WorkPlan, { id: input.planId });
      const open =
        plan &&
        (await ctx.em
          .fork()
          .findOne(WorkPlan, { employee: plan.employee.id, period: plan.period.id, status: { $in: OPEN_STATUSES } }));
      if (open) throw openRevisionExists(open, ctx.locale);
    }
    throw error;
  }
}
