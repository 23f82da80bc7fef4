import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { createEmployee, createUnit, validNip } from './organisation-fixtures.js';

// `GET /export/saved/:id` reads the saved query as the `savedQuery` query does, through the same pipeline: whoever
// `savedQuery` refuses (no explorer role) gets the same refusal from the export; owner and explorers still export.

let app: TestApp;
const as: Record<'owner' | 'hr' | 'admin' | 'employee' | 'supervisor', Record<string, string>> = {} as never;
let shared: string;
let secret: string;

const SAVE = 'mutation ($input: SaveSavedQueryInput!) { saveSavedQuery(input: $input) { savedQuery { id } } }';

beforeAll(async () => {
  app = await startTestApp();
  as.owner = await app.signInAs('ANALYST');
  as.hr = await app.signInAs('HR');
  as.admin = await app.signInAs('ADMIN');
  const unitId = await createUnit(app, as.admin, { code: 'uji_ekspor_simpan' });
  const family = await app.ok(
    'mutation ($input: CreateJobFamilyInput!) { createJobFamily(input: $input) { family { id } } }',
    { input: { code: 'uji_ekspor', name: 'Uji Ekspor', nameEn: 'Export test' } },
    as.hr,
  );
  const familyId: string = family.createJobFamily.family.id;
  // EMPLOYEE and SUPERVISOR come from the employee record (a supervisor has subordinates), not from stored roles.
  const person = async (i: number, username: string, supervisorId: string | null) => {
    const employeeId = await createEmployee(app, as.admin, {
      nip: validNip(i),
      name: `Pegawai ${username}`,
      unitId,
      familyId,
      supervisorId,
    });
    await app.createUser({ username, employeeId });
    return { employeeId, headers: await app.login(username) };
  };
  const boss = await person(1, 'atasan', null);
  as.supervisor = boss.headers;
  as.employee = (await person(2, 'pegawai', boss.employeeId)).headers;
  const query = '{ units(first: 5) { nodes { code name } } }';
  shared = (await app.ok(SAVE, { input: { name: 'Unit bersama', query, shared: true } }, as.owner)).saveSavedQuery
    .savedQuery.id;
  secret = (await app.ok(SAVE, { input: { name: 'Unit pribadi', query, shared: false } }, as.owner)).saveSavedQuery
    .savedQuery.id;
});
afterAll(() => app?.close());

const exportSaved = (id: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/export/saved/${id}?format=csv`, { headers });
const savedQuery = (id: string, headers: Record<string, string> = {}) =>
  app.gql('query ($id: ID!) { savedQuery(id: $id) { id } }', { id }, headers);

describe('export of a saved query follows the savedQuery permission', () => {
  it.each([
    ['an employee without an explorer role', 'employee', 'id'],
    ['a supervisor without an explorer role', 'supervisor', 'en'],
  ] as const)(
    '%s: savedQuery refuses, and so does the export, with the same code and message',
    async (_who, who, language) => {
      const headers = { ...as[who], 'accept-language': language };
      const refusal = (await savedQuery(shared, headers)).errors?.[0];
      expect(refusal?.extensions?.code).toBe('FORBIDDEN');
      const response = await exportSaved(shared, headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: refusal!.message } });
    },
  );

  it('the two are what they claim: an employee and a supervisor', async () => {
    expect((await app.ok('{ viewer { roles } }', {}, as.employee)).viewer.roles).toEqual(['EMPLOYEE']);
    expect((await app.ok('{ viewer { roles } }', {}, as.supervisor)).viewer.roles).toEqual(
      expect.arrayContaining(['EMPLOYEE', 'SUPERVISOR']),
    );
  });

  it('anonymous: both ask to sign in', async () => {
    expect((await savedQuery(shared)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const response = await exportSaved(shared);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });

  it.each(['owner', 'hr', 'admin'] as const)('%s (an explorer) exports the shared query', async (who) => {
    expect((await savedQuery(shared, as[who])).data?.savedQuery).toEqual({ id: shared });
    const response = await exportSaved(shared, as[who]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('a private one: the owner exports it; to another explorer it is missing in both', async () => {
    expect((await exportSaved(secret, as.owner)).status).toBe(200);
    expect((await savedQuery(secret, as.hr)).data?.savedQuery).toBeNull();
    const response = await exportSaved(secret, as.hr);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('an id that is not an id is missing, not a failure', async () => {
    expect((await exportSaved('not-a-uuid', as.hr)).status).toBe(404);
  });
});
