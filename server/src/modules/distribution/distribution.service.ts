import { checkDistribution, DISTRIBUTION_GUIDELINE, type OrganisationRating, type Predikat as SharedPredikat } from '@kinerja/shared';
import type { Context } from '../../graphql/context.js';
import { DomainError, localize } from '../../graphql/errors.js';
import { isId, NO_ID } from '../../graphql/ids.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import type { Predikat } from '../template/definition.enums.js';
import { readScope } from '../../policy/read-scope.js';
import type { PredikatDistribution } from './distribution.types.js';

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
  return new DomainError('NOT_FOUND', localize({ id: 'Unit, periode atau subperiode tidak ditemukan.', en: 'Unit, period or sub-period not found.' }, ctx.locale));
}

/**
 * The distribution of predikat in a unit for a sub-period (the annual one by default), checked against the
 * guideline of the unit's organisational rating by the shared rules. Read-only; it never blocks anything.
 * Employees count in the unit they belong to now.
 */
export async function predikatDistribution(
  ctx: Context,
  args: { unitId: string; periodId: string; subPeriodId?: string | null; includeSubUnits: boolean },
): Promise<PredikatDistribution> {
  if (!isId(args.unitId) || !isId(args.periodId) || (args.subPeriodId != null && !isId(args.subPeriodId))) throw notFound(ctx);
  const unit = await ctx.loaders.unitById.load(args.unitId);
  const subPeriod = await ctx.em.findOne(
    SubPeriod,
    args.subPeriodId != null ? { id: args.subPeriodId, period: args.periodId } : { period: args.periodId, kind: SubPeriodKind.ANNUAL },
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

  const rating = unit.rating as OrganisationRating;
  const check = checkDistribution(rating, counts);
  return {
    unit,
    subPeriod,
    includeSubUnits: args.includeSubUnits,
    organisationRating: unit.rating,
    total: check.total,
    rows: check.rows.map((row) => ({ ...row, predikat: row.predikat as Predikat })),
    warnings: check.warnings.map((warning) => ({ code: warning.code, message: localize(warning.message, ctx.locale) })),
    guideline: DISTRIBUTION_GUIDELINE[rating].map((rule) => ({
      kind: rule.kind,
      predikat: [...rule.predikat] as Predikat[],
      percent: rule.kind === 'present' ? null : rule.percent,
    })),
  };
}
