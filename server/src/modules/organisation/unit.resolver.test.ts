import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { CREATE_UNIT, createEmployee, createUnit, problemCode, validNip } from '../../../test/organisation-fixtures.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { Unit } from './unit.entity.js';

let app: TestApp;
let guruId: string;
/** Units and employees are kept by the administrator. */
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signInAs('ADMIN');
  guruId = (await seedFamilies(app.em())).find((f) => f.code === 'guru')!.id;
});
afterAll(() => app.close());

const UPDATE = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id code name kind head { name } parent { code } } } }`;

describe('units', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.kec = await createUnit(app, admin, { code: 'kec_gerunggang', name: 'Kecamatan Gerunggang' });
    ids.kel = await createUnit(app, admin, {
      code: 'kel_bukit_sari',
      name: 'Kelurahan Bukit Sari',
      kind: 'KELURAHAN',
      parentId: ids.kec,
    });
    ids.sek = await createUnit(app, admin, {
      code: 'sekretariat',
      name: 'Sekretariat',
      kind: 'SEKRETARIAT',
      parentId: ids.kec,
    });
    ids.seksi = await createUnit(app, admin, {
      code: 'seksi_pem',
      name: 'Seksi Pemerintahan',
      kind: 'SEKSI',
      parentId: ids.kec,
    });
    ids.sd = await createUnit(app, admin, { code: 'sdn_12', name: 'SD Negeri 12 Pangkalpinang', kind: 'SEKOLAH' });
  });

  it('lists the tree in order: parents first, siblings by kind then name, with depth and path', async () => {
    const { units } = await app.ok(
      `{ units: unitTree { code depth path head { id } parent { code } children { code } } }`,
      {},
      admin,
    );
    expect(units.map((u: { code: string; depth: number }) => `${u.depth}:${u.code}`)).toEqual([
      '0:kec_gerunggang',
      '1:sekretariat',
      '1:seksi_pem',
      '1:kel_bukit_sari',
      '0:sdn_12',
    ]);
    expect(units[3]).toMatchObject({
      path: ['kec_gerunggang', 'kel_bukit_sari'],
      head: null,
      parent: { code: 'kec_gerunggang' },
    });
    expect(units[0].children.map((c: { code: string }) => c.code).sort()).toEqual([
      'kel_bukit_sari',
      'sekretariat',
      'seksi_pem',
    ]);
  });

  it('finds one unit by id with its active employees; null for an unknown or malformed id', async () => {
    await createEmployee(app, admin, {
      nip: validNip(1),
      name: 'Guru Satu',
      unitId: ids.sd!,
      familyId: guruId,
      grade: 'III/a',
    });
    const { unit } = await app.ok(
      `query ($id: ID!) { unit(id: $id) { name employees { name } } }`,
      { id: ids.sd },
      admin,
    );
    expect(unit).toEqual({ name: 'SD Negeri 12 Pangkalpinang', employees: [{ name: 'Guru Satu' }] });
    expect((await app.ok(`{ unit(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, admin)).unit).toBeNull();
    expect((await app.ok(`{ unit(id: "x") { id } }`, {}, admin)).unit).toBeNull();
  });

  it('refuses a bad code, a blank name, and a kelurahan without parent, all at once', async () => {
    const result = await app.gql(CREATE_UNIT, { input: { code: 'Kel Baru', name: ' ', kind: 'KELURAHAN' } }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'code', code: 'CODE_FORMAT' },
        { field: 'name', code: 'REQUIRED' },
        { field: 'parentId', code: 'PARENT_REQUIRED' },
      ],
    });
  });

  it('is kept by the administrator only: anonymous callers must sign in, other roles are refused, nothing is stored', async () => {
    const input = { code: 'kel_tanpa_admin', name: 'Tanpa Admin', kind: 'KECAMATAN' };
    expect((await app.gql(CREATE_UNIT, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(CREATE_UNIT, { input }, await app.signInAs('HR'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await app.gql(UPDATE, { input: { id: ids.kec, name: 'Diubah' } }, await app.signInAs('HR'))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await app.em().count(Unit, { code: 'kel_tanpa_admin' })).toBe(0);
    expect((await app.em().findOneOrFail(Unit, { id: ids.kec })).name).toBe('Kecamatan Gerunggang');
  });

  it('refuses a duplicate code with CONFLICT and an unknown parent with NOT_FOUND', async () => {
    expect(
      problemCode(
        await app.gql(CREATE_UNIT, { input: { code: 'kec_gerunggang', name: 'Lagi', kind: 'KECAMATAN' } }, admin),
      ),
    ).toBe('CONFLICT');
    const unknown = await app.gql(
      CREATE_UNIT,
      {
        input: { code: 'kel_baru', name: 'Baru', kind: 'KELURAHAN', parentId: '00000000-0000-4000-8000-000000000000' },
      },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
  });

  it('moves and renames a unit, and refuses a parent below itself (API and SQL)', async () => {
    const moved = await app.ok(UPDATE, { input: { id: ids.seksi, parentId: ids.sek, name: 'Subbagian Umum' } }, admin);
    expect(moved.updateUnit.unit).toMatchObject({
      name: 'Subbagian Umum',
      head: null,
      parent: { code: 'sekretariat' },
    });
    for (const parentId of [ids.seksi, ids.sek]) {
      const result = await app.gql(UPDATE, { input: { id: ids.kec, parentId } }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ problems: [{ field: 'parentId', code: 'PARENT_CYCLE' }] });
    }
    const sql = app.em().getConnection();
    await expect(sql.execute('update unit set parent_id = ? where id = ?', [ids.seksi, ids.kec])).rejects.toThrow(
      /would form a cycle/,
    );
    await expect(sql.execute('update unit set parent_id = id where id = ?', [ids.kec])).rejects.toThrow(
      /unit_not_own_parent|cycle/,
    );
    await expect(sql.execute(`update unit set parent_id = null where id = ?`, [ids.kel])).rejects.toThrow(
      /unit_kind_needs_parent/,
    );
    expect((await app.em().findOneOrFail(Unit, { id: ids.kec })).parent).toBeNull();
  });

  it('writes an audit record for creation and for each update', async () => {
    const id = await createUnit(app, admin, {
      code: 'kel_tua_tunu',
      name: 'Kelurahan Tua Tunu',
      kind: 'KELURAHAN',
      parentId: ids.kec,
    });
    await app.ok(UPDATE, { input: { id, name: 'Kel. Tua Tunu' } }, admin);
    await app.ok(UPDATE, { input: { id } }, admin); // no change: no record
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action entityType before after } }`,
      { id },
      admin,
    );
    expect(auditTrail).toEqual([
      {
        action: 'create',
        entityType: 'Unit',
        before: null,
        after: expect.objectContaining({
          code: 'kel_tua_tunu',
          name: 'Kelurahan Tua Tunu',
          kind: 'KELURAHAN',
          parentId: ids.kec,
          headId: null,
        }),
      },
      expect.objectContaining({
        action: 'update',
        before: expect.objectContaining({ name: 'Kelurahan Tua Tunu' }),
        after: expect.objectContaining({ name: 'Kel. Tua Tunu' }),
      }),
    ]);
  });

  it('has no single organisational rating any more: the capaian kinerja organisasi is recorded per sub-period (SE MenPANRB 3/2023)', async () => {
    const result = await app.gql(UPDATE, { input: { id: ids.kel, rating: 'ISTIMEWA' } }, admin);
    expect(result.errors?.[0]?.message).toContain('Field "rating" is not defined by type "UpdateUnitInput"');
    const columns = await app
      .em()
      .getConnection()
      .execute(
        `select column_name from information_schema.columns where table_name = 'unit' and column_name = 'rating'`,
      );
    expect(columns).toEqual([]);
  });
});
