import * as rules from '@kinerja/shared';
import { LockMode } from '@mikro-orm/core';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Predikat, Rating } from '../template/definition.enums.js';
import { notSubmitted, objectionDecided, objectionNotFound } from './objection-errors.js';
import { Objection } from './objection.entity.js';
import { OBJECTION_TEXT_MAX, ObjectionOutcome, ObjectionStatus } from './objection.enums.js';
import { canSeeObjection, readScope } from '../../policy/read-scope.js';
import { rollupOnObjectionChanged } from '../assessment/rollup.service.js';

export interface DecideObjection {
  objectionId: string;
  outcome: ObjectionOutcome;
  workResultsRating?: Rating | null;
  behaviourRating?: Rating | null;
  reason?: string | null;
}

/** Checks the decision: CHANGED needs a reason and at least one different rating; UPHELD takes no ratings. */
function checkDecision(ctx: ServiceContext, input: DecideObjection, current: { work: Rating; behaviour: Rating }) {
  const check = new InputChecker(ctx.locale);
  let reason: string | null = input.reason?.trim() || null;
  let ratings: { work: Rating; behaviour: Rating } | null = null;
  if (input.outcome === ObjectionOutcome.CHANGED) {
    reason = check.text(
      'reason',
      input.reason ?? '',
      { id: 'Alasan perubahan rating', en: 'The reason for the change' },
      OBJECTION_TEXT_MAX,
    );
    ratings = { work: input.workResultsRating ?? current.work, behaviour: input.behaviourRating ?? current.behaviour };
    if (ratings.work === current.work && ratings.behaviour === current.behaviour) {
      check.add('workResultsRating', 'RATINGS_UNCHANGED', {
        id: 'Keputusan CHANGED harus mengubah paling sedikit satu rating; jika rating tetap, pilih UPHELD.',
        en: 'A CHANGED decision must change at least one rating; to keep the ratings, choose UPHELD.',
      });
    }
  } else {
    if (input.workResultsRating != null || input.behaviourRating != null) {
      check.add(input.workResultsRating != null ? 'workResultsRating' : 'behaviourRating', 'RATING_NOT_ALLOWED', {
        id: 'Keputusan UPHELD mempertahankan rating; jangan kirim rating baru.',
        en: 'An UPHELD decision keeps the ratings; send no new ratings.',
      });
    }
    if (reason !== null)
      reason = check.text('reason', reason, { id: 'Alasan keputusan', en: 'The reason' }, OBJECTION_TEXT_MAX);
  }
  check.throwIfAny();
  return { reason, ratings };
}

/**
 * Decides an objection, finally (PP 30/2019): only its decider — the assessor's supervisor it was addressed to
 * at filing, or the official HR handed it to — and never the objecting employee or the assessor. On CHANGED
 * the assessment's ratings and predikat change in the same transaction, with the decision's reason as the
 * rating reason; both changes leave an audit record. The objection keeps the ratings objected to and the
 * decided ones; the assessment can no longer be reopened.
 */
export async function decideObjection(ctx: ServiceContext, input: DecideObjection): Promise<Objection> {
  return ctx.em.transactional(async (tx) => {
    const objection = isId(input.objectionId)
      ? await tx.findOne(Objection, { id: input.objectionId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (
      !objection ||
      !canSeeObjection(await readScope(ctx), {
        employeeId: objection.employee.id,
        deciderId: objection.decidedBy?.id ?? null,
      })
    ) {
      throw objectionNotFound(ctx);
    }
    const assessment = await tx.findOneOrFail(
      Assessment,
      { id: objection.assessment.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    authorize(
      ctx.actor,
      ctx.locale,
      policy.decideObjection(ctx.actor, {
        deciderId: objection.decidedBy?.id ?? null,
        employeeId: objection.employee.id,
        assessorId: assessment.assessor.id,
      }),
    );
    if (objection.status !== ObjectionStatus.PENDING) throw objectionDecided(ctx, objection);
    if (assessment.status !== AssessmentStatus.SUBMITTED) throw notSubmitted(ctx, assessment.status);
    const current = { work: assessment.workResultsRating as Rating, behaviour: assessment.behaviourRating as Rating };
    const { reason, ratings } = checkDecision(ctx, input, current);

    Object.assign(objection, { decidedAt: new Date(), decisionUser: ctx.actor.userId, decisionReason: reason });
    if (ratings) {
      const predikat = rules.predikatOf(ratings.work, ratings.behaviour) as Predikat;
      const before = {
        ratings: [assessment.workResultsRating, assessment.behaviourRating],
        predikat: assessment.predikat,
        ratingReason: assessment.ratingReason,
      };
      Object.assign(objection, {
        status: ObjectionStatus.CHANGED,
        workResultsRating: ratings.work,
        behaviourRating: ratings.behaviour,
        predikat,
      });
      Object.assign(assessment, {
        workResultsRating: ratings.work,
        behaviourRating: ratings.behaviour,
        predikat,
        ratingReason: reason,
        lockVersion: assessment.lockVersion + 1,
      });
      await rollupOnObjectionChanged(tx, assessment.id, {
        workResultsRating: ratings.work,
        behaviourRating: ratings.behaviour,
        predikat,
      });
      recordAudit(tx, ctx.actor, {
        action: 'changeByObjection',
        entityType: 'Assessment',
        entityId: assessment.id,
        before,
        after: {
          ratings: [ratings.work, ratings.behaviour],
          predikat,
          objectionId: objection.id,
          lockVersion: assessment.lockVersion,
        },
        note: reason,
      });
    } else {
      objection.status = ObjectionStatus.UPHELD;
    }
    recordAudit(tx, ctx.actor, {
      action: 'decide',
      entityType: 'Objection',
      entityId: objection.id,
      before: { status: ObjectionStatus.PENDING },
      after: {
        status: objection.status,
        ratings: [objection.workResultsRating, objection.behaviourRating],
        predikat: objection.predikat,
      },
      note: reason,
    });
    return objection;
  });
}
