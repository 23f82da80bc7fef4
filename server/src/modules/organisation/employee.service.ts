import { CheckConstraintViolationException, LockMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import type { CreateEmployeeInput, UpdateEmployeeInput } from './employee.input.js';
import { Employee } from './employee.entity.js';
import { checkGrade, checkNip } from './employee.rules.js';
import { lockTree, reachesUp } from './hierarchy.js';
import { employeeNotFound, familyNotFound, nipTaken, unitNotFound } from './organisation-errors.js';
import { Unit } from './unit.entity.js';
import { releaseHeadship } from './unit.service.js';

/** What the audit trail keeps of an employee. */
export const employeeSnapshot = (e: Employee) => ({
  nip: e.nip,
  name: e.name,
  position: e.position,
  grade: e.grade,
  employmentType: e.employmentType,
  unitId: e.unit.id,
  familyId: e.family.id,
  supervisorId: e.supervisor?.id ?? null,
  active: e.active,
});

const LABELS = {
  name: { id: 'Nama pegawai', en: 'Employee name' },
  position: { id: 'Jabatan', en: 'Position' },
};

function cycleProblem(ctx: ServiceContext, employee: { name: string }, supervisor: { name: string } | null): never {
  new InputChecker(ctx.locale)
    .add(
      'supervisorId',
      'SUPERVISOR_CYCLE',
      supervisor
        ? {
            id: `${supervisor.name} adalah bawahan (langsung atau tidak langsung) dari ${employee.name}; menjadikannya atasan akan membentuk siklus.`,
            en: `${supervisor.name} reports (directly or indirectly) to ${employee.name}; making them the supervisor would form a cycle.`,
          }
        : { id: 'Rantai atasan akan membentuk siklus.', en: 'The supervisor chain would form a cycle.' },
    )
    .throwIfAny();
  throw new Error('unreachable');
}

async function findUnit(ctx: ServiceContext, tx: EntityManager, id: string): Promise<Unit> {
  const unit = isId(id) ? await tx.findOne(Unit, { id }) : null;
  if (!unit) throw unitNotFound(ctx.locale, 'unitId');
  return unit;
}

async function findFamily(ctx: ServiceContext, tx: EntityManager, id: string): Promise<JobFamily> {
  const family = isId(id) ? await tx.findOne(JobFamily, { id }) : null;
  if (!family) throw familyNotFound(ctx.locale);
  return family;
}

/** A supervisor must exist and be active. */
async function findSupervisor(ctx: ServiceContext, tx: EntityManager, id: string): Promise<Employee> {
  const supervisor = isId(id) ? await tx.findOne(Employee, { id }) : null;
  if (!supervisor) throw employeeNotFound(ctx.locale, 'supervisorId');
  if (!supervisor.active) {
    new InputChecker(ctx.locale)
      .add('supervisorId', 'SUPERVISOR_INACTIVE', {
        id: `${supervisor.name} sudah tidak aktif dan tidak dapat menjadi atasan.`,
        en: `${supervisor.name} is inactive and cannot be a supervisor.`,
      })
      .throwIfAny();
  }
  return supervisor;
}

async function ensureNipFree(ctx: ServiceContext, tx: EntityManager, nip: string, exceptId?: string): Promise<void> {
  const other = await tx.findOne(Employee, { nip });
  if (other && other.id !== exceptId) throw nipTaken(nip, ctx.locale);
}

/** Races lost at commit still answer with the domain error, never an internal one. */
async function mappingViolations<T>(ctx: ServiceContext, nip: () => string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && error.message.includes('employee_nip_unique')) {
      throw nipTaken(nip(), ctx.locale);
    }
    if (error instanceof CheckConstraintViolationException && /acyclic|not_own_supervisor/.test(error.message)) {
      cycleProblem(ctx, { name: '' }, null);
    }
    throw error;
  }
}

export async function createEmployee(ctx: ServiceContext, input: CreateEmployeeInput): Promise<Employee> {
  const check = new InputChecker(ctx.locale);
  const fromNip = checkNip(check, 'nip', input.nip);
  const name = check.text('name', input.name, LABELS.name);
  const position = check.text('position', input.position, LABELS.position);
  const grade = checkGrade(check, 'grade', input.grade, input.employmentType);
  check.throwIfAny();
  const { nip, birthDate, sex } = fromNip!;
  return mappingViolations(
    ctx,
    () => nip,
    () =>
      ctx.em.transactional(async (tx) => {
        const unit = await findUnit(ctx, tx, input.unitId);
        const family = await findFamily(ctx, tx, input.familyId);
        const supervisor = input.supervisorId != null ? await findSupervisor(ctx, tx, input.supervisorId) : null;
        await ensureNipFree(ctx, tx, nip);
        const employee = tx.create(Employee, {
          nip,
          birthDate,
          sex,
          name,
          position,
          grade,
          employmentType: input.employmentType,
          unit,
          family,
          supervisor,
        });
        recordAudit(tx, ctx.actor, {
          action: 'create',
          entityType: 'Employee',
          entityId: employee.id,
          after: employeeSnapshot(employee),
        });
        return employee;
      }),
  );
}

export async function updateEmployee(ctx: ServiceContext, input: UpdateEmployeeInput): Promise<Employee> {
  const check = new InputChecker(ctx.locale);
  const fromNip = input.nip != null ? checkNip(check, 'nip', input.nip) : undefined;
  const name = input.name != null ? check.text('name', input.name, LABELS.name) : undefined;
  const position = input.position != null ? check.text('position', input.position, LABELS.position) : undefined;
  check.throwIfAny();
  return mappingViolations(
    ctx,
    () => fromNip?.nip ?? '',
    () =>
      ctx.em.transactional(async (tx) => {
        const employee = isId(input.id)
          ? await tx.findOne(Employee, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (!employee) throw employeeNotFound(ctx.locale);
        const before = employeeSnapshot(employee);

        const rules = new InputChecker(ctx.locale);
        const employmentType = input.employmentType ?? employee.employmentType;
        if (input.grade != null || input.employmentType != null) {
          employee.grade = checkGrade(rules, 'grade', input.grade ?? employee.grade, employmentType);
          employee.employmentType = employmentType;
        }
        if (input.active === false && employee.active) {
          const reporting = await tx.count(Employee, { supervisor: employee.id, active: true });
          if (reporting > 0) {
            rules.add('active', 'HAS_ACTIVE_SUBORDINATES', {
              id: `${employee.name} masih menjadi atasan ${reporting} pegawai aktif; pindahkan mereka ke atasan lain dulu.`,
              en: `${employee.name} still supervises ${reporting} active employee(s); assign them another supervisor first.`,
            });
          }
        }
        rules.throwIfAny();

        if (fromNip && fromNip.nip !== employee.nip) {
          await ensureNipFree(ctx, tx, fromNip.nip, employee.id);
          Object.assign(employee, fromNip);
        }
        if (name !== undefined) employee.name = name;
        if (position !== undefined) employee.position = position;
        if (input.unitId != null) employee.unit = ref(await findUnit(ctx, tx, input.unitId));
        if (input.familyId != null) employee.family = ref(await findFamily(ctx, tx, input.familyId));
        if (input.supervisorId !== undefined && input.supervisorId !== (employee.supervisor?.id ?? null)) {
          employee.supervisor =
            input.supervisorId === null ? null : ref(await checkedSupervisor(ctx, tx, employee, input.supervisorId));
        }
        if (input.active != null) employee.active = input.active;
        if (employee.unit.id !== before.unitId || (before.active && !employee.active))
          await releaseHeadship(ctx, tx, employee);

        const after = employeeSnapshot(employee);
        const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => after[key] !== before[key]);
        if (changed.length > 0) {
          recordAudit(tx, ctx.actor, {
            action: auditAction(changed, after.active),
            entityType: 'Employee',
            entityId: employee.id,
            before,
            after,
          });
        }
        return employee;
      }),
  );
}

/** The new supervisor, unless it is the employee or one of their (indirect) subordinates. */
async function checkedSupervisor(
  ctx: ServiceContext,
  tx: EntityManager,
  employee: Employee,
  supervisorId: string,
): Promise<Employee> {
  if (supervisorId === employee.id) {
    new InputChecker(ctx.locale)
      .add('supervisorId', 'SUPERVISOR_CYCLE', {
        id: 'Pegawai tidak dapat menjadi atasan dirinya sendiri.',
        en: 'An employee cannot be their own supervisor.',
      })
      .throwIfAny();
  }
  const supervisor = await findSupervisor(ctx, tx, supervisorId);
  await lockTree(tx, 'employee');
  if (await reachesUp(tx, 'employee', supervisor.id, employee.id)) cycleProblem(ctx, employee, supervisor);
  return supervisor;
}

function auditAction(changed: string[], active: boolean): string {
  if (changed.length === 1 && changed[0] === 'active') return active ? 'reactivate' : 'deactivate';
  if (changed.length === 1 && changed[0] === 'supervisorId') return 'changeSupervisor';
  return 'update';
}
