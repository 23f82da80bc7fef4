import { Migration } from '@mikro-orm/migrations';

/**
 * SE MenPANRB 3/2023 as data:
 * - the capaian kinerja organisasi is recorded per unit and sub-period (`organisation_rating`), every recording
 *   kept, the latest in force; the single `unit.rating` (one value for every period, BAIK unless set, which
 *   nobody gave for a period) is dropped and not carried over;
 * - the distribution guideline (`distribution_guideline`), one row of bounds per capaian, shipped with the SE's
 *   rows; the installation is the instansi (one per installation), so the table has no instansi key;
 * - the head of a unit (`unit.head_id`), whose rating hasil kerja follows the unit's capaian.
 */
export class Migration20261203181024_organisation_ratings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "unit" drop column "rating";`);
    this.addSql(
      `alter table "unit" add column "head_id" uuid null references "employee" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "unit_head_id_index" on "unit" ("head_id");`);

    this.addSql(`
      create table "organisation_rating" (
        "id" uuid not null primary key,
        "unit_id" uuid not null references "unit" ("id") on update cascade on delete restrict,
        "sub_period_id" uuid not null references "sub_period" ("id") on update cascade on delete restrict,
        "rating" text not null check ("rating" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
        "version" int not null constraint "organisation_rating_version_positive" check ("version" >= 1),
        "note" text null constraint "organisation_rating_note_length" check ("note" is null or (btrim("note") <> '' and length("note") <= 2000)),
        "recorded_by_id" uuid null,
        "recorded_by_name" text null,
        "recorded_at" timestamptz not null,
        "superseded_at" timestamptz null,
        constraint "organisation_rating_unit_sub_period_version_unique" unique ("unit_id", "sub_period_id", "version"),
        constraint "organisation_rating_superseded_after_recorded" check ("superseded_at" is null or "superseded_at" >= "recorded_at")
      );`);
    // One recording in force per unit and sub-period, whatever route a write takes.
    this.addSql(`
      create unique index "organisation_rating_in_force_unique" on "organisation_rating" ("unit_id", "sub_period_id")
      where "superseded_at" is null;`);
    this.addSql(`create index "organisation_rating_sub_period_id_index" on "organisation_rating" ("sub_period_id");`);
    this.addSql(
      `create index "organisation_rating_recorded_at_id_index" on "organisation_rating" ("recorded_at", "id");`,
    );
    // History is kept as recorded: a recording is never deleted, and the only change is being superseded, once.
    this.addSql(`
      create function "organisation_rating_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'a recorded capaian kinerja organisasi is kept' using errcode = 'P0001';
        end if;
        if old."superseded_at" is not null
          or (to_jsonb(new) - 'superseded_at') is distinct from (to_jsonb(old) - 'superseded_at') then
          raise exception 'a recorded capaian kinerja organisasi cannot change; record a new one' using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger "organisation_rating_guard" before update or delete on "organisation_rating"
      for each row execute function "organisation_rating_guard"();`);

    this.addSql(`
      create table "distribution_guideline" (
        "id" uuid not null primary key,
        "organisation_rating" text not null constraint "distribution_guideline_organisation_rating_unique" unique
          check ("organisation_rating" in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
        "rules" jsonb not null constraint "distribution_guideline_rules_array" check (jsonb_typeof("rules") = 'array'),
        "revision" int not null default 1,
        "updated_at" timestamptz not null,
        "updated_by_id" uuid null,
        "updated_by_name" text null
      );`);
    // The rows of SE MenPANRB 3/2023 (pola distribusi predikat kinerja pegawai), as shipped.
    const rows: [string, unknown[]][] = [
      [
        'ISTIMEWA',
        [
          { kind: 'largest', predikat: ['SANGAT_BAIK'] },
          { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 70 },
        ],
      ],
      [
        'BAIK',
        [
          { kind: 'largest', predikat: ['BAIK'] },
          { kind: 'atMost', predikat: ['BAIK'], percent: 70 },
          { kind: 'present', predikat: ['BUTUH_PERBAIKAN', 'KURANG'] },
        ],
      ],
      [
        'BUTUH_PERBAIKAN',
        [
          { kind: 'atLeast', predikat: ['BUTUH_PERBAIKAN'], percent: 60 },
          { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
        ],
      ],
      [
        'KURANG',
        [
          { kind: 'atLeast', predikat: ['KURANG'], percent: 60 },
          { kind: 'atLeast', predikat: ['BUTUH_PERBAIKAN'], percent: 10 },
          { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 10 },
        ],
      ],
      [
        'SANGAT_KURANG',
        [
          { kind: 'atLeast', predikat: ['SANGAT_KURANG'], percent: 60 },
          { kind: 'atLeast', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], percent: 10 },
          { kind: 'absent', predikat: ['SANGAT_BAIK'] },
        ],
      ],
    ];
    for (const [rating, rules] of rows) {
      this.addSql(
        this.getKnex().raw(
          `insert into "distribution_guideline" ("id", "organisation_rating", "rules", "revision", "updated_at") values (gen_random_uuid(), ?, ?::jsonb, 1, now())`,
          [rating, JSON.stringify(rules)],
        ),
      );
    }
  }
}
