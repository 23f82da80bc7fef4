import { Migration } from '@mikro-orm/migrations';

/** Builds the maintained rows from the base tables; the migration runs it once, a test checks it. */
export const ROLLUP_BACKFILL: readonly string[] = [
  `
      insert into "assessment_fact"
      select a."id", a."period_id", a."sub_period_id", sp."kind", a."employee_id", a."assessor_id", e."unit_id", e."family_id",
             a."template_version_id", e."grade", e."employment_type", e."sex", a."work_results_score", a."behaviour_score",
             a."work_results_rating", a."behaviour_rating", a."predikat", a."submitted_at"
      from "assessment" a join "employee" e on e."id" = a."employee_id" join "sub_period" sp on sp."id" = a."sub_period_id"
      where a."status" = 'SUBMITTED';`,
  `
      insert into "score_rollup"
      select f."period_id", f."sub_period_id", f."unit_id", f."family_id", f."template_version_id", min(f."sub_period_kind"),
             count(*), count(f."work_results_score"), coalesce(sum(f."work_results_score"), 0), min(f."work_results_score"), max(f."work_results_score"),
             count(f."behaviour_score"), coalesce(sum(f."behaviour_score"), 0), min(f."behaviour_score"), max(f."behaviour_score"),
             count(*) filter (where f."predikat" = 'SANGAT_BAIK'), count(*) filter (where f."predikat" = 'BAIK'),
             count(*) filter (where f."predikat" = 'BUTUH_PERBAIKAN'), count(*) filter (where f."predikat" = 'KURANG'),
             count(*) filter (where f."predikat" = 'SANGAT_KURANG'),
             array_fill(0, array[131])
      from "assessment_fact" f
      group by f."period_id", f."sub_period_id", f."unit_id", f."family_id", f."template_version_id";`,
  `
      update "score_rollup" r set "work_results_histogram" = (
        select array_agg(coalesce(h."n", 0)::int order by b)
        from generate_series(0, 130) as b
        left join (
          select least(130, greatest(0, floor(f."work_results_score")))::int as "bucket", count(*) as "n"
          from "assessment_fact" f
          where f."work_results_score" is not null and (f."period_id", f."sub_period_id", f."unit_id", f."family_id", f."template_version_id")
              = (r."period_id", r."sub_period_id", r."unit_id", r."family_id", r."template_version_id")
          group by 1
        ) h on h."bucket" = b);`,
  `
      insert into "indicator_rollup"
      select f."period_id", f."sub_period_id", f."unit_id", f."family_id", x."lineage_key", min(f."sub_period_kind"),
             count(*), sum(x."score"), min(x."score"), max(x."score")
      from "assessment_answer" x join "assessment_fact" f on f."assessment_id" = x."assessment_id"
      where x."score" is not null
      group by f."period_id", f."sub_period_id", f."unit_id", f."family_id", x."lineage_key";`,
];

/**
 * Maintained data for the analyst aggregates, written by `assessment/rollup.service.ts`
 * in the same transaction as submit, reopen and an objection's CHANGED decision; never by a request that
 * reads. What is kept, and why:
 *
 * - `assessment_fact`: one denormalised row per SUBMITTED assessment, with the employee's unit, family,
 *   grade, employment type and sex as they were at submission. It serves groupings by employee attributes,
 *   the predikat filter and a supervisor's team (small sets, indexed), and is the source the rollups are
 *   checked against. It also gives each rollup group its exact min/max again after a reopen.
 * - `score_rollup`: per (period, sub-period, unit, family, template version) — the finest grain of every
 *   organisation-wide grouping the API offers, so any coarser grouping is a sum over few rows. Counts,
 *   sums, min/max, predikat counts and a 1-point histogram of the work-results score (buckets 0..130,
 *   `histogram[b + 1]` counts scores in [b, b + 1)), from which p50/p90 come within a point. Sums and
 *   counts move by +1/−1; min/max are re-read from the group's facts when a row leaves.
 * - `indicator_rollup`: per (period, sub-period, unit, family, lineage key): count, sum, min, max of the
 *   scored answers, so an indicator is followed across template versions without reading any answer.
 */
export class Migration20261128000700_rollups extends Migration {
  override async up(): Promise<void> {
    // Element-wise sum of histograms, so groups coarser than the rollup's grain add their buckets in SQL.
    this.addSql(`
      create function "int_array_add"("a" int[], "b" int[]) returns int[]
      language sql immutable strict as $$
        select array(select coalesce(x, 0) + coalesce(y, 0) from unnest(a, b) with ordinality as t(x, y, i) order by i)
      $$;`);
    this.addSql(`create aggregate "int_array_sum"(int[]) (sfunc = "int_array_add", stype = int[]);`);

    this.addSql(`
      create table "assessment_fact" (
        "assessment_id" uuid not null primary key references "assessment" ("id") on update cascade on delete cascade,
        "period_id" uuid not null,
        "sub_period_id" uuid not null,
        "sub_period_kind" text not null,
        "employee_id" uuid not null,
        "assessor_id" uuid not null,
        "unit_id" uuid not null,
        "family_id" uuid not null,
        "template_version_id" uuid not null,
        "grade" text not null,
        "employment_type" text not null,
        "sex" text not null,
        "work_results_score" double precision null,
        "behaviour_score" double precision null,
        "work_results_rating" text not null,
        "behaviour_rating" text not null,
        "predikat" text not null,
        "submitted_at" timestamptz not null
      );`);
    // The rollup grain first: min/max re-reads and the facts of a filtered grouping use it.
    this.addSql(
      `create index "assessment_fact_grain_index" on "assessment_fact" ("period_id", "sub_period_id", "unit_id", "family_id", "template_version_id");`,
    );
    this.addSql(`create index "assessment_fact_unit_index" on "assessment_fact" ("unit_id");`);
    this.addSql(`create index "assessment_fact_family_index" on "assessment_fact" ("family_id", "period_id");`);
    this.addSql(
      `create index "assessment_fact_attributes_index" on "assessment_fact" ("period_id", "grade", "employment_type", "sex");`,
    );
    this.addSql(
      `create index "assessment_fact_employee_index" on "assessment_fact" ("employee_id", "submitted_at" desc);`,
    );
    this.addSql(`create index "assessment_fact_assessor_index" on "assessment_fact" ("assessor_id");`);

    this.addSql(`
      create table "score_rollup" (
        "period_id" uuid not null,
        "sub_period_id" uuid not null,
        "unit_id" uuid not null,
        "family_id" uuid not null,
        "template_version_id" uuid not null,
        "sub_period_kind" text not null,
        "count" int not null,
        "work_results_count" int not null,
        "work_results_sum" double precision not null,
        "work_results_min" double precision null,
        "work_results_max" double precision null,
        "behaviour_count" int not null,
        "behaviour_sum" double precision not null,
        "behaviour_min" double precision null,
        "behaviour_max" double precision null,
        "sangat_baik" int not null,
        "baik" int not null,
        "butuh_perbaikan" int not null,
        "kurang" int not null,
        "sangat_kurang" int not null,
        "work_results_histogram" int[] not null,
        primary key ("period_id", "sub_period_id", "unit_id", "family_id", "template_version_id")
      );`);
    this.addSql(`create index "score_rollup_family_index" on "score_rollup" ("family_id");`);
    this.addSql(`create index "score_rollup_unit_index" on "score_rollup" ("unit_id");`);

    this.addSql(`
      create table "indicator_rollup" (
        "period_id" uuid not null,
        "sub_period_id" uuid not null,
        "unit_id" uuid not null,
        "family_id" uuid not null,
        "lineage_key" text not null,
        "sub_period_kind" text not null,
        "count" int not null,
        "sum" double precision not null,
        "min" double precision not null,
        "max" double precision not null,
        primary key ("lineage_key", "period_id", "sub_period_id", "unit_id", "family_id")
      );`);

    // Existing submitted assessments: the same rows the service would have written.
    for (const statement of ROLLUP_BACKFILL) this.addSql(statement);
  }
}
