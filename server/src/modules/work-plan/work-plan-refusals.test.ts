import { parseNip } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { Employee } from '../organisation/employee.entity.js';
import { EmploymentType, Sex } from '../organisation/organisation.enums.js';
import { WorkPlan } from './work-plan.entity.js';
import {
  arrangePlanOrg,
  contentInput,
  planApi,
  planNip,
  type PlanMutation,
  type PlanOrg,
  type PlanView,
} from './work-plan.fixture.js';

// Every transition refused in the wrong state, by the wrong person, unauthenticated and on a stale
// version — and nothing stored when refused.

let app: TestApp;
let org: PlanOrg;
let api: ReturnType<typeof planApi>;
let plan: PlanView;
beforeAll(async () => {
  app = await startTestApp();
  org = await arrangePlanOrg(app, { unitCode: 'sdn2', familyCode: 'guru', firstNip: 100, year: 2026 });
  api = planApi(app, org.as.hr);
  plan = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.staff);
});
afterAll(() => app.close());

const code = (r: { error?: { extensions?: Record<string, unknown> } }) => r.error?.extensions?.code;

/** Runs a mutation as each person and expects each to be refused with `expected`; the plan stays as it was. */
async function refusedFor(
  name: PlanMutation,
  input: Record<string, unknown>,
  people: (keyof PlanOrg['as'])[],
  expected: string,
) {
  const before = await api.read(input.planId as string);
  for (const who of people) {
    const result = await api.mutate(name, input, org.as[who]);
    expect(code(result), `${name} by ${who}`).toBe(expected);
    if (expected === 'FORBIDDEN') {
      // Says what is refused, never whose plan it is nor who could do it.
      expect(result.error!.message).toMatch(/^Anda tidak berwenang [a-z ’]+ rencana kerja ini\.$/);
    }
  }
  expect(await api.read(input.planId as string)).toEqual(before);
}

describe('creating a plan', () => {
  it('is refused without a session, for someone else, in a closed period and twice', async () => {
    expect(code(await api.mutate('createWorkPlan', { periodId: org.open.id }))).toBe('UNAUTHENTICATED');
    expect(
      code(
        await api.mutate('createWorkPlan', { periodId: org.open.id, employeeId: org.people.staff2.id }, org.as.staff),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await api.mutate(
          'createWorkPlan',
          { periodId: org.open.id, employeeId: org.people.staff.id },
          org.as.supervisor,
        ),
      ),
    ).toBe('FORBIDDEN');
    const closed = await api.mutate('createWorkPlan', { periodId: org.closed.id }, org.as.staff);
    expect(closed.error).toMatchObject({
      message: expect.stringContaining('sudah ditutup'),
      extensions: { code: 'INVALID_STATE', state: 'CLOSED' },
    });
    const twice = await api.mutate('createWorkPlan', { periodId: org.open.id }, org.as.staff);
    expect(twice.error?.extensions).toMatchObject({ code: 'CONFLICT', planId: plan.id });
    expect(
      code(await api.mutate('createWorkPlan', { periodId: '00000000-0000-4000-8000-000000000000' }, org.as.staff)),
    ).toBe('NOT_FOUND');
    const hrWithoutEmployee = await api.mutate('createWorkPlan', { periodId: org.open.id }, org.as.hr);
    expect(hrWithoutEmployee.error?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'employeeId', code: 'REQUIRED' }),
    ]);
  });

  it('lets HR start anyone’s plan; a period still planning prefills from the latest published version', async () => {
    const byHr = await api.ok(
      'createWorkPlan',
      { periodId: org.planning.id, employeeId: org.people.staff2.id },
      org.as.hr,
    );
    expect(byHr.results[0]!.title).toBe('Ketuntasan belajar (versi 2)');
    const pinned = await api.ok(
      'createWorkPlan',
      { periodId: org.open.id, employeeId: org.people.staff2.id },
      org.as.hr,
    );
    expect(pinned.results[0]!.title).not.toBe('Ketuntasan belajar (versi 2)');
  });
});

describe('a draft', () => {
  it('is changed and submitted only by its employee', async () => {
    const save = { planId: plan.id, results: contentInput(plan).slice(1) };
    await refusedFor('saveWorkPlan', save, ['supervisor', 'hr'], 'FORBIDDEN');
    expect(code(await api.mutate('saveWorkPlan', save))).toBe('UNAUTHENTICATED');
    await refusedFor('submitWorkPlan', { planId: plan.id }, ['supervisor', 'hr'], 'FORBIDDEN');
    // Out of their read scope the plan looks missing: NOT_FOUND, with no hint that it exists.
    await refusedFor('saveWorkPlan', save, ['staff2', 'other', 'head'], 'NOT_FOUND');
    await refusedFor('submitWorkPlan', { planId: plan.id }, ['staff2'], 'NOT_FOUND');
  });

  it('takes exactly one of two concurrent saves of the same version; the other gets CONFLICT', async () => {
    const version = plan.lockVersion;
    const shortened = contentInput(plan).slice(1);
    const renamed = contentInput(plan).map((r) => ({ ...r, title: `${r.title} (ubah)` }));
    const [a, b] = await Promise.all([
      api.mutate('saveWorkPlan', { planId: plan.id, expectedLockVersion: version, results: shortened }, org.as.staff),
      api.mutate('saveWorkPlan', { planId: plan.id, expectedLockVersion: version, results: renamed }, org.as.staff),
    ]);
    expect([a, b].filter((r) => r.plan).length).toBe(1);
    const loser = a.plan ? b : a;
    expect(loser.error?.extensions).toMatchObject({ code: 'CONFLICT', currentLockVersion: version + 1 });
    const stored = await api.read(plan.id);
    expect(stored).toEqual((a.plan ?? b.plan)!);
    plan = stored;
  });

  it('cannot be approved, returned or revised yet; the message names its status', async () => {
    const approve = await api.mutate('approveWorkPlan', { planId: plan.id }, org.as.supervisor);
    expect(approve.error).toMatchObject({
      message: 'Rencana kerja revisi 1 berstatus Draf (DRAFT); hanya rencana berstatus Diajukan yang dapat disetujui.',
      extensions: { code: 'INVALID_STATE', status: 'DRAFT' },
    });
    const inEnglish = await app.gql(
      `mutation { approveWorkPlan(input: { planId: "${plan.id}" }) { plan { id } } }`,
      {},
      { ...org.as.supervisor, 'accept-language': 'en' },
    );
    expect(inEnglish.errors?.[0]?.message).toBe(
      'Work plan revision 1 is draft (DRAFT); only a submitted plan can be approved.',
    );
    await refusedFor('returnWorkPlan', { planId: plan.id, comment: 'x' }, ['supervisor', 'hr'], 'INVALID_STATE');
    await refusedFor('reviseWorkPlan', { planId: plan.id }, ['staff'], 'INVALID_STATE');
    await refusedFor('approveWorkPlan', { planId: plan.id }, ['staff'], 'FORBIDDEN');
    await refusedFor('approveWorkPlan', { planId: plan.id }, ['other', 'staff2'], 'NOT_FOUND');
  });

  it('gets expectations only from the supervisor or HR, and only BerAKHLAK values', async () => {
    const input = { planId: plan.id, expectations: [{ valueCode: 'akuntabel', expectation: 'Laporan tepat waktu.' }] };
    await refusedFor('setBehaviourExpectations', input, ['staff'], 'FORBIDDEN');
    await refusedFor('setBehaviourExpectations', input, ['staff2', 'other', 'otherStaff'], 'NOT_FOUND');
    const wrong = await api.mutate(
      'setBehaviourExpectations',
      {
        planId: plan.id,
        expectations: [
          { valueCode: 'jujur', expectation: 'x' },
          { valueCode: 'loyal', expectation: 'a' },
          { valueCode: 'loyal', expectation: ' ' },
        ],
      },
      org.as.supervisor,
    );
    expect(wrong.error?.extensions?.problems).toEqual([
      expect.objectContaining({ path: 'expectations.0.valueCode', code: 'VALUE_UNKNOWN' }),
      expect.objectContaining({ path: 'expectations.2.valueCode', code: 'VALUE_DUPLICATE' }),
      expect.objectContaining({ path: 'expectations.2.expectation', code: 'EXPECTATION_MISSING' }),
    ]);
    plan = await api.ok('setBehaviourExpectations', input, org.as.hr);
    expect(plan.behaviourExpectations).toEqual([{ valueCode: 'akuntabel', expectation: 'Laporan tepat waktu.' }]);
    plan = await api.ok('setBehaviourExpectations', { planId: plan.id, expectations: [] }, org.as.supervisor);
    expect(plan.behaviourExpectations).toEqual([]);
  });

  it('cannot be submitted by an employee without a supervisor', async () => {
    const own = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.head);
    const result = await api.mutate('submitWorkPlan', { planId: own.id }, org.as.head);
    expect(result.error).toMatchObject({
      message: expect.stringContaining('belum memiliki atasan langsung'),
      extensions: { code: 'INVALID_STATE', reason: 'NO_SUPERVISOR' },
    });
  });
});

describe('a submitted plan', () => {
  it('is refused to stale versions with CONFLICT, changing nothing', async () => {
    const stale = await api.mutate(
      'submitWorkPlan',
      { planId: plan.id, expectedLockVersion: plan.lockVersion - 1 },
      org.as.staff,
    );
    expect(stale.error?.extensions).toMatchObject({ code: 'CONFLICT', currentLockVersion: plan.lockVersion });
    plan = await api.ok('submitWorkPlan', { planId: plan.id, expectedLockVersion: plan.lockVersion }, org.as.staff);
    for (const [name, input] of [
      ['approveWorkPlan', {}],
      ['returnWorkPlan', { comment: 'Perbaiki.' }],
      ['setBehaviourExpectations', { expectations: [] }],
    ] as const) {
      const before = await api.read(plan.id);
      const result = await api.mutate(name, { planId: plan.id, expectedLockVersion: 1, ...input }, org.as.supervisor);
      expect(result.error?.extensions, name).toMatchObject({ code: 'CONFLICT', currentLockVersion: plan.lockVersion });
      expect(await api.read(plan.id)).toEqual(before);
    }
  });

  it('is locked for the employee and decided only by the approver or HR', async () => {
    await refusedFor('saveWorkPlan', { planId: plan.id, results: contentInput(plan) }, ['staff'], 'INVALID_STATE');
    const save = await api.mutate('saveWorkPlan', { planId: plan.id, results: contentInput(plan) }, org.as.staff);
    expect(save.error?.message).toBe(
      'Rencana kerja revisi 1 berstatus Diajukan (SUBMITTED); hanya rencana berstatus Draf atau Dikembalikan yang dapat diubah.',
    );
    await refusedFor('submitWorkPlan', { planId: plan.id }, ['staff'], 'INVALID_STATE');
    await refusedFor('approveWorkPlan', { planId: plan.id }, ['staff'], 'FORBIDDEN');
    await refusedFor('returnWorkPlan', { planId: plan.id, comment: 'Perbaiki.' }, ['staff'], 'FORBIDDEN');
    // Out of their read scope the plan looks missing: NOT_FOUND, with no hint that it exists.
    await refusedFor('approveWorkPlan', { planId: plan.id }, ['staff2', 'other', 'head', 'otherStaff'], 'NOT_FOUND');
    await refusedFor('returnWorkPlan', { planId: plan.id, comment: 'Perbaiki.' }, ['other', 'head'], 'NOT_FOUND');
    expect(code(await api.mutate('approveWorkPlan', { planId: plan.id }))).toBe('UNAUTHENTICATED');
    plan = await api.ok(
      'approveWorkPlan',
      { planId: plan.id, comment: 'Disetujui oleh pengelola kinerja.' },
      org.as.hr,
    );
    expect(plan.status).toBe('APPROVED');
  });
});

describe('an approved plan', () => {
  it('is locked: only its employee may start a new revision', async () => {
    await refusedFor('saveWorkPlan', { planId: plan.id, results: contentInput(plan) }, ['staff'], 'INVALID_STATE');
    await refusedFor('approveWorkPlan', { planId: plan.id }, ['supervisor'], 'INVALID_STATE');
    await refusedFor('returnWorkPlan', { planId: plan.id, comment: 'Terlambat.' }, ['supervisor'], 'INVALID_STATE');
    await refusedFor(
      'setBehaviourExpectations',
      { planId: plan.id, expectations: [] },
      ['supervisor'],
      'INVALID_STATE',
    );
    await refusedFor('reviseWorkPlan', { planId: plan.id }, ['supervisor', 'hr'], 'FORBIDDEN');
    await refusedFor('reviseWorkPlan', { planId: plan.id }, ['staff2'], 'NOT_FOUND');
    const stale = await api.mutate('reviseWorkPlan', { planId: plan.id, expectedLockVersion: 1 }, org.as.staff);
    expect(stale.error?.extensions).toMatchObject({ code: 'CONFLICT', currentLockVersion: plan.lockVersion });
    expect(await app.em().count(WorkPlan, { employee: org.people.staff.id })).toBe(1);
  });
});

describe('nobody decides on their own plan', () => {
  it('refuses an HR officer approving their own plan', async () => {
    const em = app.em();
    const parsed = parseNip(planNip(199, 2));
    if (!parsed.ok) throw new Error('bad nip');
    const officer = em.create(Employee, {
      nip: parsed.nip,
      birthDate: parsed.birthDate,
      sex: Sex.FEMALE,
      name: 'Pengelola Kinerja',
      position: 'Analis SDM',
      grade: 'III/b',
      employmentType: EmploymentType.PNS,
      unit: org.people.head.unit.id,
      family: org.family.id,
      supervisor: org.people.head.id,
    });
    await em.flush();
    await app.createUser({ username: 'sdn2.hr.pegawai', employeeId: officer.id, roles: ['HR'] });
    const headers = await app.login('sdn2.hr.pegawai');
    const own = await api.ok('createWorkPlan', { periodId: org.open.id }, headers);
    await api.ok('submitWorkPlan', { planId: own.id }, headers);
    expect(code(await api.mutate('approveWorkPlan', { planId: own.id }, headers))).toBe('FORBIDDEN');
    expect(code(await api.mutate('setBehaviourExpectations', { planId: own.id, expectations: [] }, headers))).toBe(
      'FORBIDDEN',
    );
    expect((await api.ok('approveWorkPlan', { planId: own.id }, org.as.head)).status).toBe('APPROVED');
  });
});

describe('a plan of a closed period', () => {
  it('can no longer change', async () => {
    const em = app.em();
    const old = em.create(WorkPlan, { employee: org.people.staff2.id, period: org.closed.id });
    await em.flush();
    const result = await api.mutate('saveWorkPlan', { planId: old.id, results: [] }, org.as.staff2);
    expect(result.error).toMatchObject({ extensions: { code: 'INVALID_STATE', state: 'CLOSED' } });
  });
});
