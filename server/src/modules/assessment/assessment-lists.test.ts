import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemCode } from '../../../test/organisation-fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../seed/demo-logins.js';
import { seedId } from '../../seed/organisation.seed.js';

// Assessments and their answers as filtered, ordered connections. The demo seed gives a
// living cycle; every answer is checked against the same question asked of the base tables in SQL.

let app: TestApp;
const as: Record<'hr' | 'analyst' | 'maya', Record<string, string>> = {} as never;
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
  as.maya = await app.login('maya', DEMO_PASSWORD);
}, 240_000);
afterAll(() => app?.close());

/** Every node of a connection query, page after page. */
async function everyNode(
  query: string,
  variables: Row,
  headers: Record<string, string>,
  field: string,
  first = 7,
): Promise<Row[]> {
  const nodes: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Row = await app.ok(query, { ...variables, first, after }, headers);
    nodes.push(...data[field].nodes);
    if (!data[field].pageInfo.hasNextPage) return nodes;
    after = data[field].pageInfo.endCursor;
  }
}

describe('the assessments connection', () => {
  const QUERY = `query ($filter: AssessmentFilter, $orderBy: [AssessmentOrder!], $first: Int, $after: String) {
    assessments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount nodes { id workResultsScore status } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('filters through relations (family, sub-period kind and dates) with ranges and or, like SQL', async () => {
    const perawatId = (await sql<{ id: string }>(`select id::text as id from job_family where code = 'perawat'`))[0]!
      .id;
    const filter = {
      status: ['SUBMITTED'],
      employee: { familyId: [perawatId] },
      subPeriod: { kind: ['QUARTER'], startDate: { gte: '2026-01-01' } },
      or: [{ workResultsScore: { gte: 100 } }, { predikat: ['SANGAT_BAIK', 'BAIK'] }],
    };
    const n = (
      await sql<{ n: string }>(
        `select count(*) as n from assessment a join employee e on e.id = a.employee_id join sub_period s on s.id = a.sub_period_id
        where a.status = 'SUBMITTED' and e.family_id = ? and s.kind = 'QUARTER' and s.start_date >= '2026-01-01'
          and (a.work_results_score >= 100 or a.predikat in ('SANGAT_BAIK', 'BAIK'))`,
        [perawatId],
      )
    )[0]!.n;
    expect(Number(n)).toBeGreaterThan(0);
    const { assessments } = await app.ok(QUERY, { filter }, as.analyst);
    expect(assessments.totalCount).toBe(Number(n));
  });

  it('orders by a nullable score, highest first and drafts last, across pages without gaps or repeats', async () => {
    const nodes = await everyNode(
      QUERY,
      { orderBy: [{ field: 'WORK_RESULTS_SCORE', direction: 'DESC' }] },
      as.hr,
      'assessments',
      30,
    );
    const expected = await sql(
      `select id::text as id from assessment order by work_results_score desc nulls last, id desc`,
    );
    expect(nodes.map((a) => a.id)).toEqual(expected.map((r) => r.id));
    expect(nodes.some((a) => a.workResultsScore === null)).toBe(true);
    expect(nodes.at(-1)!.workResultsScore).toBeNull();
  });

  it('stays within the read scope whatever the filter says', async () => {
    const mine = await sql(`select count(*) as n from assessment where employee_id = ?`, [seedId('employee:bs_1')]);
    const { assessments } = await app.ok(
      QUERY,
      { filter: { or: [{ status: ['DRAFT'] }, { status: ['SUBMITTED'] }] } },
      as.maya,
    );
    expect(assessments.totalCount).toBe(Number(mine[0]!.n));
  });

  it('refuses a cursor made for another order', async () => {
    const byDate = await app.ok(QUERY, { first: 1 }, as.hr);
    const result = await app.gql(
      QUERY,
      { first: 1, after: byDate.assessments.pageInfo.endCursor, orderBy: [{ field: 'WORK_RESULTS_SCORE' }] },
      as.hr,
    );
    expect(problemCode(result)).toBe('BAD_CURSOR');
  });
});

describe('the assessmentAnswers connection', () => {
  const QUERY = `query ($filter: AssessmentAnswerFilter, $orderBy: [AssessmentAnswerOrder!], $first: Int, $after: String) {
    assessmentAnswers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount nodes { id lineageKey score assessment { id employee { name unit { name } } subPeriod { name } } } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('follows one indicator by lineage over the assessments of a unit, like SQL', async () => {
    const lineage = (
      await sql<{ lineage: string }>(
        `select lineage_key as lineage from assessment_answer where score is not null group by 1 order by count(*) desc limit 1`,
      )
    )[0]!.lineage;
    const unit = seedId('unit:kel_bukit_sari');
    const filter = { lineageKey: { eq: lineage }, score: { gte: 60 }, assessment: { employee: { unitId: [unit] } } };
    const nodes = await everyNode(
      QUERY,
      { filter, orderBy: [{ field: 'SCORE', direction: 'DESC' }] },
      as.hr,
      'assessmentAnswers',
      5,
    );
    const expected = await sql(
      `select aa.id::text as id from assessment_answer aa join assessment a on a.id = aa.assessment_id join employee e on e.id = a.employee_id
        where aa.lineage_key = ? and aa.score >= 60 and e.unit_id = ? order by aa.score desc nulls last, aa.id desc`,
      [lineage, unit],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
  });

  it('shows an employee only the answers of her own assessments', async () => {
    const n = (
      await sql<{ n: string }>(
        `select count(*) as n from assessment_answer aa join assessment a on a.id = aa.assessment_id where a.employee_id = ?`,
        [seedId('employee:bs_1')],
      )
    )[0]!.n;
    const { assessmentAnswers } = await app.ok(
      QUERY,
      { filter: { or: [{ score: { isNull: true } }, { score: { isNull: false } }] } },
      as.maya,
    );
    expect(assessmentAnswers.totalCount).toBe(Number(n));
  });

  it('resolves relations in batches: statements do not grow with the page', async () => {
    const few = await app.countStatements(() => app.ok(QUERY, { first: 2 }, as.hr));
    const many = await app.countStatements(() => app.ok(QUERY, { first: 100 }, as.hr));
    expect(many).toBe(few);
  });
});
