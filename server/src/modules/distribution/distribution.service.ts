import {
  checkDistribution,
  ratingNotRecordedText,
  validateGuidelineRules,
  type GuidelineRule,
  type Predikat as SharedPredikat,
} from '@kinerja/shared';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId, NO_ID } from '../../kernel/ids.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import type { Predikat } from '../template/definition.enums.js';
import { readScope } from '../../policy/read-scope.js';
import type { PredikatDistribution } from './distribution.types.js';
import { boundsOf } from './distribution-guideline.service.js';
import { inForceWithGuideline } from './organisation-rating.service.js';
import { canReadRatingOf, ratingUnitScope } from './rating-scope.js';

/**
 * Predikat counts of the submitted assessments of a sub-period, for the employees of a unit (and of every
 * unit below it): one statement, the tree walked by a recursive CTE on `unit.parent_id`. Only the
 * assessments the actor may read count (the read scope, as `assessmentCondition`): a supervisor sees the
 * distribution of their own team, never another team's.
 */
const COUNT_BY_PREDIKAT = `
  with recursive "scope"("id") as (
    select ?::uuid
    union
    select u."id" from "unit" u join "scope" s on u."parent_id" = s."id" where ?::boolean
  )
  select a."predikat", count(*)::int as "count"
  from "assessment" a
  join "employee" e on e."id" = a."employee_id"
  where a."sub_period_id" = ? and a."status" = 'SUBMITTED' and e."unit_id" in (select "id" from "scope")
    and (?::boolean or a."employee_id" in (?) or a."assessor_id" in (?))
  group by a."predikat"`;

/** A list for `in (?)`, never empty. */
const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : [NO_ID]);

function notFound(ctx: Context): DomainError {
  return new DomainError(
    'NOT_FOUND',
    localize(
      { id: 'Unit, periode atau subperiode tidak ditemukan.', en: 'Unit, period or sub-period not found.' },
      ctx.locale,
    ),
  );
}

/**
 * The distribution of predikat in a unit for a sub-period (the annual one by default), checked by the shared
 * rules against the guideline row (data) of the unit's capaian kinerja organisasi recorded for that sub-period.
 * With none recorded (or none the reader may see) nothing is expected: a notice says so and the curve gets no
 * warning. Read-only; it never blocks anything. Employees count in the unit they belong to now.
 */
export async function predikatDistribution(
  ctx: Context,
  args: { unitId: string; periodId: string; subPeriodId?: string | null; includeSubUnits: boolean },
): Promise<PredikatDistribution> {
  if (!isId(args.unitId) || !isId(args.periodId) || (args.subPeriodId != null && !isId(args.subPeriodId)))
    throw notFound(ctx);
  const unit = await ctx.loaders.unitById.load(args.unitId);
  const subPeriod = await ctx.em.findOne(
    SubPeriod,
    args.subPeriodId != null
      ? { id: args.subPeriodId, period: args.periodId }
      : { period: args.periodId, kind: SubPeriodKind.ANNUAL },
  );
  if (!unit || !subPeriod) throw notFound(ctx);

  const scope = await readScope(ctx);
  const team = scope.kind === 'all' ? null : scope;
  const found = await ctx.em.execute<{ predikat: Predikat; count: number }[]>(COUNT_BY_PREDIKAT, [
    unit.id,
    args.includeSubUnits,
    subPeriod.id,
    team === null,
    orNone(team?.teamIds ?? []),
    orNone(team?.subordinateIds ?? []),
  ]);
  const counts: Partial<Record<SharedPredikat, number>> = {};
  for (const row of found) counts[row.predikat] = Number(row.count);

  const inForce = canReadRatingOf(await ratingUnitScope(ctx), unit.id)
    ? await inForceWithGuideline(ctx.em, unit.id, subPeriod.id)
    : null;
  const stored = inForce
    ? validateGuidelineRules(
        Array.isArray(inForce.rules) ? (inForce.rules as { kind: string; predikat: string[] }[]) : [],
      )
    : null;
  const rules: GuidelineRule[] = stored?.ok ? stored.rules : [];
  const record = inForce?.record ?? null;
  const check = checkDistribution(counts, record ? { organisationRating: record.rating, rules } : null);
  return {
    unit,
    subPeriod,
    includeSubUnits: args.includeSubUnits,
    organisationRating: record?.rating ?? null,
    organisationRatingRecord: record,
    notice: record
      ? null
      : localize(ratingNotRecordedText(unit.name, { id: subPeriod.name, en: subPeriod.nameEn }), ctx.locale),
    total: check.total,
    rows: check.rows.map((row) => ({ ...row, predikat: row.predikat as Predikat })),
    warnings: check.warnings.map((warning) => ({ code: warning.code, message: localize(warning.message, ctx.locale) })),
    guideline: boundsOf(rules),
  };
}
