import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Keeps `assessment_fact`, `score_rollup` and `indicator_rollup` (migration 0700, which explains the
 * choice of tables) in step with the assessments: one function per event, each called inside the
 * transaction of the change, so a reader never sees an assessment without its rollups or the reverse.
 * Every statement reads the rows of the one assessment that changed; nothing scans all answers. The rollups
 * follow assessments, so they live here; the analytics module reads them.
 */

type Tx = EntityManager;

const GRAIN = ['period_id', 'sub_period_id', 'unit_id', 'family_id', 'template_version_id'] as const;
const INDICATOR_GRAIN = ['period_id', 'sub_period_id', 'unit_id', 'family_id'] as const;
/** The predikat count columns of `score_rollup`, by predikat. */
export const PREDIKAT_COLUMNS = {
  SANGAT_BAIK: 'sangat_baik',
  BAIK: 'baik',
  BUTUH_PERBAIKAN: 'butuh_perbaikan',
  KURANG: 'kurang',
  SANGAT_KURANG: 'sangat_kurang',
} as const;
/** Highest histogram bucket: work-results scores are counted in 1-point buckets 0..130. */
export const HISTOGRAM_TOP = 130;

const q = (column: string) => `"${column}"`;
const sameGrain = (a: string, b: string, grain: readonly string[] = GRAIN) =>
  grain.map((c) => `${a}.${q(c)} = ${b}.${q(c)}`).join(' and ');
/** A histogram holding `sign` (1 or −1) in the bucket of `score` (zeros when the score is null). */
const histogramOf = (score: string, sign: 1 | -1) =>
  `array(select ${sign} * coalesce((b = least(${HISTOGRAM_TOP}, greatest(0, floor(${score})))::int), false)::int from generate_series(0, ${HISTOGRAM_TOP}) as b order by b)`;
const predikatIs = (alias: string, predikat: string) => `(${alias}."predikat" = '${predikat}')::int`;
const execute = (tx: Tx, sql: string, params: unknown[]) => tx.execute(sql, params as never[], 'run');

/** Submit: the fact row, +1 in its score group, the scored answers added to their indicator groups. */
export async function rollupOnSubmit(tx: Tx, assessmentId: string): Promise<void> {
  await tx.flush(); // the submitted row and its answer rows, inside the same transaction
  await execute(
    tx,
    `insert into "assessment_fact"
     select a."id", a."period_id", a."sub_period_id", sp."kind", a."employee_id", a."assessor_id", e."unit_id", e."family_id",
            a."template_version_id", e."grade", e."employment_type", e."sex", a."work_results_score", a."behaviour_score",
            a."work_results_rating", a."behaviour_rating", a."predikat", a."submitted_at"
     from "assessment" a join "employee" e on e."id" = a."employee_id" join "sub_period" sp on sp."id" = a."sub_period_id"
     where a."id" = ? and a."status" = 'SUBMITTED'`,
    [assessmentId],
  );
  const predikats = Object.entries(PREDIKAT_COLUMNS);
  await execute(
    tx,
    `insert into "score_rollup" as r (${GRAIN.map(q).join(', ')}, "sub_period_kind", "count",
       "work_results_count", "work_results_sum", "work_results_min", "work_results_max",
       "behaviour_count", "behaviour_sum", "behaviour_min", "behaviour_max", ${predikats.map(([, c]) => q(c)).join(', ')}, "work_results_histogram")
     select ${GRAIN.map((c) => `f.${q(c)}`).join(', ')}, f."sub_period_kind", 1,
       (f."work_results_score" is not null)::int, coalesce(f."work_results_score", 0), f."work_results_score", f."work_results_score",
       (f."behaviour_score" is not null)::int, coalesce(f."behaviour_score", 0), f."behaviour_score", f."behaviour_score",
       ${predikats.map(([p]) => predikatIs('f', p)).join(', ')}, ${histogramOf('f."work_results_score"', 1)}
     from "assessment_fact" f where f."assessment_id" = ?
     on conflict (${GRAIN.map(q).join(', ')}) do update set
       "count" = r."count" + 1,
       "work_results_count" = r."work_results_count" + excluded."work_results_count",
       "work_results_sum" = r."work_results_sum" + excluded."work_results_sum",
       "work_results_min" = least(r."work_results_min", excluded."work_results_min"),
       "work_results_max" = greatest(r."work_results_max", excluded."work_results_max"),
       "behaviour_count" = r."behaviour_count" + excluded."behaviour_count",
       "behaviour_sum" = r."behaviour_sum" + excluded."behaviour_sum",
       "behaviour_min" = least(r."behaviour_min", excluded."behaviour_min"),
       "behaviour_max" = greatest(r."behaviour_max", excluded."behaviour_max"),
       ${predikats.map(([, c]) => `${q(c)} = r.${q(c)} + excluded.${q(c)}`).join(', ')},
       "work_results_histogram" = "int_array_add"(r."work_results_histogram", excluded."work_results_histogram")`,
    [assessmentId],
  );
  await execute(
    tx,
    `insert into "indicator_rollup" as r (${INDICATOR_GRAIN.map(q).join(', ')}, "lineage_key", "sub_period_kind", "count", "sum", "min", "max")
     select ${INDICATOR_GRAIN.map((c) => `f.${q(c)}`).join(', ')}, x."lineage_key", f."sub_period_kind", count(*), sum(x."score"), min(x."score"), max(x."score")
     from "assessment_answer" x join "assessment_fact" f on f."assessment_id" = x."assessment_id"
     where x."assessment_id" = ? and x."score" is not null
     group by ${INDICATOR_GRAIN.map((c) => `f.${q(c)}`).join(', ')}, f."sub_period_kind", x."lineage_key"
     on conflict ("lineage_key", ${INDICATOR_GRAIN.map(q).join(', ')}) do update set
       "count" = r."count" + excluded."count", "sum" = r."sum" + excluded."sum",
       "min" = least(r."min", excluded."min"), "max" = greatest(r."max", excluded."max")`,
    [assessmentId],
  );
}

/**
 * Reopen: −1 in its score group and its answers taken out of their indicator groups (call it before the
 * answer rows are deleted); min/max of a group are re-read from the group's other facts (indexed by the
 * grain); groups left empty disappear; then the fact row goes.
 */
export async function rollupOnReopen(tx: Tx, assessmentId: string): Promise<void> {
  const predikats = Object.entries(PREDIKAT_COLUMNS);
  // Lock the groups first: the statements below then start after any concurrent submit to them has
  // committed, so the min/max they re-read from the facts include it (READ COMMITTED: a new snapshot each).
  await execute(
    tx,
    `with "s" as (select 1 from "score_rollup" r, "assessment_fact" f where f."assessment_id" = ? and ${sameGrain('r', 'f')} for update of r),
     "i" as (select 1 from "indicator_rollup" r, "assessment_fact" f where f."assessment_id" = ? and ${sameGrain('r', 'f', INDICATOR_GRAIN)} for update of r)
     select (select count(*) from "s") + (select count(*) from "i") as "locked"`,
    [assessmentId, assessmentId],
  );
  const others = (column: string, fn: 'min' | 'max') =>
    `(select ${fn}(g.${q(column)}) from "assessment_fact" g where ${sameGrain('g', 'f')} and g."assessment_id" <> f."assessment_id")`;
  await execute(
    tx,
    `update "score_rollup" r set
       "count" = r."count" - 1,
       "work_results_count" = r."work_results_count" - (f."work_results_score" is not null)::int,
       "work_results_sum" = r."work_results_sum" - coalesce(f."work_results_score", 0),
       "work_results_min" = ${others('work_results_score', 'min')},
       "work_results_max" = ${others('work_results_score', 'max')},
       "behaviour_count" = r."behaviour_count" - (f."behaviour_score" is not null)::int,
       "behaviour_sum" = r."behaviour_sum" - coalesce(f."behaviour_score", 0),
       "behaviour_min" = ${others('behaviour_score', 'min')},
       "behaviour_max" = ${others('behaviour_score', 'max')},
       ${predikats.map(([p, c]) => `${q(c)} = r.${q(c)} - ${predikatIs('f', p)}`).join(', ')},
       "work_results_histogram" = "int_array_add"(r."work_results_histogram", ${histogramOf('f."work_results_score"', -1)})
     from "assessment_fact" f where f."assessment_id" = ? and ${sameGrain('r', 'f')}`,
    [assessmentId],
  );
  const othersAnswers = (fn: 'min' | 'max') =>
    `(select ${fn}(y."score") from "assessment_answer" y join "assessment_fact" g on g."assessment_id" = y."assessment_id"
      where y."lineage_key" = r."lineage_key" and y."score" is not null and ${sameGrain('g', 'r', INDICATOR_GRAIN)} and y."assessment_id" <> f."assessment_id")`;
  await execute(
    tx,
    `with "d" as (
       select x."lineage_key", count(*) as "n", sum(x."score") as "s" from "assessment_answer" x
       where x."assessment_id" = ? and x."score" is not null group by x."lineage_key")
     update "indicator_rollup" r set "count" = r."count" - d."n", "sum" = r."sum" - d."s",
       "min" = coalesce(${othersAnswers('min')}, 0), "max" = coalesce(${othersAnswers('max')}, 0)
     from "d", "assessment_fact" f
     where f."assessment_id" = ? and r."lineage_key" = d."lineage_key" and ${sameGrain('r', 'f', INDICATOR_GRAIN)}`,
    [assessmentId, assessmentId],
  );
  await execute(
    tx,
    `with "gone" as (
       delete from "score_rollup" r using "assessment_fact" f where f."assessment_id" = ? and ${sameGrain('r', 'f')} and r."count" <= 0),
     "gone_indicators" as (
       delete from "indicator_rollup" r using "assessment_fact" f where f."assessment_id" = ? and ${sameGrain('r', 'f', INDICATOR_GRAIN)} and r."count" <= 0)
     delete from "assessment_fact" where "assessment_id" = ?`,
    [assessmentId, assessmentId, assessmentId],
  );
}

/** An objection decided CHANGED: the fact takes the new ratings, and the predikat count moves with it. */
export async function rollupOnObjectionChanged(
  tx: Tx,
  assessmentId: string,
  ratings: { workResultsRating: string; behaviourRating: string; predikat: string },
): Promise<void> {
  const predikats = Object.entries(PREDIKAT_COLUMNS);
  await execute(
    tx,
    `with "old" as (select * from "assessment_fact" where "assessment_id" = ? for update),
     "f" as (
       update "assessment_fact" g set "work_results_rating" = ?, "behaviour_rating" = ?, "predikat" = ?
       from "old" where g."assessment_id" = "old"."assessment_id"
       returning g.*, "old"."predikat" as "old_predikat")
     update "score_rollup" r set ${predikats.map(([p, c]) => `${q(c)} = r.${q(c)} + ${predikatIs('f', p)} - (f."old_predikat" = '${p}')::int`).join(', ')}
     from "f" where ${sameGrain('r', 'f')}`,
    [assessmentId, ratings.workResultsRating, ratings.behaviourRating, ratings.predikat],
  );
}
