import { LockMode } from '@mikro-orm/core';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';
import { assessmentNotFound } from '../assessment/assessment-errors.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { markResultReceived } from '../objection/result-receipt.service.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { DevelopmentAction } from './development-action.entity.js';
import {
  assessmentNotSubmittedForFeedback,
  developmentActionNotFound,
  feedbackAcknowledged,
  noFinalFeedback,
  staleFeedback,
} from './feedback-errors.js';
import {
  ACTION_DESCRIPTION_MAX,
  type DevelopmentActionKind,
  DevelopmentActionStatus,
  FINAL_FEEDBACK_TEXT_MAX,
  MAX_DEVELOPMENT_ACTIONS,
} from './feedback.enums.js';

type Tx = ServiceContext['em'];

export interface SaveAssessmentFeedback {
  assessmentId: string;
  expectedLockVersion?: number | null;
  strengths: string;
  areasToImprove: string;
  developmentActions: {
    kind: DevelopmentActionKind;
    description: string;
    targetDate: string;
    status?: DevelopmentActionStatus | null;
  }[];
}

/** The assessment row, locked until the end of the transaction, with its final feedback (locked too), if any. */
async function lockForFeedback(ctx: ServiceContext, tx: Tx, assessmentId: string) {
  const assessment = isId(assessmentId)
    ? await tx.findOne(Assessment, { id: assessmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  // Out of the actor's read scope looks exactly like missing: no hint that it exists.
  if (
    !assessment ||
    !canSeeAssessment(await readScope(ctx), {
      id: assessment.id,
      employeeId: assessment.employee.id,
      assessorId: assessment.assessor.id,
    })
  )
    throw assessmentNotFound(ctx);
  const feedback = await tx.findOne(AssessmentFeedback, { assessment }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return { assessment, feedback };
}

/** What the audit trail keeps of a final feedback. */
const summary = (
  feedback: AssessmentFeedback,
  actions: readonly { kind: string; description: string; targetDate: string; status: string }[],
) => ({
  strengths: feedback.strengths,
  areasToImprove: feedback.areasToImprove,
  lockVersion: feedback.lockVersion,
  developmentActions: actions.map(({ kind, description, targetDate, status }) => ({
    kind,
    description,
    targetDate,
    status,
  })),
});

function checkInput(ctx: ServiceContext, input: SaveAssessmentFeedback) {
  const check = new InputChecker(ctx.locale);
  const strengths = check.text(
    'strengths',
    input.strengths,
    { id: 'Kekuatan', en: 'Strengths' },
    FINAL_FEEDBACK_TEXT_MAX,
  );
  const areasToImprove = check.text(
    'areasToImprove',
    input.areasToImprove,
    { id: 'Area perbaikan', en: 'Areas to improve' },
    FINAL_FEEDBACK_TEXT_MAX,
  );
  if (input.developmentActions.length > MAX_DEVELOPMENT_ACTIONS) {
    check.add('developmentActions', 'TOO_MANY', {
      id: `Paling banyak ${MAX_DEVELOPMENT_ACTIONS} rencana pengembangan.`,
      en: `At most ${MAX_DEVELOPMENT_ACTIONS} development actions.`,
    });
  }
  const actions = input.developmentActions.map((action, index) => ({
    kind: action.kind,
    description: check.text(
      `developmentActions.${index}.description`,
      action.description,
      { id: 'Uraian pengembangan', en: 'The description' },
      ACTION_DESCRIPTION_MAX,
    ),
    targetDate: action.targetDate,
    status: action.status ?? DevelopmentActionStatus.PLANNED,
  }));
  check.throwIfAny();
  return { strengths, areasToImprove, actions };
}

/**
 * Writes or rewrites the final feedback of a submitted assessment: its assessor only, until the employee
 * acknowledges it. `expectedLockVersion` null means "there is none yet"; the development actions are
 * replaced as a whole.
 */
export async function saveAssessmentFeedback(
  ctx: ServiceContext,
  input: SaveAssessmentFeedback,
): Promise<AssessmentFeedback> {
  return ctx.em.transactional(async (tx) => {
    const { assessment, feedback: existing } = await lockForFeedback(ctx, tx, input.assessmentId);
    authorize(ctx.actor, ctx.locale, policy.writeAssessmentFeedback(ctx.actor, { assessorId: assessment.assessor.id }));
    const expected = input.expectedLockVersion ?? null;
    if ((existing?.lockVersion ?? null) !== expected) throw staleFeedback(ctx, existing?.lockVersion ?? null, expected);
    if (assessment.status !== AssessmentStatus.SUBMITTED)
      throw assessmentNotSubmittedForFeedback(ctx, assessment.status);
    if (existing?.acknowledgedAt) throw feedbackAcknowledged(ctx, existing);
    const { strengths, areasToImprove, actions } = checkInput(ctx, input);

    let before: unknown = null;
    let feedback: AssessmentFeedback;
    if (existing) {
      const old = await tx.find(DevelopmentAction, { feedback: existing }, { orderBy: { position: 'asc' } });
      before = summary(existing, old);
      await tx.nativeDelete(DevelopmentAction, { feedback: existing });
      Object.assign(existing, { strengths, areasToImprove, lockVersion: existing.lockVersion + 1 });
      feedback = existing;
    } else {
      feedback = tx.create(AssessmentFeedback, { assessment, author: assessment.assessor, strengths, areasToImprove });
    }
    actions.forEach((action, position) =>
      tx.create(DevelopmentAction, {
        feedback,
        position,
        ...action,
        doneAt: action.status === DevelopmentActionStatus.DONE ? new Date() : null,
      }),
    );
    recordAudit(tx, ctx.actor, {
      action: existing ? 'save' : 'create',
      entityType: 'AssessmentFeedback',
      entityId: feedback.id,
      before,
      after: { assessmentId: assessment.id, ...summary(feedback, actions) },
    });
    return feedback;
  });
}

/** The employee acknowledges the final feedback on their assessment; it is locked from then on. */
export async function acknowledgeFeedback(
  ctx: ServiceContext,
  input: { assessmentId: string; expectedLockVersion?: number | null },
): Promise<AssessmentFeedback> {
  return ctx.em.transactional(async (tx) => {
    const { assessment, feedback } = await lockForFeedback(ctx, tx, input.assessmentId);
    authorize(ctx.actor, ctx.locale, policy.acknowledgeFeedback(ctx.actor, { employeeId: assessment.employee.id }));
    if (!feedback) throw noFinalFeedback(ctx);
    if (input.expectedLockVersion != null && input.expectedLockVersion !== feedback.lockVersion) {
      throw staleFeedback(ctx, feedback.lockVersion, input.expectedLockVersion);
    }
    if (feedback.acknowledgedAt) throw feedbackAcknowledged(ctx, feedback);
    if (assessment.status !== AssessmentStatus.SUBMITTED)
      throw assessmentNotSubmittedForFeedback(ctx, assessment.status);
    Object.assign(feedback, {
      acknowledgedAt: new Date(),
      acknowledgedBy: assessment.employee,
      lockVersion: feedback.lockVersion + 1,
    });
    // Reading the feedback is receiving the result, if nothing recorded it before (PP 30/2019: the objection window).
    markResultReceived(tx, ctx.actor, assessment, feedback.acknowledgedAt!);
    recordAudit(tx, ctx.actor, {
      action: 'acknowledge',
      entityType: 'AssessmentFeedback',
      entityId: feedback.id,
      after: { acknowledgedAt: feedback.acknowledgedAt, lockVersion: feedback.lockVersion },
    });
    return feedback;
  });
}

/** Marks a development action planned or done; the employee or the assessor, also after acknowledgement. */
export async function setDevelopmentActionStatus(
  ctx: ServiceContext,
  input: { actionId: string; status: DevelopmentActionStatus },
): Promise<DevelopmentAction> {
  return ctx.em.transactional(async (tx) => {
    const action = isId(input.actionId)
      ? await tx.findOne(DevelopmentAction, { id: input.actionId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!action) throw developmentActionNotFound(ctx);
    const feedback = await tx.findOneOrFail(
      AssessmentFeedback,
      { id: action.feedback.id },
      { populate: ['assessment'] },
    );
    const assessment = feedback.assessment.getEntity();
    if (
      !canSeeAssessment(await readScope(ctx), {
        id: assessment.id,
        employeeId: assessment.employee.id,
        assessorId: assessment.assessor.id,
      })
    )
      throw developmentActionNotFound(ctx);
    authorize(
      ctx.actor,
      ctx.locale,
      policy.trackDevelopmentAction(ctx.actor, {
        employeeId: assessment.employee.id,
        assessorId: assessment.assessor.id,
      }),
    );
    if (action.status === input.status) return action;
    const before = { status: action.status };
    action.status = input.status;
    action.doneAt = input.status === DevelopmentActionStatus.DONE ? new Date() : null;
    recordAudit(tx, ctx.actor, {
      action: 'setStatus',
      entityType: 'DevelopmentAction',
      entityId: action.id,
      before,
      after: { status: action.status },
    });
    return action;
  });
}
