import { Migration } from '@mikro-orm/migrations';

const PNS_GRADE = `'^(I/[a-d]|II/[a-d]|III/[a-d]|IV/[a-e])$'`;
const PPPK_GRADE = `'^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$'`;

/** Organisation (units, employees) and periods (sub-periods, pinned template versions). */
export class Migration20261128000200_organisation extends Migration {
  override async up(): Promise<void> {
    this.organisation();
    this.periods();
  }

  private organisation(): void {
    this.addSql(`
      create table "unit" (
        "id" uuid not null primary key,
        "code" text not null constraint "unit_code_unique" unique
          constraint "unit_code_format" check ("code" ~ '^[a-z][a-z0-9_]{1,39}$'),
        "name" text not null constraint "unit_name_not_blank" check (btrim("name") <> '' and length("name") <= 200),
        "kind" text not null check ("kind" in ('KECAMATAN', 'SEKRETARIAT', 'SEKSI', 'KELURAHAN', 'SEKOLAH', 'PUSKESMAS')),
        "parent_id" uuid null references "unit" ("id") on update cascade on delete restrict,
        "rating" text check ("rating" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')) not null default 'BAIK',
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "unit_not_own_parent" check ("parent_id" <> "id"),
        constraint "unit_kind_needs_parent" check ("parent_id" is not null or "kind" in ('KECAMATAN', 'SEKOLAH', 'PUSKESMAS'))
      );`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`
      create table "employee" (
        "id" uuid not null primary key,
        "nip" text not null constraint "employee_nip_unique" unique
          constraint "employee_nip_format" check ("nip" ~ '^[0-9]{8}[0-9]{6}[12][0-9]{3}$' and right("nip", 3) <> '000'),
        "birth_date" date not null,
        "sex" text check ("sex" in ('MALE', 'FEMALE')) not null,
        "name" text not null constraint "employee_name_not_blank" check (btrim("name") <> '' and length("name") <= 200),
        "position" text not null constraint "employee_position_not_blank" check (btrim("position") <> '' and length("position") <= 200),
        "grade" text not null,
        "employment_type" text check ("employment_type" in ('PNS', 'PPPK')) not null,
        "unit_id" uuid not null references "unit" ("id") on update cascade on delete restrict,
        "family_id" uuid not null references "job_family" ("id") on update cascade on delete restrict,
        "supervisor_id" uuid null references "employee" ("id") on update cascade on delete restrict,
        "active" boolean not null default true,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "employee_birth_date_matches_nip" check (
          "birth_date" = make_date(substr("nip", 1, 4)::int, substr("nip", 5, 2)::int, substr("nip", 7, 2)::int)),
        constraint "employee_sex_matches_nip" check (
          "sex" = case substr("nip", 15, 1) when '1' then 'MALE' when '2' then 'FEMALE' end),
        constraint "employee_appointment_month_valid" check (substr("nip", 13, 2)::int between 1 and 12),
        constraint "employee_grade_format" check (
          ("employment_type" = 'PNS' and "grade" ~ ${PNS_GRADE}) or ("employment_type" = 'PPPK' and "grade" ~ ${PPPK_GRADE})),
        constraint "employee_not_own_supervisor" check ("supervisor_id" <> "id")
      );`);
    this.addSql(`create index "employee_unit_id_index" on "employee" ("unit_id");`);
    this.addSql(`create index "employee_family_id_index" on "employee" ("family_id");`);
    this.addSql(`create index "employee_supervisor_id_index" on "employee" ("supervisor_id");`);
    // Keyset pagination of the employees connection, and its filters.
    this.addSql(`create index "employee_name_id_index" on "employee" ("name", "id");`);
    this.addSql(`create index "employee_active_name_id_index" on "employee" ("active", "name", "id");`);

    // Trees stay trees, whatever route a change takes: walking up from the new parent must never reach
    // the row itself. Changes are serialised by an advisory lock so two concurrent re-parentings cannot
    // each pass the check and together close a cycle.
    this.acyclicTrigger('unit', 'parent_id', 4712);
    this.acyclicTrigger('employee', 'supervisor_id', 4713);
  }

  private acyclicTrigger(table: string, column: string, lock: number): void {
    this.addSql(`
      create function "${table}_${column}_acyclic"() returns trigger language plpgsql as $$
      begin
        if new."${column}" is null or (tg_op = 'UPDATE' and new."${column}" is not distinct from old."${column}") then
          return new;
        end if;
        perform pg_advisory_xact_lock(${lock});
        if exists (
          with recursive chain("id") as (
            select new."${column}"
            union
            select t."${column}" from "${table}" t join chain c on t."id" = c."id" where t."${column}" is not null
          )
          select 1 from chain where "id" = new."id"
        ) then
          raise exception '${column} % of ${table} % would form a cycle', new."${column}", new."id"
            using errcode = '23514', constraint = '${table}_${column}_acyclic';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "${table}_${column}_acyclic" before insert or update of "${column}" on "${table}"
      for each row execute function "${table}_${column}_acyclic"();`);
  }

  private periods(): void {
    this.addSql(`
      create table "period" (
        "id" uuid not null primary key,
        "year" int not null constraint "period_year_unique" unique
          constraint "period_year_range" check ("year" between 2000 and 2100),
        "cadence" text check ("cadence" in ('QUARTERLY', 'SEMESTER', 'MONTHLY')) not null default 'QUARTERLY',
        "state" text check ("state" in ('PLANNING', 'OPEN', 'CLOSED')) not null default 'PLANNING',
        "created_at" timestamptz not null,
        "opened_at" timestamptz null,
        "closed_at" timestamptz null,
        constraint "period_opened_has_date" check ("state" = 'PLANNING' or "opened_at" is not null),
        constraint "period_closed_has_date" check ("state" <> 'CLOSED' or "closed_at" is not null)
      );`);
    this.addSql(`create index "period_state_index" on "period" ("state");`);
    // States only move forward, and the cadence and year are fixed once created.
    this.addSql(`
      create function "period_guard"() returns trigger language plpgsql as $$
      declare
        rank_of constant jsonb := '{"PLANNING": 1, "OPEN": 2, "CLOSED": 3}';
      begin
        if (rank_of ->> new.state)::int < (rank_of ->> old.state)::int then
          raise exception 'period % cannot go back from % to %', old.year, old.state, new.state using errcode = 'P0001';
        end if;
        if new.year <> old.year or new.cadence <> old.cadence then
          raise exception 'the year and cadence of period % cannot change', old.year using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "period_guard" before update on "period" for each row execute function "period_guard"();`,
    );

    this.addSql(`
      create table "sub_period" (
        "id" uuid not null primary key,
        "period_id" uuid not null references "period" ("id") on update cascade on delete restrict,
        "kind" text check ("kind" in ('QUARTER', 'SEMESTER', 'MONTH', 'ANNUAL')) not null,
        "number" int not null,
        "name" text not null constraint "sub_period_name_not_blank" check (btrim("name") <> ''),
        "name_en" text not null constraint "sub_period_name_en_not_blank" check (btrim("name_en") <> ''),
        "start_date" date not null,
        "end_date" date not null,
        constraint "sub_period_kind_number_unique" unique ("period_id", "kind", "number"),
        constraint "sub_period_dates_ordered" check ("start_date" <= "end_date"),
        constraint "sub_period_number_range" check (
             ("kind" = 'QUARTER' and "number" between 1 and 4)
          or ("kind" = 'SEMESTER' and "number" between 1 and 2)
          or ("kind" = 'MONTH' and "number" between 1 and 12)
          or ("kind" = 'ANNUAL' and "number" = 1))
      );`);
    this.addSql(`create index "sub_period_period_id_index" on "sub_period" ("period_id");`);

    this.addSql(`
      create table "period_template" (
        "id" uuid not null primary key,
        "period_id" uuid not null references "period" ("id") on update cascade on delete restrict,
        "family_id" uuid not null references "job_family" ("id") on update cascade on delete restrict,
        "template_version_id" uuid not null references "template_version" ("id") on update cascade on delete restrict,
        "pinned_at" timestamptz not null,
        constraint "period_template_period_family_unique" unique ("period_id", "family_id")
      );`);
    this.addSql(`create index "period_template_period_id_index" on "period_template" ("period_id");`);
    this.addSql(`create index "period_template_family_id_index" on "period_template" ("family_id");`);
    this.addSql(
      `create index "period_template_template_version_id_index" on "period_template" ("template_version_id");`,
    );
    // A pin names a published version of a template of the same family, and never changes afterwards.
    this.addSql(`
      create function "period_template_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          raise exception 'a pinned template version cannot be changed or removed' using errcode = 'P0001';
        end if;
        if not exists (
          select 1 from "template_version" v join "template" t on t."id" = v."template_id"
          where v."id" = new."template_version_id" and v."status" = 'PUBLISHED' and t."family_id" = new."family_id"
        ) then
          raise exception 'template version % is not a published version of family %', new."template_version_id", new."family_id"
            using errcode = '23514', constraint = 'period_template_published_of_family';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "period_template_guard" before insert or update or delete on "period_template"
      for each row execute function "period_template_guard"();`);
  }
}
