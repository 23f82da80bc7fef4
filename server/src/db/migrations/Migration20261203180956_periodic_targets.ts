import { Migration } from '@mikro-orm/migrations';

/**
 * Periodic targets (rencana aksi, PermenPANRB 6/2022): every target of a plan keeps how its periodic
 * realisations add up (sum for quantity and cost, average for quality and time unless said otherwise) and its
 * target for each sub-period of the period — existing targets get the default split of their annual target, as
 * `splitTarget` in @kinerja/shared computes it. Periods say when their annual evaluation opens.
 */
export class Migration20261203180956_periodic_targets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "work_target"
        add column "aggregation" text null constraint "work_target_aggregation_known" check ("aggregation" in ('sum', 'last', 'average')),
        add column "periodic_targets" jsonb null constraint "work_target_periodic_targets_array" check (jsonb_typeof("periodic_targets") = 'array');`);
    this.addSql(
      `update "work_target" set "aggregation" = case when "aspect" in ('quantity', 'cost') then 'sum' else 'average' end;`,
    );
    this.addSql(`
      update "work_target" t set "periodic_targets" = (
        select jsonb_agg(jsonb_build_object('number', n, 'target',
                 case
                   when t."aggregation" <> 'sum' then t."target"::numeric
                   when t."target" = trunc(t."target") then
                     floor(t."target" / c."count")::numeric
                     + case when n > c."count" - (t."target" - floor(t."target" / c."count") * c."count") then 1 else 0 end
                   when n < c."count" then round((t."target" / c."count")::numeric, 2)
                   else round(t."target"::numeric - round((t."target" / c."count")::numeric, 2) * (c."count" - 1), 2)
                 end) order by n)
          from (select case p."cadence" when 'QUARTERLY' then 4 when 'SEMESTER' then 2 else 12 end as "count"
                  from "work_result" r join "work_plan" w on w."id" = r."plan_id" join "period" p on p."id" = w."period_id"
                 where r."id" = t."result_id") c,
               generate_series(1, c."count") n);`);
    this.addSql(
      `alter table "work_target" alter column "aggregation" set not null, alter column "periodic_targets" set not null;`,
    );
    this.addSql(`
      alter table "period" add column "annual_evaluation_opens" text not null default 'LAST_SUB_PERIOD'
        constraint "period_annual_evaluation_opens_known" check ("annual_evaluation_opens" in ('LAST_SUB_PERIOD', 'AFTER_PERIOD_END'));`);
  }
}
