import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000500_assessment extends Migration {
  override async up(): Promise<void> {
    // The predikat quadrant of PermenPANRB 6/2022 as one SQL function, so the database refuses any stored
    // predikat that does not follow from the two ratings. It mirrors @kinerja/shared `PREDIKAT_TABLE`;
    // a test checks the two agree on all nine cells.
    this.addSql(`
      create function "predikat_of"("work_results" text, "behaviour" text) returns text
      language sql immutable strict as $$
        select case
          when work_results = 'ABOVE' and behaviour = 'ABOVE' then 'SANGAT_BAIK'
          when work_results in ('ABOVE', 'MEETS') and behaviour in ('ABOVE', 'MEETS') then 'BAIK'
          when work_results in ('ABOVE', 'MEETS') and behaviour = 'BELOW' then 'KURANG'
          when work_results = 'BELOW' and behaviour = 'BELOW' then 'SANGAT_KURANG'
          else 'BUTUH_PERBAIKAN' end
      $$;`);
    this.addSql(`
      create table "assessment" (
        "id" uuid not null primary key,
        "employee_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "sub_period_id" uuid not null references "sub_period" ("id") on update cascade on delete restrict,
        "period_id" uuid not null references "period" ("id") on update cascade on delete restrict,
        "template_version_id" uuid not null references "template_version" ("id") on update cascade on delete restrict,
        "work_plan_id" uuid not null references "work_plan" ("id") on update cascade on delete restrict,
        "assessor_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "status" text not null default 'DRAFT' constraint "assessment_status_known" check ("status" in ('DRAFT', 'SUBMITTED')),
        "lock_version" int not null default 1,
        "form" jsonb not null,
        "answers" jsonb not null,
        "work_results_score" double precision null,
        "behaviour_score" double precision null,
        "suggested_work_results_rating" text null,
        "suggested_behaviour_rating" text null,
        "work_results_rating" text null,
        "behaviour_rating" text null,
        "rating_reason" text null,
        "predikat" text null,
        "submitted_at" timestamptz null,
        "reopened_count" int not null default 0,
        "self_answers" jsonb null,
        "self_submitted_at" timestamptz null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "assessment_one_per_sub_period" unique ("employee_id", "sub_period_id"),
        constraint "assessment_ratings_known" check (
              coalesce("work_results_rating", 'MEETS') in ('BELOW', 'MEETS', 'ABOVE')
          and coalesce("behaviour_rating", 'MEETS') in ('BELOW', 'MEETS', 'ABOVE')
          and coalesce("suggested_work_results_rating", 'MEETS') in ('BELOW', 'MEETS', 'ABOVE')
          and coalesce("suggested_behaviour_rating", 'MEETS') in ('BELOW', 'MEETS', 'ABOVE')),
        constraint "assessment_submitted_complete" check ("status" <> 'SUBMITTED' or (
              "submitted_at" is not null and "work_results_rating" is not null
          and "behaviour_rating" is not null and "predikat" is not null)),
        constraint "assessment_predikat_follows_ratings" check ("predikat" is null or "predikat" = "predikat_of"("work_results_rating", "behaviour_rating")),
        constraint "assessment_departure_has_reason" check (
              "status" <> 'SUBMITTED'
          or (("work_results_rating" is not distinct from "suggested_work_results_rating"
               and "behaviour_rating" is not distinct from "suggested_behaviour_rating"))
          or btrim(coalesce("rating_reason", '')) <> '')
      );`);
    this.addSql(`create index "assessment_sub_period_status_index" on "assessment" ("sub_period_id", "status");`);
    this.addSql(`create index "assessment_period_id_index" on "assessment" ("period_id");`);
    this.addSql(`create index "assessment_assessor_status_index" on "assessment" ("assessor_id", "status");`);
    this.addSql(`create index "assessment_template_version_id_index" on "assessment" ("template_version_id");`);
    this.addSql(`create index "assessment_work_plan_id_index" on "assessment" ("work_plan_id");`);

    // The answers of submitted assessments, one row each, for analysis across versions by lineage key.
    this.addSql(`
      create table "assessment_answer" (
        "id" uuid not null primary key,
        "assessment_id" uuid not null references "assessment" ("id") on update cascade on delete cascade,
        "indicator_key" text not null,
        "lineage_key" text not null,
        "section_key" text not null,
        "kind" text not null,
        "value" jsonb not null,
        "score" double precision null,
        "achievement" double precision null,
        constraint "assessment_answer_unique" unique ("assessment_id", "indicator_key")
      );`);
    this.addSql(`create index "assessment_answer_lineage_key_index" on "assessment_answer" ("lineage_key");`);

    // Realisation recorded during the period (by the employee, with evidence, or by the supervisor).
    this.addSql(`
      create table "target_realisation" (
        "id" uuid not null primary key,
        "target_id" uuid not null references "work_target" ("id") on update cascade on delete restrict,
        "sub_period_id" uuid not null references "sub_period" ("id") on update cascade on delete restrict,
        "value" double precision not null,
        "evidence_url" text null constraint "target_realisation_evidence_url_http" check ("evidence_url" is null or "evidence_url" ~ '^https?://'),
        "note" text null,
        "recorded_by_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "recorded_at" timestamptz not null,
        constraint "target_realisation_unique" unique ("target_id", "sub_period_id")
      );`);
    this.addSql(`create index "target_realisation_sub_period_id_index" on "target_realisation" ("sub_period_id");`);
  }
}
