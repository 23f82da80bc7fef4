import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000400_work_plan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "work_plan" (
        "id" uuid not null primary key,
        "employee_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "period_id" uuid not null references "period" ("id") on update cascade on delete restrict,
        "revision" int not null default 1 constraint "work_plan_revision_positive" check ("revision" > 0),
        "status" text not null default 'DRAFT'
          constraint "work_plan_status_known" check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
        "lock_version" int not null default 1,
        "previous_id" uuid null references "work_plan" ("id") on update cascade on delete restrict,
        "approver_id" uuid null references "employee" ("id") on update cascade on delete restrict,
        "submitted_at" timestamptz null,
        "decided_at" timestamptz null,
        "decision_comment" text null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "work_plan_revision_unique" unique ("employee_id", "period_id", "revision"),
        constraint "work_plan_submitted_has_approver" check ("status" in ('DRAFT') or "approver_id" is not null),
        constraint "work_plan_returned_has_comment" check ("status" <> 'RETURNED' or btrim(coalesce("decision_comment", '')) <> ''),
        constraint "work_plan_decided_has_date" check ("status" not in ('APPROVED', 'RETURNED', 'SUPERSEDED') or "decided_at" is not null),
        constraint "work_plan_revision_has_previous" check (("revision" = 1) = ("previous_id" is null))
      );`);
    // At most one revision in progress and one approved revision per employee and period.
    this.addSql(
      `create unique index "work_plan_one_open" on "work_plan" ("employee_id", "period_id") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED');`,
    );
    this.addSql(
      `create unique index "work_plan_one_approved" on "work_plan" ("employee_id", "period_id") where "status" = 'APPROVED';`,
    );
    this.addSql(`create index "work_plan_period_status_index" on "work_plan" ("period_id", "status");`);
    this.addSql(`create index "work_plan_approver_status_index" on "work_plan" ("approver_id", "status");`);
    this.addSql(`create index "work_plan_previous_id_index" on "work_plan" ("previous_id");`);

    this.addSql(`
      create table "work_result" (
        "id" uuid not null primary key,
        "plan_id" uuid not null references "work_plan" ("id") on update cascade on delete cascade,
        "position" int not null constraint "work_result_position_non_negative" check ("position" >= 0),
        "kind" text not null constraint "work_result_kind_known" check ("kind" in ('MAIN', 'ADDITIONAL')),
        "title" text not null constraint "work_result_title_not_blank" check (btrim("title") <> ''),
        "parent_result_id" uuid null references "work_result" ("id") on update cascade on delete restrict,
        "lineage_id" uuid not null,
        constraint "work_result_position_unique" unique ("plan_id", "position") deferrable initially deferred
      );`);
    this.addSql(`create index "work_result_parent_result_id_index" on "work_result" ("parent_result_id");`);
    this.addSql(`create index "work_result_lineage_id_index" on "work_result" ("lineage_id");`);

    this.addSql(`
      create table "work_target" (
        "id" uuid not null primary key,
        "result_id" uuid not null references "work_result" ("id") on update cascade on delete cascade,
        "position" int not null constraint "work_target_position_non_negative" check ("position" >= 0),
        "label" text not null constraint "work_target_label_not_blank" check (btrim("label") <> ''),
        "aspect" text not null constraint "work_target_aspect_known" check ("aspect" in ('quantity', 'quality', 'time', 'cost')),
        "target" double precision not null,
        "unit" text not null constraint "work_target_unit_not_blank" check (btrim("unit") <> ''),
        "direction" text not null constraint "work_target_direction_known" check ("direction" in ('higherIsBetter', 'lowerIsBetter')),
        "template_lineage_key" text null,
        "lineage_id" uuid not null,
        constraint "work_target_position_unique" unique ("result_id", "position") deferrable initially deferred,
        constraint "work_target_value_valid" check ("target" > 0 or ("target" = 0 and "direction" = 'lowerIsBetter'))
      );`);
    this.addSql(`create index "work_target_lineage_id_index" on "work_target" ("lineage_id");`);

    this.addSql(`
      create table "behaviour_expectation" (
        "id" uuid not null primary key,
        "plan_id" uuid not null references "work_plan" ("id") on update cascade on delete cascade,
        "value_code" text not null constraint "behaviour_expectation_value_known" check ("value_code" in
          ('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')),
        "expectation" text not null constraint "behaviour_expectation_not_blank" check (btrim("expectation") <> ''),
        constraint "behaviour_expectation_unique" unique ("plan_id", "value_code")
      );`);
  }
}
