import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "job_family" (
        "id" uuid not null primary key,
        "code" text not null constraint "job_family_code_unique" unique
          constraint "job_family_code_format" check ("code" ~ '^[a-z][a-z0-9_]{1,39}$'),
        "name" text not null constraint "job_family_name_not_blank" check (btrim("name") <> ''),
        "name_en" text not null constraint "job_family_name_en_not_blank" check (btrim("name_en") <> ''),
        "description" text null,
        "created_at" timestamptz not null
      );`);
    this.addSql(`
      create table "template" (
        "id" uuid not null primary key,
        "family_id" uuid not null references "job_family" ("id") on update cascade on delete restrict,
        "name" text not null constraint "template_name_not_blank" check (btrim("name") <> ''),
        "created_at" timestamptz not null
      );`);
    this.addSql(`create index "template_family_id_index" on "template" ("family_id");`);
    this.addSql(`
      create table "template_version" (
        "id" uuid not null primary key,
        "template_id" uuid not null references "template" ("id") on update cascade on delete restrict,
        "number" int not null constraint "template_version_number_positive" check ("number" > 0),
        "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'RETIRED')) not null default 'DRAFT',
        "definition" jsonb not null,
        "revision" int not null default 1,
        "created_at" timestamptz not null,
        "published_at" timestamptz null,
        "retired_at" timestamptz null,
        constraint "template_version_number_unique" unique ("template_id", "number"),
        constraint "template_version_published_has_date" check ("status" = 'DRAFT' or "published_at" is not null)
      );`);
    this.addSql(`create index "template_version_template_id_index" on "template_version" ("template_id");`);
    // At most one editable draft per template.
    this.addSql(
      `create unique index "template_version_one_draft" on "template_version" ("template_id") where "status" = 'DRAFT';`,
    );
    // Published versions are frozen by the database itself, whatever route a change takes.
    this.addSql(`
      create function "template_version_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'DRAFT' then
            raise exception 'template version % is % and cannot be deleted', old.id, old.status using errcode = 'P0001';
          end if;
          return old;
        end if;
        if old.status <> 'DRAFT' and (
             new.definition is distinct from old.definition or new.number <> old.number
          or new.template_id <> old.template_id or new.published_at is distinct from old.published_at
          or new.status = 'DRAFT' or (old.status = 'RETIRED' and new.status <> 'RETIRED')) then
          raise exception 'template version % is % and cannot be changed', old.id, old.status using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "template_version_guard" before update or delete on "template_version"
      for each row execute function "template_version_guard"();`);
  }
}
