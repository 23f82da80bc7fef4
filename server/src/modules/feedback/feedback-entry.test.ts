import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { WorkResult } from '../work-plan/work-result.entity.js';

let app: TestApp;
let cycle: Cycle;
let resultId: string;
beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  resultId = (await app.em().findOneOrFail(WorkResult, { plan: cycle.plan.id, position: 0 })).id;
});
afterAll(() => app.close());

const add = (input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(
    `mutation ($input: AddFeedbackInput!) { addFeedback(input: $input) { entry { id text valueCode author { name } workResult { id } } } }`,
    { input: { employeeId: cycle.people.staff.id, periodId: cycle.period.id, ...input } },
    headers,
  );
const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const ids: string[] = [];

describe('continuous feedback', () => {
  it('is written by the employee and their direct supervisor, about the plan, a work result or a BerAKHLAK value', async () => {
    const own = await add({ text: '  Laporan triwulan sudah saya unggah.  ' }, cycle.as.staff);
    expect(own.data!.addFeedback.entry).toMatchObject({
      text: 'Laporan triwulan sudah saya unggah.',
      valueCode: null,
      author: { name: 'Guru Satu' },
      workResult: null,
    });
    const onResult = await add(
      { workResultId: resultId, text: 'Ketuntasan belajar kelas 5 naik, pertahankan.' },
      cycle.as.supervisor,
    );
    expect(onResult.data!.addFeedback.entry).toMatchObject({
      author: { name: 'Kepala Sekolah' },
      workResult: { id: resultId },
    });
    const onValue = await add(
      { valueCode: 'akuntabel', text: 'Laporan keuangan BOS tepat waktu.' },
      cycle.as.supervisor,
    );
    expect(onValue.data!.addFeedback.entry.valueCode).toBe('akuntabel');
    ids.push(own.data!.addFeedback.entry.id, onResult.data!.addFeedback.entry.id, onValue.data!.addFeedback.entry.id);
  });

  it('is refused to anyone else: the supervisor’s supervisor, another team, HR, a colleague, nobody', async () => {
    for (const who of ['hr'] as const) {
      expect(code(await add({ text: 'Catatan.' }, cycle.as[who])), who).toBe('FORBIDDEN');
    }
    // Out of their read scope the employee looks missing: NOT_FOUND, with no hint that they exist.
    for (const who of ['head', 'other', 'otherStaff', 'staff2'] as const) {
      expect(code(await add({ text: 'Catatan.' }, cycle.as[who])), who).toBe('NOT_FOUND');
    }
    expect(code(await add({ text: 'Catatan.' }, {}))).toBe('UNAUTHENTICATED');
  });

  it('checks its input and names the field to fix', async () => {
    const problems = async (input: Record<string, unknown>) =>
      (
        (await add(input, cycle.as.supervisor)).errors?.[0]?.extensions?.problems as { field: string; code: string }[]
      ).map((p) => `${p.field}:${p.code}`);
    expect(await problems({ text: '   ' })).toEqual(['text:REQUIRED']);
    expect(await problems({ text: 'x'.repeat(2001) })).toEqual(['text:TOO_LONG']);
    expect(await problems({ text: 'ok', valueCode: 'jujur' })).toEqual(['valueCode:VALUE_UNKNOWN']);
    expect(await problems({ text: 'ok', valueCode: 'loyal', workResultId: resultId })).toEqual([
      'valueCode:ONE_SUBJECT',
    ]);
    expect(await problems({ text: 'ok', workResultId: cycle.people.staff.id })).toEqual([
      'workResultId:WORK_RESULT_UNKNOWN',
    ]);
    const english = await app.gql(
      `mutation ($input: AddFeedbackInput!) { addFeedback(input: $input) { entry { id } } }`,
      { input: { employeeId: cycle.people.staff.id, periodId: cycle.period.id, text: 'ok', valueCode: 'jujur' } },
      { ...cycle.as.supervisor, 'accept-language': 'en' },
    );
    expect(english.errors?.[0]?.message).toBe("'jujur' is not a BerAKHLAK value code.");
    expect(code(await add({ text: 'ok', periodId: cycle.people.staff.id }, cycle.as.supervisor))).toBe('NOT_FOUND');
  });

  it('is listed newest first, filtered and paginated, in a constant number of statements', async () => {
    const list = (filter: Record<string, unknown>, extra = '') =>
      app.ok(
        `query ($filter: FeedbackEntryFilter) { feedbackEntries(filter: $filter, first: 2${extra}) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id text author { name } employee { name } period { year } workResult { title } } } } }`,
        { filter },
        cycle.as.supervisor,
      );
    const first = (await list({ employeeId: cycle.people.staff.id, periodId: cycle.period.id })).feedbackEntries;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await list({ employeeId: cycle.people.staff.id }, `, after: "${first.pageInfo.endCursor}"`))
      .feedbackEntries;
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await list({ workResultId: resultId })).feedbackEntries.totalCount).toBe(1);
    expect((await list({ employeeId: cycle.people.staff2.id })).feedbackEntries.totalCount).toBe(0);
    expect((await list({ employeeId: 'bukan-id' })).feedbackEntries.totalCount).toBe(0);

    const query = `{ feedbackEntries(first: 50) { edges { node { author { name } employee { name } period { year } workResult { title } } } } }`;
    const three = await app.countStatements(() => app.ok(query, {}, cycle.as.supervisor));
    for (let i = 0; i < 3; i++) await add({ workResultId: resultId, text: `Catatan ${i}` }, cycle.as.staff);
    const six = await app.countStatements(() => app.ok(query, {}, cycle.as.supervisor));
    expect(six).toBe(three);
  });

  // From here on: six entries about staff (their own, two of the supervisor's — on a result and on a value —
  // and three of their own on the result), one of the supervisor about staff2, one of `other` about otherStaff.
  it('combines conditions with and, or, not, in-lists, ranges, text and nested relations', async () => {
    await add({ employeeId: cycle.people.staff2.id, text: 'Bagus, pertahankan.' }, cycle.as.supervisor);
    await add({ employeeId: cycle.people.otherStaff.id, text: 'Catatan tim lain.' }, cycle.as.other);
    const { staff, staff2, supervisor } = cycle.people;
    const count = async (filter: Record<string, unknown>) =>
      (
        await app.ok(
          `query ($filter: FeedbackEntryFilter) { feedbackEntries(filter: $filter, first: 1) { totalCount } }`,
          { filter },
          cycle.as.hr,
        )
      ).feedbackEntries.totalCount;
    expect(await count({})).toBe(8);
    expect(
      await count({ employeeId: [staff.id], or: [{ valueCode: { isNull: false } }, { authorId: [supervisor.id] }] }),
    ).toBe(2);
    expect(await count({ employeeId: [staff.id], not: { authorId: [staff.id] } })).toBe(2);
    expect(await count({ and: [{ employeeId: [staff.id, staff2.id] }, { not: { authorId: [staff.id] } }] })).toBe(3);
    expect(await count({ employeeId: [staff.id], search: 'CATATAN' })).toBe(3);
    expect(await count({ search: 'catatan' })).toBe(4);
    expect(await count({ text: { startsWith: 'laporan' } })).toBe(2);
    expect(await count({ text: { contains: '100%' } })).toBe(0);
    expect(await count({ valueCode: { in: ['akuntabel', 'loyal'] } })).toBe(1);
    expect(await count({ author: { name: { eq: 'Kepala Sekolah' } } })).toBe(3);
    expect(await count({ employee: { name: { eq: 'Guru Dua' } } })).toBe(1);
    expect(
      await count({ employee: { supervisor: { name: { eq: 'Kepala Sekolah' } } }, periodId: [cycle.period.id] }),
    ).toBe(7);
    expect(await count({ createdAt: { gt: new Date(Date.now() + 60_000).toISOString() } })).toBe(0);
    expect(
      await count({
        createdAt: { gte: new Date(Date.now() - 3_600_000).toISOString(), lte: new Date().toISOString() },
      }),
    ).toBe(8);
    expect(await count({ workResultId: [] })).toBe(0);
    expect(await count({ or: [] })).toBe(0);
  });

  it('orders by several keys in either direction and pages through them without gaps or repeats', async () => {
    const ORDERED = `query ($orderBy: [FeedbackEntryOrder!], $first: Int, $after: String) {
      feedbackEntries(orderBy: $orderBy, first: $first, after: $after) { nodes { id valueCode createdAt } pageInfo { hasNextPage endCursor } }
    }`;
    type Row = { id: string; valueCode: string | null; createdAt: string };
    const pages = async (orderBy: unknown[], first: number) => {
      const all: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const { feedbackEntries }: Record<string, any> = await app.ok(ORDERED, { orderBy, first, after }, cycle.as.hr);
        all.push(...feedbackEntries.nodes);
        if (!feedbackEntries.pageInfo.hasNextPage) return all;
        after = feedbackEntries.pageInfo.endCursor;
      }
    };
    for (const [direction, other] of [
      ['ASC', 'DESC'],
      ['DESC', 'ASC'],
    ] as const) {
      const paged = await pages(
        [
          { field: 'VALUE_CODE', direction },
          { field: 'CREATED_AT', direction: other },
        ],
        2,
      );
      expect(new Set(paged.map((e) => e.id)).size).toBe(8);
      expect(paged).toEqual(
        await pages(
          [
            { field: 'VALUE_CODE', direction },
            { field: 'CREATED_AT', direction: other },
          ],
          100,
        ),
      );
      // The one entry about a value first, in either direction (entries about none come last).
      expect(paged[0]!.valueCode).toBe('akuntabel');
      const times = paged.slice(1).map((e) => Date.parse(e.createdAt));
      expect(times).toEqual([...times].sort((x, y) => (x - y) * (other === 'ASC' ? 1 : -1)));
    }
    const first = await app.ok(ORDERED, { first: 1 }, cycle.as.hr);
    const mixed = await app.gql(
      ORDERED,
      {
        orderBy: [{ field: 'VALUE_CODE' }, { field: 'CREATED_AT' }],
        first: 1,
        after: first.feedbackEntries.pageInfo.endCursor,
      },
      cycle.as.hr,
    );
    expect(mixed.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'after', code: 'BAD_CURSOR' }),
    ]);
  });

  it('keeps the read scope, whatever or-filters try, in a number of statements that does not grow with the rows', async () => {
    const { staff, staff2, otherStaff } = cycle.people;
    const LIST = `query ($filter: FeedbackEntryFilter, $first: Int) { feedbackEntries(filter: $filter, first: $first, orderBy: [{ field: VALUE_CODE }]) {
      totalCount nodes { employee { id name supervisor { name } } author { name } period { year } workResult { title } } } }`;
    const escape = {
      or: [
        { employeeId: [staff.id, otherStaff.id] },
        { search: '' },
        { author: { name: { contains: 'a' } } },
        { not: { id: [] } },
      ],
    };
    const seen = async (who: keyof Cycle['as']) => {
      const { feedbackEntries } = await app.ok(LIST, { filter: escape, first: 100 }, cycle.as[who]);
      expect(feedbackEntries.nodes).toHaveLength(feedbackEntries.totalCount);
      return [...new Set(feedbackEntries.nodes.map((e: { employee: { id: string } }) => e.employee.id))].sort();
    };
    expect(await seen('staff2')).toEqual([staff2.id]);
    expect(await seen('staff')).toEqual([staff.id]);
    expect(await seen('otherStaff')).toEqual([otherStaff.id]);
    expect(await seen('supervisor')).toEqual([staff.id, staff2.id].sort());
    expect(await seen('head')).toEqual([]);
    expect(await seen('hr')).toHaveLength(3);
    // Seven rows or nine: the same statements.
    const seven = await app.countStatements(() => app.ok(LIST, { filter: escape, first: 100 }, cycle.as.supervisor));
    for (let i = 0; i < 2; i++) await add({ workResultId: resultId, text: `Tambahan ${i}` }, cycle.as.staff);
    expect((await app.ok(LIST, { filter: escape, first: 100 }, cycle.as.supervisor)).feedbackEntries.totalCount).toBe(
      9,
    );
    expect(await app.countStatements(() => app.ok(LIST, { filter: escape, first: 100 }, cycle.as.supervisor))).toBe(
      seven,
    );
  });

  it('leaves an audit record for every entry', async () => {
    for (const id of ids) {
      const trail = await app.ok(`{ auditTrail(entityId: "${id}") { action after } }`, {}, cycle.as.hr);
      expect(trail.auditTrail).toEqual([expect.objectContaining({ action: 'add' })]);
    }
    // The trail is for those who read across the organisation.
    expect(code(await app.gql(`{ auditTrail(entityId: "${ids[0]}") { action } }`))).toBe('UNAUTHENTICATED');
    expect(code(await app.gql(`{ auditTrail(entityId: "${ids[0]}") { action } }`, {}, cycle.as.supervisor))).toBe(
      'FORBIDDEN',
    );
  });

  it('is refused once the period is closed', async () => {
    await app
      .em()
      .getConnection()
      .execute(`update period set state = 'CLOSED', closed_at = now() where id = ?`, [cycle.period.id]);
    const result = await add({ text: 'Terlambat.' }, cycle.as.supervisor);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', periodState: 'CLOSED' });
    expect(result.errors?.[0]?.message).toBe('Periode 2026 sudah ditutup; umpan balik tidak dapat ditambahkan lagi.');
  });

  it('the database refuses an entry about both a result and a value, or a text over 2000 characters', async () => {
    const sql = app.em().getConnection();
    const insert = (workResult: string | null, value: string | null, text: string) =>
      sql.execute(
        `insert into feedback_entry (id, employee_id, period_id, work_result_id, value_code, text, author_id, created_at)
                   values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now())`,
        [cycle.people.staff.id, cycle.period.id, workResult, value, text, cycle.people.staff.id],
      );
    await expect(insert(resultId, 'loyal', 'x')).rejects.toThrow(/feedback_entry_one_subject/);
    await expect(insert(null, null, 'x'.repeat(2001))).rejects.toThrow(/feedback_entry_text_length/);
    await expect(insert(null, 'jujur', 'x')).rejects.toThrow(/feedback_entry_value_known/);
  });
});
