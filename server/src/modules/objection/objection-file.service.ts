import { objectionWindow } from '@kinerja/shared';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { assessmentNotFound } from '../assessment/assessment-errors.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import type { Predikat, Rating } from '../template/definition.enums.js';
import { notSubmitted, objectionExists, objectionLate } from './objection-errors.js';
import { Objection } from './objection.entity.js';
import { OBJECTION_TEXT_MAX, ObjectionStatus } from './objection.enums.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';
import { markResultReceived, timeZoneOfEmployee } from './result-receipt.service.js';

/** True while the assessment has an undecided objection. */
export async function hasPendingObjection(em: EntityManager, assessmentId: string): Promise<boolean> {
  return (await em.count(Objection, { assessment: assessmentId, status: ObjectionStatus.PENDING })) > 0;
}

/**
 * The employee objects to their submitted assessment within 14 calendar days from the day they received the
 * result, in their unit's time zone (PP 30/2019; filing counts as receiving it if nothing did before). The
 * objection is addressed to the assessor's own supervisor as of now — the atasan pejabat penilai, who decides
 * it — unless there is none (or that person is inactive, or is the employee): then nobody decides until HR
 * hands it to another official.
 */
export async function fileObjection(
  ctx: ServiceContext,
  input: { assessmentId: string; reason: string },
): Promise<Objection> {
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
    authorize(ctx.actor, ctx.locale, policy.fileObjection(ctx.actor, { employeeId: assessment.employee.id }));
    if (assessment.status !== AssessmentStatus.SUBMITTED || !assessment.submittedAt)
      throw notSubmitted(ctx, assessment.status);
    const existing = await tx.findOne(Objection, { assessment });
    if (existing) throw objectionExists(ctx, existing);
    const now = new Date();
    const timeZone = await timeZoneOfEmployee(tx, assessment.employee.id);
    const window = objectionWindow(assessment.resultReceivedAt ?? now, timeZone);
    if (now > window.deadline) throw objectionLate(ctx, window, timeZone);
    const deadline = window.deadline;

    const check = new InputChecker(ctx.locale);
    const reason = check.text('reason', input.reason, { id: 'Alasan keberatan', en: 'The reason' }, OBJECTION_TEXT_MAX);
    check.throwIfAny();

    markResultReceived(tx, ctx.actor, assessment, now);
    const assessor = await tx.findOneOrFail(Employee, { id: assessment.assessor.id }, { populate: ['supervisor'] });
    const supervisor = assessor.supervisor?.getEntity() ?? null;
    const decider = supervisor && supervisor.active && supervisor.id !== assessment.employee.id ? supervisor : null;
    const objection = tx.create(Objection, {
      assessment,
      employee: assessment.employee,
      decidedBy: decider,
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
        deciderId: decider?.id ?? null,
        deadline: deadline.toISOString(),
        lastDay: window.lastDay,
        timeZone,
        ratings: [objection.previousWorkResultsRating, objection.previousBehaviourRating],
        predikat: objection.previousPredikat,
      },
      note: reason,
    });
    return objection;
  });
}
