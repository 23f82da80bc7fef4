import type { TemplateDefinition } from '@kinerja/shared';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { randomSource, sampleAnswers } from '../src/seed/sample-answers.js';
import { measure, type Measured } from './load.js';
import { startServer } from './server.js';
import { BENCH_USERS, openScaleDatabase } from './scale-db.js';

/**
 * `pnpm run bench [-- --seconds 8 --concurrency 8]`: the real server on the scale data, scenarios A–E;
 * `pnpm run bench export`: the streamed CSV/XLSX export of ≥ 100 000 rows (see export-bench.ts);
 * `pnpm run bench stress [-- --writers 200]`: simultaneous writers at a deadline (see stress-bench.ts).
 */
const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) =>
  args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback;
const SECONDS = numberArg('seconds', 8);
const CONCURRENCY = numberArg('concurrency', 8);
/** `--only B,D`: run just these scenarios (and the baseline), e.g. under KINERJA_BENCH_PROFILE. */
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : null;

const QUERIES = {
  baseline: '{ viewer { id } }',
  A: `query A($employeeId: ID!, $periodId: ID!) { assessments(filter: {employeeId: [$employeeId], periodId: [$periodId]}, first: 10) {
        edges { node { id answers { indicatorKey value } sections { indicators { key label { id } } } } } } }`,
  B: `query B($unitId: ID!) { employees(filter: {unitId: [$unitId]}, first: 100) {
        edges { node { name supervisor { name } latestAssessment { workResultsScore } } } } }`,
  C: `{ assessmentStatistics(groupBy: [FAMILY, PERIOD]) { key { family { name } period { year } } count workResults { average } } }`,
  D: `query D($id: ID!) { assessment(id: $id) { id sections { key indicators { key label { id } } } answers { indicatorKey value }
        score { workResults { score rating } behaviour { score rating } predikat } } }`,
  E: `mutation E($draft: SaveAssessmentDraftInput!, $submit: SubmitAssessmentInput!) {
        saveAssessmentDraft(input: $draft) { assessment { lockVersion } } submitAssessment(input: $submit) { assessment { status predikat } } }`,
};
/** Levels of each query: list fields plus relations read from another table (the issue's budget of statements). */
const LEVELS: Record<string, string> = {
  A: '4: assessments, answers, sections, indicators',
  B: '3: employees, supervisor, latestAssessment',
  C: '3: statistics, family, period',
  D: '4: assessment, sections, indicators, answers',
};
/** The same answers by hand-written SQL: the floor. */
const FLOORS = {
  A: `select a.id, a.answers,
        (select jsonb_agg(jsonb_build_object('key', i->>'key', 'label', i->'label'->>'id'))
         from jsonb_array_elements(f.definition->'sections') s, jsonb_array_elements(s->'indicators') i) as indicators
      from assessment a join assessment_form f on f.id = a.form_id where a.employee_id = $1 and a.period_id = $2`,
  B: `select e.name, s.name as supervisor,
        (select x.work_results_score from assessment x where x.employee_id = e.id and x.status = 'SUBMITTED' order by x.submitted_at desc limit 1) as score
      from employee e left join employee s on s.id = e.supervisor_id where e.unit_id = $1 order by e.name, e.id limit 100`,
  C: `select f.name, p.year, count(*), avg(a.work_results_score) from assessment a join employee e on e.id = a.employee_id
      join job_family f on f.id = e.family_id join period p on p.id = a.period_id where a.status = 'SUBMITTED' group by f.name, p.year`,
};

interface Gql {
  data?: any;
  errors?: { message: string }[];
}

async function gql(
  url: string,
  query: string,
  variables: object,
  cookie?: string,
): Promise<{ body: Gql; statements: number; cookie?: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Gql;
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  const setCookie = response.headers.getSetCookie()[0];
  return {
    body,
    statements: Number(response.headers.get('x-sql-statements') ?? NaN),
    cookie: setCookie?.split(';')[0],
  };
}

async function login(url: string, username: string): Promise<string> {
  const result = await gql(url, 'mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }', {
    input: { username, password: DEMO_PASSWORD },
  });
  if (!result.cookie) throw new Error(`login of ${username} set no cookie`);
  return result.cookie;
}

const pickFrom = <T>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)]!;

async function main(): Promise<void> {
  const db = await openScaleDatabase();
  const pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY });
  // An idle client may see the cluster stop before the pool has ended it; that is not a failure of the run.
  pool.on('error', () => {});
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const employees = Number(
      (await pool.query('select count(*) from employee').catch(() => ({ rows: [{ count: 0 }] }))).rows[0].count,
    );
    if (employees === 0)
      throw new Error('the scale database is empty: run `pnpm run seed:scale -- --employees 20000` first.');
    server = await startServer(db.url, { KINERJA_COUNT_SQL: '1' });
    const url = server.url;
    const random = randomSource(7);
    const analyst = await login(url, BENCH_USERS.analyst);

    const pairs = (
      await pool.query<{ employee_id: string; period_id: string }>(
        `select employee_id, period_id from assessment where status = 'SUBMITTED' order by random() limit 1000`,
      )
    ).rows;
    const units = (
      await pool.query<{ unit_id: string; n: number }>(
        `select unit_id, count(*)::int as n from employee group by unit_id order by count(*) desc limit 50`,
      )
    ).rows;
    const assessors = (
      await pool.query<{ username: string; ids: string[] }>(
        `select u.username, (array_agg(a.id))[1:50] as ids from assessment a join app_user u on u.employee_id = a.assessor_id
       where a.status = 'SUBMITTED' group by u.username order by random() limit 20`,
      )
    ).rows;
    const drafts = (
      await pool.query<{ id: string; username: string; form: TemplateDefinition }>(
        `select a.id, u.username, f.definition as form from assessment a join assessment_form f on f.id = a.form_id
       join app_user u on u.employee_id = a.assessor_id where a.status = 'DRAFT'`,
      )
    ).rows;
    const cookies = new Map<string, string>();
    for (const username of new Set([...assessors.map((a) => a.username), ...drafts.map((d) => d.username)]))
      cookies.set(username, await login(url, username));
    process.stderr.write(
      `bench: ${employees} employees; ${pairs.length} sampled employee-periods, biggest unit ${units[0]?.n} employees, ` +
        `${assessors.length} assessors for D, ${drafts.length} drafts for E; ${SECONDS} s per scenario at concurrency ${CONCURRENCY}\n`,
    );

    const options = { seconds: SECONDS, concurrency: CONCURRENCY };
    const run = (query: string, variables: () => object, cookie = analyst) =>
      measure(async () => ({ statements: (await gql(url, query, variables(), cookie)).statements }), options);
    const floor = (sql: string, params: () => unknown[]) =>
      measure(async () => void (await pool.query(sql, params())), options);
    const pair = () => pickFrom(pairs, random);
    const unit = () => pickFrom(units, random).unit_id;

    const rows: { name: string; m: Measured; floor?: Measured }[] = [];
    const step = async (name: string, work: () => Promise<Measured>, floorWork?: () => Promise<Measured>) => {
      if (ONLY && rows.length > 0 && !ONLY.has(name[0]!)) return;
      process.stderr.write(`  ${name} …\n`);
      rows.push({ name, m: await work(), floor: floorWork ? await floorWork() : undefined });
    };
    await step('baseline: { viewer { id } }', () => run(QUERIES.baseline, () => ({})));
    await step(
      'A employee-period assessments',
      () =>
        run(QUERIES.A, () => {
          const p = pair();
          return { employeeId: p.employee_id, periodId: p.period_id };
        }),
      () =>
        floor(FLOORS.A, () => {
          const p = pair();
          return [p.employee_id, p.period_id];
        }),
    );
    await step(
      'B unit employees (first 100)',
      () => run(QUERIES.B, () => ({ unitId: unit() })),
      () => floor(FLOORS.B, () => [unit()]),
    );
    await step(
      'C avg score by family × period',
      () => run(QUERIES.C, () => ({})),
      () => floor(FLOORS.C, () => []),
    );
    await step('D assessor form load', () =>
      measure(async () => {
        const assessor = pickFrom(assessors, random);
        return {
          statements: (
            await gql(url, QUERIES.D, { id: pickFrom(assessor.ids, random) }, cookies.get(assessor.username))
          ).statements,
        };
      }, options),
    );
    const answerRandom = randomSource(11);
    await step('E save draft + submit', () =>
      measure(
        async (i) => {
          if (i < 0) return;
          const draft = drafts[i]!;
          const answers = Object.entries(sampleAnswers(draft.form, 1, answerRandom)).map(([indicatorKey, value]) => ({
            indicatorKey,
            value,
          }));
          const result = await gql(
            url,
            QUERIES.E,
            { draft: { assessmentId: draft.id, answers }, submit: { assessmentId: draft.id, answers } },
            cookies.get(draft.username),
          );
          return { statements: result.statements };
        },
        { ...options, maxRequests: drafts.length, warmup: 0 },
      ),
    );
    report(rows, employees);
  } finally {
    await server?.stop();
    await pool.end();
    await db.stop();
  }
}

function report(rows: { name: string; m: Measured; floor?: Measured }[], employees: number): void {
  const f = (n: number | null | undefined, digits = 1) =>
    n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
  const baseline = rows[0]!.m.statements ?? 0;
  const lines = [
    `| scenario | req/s | p50 ms | p99 ms | SQL/req | errors | floor req/s | floor p50 | floor p99 | ratio |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...rows.map(
      ({ name, m, floor }) =>
        `| ${name} | ${f(m.rps, 0)} | ${f(m.p50)} | ${f(m.p99)} | ${f(m.statements)} | ${m.errors} | ${f(floor?.rps, 0)} | ${f(floor?.p50)} | ${f(floor?.p99)} | ${floor ? f(m.rps / floor.rps, 2) : '—'} |`,
    ),
  ];
  const byLetter = (letter: string) => rows.find((r) => r.name.startsWith(letter))!;
  const ran = (letter: string) => rows.some((r) => r.name.startsWith(letter));
  const targets: [string, boolean][] = [];
  for (const letter of ['A', 'B', 'C', 'D'].filter(ran)) {
    const levels = Number(LEVELS[letter]!.split(':')[0]);
    const net = (byLetter(letter).m.statements ?? Infinity) - baseline;
    targets.push([
      `${letter}: SQL statements per request beyond the session's ${f(baseline)} (${f(net)}) ≤ levels (${LEVELS[letter]})`,
      net <= levels,
    ]);
  }
  const ratio = (letter: string) => byLetter(letter).m.rps / (byLetter(letter).floor?.rps ?? Infinity);
  if (ran('A')) targets.push([`A ≥ 0.3× the floor's req/s (${f(ratio('A'), 2)}×)`, ratio('A') >= 0.3]);
  if (ran('B')) targets.push([`B ≥ 0.4× the floor's req/s (${f(ratio('B'), 2)}×)`, ratio('B') >= 0.4]);
  if (ran('C')) targets.push([`C ≥ 5× the raw aggregate's req/s (${f(ratio('C'), 2)}×)`, ratio('C') >= 5]);
  if (ran('D')) targets.push([`D p99 < 50 ms (${f(byLetter('D').m.p99)} ms)`, byLetter('D').m.p99 < 50]);
  const errors = rows
    .filter((r) => r.m.errors > 0)
    .map((r) => `${r.name}: ${r.m.errors} errors, first: ${r.m.firstError}`);
  process.stdout.write(
    `\nKinerja bench — ${employees} employees, ${new Date().toISOString()}, ${SECONDS} s per scenario, concurrency ${CONCURRENCY}\n\n${lines.join('\n')}\n\n` +
      `${targets.map(([label, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${label}`).join('\n')}\n${errors.length ? `\n${errors.join('\n')}\n` : ''}`,
  );
}

// `pnpm run bench export [csv|xlsx]`: the streamed export (export-bench.ts); `pnpm run bench stress`: a deadline's
// simultaneous writers (stress-bench.ts); otherwise scenarios A–E.
const [command, ...rest] = args.filter((a) => a !== '--');
const run =
  command === 'export'
    ? import('./export-bench.js').then((m) => m.exportBench(rest))
    : command === 'stress'
      ? import('./stress-bench.js').then((m) => m.stressBench())
      : main();
run.catch((error: unknown) => {
  process.stderr.write(`\nbench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
