import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000100_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "audit_record" (
        "id" uuid not null primary key,
        "seq" bigint generated always as identity constraint "audit_record_seq_unique" unique,
        "at" timestamptz not null,
        "actor_id" uuid null,
        "actor_name" text null,
        "action" text not null constraint "audit_record_action_format" check ("action" ~ '^[a-z][a-zA-Z]+$'),
        "entity_type" text not null,
        "entity_id" uuid not null,
        "before" jsonb null,
        "after" jsonb null,
        "note" text null
      );`);
    this.addSql(`create index "audit_record_entity_index" on "audit_record" ("entity_id", "seq");`);
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);
    // Append-only: the trail can grow, never be rewritten.
    this.addSql(`
      create function "audit_record_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit records are append-only' using errcode = 'P0001';
      end $$;`);
    this.addSql(`
      create trigger "audit_record_append_only" before update or delete on "audit_record"
      for each row execute function "audit_record_append_only"();`);
  }
}
