import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ORGANISATION_RATING_LABELS } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize, notFound, type Locale } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { Unit } from '../organisation/unit.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { ORGANISATION_RATING_NOTE_MAX, OrganisationRatingRecord } from './organisation-rating.entity.js';
import type { RecordOrganisationRatingInput } from './distribution.types.js';
import { canReadRatingOf, ratingUnitScope } from './rating-scope.js';

/** Most recordings `organisationRatingHistory` returns; the `organisationRatings` connection pages through any number. */
export const HISTORY_CAP = 100;

const unitOrSubPeriodNotFound = (locale: Locale) =>
  notFound({ id: 'Unit kerja atau subperiode tidak ditemukan.', en: 'Unit or sub-period not found.' }, locale);

/** What the audit trail keeps of a recording. */
const snapshot = (record: OrganisationRatingRecord) => ({
  unitId: record.unit.id,
  subPeriodId: record.subPeriod.id,
  rating: record.rating,
  version: record.version,
  note: record.note,
});

function staleRecording(ctx: ServiceContext, current: OrganisationRatingRecord | null, expected: number): DomainError {
  const now = current
    ? {
        id: `versi ${current.version} (${ORGANISATION_RATING_LABELS[current.rating].id}, dicatat oleh ${current.recordedByName ?? 'sistem'})`,
        en: `version ${current.version} (${ORGANISATION_RATING_LABELS[current.rating].en}, recorded by ${current.recordedByName ?? 'the system'})`,
      }
    : { id: 'belum ada yang dicatat', en: 'nothing is recorded' };
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Capaian kinerja organisasi ini sudah berubah sejak Anda membukanya: yang berlaku sekarang ${now.id}, bukan versi ${expected}. Muat ulang, lalu catat lagi bila perlu.`,
        en: `This capaian kinerja organisasi changed since you opened it: in force now is ${now.en}, not version ${expected}. Reload, then record again if needed.`,
      },
      ctx.locale,
    ),
    { currentVersion: current?.version ?? 0 },
  );
}

/**
 * Records the capaian kinerja organisasi of a unit for a sub-period (HR, on behalf of the head of the
 * organisation above; SE MenPANRB 3/2023). The recording in force is superseded, never changed: every
 * recording stays in the history. One transaction with its audit record; recordings of one unit are
 * serialised by a lock on the unit, and a partial unique index keeps one in force whatever happens.
 */
export async function recordOrganisationRating(
  ctx: ServiceContext,
  input: RecordOrganisationRatingInput,
): Promise<{ record: OrganisationRatingRecord; previous: OrganisationRatingRecord | null }> {
  const check = new InputChecker(ctx.locale);
  const rawNote = input.note?.trim() ?? '';
  const note =
    rawNote === ''
      ? null
      : check.text('note', rawNote, { id: 'Catatan', en: 'The note' }, ORGANISATION_RATING_NOTE_MAX);
  if (input.expectedVersion != null && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0)) {
    check.add('expectedVersion', 'VERSION_FORMAT', {
      id: 'expectedVersion adalah versi yang berlaku saat Anda membuka (0 bila belum ada).',
      en: 'expectedVersion is the version in force when you opened it (0 when none).',
    });
  }
  check.throwIfAny();
  if (!isId(input.unitId) || !isId(input.subPeriodId)) throw unitOrSubPeriodNotFound(ctx.locale);
  try {
    return await ctx.em.transactional(async (tx) => {
      const unit = await tx.findOne(Unit, { id: input.unitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const subPeriod = await tx.findOne(SubPeriod, { id: input.subPeriodId });
      if (!unit || !subPeriod) throw unitOrSubPeriodNotFound(ctx.locale);
      const previous = await tx.findOne(OrganisationRatingRecord, { unit, subPeriod, supersededAt: null });
      if (input.expectedVersion != null && input.expectedVersion !== (previous?.version ?? 0))
        throw staleRecording(ctx, previous, input.expectedVersion);
      const now = new Date();
      if (previous) {
        previous.supersededAt = now;
        // Out of force before the new one comes in: the unique index allows one recording in force.
        await tx.flush();
      }
      const record = tx.create(OrganisationRatingRecord, {
        unit,
        subPeriod,
        rating: input.rating,
        version: (previous?.version ?? 0) + 1,
        note,
        recordedById: ctx.actor.userId,
        recordedByName: ctx.actor.name,
        recordedAt: now,
      });
      recordAudit(tx, ctx.actor, {
        action: 'record',
        entityType: 'OrganisationRating',
        entityId: record.id,
        before: previous ? snapshot(previous) : null,
        after: snapshot(record),
        note,
      });
      return { record, previous };
    });
  } catch (error) {
    // A concurrent first recording of the same unit and sub-period lost the race at the unique index.
    if (error instanceof UniqueConstraintViolationException) {
      const current = await ctx.em.findOne(OrganisationRatingRecord, {
        unit: input.unitId,
        subPeriod: input.subPeriodId,
        supersededAt: null,
      });
      throw staleRecording(ctx, current, input.expectedVersion ?? 0);
    }
    throw error;
  }
}

/** The recording in force for a unit and sub-period, or null (none, or a unit outside the reader's scope). */
export async function organisationRatingInForce(
  ctx: ServiceContext,
  unitId: string,
  subPeriodId: string,
): Promise<OrganisationRatingRecord | null> {
  if (!isId(unitId) || !isId(subPeriodId)) return null;
  if (!canReadRatingOf(await ratingUnitScope(ctx), unitId)) return null;
  return ctx.em.findOne(OrganisationRatingRecord, { unit: unitId, subPeriod: subPeriodId, supersededAt: null });
}

/** Every recording for a unit and sub-period, the latest first (at most HISTORY_CAP); empty outside the reader's scope. */
export async function organisationRatingHistory(
  ctx: ServiceContext,
  unitId: string,
  subPeriodId: string,
): Promise<OrganisationRatingRecord[]> {
  if (!isId(unitId) || !isId(subPeriodId)) return [];
  if (!canReadRatingOf(await ratingUnitScope(ctx), unitId)) return [];
  return ctx.em.find(
    OrganisationRatingRecord,
    { unit: unitId, subPeriod: subPeriodId },
    { orderBy: { version: 'desc' }, limit: HISTORY_CAP },
  );
}

/** The recording in force with its guideline row, for the distribution check: one statement. */
export async function inForceWithGuideline(
  em: EntityManager,
  unitId: string,
  subPeriodId: string,
): Promise<{ record: OrganisationRatingRecord; rules: unknown } | null> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select r.*, g."rules" as "guideline_rules"
     from "organisation_rating" r left join "distribution_guideline" g on g."organisation_rating" = r."rating"
     where r."unit_id" = ? and r."sub_period_id" = ? and r."superseded_at" is null`,
    [unitId, subPeriodId],
    'all',
    em.getTransactionContext(),
  );
  const row = rows[0];
  if (!row) return null;
  const { guideline_rules: rules, ...columns } = row;
  return { record: em.map(OrganisationRatingRecord, columns), rules };
}
