import { LockMode } from '@mikro-orm/core';
import * as rules from '@kinerja/shared';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { suggestedWorkResults } from '../distribution/unit-head.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { assertAnnualEvaluationOpen } from '../period/annual-evaluation.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { ruleProblemsError } from '../template/template-errors.js';
import { type Predikat, type Rating } from '../template/definition.enums.js';
import { assessmentLocked, assessmentNotFound, invalidState, staleAssessment } from './assessment-errors.js';
import { AssessmentAnswer } from './assessment-answer.entity.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';
import { loadForm } from './assessment-form.store.js';
import { refuseReopen } from './assessment-ports.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';
import { rollupOnReopen, rollupOnSubmit } from './rollup.service.js';

type Tx = ServiceContext['em'];

/** Locks the row, checks the revision the client edited; every write to an assessment starts here. */
async function lockAssessment(
  ctx: ServiceContext,
  tx: Tx,
  id: string,
  expectedLockVersion?: number | null,
): Promise<Assessment> {
  const assessment = isId(id)
    ? await tx.findOne(Assessment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['selfAnswers'] })
    : null;
  // Out of the actor's read scope looks exactly like missing: no hint that it exists.
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
  if (expectedLockVersion != null && expectedLockVersion !== assessment.lockVersion) {
    throw staleAssessment(ctx, assessment, expectedLockVersion);
  }
  return assessment;
}

function checkAnswers(
  ctx: ServiceContext,
  form: rules.TemplateDefinition,
  answers: rules.AnswerSet,
  partial: boolean,
): void {
  const problems = rules.validateAnswers(form, answers, { partial });
  if (problems.length > 0) {
    throw ruleProblemsError(
      {
        id: `Isian penilaian belum valid: ${problems.length} masalah.`,
        en: `The form has ${problems.length} problem(s).`,
      },
      problems,
      ctx.locale,
    );
  }
}

/** Saves a partial draft at any time: wrong values are refused, missing ones are fine. */
export async function saveAssessmentDraft(
  ctx: ServiceContext,
  input: { assessmentId: string; expectedLockVersion?: number | null; answers: rules.AnswerSet },
): Promise<Assessment> {
  return ctx.em.transactional(async (tx) => {
    const assessment = await lockAssessment(ctx, tx, input.assessmentId, input.expectedLockVersion);
    authorize(ctx.actor, ctx.locale, policy.fillAssessment(ctx.actor, { assessorId: assessment.assessor.id }));
    if (assessment.status !== AssessmentStatus.DRAFT) throw assessmentLocked(ctx);
    checkAnswers(ctx, await loadForm(tx, assessment.form.id), input.answers, true);
    const changed = Object.keys({ ...assessment.answers, ...input.answers }).filter(
      (key) => JSON.stringify(assessment.answers[key]) !== JSON.stringify(input.answers[key]),
    );
    assessment.answers = input.answers;
    assessment.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'saveDraft',
      entityType: 'Assessment',
      entityId: assessment.id,
      after: { changed, lockVersion: assessment.lockVersion },
    });
    return assessment;
  });
}

export interface SubmitInput {
  assessmentId: string;
  expectedLockVersion?: number | null;
  answers?: rules.AnswerSet | null;
  workResultsRating?: Rating | null;
  behaviourRating?: Rating | null;
  ratingReason?: string | null;
}

function ratingProblem(ctx: ServiceContext, field: string, code: string, message: { id: string; en: string }) {
  return new DomainError('BAD_USER_INPUT', localize(message, ctx.locale), {
    problems: [{ field, code, message: localize(message, ctx.locale) }],
  });
}

/**
 * Submits: the shared rules validate and score the answers; the supervisor's ratings default to the
 * suggested ones, and a departure needs a written reason. The predikat follows from the two ratings.
 * Answers are stored as rows for analysis. The assessment is then locked.
 */
export async function submitAssessment(ctx: ServiceContext, input: SubmitInput): Promise<Assessment> {
  return ctx.em.transactional(async (tx) => {
    const assessment = await lockAssessment(ctx, tx, input.assessmentId, input.expectedLockVersion);
    authorize(ctx.actor, ctx.locale, policy.fillAssessment(ctx.actor, { assessorId: assessment.assessor.id }));
    if (assessment.status !== AssessmentStatus.DRAFT) throw assessmentLocked(ctx);
    const subPeriod = await tx.findOneOrFail(SubPeriod, { id: assessment.subPeriod.id }, { populate: ['period'] });
    if (subPeriod.kind === SubPeriodKind.ANNUAL) {
      const employee = await tx.findOneOrFail(Employee, { id: assessment.employee.id }, { populate: ['unit'] });
      await assertAnnualEvaluationOpen(
        tx,
        subPeriod.period.getEntity(),
        ctx.locale,
        employee.unit.getEntity().timeZone,
      );
    }
    const answers = input.answers ?? assessment.answers;
    const form = await loadForm(tx, assessment.form.id);
    checkAnswers(ctx, form, answers, false);
    const score = rules.scoreAnswers(form, answers);
    // A unit head's suggested rating hasil kerja follows the unit's capaian kinerja organisasi (SE MenPANRB 3/2023).
    const suggestedWork = await suggestedWorkResults(tx, assessment, score.workResults.rating);
    const workResults = input.workResultsRating ?? suggestedWork.rating;
    const behaviour = input.behaviourRating ?? score.behaviour.rating;
    if (!workResults || !behaviour) {
      throw ratingProblem(ctx, workResults ? 'behaviourRating' : 'workResultsRating', 'RATING_REQUIRED', {
        id: 'Tidak ada skor untuk menyarankan rating; pilih rating hasil kerja dan perilaku kerja.',
        en: 'There is no score to suggest a rating from; choose both ratings.',
      });
    }
    const departs = workResults !== suggestedWork.rating || behaviour !== score.behaviour.rating;
    const reason = input.ratingReason?.trim() || null;
    if (departs && !reason) {
      throw ratingProblem(ctx, 'ratingReason', 'RATING_REASON_REQUIRED', {
        id: 'Rating berbeda dari saran sistem; tuliskan alasannya.',
        en: 'A rating differs from the suggested one; write the reason.',
      });
    }
    Object.assign(assessment, {
      answers,
      status: AssessmentStatus.SUBMITTED,
      workResultsScore: score.workResults.score,
      behaviourScore: score.behaviour.score,
      suggestedWorkResultsRating: suggestedWork.rating as Rating | null,
      suggestedBehaviourRating: score.behaviour.rating as Rating | null,
      workResultsRating: workResults as Rating,
      behaviourRating: behaviour as Rating,
      ratingReason: reason,
      predikat: rules.predikatOf(workResults, behaviour) as Predikat,
      submittedAt: new Date(),
      lockVersion: assessment.lockVersion + 1,
    });
    for (const indicator of score.indicators) {
      if (!indicator.visible || !indicator.answered) continue;
      tx.create(AssessmentAnswer, {
        assessment,
        indicatorKey: indicator.key,
        lineageKey: indicator.lineageKey,
        sectionKey: indicator.sectionKey,
        kind: indicator.kind,
        value: answers[indicator.key],
        score: indicator.score,
        achievement: indicator.achievement,
      });
    }
    await rollupOnSubmit(tx, assessment.id);
    recordAudit(tx, ctx.actor, {
      action: 'submit',
      entityType: 'Assessment',
      entityId: assessment.id,
      after: {
        workResultsScore: assessment.workResultsScore,
        behaviourScore: assessment.behaviourScore,
        suggested: [assessment.suggestedWorkResultsRating, assessment.suggestedBehaviourRating],
        suggestedWorkResultsBasis: suggestedWork.basis,
        ratings: [assessment.workResultsRating, assessment.behaviourRating],
        predikat: assessment.predikat,
      },
      note: reason,
    });
    return assessment;
  });
}

/**
 * Reopens a submitted assessment: an explicit act with a reason, by the assessor's supervisor or HR; never once
 * someone objected to it (a decided objection is final, PP 30/2019). The employee receives the result anew.
 */
export async function reopenAssessment(
  ctx: ServiceContext,
  input: { assessmentId: string; reason: string },
): Promise<Assessment> {
  return ctx.em.transactional(async (tx) => {
    const assessment = await lockAssessment(ctx, tx, input.assessmentId);
    const assessor = await tx.findOneOrFail(Employee, { id: assessment.assessor.id });
    authorize(
      ctx.actor,
      ctx.locale,
      policy.reopenAssessment(ctx.actor, { assessorSupervisorId: assessor.supervisor?.id ?? null }),
    );
    if (assessment.status !== AssessmentStatus.SUBMITTED) {
      throw invalidState(
        ctx,
        {
          id: 'Hanya penilaian yang sudah dikirim yang dapat dibuka kembali.',
          en: 'Only a submitted assessment can be reopened.',
        },
        { status: assessment.status },
      );
    }
    await refuseReopen(ctx, tx, assessment.id);
    const reason = input.reason.trim();
    if (!reason) {
      throw ratingProblem(ctx, 'reason', 'REQUIRED', {
        id: 'Tuliskan alasan pembukaan kembali.',
        en: 'Write why the assessment is reopened.',
      });
    }
    const before = {
      status: assessment.status,
      ratings: [assessment.workResultsRating, assessment.behaviourRating],
      predikat: assessment.predikat,
    };
    await rollupOnReopen(tx, assessment.id);
    await tx.nativeDelete(AssessmentAnswer, { assessment });
    Object.assign(assessment, {
      status: AssessmentStatus.DRAFT,
      workResultsRating: null,
      behaviourRating: null,
      predikat: null,
      submittedAt: null,
      resultReceivedAt: null,
      reopenedCount: assessment.reopenedCount + 1,
      lockVersion: assessment.lockVersion + 1,
    });
    recordAudit(tx, ctx.actor, {
      action: 'reopen',
      entityType: 'Assessment',
      entityId: assessment.id,
      before,
      after: { status: assessment.status },
      note: reason,
    });
    return assessment;
  });
}

/** The employee's own assessment on the same form, kept apart; `submit` checks it is complete and locks it. */
export async function saveSelfAssessment(
  ctx: ServiceContext,
  input: { assessmentId: string; expectedLockVersion?: number | null; answers: rules.AnswerSet; submit: boolean },
): Promise<Assessment> {
  return ctx.em.transactional(async (tx) => {
    const assessment = await lockAssessment(ctx, tx, input.assessmentId, input.expectedLockVersion);
    authorize(ctx.actor, ctx.locale, policy.selfAssess(ctx.actor, { employeeId: assessment.employee.id }));
    if (assessment.selfSubmittedAt) {
      throw invalidState(ctx, { id: 'Penilaian diri sudah dikirim.', en: 'The self-assessment is already submitted.' });
    }
    checkAnswers(ctx, await loadForm(tx, assessment.form.id), input.answers, !input.submit);
    assessment.selfAnswers = input.answers;
    if (input.submit) assessment.selfSubmittedAt = new Date();
    assessment.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: input.submit ? 'submitSelf' : 'saveSelf',
      entityType: 'Assessment',
      entityId: assessment.id,
      after: { lockVersion: assessment.lockVersion },
    });
    return assessment;
  });
}
