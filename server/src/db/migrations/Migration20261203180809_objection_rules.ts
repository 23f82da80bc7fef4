import { Migration } from '@mikro-orm/migrations';

/**
 * Objections (keberatan) as PP 30/2019 says: the window counts 14 calendar days from the day the employee
 * first receives the result, in the unit's time zone; HR may hand an objection to another official with a
 * recorded reason; the decision is final, so an assessment with a decided objection is never reopened.
 */
export class Migration20261203180809_objection_rules extends Migration {
  override async up(): Promise<void> {
    // An IANA time-zone name PostgreSQL knows; offsets and POSIX rules are refused (the shared rule does the same).
    this.addSql(`
      create function "is_time_zone"("name" text) returns boolean language plpgsql immutable as $$
      begin
        if "name" is null or char_length("name") > 64 or "name" !~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$' then
          return false;
        end if;
        perform timestamptz '2000-01-01 00:00:00+00' at time zone "name";
        return true;
      exception when invalid_parameter_value then
        return false;
      end $$;`);
    this.addSql(`
      alter table "unit" add column "time_zone" text not null default 'Asia/Jakarta'
        constraint "unit_time_zone_known" check ("is_time_zone"("time_zone"));`);

    // When the employee first received the result (opened it, acknowledged the feedback or objected); null until then.
    this.addSql(`
      alter table "assessment" add column "result_received_at" timestamptz null,
        add constraint "assessment_result_received_when_submitted" check ("result_received_at" is null or "status" = 'SUBMITTED');`);

    // A hand-over by HR to another official, with its reason; the objection keeps the latest one.
    this.addSql(`
      alter table "objection" add column "reassigned_at" timestamptz null,
        add column "reassignment_reason" text null constraint "objection_reassignment_reason_length"
          check ("reassignment_reason" is null or (btrim("reassignment_reason") <> '' and char_length("reassignment_reason") <= 2000)),
        add constraint "objection_reassignment_has_reason" check (("reassigned_at" is null) = ("reassignment_reason" is null));`);

    // The decision is final: an assessment whose objection is decided stays submitted (it is never reopened).
    this.addSql(`
      create function "assessment_objection_final"() returns trigger language plpgsql as $$
      begin
        if old.status = 'SUBMITTED' and new.status <> 'SUBMITTED'
          and exists (select 1 from "objection" where "assessment_id" = old.id and "status" <> 'PENDING') then
          raise exception 'assessment % has a decided objection; the decision is final and it cannot be reopened', old.id using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "assessment_objection_final" before update of "status" on "assessment"
      for each row execute function "assessment_objection_final"();`);
  }
}
