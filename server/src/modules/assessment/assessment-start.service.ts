import {
  aggregateValues,
  aggregationOf,
  assessmentForm,
  planTargetKey,
  type AnswerSet,
  type FormScope,
  type PlanResult,
} from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { Unit } from '../organisation/unit.entity.js';
import { PeriodTemplate } from '../period/period-template.entity.js';
import { assertAnnualEvaluationOpen, subPeriodsOf } from '../period/annual-evaluation.js';
import { PeriodState, SubPeriodKind } from '../period/period.enums.js';
import type { Period } from '../period/period.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { loadContent, toPlanResults } from '../work-plan/work-plan-content.js';
import { WorkPlan } from '../work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../work-plan/work-plan.enums.js';
import { invalidState } from './assessment-errors.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentForm } from './assessment-form.entity.js';
import { storeForm } from './assessment-form.store.js';
import { TargetRealisation } from './target-realisation.entity.js';
import type { PlanContent } from '../work-plan/work-plan-content.js';
import { canSeeOwned, readScope } from '../../policy/read-scope.js';

/**
 * The realisation of each plan target to prefill, by answer key. A periodic form takes what was recorded for its
 * sub-period; the annual form what was recorded for the year, else the periodic realisations aggregated as the
 * target says (sum, last, average). Realisations follow a target's lineage, so what was recorded on an earlier
 * revision of the plan still counts after a revision.
 */
async function prefillRealisations(
  tx: EntityManager,
  content: PlanContent,
  results: readonly PlanResult[],
  period: Period,
  employeeId: string,
  subPeriod: SubPeriod,
): Promise<AnswerSet> {
  const { periodic, annual } = await subPeriodsOf(tx, period);
  const wanted = subPeriod.kind === SubPeriodKind.ANNUAL ? [...periodic, ...(annual ? [annual] : [])] : [subPeriod];
  const lineageOf = new Map([...content.targets.values()].flat().map((target) => [target.id, target.lineageId]));
  const recorded = await tx.find(
    TargetRealisation,
    {
      target: {
        lineageId: { $in: [...lineageOf.values()] },
        result: { plan: { employee: employeeId, period: period.id } },
      },
      subPeriod: { $in: wanted.map((s) => s.id) },
    },
    { populate: ['target'], orderBy: { recordedAt: 'asc' } },
  );
  // The latest value per (lineage, sub-period).
  const latest = new Map<string, number>();
  for (const row of recorded) latest.set(`${row.target.getEntity().lineageId}|${row.subPeriod.id}`, row.value);
  const answers: AnswerSet = {};
  for (const target of results.flatMap((result) => result.targets)) {
    const lineage = lineageOf.get(target.id)!;
    const value =
      subPeriod.kind !== SubPeriodKind.ANNUAL
        ? latest.get(`${lineage}|${subPeriod.id}`)
        : ((annual && latest.get(`${lineage}|${annual.id}`)) ??
          aggregateValues(
            aggregationOf(target),
            periodic.map((sub) => latest.get(`${lineage}|${sub.id}`)),
          ));
    if (value !== undefined && value !== null) answers[planTargetKey(target)] = { realisation: value };
  }
  return answers;
}

/**
 * Opens the assessment of an employee for a sub-period — or returns the one already open. The form is
 * the family's template version pinned for the period with the approved plan's targets — the sub-period's
 * periodic targets, or the annual ones for the year — prefilled with the realisation recorded: nobody types a
 * number twice. The annual evaluation can be started only once it is open (see period/annual-evaluation.ts).
 */
export async function startAssessment(
  ctx: ServiceContext,
  input: { employeeId: string; subPeriodId: string },
): Promise<Assessment> {
  const notFound = () =>
    new DomainError(
      'NOT_FOUND',
      localize({ id: 'Pegawai atau subperiode tidak ditemukan.', en: 'Employee or sub-period not found.' }, ctx.locale),
    );
  if (!isId(input.employeeId) || !isId(input.subPeriodId)) throw notFound();
  return ctx.em.transactional(async (tx) => {
    const employee = await tx.findOne(Employee, { id: input.employeeId });
    const subPeriod = await tx.findOne(SubPeriod, { id: input.subPeriodId }, { populate: ['period'] });
    if (!employee || !subPeriod || !canSeeOwned(await readScope(ctx), employee.id)) throw notFound();
    authorize(
      ctx.actor,
      ctx.locale,
      policy.startAssessment(ctx.actor, { supervisorId: employee.supervisor?.id ?? null }),
    );

    const existing = await tx.findOne(Assessment, { employee, subPeriod });
    if (existing) return existing;

    const period = subPeriod.period.getEntity();
    if (period.state !== PeriodState.OPEN) {
      throw invalidState(
        ctx,
        {
          id: 'Penilaian hanya dapat dimulai saat periode terbuka.',
          en: 'Assessments can start only while the period is open.',
        },
        { periodState: period.state },
      );
    }
    if (subPeriod.kind === SubPeriodKind.ANNUAL) {
      const unit = await tx.findOneOrFail(Unit, { id: employee.unit.id });
      await assertAnnualEvaluationOpen(tx, period, ctx.locale, unit.timeZone);
    }
    if (!employee.supervisor) {
      throw invalidState(ctx, {
        id: `${employee.name} belum memiliki pejabat penilai.`,
        en: `${employee.name} has no supervisor (assessor).`,
      });
    }
    const plan = await tx.findOne(WorkPlan, { employee, period, status: WorkPlanStatus.APPROVED });
    if (!plan) {
      throw invalidState(ctx, {
        id: `SKP ${employee.name} untuk ${period.year} belum disetujui; setujui rencana kerjanya dulu.`,
        en: `${employee.name}'s work plan for ${period.year} is not approved yet; approve it first.`,
      });
    }
    const pinned = await tx.findOne(
      PeriodTemplate,
      { period, family: employee.family },
      { populate: ['templateVersion'] },
    );
    if (!pinned) {
      throw invalidState(ctx, {
        id: 'Periode ini belum menetapkan templat untuk rumpun jabatan pegawai.',
        en: 'This period pins no template for the employee’s job family.',
      });
    }
    const content = await loadContent(tx, plan);
    const results = toPlanResults(content);
    const answers = await prefillRealisations(tx, content, results, period, employee.id, subPeriod);
    const count = (await subPeriodsOf(tx, period)).periodic.length;
    const scope: FormScope =
      subPeriod.kind === SubPeriodKind.ANNUAL
        ? { kind: 'annual' }
        : { kind: 'periodic', number: subPeriod.number, count };
    const formId = await storeForm(tx, assessmentForm(pinned.templateVersion.getEntity().definition, results, scope));
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
      after: {
        employeeId: employee.id,
        subPeriodId: subPeriod.id,
        templateVersionId: pinned.templateVersion.id,
        workPlanId: plan.id,
      },
    });
    return assessment;
  });
}
