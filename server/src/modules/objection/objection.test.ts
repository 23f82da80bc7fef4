import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStaff, planAnswers, type SubmittedAssessment } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, fixtureNip, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { EmploymentType, Sex } from '../organisation/organisation.enums.js';
import { hasPendingObjection } from './objection-file.service.js';
import { Objection } from './objection.entity.js';

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
const file = (
  assessmentId: string,
  headers: Record<string, string>,
  reason = 'Realisasi triwulan belum dihitung lengkap.',
) =>
  app.gql(
    `mutation ($input: FileObjectionInput!) { fileObjection(input: $input) { objection { ${FIELDS} } } }`,
    { input: { assessmentId, reason } },
    headers,
  );
const decide = (input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(
    `mutation ($input: DecideObjectionInput!) { decideObjection(input: $input) { objection { ${FIELDS} } } }`,
    { input },
    headers,
  );
const WIB = 'Asia/Jakarta';
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
    expect(error(await file(draft.id, cycle.as.staff))?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      status: 'DRAFT',
    });
    expect(error(await file(cycle.people.staff.id, cycle.as.staff))?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is addressed to the assessor’s own supervisor and keeps the ratings objected to', async () => {
    expect(error(await file(q1.id, cycle.as.staff, '  '))?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'reason', code: 'REQUIRED' }),
    ]);
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
    expect(error(await file(q1.id, cycle.as.staff))?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      objectionId: upheldId,
    });
    await expect(
      app
        .em()
        .getConnection()
        .execute(
          `insert into objection (id, assessment_id, employee_id, reason, filed_at, deadline, previous_work_results_rating, previous_behaviour_rating, previous_predikat)
        select gen_random_uuid(), assessment_id, employee_id, reason, filed_at, deadline, previous_work_results_rating, previous_behaviour_rating, previous_predikat from objection where id = ?`,
          [upheldId],
        ),
    ).rejects.toThrow(/objection_one_per_assessment/);
  });

  it('PP 30/2019: is refused once the 14 calendar days from receiving the result (in WIB) are over, naming the last day', async () => {
    const late = await assessStaff(app, cycle, cycle.quarters[2]!.id);
    // Received at the start of the day 15 days ago (WIB): the last day to object was yesterday.
    const received = rules.startOfDayInZone(rules.addCalendarDays(rules.dateInZone(new Date(), WIB), -15), WIB);
    await app
      .em()
      .getConnection()
      .execute(`update assessment set result_received_at = ? where id = ?`, [received, late.id]);
    const { lastDay, deadline } = rules.objectionWindow(received, WIB);
    const refused = await file(late.id, cycle.as.staff);
    expect(error(refused)?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      deadline: deadline.toISOString(),
      lastDay,
      timeZone: WIB,
    });
    const day = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${lastDay}T00:00:00Z`),
    );
    expect(error(refused)?.message).toBe(
      `Batas waktu keberatan (14 hari kalender sejak hasil penilaian diterima, PP 30/2019) berakhir ${day} pukul 23.59 WIB; keberatan tidak dapat diajukan lagi.`,
    );
    const english = await file(late.id, { ...cycle.as.staff, 'accept-language': 'en' });
    expect(error(english)?.message).toMatch(
      /^The objection window \(14 calendar days from receiving the result, PP 30\/2019\) ended on \d+ \w+ \d{4} at 23:59 WIB; an objection can no longer be filed\.$/,
    );
    const { objectionDeadline } = (
      await app.ok(`{ assessment(id: "${late.id}") { objectionDeadline } }`, {}, cycle.as.staff)
    ).assessment;
    expect(objectionDeadline).toBe(lastDay);
  });

  it('PP 30/2019: is accepted on the last day, counted from the day the result was received (not from submission)', async () => {
    const q3 = await app.em().findOneOrFail(Assessment, { subPeriod: cycle.quarters[2]!.id });
    // Submitted long ago, but received at the start of the day 14 days before tomorrow: the last day is tomorrow.
    await app
      .em()
      .getConnection()
      .execute(`update assessment set submitted_at = submitted_at - interval '60 days' where id = ?`, [q3.id]);
    const received = rules.startOfDayInZone(rules.addCalendarDays(rules.dateInZone(new Date(), WIB), -13), WIB);
    await app
      .em()
      .getConnection()
      .execute(`update assessment set result_received_at = ? where id = ?`, [received, q3.id]);
    const { assessment } = await app.ok(
      `{ assessment(id: "${q3.id}") { resultReceivedAt objectionDeadline } }`,
      {},
      cycle.as.staff,
    );
    expect(assessment).toEqual({
      resultReceivedAt: received.toISOString(),
      objectionDeadline: rules.objectionWindow(received, WIB).lastDay,
    });
    // Nothing is filed yet in this test: the objection of Q3 comes later (the lists below count on it).
  });
});

describe('deciding an objection', () => {
  it('PP 30/2019: is refused to HR, the assessor, the employee, other supervisors — only the atasan pejabat penilai decides', async () => {
    for (const who of ['hr', 'supervisor', 'staff'] as const) {
      expect(
        error(await decide({ objectionId: upheldId, outcome: 'UPHELD' }, cycle.as[who]))?.extensions?.code,
        who,
      ).toBe('FORBIDDEN');
    }
    // Out of their read scope the objection looks missing: NOT_FOUND, with no hint that it exists.
    for (const who of ['other', 'staff2'] as const) {
      expect(
        error(await decide({ objectionId: upheldId, outcome: 'UPHELD' }, cycle.as[who]))?.extensions?.code,
        who,
      ).toBe('NOT_FOUND');
    }
  });

  it('UPHELD keeps the ratings and takes no new ones', async () => {
    const withRating = await decide(
      { objectionId: upheldId, outcome: 'UPHELD', workResultsRating: 'ABOVE' },
      cycle.as.head,
    );
    expect(error(withRating)?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'workResultsRating', code: 'RATING_NOT_ALLOWED' }),
    ]);
    const upheld = await decide(
      { objectionId: upheldId, outcome: 'UPHELD', reason: 'Realisasi sudah sesuai bukti dukung.' },
      cycle.as.head,
    );
    expect(upheld.data!.decideObjection.objection).toMatchObject({
      status: 'UPHELD',
      workResultsRating: null,
      predikat: null,
      decisionReason: 'Realisasi sudah sesuai bukti dukung.',
      assessment: { predikat: q1.predikat },
    });
    expect(await hasPendingObjection(app.em(), q1.id)).toBe(false);
    const stored = await app.em().findOneOrFail(Assessment, { id: q1.id });
    expect(stored.lockVersion).toBe(q1.lockVersion);
  });

  it('is final: a second decision is refused, and the database keeps a decided objection unchanged', async () => {
    const again = await decide(
      { objectionId: upheldId, outcome: 'CHANGED', workResultsRating: 'ABOVE', reason: 'Berubah pikiran.' },
      cycle.as.head,
    );
    expect(error(again)?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionStatus: 'UPHELD' });
    await expect(
      app.em().getConnection().execute(`update objection set decision_reason = 'x' where id = ?`, [upheldId]),
    ).rejects.toThrow(/is decided/);
  });

  it('CHANGED needs a reason and a different rating, then changes the assessment’s ratings and predikat', async () => {
    changedId = (await file(q2.id, cycle.as.staff)).data!.fileObjection.objection.id;
    const noReason = await decide(
      { objectionId: changedId, outcome: 'CHANGED', workResultsRating: 'ABOVE' },
      cycle.as.head,
    );
    expect(error(noReason)?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'reason', code: 'REQUIRED' }),
    ]);
    const same = await decide(
      { objectionId: changedId, outcome: 'CHANGED', workResultsRating: q2.workResultsRating, reason: 'Sama.' },
      cycle.as.head,
    );
    expect(error(same)?.extensions?.problems).toEqual([expect.objectContaining({ code: 'RATINGS_UNCHANGED' })]);

    const expected = rules.predikatOf('ABOVE', 'ABOVE');
    const changed = await decide(
      {
        objectionId: changedId,
        outcome: 'CHANGED',
        workResultsRating: 'ABOVE',
        behaviourRating: 'ABOVE',
        reason: 'Bukti dukung narasumber provinsi belum dinilai.',
      },
      cycle.as.head,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.decideObjection.objection).toMatchObject({
      status: 'CHANGED',
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: expected,
      assessment: { predikat: expected },
    });
    const stored = await app.em().findOneOrFail(Assessment, { id: q2.id });
    expect(stored).toMatchObject({
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: expected,
      ratingReason: 'Bukti dukung narasumber provinsi belum dinilai.',
      lockVersion: q2.lockVersion + 1,
    });
  });

  it('left audit records for the objections and the changed assessment', async () => {
    const actions = async (id: string) =>
      (await app.ok(`{ auditTrail(entityId: "${id}") { action note } }`, {}, cycle.as.hr)).auditTrail.map(
        (r: { action: string }) => r.action,
      );
    expect(await actions(upheldId)).toEqual(['file', 'decide']);
    expect(await actions(changedId)).toEqual(['file', 'decide']);
    expect((await actions(q2.id)).at(-1)).toBe('changeByObjection');
    expect(await actions(q1.id)).not.toContain('changeByObjection');
    // The trail is for those who read across the organisation, not for the decider or the employee.
    expect(error(await app.gql(`{ auditTrail(entityId: "${upheldId}") { action } }`))?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      error(await app.gql(`{ auditTrail(entityId: "${upheldId}") { action } }`, {}, cycle.as.head))?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('lists the objections addressed to a decider, in a constant number of statements', async () => {
    const list = (filter: Record<string, unknown>) =>
      app.ok(
        `query ($filter: ObjectionFilter) { objections(filter: $filter, first: 50) {
        totalCount edges { node { id status decider { name } employee { name } assessment { subPeriod { name } } } } } }`,
        { filter },
        cycle.as.head,
      );
    expect((await list({ deciderId: cycle.people.head.id })).objections.totalCount).toBe(2);
    expect(
      (await list({ deciderId: cycle.people.head.id, status: 'CHANGED' })).objections.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      ),
    ).toEqual([changedId]);
    expect((await list({ deciderId: cycle.people.supervisor.id })).objections.totalCount).toBe(0);
    expect((await list({ employeeId: cycle.people.staff.id, status: 'PENDING' })).objections.totalCount).toBe(0);
    const two = await app.countStatements(() => list({ employeeId: cycle.people.staff.id }));
    const third = await app.ok(
      `mutation { fileObjection(input: { assessmentId: "${(await app.em().findOneOrFail(Assessment, { subPeriod: cycle.quarters[2]!.id })).id}", reason: "Keberatan ketiga." }) { objection { id } } }`,
      {},
      cycle.as.staff,
    );
    expect(third.fileObjection.objection.id).toBeDefined();
    expect(await app.countStatements(() => list({ employeeId: cycle.people.staff.id }))).toBe(two);
    expect((await app.ok(`{ objection(id: "${changedId}") { status } }`, {}, cycle.as.head)).objection.status).toBe(
      'CHANGED',
    );
  });

  // From here on staff has three objections, all addressed to the head: Q1 upheld, Q2 changed, Q3 pending.
  it('combines conditions with and, or, not, in-lists, ranges, text and nested relations', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (
        await app.ok(
          `query ($filter: ObjectionFilter) { objections(filter: $filter, first: 1) { totalCount } }`,
          { filter },
          cycle.as.hr,
        )
      ).objections.totalCount;
    const day = 24 * 3600 * 1000;
    expect(await count({})).toBe(3);
    expect(await count({ or: [{ status: ['PENDING'] }, { workResultsRating: ['ABOVE'] }] })).toBe(2);
    expect(await count({ not: { status: ['PENDING'] } })).toBe(2);
    expect(await count({ and: [{ status: ['UPHELD', 'CHANGED'] }, { not: { id: [changedId] } }] })).toBe(1);
    expect(await count({ decidedAt: { isNull: true } })).toBe(1);
    expect(await count({ decidedAt: { lte: new Date(Date.now() + 60_000).toISOString() } })).toBe(2);
    expect(
      await count({
        filedAt: {
          gte: new Date(Date.now() - 3_600_000).toISOString(),
          lte: new Date(Date.now() + 60_000).toISOString(),
        },
      }),
    ).toBe(3);
    expect(await count({ deadline: { gte: new Date(Date.now() + 13 * day).toISOString() } })).toBe(2);
    expect(await count({ deadline: { lte: new Date(Date.now() + 2 * day).toISOString() } })).toBe(1);
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
    expect(
      await count({ deciderId: [cycle.people.head.id, cycle.people.supervisor.id], assessmentId: [q1.id, q2.id] }),
    ).toBe(2);
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
    expect(await statuses([{ field: 'STATUS' }, { field: 'DECIDED_AT', direction: 'DESC' }])).toEqual([
      'CHANGED',
      'PENDING',
      'UPHELD',
    ]);
    expect(await statuses([{ field: 'STATUS', direction: 'DESC' }, { field: 'FILED_AT' }])).toEqual([
      'UPHELD',
      'PENDING',
      'CHANGED',
    ]);
    // Pending objections (not decided) come last in both directions.
    expect(await statuses([{ field: 'DECIDED_AT' }, { field: 'DEADLINE', direction: 'DESC' }])).toEqual([
      'UPHELD',
      'CHANGED',
      'PENDING',
    ]);
    expect(await statuses([{ field: 'DECIDED_AT', direction: 'DESC' }, { field: 'DEADLINE' }])).toEqual([
      'CHANGED',
      'UPHELD',
      'PENDING',
    ]);
    const first = await app.ok(ORDERED, { first: 1 }, cycle.as.head);
    const mixed = await app.gql(
      ORDERED,
      { orderBy: [{ field: 'STATUS' }, { field: 'FILED_AT' }], first: 1, after: first.objections.pageInfo.endCursor },
      cycle.as.head,
    );
    expect(error(mixed)?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'after', code: 'BAD_CURSOR' }),
    ]);
  });

  it('keeps the read scope, whatever or-filters try, in a number of statements that does not grow with the rows', async () => {
    const LIST = `query ($filter: ObjectionFilter, $first: Int) { objections(filter: $filter, first: $first, orderBy: [{ field: DECIDED_AT }]) {
      totalCount nodes { id decider { name } employee { name supervisor { name } } assessment { subPeriod { name } } } } }`;
    const escape = {
      or: [
        { employeeId: [cycle.people.staff.id] },
        { deciderId: [cycle.people.head.id] },
        { search: '' },
        { not: { status: [] } },
      ],
    };
    const total = async (who: keyof Cycle['as']) =>
      (await app.ok(LIST, { filter: escape, first: 100 }, cycle.as[who])).objections.totalCount;
    // The employee, their supervisor (the team) and the head they are addressed to read them; nobody else.
    for (const who of ['staff', 'supervisor', 'head', 'hr'] as const) expect(await total(who), who).toBe(3);
    for (const who of ['staff2', 'other', 'otherStaff'] as const) expect(await total(who), who).toBe(0);
    const one = await app.countStatements(() => app.ok(LIST, { filter: escape, first: 1 }, cycle.as.head));
    expect(await app.countStatements(() => app.ok(LIST, { filter: escape, first: 100 }, cycle.as.head))).toBe(one);
  });
});

describe('receiving the result (PP 30/2019: the objection window starts when the employee receives it)', () => {
  const RECEIVE = `mutation ($input: ReceiveAssessmentResultInput!) { receiveAssessmentResult(input: $input) { assessment { id resultReceivedAt objectionDeadline } } }`;
  const receive = (assessmentId: string, headers: Record<string, string>) =>
    app.gql(RECEIVE, { input: { assessmentId } }, headers);
  let q4: SubmittedAssessment;

  it('PP 30/2019: is recorded once, by the employee assessed only, and shows the last day to object as a date', async () => {
    q4 = await assessStaff(app, cycle, cycle.quarters[3]!.id, false);
    expect(error(await receive(q4.id, cycle.as.staff))?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      status: 'DRAFT',
    });
    const answers = Object.entries(planAnswers(cycle)).map(([indicatorKey, value]) => ({ indicatorKey, value }));
    await app.ok(
      `mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { id } } }`,
      { input: { assessmentId: q4.id, answers } },
      cycle.as.supervisor,
    );
    const before = (
      await app.ok(`{ assessment(id: "${q4.id}") { resultReceivedAt objectionDeadline } }`, {}, cycle.as.staff)
    ).assessment;
    expect(before).toEqual({ resultReceivedAt: null, objectionDeadline: null });

    for (const who of ['supervisor', 'head', 'hr'] as const)
      expect(error(await receive(q4.id, cycle.as[who]))?.extensions?.code, who).toBe('FORBIDDEN');
    for (const who of ['staff2', 'other'] as const)
      expect(error(await receive(q4.id, cycle.as[who]))?.extensions?.code, who).toBe('NOT_FOUND');

    const first = await receive(q4.id, cycle.as.staff);
    expect(first.errors).toBeUndefined();
    const received = first.data!.receiveAssessmentResult.assessment;
    const window = rules.objectionWindow(new Date(received.resultReceivedAt), WIB);
    expect(received.objectionDeadline).toBe(window.lastDay);
    expect(received.objectionDeadline).toBe(
      rules.addCalendarDays(rules.dateInZone(new Date(received.resultReceivedAt), WIB), 14),
    );
    // Idempotent: a second opening changes nothing and is not audited again.
    expect(
      (await app.ok(RECEIVE, { input: { assessmentId: q4.id } }, cycle.as.staff)).receiveAssessmentResult.assessment,
    ).toEqual(received);
    const trail = (await app.ok(`{ auditTrail(entityId: "${q4.id}") { action actorName } }`, {}, cycle.as.hr))
      .auditTrail;
    expect(trail.filter((r: { action: string }) => r.action === 'receiveResult')).toEqual([
      { action: 'receiveResult', actorName: 'Guru Satu' },
    ]);
  });

  it('PP 30/2019: counts the calendar days in the time zone of the employee’s unit, a valid IANA name', async () => {
    const { unit } = await app.em().findOneOrFail(Employee, { id: cycle.people.staff.id });
    const received = new Date('2026-03-03T16:30:00Z'); // 23:30 WIB on 3 March; 01:30 WIT on 4 March
    await app
      .em()
      .getConnection()
      .execute(`update assessment set result_received_at = ? where id = ?`, [received, q4.id]);
    const deadline = async () =>
      (
        await app.ok(
          `{ assessment(id: "${q4.id}") { objectionDeadline employee { unit { timeZone } } } }`,
          {},
          cycle.as.staff,
        )
      ).assessment;
    expect(await deadline()).toEqual({ objectionDeadline: '2026-03-17', employee: { unit: { timeZone: WIB } } });
    await app.em().getConnection().execute(`update unit set time_zone = 'Asia/Jayapura' where id = ?`, [unit.id]);
    expect((await deadline()).objectionDeadline).toBe('2026-03-18');
    await app.em().getConnection().execute(`update unit set time_zone = ? where id = ?`, [WIB, unit.id]);
    for (const bad of ['WIB', 'Asia/Pangkalpinang', '+07:00', '']) {
      await expect(
        app.em().getConnection().execute(`update unit set time_zone = ? where id = ?`, [bad, unit.id]),
        bad,
      ).rejects.toThrow(/unit_time_zone_known/);
    }
  });

  it('PP 30/2019: the window closes at the end of the last day in WIB, whatever the hour of receipt', async () => {
    // The shared rule, at its edges: received 3 March 23:30 WIB, the last day is 17 March, to 23:59:59 WIB.
    const received = new Date('2026-03-03T23:30:00+07:00');
    expect(rules.objectionWindow(received, WIB).lastDay).toBe('2026-03-17');
    expect(rules.isWithinObjectionWindow(received, new Date('2026-03-17T23:59:00+07:00'), WIB)).toBe(true);
    expect(rules.isWithinObjectionWindow(received, new Date('2026-03-18T00:00:00+07:00'), WIB)).toBe(false);
  });
});

describe('a decided objection is final (PP 30/2019)', () => {
  const reopen = (assessmentId: string, headers: Record<string, string>) =>
    app.gql(
      `mutation ($input: ReopenAssessmentInput!) { reopenAssessment(input: $input) { assessment { id status } } }`,
      { input: { assessmentId, reason: 'Salah input.' } },
      headers,
    );

  it('PP 30/2019: the assessment can no longer be reopened, by the assessor’s supervisor or by HR, and stays as decided', async () => {
    for (const [assessmentId, status] of [
      [q2.id, 'CHANGED'],
      [q1.id, 'UPHELD'],
    ] as const) {
      for (const who of ['head', 'hr'] as const) {
        const refused = error(await reopen(assessmentId, cycle.as[who]));
        expect(refused?.extensions, `${status} as ${who}`).toMatchObject({
          code: 'INVALID_STATE',
          objectionStatus: status,
        });
        expect(refused?.message).toContain(
          'bersifat final (PP 30/2019), sehingga penilaian tidak dapat dibuka kembali',
        );
      }
    }
    const english = error(await reopen(q2.id, { ...cycle.as.head, 'accept-language': 'en' }));
    expect(english?.message).toBe(
      'The objection to this assessment was decided (granted, the ratings were changed); the decision of the assessor’s supervisor is final (PP 30/2019), so the assessment cannot be reopened.',
    );
    // The database keeps it so too.
    await expect(
      app.em().getConnection().execute(`update assessment set status = 'DRAFT' where id = ?`, [q2.id]),
    ).rejects.toThrow(/decided objection/);
    const stored = await app.em().findOneOrFail(Assessment, { id: q2.id });
    expect(stored).toMatchObject({
      status: 'SUBMITTED',
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: rules.predikatOf('ABOVE', 'ABOVE'),
      reopenedCount: 0,
    });
  });

  it('PP 30/2019: a pending objection also keeps the assessment from being reopened', async () => {
    const q3 = await app.em().findOneOrFail(Assessment, { subPeriod: cycle.quarters[2]!.id });
    const refused = error(await reopen(q3.id, cycle.as.head));
    expect(refused?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionStatus: 'PENDING' });
    expect(refused?.message).toContain('keputusannya final (PP 30/2019)');
  });

  it('PP 30/2019: every view shows the decided result, and the objection keeps the ratings before and after', async () => {
    const expected = rules.predikatOf('ABOVE', 'ABOVE');
    const fields = 'id status workResultsRating behaviourRating predikat';
    for (const who of ['staff', 'supervisor', 'head', 'hr'] as const) {
      const byId = (await app.ok(`{ assessment(id: "${q2.id}") { ${fields} } }`, {}, cycle.as[who])).assessment;
      expect(byId, who).toMatchObject({
        status: 'SUBMITTED',
        workResultsRating: 'ABOVE',
        behaviourRating: 'ABOVE',
        predikat: expected,
      });
      const listed = (
        await app.ok(
          `query ($id: ID!) { assessments(filter: { id: [$id] }) { nodes { ${fields} } } }`,
          { id: q2.id },
          cycle.as[who],
        )
      ).assessments.nodes;
      expect(listed, who).toEqual([byId]);
    }
    const { objection } = await app.ok(`{ objection(id: "${changedId}") { ${FIELDS} } }`, {}, cycle.as.staff);
    expect(objection).toMatchObject({
      status: 'CHANGED',
      previousWorkResultsRating: q2.workResultsRating,
      previousBehaviourRating: q2.behaviourRating,
      previousPredikat: q2.predikat,
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: expected,
      assessment: { predikat: expected },
    });
  });

  it('PP 30/2019: a new objection on the same assessment stays refused', async () => {
    expect(error(await file(q2.id, cycle.as.staff))?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      objectionId: changedId,
      objectionStatus: 'CHANGED',
    });
  });
});

describe('handing an objection to another official (PP 30/2019: when the atasan pejabat penilai is absent)', () => {
  const REASSIGN = `mutation ($input: ReassignObjectionInput!) { reassignObjection(input: $input) {
    objection { id status reassignedAt reassignmentReason decider { id name } } } }`;
  const reassign = (input: Record<string, unknown>, headers: Record<string, string>) =>
    app.gql(REASSIGN, { input }, headers);
  const REASON = 'Kepala Dinas sedang cuti besar; Plt Kepala Dinas memutuskan keberatan ini.';
  let pendingId: string;
  let q3Id: string;
  let plt: Employee;
  let asPlt: Record<string, string>;
  let asHrEmployee: Record<string, string>;
  let hrEmployee: Employee;
  let inactive: Employee;

  beforeAll(async () => {
    const em = app.em();
    const { unit, family } = await em.findOneOrFail(Employee, { id: cycle.people.head.id });
    const person = (n: number, name: string, active = true) => {
      const nip = fixtureNip(n);
      const parsed = rules.parseNip(nip);
      if (!parsed.ok) throw new Error('bad nip');
      return em.create(Employee, {
        nip,
        birthDate: parsed.birthDate,
        sex: parsed.sex === 'MALE' ? Sex.MALE : Sex.FEMALE,
        name,
        position: 'Sekretaris Dinas',
        grade: 'IV/a',
        employmentType: EmploymentType.PNS,
        unit,
        family,
        supervisor: null,
        active,
      });
    };
    plt = person(41, 'Plt Kepala Dinas');
    hrEmployee = person(42, 'Pengelola Kinerja');
    inactive = person(43, 'Pensiunan Kepala Dinas', false);
    await em.flush();
    await app.createUser({ username: 'u.plt', employeeId: plt.id, name: plt.name });
    asPlt = await app.login('u.plt');
    await app.createUser({ username: 'u.hr.pegawai', employeeId: hrEmployee.id, roles: ['HR'], name: hrEmployee.name });
    asHrEmployee = await app.login('u.hr.pegawai');
    q3Id = (await em.findOneOrFail(Assessment, { subPeriod: cycle.quarters[2]!.id })).id;
    pendingId = (await app.ok(`{ objections(filter: { status: [PENDING] }) { nodes { id } } }`, {}, cycle.as.hr))
      .objections.nodes[0].id;
  });

  it('PP 30/2019: nobody decides an objection to their own assessment or rating, even when addressed to them', async () => {
    const sql = app.em().getConnection();
    await sql.execute(`update objection set decided_by_id = ? where id = ?`, [cycle.people.supervisor.id, pendingId]);
    expect(
      error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, cycle.as.supervisor))?.extensions?.code,
    ).toBe('FORBIDDEN');
    await sql.execute(`update objection set decided_by_id = ? where id = ?`, [cycle.people.staff.id, pendingId]);
    expect(error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, cycle.as.staff))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    // With nobody to decide it (no supervisor above the assessor), HR still does not decide: it hands it over.
    await sql.execute(`update objection set decided_by_id = null where id = ?`, [pendingId]);
    expect(error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, cycle.as.hr))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await sql.execute(`update objection set decided_by_id = ? where id = ?`, [cycle.people.head.id, pendingId]);
  });

  it('PP 30/2019: is for HR only', async () => {
    for (const who of ['head', 'supervisor', 'staff', 'other'] as const) {
      expect(
        error(await reassign({ objectionId: pendingId, deciderId: plt.id, reason: REASON }, cycle.as[who]))?.extensions
          ?.code,
        who,
      ).toBe('FORBIDDEN');
    }
    expect(
      error(await reassign({ objectionId: pendingId, deciderId: plt.id, reason: REASON }, asPlt))?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('PP 30/2019: is refused (BAD_USER_INPUT) to the HR officer themself, the assessor, the objecting employee, an inactive or unknown employee, without a reason', async () => {
    const problem = async (input: Record<string, unknown>, headers = cycle.as.hr) => {
      const refused = error(await reassign({ objectionId: pendingId, reason: REASON, ...input }, headers));
      expect(refused?.extensions?.code).toBe('BAD_USER_INPUT');
      return (refused?.extensions?.problems as { field: string; code: string; message: string }[])[0]!;
    };
    expect(await problem({ deciderId: hrEmployee.id }, asHrEmployee)).toMatchObject({
      field: 'deciderId',
      code: 'DECIDER_SELF',
    });
    expect(await problem({ deciderId: cycle.people.supervisor.id })).toEqual({
      field: 'deciderId',
      code: 'DECIDER_ASSESSOR',
      message:
        'Pejabat penilai tidak dapat memutuskan keberatan atas penilaiannya sendiri (PP 30/2019); pilih pejabat lain.',
    });
    expect(await problem({ deciderId: cycle.people.staff.id })).toMatchObject({
      field: 'deciderId',
      code: 'DECIDER_EMPLOYEE',
    });
    expect(await problem({ deciderId: inactive.id })).toMatchObject({
      field: 'deciderId',
      code: 'DECIDER_INACTIVE',
      message: 'Pensiunan Kepala Dinas tidak lagi aktif; pilih pegawai aktif.',
    });
    expect(await problem({ deciderId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      field: 'deciderId',
      code: 'DECIDER_NOT_FOUND',
    });
    expect(await problem({ deciderId: cycle.people.head.id })).toMatchObject({
      field: 'deciderId',
      code: 'DECIDER_UNCHANGED',
    });
    expect(await problem({ deciderId: plt.id, reason: '   ' })).toMatchObject({ field: 'reason', code: 'REQUIRED' });
    expect(await problem({ deciderId: plt.id, reason: 'x'.repeat(2001) })).toMatchObject({
      field: 'reason',
      code: 'TOO_LONG',
      message: 'Alasan pengalihan paling banyak 2000 karakter (sekarang 2001).',
    });
    const english = error(
      await reassign(
        { objectionId: pendingId, deciderId: cycle.people.staff.id, reason: REASON },
        { ...cycle.as.hr, 'accept-language': 'en' },
      ),
    );
    expect(english?.message).toBe('The objecting employee cannot decide their own objection; choose another official.');
    expect((await app.em().findOneOrFail(Objection, { id: pendingId })).decidedBy?.id).toBe(cycle.people.head.id);
  });

  it('PP 30/2019: HR hands it to a Plt with a recorded reason; the Plt then reads it, the assessment and its evidence, and decides', async () => {
    // Before: the Plt reads nothing of it.
    expect((await app.ok(`{ objection(id: "${pendingId}") { id } }`, {}, asPlt)).objection).toBeNull();
    expect((await app.ok(`{ assessment(id: "${q3Id}") { id } }`, {}, asPlt)).assessment).toBeNull();
    expect(error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, asPlt))?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    const handed = await reassign({ objectionId: pendingId, deciderId: plt.id, reason: `  ${REASON} ` }, cycle.as.hr);
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.reassignObjection.objection).toMatchObject({
      status: 'PENDING',
      reassignmentReason: REASON,
      reassignedAt: expect.any(String),
      decider: { id: plt.id, name: 'Plt Kepala Dinas' },
    });
    const trail = (
      await app.ok(`{ auditTrail(entityId: "${pendingId}") { action note before after } }`, {}, cycle.as.hr)
    ).auditTrail;
    expect(trail.at(-1)).toMatchObject({
      action: 'reassign',
      note: REASON,
      before: { deciderId: cycle.people.head.id },
      after: { deciderId: plt.id },
    });

    // The original decider no longer decides it; HR still does not.
    expect(error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, cycle.as.head))?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(error(await decide({ objectionId: pendingId, outcome: 'UPHELD' }, cycle.as.hr))?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    // The Plt reads the objection, the assessment with its evidence and feedback, by id and in lists.
    const listed = await app.ok(
      `query ($id: ID!) {
      objections(filter: { deciderId: [$id] }) { totalCount nodes { id reassignmentReason } }
      assessments(filter: { id: ["${q3Id}"] }) { totalCount nodes { id predikat realisations { id evidenceUrl } } }
      assessmentAnswers(filter: { assessmentId: ["${q3Id}"] }) { totalCount }
      assessment(id: "${q3Id}") { id predikat answers { indicatorKey } employee { name } }
    }`,
      { id: plt.id },
      asPlt,
    );
    expect(listed.objections).toEqual({ totalCount: 1, nodes: [{ id: pendingId, reassignmentReason: REASON }] });
    expect(listed.assessments.totalCount).toBe(1);
    expect(listed.assessmentAnswers.totalCount).toBeGreaterThan(0);
    expect(listed.assessment).toMatchObject({ id: q3Id, employee: { name: 'Guru Satu' } });
    expect(listed.assessment.answers.length).toBeGreaterThan(0);
    // Nothing else of the team: other assessments of the same employee stay out of sight.
    expect((await app.ok(`{ assessments { totalCount } }`, {}, asPlt)).assessments.totalCount).toBe(1);
    expect((await app.ok(`{ assessment(id: "${q1.id}") { id } }`, {}, asPlt)).assessment).toBeNull();

    const decided = await decide(
      { objectionId: pendingId, outcome: 'UPHELD', reason: 'Rating sudah sesuai bukti dukung.' },
      asPlt,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideObjection.objection).toMatchObject({
      status: 'UPHELD',
      decider: { name: 'Plt Kepala Dinas' },
    });
    expect(
      (await app.ok(`{ auditTrail(entityId: "${pendingId}") { action actorName } }`, {}, cycle.as.hr)).auditTrail.map(
        (r: { action: string }) => r.action,
      ),
    ).toEqual(['file', 'reassign', 'decide']);
    // Decided: it can be neither handed over again nor reopened; the Plt still reads what they decided.
    expect(
      error(await reassign({ objectionId: pendingId, deciderId: cycle.people.other.id, reason: REASON }, cycle.as.hr))
        ?.extensions,
    ).toMatchObject({
      code: 'INVALID_STATE',
      objectionStatus: 'UPHELD',
    });
    const reopened = await app.gql(
      `mutation { reopenAssessment(input: { assessmentId: "${q3Id}", reason: "Dibuka ulang." }) { assessment { id } } }`,
      {},
      cycle.as.hr,
    );
    expect(error(reopened)?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionStatus: 'UPHELD' });
    expect(
      await app.ok(`{ objection(id: "${pendingId}") { status } assessment(id: "${q3Id}") { id } }`, {}, asPlt),
    ).toEqual({ objection: { status: 'UPHELD' }, assessment: { id: q3Id } });
  });
});
