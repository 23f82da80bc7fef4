import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../graphql/service-context.js';
import { isId } from '../../graphql/ids.js';
import { InputChecker } from '../../graphql/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { assessmentNotFound } from '../assessment/assessment-errors.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import type { Predikat, Rating } from '../template/definition.enums.js';
import { notSubmitted, objectionExists, objectionLate } from './objection-errors.js';
import { Objection } from './objection.entity.js';
import { OBJECTION_TEXT_MAX, objectionDeadline, ObjectionStatus } from './objection.enums.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';

/**
 * True while the assessment has an undecided objection. The assessment module should refuse to reopen
 * such an assessment (call it inside the reopen transaction, after locking the assessment row: filing
 * locks the same row, so the answer stays true until commit).
 */
export async function hasPendingObjection(em: EntityManager, assessmentId: string): Promise<boolean> {
  return (await em.count(Objection, { assessment: assessmentId, status: ObjectionStatus.PENDING })) > 0;
}

/**
 * The employee objects to their submitted assessment within OBJECTION_WINDOW_DAYS of its submission.
 * The objection is addressed to the assessor's own supervisor as of now (or to HR when there is none).
 */
export async function fileObjection(ctx: ServiceContext, input: { assessmentId: string; reason: string }): Promise<Objection> {
  return ctx.em.transactional(async (tx) => {
    const assessment = isId(input.assessmentId)
      ? await tx.findOne(Assessment, { id: input.assessmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!assessment || !canSeeAssessment(await readScope(ctx), { employeeId: assessment.employee.id, assessorId: assessment.assessor.id })) {
      throw assessmentNotFound(ctx);
    }
    authorize(ctx.actor, ctx.locale, policy.fileObjection(ctx.actor, { employeeId: assessment.employee.id }));
    if (assessment.status !== AssessmentStatus.SUBMITTED || !assessment.submittedAt) throw notSubmitted(ctx, assessment.status);
    const existing = await tx.findOne(Objection, { assessment });
    if (existing) throw objectionExists(ctx, existing);
    const now = new Date();
    const deadline = objectionDeadline(assessment.submittedAt);
    if (now > deadline) throw objectionLate(ctx, deadline);

    const check = new InputChecker(ctx.locale);
    const reason = check.text('reason', input.reason, { id: 'Alasan keberatan', en: 'The reason' }, OBJECTION_TEXT_MAX);
    check.throwIfAny();

    const assessor = await tx.findOneOrFail(Employee, { id: assessment.assessor.id });
    const objection = tx.create(Objection, {
      assessment,
      employee: assessment.employee,
      decidedBy: assessor.supervisor,
      reason,
      filedAt: now,
      deadline,
      previousWorkResultsRating: assessment.workResultsRating as Rating,
      previousBehaviourRating: assessment.behaviourRating as Rating,
      previousPredikat: assessment.predikat as Predikat,
    });
    recordAudit(tx, ctx.actor, {
      action: 'file',
      entityType: 'Objection',
      entityId: objection.id,
      after: {
        assessmentId: assessment.id,
        deciderId: assessor.supervisor?.id ?? null,
        deadline: deadline.toISOString(),
        ratings: [objection.previousWorkResultsRating, objection.previousBehaviourRating],
        predikat: objection.previousPredikat,
      },
      note: reason,
    });
    return objection;
  });
}
