import { Migration } from '@mikro-orm/migrations';

/**
 * Saved queries of the explorer: named GraphQL queries of analysts, HR and admins,
 * private to their owner unless shared. The name is unique per owner, ignoring case.
 */
export class Migration20261128000900_saved_queries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "saved_query" (
        "id" uuid not null primary key,
        "owner_id" uuid not null references "app_user" ("id") on update cascade on delete cascade,
        "name" text not null
          constraint "saved_query_name_length" check (btrim("name") <> '' and char_length("name") <= 120),
        "description" text null,
        "query" text not null
          constraint "saved_query_query_length" check (btrim("query") <> '' and char_length("query") <= 20000),
        "variables" jsonb null
          constraint "saved_query_variables_object" check ("variables" is null or jsonb_typeof("variables") = 'object'),
        "shared" boolean not null default false,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        "version" int not null default 1 constraint "saved_query_version_positive" check ("version" >= 1)
      );`);
    this.addSql(`create unique index "saved_query_owner_name_unique" on "saved_query" ("owner_id", lower("name"));`);
    this.addSql(`create index "saved_query_shared_index" on "saved_query" ("name") where "shared";`);
  }
}
