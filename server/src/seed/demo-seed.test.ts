import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Assessment, AssessmentStatus } from '../modules/assessment/assessment.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Objection } from '../modules/objection/objection.entity.js';
import { SavedQuery } from '../modules/saved-query/saved-query.entity.js';
import { WorkPlan } from '../modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../modules/work-plan/work-plan.enums.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.js';
import { seedDemoIfEmpty } from './demo-seed.js';

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
    for (const status of [WorkPlanStatus.DRAFT, WorkPlanStatus.SUBMITTED, WorkPlanStatus.RETURNED, WorkPlanStatus.APPROVED]) {
      expect(await em.count(WorkPlan, { status }), status).toBeGreaterThan(0);
    }
    expect(await em.count(Assessment, { status: AssessmentStatus.SUBMITTED })).toBeGreaterThan(60);
    expect(await em.count(Assessment, { status: AssessmentStatus.DRAFT })).toBe(4);
    expect(await em.count(Objection, {})).toBe(1);
    expect(await em.count(AuditRecord, {})).toBeGreaterThan(300);
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
    const { savedQueries } = await app.ok('{ savedQueries(first: 10) { edges { node { id query variables shared ownerName } } } }', {}, analyst);
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
    expect(assessmentStatistics[0]).toMatchObject({ key: { unit: { name: 'Puskesmas Gerunggang' } }, count: expect.any(Number) });
    expect(assessmentStatistics[0].workResults.average).toEqual(expect.any(Number));
  });
});
