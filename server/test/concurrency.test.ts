import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../src/modules/audit/audit-record.entity.js';
import { FeedbackEntry } from '../src/modules/feedback/feedback-entry.entity.js';
import { arrangePlanOrg, contentInput, planApi, type PlanOrg } from '../src/modules/work-plan/work-plan.fixture.js';
import { startTestApp, type TestApp } from './harness.js';

// A deadline: many people save at the same second. With a pool of 3 connections and 60 writers, a code path
// that holds a connection inside its transaction while waiting for a second one would freeze the server;
// these tests count the outcomes (winners, conflicts, audit records), never the time taken.

const WRITERS = 60;
let app: TestApp;
let org: PlanOrg;
beforeAll(async () => {
  app = await startTestApp({ env: { DATABASE_POOL_MAX: '3', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '20000' } });
  org = await arrangePlanOrg(app, { unitCode: 'sdc', familyCode: 'guru', firstNip: 700, year: 2026 });
});
afterAll(() => app.close());

const codesOf = (results: { errors?: { extensions?: Record<string, unknown> }[] }[]) => {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const code = result.errors ? String(result.errors[0]?.extensions?.code) : 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
};

describe(`${WRITERS} simultaneous writers on a pool of 3 connections`, () => {
  it('all succeed on different records, each with exactly one audit record, and an unrelated read is answered meanwhile', async () => {
    const add = `mutation ($input: AddFeedbackInput!) { addFeedback(input: $input) { entry { id } } }`;
    const writes = Array.from({ length: WRITERS }, (_, i) =>
      app.gql(
        add,
        { input: { employeeId: org.people.staff.id, periodId: org.open.id, text: `Catatan ke-${i}` } },
        org.as.supervisor,
      ),
    );
    const read = app.gql('{ viewer { name } periods(first: 5) { nodes { year } } }', {}, org.as.hr);
    const results = await Promise.all(writes);
    expect(codesOf(results)).toEqual({ OK: WRITERS });
    expect((await read).errors).toBeUndefined();
    const ids = results.map((r) => r.data!.addFeedback.entry.id as string);
    expect(new Set(ids).size).toBe(WRITERS);
    expect(await app.em().count(FeedbackEntry, { id: { $in: ids } })).toBe(WRITERS);
    expect(await app.em().count(AuditRecord, { entityType: 'FeedbackEntry', entityId: { $in: ids } })).toBe(WRITERS);
  });

  it('exactly one wins on the same record; the others get CONFLICT and write nothing', async () => {
    const api = planApi(app, org.as.hr);
    const plan = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.staff2);
    const content = contentInput(plan);
    const save = `mutation ($input: SaveWorkPlanInput!) { saveWorkPlan(input: $input) { plan { lockVersion } } }`;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        app.gql(
          save,
          {
            input: {
              planId: plan.id,
              expectedLockVersion: plan.lockVersion,
              results: content.map((r) => ({ ...r, title: `${r.title} (${i})` })),
            },
          },
          org.as.staff2,
        ),
      ),
    );
    expect(codesOf(results)).toEqual({ OK: 1, CONFLICT: WRITERS - 1 });
    expect(await app.em().count(AuditRecord, { entityType: 'WorkPlan', entityId: plan.id, action: 'save' })).toBe(1);
    expect((await api.read(plan.id)).lockVersion).toBe(plan.lockVersion + 1);
  });
});
