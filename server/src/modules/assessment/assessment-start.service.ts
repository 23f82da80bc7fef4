import { assessmentForm, planTargetKey, type AnswerSet } from '@kinerja/shared';
import type { ServiceContext } from '../../graphql/service-context.js';
import { DomainError, localize } from '../../graphql/errors.js';
import { isId } from '../../graphql/ids.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { PeriodTemplate } from '../period/period-template.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { loadContent, toPlanResults } from '../work-plan/work-plan-content.js';
import { WorkPlan } from '../work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../work-plan/work-plan.enums.js';
import { invalidState } from './assessment-errors.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentForm } from './assessment-form.entity.js';
import { storeForm } from './assessment-form.store.js';
import { TargetRealisation } from './target-realisation.entity.js';
import { canSeeOwned, readScope } from '../../policy/read-scope.js';

/**
 * Opens the assessment of an employee for a sub-period — or returns the one already open. The form is
 * the family's template version pinned for the period with the approved plan's targets, prefilled with
 * the realisation recorded during the sub-period: nobody types a number twice.
 */
export async function startAssessment(ctx: ServiceContext, input: { employeeId: string; subPeriodId: string }): Promise<Assessment> {
  const notFound = () =>
    new DomainError('NOT_FOUND', localize({ id: 'Pegawai atau subperiode tidak ditemukan.', en: 'Employee or sub-period not found.' }, ctx.locale));
  if (!isId(input.employeeId) || !isId(input.subPeriodId)) throw notFound();
  return ctx.em.transactional(async (tx) => {
    const employee = await tx.findOne(Employee, { id: input.employeeId });
    const subPeriod = await tx.findOne(SubPeriod, { id: input.subPeriodId }, { populate: ['period'] });
    if (!employee || !subPeriod || !canSeeOwned(await readScope(ctx), employee.id)) throw notFound();
    authorize(ctx.actor, ctx.locale, policy.startAssessment(ctx.actor, { supervisorId: employee.supervisor?.id ?? null }));

    const existing = await tx.findOne(Assessment, { employee, subPeriod });
    if (existing) return existing;

    const period = subPeriod.period.getEntity();
    if (period.state !== PeriodState.OPEN) {
      throw invalidState(ctx, { id: 'Penilaian hanya dapat dimulai saat periode terbuka.', en: 'Assessments can start only while the period is open.' }, { periodState: period.state });
    }
    if (!employee.supervisor) {
      throw invalidState(ctx, { id: `${employee.name} belum memiliki pejabat penilai.`, en: `${employee.name} has no supervisor (assessor).` });
    }
    const plan = await tx.findOne(WorkPlan, { employee, period, status: WorkPlanStatus.APPROVED });
    if (!plan) {
      throw invalidState(ctx, {
        id: `SKP ${employee.name} untuk ${period.year} belum disetujui; setujui rencana kerjanya dulu.`,
        en: `${employee.name}'s work plan for ${period.year} is not approved yet; approve it first.`,
      });
    }
    const pinned = await tx.findOne(PeriodTemplate, { period, family: employee.family }, { populate: ['templateVersion'] });
    if (!pinned) {
      throw invalidState(ctx, { id: 'Periode ini belum menetapkan templat untuk rumpun jabatan pegawai.', en: 'This period pins no template for the employee’s job family.' });
    }
    const results = toPlanResults(await loadContent(tx, plan));
    const realisations = await tx.find(TargetRealisation, {
      subPeriod,
      target: { $in: results.flatMap((r) => r.targets.map((t) => t.id)) },
    });
    const answers: AnswerSet = {};
    for (const realisation of realisations) answers[planTargetKey({ id: realisation.target.id })] = { realisation: realisation.value };

    const formId = await storeForm(tx, assessmentForm(pinned.templateVersion.getEntity().definition, results));
    const assessment = tx.create(Assessment, {
      employee,
      subPeriod,
      period,
      templateVersion: pinned.templateVersion,
      workPlan: plan,
      assessor: employee.supervisor,
      form: tx.getReference(AssessmentForm, formId),
      answers,
    });
    recordAudit(tx, ctx.actor, {
      action: 'start',
      entityType: 'Assessment',
      entityId: assessment.id,
      after: { employeeId: employee.id, subPeriodId: subPeriod.id, templateVersionId: pinned.templateVersion.id, workPlanId: plan.id },
    });
    return assessment;
  });
}
