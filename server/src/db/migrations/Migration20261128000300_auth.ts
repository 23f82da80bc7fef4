import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000300_auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "app_user" (
        "id" uuid not null primary key,
        "username" text not null constraint "app_user_username_unique" unique
          constraint "app_user_username_format" check ("username" ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
        "display_name" text not null constraint "app_user_display_name_not_blank" check (btrim("display_name") <> ''),
        "password_hash" text not null constraint "app_user_password_hash_argon2id" check ("password_hash" like '$argon2id$%'),
        "employee_id" uuid null constraint "app_user_employee_id_unique" unique
          references "employee" ("id") on update cascade on delete restrict,
        "roles" text[] not null
          constraint "app_user_roles_known" check ("roles" <@ array['ADMIN', 'HR', 'ANALYST']::text[]),
        "active" boolean not null default true,
        "failed_attempts" int not null default 0 constraint "app_user_failed_attempts_non_negative" check ("failed_attempts" >= 0),
        "locked_until" timestamptz null,
        "created_at" timestamptz not null,
        "password_changed_at" timestamptz not null
      );`);
    this.addSql(`
      create table "user_session" (
        "id" uuid not null primary key,
        "token_hash" text not null constraint "user_session_token_hash_unique" unique,
        "user_id" uuid not null references "app_user" ("id") on update cascade on delete cascade,
        "created_at" timestamptz not null,
        "last_seen_at" timestamptz not null,
        "expires_at" timestamptz not null,
        "absolute_expires_at" timestamptz not null,
        constraint "user_session_expiry_order" check ("expires_at" <= "absolute_expires_at")
      );`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create index "user_session_expires_at_index" on "user_session" ("expires_at");`);
  }
}
