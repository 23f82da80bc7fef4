import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ROLLUP_BACKFILL } from '../../db/migrations/Migration20261128000700_rollups.js';
import { DEMO_PASSWORD } from '../../seed/demo-logins.js';
import { seedId } from '../../seed/organisation.seed.js';
import { randomSource, sampleAnswers } from '../../seed/sample-answers.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { loadForm } from '../assessment/assessment-form.store.js';
import { Objection } from '../objection/objection.entity.js';
import { ObjectionStatus } from '../objection/objection.enums.js';
import { User } from '../auth/user.entity.js';
import { HISTOGRAM_TOP } from '../assessment/rollup.service.js';

// Aggregates served from rollups kept in the transaction of each change. The demo seed
// submits its assessments through the real service; the tests then reopen, resubmit and change one by
// objection over HTTP, and check every maintained row against a fresh computation from the base tables.

let app: TestApp;
const as: Record<'hr' | 'analyst' | 'lurah' | 'otherLurah' | 'maya' | 'camat', Record<string, string>> = {} as never;
type Row = Record<string, any>;

const sql = <T = Row>(text: string, params: unknown[] = []) =>
  app
    .em()
    .getConnection()
    .execute<T[]>(text, params as never[]);

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  as.hr = await app.login('hr', DEMO_PASSWORD);
  as.analyst = await app.login('analis', DEMO_PASSWORD);
  as.lurah = await app.login('lurah.bukitsari', DEMO_PASSWORD);
  as.otherLurah = await app.login('lurah.tamanbunga', DEMO_PASSWORD);
  as.maya = await app.login('maya', DEMO_PASSWORD);
  as.camat = await app.login('camat', DEMO_PASSWORD);
}, 240_000);
afterAll(() => app?.close());

/** The submitted assessments with the employee's attributes, straight from the base tables. */
const BASE = `
  from assessment a join employee e on e.id = a.employee_id join sub_period sp on sp.id = a.sub_period_id
  where a.status = 'SUBMITTED'`;

async function expectRollupsAgreeWithBaseTables() {
  // Facts: one per submitted assessment, with its current ratings.
  const facts = await sql(
    `select assessment_id::text as id, predikat, work_results_rating, behaviour_rating, work_results_score, unit_id, family_id, grade from assessment_fact order by 1`,
  );
  const fresh = await sql(
    `select a.id::text as id, a.predikat, a.work_results_rating, a.behaviour_rating, a.work_results_score, e.unit_id, e.family_id, e.grade ${BASE} order by 1`,
  );
  expect(facts).toEqual(fresh);

  // Score rollup: the same numbers as a fresh group-by, histogram included.
  const grain = `a.period_id, a.sub_period_id, e.unit_id, e.family_id, a.template_version_id`;
  const expected = await sql(
    `select concat_ws('/', ${grain}) as key, count(*)::int as count, count(a.work_results_score)::int as wr_n, coalesce(sum(a.work_results_score), 0) as wr_sum,
            min(a.work_results_score) as wr_min, max(a.work_results_score) as wr_max, count(a.behaviour_score)::int as bh_n,
            coalesce(sum(a.behaviour_score), 0) as bh_sum, min(a.behaviour_score) as bh_min, max(a.behaviour_score) as bh_max,
            (count(*) filter (where a.predikat = 'SANGAT_BAIK'))::int as sangat_baik, (count(*) filter (where a.predikat = 'BAIK'))::int as baik,
            (count(*) filter (where a.predikat = 'BUTUH_PERBAIKAN'))::int as butuh_perbaikan, (count(*) filter (where a.predikat = 'KURANG'))::int as kurang,
            (count(*) filter (where a.predikat = 'SANGAT_KURANG'))::int as sangat_kurang,
            array_agg(a.work_results_score) filter (where a.work_results_score is not null) as scores
     ${BASE} group by ${grain} order by 1`,
  );
  const rollups = await sql(
    `select concat_ws('/', period_id, sub_period_id, unit_id, family_id, template_version_id) as key, count, work_results_count as wr_n, work_results_sum as wr_sum,
            work_results_min as wr_min, work_results_max as wr_max, behaviour_count as bh_n, behaviour_sum as bh_sum, behaviour_min as bh_min, behaviour_max as bh_max,
            sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang, work_results_histogram as histogram
     from score_rollup order by 1`,
  );
  expect(rollups.map((r) => r.key)).toEqual(expected.map((r) => r.key));
  expected.forEach((want, i) => {
    const got = rollups[i]!;
    const histogram = Array.from({ length: HISTOGRAM_TOP + 1 }, () => 0);
    for (const score of (want.scores ?? []) as number[])
      histogram[Math.min(HISTOGRAM_TOP, Math.max(0, Math.floor(score)))]! += 1;
    expect(got.histogram, want.key).toEqual(histogram);
    for (const field of [
      'count',
      'wr_n',
      'bh_n',
      'wr_min',
      'wr_max',
      'bh_min',
      'bh_max',
      'sangat_baik',
      'baik',
      'butuh_perbaikan',
      'kurang',
      'sangat_kurang',
    ]) {
      expect(got[field], `${want.key} ${field}`).toEqual(want[field]);
    }
    expect(got.wr_sum).toBeCloseTo(Number(want.wr_sum), 6);
    expect(got.bh_sum).toBeCloseTo(Number(want.bh_sum), 6);
  });

  // Indicator rollup: count, sum, min, max of the scored answers per lineage key.
  const indicatorExpected = await sql(
    `select concat_ws('/', x.lineage_key, a.period_id, a.sub_period_id, e.unit_id, e.family_id) as key, count(*)::int as count, sum(x.score) as sum, min(x.score) as min, max(x.score) as max
     from assessment_answer x join assessment a on a.id = x.assessment_id join employee e on e.id = a.employee_id
     where a.status = 'SUBMITTED' and x.score is not null group by 1 order by 1`,
  );
  const indicatorRollups = await sql(
    `select concat_ws('/', lineage_key, period_id, sub_period_id, unit_id, family_id) as key, count, sum, min, max from indicator_rollup order by 1`,
  );
  expect(indicatorRollups.map((r) => [r.key, r.count, r.min, r.max])).toEqual(
    indicatorExpected.map((r) => [r.key, r.count, r.min, r.max]),
  );
  indicatorExpected.forEach((want, i) => expect(indicatorRollups[i]!.sum).toBeCloseTo(Number(want.sum), 6));
  return { groups: rollups.length, assessments: facts.length, indicatorGroups: indicatorRollups.length };
}

const STATISTICS = `query ($groupBy: [StatisticsDimension!]!, $filter: StatisticsFilter, $rollUp: Boolean) {
  assessmentStatistics(groupBy: $groupBy, filter: $filter, rollUpSubUnits: $rollUp) {
    key { unit { id name } family { id name } period { year } subPeriod { id name } templateVersion { id number } grade employmentType sex }
    count workResults { average min max p50 p90 } behaviour { average min max } predikat { predikat count percent } } }`;
const statistics = async (variables: Record<string, unknown>, headers = as.hr) =>
  (await app.ok(STATISTICS, variables, headers)).assessmentStatistics as Row[];

/** The exact statistics of a grouping, computed from the base tables. */
async function exactStatistics(keyExpression: string, where = '', params: unknown[] = []) {
  return sql(
    `select ${keyExpression} as key, count(*)::int as count, avg(a.work_results_score) as wr_avg, min(a.work_results_score) as wr_min, max(a.work_results_score) as wr_max,
            percentile_disc(0.5) within group (order by a.work_results_score) as p50, percentile_disc(0.9) within group (order by a.work_results_score) as p90,
            avg(a.behaviour_score) as bh_avg, (count(*) filter (where a.predikat = 'BAIK'))::int as baik
     ${BASE} ${where} group by 1 order by 1`,
    params,
  );
}

function expectMatches(groups: Row[], exact: Row[], keyOf: (group: Row) => string) {
  expect(groups.map(keyOf).sort()).toEqual(exact.map((r) => String(r.key)).sort());
  for (const want of exact) {
    const got = groups.find((g) => keyOf(g) === String(want.key))!;
    expect(got.count, String(want.key)).toBe(want.count);
    expect(got.workResults.average).toBeCloseTo(Number(want.wr_avg), 6);
    expect(got.workResults.min).toBe(want.wr_min);
    expect(got.workResults.max).toBe(want.wr_max);
    expect(Math.abs(got.workResults.p50 - want.p50)).toBeLessThanOrEqual(1);
    expect(Math.abs(got.workResults.p90 - want.p90)).toBeLessThanOrEqual(1);
    expect(got.behaviour.average).toBeCloseTo(Number(want.bh_avg), 6);
    expect(got.predikat.find((p: Row) => p.predikat === 'BAIK').count).toBe(want.baik);
    expect(got.predikat.reduce((sum: number, p: Row) => sum + p.count, 0)).toBe(want.count);
  }
}

describe('rollups kept in the transaction of each change', () => {
  it('agree with a fresh computation after the seed’s submits, a reopen, a resubmit and an objection CHANGED', async () => {
    const before = await expectRollupsAgreeWithBaseTables();
    expect(before.assessments).toBeGreaterThan(60);

    // Reopen one of maya's quarters (HR), then her lurah resubmits it with other answers.
    const em = app.em();
    const maya = await em.findOneOrFail(
      Assessment,
      { employee: seedId('employee:bs_1'), status: AssessmentStatus.SUBMITTED },
      { orderBy: { submittedAt: 'asc' } },
    );
    await app.ok(
      'mutation ($input: ReopenAssessmentInput!) { reopenAssessment(input: $input) { assessment { status } } }',
      { input: { assessmentId: maya.id, reason: 'Uji rollup: dibuka kembali.' } },
      as.hr,
    );
    const reopened = await expectRollupsAgreeWithBaseTables();
    expect(reopened.assessments).toBe(before.assessments - 1);

    const answers = sampleAnswers(await loadForm(em, maya.form.id), 1.15, randomSource(7));
    const { submitAssessment } = await app.ok(
      'mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { status workResultsScore } } }',
      {
        input: {
          assessmentId: maya.id,
          answers: Object.entries(answers).map(([indicatorKey, value]) => ({ indicatorKey, value })),
        },
      },
      as.lurah,
    );
    expect(submitAssessment.assessment.status).toBe('SUBMITTED');
    expect((await expectRollupsAgreeWithBaseTables()).assessments).toBe(before.assessments);

    // The pending objection decided CHANGED by the camat (PP 30/2019: the assessor's supervisor): the predikat moves between the counts.
    const objection = await em.findOneOrFail(Objection, { status: ObjectionStatus.PENDING });
    const objected = await em.findOneOrFail(Assessment, { id: objection.assessment.id });
    const workResultsRating = objected.workResultsRating === 'ABOVE' ? 'MEETS' : 'ABOVE';
    await app.ok(
      'mutation ($input: DecideObjectionInput!) { decideObjection(input: $input) { objection { status } } }',
      {
        input: { objectionId: objection.id, outcome: 'CHANGED', workResultsRating, reason: 'Bukti tambahan diterima.' },
      },
      as.camat,
    );
    const [fact] = await sql(`select work_results_rating from assessment_fact where assessment_id = ?`, [objected.id]);
    expect(fact!.work_results_rating).toBe(workResultsRating);
    await expectRollupsAgreeWithBaseTables();
  });

  it('are rebuilt identically from the base tables by the migration’s backfill', async () => {
    const before = await expectRollupsAgreeWithBaseTables();
    await sql(`truncate assessment_fact, score_rollup, indicator_rollup`);
    for (const statement of ROLLUP_BACKFILL) await sql(statement);
    expect(await expectRollupsAgreeWithBaseTables()).toEqual(before);
  });

  it('leaves no trace of a submission whose transaction fails', async () => {
    // An unknown assessment: the submit is refused before anything is written.
    const before = await sql(`select count(*)::int as n from assessment_fact`);
    const result = await app.gql(
      'mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { __typename } }',
      {
        input: { assessmentId: '00000000-0000-4000-8000-000000000000' },
      },
      as.lurah,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await sql(`select count(*)::int as n from assessment_fact`)).toEqual(before);
  });
});

describe('assessmentStatistics', () => {
  it('groups by unit, family, period, sub-period and template version as the base tables say', async () => {
    expectMatches(
      await statistics({ groupBy: ['UNIT'] }),
      await exactStatistics('e.unit_id::text'),
      (g) => g.key.unit.id,
    );
    expectMatches(
      await statistics({ groupBy: ['FAMILY'] }),
      await exactStatistics('e.family_id::text'),
      (g) => g.key.family.id,
    );
    expectMatches(await statistics({ groupBy: ['PERIOD'] }), await exactStatistics(`'2026'`), (g) =>
      String(g.key.period.year),
    );
    expectMatches(
      await statistics({ groupBy: ['SUB_PERIOD'] }),
      await exactStatistics('a.sub_period_id::text'),
      (g) => g.key.subPeriod.id,
    );
    expectMatches(
      await statistics({ groupBy: ['TEMPLATE_VERSION'] }),
      await exactStatistics('a.template_version_id::text'),
      (g) => g.key.templateVersion.id,
    );
    expectMatches(
      await statistics({ groupBy: ['FAMILY', 'SUB_PERIOD'] }),
      await exactStatistics(`e.family_id || '/' || a.sub_period_id`),
      (g) => `${g.key.family.id}/${g.key.subPeriod.id}`,
    );
    const all = await statistics({ groupBy: [] });
    expect(all).toHaveLength(1);
    expect(all[0]!.key.unit).toBeNull();
  });

  it('groups by employee attributes from the facts, with exact percentiles', async () => {
    expectMatches(await statistics({ groupBy: ['GRADE'] }), await exactStatistics('e.grade'), (g) => g.key.grade);
    expectMatches(
      await statistics({ groupBy: ['EMPLOYMENT_TYPE'] }),
      await exactStatistics('e.employment_type'),
      (g) => g.key.employmentType,
    );
    expectMatches(
      await statistics({ groupBy: ['SEX', 'FAMILY'] }),
      await exactStatistics(`e.sex || '/' || e.family_id`),
      (g) => `${g.key.sex}/${g.key.family.id}`,
    );
  });

  it('answers “average score per kelurahan for nurses in the last four quarters” in one query, as the base tables say', async () => {
    const nurses = (await sql(`select id::text as id from job_family where code = 'perawat'`))[0]!.id as string;
    const lastFour = `and sp.id in (select id from sub_period where kind = 'QUARTER' and start_date <= current_date order by start_date desc limit 4)`;
    // The demo's nurses work in the Puskesmas: the kelurahan-only question has no groups, the other has some.
    for (const [kinds, groups] of [
      [['KELURAHAN'], 0],
      [['PUSKESMAS', 'KELURAHAN'], 1],
    ] as const) {
      const answer = await statistics(
        {
          groupBy: ['UNIT'],
          filter: { familyIds: [nurses], subPeriodKind: 'QUARTER', latestSubPeriods: 4, unitKinds: kinds },
        },
        as.analyst,
      );
      expect(answer).toHaveLength(groups);
      expectMatches(
        answer,
        await exactStatistics(
          'e.unit_id::text',
          `${lastFour} and e.family_id = ? and e.unit_id in (select id from unit where kind in (?))`,
          [nurses, [...kinds]],
        ),
        (g) => g.key.unit.id,
      );
    }
    const refused = await app.gql(STATISTICS, { groupBy: ['UNIT'], filter: { latestSubPeriods: 4 } }, as.analyst);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'filter.subPeriodKind' }],
    });
  });

  it('filters by period, sub-period kind, family, template version, predikat and unit with its sub-units', async () => {
    const [quarter] = await sql(`select id::text as id from sub_period where kind = 'QUARTER' and number = 1`);
    const [family] = await sql(`select e.family_id::text as id, count(*) ${BASE} group by 1 order by 2 desc limit 1`);
    const kecamatan = seedId('unit:kec_gerunggang');
    const bukitSari = seedId('unit:kel_bukit_sari');
    const [period] = await sql(`select id::text as id from period where year = 2026`);
    expectMatches(
      await statistics({
        groupBy: ['FAMILY'],
        filter: { periodId: period!.id, subPeriodKind: 'QUARTER', familyIds: [family!.id] },
      }),
      await exactStatistics('e.family_id::text', `and sp.kind = 'QUARTER' and e.family_id = ?`, [family!.id]),
      (g) => g.key.family.id,
    );
    expectMatches(
      await statistics({
        groupBy: ['SUB_PERIOD'],
        filter: { subPeriodIds: [quarter!.id], predikat: ['BAIK', 'SANGAT_BAIK'] },
      }),
      await exactStatistics(
        'a.sub_period_id::text',
        `and a.sub_period_id = ? and a.predikat in ('BAIK', 'SANGAT_BAIK')`,
        [quarter!.id],
      ),
      (g) => g.key.subPeriod.id,
    );
    const [version] = await sql(
      `select template_version_id::text as id from assessment where status = 'SUBMITTED' limit 1`,
    );
    expectMatches(
      await statistics({ groupBy: ['TEMPLATE_VERSION'], filter: { templateVersionIds: [version!.id] } }),
      await exactStatistics('a.template_version_id::text', `and a.template_version_id = ?`, [version!.id]),
      (g) => g.key.templateVersion.id,
    );
    // A unit with its sub-units (the tree), the unit alone, and sub-units rolled up into the level below.
    const subtree = `with recursive t(id) as (select ?::uuid union select u.id from unit u join t on u.parent_id = t.id)`;
    const [inTree] = await sql(`${subtree} select count(*)::int as n ${BASE} and e.unit_id in (select id from t)`, [
      kecamatan,
    ]);
    const tree = await statistics({ groupBy: [], filter: { unitId: kecamatan } });
    expect(tree[0]!.count).toBe(inTree!.n);
    const alone = await statistics({ groupBy: ['UNIT'], filter: { unitId: kecamatan, includeSubUnits: false } });
    expect(alone.every((g) => g.key.unit.id === kecamatan)).toBe(true);
    const rolled = await statistics({ groupBy: ['UNIT'], filter: { unitId: kecamatan }, rollUp: true });
    const children = await sql(`select id::text as id from unit where parent_id = ?`, [kecamatan]);
    expect(rolled.every((g) => g.key.unit.id === kecamatan || children.some((c) => c.id === g.key.unit.id))).toBe(true);
    expect(rolled.reduce((sum, g) => sum + g.count, 0)).toBe(inTree!.n);
    const [inBukitSari] = await sql(
      `${subtree} select count(*)::int as n ${BASE} and e.unit_id in (select id from t)`,
      [bukitSari],
    );
    expect(rolled.find((g) => g.key.unit.id === bukitSari)?.count).toBe(inBukitSari!.n);
  });

  it('applies the read scope: a supervisor sees their team only, another team nothing; an employee is refused', async () => {
    const lurah = seedId('employee:lurah_bs');
    const [team] = await sql(
      `select count(*)::int as n ${BASE} and (a.employee_id = ? or a.employee_id in (select id from employee where supervisor_id = ?) or a.assessor_id in (select id from employee where supervisor_id = ?))`,
      [lurah, lurah, lurah],
    );
    const own = await statistics({ groupBy: [] }, as.lurah);
    expect(own[0]!.count).toBe(team!.n);
    expect(team!.n).toBeLessThan((await statistics({ groupBy: [] }))[0]!.count);
    expect(
      await statistics({ groupBy: ['UNIT'], filter: { unitId: seedId('unit:kel_bukit_sari') } }, as.otherLurah),
    ).toEqual([]);
    expect(
      (await statistics({ groupBy: ['UNIT'], filter: { unitId: seedId('unit:kel_bukit_sari') } }, as.analyst)).length,
    ).toBeGreaterThan(0);
    expect((await app.gql(STATISTICS, { groupBy: [] }, as.maya)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs in a constant number of statements, whatever the size of the data', async () => {
    const session = await app.countStatements(() => app.ok('{ viewer { id } }', {}, as.hr));
    const small = await app.countStatements(() =>
      statistics({ groupBy: ['GRADE'], filter: { unitId: seedId('unit:kel_bukit_sari'), includeSubUnits: false } }),
    );
    const big = await app.countStatements(() => statistics({ groupBy: ['GRADE'] }));
    const rollup = await app.countStatements(() => statistics({ groupBy: ['FAMILY', 'SUB_PERIOD'] }));
    const supervisor = await app.countStatements(() => statistics({ groupBy: ['SEX'] }, as.lurah));
    expect(big).toBe(small);
    expect(big - session).toBe(1);
    // The aggregate, then one batched load per kind of key entity asked for (families, sub-periods).
    expect(rollup - session).toBe(3);
    // The read scope of a supervisor, then the aggregate.
    expect(supervisor - session).toBe(2);
    console.info(
      `statements per request beyond the session lookup: attributes ${big - session}, rollup with 2 key entities ${rollup - session}, supervisor ${supervisor - session}`,
    );
  });
});

describe('indicatorStatistics', () => {
  const QUERY = `query ($lineageKey: String!, $groupBy: [StatisticsDimension!]!, $filter: StatisticsFilter) {
    indicatorStatistics(lineageKey: $lineageKey, groupBy: $groupBy, filter: $filter) { key { unit { id } subPeriod { id } grade } count score { average min max } } }`;

  it('follows an indicator by lineage, from the rollup and from the facts, and within the read scope', async () => {
    const [lineage] = await sql(
      `select lineage_key from assessment_answer where score is not null group by 1 order by count(*) desc limit 1`,
    );
    const exact = await sql(
      `select a.sub_period_id::text as key, count(*)::int as count, avg(x.score) as avg, min(x.score) as min, max(x.score) as max
       from assessment_answer x join assessment a on a.id = x.assessment_id where a.status = 'SUBMITTED' and x.lineage_key = ? and x.score is not null group by 1 order by 1`,
      [lineage!.lineage_key],
    );
    const groups = (await app.ok(QUERY, { lineageKey: lineage!.lineage_key, groupBy: ['SUB_PERIOD'] }, as.analyst))
      .indicatorStatistics as Row[];
    expect(groups.map((g) => [g.key.subPeriod.id, g.count, g.score.min, g.score.max])).toEqual(
      exact.map((r) => [r.key, r.count, r.min, r.max]),
    );
    exact.forEach((want, i) => expect(groups[i]!.score.average).toBeCloseTo(Number(want.avg), 6));

    const byGrade = (await app.ok(QUERY, { lineageKey: lineage!.lineage_key, groupBy: ['GRADE'] }, as.hr))
      .indicatorStatistics as Row[];
    expect(byGrade.reduce((sum, g) => sum + g.count, 0)).toBe(exact.reduce((sum, r) => sum + r.count, 0));
    const own = (await app.ok(QUERY, { lineageKey: lineage!.lineage_key, groupBy: [] }, as.lurah))
      .indicatorStatistics as Row[];
    expect(own.reduce((sum, g) => sum + g.count, 0)).toBeLessThan(exact.reduce((sum, r) => sum + r.count, 0));
    const none = await app.ok(
      QUERY,
      { lineageKey: lineage!.lineage_key, groupBy: ['UNIT'], filter: { unitId: seedId('unit:kel_bukit_sari') } },
      as.otherLurah,
    );
    expect(none.indicatorStatistics).toEqual([]);
  });
});

describe('Employee.latestAssessment', () => {
  const QUERY = `query ($unitId: ID!, $first: Int) { employees(filter: { unitId: [$unitId] }, first: $first) { edges { node { id latestAssessment { id submittedAt } } } } }`;

  it('is the latest submitted assessment, one statement for a whole page, null outside the read scope', async () => {
    const unitId = seedId('unit:kel_bukit_sari');
    const { employees } = await app.ok(QUERY, { unitId, first: 50 }, as.hr);
    const latest = await sql(
      `select distinct on (employee_id) employee_id::text as employee, id::text as id from assessment where status = 'SUBMITTED' order by employee_id, submitted_at desc`,
    );
    const expected = new Map(latest.map((r) => [r.employee, r.id]));
    expect(employees.edges.length).toBeGreaterThan(2);
    for (const { node } of employees.edges)
      expect(node.latestAssessment?.id ?? null).toBe(expected.get(node.id) ?? null);

    const few = await app.countStatements(() => app.ok(QUERY, { unitId, first: 2 }, as.hr));
    const many = await app.countStatements(() => app.ok(QUERY, { unitId, first: 50 }, as.hr));
    expect(many).toBe(few);

    // maya sees her own latest assessment, and her lurah as a person, but not the lurah's assessment.
    const lurahUser = await app.em().findOneOrFail(User, { username: 'lurah.bukitsari' });
    const mine = await app.ok(QUERY, { unitId, first: 50 }, as.maya);
    const nodes = mine.employees.edges.map((e: Row) => e.node) as Row[];
    expect(nodes.find((n) => n.id === seedId('employee:bs_1'))?.latestAssessment?.id).toBe(
      expected.get(seedId('employee:bs_1')),
    );
    const lurahNode = nodes.find((n) => n.id === lurahUser.employee?.id);
    if (lurahNode && expected.has(lurahNode.id)) expect(lurahNode.latestAssessment).toBeNull();
  });

  it('answers every field exactly as the assessment itself does (it is read without the entity manager)', async () => {
    const FIELDS = `id status lockVersion workResultsScore behaviourScore suggestedWorkResultsRating suggestedBehaviourRating workResultsRating
      behaviourRating ratingReason predikat submittedAt reopenedCount selfSubmittedAt createdAt updatedAt employee { id } assessor { id }
      subPeriod { id } period { id } templateVersion { id } workPlan { id } answers { indicatorKey value } selfAnswers { indicatorKey }
      sections { key indicators { key } } score { workResults { score rating } behaviour { score rating } predikat }`;
    const { employees } = await app.ok(
      `query ($unitId: ID!) { employees(filter: { unitId: [$unitId] }, first: 50) { edges { node { latestAssessment { ${FIELDS} } } } } }`,
      { unitId: seedId('unit:kel_bukit_sari') },
      as.hr,
    );
    const latest = employees.edges.map((e: Row) => e.node.latestAssessment).filter(Boolean) as Row[];
    expect(latest.length).toBeGreaterThan(1);
    for (const one of latest) {
      const { assessment } = await app.ok(
        `query ($id: ID!) { assessment(id: $id) { ${FIELDS} } }`,
        { id: one.id },
        as.hr,
      );
      expect(one).toEqual(assessment);
    }
  });
});
