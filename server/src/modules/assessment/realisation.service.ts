import { isHttpUrl } from '@kinerja/shared';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { WorkPlanStatus } from '../work-plan/work-plan.enums.js';
import { WorkTarget } from '../work-plan/work-target.entity.js';
import { assessmentLocked, invalidState } from './assessment-errors.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';
import { TargetRealisation } from './target-realisation.entity.js';
import { canSeeOwned, readScope } from '../../policy/read-scope.js';

export interface RealisationInput {
  targetId: string;
  subPeriodId: string;
  value: number;
  evidenceUrl?: string | null;
  note?: string | null;
}

/**
 * Records (or corrects) the realisation of a target of the approved plan in a sub-period, with its
 * evidence. The employee or their supervisor records it while the period is open and the sub-period's
 * assessment is not yet submitted.
 */
export async function recordRealisation(ctx: ServiceContext, input: RealisationInput): Promise<TargetRealisation> {
  const check = new InputChecker(ctx.locale);
  if (!Number.isFinite(input.value) || input.value < 0) {
    check.add('value', 'OUT_OF_RANGE', {
      id: 'Realisasi harus berupa angka 0 atau lebih.',
      en: 'The realisation must be a number of 0 or more.',
    });
  }
  const evidenceUrl = input.evidenceUrl?.trim() || null;
  if (evidenceUrl && !isHttpUrl(evidenceUrl)) {
    check.add('evidenceUrl', 'URL_INVALID', {
      id: 'Tautan bukti harus diawali http:// atau https://.',
      en: 'The evidence link must start with http:// or https://.',
    });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > 2000)
    check.add('note', 'TOO_LONG', {
      id: 'Catatan paling banyak 2000 karakter.',
      en: 'The note may have at most 2000 characters.',
    });
  check.throwIfAny();
  const notFound = () =>
    new DomainError(
      'NOT_FOUND',
      localize({ id: 'Target atau subperiode tidak ditemukan.', en: 'Target or sub-period not found.' }, ctx.locale),
    );
  if (!isId(input.targetId) || !isId(input.subPeriodId)) throw notFound();

  return ctx.em.transactional(async (tx) => {
    const target = await tx.findOne(WorkTarget, { id: input.targetId }, { populate: ['result.plan'] });
    const subPeriod = await tx.findOne(SubPeriod, { id: input.subPeriodId }, { populate: ['period'] });
    if (!target || !subPeriod) throw notFound();
    const plan = target.result.getEntity().plan.getEntity();
    const employee = await tx.findOneOrFail(Employee, { id: plan.employee.id });
    if (!canSeeOwned(await readScope(ctx), employee.id)) throw notFound();
    authorize(
      ctx.actor,
      ctx.locale,
      policy.recordRealisation(ctx.actor, { employeeId: employee.id, supervisorId: employee.supervisor?.id ?? null }),
    );
    if (plan.status !== WorkPlanStatus.APPROVED || plan.period.id !== subPeriod.period.id) {
      throw invalidState(ctx, {
        id: 'Realisasi dicatat untuk target SKP yang sedang berlaku pada periode yang sama.',
        en: 'Realisation is recorded for targets of the work plan in force, in the same period.',
      });
    }
    if (subPeriod.period.getEntity().state !== PeriodState.OPEN) {
      throw invalidState(
        ctx,
        { id: 'Periode tidak terbuka.', en: 'The period is not open.' },
        { periodState: subPeriod.period.getEntity().state },
      );
    }
    const assessment = await tx.findOne(Assessment, { employee, subPeriod });
    if (assessment?.status === AssessmentStatus.SUBMITTED) throw assessmentLocked(ctx);
    const recordedBy = tx.getReference(Employee, ctx.actor.employeeId!);
    let realisation = await tx.findOne(TargetRealisation, { target, subPeriod });
    const before = realisation
      ? { value: realisation.value, evidenceUrl: realisation.evidenceUrl, note: realisation.note }
      : null;
    if (realisation) {
      Object.assign(realisation, { value: input.value, evidenceUrl, note, recordedBy, recordedAt: new Date() });
    } else {
      realisation = tx.create(TargetRealisation, {
        target,
        subPeriod,
        value: input.value,
        evidenceUrl,
        note,
        recordedBy,
      });
    }
    recordAudit(tx, ctx.actor, {
      action: before ? 'correctRealisation' : 'recordRealisation',
      entityType: 'TargetRealisation',
      entityId: realisation.id,
      before,
      after: { value: input.value, evidenceUrl, note, targetId: target.id, subPeriodId: subPeriod.id },
    });
    return realisation;
  });
}
