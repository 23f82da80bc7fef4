import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStaff, type SubmittedAssessment } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { hasPendingObjection } from './index.js';

let app: TestApp;
let cycle: Cycle;
let q1: SubmittedAssessment;
let q2: SubmittedAssessment;
beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  q1 = await assessStaff(app, cycle, cycle.quarters[0]!.id);
  q2 = await assessStaff(app, cycle, cycle.quarters[1]!.id);
});
afterAll(() => app.close());

const FIELDS = `id status reason deadline decidedAt decisionReason previousWorkResultsRating previousBehaviourRating previousPredikat
  workResultsRating behaviourRating predikat decider { name } employee { name } assessment { id predikat }`;
const file = (assessmentId: string, headers: Record<string, string>, reason = 'Realisasi triwulan belum dihitung lengkap.') =>
  app.gql(`mutation ($input: FileObjectionInput!) { fileObjection(input: $input) { objection { ${FIELDS} } } }`, { input: { assessmentId, reason } }, headers);
const decide = (input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(`mutation ($input: DecideObjectionInput!) { decideObjection(input: $input) { objection { ${FIELDS} } } }`, { input }, headers);
const error = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];
let upheldId: string;
let changedId: string;

describe('filing an objection (keberatan)', () => {
  it('is for the employee assessed only, on a submitted assessment', async () => {
    for (const who of ['supervisor', 'head', 'hr'] as const) {
      expect(error(await file(q1.id, cycle.as[who]))?.extensions?.code, who).toBe('FORBIDDEN');
    }
    // Out of their read scope the assessment looks missing: NOT_FOUND, with no hint that it exists.
    expect(error(await file(q1.id, cycle.as.staff2))?.extensions?.code).toBe('NOT_FOUND');
    const draft = await assessStaff(app, cycle, cycle.quarters[3]!.id, false);
    expect(error(await file(draft.id, cycle.as.staff))?.extensions).toMatchObject({ code: 'INVALID_STATE', status: 'DRAFT' });
    expect(error(await file(cycle.people.staff.id, cycle.as.staff))?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is addressed to the assessor’s own supervisor and keeps the ratings objected to', async () => {
    expect(error(await file(q1.id, cycle.as.staff, '  '))?.extensions?.problems).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    const filed = await file(q1.id, cycle.as.staff);
    expect(filed.errors).toBeUndefined();
    const objection = filed.data!.fileObjection.objection;
    upheldId = objection.id;
    expect(objection).toMatchObject({
      status: 'PENDING',
      decider: { name: 'Kepala Dinas' },
      employee: { name: 'Guru Satu' },
      previousWorkResultsRating: q1.workResultsRating,
      previousBehaviourRating: q1.behaviourRating,
      previousPredikat: q1.predikat,
      decidedAt: null,
    });
    expect(await hasPendingObjection(app.em(), q1.id)).toBe(true);
  });

  it('is one per assessment', async () => {
    expect(error(await file(q1.id, cycle.as.staff))?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionId: upheldId });
    await expect(
      app.em().getConnection().execute(`insert into objection (id, assessment_id, employee_id, reason, filed_at, deadline, previous_work_results_rating, previous_behaviour_rating, previous_predikat)
        select gen_random_uuid(), assessment_id, employee_id, reason, filed_at, deadline, previous_work_results_rating, previous_behaviour_rating, previous_predikat from objection where id = ?`, [upheldId]),
    ).rejects.toThrow(/objection_one_per_assessment/);
  });

  it('is refused after the 14-day window, naming the deadline', async () => {
    const late = await assessStaff(app, cycle, cycle.quarters[2]!.id);
    await app.em().getConnection().execute(`update assessment set submitted_at = submitted_at - interval '15 days' where id = ?`, [late.id]);
    const { submittedAt } = await app.em().findOneOrFail(Assessment, { id: late.id });
    const deadline = new Date(submittedAt!.getTime() + 14 * 24 * 3600 * 1000);
    const refused = await file(late.id, cycle.as.staff);
    expect(error(refused)?.extensions).toMatchObject({ code: 'INVALID_STATE', deadline: deadline.toISOString() });
    const day = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(deadline);
    expect(error(refused)?.message).toContain(`Batas waktu keberatan (14 hari sejak penilaian dikirim) berakhir ${day}`);
    const english = await file(late.id, { ...cycle.as.staff, 'accept-language': 'en' });
    expect(error(english)?.message).toMatch(/^The objection window \(14 days after submission\) ended on .+ WIB; an objection can no longer be filed\.$/);
  });
});

describe('deciding an objection', () => {
  it('is refused to the assessor, the employee, other supervisors', async () => {
    for (const who of ['supervisor', 'staff'] as const) {
      expect(error(await decide({ objectionId: upheldId, outcome: 'UPHELD' }, cycle.as[who]))?.extensions?.code, who).toBe('FORBIDDEN');
    }
    // Out of their read scope the objection looks missing: NOT_FOUND, with no hint that it exists.
    for (const who of ['other', 'staff2'] as const) {
      expect(error(await decide({ objectionId: upheldId, outcome: 'UPHELD' }, cycle.as[who]))?.extensions?.code, who).toBe('NOT_FOUND');
    }
  });

  it('UPHELD keeps the ratings and takes no new ones', async () => {
    const withRating = await decide({ objectionId: upheldId, outcome: 'UPHELD', workResultsRating: 'ABOVE' }, cycle.as.head);
    expect(error(withRating)?.extensions?.problems).toEqual([expect.objectContaining({ field: 'workResultsRating', code: 'RATING_NOT_ALLOWED' })]);
    const upheld = await decide({ objectionId: upheldId, outcome: 'UPHELD', reason: 'Realisasi sudah sesuai bukti dukung.' }, cycle.as.head);
    expect(upheld.data!.decideObjection.objection).toMatchObject({
      status: 'UPHELD', workResultsRating: null, predikat: null, decisionReason: 'Realisasi sudah sesuai bukti dukung.', assessment: { predikat: q1.predikat },
    });
    expect(await hasPendingObjection(app.em(), q1.id)).toBe(false);
    const stored = await app.em().findOneOrFail(Assessment, { id: q1.id });
    expect(stored.lockVersion).toBe(q1.lockVersion);
  });

  it('is final: a second decision is refused, and the database keeps a decided objection unchanged', async () => {
    const again = await decide({ objectionId: upheldId, outcome: 'CHANGED', workResultsRating: 'ABOVE', reason: 'Berubah pikiran.' }, cycle.as.hr);
    expect(error(again)?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionStatus: 'UPHELD' });
    await expect(app.em().getConnection().execute(`update objection set decision_reason = 'x' where id = ?`, [upheldId])).rejects.toThrow(/is decided/);
  });

  it('CHANGED needs a reason and a different rating, then changes the assessment’s ratings and predikat', async () => {
    changedId = (await file(q2.id, cycle.as.staff)).data!.fileObjection.objection.id;
    const noReason = await decide({ objectionId: changedId, outcome: 'CHANGED', workResultsRating: 'ABOVE' }, cycle.as.hr);
    expect(error(noReason)?.extensions?.problems).toEqual([expect.objectContaining({ field: 'reason', code: 'REQUIRED' })]);
    const same = await decide({ objectionId: changedId, outcome: 'CHANGED', workResultsRating: q2.workResultsRating, reason: 'Sama.' }, cycle.as.hr);
    expect(error(same)?.extensions?.problems).toEqual([expect.objectContaining({ code: 'RATINGS_UNCHANGED' })]);

    const expected = rules.predikatOf('ABOVE', 'ABOVE');
    const changed = await decide({ objectionId: changedId, outcome: 'CHANGED', workResultsRating: 'ABOVE', behaviourRating: 'ABOVE', reason: 'Bukti dukung narasumber provinsi belum dinilai.' }, cycle.as.hr);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.decideObjection.objection).toMatchObject({ status: 'CHANGED', workResultsRating: 'ABOVE', behaviourRating: 'ABOVE', predikat: expected, assessment: { predikat: expected } });
    const stored = await app.em().findOneOrFail(Assessment, { id: q2.id });
    expect(stored).toMatchObject({ workResultsRating: 'ABOVE', behaviourRating: 'ABOVE', predikat: expected, ratingReason: 'Bukti dukung narasumber provinsi belum dinilai.', lockVersion: q2.lockVersion + 1 });
  });

  it('left audit records for the objections and the changed assessment', async () => {
    const actions = async (id: string) => (await app.ok(`{ auditTrail(entityId: "${id}") { action note } }`, {}, cycle.as.hr)).auditTrail.map((r: { action: string }) => r.action);
    expect(await actions(upheldId)).toEqual(['file', 'decide']);
    expect(await actions(changedId)).toEqual(['file', 'decide']);
    expect((await actions(q2.id)).at(-1)).toBe('changeByObjection');
    expect((await actions(q1.id))).not.toContain('changeByObjection');
    // The trail is for those who read across the organisation, not for the decider or the employee.
    expect(error(await app.gql(`{ auditTrail(entityId: "${upheldId}") { action } }`))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error(await app.gql(`{ auditTrail(entityId: "${upheldId}") { action } }`, {}, cycle.as.head))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the objections addressed to a decider, in a constant number of statements', async () => {
    const list = (filter: Record<string, unknown>) =>
      app.ok(`query ($filter: ObjectionFilter) { objections(filter: $filter, first: 50) {
        totalCount edges { node { id status decider { name } employee { name } assessment { subPeriod { name } } } } } }`, { filter }, cycle.as.head);
    expect((await list({ deciderId: cycle.people.head.id })).objections.totalCount).toBe(2);
    expect((await list({ deciderId: cycle.people.head.id, status: 'CHANGED' })).objections.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([changedId]);
    expect((await list({ deciderId: cycle.people.supervisor.id })).objections.totalCount).toBe(0);
    expect((await list({ employeeId: cycle.people.staff.id, status: 'PENDING' })).objections.totalCount).toBe(0);
    const two = await app.countStatements(() => list({ employeeId: cycle.people.staff.id }));
    await app.em().getConnection().execute(`update assessment set submitted_at = now() where sub_period_id = ?`, [cycle.quarters[2]!.id]);
    const third = await app.ok(`mutation { fileObjection(input: { assessmentId: "${(await app.em().findOneOrFail(Assessment, { subPeriod: cycle.quarters[2]!.id })).id}", reason: "Keberatan ketiga." }) { objection { id } } }`, {}, cycle.as.staff);
    expect(third.fileObjection.objection.id).toBeDefined();
    expect(await app.countStatements(() => list({ employeeId: cycle.people.staff.id }))).toBe(two);
    expect((await app.ok(`{ objection(id: "${changedId}") { status } }`, {}, cycle.as.head)).objection.status).toBe('CHANGED');
  });

  // From here on staff has three objections, all addressed to the head: Q1 upheld, Q2 changed, Q3 pending.
  it('combines conditions with and, or, not, in-lists, ranges, text and nested relations', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await app.ok(`query ($filter: ObjectionFilter) { objections(filter: $filter, first: 1) { totalCount } }`, { filter }, cycle.as.hr)).objections.totalCount;
    const day = 24 * 3600 * 1000;
    expect(await count({})).toBe(3);
    expect(await count({ or: [{ status: ['PENDING'] }, { workResultsRating: ['ABOVE'] }] })).toBe(2);
    expect(await count({ not: { status: ['PENDING'] } })).toBe(2);
    expect(await count({ and: [{ status: ['UPHELD', 'CHANGED'] }, { not: { id: [changedId] } }] })).toBe(1);
    expect(await count({ decidedAt: { isNull: true } })).toBe(1);
    expect(await count({ decidedAt: { lte: new Date(Date.now() + 60_000).toISOString() } })).toBe(2);
    expect(await count({ filedAt: { gte: new Date(Date.now() - 3_600_000).toISOString(), lte: new Date(Date.now() + 60_000).toISOString() } })).toBe(3);
    expect(await count({ deadline: { gte: new Date(Date.now() + 13 * day).toISOString() } })).toBe(3);
    expect(await count({ deadline: { gt: new Date(Date.now() + 30 * day).toISOString() } })).toBe(0);
    expect(await count({ search: 'narasumber' })).toBe(1);
    expect(await count({ search: 'REALISASI' })).toBe(2);
    expect(await count({ reason: { contains: 'ketiga' } })).toBe(1);
    expect(await count({ decisionReason: { isNull: true } })).toBe(1);
    expect(await count({ predikat: [rules.predikatOf('ABOVE', 'ABOVE')], behaviourRating: ['ABOVE'] })).toBe(1);
    expect(await count({ previousPredikat: [q1.predikat], id: [upheldId] })).toBe(1);
    expect(await count({ decider: { name: { eq: 'Kepala Dinas' } } })).toBe(3);
    expect(await count({ employee: { name: { eq: 'Guru Dua' } } })).toBe(0);
    expect(await count({ employee: { supervisor: { name: { eq: 'Kepala Sekolah' } } } })).toBe(3);
    expect(await count({ deciderId: [cycle.people.head.id, cycle.people.supervisor.id], assessmentId: [q1.id, q2.id] })).toBe(2);
    expect(await count({ status: [] })).toBe(0);
    expect(await count({ deciderId: 'bukan-id' })).toBe(0);
  });

  it('orders by several keys in either direction and pages through them without gaps or repeats', async () => {
    const ORDERED = `query ($orderBy: [ObjectionOrder!], $first: Int, $after: String) {
      objections(orderBy: $orderBy, first: $first, after: $after) { nodes { id status } pageInfo { hasNextPage endCursor } }
    }`;
    const pages = async (orderBy: unknown[], first: number) => {
      const all: { id: string; status: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const { objections }: Record<string, any> = await app.ok(ORDERED, { orderBy, first, after }, cycle.as.head);
        all.push(...objections.nodes);
        if (!objections.pageInfo.hasNextPage) return all;
        after = objections.pageInfo.endCursor;
      }
    };
    const statuses = async (orderBy: unknown[]) => {
      const paged = await pages(orderBy, 1);
      expect(paged).toEqual(await pages(orderBy, 100));
      expect(new Set(paged.map((o) => o.id)).size).toBe(3);
      return paged.map((o) => o.status);
    };
    expect(await statuses([{ field: 'STATUS' }, { field: 'DECIDED_AT', direction: 'DESC' }])).toEqual(['CHANGED', 'PENDING', 'UPHELD']);
    expect(await statuses([{ field: 'STATUS', direction: 'DESC' }, { field: 'FILED_AT' }])).toEqual(['UPHELD', 'PENDING', 'CHANGED']);
    // Pending objections (not decided) come last in both directions.
    expect(await statuses([{ field: 'DECIDED_AT' }, { field: 'DEADLINE', direction: 'DESC' }])).toEqual(['UPHELD', 'CHANGED', 'PENDING']);
    expect(await statuses([{ field: 'DECIDED_AT', direction: 'DESC' }, { field: 'DEADLINE' }])).toEqual(['CHANGED', 'UPHELD', 'PENDING']);
    const first = await app.ok(ORDERED, { first: 1 }, cycle.as.head);
    const mixed = await app.gql(ORDERED, { orderBy: [{ field: 'STATUS' }, { field: 'FILED_AT' }], first: 1, after: first.objections.pageInfo.endCursor }, cycle.as.head);
    expect(error(mixed)?.extensions?.problems).toEqual([expect.objectContaining({ field: 'after', code: 'BAD_CURSOR' })]);
  });

  it('keeps the read scope, whatever or-filters try, in a number of statements that does not grow with the rows', async () => {
    const LIST = `query ($filter: ObjectionFilter, $first: Int) { objections(filter: $filter, first: $first, orderBy: [{ field: DECIDED_AT }]) {
      totalCount nodes { id decider { name } employee { name supervisor { name } } assessment { subPeriod { name } } } } }`;
    const escape = { or: [{ employeeId: [cycle.people.staff.id] }, { deciderId: [cycle.people.head.id] }, { search: '' }, { not: { status: [] } }] };
    const total = async (who: keyof Cycle['as']) => (await app.ok(LIST, { filter: escape, first: 100 }, cycle.as[who])).objections.totalCount;
    // The employee, their supervisor (the team) and the head they are addressed to read them; nobody else.
    for (const who of ['staff', 'supervisor', 'head', 'hr'] as const) expect(await total(who), who).toBe(3);
    for (const who of ['staff2', 'other', 'otherStaff'] as const) expect(await total(who), who).toBe(0);
    const one = await app.countStatements(() => app.ok(LIST, { filter: escape, first: 1 }, cycle.as.head));
    expect(await app.countStatements(() => app.ok(LIST, { filter: escape, first: 100 }, cycle.as.head))).toBe(one);
  });
});
