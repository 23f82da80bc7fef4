import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { aggregationOf, splitTarget } from '@kinerja/shared';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ROLLUP_BACKFILL } from '../src/db/migrations/Migration20261128000700_rollups.js';
import { ormConfig } from '../src/db/orm-config.js';
import { SYSTEM_ACTOR } from '../src/kernel/actor.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { closePeriod } from '../src/modules/period/period.service.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { seedFamilies } from '../src/seed/families.seed.js';
import { openSeedPeriod, seedPlanningPeriod } from '../src/seed/period.seed.js';
import { randomSource } from '../src/seed/sample-answers.js';
import { SEED_TEMPLATES } from '../src/seed/templates/index.js';
import { seedTemplates } from '../src/seed/templates.seed.js';
import { insertRows } from './bulk.js';
import { loadAssessments, type PlanRef } from './scale-assessments.js';
import { BENCH_USERS, openScaleDatabase, progress } from './scale-db.js';
import { familyShape } from './scale-forms.js';
import { buildOrganisation, type ScaleEmployee } from './scale-org.js';

/** `pnpm run seed:scale -- --employees 20000 [--drafts 2000] [--reset]`: see server/bench/RESULTS.md. */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
};
const EMPLOYEES = option('employees', 20000);
const DRAFTS = option('drafts', 2000);
const RESET = args.includes('--reset');

const started = Date.now();
const phase = (label: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${label}\n`);

async function main(): Promise<void> {
  const db = await openScaleDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  let orm: MikroORM | undefined;
  try {
    if (await hasData(client)) {
      if (!RESET) {
        throw new Error(
          `the scale database (${db.embedded ? 'embedded, .data/scale' : 'DATABASE_URL'}) already holds tables or data; run again with --reset to replace it.`,
        );
      }
      phase('--reset: dropping the schema');
      await client.query('drop schema public cascade; create schema public');
    }
    if (db.embedded) {
      // The scale cluster is ours: room for the bulk load's WAL and for the benchmark's working set.
      await client.query(`alter system set max_wal_size = '8GB'`);
      await client.query(`alter system set shared_buffers = '2GB'`);
      await client.query('select pg_reload_conf()');
    }
    orm = await MikroORM.init(ormConfig(db.url, { pool: { min: 0, max: 4 } }));
    // The current schema; the maintained aggregates are filled after the load, from the base tables, by the
    // rollup migration's own backfill statements.
    await orm.getMigrator().up();
    phase('migrated');

    const em = orm.em.fork();
    await seedFamilies(em);
    await seedTemplates(em);
    const periods = [];
    for (const year of [2025, 2026]) periods.push(await openSeedPeriod(em, await seedPlanningPeriod(em, year)));
    phase('families, published templates, periods 2025 and 2026 opened with pinned versions');

    const random = randomSource(20000);
    const { units, employees } = buildOrganisation(EMPLOYEES, random);
    const families = new Map(
      (await client.query<{ code: string; id: string }>('select code, id from job_family')).rows.map((r) => [
        r.code,
        r.id,
      ]),
    );
    const now = new Date();
    await client.query('begin');
    await insertRows(
      client,
      'unit',
      [
        ['id', 'uuid'],
        ['code', 'text'],
        ['name', 'text'],
        ['kind', 'text'],
        ['parent_id', 'uuid'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      units.map((u) => [u.id, u.code, u.name, u.kind, u.parentId, now, now]),
    );
    const employeeColumns = [
      ['id', 'uuid'],
      ['nip', 'text'],
      ['birth_date', 'date'],
      ['sex', 'text'],
      ['name', 'text'],
      ['position', 'text'],
      ['grade', 'text'],
      ['employment_type', 'text'],
      ['unit_id', 'uuid'],
      ['family_id', 'uuid'],
      ['supervisor_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ] as const;
    // Supervisors first; ANALYZE between batches keeps the acyclic trigger's cached plan on the primary key
    // (planned against an empty table it scans every employee for every new row).
    const ordered = [0, 1, 2].flatMap((level) => employees.filter((e) => e.level === level));
    for (let start = 0; start < ordered.length; start += 2000) {
      await insertRows(
        client,
        'employee',
        employeeColumns,
        ordered
          .slice(start, start + 2000)
          .map((e) => [
            e.id,
            e.nip,
            e.birthDate,
            e.sex,
            e.name,
            e.position,
            e.grade,
            e.employmentType,
            e.unitId,
            families.get(e.family),
            e.supervisorId,
            now,
            now,
          ]),
      );
      await client.query('analyze "employee"');
    }
    await insertUsers(client, employees, now);
    await client.query('commit');
    phase(
      `${units.length.toLocaleString('en')} units, ${employees.length.toLocaleString('en')} employees (NIPs checked by parseNip), supervisor accounts`,
    );

    const shapes = new Map<string, ReturnType<typeof familyShape>>();
    let nextVariant = 1;
    for (const seed of SEED_TEMPLATES) {
      const shape = familyShape(seed.familyCode, seed.definition(), 64, nextVariant, random);
      nextVariant += shape.variants.length;
      shapes.set(seed.familyCode, shape);
    }
    const plans = await insertPlans(
      client,
      employees,
      periods.map((p) => p.id),
      shapes,
      now,
    );
    phase(`${plans.length.toLocaleString('en')} approved work plans with their results and targets`);

    const loaded = await loadAssessments(db.url, { plans, shapes, drafts: DRAFTS, random });
    phase(
      `${loaded.submitted.toLocaleString('en')} submitted and ${loaded.drafts.toLocaleString('en')} draft assessments, ${loaded.answers.toLocaleString('en')} answers`,
    );

    await client.query('begin');
    for (const statement of ROLLUP_BACKFILL) await client.query(statement);
    await client.query('commit');
    phase('assessment_fact, score_rollup and indicator_rollup filled by the rollup migration’s backfill');
    await closePeriod({ em: orm.em.fork(), locale: 'id', actor: SYSTEM_ACTOR }, periods[0]!.id);
    await client.query('vacuum (analyze)');
    phase('period 2025 closed; vacuum analyze done');
    const size = await client.query<{ size: string }>(
      'select pg_size_pretty(pg_database_size(current_database())) as size',
    );
    process.stdout.write(
      `seed:scale done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${employees.length} employees, ${plans.length} plans, ` +
        `${loaded.submitted} submitted + ${loaded.drafts} draft assessments, ${loaded.answers} answer rows; database ${size.rows[0]!.size}\n`,
    );
  } finally {
    await client.end().catch(() => {});
    await orm?.close(true);
    await db.stop();
  }
}

async function hasData(client: pg.Client): Promise<boolean> {
  const tables = await client.query(`select 1 from information_schema.tables where table_schema = 'public'`);
  return (tables.rowCount ?? 0) > 0;
}

/** Analyst and HR accounts for the benchmark, and one account (username = NIP) per supervisor. */
async function insertUsers(client: pg.Client, employees: readonly ScaleEmployee[], now: Date): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const supervisors = new Set(employees.map((e) => e.supervisorId));
  const rows: unknown[][] = [
    [randomUUID(), BENCH_USERS.analyst, 'Analis Benchmark', hash, null, 'ANALYST'],
    [randomUUID(), BENCH_USERS.hr, 'HR Benchmark', hash, null, 'HR'],
    ...employees.filter((e) => supervisors.has(e.id)).map((e) => [randomUUID(), e.nip, e.name, hash, e.id, '']),
  ];
  await client.query(
    `insert into app_user (id, username, display_name, password_hash, employee_id, roles, created_at, password_changed_at)
     select id, username, display_name, $4, employee_id, string_to_array(roles, ',')::text[], $6, $6
     from unnest($1::uuid[], $2::text[], $3::text[], $5::uuid[], $7::text[]) as t(id, username, display_name, employee_id, roles)`,
    [
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      hash,
      rows.map((r) => r[4]),
      now,
      rows.map((r) => r[5]),
    ],
  );
}

/** An approved revision 1 per employee with a supervisor and year, with the template's results and targets. */
async function insertPlans(
  client: pg.Client,
  employees: readonly ScaleEmployee[],
  periodIds: readonly string[],
  shapes: Map<string, ReturnType<typeof familyShape>>,
  now: Date,
): Promise<PlanRef[]> {
  const plans: PlanRef[] = [];
  const planRows: unknown[][] = [];
  const resultRows: unknown[][] = [];
  const targetRows: unknown[][] = [];
  for (const periodId of periodIds) {
    for (const employee of employees) {
      if (!employee.supervisorId) continue;
      const id = randomUUID();
      const targets: string[] = [];
      planRows.push([id, employee.id, periodId, 'APPROVED', 3, employee.supervisorId, now, now, now, now]);
      shapes.get(employee.family)!.plan.forEach((result, r) => {
        const resultId = randomUUID();
        resultRows.push([resultId, id, r, 'MAIN', result.title, resultId]);
        result.targets.forEach((t, i) => {
          const targetId = randomUUID();
          targets.push(targetId.replaceAll('-', ''));
          const aggregation = aggregationOf(t);
          targetRows.push([
            targetId,
            resultId,
            i,
            t.label,
            t.aspect,
            t.target,
            t.unit,
            t.direction,
            t.templateLineageKey ?? null,
            targetId,
            aggregation,
            JSON.stringify(splitTarget(t.target, aggregation, 4)),
          ]);
        });
      });
      plans.push({
        id,
        periodId,
        employeeId: employee.id,
        supervisorId: employee.supervisorId,
        family: employee.family,
        targets: targets.join(','),
      });
    }
  }
  const bar = progress('plans', planRows.length);
  await client.query('begin');
  for (let start = 0; start < planRows.length; start += 10000) {
    await insertRows(
      client,
      'work_plan',
      [
        ['id', 'uuid'],
        ['employee_id', 'uuid'],
        ['period_id', 'uuid'],
        ['status', 'text'],
        ['lock_version', 'int'],
        ['approver_id', 'uuid'],
        ['submitted_at', 'timestamptz'],
        ['decided_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      planRows.slice(start, start + 10000),
    );
    bar.tick(Math.min(planRows.length, start + 10000));
  }
  await insertRows(
    client,
    'work_result',
    [
      ['id', 'uuid'],
      ['plan_id', 'uuid'],
      ['position', 'int'],
      ['kind', 'text'],
      ['title', 'text'],
      ['lineage_id', 'uuid'],
    ],
    resultRows,
    20000,
  );
  await insertRows(
    client,
    'work_target',
    [
      ['id', 'uuid'],
      ['result_id', 'uuid'],
      ['position', 'int'],
      ['label', 'text'],
      ['aspect', 'text'],
      ['target', 'float8'],
      ['unit', 'text'],
      ['direction', 'text'],
      ['template_lineage_key', 'text'],
      ['lineage_id', 'uuid'],
      ['aggregation', 'text'],
      ['periodic_targets', 'jsonb'],
    ],
    targetRows,
    20000,
  );
  await client.query('commit');
  bar.end();
  return plans;
}

main().catch((error: unknown) => {
  process.stderr.write(`\nseed:scale: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
