import { shallowIntrospectionQuery } from '@kinerja/shared';
import { buildClientSchema, getIntrospectionQuery, printType, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { getSchema } from '../../app/schema.js';
import { SavedQuery } from './saved-query.entity.js';

type Headers = Record<string, string>;

const FIELDS = 'id name description query variables shared version ownerName mine createdAt updatedAt';
const SAVE = `mutation ($input: SaveSavedQueryInput!) { saveSavedQuery(input: $input) { savedQuery { ${FIELDS} } } }`;
const DELETE = 'mutation ($id: ID!) { deleteSavedQuery(id: $id) { deletedId } }';
const ONE = `query ($id: ID!) { savedQuery(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: SavedQueryFilter, $first: Int, $after: String) {
  savedQueries(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name shared mine ownerName } } pageInfo { hasNextPage endCursor } }
}`;
const FAMILIES = 'query Families { jobFamilies { id code name } }';

let app: TestApp;
let ani: Headers;
let budi: Headers;
let hr: Headers;
let employee: Headers;

beforeAll(async () => {
  app = await startTestApp();
  await seedFamilies(app.em());
  await app.createUser({ username: 'ani', roles: ['ANALYST'], name: 'Ani Analis' });
  await app.createUser({ username: 'budi', roles: ['ANALYST'], name: 'Budi Analis' });
  ani = await app.login('ani');
  budi = await app.login('budi');
  hr = await app.signInAs('HR');
  employee = await app.signInAs();
});
afterAll(() => app.close());

const save = (input: Record<string, unknown>, as: Headers) => app.gql(SAVE, { input }, as);
const problems = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0]?.extensions?.problems ?? []) as { field: string; code: string; message: string }[];

describe('saved queries: create, update, delete', () => {
  it('an analyst saves a query (in a normal transaction despite the read-only session), changes it, deletes it, each audited', async () => {
    const created = await app.ok(
      SAVE,
      {
        input: {
          name: '  Rumpun jabatan  ',
          description: 'Semua rumpun',
          query: FAMILIES,
          variables: { a: 1 },
          shared: false,
        },
      },
      ani,
    );
    const saved = created.saveSavedQuery.savedQuery;
    expect(saved).toMatchObject({
      name: 'Rumpun jabatan',
      description: 'Semua rumpun',
      query: FAMILIES,
      variables: { a: 1 },
      shared: false,
      version: 1,
      ownerName: 'Ani Analis',
      mine: true,
    });

    const updated = await app.ok(
      SAVE,
      { input: { id: saved.id, expectedVersion: 1, name: 'Rumpun', query: '{ jobFamilies { code } }', shared: true } },
      ani,
    );
    expect(updated.saveSavedQuery.savedQuery).toMatchObject({
      id: saved.id,
      name: 'Rumpun',
      description: null,
      variables: null,
      shared: true,
      version: 2,
    });
    expect(await app.ok(ONE, { id: saved.id }, ani)).toMatchObject({ savedQuery: { name: 'Rumpun', version: 2 } });

    expect(await app.ok(DELETE, { id: saved.id }, ani)).toEqual({ deleteSavedQuery: { deletedId: saved.id } });
    expect(await app.ok(ONE, { id: saved.id }, ani)).toEqual({ savedQuery: null });
    expect(await app.em().count(SavedQuery, { id: saved.id })).toBe(0);
    const audit = await app
      .em()
      .find(AuditRecord, { entityType: 'SavedQuery', entityId: saved.id }, { orderBy: { seq: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[0]!.actorName).toBe('Ani Analis');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { saveSavedQuery } = await app.ok(SAVE, { input: { name: 'Versi', query: FAMILIES } }, ani);
    const id = saveSavedQuery.savedQuery.id;
    await app.ok(
      SAVE,
      { input: { id, expectedVersion: 1, name: 'Versi', query: FAMILIES, description: 'kedua' } },
      ani,
    );
    const stale = await save({ id, expectedVersion: 1, name: 'Versi lama', query: FAMILIES }, ani);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await app.em().findOneOrFail(SavedQuery, { id })).name).toBe('Versi');
  });

  it('keeps names unique per owner, ignoring case (NAME_TAKEN), but not across owners', async () => {
    await app.ok(SAVE, { input: { name: 'Laporan Triwulan', query: FAMILIES } }, ani);
    const again = await save({ name: 'laporan TRIWULAN', query: FAMILIES }, ani);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems(again)).toEqual([
      { field: 'name', code: 'NAME_TAKEN', message: "Anda sudah punya kueri tersimpan bernama 'laporan TRIWULAN'." },
    ]);
    // Renaming another one onto it is refused too.
    const other = await app.ok(SAVE, { input: { name: 'Laporan lain', query: FAMILIES } }, ani);
    const rename = await save(
      { id: other.saveSavedQuery.savedQuery.id, name: 'LAPORAN TRIWULAN', query: FAMILIES },
      ani,
    );
    expect(problems(rename)[0]?.code).toBe('NAME_TAKEN');
    // Another analyst may use the same name.
    await app.ok(SAVE, { input: { name: 'Laporan Triwulan', query: FAMILIES } }, budi);
  });

  it('validates name, query and variables with stable codes, in the request’s language', async () => {
    const blank = await save({ name: ' ', query: FAMILIES }, ani);
    expect(problems(blank).map((p) => [p.field, p.code])).toEqual([['name', 'REQUIRED']]);
    const long = await save({ name: 'x'.repeat(121), query: FAMILIES }, ani);
    expect(problems(long).map((p) => [p.field, p.code])).toEqual([['name', 'TOO_LONG']]);

    const unknownField = await app.gql(
      SAVE,
      { input: { name: 'Salah', query: '{ jobFamilies { nope } }' } },
      { ...ani, 'accept-language': 'en' },
    );
    expect(problems(unknownField)).toEqual([
      {
        field: 'query',
        code: 'GRAPHQL_INVALID',
        message:
          'The GraphQL query is not valid: Cannot query field "nope" on type "JobFamily". Did you mean "code" or "name"? (1:17)',
      },
    ]);
    const syntax = await save({ name: 'Salah', query: '{ jobFamilies { ' }, ani);
    expect(problems(syntax)[0]).toMatchObject({ field: 'query', code: 'GRAPHQL_INVALID' });
    expect(problems(syntax)[0]!.message).toMatch(/^Kueri GraphQL tidak valid: Syntax Error/);

    const two = await save({ name: 'Dua', query: 'query A { viewer { id } } query B { viewer { id } }' }, ani);
    expect(problems(two).map((p) => p.code)).toEqual(['SINGLE_OPERATION']);
    const tooBig = await save({ name: 'Besar', query: `{ viewer { id } }\n#${'x'.repeat(20_000)}` }, ani);
    expect(problems(tooBig).map((p) => p.code)).toEqual(['TOO_LONG']);

    for (const variables of [[1, 2], 'teks', 3]) {
      const result = await save({ name: 'Variabel', query: FAMILIES, variables }, ani);
      expect(problems(result).map((p) => [p.field, p.code])).toEqual([['variables', 'NOT_AN_OBJECT']]);
    }
    expect(await app.em().count(SavedQuery, { name: { $in: ['Salah', 'Dua', 'Besar', 'Variabel'] } })).toBe(0);
  });

  it('refuses mutation (and subscription) text: only a query can be kept', async () => {
    const mutation = await save({ name: 'Ubah', query: 'mutation { logout }' }, ani);
    expect(problems(mutation)).toEqual([
      { field: 'query', code: 'QUERY_ONLY', message: 'Hanya operasi query yang dapat disimpan, bukan mutation.' },
    ]);
    const subscription = await save({ name: 'Langganan', query: 'subscription { x }' }, ani);
    expect(problems(subscription).map((p) => p.code)).toEqual(['QUERY_ONLY']);
  });
});

describe('saved queries: who reads and who changes', () => {
  let shared: string;
  let secret: string;
  beforeAll(async () => {
    shared = (await app.ok(SAVE, { input: { name: 'Bersama', query: FAMILIES, shared: true } }, budi)).saveSavedQuery
      .savedQuery.id;
    secret = (await app.ok(SAVE, { input: { name: 'Rahasia', query: FAMILIES, shared: false } }, budi)).saveSavedQuery
      .savedQuery.id;
  });

  it('shows a shared query to another analyst (and HR), but only its owner changes or deletes it', async () => {
    expect((await app.ok(ONE, { id: shared }, ani)).savedQuery).toMatchObject({
      name: 'Bersama',
      shared: true,
      mine: false,
      ownerName: 'Budi Analis',
    });
    expect((await app.ok(ONE, { id: shared }, hr)).savedQuery).toMatchObject({ name: 'Bersama' });
    const change = await save({ id: shared, name: 'Dibajak', query: FAMILIES }, ani);
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const remove = await app.gql(DELETE, { id: shared }, ani);
    expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.em().findOneOrFail(SavedQuery, { id: shared })).name).toBe('Bersama');
  });

  it('keeps a private query invisible to others: it reads, changes and deletes like a missing one', async () => {
    expect(await app.ok(ONE, { id: secret }, ani)).toEqual({ savedQuery: null });
    expect((await save({ id: secret, name: 'Dibajak', query: FAMILIES }, ani)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await app.gql(DELETE, { id: secret }, ani)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(DELETE, { id: 'bukan-id' }, ani)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const names = (await app.ok(LIST, { first: 100 }, ani)).savedQueries.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );
    expect(names).toContain('Bersama');
    expect(names).not.toContain('Rahasia');
    expect((await app.ok(ONE, { id: secret }, budi)).savedQuery).toMatchObject({ name: 'Rahasia', mine: true });
  });

  it('lists by name a page at a time, filtered by search, mine and shared', async () => {
    const all = await app.ok(LIST, { first: 2 }, budi);
    expect(all.savedQueries.edges).toHaveLength(2);
    expect(all.savedQueries.pageInfo.hasNextPage).toBe(true);
    const rest = await app.ok(LIST, { first: 100, after: all.savedQueries.pageInfo.endCursor }, budi);
    const names = [...all.savedQueries.edges, ...rest.savedQueries.edges].map(
      (e: { node: { name: string } }) => e.node.name,
    );
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(all.savedQueries.totalCount);

    const mineShared = await app.ok(LIST, { filter: { mine: true, shared: true } }, budi);
    expect(mineShared.savedQueries.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Bersama']);
    const others = await app.ok(LIST, { filter: { mine: false } }, ani);
    expect(
      others.savedQueries.edges.every(
        (e: { node: { mine: boolean; shared: boolean } }) => !e.node.mine && e.node.shared,
      ),
    ).toBe(true);
    const search = await app.ok(LIST, { filter: { search: 'rahas' } }, budi);
    expect(search.savedQueries.totalCount).toBe(1);
    expect((await app.ok(LIST, { filter: { search: 'rahas' } }, ani)).savedQueries.totalCount).toBe(0);
  });

  it('refuses employees and anonymous callers before anything runs', async () => {
    for (const document of [LIST, ONE]) {
      const result = await app.gql(document, { id: shared }, employee);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await save({ name: 'Pegawai', query: FAMILIES }, employee)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(DELETE, { id: shared }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await save({ name: 'Anonim', query: FAMILIES }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('still refuses an analyst’s other mutations, also when sent together with a save', async () => {
    const analystAndHr = await app.signInAs('ANALYST', 'HR');
    const create = await app.gql(
      'mutation { createJobFamily(input: { code: "bidan", name: "Bidan", nameEn: "Midwife" }) { family { id } } saveSavedQuery(input: { name: "x", query: "{ viewer { id } }" }) { savedQuery { id } } }',
      {},
      analystAndHr,
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.em().count(SavedQuery, { name: 'x' })).toBe(0);
  });
});

describe('the explorer’s schema documentation', () => {
  it('answers introspection at any depth, refuses a data query as deep, and the explorer’s query (GraphiQL’s, with a shallower TypeRef) describes the whole schema', async () => {
    // The standard query is 15 deep, beyond the depth limit, which does not apply to pure introspection;
    // a data query as deep is still refused.
    const standard = await app.gql(getIntrospectionQuery({ inputValueDeprecation: true }), {}, ani);
    expect(standard.errors).toBeUndefined();
    const mixed = await app.gql(
      getIntrospectionQuery().replace('query IntrospectionQuery {', 'query IntrospectionQuery { viewer { id }'),
      {},
      ani,
    );
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP' });
    const result = await app.gql<IntrospectionQuery>(
      shallowIntrospectionQuery(getIntrospectionQuery({ inputValueDeprecation: true })),
      {},
      ani,
    );
    expect(result.errors).toBeUndefined();
    const client = buildClientSchema(result.data!);
    const server = await getSchema();
    expect(Object.keys(client.getTypeMap()).sort()).toEqual(Object.keys(server.getTypeMap()).sort());
    for (const type of ['Query', 'Mutation', 'AssessmentStatisticsGroup', 'SavedQuery']) {
      expect(printType(client.getType(type)!)).toBe(printType(server.getType(type)!));
    }
  });
});
