import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize, notFound, type Locale } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { PeriodCadence, PeriodState, STATE_LABELS } from './period.enums.js';
import { Period } from './period.entity.js';
import type { CreatePeriodInput, UpdatePeriodInput } from './period.input.js';
import { pinTemplateVersions } from './pinning.service.js';
import { planSubPeriods } from './sub-period-plan.js';
import { SubPeriod } from './sub-period.entity.js';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const snapshot = (period: Period) => ({
  year: period.year,
  cadence: period.cadence,
  state: period.state,
  annualEvaluationOpens: period.annualEvaluationOpens,
});

function yearTaken(year: number, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize({ id: `Periode ${year} sudah ada.`, en: `A period for ${year} already exists.` }, locale),
    { field: 'year' },
  );
}

/** Adds a period in PLANNING with its generated sub-periods to the unit of work of `tx` (no audit). */
export function createPeriodRows(
  tx: EntityManager,
  year: number,
  cadence: PeriodCadence,
): { period: Period; subPeriods: SubPeriod[] } {
  const period = tx.create(Period, { year, cadence });
  const subPeriods = planSubPeriods(year, cadence).map((plan) => tx.create(SubPeriod, { period, ...plan }));
  return { period, subPeriods };
}

export async function createPeriod(ctx: ServiceContext, input: CreatePeriodInput): Promise<Period> {
  const check = new InputChecker(ctx.locale);
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR) {
    check.add('year', 'OUT_OF_RANGE', {
      id: `Tahun periode harus antara ${MIN_YEAR} dan ${MAX_YEAR}.`,
      en: `The period year must be between ${MIN_YEAR} and ${MAX_YEAR}.`,
    });
  }
  check.throwIfAny();
  try {
    return await ctx.em.transactional(async (tx) => {
      if ((await tx.count(Period, { year: input.year })) > 0) throw yearTaken(input.year, ctx.locale);
      const { period, subPeriods } = createPeriodRows(tx, input.year, input.cadence ?? PeriodCadence.QUARTERLY);
      if (input.annualEvaluationOpens) period.annualEvaluationOpens = input.annualEvaluationOpens;
      recordAudit(tx, ctx.actor, {
        action: 'create',
        entityType: 'Period',
        entityId: period.id,
        after: { ...snapshot(period), subPeriods: subPeriods.map((sub) => sub.name) },
      });
      return period;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw yearTaken(input.year, ctx.locale);
    throw error;
  }
}

async function lockPeriod(ctx: ServiceContext, tx: EntityManager, periodId: string): Promise<Period> {
  const period = isId(periodId)
    ? await tx.findOne(Period, { id: periodId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!period) throw notFound({ id: 'Periode tidak ditemukan.', en: 'Period not found.' }, ctx.locale);
  return period;
}

function wrongState(
  period: Period,
  required: PeriodState,
  verb: { id: string; en: string },
  locale: Locale,
): DomainError {
  const current = STATE_LABELS[period.state as PeriodState];
  const needed = STATE_LABELS[required];
  return new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: `Periode ${period.year} berstatus ${current.id} (${period.state}); hanya periode berstatus ${needed.id} yang dapat ${verb.id}.`,
        en: `Period ${period.year} is ${current.en} (${period.state}); only a period in ${needed.en} can be ${verb.en}.`,
      },
      locale,
    ),
    { state: period.state },
  );
}

/**
 * PLANNING → OPEN: pins, for every job family, its latest published template version, so that the
 * whole period is assessed by the rules known at its start. Refused when a family with active
 * employees has no published version.
 */
export async function openPeriod(ctx: ServiceContext, periodId: string): Promise<Period> {
  return ctx.em.transactional(async (tx) => {
    const period = await lockPeriod(ctx, tx, periodId);
    if (period.state !== PeriodState.PLANNING) {
      throw wrongState(period, PeriodState.PLANNING, { id: 'dibuka', en: 'opened' }, ctx.locale);
    }
    const before = snapshot(period);
    const pins = await pinTemplateVersions(ctx, tx, period);
    period.state = PeriodState.OPEN;
    period.openedAt = new Date();
    recordAudit(tx, ctx.actor, {
      action: 'open',
      entityType: 'Period',
      entityId: period.id,
      before,
      after: { ...snapshot(period), pinned: pins },
    });
    return period;
  });
}

/** OPEN → CLOSED. */
export async function closePeriod(ctx: ServiceContext, periodId: string): Promise<Period> {
  return ctx.em.transactional(async (tx) => {
    const period = await lockPeriod(ctx, tx, periodId);
    if (period.state !== PeriodState.OPEN) {
      throw wrongState(period, PeriodState.OPEN, { id: 'ditutup', en: 'closed' }, ctx.locale);
    }
    const before = snapshot(period);
    period.state = PeriodState.CLOSED;
    period.closedAt = new Date();
    recordAudit(tx, ctx.actor, {
      action: 'close',
      entityType: 'Period',
      entityId: period.id,
      before,
      after: snapshot(period),
    });
    return period;
  });
}

/** Changes a period's settings (when its annual evaluation opens) while it is not closed. Audited. */
export async function updatePeriod(ctx: ServiceContext, input: UpdatePeriodInput): Promise<Period> {
  return ctx.em.transactional(async (tx) => {
    const period = isId(input.periodId)
      ? await tx.findOne(Period, { id: input.periodId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!period) throw notFound({ id: 'Periode tidak ditemukan.', en: 'Period not found.' }, ctx.locale);
    if (period.state === PeriodState.CLOSED) {
      throw new DomainError(
        'INVALID_STATE',
        localize(
          { id: `Periode ${period.year} sudah ditutup.`, en: `The ${period.year} period is closed.` },
          ctx.locale,
        ),
        { state: period.state },
      );
    }
    const before = snapshot(period);
    period.annualEvaluationOpens = input.annualEvaluationOpens;
    recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'Period',
      entityId: period.id,
      before,
      after: snapshot(period),
    });
    return period;
  });
}
