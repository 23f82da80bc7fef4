import { parseNip } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { TargetAspect, TargetDirection } from '../template/definition.enums.js';
import { Employee } from '../organisation/employee.entity.js';
import { EmploymentType, Sex } from '../organisation/organisation.enums.js';
import { BehaviourExpectation } from './behaviour-expectation.entity.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus, WorkResultKind } from './work-plan.enums.js';
import { WorkResult } from './work-result.entity.js';
import { WorkTarget } from './work-target.entity.js';
import { arrangePlanOrg, planApi, planNip, type PlanOrg } from './work-plan.fixture.js';

let app: TestApp;
let org: PlanOrg;
let api: ReturnType<typeof planApi>;
beforeAll(async () => {
  app = await startTestApp();
  org = await arrangePlanOrg(app, { unitCode: 'sdn3', familyCode: 'guru', firstNip: 200, year: 2026 });
  api = planApi(app, org.as.hr);
  const boss = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.supervisor);
  await api.ok('submitWorkPlan', { planId: boss.id }, org.as.supervisor);
  await api.ok('approveWorkPlan', { planId: boss.id }, org.as.head);
  const staff = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.staff);
  await api.ok('submitWorkPlan', { planId: staff.id }, org.as.staff);
  await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.staff2);
  await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.otherStaff);
});
afterAll(() => app.close());

/** `count` more subordinates of the supervisor, each with a submitted plan of 3 results × 2 targets. */
async function addPlans(count: number, from: number): Promise<void> {
  const em = app.em();
  const supervisor = await em.findOneOrFail(Employee, { id: org.people.supervisor.id });
  for (let i = 0; i < count; i++) {
    const parsed = parseNip(planNip(from + i));
    if (!parsed.ok) throw new Error('bad nip');
    const employee = em.create(Employee, {
      nip: parsed.nip, birthDate: parsed.birthDate, sex: Sex.MALE, name: `Guru Tambahan ${from + i}`, position: 'Guru', grade: 'III/a',
      employmentType: EmploymentType.PNS, unit: supervisor.unit, family: supervisor.family, supervisor,
    });
    const plan = em.create(WorkPlan, { employee, period: org.open.id, status: WorkPlanStatus.SUBMITTED, approver: supervisor, submittedAt: new Date() });
    em.create(BehaviourExpectation, { plan, valueCode: 'akuntabel', expectation: 'Tepat waktu.' });
    for (let r = 0; r < 3; r++) {
      const result = em.create(WorkResult, { plan, position: r, kind: WorkResultKind.MAIN, title: `Hasil ${r + 1}` });
      for (let t = 0; t < 2; t++) {
        em.create(WorkTarget, {
          result, position: t, label: `Indikator ${t + 1}`, aspect: TargetAspect.QUANTITY, target: 10, unit: 'dokumen', direction: TargetDirection.HIGHER_IS_BETTER,
        });
      }
    }
  }
  await em.flush();
}

const LIST = `query ($filter: WorkPlanFilter, $first: Int, $after: String) {
  workPlans(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status employee { id } } } }
}`;

describe('the workPlans connection', () => {
  it('filters by period, employee, approver and status, and counts over all pages', async () => {
    const list = async (filter: Record<string, unknown>) => (await app.ok(LIST, { filter }, org.as.hr)).workPlans;
    expect((await list({ periodId: org.open.id })).totalCount).toBe(4);
    expect((await list({ periodId: org.planning.id })).totalCount).toBe(0);
    const mine = await list({ employeeId: org.people.staff.id });
    expect(mine.edges.map((e: any) => e.node.status)).toEqual(['SUBMITTED']);
    expect((await list({ approverId: org.people.supervisor.id })).edges.map((e: any) => e.node.employee.id)).toEqual([org.people.staff.id]);
    expect((await list({ approverId: org.people.head.id, status: ['APPROVED'] })).totalCount).toBe(1);
    expect((await list({ periodId: org.open.id, status: ['DRAFT', 'SUBMITTED'] })).totalCount).toBe(3);
    expect((await list({ employeeId: 'bukan-id' })).totalCount).toBe(0);
    expect((await list({ status: [] })).edges).toEqual([]);
  });

  it('pages through every plan once, newest first, and refuses a foreign cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = (await app.ok(LIST, { filter: { periodId: org.open.id }, first: 3, after }, org.as.hr)).workPlans;
      seen.push(...data.edges.map((e: any) => e.node.id));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    const all = await app.em().find(WorkPlan, { period: org.open.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(seen).toEqual(all.map((p) => p.id));
    const bad = await app.gql(LIST, { after: 'bm9wZQ' }, org.as.hr);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await app.gql(LIST, { first: 101 }, org.as.hr);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for signed-in users only', async () => {
    expect((await app.gql(LIST, { filter: { periodId: org.open.id } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves every relation with a number of statements that does not grow with the rows', async () => {
    const query = `{ workPlans(first: 100) { edges { node {
      results { targets { id } parentResult { id } } employee { name } period { year } approver { name }
      previous { id } revisions { id } behaviourExpectations { valueCode }
    } } } }`;
    const plain = `{ workPlans(first: 100) { edges { node { results { targets { id } } employee { name } } } } }`;
    const before = await app.countStatements(() => app.ok(query, {}, org.as.hr));
    const plainBefore = await app.countStatements(() => app.ok(plain, {}, org.as.hr));
    await addPlans(12, 300);
    const data = await app.ok(query, {}, org.as.hr);
    expect(data.workPlans.edges).toHaveLength(16);
    expect(data.workPlans.edges.flatMap((e: any) => e.node.results.flatMap((r: any) => r.targets)).length).toBeGreaterThan(72);
    expect(await app.countStatements(() => app.ok(query, {}, org.as.hr))).toBe(before);
    expect(await app.countStatements(() => app.ok(plain, {}, org.as.hr))).toBe(plainBefore);
    // The query's own statements, without the session lookup every signed-in request makes.
    const session = await app.countStatements(() => app.ok('{ viewer { id } }', {}, org.as.hr));
    expect(plainBefore - session).toBeLessThanOrEqual(4);
  });
});
