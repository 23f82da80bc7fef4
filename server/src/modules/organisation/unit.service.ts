import { LockMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { lockTree, reachesUp } from './hierarchy.js';
import { employeeNotFound, unitCodeTaken, unitNotFound } from './organisation-errors.js';
import { Employee } from './employee.entity.js';
import { ROOT_KINDS, type UnitKind } from './organisation.enums.js';
import type { CreateUnitInput, UpdateUnitInput } from './unit.input.js';
import { Unit } from './unit.entity.js';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** What the audit trail keeps of a unit. */
export const unitSnapshot = (unit: Unit) => ({
  code: unit.code,
  name: unit.name,
  kind: unit.kind,
  parentId: unit.parent?.id ?? null,
  headId: unit.head?.id ?? null,
});

function checkCode(check: InputChecker, code: string): string {
  const trimmed = code.trim();
  if (!CODE.test(trimmed)) {
    check.add('code', 'CODE_FORMAT', {
      id: 'Kode unit 2–40 karakter: huruf kecil, angka dan garis bawah, diawali huruf (contoh kel_bukit_sari).',
      en: 'A unit code has 2–40 characters: lower-case letters, digits and underscores, starting with a letter (e.g. kel_bukit_sari).',
    });
  }
  return trimmed;
}

function checkKindAndParent(check: InputChecker, kind: UnitKind, hasParent: boolean): void {
  if (!hasParent && !ROOT_KINDS.includes(kind)) {
    check.add('parentId', 'PARENT_REQUIRED', {
      id: 'Sekretariat, seksi dan kelurahan harus berada di bawah unit induk.',
      en: 'A secretariat, section or kelurahan must belong to a parent unit.',
    });
  }
}

async function findParent(ctx: ServiceContext, tx: EntityManager, parentId: string): Promise<Unit> {
  const parent = isId(parentId) ? await tx.findOne(Unit, { id: parentId }) : null;
  if (!parent) throw unitNotFound(ctx.locale, 'parentId');
  return parent;
}

async function ensureCodeFree(ctx: ServiceContext, tx: EntityManager, code: string, exceptId?: string): Promise<void> {
  const other = await tx.findOne(Unit, { code });
  if (other && other.id !== exceptId) throw unitCodeTaken(code, ctx.locale);
}

/** A unique-code race lost at commit still answers CONFLICT, not an internal error. */
async function mappingConflicts<T>(ctx: ServiceContext, code: () => string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && error.message.includes('unit_code_unique')) {
      throw unitCodeTaken(code(), ctx.locale);
    }
    throw error;
  }
}

export async function createUnit(ctx: ServiceContext, input: CreateUnitInput): Promise<Unit> {
  const check = new InputChecker(ctx.locale);
  const code = checkCode(check, input.code);
  const name = check.text('name', input.name, { id: 'Nama unit', en: 'Unit name' });
  checkKindAndParent(check, input.kind, input.parentId != null);
  check.throwIfAny();
  return mappingConflicts(
    ctx,
    () => code,
    () =>
      ctx.em.transactional(async (tx) => {
        const parent = input.parentId != null ? await findParent(ctx, tx, input.parentId) : null;
        await ensureCodeFree(ctx, tx, code);
        const unit = tx.create(Unit, { code, name, kind: input.kind, parent });
        recordAudit(tx, ctx.actor, {
          action: 'create',
          entityType: 'Unit',
          entityId: unit.id,
          after: unitSnapshot(unit),
        });
        return unit;
      }),
  );
}

export async function updateUnit(ctx: ServiceContext, input: UpdateUnitInput): Promise<Unit> {
  const check = new InputChecker(ctx.locale);
  const code = input.code != null ? checkCode(check, input.code) : undefined;
  const name = input.name != null ? check.text('name', input.name, { id: 'Nama unit', en: 'Unit name' }) : undefined;
  check.throwIfAny();
  return mappingConflicts(
    ctx,
    () => code ?? '',
    () =>
      ctx.em.transactional(async (tx) => {
        const unit = isId(input.id)
          ? await tx.findOne(Unit, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (!unit) throw unitNotFound(ctx.locale);
        const before = unitSnapshot(unit);
        const rules = new InputChecker(ctx.locale);
        if (input.parentId !== undefined && input.parentId !== (unit.parent?.id ?? null)) {
          unit.parent = input.parentId === null ? null : ref(await checkedParent(ctx, tx, unit, input.parentId));
        }
        if (input.kind != null) unit.kind = input.kind;
        checkKindAndParent(rules, unit.kind, unit.parent !== null);
        rules.throwIfAny();
        if (code !== undefined && code !== unit.code) {
          await ensureCodeFree(ctx, tx, code, unit.id);
          unit.code = code;
        }
        if (name !== undefined) unit.name = name;
        if (input.headId !== undefined && input.headId !== (unit.head?.id ?? null)) {
          unit.head = input.headId === null ? null : ref(await checkedHead(ctx, tx, unit, input.headId));
        }
        const after = unitSnapshot(unit);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          recordAudit(tx, ctx.actor, { action: 'update', entityType: 'Unit', entityId: unit.id, before, after });
        }
        return unit;
      }),
  );
}

/** The new parent, unless it is the unit itself or one of its descendants (which would close a cycle). */
async function checkedParent(ctx: ServiceContext, tx: EntityManager, unit: Unit, parentId: string): Promise<Unit> {
  const parent = await findParent(ctx, tx, parentId);
  await lockTree(tx, 'unit');
  if (parent.id === unit.id || (await reachesUp(tx, 'unit', parent.id, unit.id))) {
    new InputChecker(ctx.locale)
      .add('parentId', 'PARENT_CYCLE', {
        id: `${parent.name} berada di bawah ${unit.name} (atau unit itu sendiri); menjadikannya induk akan membentuk siklus.`,
        en: `${parent.name} lies below ${unit.name} (or is the unit itself); making it the parent would form a cycle.`,
      })
      .throwIfAny();
  }
  return parent;
}

/**
 * The new head of a unit: an active employee working in that unit. The head's suggested rating hasil kerja follows
 * the unit's capaian kinerja organisasi (SE MenPANRB 3/2023), so only someone of the unit can hold it.
 */
async function checkedHead(ctx: ServiceContext, tx: EntityManager, unit: Unit, headId: string): Promise<Employee> {
  const head = isId(headId) ? await tx.findOne(Employee, { id: headId }) : null;
  if (!head) throw employeeNotFound(ctx.locale, 'headId');
  if (!head.active || head.unit.id !== unit.id) {
    new InputChecker(ctx.locale)
      .add(
        'headId',
        head.active ? 'HEAD_NOT_IN_UNIT' : 'HEAD_INACTIVE',
        head.active
          ? {
              id: `${head.name} bukan pegawai ${unit.name}; pindahkan dulu ke unit ini, lalu tetapkan sebagai kepala.`,
              en: `${head.name} does not work in ${unit.name}; move them to this unit first, then make them its head.`,
            }
          : {
              id: `${head.name} tidak aktif dan tidak dapat menjadi kepala unit.`,
              en: `${head.name} is inactive and cannot head a unit.`,
            },
      )
      .throwIfAny();
  }
  return head;
}

/**
 * Called when an employee moves to another unit or is deactivated: a unit they head loses its head (they no
 * longer lead it), audited on the unit in the same transaction.
 */
export async function releaseHeadship(ctx: ServiceContext, tx: EntityManager, employee: Employee): Promise<void> {
  const headed = await tx.find(Unit, { head: employee.id });
  for (const unit of headed) {
    if (employee.active && unit.id === employee.unit.id) continue;
    const before = unitSnapshot(unit);
    unit.head = null;
    recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'Unit',
      entityId: unit.id,
      before,
      after: unitSnapshot(unit),
      note: employee.active
        ? `Kepala unit ${employee.name} pindah ke unit lain.`
        : `Kepala unit ${employee.name} dinonaktifkan.`,
    });
  }
}
