import { Migration } from '@mikro-orm/migrations';

/** A form's id from its content: the first 128 bits of the SHA-256 of its canonical jsonb text (as `assessment-form.store.ts` computes it). */
const formIdSql = (jsonb: string) =>
  `encode(substring(sha256(convert_to((${jsonb})::text, 'UTF8')) from 1 for 16), 'hex')::uuid`;

/**
 * Frozen forms out of the assessment row (benchmarks A, B and D of bench/RESULTS.md): each assessment used to carry its
 * own copy of the form (10–15 KB of JSON), read and parsed with every row even when no form was asked for,
 * although the four quarterly assessments of a plan revision carry the same form. Now each distinct form is
 * stored once in `assessment_form`, under an id derived from its content, and assessments point to it.
 *
 * The guarantee that a form never changes once an assessment is built on it moves to the database: a
 * stored form cannot be updated (`assessment_form_guard`; one still referenced cannot be deleted, by its
 * foreign key), and an assessment cannot be pointed to another form (`assessment_form_fixed`).
 */
export class Migration20261128000800_assessment_forms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "assessment_form" (
        "id" uuid not null primary key,
        "definition" jsonb not null,
        "created_at" timestamptz not null
      );`);
    this.addSql(`
      create function "assessment_form_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          if new.id is distinct from ${formIdSql('new.definition')} then
            raise exception 'assessment form id % does not match its content', new.id using errcode = 'P0001';
          end if;
          return new;
        end if;
        raise exception 'assessment form % is frozen and cannot be changed', old.id using errcode = 'P0001';
      end $$;`);
    this.addSql(`
      create trigger "assessment_form_guard" before insert or update on "assessment_form"
      for each row execute function "assessment_form_guard"();`);

    // Move the data: one form per distinct content (the earliest assessment's creation time), then the reference.
    this.addSql(`alter table "assessment" add column "form_id" uuid null;`);
    this.addSql(`update "assessment" set "form_id" = ${formIdSql('"form"')};`);
    this.addSql(`
      insert into "assessment_form" ("id", "definition", "created_at")
      select distinct on ("form_id") "form_id", "form", "created_at" from "assessment" order by "form_id", "created_at";`);
    this.addSql(`
      alter table "assessment"
        alter column "form_id" set not null,
        add constraint "assessment_form_id_foreign" foreign key ("form_id") references "assessment_form" ("id") on update cascade on delete restrict,
        drop column "form";`);
    this.addSql(`create index "assessment_form_id_index" on "assessment" ("form_id");`);
    this.addSql(`
      create function "assessment_form_fixed"() returns trigger language plpgsql as $$
      begin
        if new.form_id <> old.form_id then
          raise exception 'the form of assessment % is frozen and cannot be replaced', old.id using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "assessment_form_fixed" before update of "form_id" on "assessment"
      for each row execute function "assessment_form_fixed"();`);
  }
}
