import { parseNip } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { TargetAggregation, TargetAspect, TargetDirection } from '../template/definition.enums.js';
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
      nip: parsed.nip,
      birthDate: parsed.birthDate,
      sex: Sex.MALE,
      name: `Guru Tambahan ${from + i}`,
      position: 'Guru',
      grade: 'III/a',
      employmentType: EmploymentType.PNS,
      unit: supervisor.unit,
      family: supervisor.family,
      supervisor,
    });
    const plan = em.create(WorkPlan, {
      employee,
      period: org.open.id,
      status: WorkPlanStatus.SUBMITTED,
      approver: supervisor,
      submittedAt: new Date(),
    });
    em.create(BehaviourExpectation, { plan, valueCode: 'akuntabel', expectation: 'Tepat waktu.' });
    for (let r = 0; r < 3; r++) {
      const result = em.create(WorkResult, { plan, position: r, kind: WorkResultKind.MAIN, title: `Hasil ${r + 1}` });
      for (let t = 0; t < 2; t++) {
        em.create(WorkTarget, {
          result,
          position: t,
          label: `Indikator ${t + 1}`,
          aspect: TargetAspect.QUANTITY,
          target: 10,
          unit: 'dokumen',
          direction: TargetDirection.HIGHER_IS_BETTER,
          aggregation: TargetAggregation.SUM,
          periodicTargets: [2, 2, 3, 3].map((target, i) => ({ number: i + 1, target })),
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
    expect((await list({ approverId: org.people.supervisor.id })).edges.map((e: any) => e.node.employee.id)).toEqual([
      org.people.staff.id,
    ]);
    expect((await list({ approverId: org.people.head.id, status: ['APPROVED'] })).totalCount).toBe(1);
    expect((await list({ periodId: org.open.id, status: ['DRAFT', 'SUBMITTED'] })).totalCount).toBe(3);
    expect((await list({ employeeId: 'bukan-id' })).totalCount).toBe(0);
    expect((await list({ status: [] })).edges).toEqual([]);
  });

  it('pages through every plan once, newest first, and refuses a foreign cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = (await app.ok(LIST, { filter: { periodId: org.open.id }, first: 3, after }, org.as.hr))
        .workPlans;
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
    expect((await app.gql(LIST, { filter: { periodId: org.open.id } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('serves every relation with a number of statements that does not grow with the rows', async () => {
    const query = `{ workPlans(first: 100) { edges { node {
      results { targets { id } parentResult { id } } employee { name } period { year } approver { name }
      previous { id } revisions { id } behaviourExpectations { valueCode }
    } } } }`;
    const plain = `{ workPlans(first: 100) { edges { node { results { targets { id } } employee { name } } } } }`;
    // Filtered through and/or/not and nested relations, in another order: still constant.
    const filtered = `query ($filter: WorkPlanFilter, $orderBy: [WorkPlanOrder!]) { workPlans(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount nodes { employee { name supervisor { name } } approver { name } period { year } results { targets { id } } } } }`;
    const filters = {
      filter: {
        or: [{ approver: { name: { startsWith: 'kepala' } } }, { not: { status: ['DRAFT'] } }],
        employee: { unit: { kind: ['SEKOLAH'] } },
      },
      orderBy: [{ field: 'SUBMITTED_AT', direction: 'DESC' }, { field: 'REVISION' }],
    };
    const before = await app.countStatements(() => app.ok(query, {}, org.as.hr));
    const plainBefore = await app.countStatements(() => app.ok(plain, {}, org.as.hr));
    const filteredBefore = await app.countStatements(() => app.ok(filtered, filters, org.as.hr));
    await addPlans(12, 300);
    const data = await app.ok(query, {}, org.as.hr);
    expect(data.workPlans.edges).toHaveLength(16);
    expect(
      data.workPlans.edges.flatMap((e: any) => e.node.results.flatMap((r: any) => r.targets)).length,
    ).toBeGreaterThan(72);
    expect(await app.countStatements(() => app.ok(query, {}, org.as.hr))).toBe(before);
    expect(await app.countStatements(() => app.ok(plain, {}, org.as.hr))).toBe(plainBefore);
    expect((await app.ok(filtered, filters, org.as.hr)).workPlans.totalCount).toBe(14);
    expect(await app.countStatements(() => app.ok(filtered, filters, org.as.hr))).toBe(filteredBefore);
    // The query's own statements, without the session lookup every signed-in request makes.
    const session = await app.countStatements(() => app.ok('{ viewer { id } }', {}, org.as.hr));
    expect(plainBefore - session).toBeLessThanOrEqual(4);
  });

  // From here on the open period holds 16 plans: the boss's (approved by the head), staff's (submitted),
  // staff2's and otherStaff's (drafts), and 12 more submitted to the supervisor.
  it('combines conditions with and, or, not, in-lists, ranges, text and nested relations', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await app.ok(LIST, { filter: { periodId: [org.open.id], ...filter }, first: 1 }, org.as.hr)).workPlans
        .totalCount;
    const { people } = org;
    expect(await count({})).toBe(16);
    expect(await count({ or: [{ status: ['APPROVED'] }, { employeeId: [people.staff2.id] }] })).toBe(2);
    expect(await count({ not: { status: ['SUBMITTED'] } })).toBe(3);
    expect(
      await count({
        and: [{ approverId: [people.supervisor.id] }, { employee: { name: { startsWith: 'guru tambahan' } } }],
      }),
    ).toBe(12);
    expect(await count({ approverId: [people.supervisor.id, people.head.id] })).toBe(14);
    expect(await count({ submittedAt: { isNull: true } })).toBe(2);
    expect(await count({ decidedAt: { isNull: false } })).toBe(1);
    expect(
      await count({
        submittedAt: {
          lte: new Date(Date.now() + 60_000).toISOString(),
          gte: new Date(Date.now() - 3_600_000).toISOString(),
        },
      }),
    ).toBe(14);
    expect(await count({ createdAt: { gt: new Date(Date.now() + 60_000).toISOString() } })).toBe(0);
    expect(await count({ revision: { gte: 2 } })).toBe(0);
    expect(await count({ revision: { eq: 1 }, updatedAt: { isNull: false } })).toBe(16);
    expect(await count({ approver: { name: { eq: 'Kepala Dinas' } } })).toBe(1);
    expect(await count({ employee: { supervisorId: [people.supervisor.id] } })).toBe(14);
    expect(await count({ employee: { supervisor: { name: { eq: 'Kepala Sekolah Lain' } } } })).toBe(1);
    expect(await count({ decisionComment: { isNull: true } })).toBe(16);
    expect(await count({ periodId: [org.open.id, org.planning.id] })).toBe(16);
    expect(await count({ periodId: [org.planning.id] })).toBe(0);
    expect(await count({ or: [] })).toBe(0);
    expect(await count({ and: [] })).toBe(16);
    expect(await count({ id: ['bukan-id'] })).toBe(0);
    // A single id is still accepted where a list is expected (input coercion).
    expect(await count({ employeeId: people.staff.id })).toBe(1);
  });

  it('orders by several keys in either direction and pages through them without gaps or repeats', async () => {
    const ORDERED = `query ($filter: WorkPlanFilter, $orderBy: [WorkPlanOrder!], $first: Int, $after: String) {
      workPlans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { nodes { id status submittedAt } pageInfo { hasNextPage endCursor } }
    }`;
    type Row = { id: string; status: string; submittedAt: string | null };
    const filter = { periodId: [org.open.id] };
    const pages = async (orderBy: unknown[], first: number) => {
      const all: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const { workPlans }: Record<string, any> = await app.ok(ORDERED, { filter, orderBy, first, after }, org.as.hr);
        all.push(...workPlans.nodes);
        if (!workPlans.pageInfo.hasNextPage) return all;
        after = workPlans.pageInfo.endCursor;
      }
    };
    for (const direction of ['ASC', 'DESC']) {
      const other = direction === 'ASC' ? 'DESC' : 'ASC';
      const orderBy = [
        { field: 'STATUS', direction },
        { field: 'SUBMITTED_AT', direction: other },
      ];
      const paged = await pages(orderBy, 3);
      const whole = await pages(orderBy, 100);
      expect(paged).toEqual(whole);
      expect(new Set(paged.map((p) => p.id)).size).toBe(16);
      const statuses = paged.map((p) => p.status);
      expect(statuses).toEqual(
        [...statuses].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0) * (direction === 'ASC' ? 1 : -1)),
      );
      // Within a status, the submission time runs the other way, never-submitted plans last.
      for (const status of new Set(statuses)) {
        const times = paged.filter((p) => p.status === status).map((p) => p.submittedAt);
        const set = times.filter((t): t is string => t !== null);
        expect(times).toEqual([
          ...set.sort((x, y) => (Date.parse(x) - Date.parse(y)) * (other === 'ASC' ? 1 : -1)),
          ...times.filter((t) => t === null),
        ]);
      }
    }
    // A cursor made for one order is refused for another.
    const first = await app.ok(ORDERED, { filter, first: 1 }, org.as.hr);
    const mixed = await app.gql(
      ORDERED,
      {
        filter,
        orderBy: [{ field: 'STATUS' }, { field: 'REVISION' }],
        first: 1,
        after: first.workPlans.pageInfo.endCursor,
      },
      org.as.hr,
    );
    expect(mixed.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'after', code: 'BAD_CURSOR' }),
    ]);
  });

  it('keeps the read scope, whatever or-filters try', async () => {
    const { people } = org;
    const escape = {
      or: [
        { employeeId: [people.otherStaff.id, people.staff2.id] },
        { employee: { name: { contains: '' } } },
        { status: ['DRAFT', 'SUBMITTED', 'APPROVED'] },
      ],
    };
    const seen = async (filter: Record<string, unknown>, who: keyof PlanOrg['as']) => {
      const { workPlans } = await app.ok(LIST, { filter, first: 100 }, org.as[who]);
      expect(workPlans.edges).toHaveLength(workPlans.totalCount);
      return workPlans.edges.map((e: any) => e.node.employee.id).sort();
    };
    // staff reads their own plan and their supervisor's approved one, nothing else.
    const own = [people.staff.id, people.supervisor.id].sort();
    expect(await seen(escape, 'staff')).toEqual(own);
    expect(await seen({ not: { employeeId: [people.staff.id] } }, 'staff')).toEqual([people.supervisor.id]);
    expect(
      await seen(
        { or: [{ employee: { id: [people.otherStaff.id] } }, { approverId: [people.supervisor.id] }] },
        'staff',
      ),
    ).toEqual([people.staff.id]);
    // otherStaff's team is themselves; their supervisor has no plan.
    expect(await seen(escape, 'otherStaff')).toEqual([people.otherStaff.id]);
    expect(await seen({ not: { employeeId: [people.otherStaff.id] } }, 'otherStaff')).toEqual([]);
    // The supervisor reads their team's 14 plans and their own.
    expect(await seen(escape, 'supervisor')).toHaveLength(15);
  });
});
