import { randomUUID } from 'node:crypto';
import {
  isBerakhlakCode,
  planFromTemplate,
  validateWorkPlan,
  type Problem,
  type TemplateDefinition,
} from '@kinerja/shared';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, localize, notFound } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import type { ServiceContext } from '../../kernel/service-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { Employee } from '../organisation/employee.entity.js';
import { PeriodTemplate } from '../period/period-template.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { Period } from '../period/period.entity.js';
import { periodicCount } from '../period/sub-period-plan.js';
import type { TargetAggregation, TargetAspect, TargetDirection } from '../template/definition.enums.js';
import { TemplateVersion, TemplateVersionStatus } from '../template/template-version.entity.js';
import { BehaviourExpectation } from './behaviour-expectation.entity.js';
import { policy } from '../../policy/policy.js';
import { guard, lockPlan, planPeople, planSummary, requireSignedIn, VERBS } from './work-plan-access.js';
import {
  contentSummary,
  inputsToPlanResults,
  loadContent,
  parentProblems,
  shapeProblems,
  toPlanResults,
  writeContent,
} from './work-plan-content.js';
import { forbidden, periodClosed, planExists, planProblemsError } from './work-plan-errors.js';
import type {
  CreateWorkPlanInput,
  SaveWorkPlanInput,
  SetBehaviourExpectationsInput,
  WorkResultInput,
} from './work-plan.input.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus, type WorkResultKind } from './work-plan.enums.js';
import { canSeeOwned, readScope } from '../../policy/read-scope.js';

export const MAX_EXPECTATION_LENGTH = 1000;
const EDITABLE = [WorkPlanStatus.DRAFT, WorkPlanStatus.RETURNED] as const;
const NOT_LOCKED = [WorkPlanStatus.DRAFT, WorkPlanStatus.SUBMITTED, WorkPlanStatus.RETURNED] as const;

/**
 * The template version in force for the employee's family: the one pinned when the period opened, else
 * the latest published version of a template of that family; null when there is none.
 */
async function templateInForce(tx: EntityManager, period: Period, employee: Employee): Promise<TemplateVersion | null> {
  if (period.state === PeriodState.OPEN) {
    const pin = await tx.findOne(PeriodTemplate, { period: period.id, family: employee.family.id });
    if (pin) return tx.findOneOrFail(TemplateVersion, { id: pin.templateVersion.id });
  }
  return tx.findOne(
    TemplateVersion,
    { status: TemplateVersionStatus.PUBLISHED, template: { family: employee.family.id } },
    { orderBy: { publishedAt: 'desc', id: 'desc' } },
  );
}

/** A template's prefill as inputs without ids: every row is new. */
const prefill = (definition: TemplateDefinition): WorkResultInput[] =>
  planFromTemplate(definition, randomUUID).map(({ id: _id, targets, ...result }) => ({
    ...result,
    kind: result.kind as WorkResultKind,
    parentResultId: null,
    targets: targets.map(({ id: _target, ...target }) => ({
      ...target,
      aspect: target.aspect as TargetAspect,
      direction: target.direction as TargetDirection,
      aggregation: target.aggregation as TargetAggregation | undefined,
      periodicTargets: undefined,
    })),
  }));

/** Revision 1 of an employee's plan for a period, prefilled with the work-results targets of the template in force. */
export async function createWorkPlan(ctx: ServiceContext, input: CreateWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  const employeeId = input.employeeId ?? actor.employeeId;
  if (!employeeId) {
    new InputChecker(ctx.locale)
      .add('employeeId', 'REQUIRED', {
        id: 'Sebutkan pegawai pemilik rencana kerja.',
        en: 'Name the employee whose work plan it is.',
      })
      .throwIfAny();
  }
  if (!policy.startPlan(actor, { employeeId: employeeId! })) throw forbidden(VERBS.create.active, ctx.locale);
  try {
    return await ctx.em.transactional(async (tx) => {
      const period = isId(input.periodId)
        ? await tx.findOne(Period, { id: input.periodId }, { lockMode: LockMode.PESSIMISTIC_READ })
        : null;
      if (!period)
        throw new DomainError(
          'NOT_FOUND',
          localize({ id: 'Periode tidak ditemukan.', en: 'Period not found.' }, ctx.locale),
          { field: 'periodId' },
        );
      const employee = isId(employeeId!) ? await tx.findOne(Employee, { id: employeeId! }) : null;
      if (!employee || !canSeeOwned(await readScope(ctx), employee.id))
        throw notFound({ id: 'Pegawai tidak ditemukan.', en: 'Employee not found.' }, ctx.locale);
      if (period.state === PeriodState.CLOSED) throw periodClosed(period, ctx.locale);
      if (!employee.active) {
        throw new DomainError(
          'INVALID_STATE',
          localize(
            {
              id: `${employee.name} sudah tidak aktif dan tidak membuat rencana kerja.`,
              en: `${employee.name} is inactive and has no work plan.`,
            },
            ctx.locale,
          ),
          { reason: 'EMPLOYEE_INACTIVE' },
        );
      }
      const existing = await tx.findOne(
        WorkPlan,
        { employee: employee.id, period: period.id },
        { orderBy: { revision: 'desc' } },
      );
      if (existing) throw planExists(existing, ctx.locale);
      const version = await templateInForce(tx, period, employee);
      const inputs = version ? prefill(version.definition) : [];
      const plan = tx.create(WorkPlan, { employee, period });
      writeContent(tx, plan, inputs, { results: [], targets: new Map() }, periodicCount(period.cadence));
      recordAudit(tx, ctx.actor, {
        action: 'create',
        entityType: 'WorkPlan',
        entityId: plan.id,
        after: {
          ...planSummary(plan),
          employeeId: employee.id,
          periodId: period.id,
          templateVersionId: version?.id ?? null,
          results: contentSummary(inputsToPlanResults(inputs)),
        },
      });
      return plan;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const existing = await ctx.em
        .fork()
        .findOne(WorkPlan, { employee: employeeId!, period: input.periodId }, { orderBy: { revision: 'desc' } });
      if (existing) throw planExists(existing, ctx.locale);
    }
    throw error;
  }
}

/** Replaces the whole content of a draft or returned revision; refused with every problem found. */
export async function saveWorkPlan(ctx: ServiceContext, input: SaveWorkPlanInput): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  return ctx.em.transactional(async (tx) => {
    const locked = await lockPlan(ctx, tx, input.planId);
    const { plan, employee } = locked;
    guard(ctx, locked, {
      allowed: policy.editOwnPlan(actor, { employeeId: plan.employee.id }),
      expectedLockVersion: input.expectedLockVersion,
      statuses: EDITABLE,
      verb: VERBS.save,
    });
    const content = await loadContent(tx, plan);
    const results = inputsToPlanResults(input.results, content);
    const subPeriods = periodicCount(locked.period.cadence);
    const problems = [
      ...shapeProblems(input.results, content),
      ...validateWorkPlan(results, { subPeriods }),
      ...(await parentProblems(tx, plan, employee, results)),
    ];
    if (problems.length > 0) {
      throw planProblemsError(
        { id: 'Rencana kerja belum dapat disimpan.', en: 'The work plan cannot be saved.' },
        problems,
        ctx.locale,
      );
    }
    const before = { ...planSummary(plan), results: contentSummary(toPlanResults(content)) };
    writeContent(tx, plan, input.results, content, subPeriods);
    plan.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'save',
      entityType: 'WorkPlan',
      entityId: plan.id,
      before,
      after: { ...planSummary(plan), results: contentSummary(results) },
    });
    return plan;
  });
}

function expectationProblems(input: SetBehaviourExpectationsInput): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const issue = (code: string, path: string, id: string, en: string) =>
    problems.push({ code, path, message: { id, en } });
  input.expectations.forEach((e, i) => {
    const at = `expectations.${i}`;
    if (!isBerakhlakCode(e.valueCode)) {
      issue(
        'VALUE_UNKNOWN',
        `${at}.valueCode`,
        `'${e.valueCode}' bukan kode nilai BerAKHLAK.`,
        `'${e.valueCode}' is not a BerAKHLAK value code.`,
      );
    } else if (seen.has(e.valueCode)) {
      issue(
        'VALUE_DUPLICATE',
        `${at}.valueCode`,
        `Nilai '${e.valueCode}' disebut dua kali.`,
        `The value '${e.valueCode}' is given twice.`,
      );
    }
    seen.add(e.valueCode);
    const text = e.expectation.trim();
    if (text === '') {
      issue(
        'EXPECTATION_MISSING',
        `${at}.expectation`,
        'Ekspektasi wajib diisi; tinggalkan nilainya bila tidak ada.',
        'The expectation is required; leave the value out when there is none.',
      );
    } else if (text.length > MAX_EXPECTATION_LENGTH) {
      issue(
        'EXPECTATION_TOO_LONG',
        `${at}.expectation`,
        `Ekspektasi paling banyak ${MAX_EXPECTATION_LENGTH} karakter.`,
        `An expectation may have at most ${MAX_EXPECTATION_LENGTH} characters.`,
      );
    }
  });
  return problems;
}

/** Replaces the supervisor's specific expectations (ekspektasi khusus pimpinan) of a plan not yet approved. */
export async function setBehaviourExpectations(
  ctx: ServiceContext,
  input: SetBehaviourExpectationsInput,
): Promise<WorkPlan> {
  const actor = requireSignedIn(ctx);
  return ctx.em.transactional(async (tx) => {
    const locked = await lockPlan(ctx, tx, input.planId);
    const { plan, employee } = locked;
    guard(ctx, locked, {
      allowed: policy.setExpectations(actor, planPeople(plan, employee)),
      expectedLockVersion: input.expectedLockVersion,
      statuses: NOT_LOCKED,
      verb: VERBS.setExpectations,
    });
    const problems = expectationProblems(input);
    if (problems.length > 0) {
      throw planProblemsError(
        { id: 'Ekspektasi belum dapat disimpan.', en: 'The expectations cannot be saved.' },
        problems,
        ctx.locale,
      );
    }
    const existing = new Map((await tx.find(BehaviourExpectation, { plan: plan.id })).map((e) => [e.valueCode, e]));
    const before = [...existing.values()].map((e) => ({ valueCode: e.valueCode, expectation: e.expectation }));
    const after = input.expectations.map((e) => ({ valueCode: e.valueCode, expectation: e.expectation.trim() }));
    for (const { valueCode, expectation } of after) {
      const row = existing.get(valueCode);
      if (row) row.expectation = expectation;
      else tx.create(BehaviourExpectation, { plan, valueCode, expectation });
      existing.delete(valueCode);
    }
    for (const gone of existing.values()) tx.remove(gone);
    const planBefore = planSummary(plan);
    plan.lockVersion += 1;
    recordAudit(tx, ctx.actor, {
      action: 'setExpectations',
      entityType: 'WorkPlan',
      entityId: plan.id,
      before: { ...planBefore, expectations: before },
      after: { ...planSummary(plan), expectations: after },
    });
    return plan;
  });
}
