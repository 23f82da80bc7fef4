import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Assessment, AssessmentStatus } from '../modules/assessment/assessment.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Objection } from '../modules/objection/objection.entity.js';
import { ObjectionStatus } from '../modules/objection/objection.enums.js';
import { Unit } from '../modules/organisation/unit.entity.js';
import { SavedQuery } from '../modules/saved-query/saved-query.entity.js';
import { WorkPlan } from '../modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../modules/work-plan/work-plan.enums.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';
import { seedDemoIfEmpty } from './demo-seed.js';
import { seedId } from './organisation.seed.js';

let app: TestApp;
let seeded: boolean;
beforeAll(async () => {
  app = await startTestApp();
  seeded = await seedDemoIfEmpty(app.em(), pino({ level: 'silent' }));
}, 180_000);
afterAll(() => app.close());

describe('the demo seed', () => {
  it('runs on an empty database, and only there', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoIfEmpty(app.em(), pino({ level: 'silent' }))).toBe(false);
  });

  it('leaves plans in every state and assessments to fill, submitted, objected', async () => {
    const em = app.em();
    for (const status of [
      WorkPlanStatus.DRAFT,
      WorkPlanStatus.SUBMITTED,
      WorkPlanStatus.RETURNED,
      WorkPlanStatus.APPROVED,
    ]) {
      expect(await em.count(WorkPlan, { status }), status).toBeGreaterThan(0);
    }
    expect(await em.count(Assessment, { status: AssessmentStatus.SUBMITTED })).toBeGreaterThan(60);
    expect(await em.count(Assessment, { status: AssessmentStatus.DRAFT })).toBe(4);
    // One objection waits for the camat; one he decided, finally (PP 30/2019).
    expect(await em.count(Objection, { status: ObjectionStatus.PENDING })).toBe(1);
    expect(await em.count(Objection, { status: { $ne: ObjectionStatus.PENDING } })).toBe(1);
    expect(await em.count(AuditRecord, {})).toBeGreaterThan(300);
  });

  it('records Kelurahan Bukit Sari’s capaian kinerja organisasi per quarter and for the year, and the lurah’s rating hasil kerja follows it (SE MenPANRB 3/2023)', async () => {
    const hr = await app.login('hr', DEMO_PASSWORD);
    const { organisationRatings } = await app.ok(
      `{ organisationRatings(filter: { unit: { code: { eq: "kel_bukit_sari" } }, inForce: true }, first: 10) { nodes { rating version recordedByName subPeriod { kind number } } } }`,
      {},
      hr,
    );
    const inForce = Object.fromEntries(
      organisationRatings.nodes.map((n: { subPeriod: { kind: string; number: number }; rating: string }) => [
        `${n.subPeriod.kind}${n.subPeriod.number}`,
        n.rating,
      ]),
    );
    expect(inForce).toEqual({ QUARTER1: 'BAIK', QUARTER2: 'ISTIMEWA', QUARTER3: 'BAIK', ANNUAL1: 'BAIK' });
    expect(await app.em().count(Unit, { head: null })).toBe(0);
    const { assessments } = await app.ok(
      `query ($id: [ID!]) { assessments(filter: { employeeId: $id, status: SUBMITTED }) { nodes { suggestedWorkResultsRating subPeriod { number } unitHead { organisationRating } } } }`,
      { id: [seedId('employee:lurah_bs')] },
      hr,
    );
    const suggested = Object.fromEntries(
      assessments.nodes.map((a: { subPeriod: { number: number }; suggestedWorkResultsRating: string }) => [
        a.subPeriod.number,
        a.suggestedWorkResultsRating,
      ]),
    );
    expect(suggested).toEqual({ 1: 'MEETS', 2: 'ABOVE', 3: 'MEETS' });
  });

  it('records each quarter’s realisation against its periodic target, so the quarters add up (PermenPANRB 6/2022)', async () => {
    const rows = await app
      .em()
      .getConnection()
      .execute<{ aggregation: string; target: number; periodic: number; recorded: number }[]>(
        `select t.aggregation, t.target, (select sum((p->>'target')::numeric) from jsonb_array_elements(t.periodic_targets) p)::float as periodic,
              (select count(*) from target_realisation r where r.target_id = t.id)::int as recorded
         from work_target t join work_result r on r.id = t.result_id join work_plan w on w.id = r.plan_id
        where w.status = 'APPROVED'`,
      );
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) if (row.aggregation === 'sum') expect(row.periodic).toBeCloseTo(row.target, 2);
    expect(rows.every((row) => row.recorded === 3)).toBe(true);
  });

  it('lets every printed demo login sign in with the printed password', async () => {
    for (const login of DEMO_LOGINS) {
      const headers = await app.login(login.username, DEMO_PASSWORD);
      const viewer = (await app.ok('{ viewer { roles } }', {}, headers)).viewer;
      for (const role of login.roles) expect(viewer.roles, login.username).toContain(role);
    }
  });

  it('shares the explorer’s example questions as the analyst’s saved queries, each one valid and answering', async () => {
    const analyst = await app.login('analis', DEMO_PASSWORD);
    const { savedQueries } = await app.ok(
      '{ savedQueries(first: 10) { edges { node { id query variables shared ownerName } } } }',
      {},
      analyst,
    );
    const saved = savedQueries.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(saved).toHaveLength(3);
    expect(await app.em().count(SavedQuery, { shared: true })).toBe(3);
    for (const query of saved) {
      expect(query).toMatchObject({ shared: true, ownerName: expect.any(String) });
      const result = await app.gql(query.query, query.variables, analyst);
      expect(result.errors, query.query).toBeUndefined();
    }
    // The done-when question: average score per unit for nurses over the last four quarters.
    const nurses = saved.find((q: { query: string }) => q.query.includes('RataRataSkorPerawatPerKelurahan'))!;
    expect(nurses.variables.familyIds).toHaveLength(1);
    const { assessmentStatistics } = await app.ok(nurses.query, nurses.variables, analyst);
    expect(assessmentStatistics.length).toBeGreaterThan(0);
    expect(assessmentStatistics[0]).toMatchObject({
      key: { unit: { name: 'Puskesmas Gerunggang' } },
      count: expect.any(Number),
    });
    expect(assessmentStatistics[0].workResults.average).toEqual(expect.any(Number));
  });
});
