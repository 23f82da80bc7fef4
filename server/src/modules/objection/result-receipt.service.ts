import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { authorize, policy } from '../../policy/policy.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';
import { assessmentNotFound } from '../assessment/assessment-errors.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { objectionBlocksReopen, resultNotSubmitted } from './objection-errors.js';
import { Objection } from './objection.entity.js';

/**
 * The employee first receives the result of their submitted assessment (PP 30/2019: the objection window
 * counts from that day). Records it once, with an audit record; later calls change nothing. Call inside the
 * transaction that locked the assessment row. Returns whether it was recorded now.
 */
export function markResultReceived(
  tx: EntityManager,
  actor: Actor,
  assessment: Assessment,
  at: Date = new Date(),
): boolean {
  if (assessment.resultReceivedAt || assessment.status !== AssessmentStatus.SUBMITTED) return false;
  assessment.resultReceivedAt = at;
  recordAudit(tx, actor, {
    action: 'receiveResult',
    entityType: 'Assessment',
    entityId: assessment.id,
    after: { resultReceivedAt: at.toISOString() },
  });
  return true;
}

/** The time zone of the employee's unit, in which the objection window's calendar days count. */
export async function timeZoneOfEmployee(tx: EntityManager, employeeId: string): Promise<string> {
  const employee = await tx.findOneOrFail(Employee, { id: employeeId }, { populate: ['unit'] });
  return employee.unit.getEntity().timeZone;
}

/**
 * Refuses to reopen an assessment someone objected to: a decided objection is final (PP 30/2019), a pending one
 * waits for its decider. Call inside the reopen transaction after locking the assessment row (filing locks the
 * same row, so the answer holds until commit).
 */
export async function refuseReopenIfObjected(
  ctx: ServiceContext,
  tx: EntityManager,
  assessmentId: string,
): Promise<void> {
  const objection = await tx.findOne(Objection, { assessment: assessmentId });
  if (objection) throw objectionBlocksReopen(ctx, objection);
}

/**
 * The SPA calls this when the employee opens a submitted assessment of their own: the first call records when
 * they received the result (audited once); later calls return the assessment unchanged.
 */
export async function receiveAssessmentResult(
  ctx: ServiceContext,
  input: { assessmentId: string },
): Promise<Assessment> {
  return ctx.em.transactional(async (tx) => {
    const assessment = isId(input.assessmentId)
      ? await tx.findOne(Assessment, { id: input.assessmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (
      !assessment ||
      !canSeeAssessment(await readScope(ctx), {
        id: assessment.id,
        employeeId: assessment.employee.id,
        assessorId: assessment.assessor.id,
      })
    ) {
      throw assessmentNotFound(ctx);
    }
    authorize(ctx.actor, ctx.locale, policy.receiveAssessmentResult(ctx.actor, { employeeId: assessment.employee.id }));
    if (assessment.status !== AssessmentStatus.SUBMITTED) throw resultNotSubmitted(ctx, assessment.status);
    markResultReceived(tx, ctx.actor, assessment);
    return assessment;
  });
}
