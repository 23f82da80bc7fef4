import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Assessment, AssessmentStatus } from '../modules/assessment/assessment.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Objection } from '../modules/objection/objection.entity.js';
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
});
