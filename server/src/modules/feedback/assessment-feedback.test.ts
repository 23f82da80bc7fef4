import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStaff, type SubmittedAssessment } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

let app: TestApp;
let cycle: Cycle;
let draft: SubmittedAssessment;
beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  draft = await assessStaff(app, cycle, cycle.quarters[0]!.id, false);
});
afterAll(() => app.close());

const FIELDS = `id strengths areasToImprove lockVersion acknowledgedAt author { name } acknowledgedBy { name }
  developmentActions { id position kind description targetDate status }`;
const actions = [
  { kind: 'TRAINING', description: 'Diklat asesmen diagnostik', targetDate: '2026-08-31' },
  { kind: 'MENTORING', description: 'Pendampingan oleh guru senior', targetDate: '2026-06-30' },
];
const save = (input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(
    `mutation ($input: SaveAssessmentFeedbackInput!) { saveAssessmentFeedback(input: $input) { feedback { ${FIELDS} } } }`,
    {
      input: {
        assessmentId: draft.id,
        strengths: 'Disiplin dan teliti.',
        areasToImprove: 'Variasi metode mengajar.',
        developmentActions: actions,
        ...input,
      },
    },
    headers,
  );
const acknowledge = (input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(
    `mutation ($input: AcknowledgeFeedbackInput!) { acknowledgeFeedback(input: $input) { feedback { ${FIELDS} } } }`,
    {
      input: { assessmentId: draft.id, ...input },
    },
    headers,
  );
const error = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];
let feedbackId: string;

describe('final feedback on an assessment', () => {
  it('cannot be written before the assessment is submitted', async () => {
    expect(error(await save({}, cycle.as.supervisor))?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      status: 'DRAFT',
    });
    expect(error(await acknowledge({}, cycle.as.staff))?.extensions?.code).toBe('INVALID_STATE');
    await assessStaff(app, cycle, cycle.quarters[0]!.id);
  });

  it('is written by the assessor only', async () => {
    for (const who of ['staff', 'head', 'hr'] as const) {
      expect(error(await save({}, cycle.as[who]))?.extensions?.code, who).toBe('FORBIDDEN');
    }
    // Out of their read scope the assessment looks missing: NOT_FOUND, with no hint that it exists.
    expect(error(await save({}, cycle.as.other))?.extensions?.code).toBe('NOT_FOUND');
    const written = await save({}, cycle.as.supervisor);
    expect(written.errors).toBeUndefined();
    const feedback = written.data!.saveAssessmentFeedback.feedback;
    feedbackId = feedback.id;
    expect(feedback).toMatchObject({ lockVersion: 1, acknowledgedAt: null, author: { name: 'Kepala Sekolah' } });
    expect(feedback.developmentActions).toEqual([
      expect.objectContaining({ position: 0, kind: 'TRAINING', targetDate: '2026-08-31', status: 'PLANNED' }),
      expect.objectContaining({ position: 1, kind: 'MENTORING', status: 'PLANNED' }),
    ]);
  });

  it('is edited with the version read; a stale or blind save gets CONFLICT and changes nothing', async () => {
    const edited = await save(
      { expectedLockVersion: 1, strengths: 'Disiplin, teliti, dan komunikatif.', developmentActions: [actions[1]] },
      cycle.as.supervisor,
    );
    expect(edited.data!.saveAssessmentFeedback.feedback).toMatchObject({
      lockVersion: 2,
      strengths: 'Disiplin, teliti, dan komunikatif.',
    });
    expect(edited.data!.saveAssessmentFeedback.feedback.developmentActions).toHaveLength(1);

    expect(
      error(await save({ expectedLockVersion: 1, strengths: 'Lama' }, cycle.as.supervisor))?.extensions,
    ).toMatchObject({ code: 'CONFLICT', currentLockVersion: 2 });
    expect(error(await save({ strengths: 'Tanpa versi' }, cycle.as.supervisor))?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentLockVersion: 2,
    });
    const stored = await app.ok(
      `{ assessmentFeedback(assessmentId: "${draft.id}") { strengths lockVersion } }`,
      {},
      cycle.as.supervisor,
    );
    expect(stored.assessmentFeedback).toEqual({ strengths: 'Disiplin, teliti, dan komunikatif.', lockVersion: 2 });
  });

  it('checks its input', async () => {
    const result = await save(
      {
        expectedLockVersion: 2,
        strengths: ' ',
        developmentActions: [{ ...actions[0], description: 'x'.repeat(1001) }],
      },
      cycle.as.supervisor,
    );
    expect(
      (error(result)?.extensions?.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`),
    ).toEqual(['strengths:REQUIRED', 'developmentActions.0.description:TOO_LONG']);
  });

  it('is acknowledged by the employee only, then locked', async () => {
    for (const who of ['supervisor', 'head', 'hr'] as const) {
      expect(error(await acknowledge({}, cycle.as[who]))?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(error(await acknowledge({ expectedLockVersion: 1 }, cycle.as.staff))?.extensions?.code).toBe('CONFLICT');
    const acknowledged = await acknowledge({ expectedLockVersion: 2 }, cycle.as.staff);
    expect(acknowledged.data!.acknowledgeFeedback.feedback).toMatchObject({
      lockVersion: 3,
      acknowledgedBy: { name: 'Guru Satu' },
    });
    expect(acknowledged.data!.acknowledgeFeedback.feedback.acknowledgedAt).not.toBeNull();

    const late = await save({ expectedLockVersion: 3 }, cycle.as.supervisor);
    expect(error(late)?.extensions?.code).toBe('INVALID_STATE');
    expect(error(late)?.message).toBe('Umpan balik akhir sudah dikonfirmasi pegawai dan terkunci.');
    expect(error(await acknowledge({}, cycle.as.staff))?.extensions?.code).toBe('INVALID_STATE');
  });

  it('stays as acknowledged in the database too; only an action’s progress may change', async () => {
    const sql = app.em().getConnection();
    await expect(
      sql.execute(`update assessment_feedback set strengths = 'Diubah' where id = ?`, [feedbackId]),
    ).rejects.toThrow(/acknowledged and cannot be changed/);
    await expect(sql.execute(`delete from development_action where feedback_id = ?`, [feedbackId])).rejects.toThrow(
      /acknowledged feedback/,
    );
    await expect(
      sql.execute(`update development_action set description = 'Lain' where feedback_id = ?`, [feedbackId]),
    ).rejects.toThrow(/acknowledged feedback/);
  });

  it('lets the employee or the assessor mark a development action done, also after acknowledgement', async () => {
    const { assessmentFeedback } = await app.ok(
      `{ assessmentFeedback(assessmentId: "${draft.id}") { developmentActions { id } } }`,
      {},
      cycle.as.staff,
    );
    const actionId = assessmentFeedback.developmentActions[0].id;
    const mark = (status: string, headers: Record<string, string>) =>
      app.gql(
        `mutation ($input: SetDevelopmentActionStatusInput!) { setDevelopmentActionStatus(input: $input) { action { status doneAt } } }`,
        { input: { actionId, status } },
        headers,
      );
    expect(error(await mark('DONE', cycle.as.head))?.extensions?.code).toBe('FORBIDDEN');
    // Out of their read scope the action looks missing: NOT_FOUND, with no hint that it exists.
    expect(error(await mark('DONE', cycle.as.other))?.extensions?.code).toBe('NOT_FOUND');
    const done = await mark('DONE', cycle.as.staff);
    expect(done.data!.setDevelopmentActionStatus.action.status).toBe('DONE');
    expect(done.data!.setDevelopmentActionStatus.action.doneAt).not.toBeNull();
    expect((await mark('PLANNED', cycle.as.supervisor)).data!.setDevelopmentActionStatus.action).toEqual({
      status: 'PLANNED',
      doneAt: null,
    });
    expect((await mark('DONE', cycle.as.staff)).errors).toBeUndefined();
    const trail = await app.ok(`{ auditTrail(entityId: "${actionId}") { action } }`, {}, cycle.as.hr);
    expect(trail.auditTrail.map((r: { action: string }) => r.action)).toEqual(['setStatus', 'setStatus', 'setStatus']);
  });

  it('left an audit record for every change', async () => {
    const trail = await app.ok(`{ auditTrail(entityId: "${feedbackId}") { action before after } }`, {}, cycle.as.hr);
    expect(trail.auditTrail.map((r: { action: string }) => r.action)).toEqual(['create', 'save', 'acknowledge']);
    expect(trail.auditTrail[1].before.strengths).toBe('Disiplin dan teliti.');
    // The trail is for those who read across the organisation, not for the assessor or the employee.
    expect(error(await app.gql(`{ auditTrail(entityId: "${feedbackId}") { action } }`))?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      error(await app.gql(`{ auditTrail(entityId: "${feedbackId}") { action } }`, {}, cycle.as.supervisor))?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('lists development actions by employee and status, earliest target first, in a constant number of statements', async () => {
    const list = (filter: Record<string, unknown>) =>
      app.ok(
        `query ($filter: DevelopmentActionFilter) { developmentActions(filter: $filter, first: 50) {
        totalCount edges { node { description status employee { name } feedback { author { name } assessment { subPeriod { name } } } } } } }`,
        { filter },
        cycle.as.hr,
      );
    const one = await app.countStatements(() => list({ employeeId: cycle.people.staff.id }));
    expect((await list({ employeeId: cycle.people.staff.id })).developmentActions.totalCount).toBe(1);
    expect((await list({ employeeId: cycle.people.staff.id, status: 'PLANNED' })).developmentActions.totalCount).toBe(
      0,
    );
    expect((await list({ employeeId: cycle.people.staff2.id })).developmentActions.totalCount).toBe(0);

    const q2 = await assessStaff(app, cycle, cycle.quarters[1]!.id);
    await app.ok(
      `mutation ($input: SaveAssessmentFeedbackInput!) { saveAssessmentFeedback(input: $input) { feedback { id } } }`,
      {
        input: {
          assessmentId: q2.id,
          strengths: 'Tekun.',
          areasToImprove: 'Administrasi kelas.',
          developmentActions: actions,
        },
      },
      cycle.as.supervisor,
    );
    const three = await list({ employeeId: cycle.people.staff.id });
    expect(three.developmentActions.edges.map((e: { node: { description: string } }) => e.node.description)).toEqual([
      'Pendampingan oleh guru senior',
      'Pendampingan oleh guru senior',
      'Diklat asesmen diagnostik',
    ]);
    expect(await app.countStatements(() => list({ employeeId: cycle.people.staff.id }))).toBe(one);
  });

  // From here on staff has three actions: the Q1 mentoring (done), and the Q2 mentoring (2026-06-30) and
  // training (2026-08-31), both planned.
  it('combines conditions on development actions with and, or, not, in-lists, ranges, text and nested relations', async () => {
    const { staff, staff2 } = cycle.people;
    const count = async (filter: Record<string, unknown>) =>
      (
        await app.ok(
          `query ($filter: DevelopmentActionFilter) { developmentActions(filter: $filter, first: 1) { totalCount } }`,
          { filter },
          cycle.as.hr,
        )
      ).developmentActions.totalCount;
    expect(await count({})).toBe(3);
    expect(await count({ employeeId: [staff.id], or: [{ status: ['DONE'] }, { kind: ['TRAINING'] }] })).toBe(2);
    expect(await count({ not: { kind: ['MENTORING'] } })).toBe(1);
    expect(await count({ and: [{ kind: ['MENTORING', 'COACHING'] }, { status: ['PLANNED'] }] })).toBe(1);
    expect(await count({ targetDate: { gte: '2026-07-01' } })).toBe(1);
    expect(await count({ targetDate: { gte: '2026-06-30', lt: '2026-07-01' } })).toBe(2);
    expect(await count({ doneAt: { isNull: false } })).toBe(1);
    expect(await count({ doneAt: { lte: new Date(Date.now() + 60_000).toISOString() } })).toBe(1);
    expect(await count({ search: 'GURU SENIOR' })).toBe(2);
    expect(await count({ description: { startsWith: 'diklat' } })).toBe(1);
    expect(await count({ employee: { name: { eq: 'Guru Satu' } } })).toBe(3);
    expect(await count({ employee: { supervisorId: [staff.id] } })).toBe(0);
    expect(await count({ employeeId: [staff2.id, 'bukan-id'] })).toBe(0);
    expect(await count({ assessmentId: [draft.id] })).toBe(1);
    expect(await count({ feedbackId: [feedbackId], status: ['DONE'] })).toBe(1);
    expect(await count({ status: [] })).toBe(0);
    // A single value is still accepted where a list is expected (input coercion).
    expect(await count({ employeeId: staff.id, status: 'DONE' })).toBe(1);
  });

  it('orders development actions by several keys in either direction, page by page, without gaps or repeats', async () => {
    const ORDERED = `query ($orderBy: [DevelopmentActionOrder!], $first: Int, $after: String) {
      developmentActions(orderBy: $orderBy, first: $first, after: $after) { nodes { id status targetDate doneAt } pageInfo { hasNextPage endCursor } }
    }`;
    type Row = { id: string; status: string; targetDate: string; doneAt: string | null };
    const pages = async (orderBy: unknown[], first: number) => {
      const all: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const { developmentActions }: Record<string, any> = await app.ok(
          ORDERED,
          { orderBy, first, after },
          cycle.as.hr,
        );
        all.push(...developmentActions.nodes);
        if (!developmentActions.pageInfo.hasNextPage) return all;
        after = developmentActions.pageInfo.endCursor;
      }
    };
    const asc = await pages([{ field: 'STATUS' }, { field: 'TARGET_DATE', direction: 'DESC' }], 1);
    expect(asc.map((a) => [a.status, a.targetDate])).toEqual([
      ['DONE', '2026-06-30'],
      ['PLANNED', '2026-08-31'],
      ['PLANNED', '2026-06-30'],
    ]);
    const desc = await pages([{ field: 'STATUS', direction: 'DESC' }, { field: 'TARGET_DATE' }], 1);
    expect(desc.map((a) => [a.status, a.targetDate])).toEqual([
      ['PLANNED', '2026-06-30'],
      ['PLANNED', '2026-08-31'],
      ['DONE', '2026-06-30'],
    ]);
    // Not yet done comes last in both directions.
    for (const direction of ['ASC', 'DESC']) {
      const byDone = await pages(
        [
          { field: 'DONE_AT', direction },
          { field: 'TARGET_DATE', direction },
        ],
        1,
      );
      expect(byDone).toEqual(
        await pages(
          [
            { field: 'DONE_AT', direction },
            { field: 'TARGET_DATE', direction },
          ],
          100,
        ),
      );
      expect(byDone.map((a) => a.status)).toEqual(['DONE', 'PLANNED', 'PLANNED']);
      expect(new Set(byDone.map((a) => a.id)).size).toBe(3);
    }
    const first = await app.ok(ORDERED, { first: 1 }, cycle.as.hr);
    const mixed = await app.gql(
      ORDERED,
      {
        orderBy: [{ field: 'KIND' }, { field: 'POSITION' }],
        first: 1,
        after: first.developmentActions.pageInfo.endCursor,
      },
      cycle.as.hr,
    );
    expect(mixed.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'after', code: 'BAD_CURSOR' }),
    ]);
  });

  it('keeps the read scope of development actions, whatever or-filters try, in a number of statements that does not grow with the rows', async () => {
    const LIST = `query ($filter: DevelopmentActionFilter, $first: Int) { developmentActions(filter: $filter, first: $first, orderBy: [{ field: DONE_AT }]) {
      totalCount nodes { employee { name } feedback { author { name } assessment { subPeriod { name } } } } } }`;
    const escape = {
      or: [
        { employeeId: [cycle.people.staff.id] },
        { search: '' },
        { employee: { name: { contains: 'guru' } } },
        { not: { status: [] } },
      ],
    };
    const total = async (who: keyof Cycle['as']) =>
      (await app.ok(LIST, { filter: escape, first: 100 }, cycle.as[who])).developmentActions.totalCount;
    expect(await total('staff')).toBe(3);
    expect(await total('supervisor')).toBe(3);
    // The head reads the assessments their direct subordinates made, and so their recommendations.
    expect(await total('head')).toBe(3);
    for (const who of ['staff2', 'other', 'otherStaff'] as const) expect(await total(who), who).toBe(0);
    const one = await app.countStatements(() => app.ok(LIST, { filter: escape, first: 1 }, cycle.as.supervisor));
    expect(await app.countStatements(() => app.ok(LIST, { filter: escape, first: 100 }, cycle.as.supervisor))).toBe(
      one,
    );
  });
});
