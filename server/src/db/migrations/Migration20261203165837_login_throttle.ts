import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling per username, whether or not an account has that name: the lock cannot tell an attacker
 * which usernames exist, and a row lock on it serialises the attempts on one name.
 */
export class Migration20261203165837_login_throttle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "login_throttle" (
        "username" text not null primary key constraint "login_throttle_username_length" check (length("username") <= 200),
        "failed_attempts" int not null default 0 constraint "login_throttle_failed_attempts_non_negative" check ("failed_attempts" >= 0),
        "locked_until" timestamptz null,
        "last_attempt_at" timestamptz not null default now()
      );`);
    this.addSql(`create index "login_throttle_last_attempt_at_index" on "login_throttle" ("last_attempt_at");`);
    this.addSql(`
      insert into "login_throttle" ("username", "failed_attempts", "locked_until", "last_attempt_at")
      select "username", "failed_attempts", "locked_until", now() from "app_user" where "failed_attempts" > 0 or "locked_until" is not null;`);
    this.addSql(`alter table "app_user" drop column "failed_attempts", drop column "locked_until";`);
  }
}
