import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseNip } from '@kinerja/shared';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ensureDatabaseExists } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { Session } from '../src/modules/auth/session.entity.js';
import { User } from '../src/modules/auth/user.entity.js';
import { JobFamily } from '../src/modules/job-family/job-family.entity.js';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import { EmploymentType, Sex } from '../src/modules/organisation/organisation.enums.js';
import { Period } from '../src/modules/period/period.entity.js';
import { PeriodState } from '../src/modules/period/period.enums.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { percentile } from './load.js';
import { startServer } from './server.js';

/**
 * `pnpm run bench stress [-- --writers 200]`: a deadline. The real server (default pool) on a fresh copy of the
 * demo office with `writers` extra employees; then, all at once:
 *  1. every writer creates their work plan (different records: all must succeed);
 *  2. every writer saves their plan (different records: all must succeed);
 *  3. every writer's request saves the same plan with the same version (one record: exactly one wins, the
 *     rest get CONFLICT);
 * while an unrelated reader asks for the periods again and again. Prints, per burst: writers, successes,
 * conflicts, other errors, pool timeouts, audit records written and the reader's p50/p99.
 */
const args = process.argv.slice(2);
const WRITERS = args.includes('--writers') ? Number(args[args.indexOf('--writers') + 1]) : 200;

interface Answer {
  status: number;
  code: string;
  data: any;
}

async function call(url: string, query: string, variables: object, cookie: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: body.errors ? String(body.errors[0]?.extensions?.code) : 'OK',
    data: body.data,
  };
}

/** `writers` employees of the administrative family under one supervisor, each with an account and a session cookie. */
async function addWriters(url: string): Promise<{ cookies: string[]; hr: string; periodId: string }> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    const em = orm.em.fork();
    const family = await em.findOneOrFail(JobFamily, { code: 'pelaksana_administrasi' });
    const period = await em.findOneOrFail(Period, { state: PeriodState.OPEN });
    const supervisor = await em.findOneOrFail(
      Employee,
      { supervisor: { $ne: null }, family },
      { orderBy: { name: 'asc' } },
    );
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const cookies: string[] = [];
    const session = (user: User) => {
      const token = randomBytes(32).toString('base64url');
      em.create(Session, {
        tokenHash: createHash('sha256').update(token).digest('hex'),
        user,
        expiresAt: new Date(Date.now() + 3_600_000),
        absoluteExpiresAt: new Date(Date.now() + 3_600_000),
      });
      return `kinerja_session=${token}`;
    };
    for (let i = 1; i <= WRITERS; i++) {
      const parsed = parseNip(`199001012015011${String(i).padStart(3, '0')}`);
      if (!parsed.ok) throw new Error('bad NIP');
      const employee = em.create(Employee, {
        nip: parsed.nip,
        birthDate: parsed.birthDate,
        sex: Sex.MALE,
        name: `Penulis ${i}`,
        position: 'Pengadministrasi Umum',
        grade: 'II/a',
        employmentType: EmploymentType.PNS,
        unit: supervisor.unit,
        family,
        supervisor: supervisor.supervisor,
      });
      cookies.push(
        session(em.create(User, { username: `penulis.${i}`, displayName: employee.name, passwordHash, employee })),
      );
    }
    const hr = session(await em.findOneOrFail(User, { username: 'hr' }));
    await em.flush();
    return { cookies, hr, periodId: period.id };
  } finally {
    await orm.close(true);
  }
}

/** Runs the burst while an unrelated reader reads; returns the outcome counts and the reader's latencies. */
async function burst(
  label: string,
  url: string,
  hr: string,
  requests: (() => Promise<Answer>)[],
  auditCount: () => Promise<number>,
) {
  const auditBefore = await auditCount();
  let running = true;
  const latencies: number[] = [];
  const reader = (async () => {
    while (running) {
      const started = performance.now();
      const answer = await call(url, '{ periods(first: 5) { nodes { year state } } }', {}, hr);
      if (answer.code !== 'OK') throw new Error(`the unrelated read failed: ${answer.code}`);
      latencies.push(performance.now() - started);
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(requests.map((request) => request()));
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await reader;
  const count = (code: string) => answers.filter((a) => a.code === code).length;
  const sorted = latencies.sort((a, b) => a - b);
  const row = {
    burst: label,
    writers: answers.length,
    successes: count('OK'),
    conflicts: count('CONFLICT'),
    errors: answers.filter((a) => a.code !== 'OK' && a.code !== 'CONFLICT').length,
    poolTimeouts: count('DATABASE_BUSY'),
    internalErrors: count('INTERNAL_SERVER_ERROR'),
    http5xx: answers.filter((a) => a.status >= 500).length,
    auditRecords: (await auditCount()) - auditBefore,
    seconds: Number(seconds.toFixed(2)),
    readerRequests: sorted.length,
    readerP50ms: Number(percentile(sorted, 0.5).toFixed(1)),
    readerP99ms: Number(percentile(sorted, 0.99).toFixed(1)),
  };
  const otherCodes = [...new Set(answers.map((a) => a.code).filter((c) => c !== 'OK' && c !== 'CONFLICT'))];
  if (otherCodes.length) console.error(`${label}: other answers: ${otherCodes.join(', ')}`);
  return { row, answers };
}

export async function stressBench(): Promise<void> {
  let stopCluster: (() => Promise<void>) | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  let url: string;
  const name = `kinerja_stress_${Date.now().toString(36)}`;
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    await ensureDatabaseExists(admin.toString(), name);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    };
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-stress-'));
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data') });
    await ensureDatabaseExists(cluster.adminUrl, name);
    url = cluster.urlFor(name);
    stopCluster = () => cluster.stop();
  }
  const server = await startServer(url, {}, 120);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { cookies, hr, periodId } = await addWriters(url);
    const audit = (action: string) => async () =>
      Number(
        (await pool.query(`select count(*) from audit_record where entity_type = 'WorkPlan' and action = $1`, [action]))
          .rows[0].count,
      );
    const rows = [];

    const plans: { id: string; lockVersion: number; results: any[] }[] = [];
    const create = await burst(
      'create plans (different records)',
      server.url,
      hr,
      cookies.map(
        (cookie) => () =>
          call(
            server.url,
            `mutation ($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { plan { id lockVersion results { id kind title parentResult { id } targets { id label aspect target unit direction templateLineageKey } } } } }`,
            { input: { periodId } },
            cookie,
          ),
      ),
      audit('create'),
    );
    rows.push(create.row);
    for (const answer of create.answers) if (answer.code === 'OK') plans.push(answer.data.createWorkPlan.plan);
    if (plans.length !== cookies.length) throw new Error('not every writer has a plan; see the counts above');

    const content = (plan: (typeof plans)[number], tag: string) =>
      plan.results.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: `${r.title} ${tag}`,
        parentResultId: r.parentResult?.id ?? null,
        targets: r.targets,
      }));
    const save = `mutation ($input: SaveWorkPlanInput!) { saveWorkPlan(input: $input) { plan { lockVersion } } }`;
    rows.push(
      (
        await burst(
          'save own plan (different records)',
          server.url,
          hr,
          plans.map(
            (plan, i) => () =>
              call(
                server.url,
                save,
                {
                  input: { planId: plan.id, expectedLockVersion: plan.lockVersion, results: content(plan, '(simpan)') },
                },
                cookies[i]!,
              ),
          ),
          audit('save'),
        )
      ).row,
    );

    const shared = plans[0]!;
    const current = await call(
      server.url,
      `query ($id: ID!) { workPlan(id: $id) { lockVersion } }`,
      { id: shared.id },
      cookies[0]!,
    );
    rows.push(
      (
        await burst(
          'save one plan (same record)',
          server.url,
          hr,
          cookies.map(
            (_, i) => () =>
              call(
                server.url,
                save,
                {
                  input: {
                    planId: shared.id,
                    expectedLockVersion: current.data.workPlan.lockVersion,
                    results: content(shared, `(${i})`),
                  },
                },
                cookies[0]!,
              ),
          ),
          audit('save'),
        )
      ).row,
    );

    console.table(rows);
    const broken = rows.filter(
      (r) =>
        r.errors > 0 || r.poolTimeouts > 0 || r.successes + r.conflicts !== r.writers || r.auditRecords !== r.successes,
    );
    if (broken.length) {
      console.error(`FAILED: ${broken.map((r) => r.burst).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await pool.end();
    await server.stop();
    await dropDatabase?.();
    await stopCluster?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
