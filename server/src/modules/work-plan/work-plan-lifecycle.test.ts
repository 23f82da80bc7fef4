import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { WorkPlan } from './work-plan.entity.js';
import { arrangePlanOrg, contentInput, planApi, type PlanOrg, type PlanView } from './work-plan.fixture.js';

// The planning story of PermenPANRB 6/2022 over GraphQL: the supervisor's plan is approved, the
// employee drafts a plan linked to it, submits, gets it returned, resubmits, gets it approved, then
// revises it; the new revision is approved and the old one is kept as SUPERSEDED.

let app: TestApp;
let org: PlanOrg;
let api: ReturnType<typeof planApi>;
beforeAll(async () => {
  app = await startTestApp();
  org = await arrangePlanOrg(app, { unitCode: 'sdn1', familyCode: 'guru', firstNip: 0, year: 2026 });
  api = planApi(app, org.as.hr);
});
afterAll(() => app.close());

const trail = async (entityId: string) =>
  (
    await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action actorName before after note } }`,
      { id: entityId },
      org.as.hr,
    )
  ).auditTrail as {
    action: string;
    actorName: string | null;
    before: any;
    after: any;
    note: string | null;
  }[];

let bossPlan: PlanView;
let plan: PlanView;
let revision2: PlanView;

describe('the supervisor’s own plan', () => {
  it('is prefilled from the template version pinned for the open period', async () => {
    bossPlan = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.supervisor);
    expect(bossPlan).toMatchObject({ revision: 1, status: 'DRAFT', lockVersion: 1, previous: null, approver: null });
    const v1Targets = org.v1.definition.sections.flatMap((s) => s.indicators).filter((i) => i.kind === 'target');
    expect(bossPlan.results.map((r) => r.title)).toEqual(v1Targets.map((i) => i.label.id));
    expect(bossPlan.results.every((r) => r.kind === 'MAIN' && r.targets.length === 1)).toBe(true);
    expect(bossPlan.results[0]!.targets[0]).toMatchObject({
      templateLineageKey: v1Targets[0]!.lineageKey,
      label: v1Targets[0]!.label.id,
    });
  });

  it('is submitted to the head and approved by them', async () => {
    const submitted = await api.ok(
      'submitWorkPlan',
      { planId: bossPlan.id, expectedLockVersion: 1 },
      org.as.supervisor,
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', approver: { id: org.people.head.id }, lockVersion: 2 });
    bossPlan = await api.ok(
      'approveWorkPlan',
      { planId: bossPlan.id, expectedLockVersion: 2, comment: 'Setuju.' },
      org.as.head,
    );
    expect(bossPlan).toMatchObject({ status: 'APPROVED', decisionComment: 'Setuju.', lockVersion: 3 });
  });
});

describe('the employee’s plan', () => {
  it('is created by the employee for themself, prefilled, with an audit record', async () => {
    plan = await api.ok('createWorkPlan', { periodId: org.open.id, employeeId: org.people.staff.id }, org.as.staff);
    expect(plan).toMatchObject({ revision: 1, status: 'DRAFT', lockVersion: 1 });
    expect(plan.results.length).toBeGreaterThan(0);
    const records = await trail(plan.id);
    expect(records).toEqual([
      expect.objectContaining({
        action: 'create',
        actorName: 'Guru Satu',
        after: expect.objectContaining({ status: 'DRAFT', revision: 1 }),
      }),
    ]);
  });

  it('lists every problem of a wrong save and stores nothing', async () => {
    const results = contentInput(plan);
    results[0]!.title = '   ';
    results[1]!.targets[0]!.unit = '';
    results[1]!.targets[0]!.target = 0;
    const { error } = await api.mutate(
      'saveWorkPlan',
      { planId: plan.id, expectedLockVersion: 1, results },
      org.as.staff,
    );
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^Rencana kerja belum dapat disimpan\./);
    expect(error?.extensions?.problems).toEqual([
      expect.objectContaining({
        path: 'results.0.title',
        code: 'RESULT_TITLE_MISSING',
        message: 'Hasil kerja ke-1 belum memiliki uraian.',
      }),
      expect.objectContaining({ path: 'results.1.targets.0.unit', code: 'TARGET_UNIT_MISSING' }),
      expect.objectContaining({ path: 'results.1.targets.0.target', code: 'TARGET_NOT_POSITIVE' }),
    ]);
    expect(await api.read(plan.id)).toEqual(plan);
  });

  it('links a result only to a result of the supervisor’s approved plan', async () => {
    const otherBoss = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.other);
    await api.ok('submitWorkPlan', { planId: otherBoss.id }, org.as.other);
    await api.ok('approveWorkPlan', { planId: otherBoss.id }, org.as.head);
    for (const parentResultId of [
      otherBoss.results[0]!.id,
      plan.results[1]!.id,
      '00000000-0000-4000-8000-000000000000',
      'bukan-id',
    ]) {
      const results = contentInput(plan);
      results[0]!.parentResultId = parentResultId;
      const { error } = await api.mutate('saveWorkPlan', { planId: plan.id, results }, org.as.staff);
      expect(error?.extensions?.problems, parentResultId).toEqual([
        expect.objectContaining({ path: 'results.0.parentResultId', code: 'PARENT_RESULT_INVALID' }),
      ]);
    }
    const results = contentInput(plan);
    results[0]!.parentResultId = bossPlan.results[0]!.id;
    results[0]!.title = 'Ketuntasan belajar kelas V';
    results.push({
      id: null as never,
      kind: 'ADDITIONAL',
      title: 'Pembina pramuka',
      parentResultId: null,
      targets: [],
    });
    const saved = await api.ok('saveWorkPlan', { planId: plan.id, expectedLockVersion: 1, results }, org.as.staff);
    expect(saved.lockVersion).toBe(2);
    expect(saved.results[0]).toMatchObject({
      id: plan.results[0]!.id,
      lineageId: plan.results[0]!.lineageId,
      title: 'Ketuntasan belajar kelas V',
      parentResult: { id: bossPlan.results[0]!.id },
    });
    expect(saved.results[0]!.targets[0]!.id).toBe(plan.results[0]!.targets[0]!.id);
    expect(saved.results.at(-1)).toMatchObject({ kind: 'ADDITIONAL', title: 'Pembina pramuka', targets: [] });
    plan = saved;
  });

  it('refuses a stale save with CONFLICT and loses nothing', async () => {
    const results = contentInput(plan).slice(0, 1);
    const { error } = await api.mutate(
      'saveWorkPlan',
      { planId: plan.id, expectedLockVersion: 1, results },
      org.as.staff,
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', currentLockVersion: 2 });
    expect(await api.read(plan.id)).toEqual(plan);
  });

  it('gets the supervisor’s specific expectations', async () => {
    const expectations = [
      { valueCode: 'kolaboratif', expectation: 'Aktif dalam KKG gugus.' },
      { valueCode: 'berorientasi_pelayanan', expectation: ' Menanggapi orang tua murid dalam 1 hari kerja. ' },
    ];
    plan = await api.ok(
      'setBehaviourExpectations',
      { planId: plan.id, expectedLockVersion: 2, expectations },
      org.as.supervisor,
    );
    expect(plan.lockVersion).toBe(3);
    expect(plan.behaviourExpectations).toEqual([
      { valueCode: 'berorientasi_pelayanan', expectation: 'Menanggapi orang tua murid dalam 1 hari kerja.' },
      { valueCode: 'kolaboratif', expectation: 'Aktif dalam KKG gugus.' },
    ]);
  });

  it('cannot be submitted while a result has no target, then is submitted to the supervisor', async () => {
    const { error } = await api.mutate('submitWorkPlan', { planId: plan.id, expectedLockVersion: 3 }, org.as.staff);
    expect(error?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'RESULT_WITHOUT_TARGET', path: `results.${plan.results.length - 1}.targets` }),
    ]);
    const results = contentInput(plan);
    results.at(-1)!.targets.push({
      label: 'Kegiatan pramuka terlaksana',
      aspect: 'QUANTITY',
      target: 12,
      unit: 'kegiatan',
      direction: 'HIGHER_IS_BETTER',
    } as never);
    plan = await api.ok('saveWorkPlan', { planId: plan.id, expectedLockVersion: 3, results }, org.as.staff);
    plan = await api.ok('submitWorkPlan', { planId: plan.id, expectedLockVersion: 4 }, org.as.staff);
    expect(plan).toMatchObject({ status: 'SUBMITTED', lockVersion: 5, approver: { id: org.people.supervisor.id } });
  });

  it('is returned with a comment, revised and resubmitted, then approved', async () => {
    const blank = await api.mutate('returnWorkPlan', { planId: plan.id, comment: '  ' }, org.as.supervisor);
    expect(blank.error?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'comment', code: 'REQUIRED' }),
    ]);
    plan = await api.ok(
      'returnWorkPlan',
      { planId: plan.id, expectedLockVersion: 5, comment: 'Target ketuntasan terlalu rendah.' },
      org.as.supervisor,
    );
    expect(plan).toMatchObject({
      status: 'RETURNED',
      decisionComment: 'Target ketuntasan terlalu rendah.',
      lockVersion: 6,
    });

    const results = contentInput(plan);
    results[0]!.targets[0]!.target = 90;
    plan = await api.ok('saveWorkPlan', { planId: plan.id, expectedLockVersion: 6, results }, org.as.staff);
    plan = await api.ok('submitWorkPlan', { planId: plan.id, expectedLockVersion: 7 }, org.as.staff);
    plan = await api.ok('approveWorkPlan', { planId: plan.id, expectedLockVersion: 8 }, org.as.supervisor);
    expect(plan).toMatchObject({ status: 'APPROVED', lockVersion: 9, decisionComment: null });
    expect(plan.results[0]!.targets[0]!.target).toBe(90);
  });

  it('is revised after approval: a new draft revision, the approved one stays in force', async () => {
    // Meanwhile the supervisor's own plan got a second approved revision: links follow it by lineage.
    let bossRevision = await api.ok('reviseWorkPlan', { planId: bossPlan.id }, org.as.supervisor);
    bossRevision = await api.ok('submitWorkPlan', { planId: bossRevision.id }, org.as.supervisor);
    bossRevision = await api.ok('approveWorkPlan', { planId: bossRevision.id }, org.as.head);
    expect((await api.read(bossPlan.id)).status).toBe('SUPERSEDED');

    revision2 = await api.ok('reviseWorkPlan', { planId: plan.id, expectedLockVersion: 9 }, org.as.staff);
    expect(revision2).toMatchObject({
      revision: 2,
      status: 'DRAFT',
      lockVersion: 1,
      previous: { id: plan.id },
      approver: null,
    });
    expect(revision2.results.map((r) => r.lineageId)).toEqual(plan.results.map((r) => r.lineageId));
    expect(revision2.results.map((r) => r.id)).not.toContain(plan.results[0]!.id);
    expect(revision2.results.flatMap((r) => r.targets.map((t) => t.lineageId))).toEqual(
      plan.results.flatMap((r) => r.targets.map((t) => t.lineageId)),
    );
    expect(plan.results[0]!.parentResult).toEqual({ id: bossPlan.results[0]!.id });
    expect(revision2.results[0]!.parentResult).toEqual({ id: bossRevision.results[0]!.id });
    expect(bossRevision.results[0]!.lineageId).toBe(bossPlan.results[0]!.lineageId);
    expect(revision2.behaviourExpectations).toEqual(plan.behaviourExpectations);
    expect((await api.read(plan.id)).status).toBe('APPROVED');

    const again = await api.mutate('reviseWorkPlan', { planId: plan.id }, org.as.staff);
    expect(again.error?.extensions).toMatchObject({ code: 'CONFLICT', planId: revision2.id });
  });

  it('approving the new revision supersedes the old one in the same transaction', async () => {
    const results = contentInput(revision2);
    results[1]!.targets[0]!.target += 1;
    revision2 = await api.ok('saveWorkPlan', { planId: revision2.id, expectedLockVersion: 1, results }, org.as.staff);
    expect(revision2.results.map((r) => r.lineageId)).toEqual(plan.results.map((r) => r.lineageId));
    revision2 = await api.ok('submitWorkPlan', { planId: revision2.id }, org.as.staff);
    revision2 = await api.ok(
      'approveWorkPlan',
      { planId: revision2.id, expectedLockVersion: revision2.lockVersion },
      org.as.supervisor,
    );
    expect(revision2.status).toBe('APPROVED');
    const old = await api.read(plan.id);
    expect(old).toMatchObject({ status: 'SUPERSEDED', lockVersion: 10 });
    const revisions = await app.ok(
      `query ($id: ID!) { workPlan(id: $id) { revisions { id revision status } } }`,
      { id: revision2.id },
      org.as.staff,
    );
    expect(revisions.workPlan.revisions).toEqual([
      { id: plan.id, revision: 1, status: 'SUPERSEDED' },
      { id: revision2.id, revision: 2, status: 'APPROVED' },
    ]);
    const stored = await app.em().find(WorkPlan, { employee: org.people.staff.id }, { orderBy: { revision: 'asc' } });
    expect(stored.map((p) => p.status)).toEqual(['SUPERSEDED', 'APPROVED']);
  });

  it('left an audit record for every step, in order, with the status before and after', async () => {
    const first = await trail(plan.id);
    expect(first.map((r) => r.action)).toEqual([
      'create',
      'save',
      'setExpectations',
      'save',
      'submit',
      'return',
      'save',
      'submit',
      'approve',
      'supersede',
    ]);
    expect(first.find((r) => r.action === 'return')).toMatchObject({
      actorName: 'Kepala Sekolah',
      note: 'Target ketuntasan terlalu rendah.',
      before: { status: 'SUBMITTED' },
      after: { status: 'RETURNED' },
    });
    expect(first.find((r) => r.action === 'approve')).toMatchObject({
      before: { status: 'SUBMITTED' },
      after: { status: 'APPROVED' },
    });
    const second = await trail(revision2.id);
    expect(second.map((r) => r.action)).toEqual(['revise', 'save', 'submit', 'approve']);
    expect(second[0]).toMatchObject({
      before: { status: 'APPROVED', revision: 1 },
      after: { status: 'DRAFT', revision: 2 },
    });
    expect((await trail(bossPlan.id)).map((r) => r.action)).toEqual(['create', 'submit', 'approve', 'supersede']);
    const count = await app
      .em()
      .count(AuditRecord, { entityType: 'WorkPlan', entityId: { $in: [plan.id, revision2.id, bossPlan.id] } });
    expect(count).toBe(first.length + second.length + 4);
  });

  it('keeps the audit trail for those who read across the organisation: not anonymous callers, not the employee', async () => {
    const query = `query ($id: ID!) { auditTrail(entityId: $id) { action } }`;
    expect((await app.gql(query, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(query, { id: plan.id }, org.as.staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(query, { id: plan.id }, org.as.supervisor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
