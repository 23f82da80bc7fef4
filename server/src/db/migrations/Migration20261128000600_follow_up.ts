import { Migration } from '@mikro-orm/migrations';

const RATINGS = `('BELOW', 'MEETS', 'ABOVE')`;
const PREDIKATS = `('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')`;

/** Text that is neither blank nor longer than `max` characters (the services trim before storing). */
const textBetween = (column: string, max: number) =>
  `(btrim("${column}") <> '' and char_length("${column}") <= ${max})`;

// Follow-up of the cycle (PermenPANRB 6/2022 step 4): continuous feedback, final feedback with
// development actions, objections (keberatan); the distribution is computed from `assessment`.
export class Migration20261128000600_follow_up extends Migration {
  override async up(): Promise<void> {
    // Continuous feedback during the period, about the employee's plan, a work result or a BerAKHLAK value.
    this.addSql(`
      create table "feedback_entry" (
        "id" uuid not null primary key,
        "employee_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "period_id" uuid not null references "period" ("id") on update cascade on delete restrict,
        "work_result_id" uuid null references "work_result" ("id") on update cascade on delete restrict,
        "value_code" text null constraint "feedback_entry_value_known" check ("value_code" in
          ('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')),
        "text" text not null constraint "feedback_entry_text_length" check ${textBetween('text', 2000)},
        "author_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "created_at" timestamptz not null,
        constraint "feedback_entry_one_subject" check ("work_result_id" is null or "value_code" is null)
      );`);
    this.addSql(
      `create index "feedback_entry_employee_period_index" on "feedback_entry" ("employee_id", "period_id", "created_at" desc, "id" desc);`,
    );
    this.addSql(`create index "feedback_entry_period_id_index" on "feedback_entry" ("period_id");`);
    this.addSql(`create index "feedback_entry_work_result_id_index" on "feedback_entry" ("work_result_id");`);
    this.addSql(`create index "feedback_entry_author_id_index" on "feedback_entry" ("author_id");`);
    this.addSql(`create index "feedback_entry_created_at_index" on "feedback_entry" ("created_at" desc, "id" desc);`);

    // Final feedback on an assessment, by its assessor; locked once the employee acknowledges it.
    this.addSql(`
      create table "assessment_feedback" (
        "id" uuid not null primary key,
        "assessment_id" uuid not null references "assessment" ("id") on update cascade on delete restrict,
        "author_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "strengths" text not null constraint "assessment_feedback_strengths_length" check ${textBetween('strengths', 4000)},
        "areas_to_improve" text not null constraint "assessment_feedback_areas_length" check ${textBetween('areas_to_improve', 4000)},
        "lock_version" int not null default 1 constraint "assessment_feedback_lock_version_positive" check ("lock_version" > 0),
        "acknowledged_at" timestamptz null,
        "acknowledged_by_id" uuid null references "employee" ("id") on update cascade on delete restrict,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "assessment_feedback_one_per_assessment" unique ("assessment_id"),
        constraint "assessment_feedback_acknowledged_by" check (("acknowledged_at" is null) = ("acknowledged_by_id" is null))
      );`);
    this.addSql(`create index "assessment_feedback_author_id_index" on "assessment_feedback" ("author_id");`);
    this.addSql(
      `create index "assessment_feedback_acknowledged_by_id_index" on "assessment_feedback" ("acknowledged_by_id");`,
    );

    // Recommended development (training, mentoring, …) of a final feedback; owned by it.
    this.addSql(`
      create table "development_action" (
        "id" uuid not null primary key,
        "feedback_id" uuid not null references "assessment_feedback" ("id") on update cascade on delete cascade,
        "position" int not null constraint "development_action_position_non_negative" check ("position" >= 0),
        "kind" text not null constraint "development_action_kind_known" check ("kind" in ('TRAINING', 'MENTORING', 'COACHING', 'ASSIGNMENT', 'OTHER')),
        "description" text not null constraint "development_action_description_length" check ${textBetween('description', 1000)},
        "target_date" date not null,
        "status" text not null default 'PLANNED' constraint "development_action_status_known" check ("status" in ('PLANNED', 'DONE')),
        "done_at" timestamptz null,
        constraint "development_action_position_unique" unique ("feedback_id", "position") deferrable initially deferred,
        constraint "development_action_done_has_date" check (("status" = 'DONE') = ("done_at" is not null))
      );`);
    this.addSql(`create index "development_action_status_index" on "development_action" ("status");`);

    // Acknowledged feedback is immutable: its text, author and actions stay as the employee read them.
    // Only the progress of an action (status, done_at) may still change.
    this.addSql(`
      create function "assessment_feedback_guard"() returns trigger language plpgsql as $$
      begin
        if old.acknowledged_at is not null then
          raise exception 'assessment feedback % is acknowledged and cannot be changed', old.id using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "assessment_feedback_guard" before update or delete on "assessment_feedback"
      for each row execute function "assessment_feedback_guard"();`);
    this.addSql(`
      create function "development_action_guard"() returns trigger language plpgsql as $$
      declare
        acknowledged boolean;
      begin
        select f.acknowledged_at is not null into acknowledged
          from assessment_feedback f where f.id = coalesce(new.feedback_id, old.feedback_id);
        if coalesce(acknowledged, false) and (
             tg_op <> 'UPDATE'
          or new.feedback_id <> old.feedback_id or new.position <> old.position or new.kind <> old.kind
          or new.description <> old.description or new.target_date <> old.target_date) then
          raise exception 'development action of acknowledged feedback % cannot be changed', coalesce(new.feedback_id, old.feedback_id) using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "development_action_guard" before insert or update or delete on "development_action"
      for each row execute function "development_action_guard"();`);

    // Objection (keberatan) to a submitted assessment, one per assessment; the decision is final.
    this.addSql(`
      create table "objection" (
        "id" uuid not null primary key,
        "assessment_id" uuid not null references "assessment" ("id") on update cascade on delete restrict,
        "employee_id" uuid not null references "employee" ("id") on update cascade on delete restrict,
        "decided_by_id" uuid null references "employee" ("id") on update cascade on delete restrict,
        "reason" text not null constraint "objection_reason_length" check ${textBetween('reason', 2000)},
        "status" text not null default 'PENDING' constraint "objection_status_known" check ("status" in ('PENDING', 'UPHELD', 'CHANGED')),
        "filed_at" timestamptz not null,
        "deadline" timestamptz not null,
        "previous_work_results_rating" text not null constraint "objection_previous_work_results_rating_known" check ("previous_work_results_rating" in ${RATINGS}),
        "previous_behaviour_rating" text not null constraint "objection_previous_behaviour_rating_known" check ("previous_behaviour_rating" in ${RATINGS}),
        "previous_predikat" text not null constraint "objection_previous_predikat_known" check ("previous_predikat" in ${PREDIKATS}),
        "decided_at" timestamptz null,
        "decision_user_id" uuid null references "app_user" ("id") on update cascade on delete restrict,
        "decision_reason" text null constraint "objection_decision_reason_length" check ("decision_reason" is null or ${textBetween('decision_reason', 2000)}),
        "work_results_rating" text null constraint "objection_work_results_rating_known" check ("work_results_rating" in ${RATINGS}),
        "behaviour_rating" text null constraint "objection_behaviour_rating_known" check ("behaviour_rating" in ${RATINGS}),
        "predikat" text null,
        constraint "objection_one_per_assessment" unique ("assessment_id"),
        constraint "objection_filed_within_window" check ("filed_at" <= "deadline"),
        constraint "objection_decided_has_date" check (("status" = 'PENDING') = ("decided_at" is null)),
        constraint "objection_pending_has_no_decision" check ("status" <> 'PENDING' or (
          "decision_reason" is null and "decision_user_id" is null
          and "work_results_rating" is null and "behaviour_rating" is null and "predikat" is null)),
        constraint "objection_upheld_keeps_ratings" check ("status" <> 'UPHELD' or (
          "work_results_rating" is null and "behaviour_rating" is null and "predikat" is null)),
        constraint "objection_changed_has_ratings" check ("status" <> 'CHANGED' or (
          "work_results_rating" is not null and "behaviour_rating" is not null and "decision_reason" is not null
          and "predikat" = "predikat_of"("work_results_rating", "behaviour_rating")))
      );`);
    this.addSql(`create index "objection_decided_by_status_index" on "objection" ("decided_by_id", "status");`);
    this.addSql(`create index "objection_employee_status_index" on "objection" ("employee_id", "status");`);
    this.addSql(`create index "objection_status_index" on "objection" ("status");`);
    this.addSql(`create index "objection_decision_user_id_index" on "objection" ("decision_user_id");`);
    this.addSql(`create index "objection_filed_at_index" on "objection" ("filed_at" desc, "id" desc);`);

    // The decision is final: a decided objection never changes again, and no objection is ever deleted.
    this.addSql(`
      create function "objection_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'objection % cannot be deleted', old.id using errcode = 'P0001';
        end if;
        if old.status <> 'PENDING' then
          raise exception 'objection % is decided (%) and cannot be changed', old.id, old.status using errcode = 'P0001';
        end if;
        if new.assessment_id <> old.assessment_id or new.employee_id <> old.employee_id or new.reason <> old.reason
          or new.filed_at <> old.filed_at or new.deadline <> old.deadline then
          raise exception 'objection % keeps what was filed', old.id using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "objection_guard" before update or delete on "objection"
      for each row execute function "objection_guard"();`);
  }
}
