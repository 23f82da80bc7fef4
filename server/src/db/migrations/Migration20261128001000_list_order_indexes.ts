import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the default orders of the list connections. Lists sort with empty values
 * last in both directions, so a descending key needs a `desc nulls last` index for PostgreSQL to walk it
 * instead of sorting the whole table for every page (an export reads page after page).
 */
export class Migration20261128001000_list_order_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "assessment_created_order_index" on "assessment" ("created_at" desc nulls last, "id" desc nulls last);`,
    );
    this.addSql(
      `create index "assessment_employee_created_order_index" on "assessment" ("employee_id", "created_at" desc nulls last, "id" desc nulls last);`,
    );
    this.addSql(
      `create index "work_plan_created_order_index" on "work_plan" ("created_at" desc nulls last, "id" desc nulls last);`,
    );
    this.addSql(
      `create index "objection_filed_order_index" on "objection" ("filed_at" desc nulls last, "id" desc nulls last);`,
    );
    this.addSql(
      `create index "feedback_entry_created_order_index" on "feedback_entry" ("created_at" desc nulls last, "id" desc nulls last);`,
    );
    this.addSql(`create index "assessment_answer_lineage_order_index" on "assessment_answer" ("lineage_key", "id");`);
  }
}
