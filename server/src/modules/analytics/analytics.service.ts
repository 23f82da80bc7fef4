import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId, NO_ID } from '../../kernel/ids.js';
import { readScope } from '../../policy/read-scope.js';
import type { EmploymentType, Sex } from '../organisation/organisation.enums.js';
import { Predikat } from '../template/definition.enums.js';
import {
  StatisticsDimension as D,
  StatisticsKey,
  type AssessmentStatisticsGroup,
  type IndicatorStatisticsGroup,
  type StatisticsDimension,
  type StatisticsFilter,
} from './analytics.types.js';
import { HISTOGRAM_TOP, PREDIKAT_COLUMNS } from '../assessment/rollup.service.js';

/**
 * Grouped statistics of submitted assessments, each request ONE aggregate statement (plus the actor's read
 * scope, computed once per request, and one batched load per kind of key entity the client selects).
 *
 * Where the numbers come from:
 * - organisation-wide readers (HR, admin, analyst) grouping by UNIT/FAMILY/PERIOD/SUB_PERIOD/TEMPLATE_VERSION
 *   without a predikat filter: `score_rollup` / `indicator_rollup`, summed from the rollup grain (few rows,
 *   whatever the number of assessments); percentiles from the summed 1-point histogram (within a point);
 * - employee attributes (GRADE, EMPLOYMENT_TYPE, SEX), a predikat filter, or a template-version filter on
 *   indicators: `assessment_fact` (one row per submitted assessment, indexed), exact percentiles;
 * - a supervisor (a scoped actor): always `assessment_fact` restricted IN SQL to the assessments their read
 *   scope allows (their team's, and those their subordinates made) — small sets, exact numbers. The
 *   rollups mix teams, so they are never used for a scoped actor.
 */

const ROLLUP_DIMENSIONS: ReadonlySet<StatisticsDimension> = new Set([
  D.UNIT,
  D.FAMILY,
  D.PERIOD,
  D.SUB_PERIOD,
  D.TEMPLATE_VERSION,
]);
const INDICATOR_ROLLUP_DIMENSIONS: ReadonlySet<StatisticsDimension> = new Set([
  D.UNIT,
  D.FAMILY,
  D.PERIOD,
  D.SUB_PERIOD,
]);
const COLUMN: Readonly<Record<StatisticsDimension, string>> = {
  UNIT: 'unit_id',
  FAMILY: 'family_id',
  PERIOD: 'period_id',
  SUB_PERIOD: 'sub_period_id',
  TEMPLATE_VERSION: 'template_version_id',
  GRADE: 'grade',
  EMPLOYMENT_TYPE: 'employment_type',
  SEX: 'sex',
};
const PREDIKAT_ORDER = [
  Predikat.SANGAT_BAIK,
  Predikat.BAIK,
  Predikat.BUTUH_PERBAIKAN,
  Predikat.KURANG,
  Predikat.SANGAT_KURANG,
];

/** Ids for `in (?)`: malformed ones match nothing, and the list is never empty. */
const idList = (ids: readonly string[]) => {
  const valid = ids.filter(isId);
  return valid.length > 0 ? valid : [NO_ID];
};

interface Query {
  sql: string[];
  params: unknown[];
}
const add = (query: Query, sql: string, ...params: unknown[]) => {
  query.sql.push(sql);
  query.params.push(...params);
};

interface Shape {
  groupBy: readonly StatisticsDimension[];
  filter: StatisticsFilter;
  rollUpSubUnits: boolean;
  /** Whether the client asked for percentiles: summing the histograms is the costly part of a query. */
  percentiles?: boolean;
}

function badInput(ctx: Context, field: string, message: { id: string; en: string }): DomainError {
  const text = localize(message, ctx.locale);
  return new DomainError('BAD_USER_INPUT', text, { problems: [{ field, code: 'INVALID', message: text }] });
}

/**
 * The common parts: the unit tree (when filtering by unit), the grouping columns, the filter and the read
 * scope, for a source aliased `s` with the fact (or rollup) column names.
 */
function frame(
  shape: Shape,
  source: string,
  options: {
    hasTemplateVersion: boolean;
    hasPredikat: boolean;
    team: { teamIds: readonly string[]; subordinateIds: readonly string[] } | null;
  },
) {
  const { filter } = shape;
  const head: Query = { sql: [], params: [] };
  const where: Query = { sql: [], params: [] };
  const unitId = filter.unitId ?? null;
  const rollUp = shape.rollUpSubUnits && unitId !== null;
  if (unitId !== null) {
    // The unit and (unless told otherwise) every unit below it; `root` is the unit a row is counted in.
    add(
      head,
      `with recursive "tree"("id", "root") as (
         select "id", "id" from "unit" where "id" = ?
         union all
         select c."id", case when ?::boolean and t."id" = ?::uuid then c."id" when ?::boolean then t."root" else c."id" end
         from "unit" c join "tree" t on c."parent_id" = t."id" where ?::boolean)`,
      idList([unitId])[0],
      rollUp,
      idList([unitId])[0],
      rollUp,
      rollUp || filter.includeSubUnits !== false,
    );
  }
  const keys = shape.groupBy.map((dimension) => ({
    dimension,
    expression: dimension === D.UNIT && rollUp ? `"tree"."root"` : `s."${COLUMN[dimension]}"`,
  }));
  const from = `${source}${unitId !== null ? ` join "tree" on "tree"."id" = s."unit_id"` : ''}`;
  if (filter.periodId != null) add(where, `s."period_id" = ?`, idList([filter.periodId])[0]);
  if (filter.subPeriodIds != null) add(where, `s."sub_period_id" in (?)`, idList(filter.subPeriodIds));
  if (filter.subPeriodKind != null) add(where, `s."sub_period_kind" = ?`, filter.subPeriodKind);
  if (filter.latestSubPeriods != null) {
    add(
      where,
      `s."sub_period_id" in (select "id" from "sub_period" where "kind" = ? and "start_date" <= current_date order by "start_date" desc limit ?)`,
      filter.subPeriodKind,
      filter.latestSubPeriods,
    );
  }
  if (filter.familyIds != null) add(where, `s."family_id" in (?)`, idList(filter.familyIds));
  if (filter.unitKinds != null)
    add(
      where,
      `s."unit_id" in (select "id" from "unit" where "kind" in (?))`,
      filter.unitKinds.length ? [...filter.unitKinds] : ['NO_ID'],
    );
  if (filter.templateVersionIds != null && options.hasTemplateVersion)
    add(where, `s."template_version_id" in (?)`, idList(filter.templateVersionIds));
  if (filter.predikat != null && options.hasPredikat)
    add(where, `s."predikat" in (?)`, filter.predikat.length ? [...filter.predikat] : ['NO_ID']);
  if (options.team)
    add(
      where,
      `(s."employee_id" in (?) or s."assessor_id" in (?))`,
      idList(options.team.teamIds),
      idList(options.team.subordinateIds),
    );
  return { head, keys, from, where };
}

function compose(parts: ReturnType<typeof frame>, aggregates: string, countExpression: string): Query {
  const { head, keys, from, where } = parts;
  const select = [...keys.map((k, i) => `${k.expression} as "k${i}"`), aggregates].join(',\n  ');
  const grouping =
    keys.length > 0
      ? `group by ${keys.map((_, i) => i + 1).join(', ')} order by ${keys.map((_, i) => i + 1).join(', ')}`
      : `having ${countExpression} > 0`;
  return {
    sql: [
      ...head.sql,
      `select ${select}\nfrom ${from}`,
      where.sql.length ? `where ${where.sql.join(' and ')}` : '',
      grouping,
    ],
    params: [...head.params, ...where.params],
  };
}

function keyOf(row: Record<string, unknown>, groupBy: readonly StatisticsDimension[]): StatisticsKey {
  const key = new StatisticsKey();
  groupBy.forEach((dimension, i) => {
    const value = (row[`k${i}`] ?? null) as string | null;
    switch (dimension) {
      case D.UNIT:
        key.unitId = value;
        break;
      case D.FAMILY:
        key.familyId = value;
        break;
      case D.PERIOD:
        key.periodId = value;
        break;
      case D.SUB_PERIOD:
        key.subPeriodId = value;
        break;
      case D.TEMPLATE_VERSION:
        key.templateVersionId = value;
        break;
      case D.GRADE:
        key.grade = value;
        break;
      case D.EMPLOYMENT_TYPE:
        key.employmentType = value as EmploymentType | null;
        break;
      case D.SEX:
        key.sex = value as Sex | null;
        break;
    }
  });
  return key;
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const average = (sum: unknown, n: unknown) => (Number(n) > 0 ? Number(sum) / Number(n) : null);

/** The nearest-rank percentile from a 1-point histogram: the middle of the bucket, kept within [min, max]. */
export function histogramPercentile(
  histogram: readonly number[],
  p: number,
  min: number | null,
  max: number | null,
): number | null {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let bucket = 0; bucket <= HISTOGRAM_TOP; bucket++) {
    seen += histogram[bucket] ?? 0;
    if (seen >= rank) {
      let value = bucket + 0.5;
      if (min !== null) value = Math.max(value, min);
      if (max !== null) value = Math.min(value, max);
      return value;
    }
  }
  return max;
}

const uniqueDimensions = (groupBy: readonly StatisticsDimension[]) => [...new Set(groupBy)];

/** Filter fields that only make sense together. */
function checkFilter(ctx: Context, filter: StatisticsFilter): void {
  if (filter.latestSubPeriods == null) return;
  if (!Number.isInteger(filter.latestSubPeriods) || filter.latestSubPeriods < 1 || filter.latestSubPeriods > 60) {
    throw badInput(ctx, 'filter.latestSubPeriods', {
      id: 'Jumlah sub-periode terakhir harus antara 1 dan 60.',
      en: 'The number of latest sub-periods must be between 1 and 60.',
    });
  }
  if (filter.subPeriodKind == null) {
    throw badInput(ctx, 'filter.subPeriodKind', {
      id: 'Sebutkan jenis sub-periode (mis. QUARTER) untuk latestSubPeriods.',
      en: 'Name the sub-period kind (e.g. QUARTER) for latestSubPeriods.',
    });
  }
}

export async function assessmentStatistics(ctx: Context, shape: Shape): Promise<AssessmentStatisticsGroup[]> {
  const groupBy = uniqueDimensions(shape.groupBy);
  checkFilter(ctx, shape.filter);
  const scope = await readScope(ctx);
  const team = scope.kind === 'all' ? null : scope;
  const fromRollup = team === null && groupBy.every((d) => ROLLUP_DIMENSIONS.has(d)) && shape.filter.predikat == null;
  const predikats = PREDIKAT_ORDER.map((p) => [p, PREDIKAT_COLUMNS[p]] as const);
  let query: Query;
  if (fromRollup) {
    const parts = frame({ ...shape, groupBy }, `"score_rollup" s`, {
      hasTemplateVersion: true,
      hasPredikat: false,
      team: null,
    });
    query = compose(
      parts,
      `sum(s."count")::int as "count",
  sum(s."work_results_count")::int as "wr_n", sum(s."work_results_sum") as "wr_sum", min(s."work_results_min") as "wr_min", max(s."work_results_max") as "wr_max",
  sum(s."behaviour_count")::int as "bh_n", sum(s."behaviour_sum") as "bh_sum", min(s."behaviour_min") as "bh_min", max(s."behaviour_max") as "bh_max",
  ${predikats.map(([p, c]) => `sum(s."${c}")::int as "${p}"`).join(', ')},
  ${shape.percentiles === false ? 'null' : '"int_array_sum"(s."work_results_histogram")'} as "histogram"`,
      `sum(s."count")`,
    );
  } else {
    const parts = frame({ ...shape, groupBy }, `"assessment_fact" s`, {
      hasTemplateVersion: true,
      hasPredikat: true,
      team,
    });
    query = compose(
      parts,
      `count(*)::int as "count",
  count(s."work_results_score")::int as "wr_n", sum(s."work_results_score") as "wr_sum", min(s."work_results_score") as "wr_min", max(s."work_results_score") as "wr_max",
  count(s."behaviour_score")::int as "bh_n", sum(s."behaviour_score") as "bh_sum", min(s."behaviour_score") as "bh_min", max(s."behaviour_score") as "bh_max",
  ${predikats.map(([p]) => `(count(*) filter (where s."predikat" = '${p}'))::int as "${p}"`).join(', ')},
  ${
    shape.percentiles === false
      ? 'null as "p50", null as "p90"'
      : `percentile_disc(0.5) within group (order by s."work_results_score") as "p50",
  percentile_disc(0.9) within group (order by s."work_results_score") as "p90"`
  }`,
      `count(*)`,
    );
  }
  const rows = await ctx.em.execute<Record<string, unknown>[]>(query.sql.join('\n'), query.params as never[]);
  return rows.map((row) => {
    const count = Number(row.count);
    const wrMin = num(row.wr_min);
    const wrMax = num(row.wr_max);
    const histogram = fromRollup && row.histogram ? (row.histogram as number[]).map(Number) : null;
    return {
      key: keyOf(row, groupBy),
      count,
      workResults: {
        average: average(row.wr_sum, row.wr_n),
        min: wrMin,
        max: wrMax,
        p50: histogram ? histogramPercentile(histogram, 0.5, wrMin, wrMax) : num(row.p50),
        p90: histogram ? histogramPercentile(histogram, 0.9, wrMin, wrMax) : num(row.p90),
      },
      behaviour: { average: average(row.bh_sum, row.bh_n), min: num(row.bh_min), max: num(row.bh_max) },
      predikat: PREDIKAT_ORDER.map((predikat) => {
        const n = Number(row[predikat] ?? 0);
        return { predikat, count: n, percent: count > 0 ? Math.round((n / count) * 10_000) / 100 : 0 };
      }),
    };
  });
}

export async function indicatorStatistics(
  ctx: Context,
  lineageKey: string,
  shape: Shape,
): Promise<IndicatorStatisticsGroup[]> {
  const groupBy = uniqueDimensions(shape.groupBy);
  if (!lineageKey.trim())
    throw badInput(ctx, 'lineageKey', {
      id: 'Isi kunci garis keturunan indikator.',
      en: 'Give the indicator’s lineage key.',
    });
  checkFilter(ctx, shape.filter);
  const scope = await readScope(ctx);
  const team = scope.kind === 'all' ? null : scope;
  const fromRollup =
    team === null &&
    groupBy.every((d) => INDICATOR_ROLLUP_DIMENSIONS.has(d)) &&
    shape.filter.predikat == null &&
    shape.filter.templateVersionIds == null;
  let query: Query;
  if (fromRollup) {
    const parts = frame({ ...shape, groupBy }, `"indicator_rollup" s`, {
      hasTemplateVersion: false,
      hasPredikat: false,
      team: null,
    });
    parts.where.sql.unshift(`s."lineage_key" = ?`);
    parts.where.params.unshift(lineageKey);
    query = compose(
      parts,
      `sum(s."count")::int as "count", sum(s."sum") as "sum", min(s."min") as "min", max(s."max") as "max"`,
      `sum(s."count")`,
    );
  } else {
    const parts = frame(
      { ...shape, groupBy },
      `"assessment_answer" x join "assessment_fact" s on s."assessment_id" = x."assessment_id"`,
      {
        hasTemplateVersion: true,
        hasPredikat: true,
        team,
      },
    );
    parts.where.sql.unshift(`x."lineage_key" = ? and x."score" is not null`);
    parts.where.params.unshift(lineageKey);
    query = compose(
      parts,
      `count(*)::int as "count", sum(x."score") as "sum", min(x."score") as "min", max(x."score") as "max"`,
      `count(*)`,
    );
  }
  const rows = await ctx.em.execute<Record<string, unknown>[]>(query.sql.join('\n'), query.params as never[]);
  return rows.map((row) => ({
    key: keyOf(row, groupBy),
    count: Number(row.count),
    score: { average: average(row.sum, row.count), min: num(row.min), max: num(row.max) },
  }));
}
