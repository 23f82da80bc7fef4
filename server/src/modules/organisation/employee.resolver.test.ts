import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  CREATE_EMPLOYEE,
  createEmployee,
  createUnit,
  problemCode,
  UPDATE_EMPLOYEE,
  validNip,
} from '../../../test/organisation-fixtures.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { Employee } from './employee.entity.js';

let app: TestApp;
const family: Record<string, string> = {};
let kecamatanId: string;
let kelurahanId: string;
/** Units and employees are kept by the administrator. */
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signInAs('ADMIN');
  for (const f of await seedFamilies(app.em())) family[f.code] = f.id;
  kecamatanId = await createUnit(app, admin, { code: 'kec_uji', name: 'Kecamatan Uji' });
  kelurahanId = await createUnit(app, admin, {
    code: 'kel_uji',
    name: 'Kelurahan Uji',
    kind: 'KELURAHAN',
    parentId: kecamatanId,
  });
});
afterAll(() => app.close());

let next = 0;
const employee = (name: string, extra: Partial<Parameters<typeof createEmployee>[1]> = {}) =>
  createEmployee(app, admin, {
    nip: validNip(next++),
    name,
    unitId: kelurahanId,
    familyId: family.pelaksana_administrasi!,
    ...extra,
  });

describe('employees: NIP and field validation', () => {
  it('stores a valid NIP (spaces ignored) with the birth date and sex it encodes', async () => {
    const data = await app.ok(
      CREATE_EMPLOYEE,
      {
        input: {
          nip: '19850412 201001 2 003',
          name: '  Siti Rahmawati  ',
          position: 'Pengadministrasi Umum',
          grade: 'iii/A',
          employmentType: 'PNS',
          unitId: kelurahanId,
          familyId: family.pelaksana_administrasi,
        },
      },
      admin,
    );
    expect(data.createEmployee.employee).toMatchObject({
      nip: '198504122010012003',
      nipFormatted: '19850412 201001 2 003',
      birthDate: '1985-04-12',
      sex: 'FEMALE',
      appointment: '2010-01',
      name: 'Siti Rahmawati',
      grade: 'III/a',
      active: true,
      unit: { code: 'kel_uji' },
      family: { code: 'pelaksana_administrasi' },
      supervisor: null,
    });
  });

  it('accepts a PPPK with a PPPK grade and the same NIP shape', async () => {
    const data = await app.ok(
      CREATE_EMPLOYEE,
      {
        input: {
          nip: validNip(500, 2),
          name: 'Wulan',
          position: 'Guru Ahli Pertama',
          grade: 'ix',
          employmentType: 'PPPK',
          unitId: kelurahanId,
          familyId: family.guru,
        },
      },
      admin,
    );
    expect(data.createEmployee.employee).toMatchObject({ employmentType: 'PPPK', grade: 'IX', sex: 'FEMALE' });
  });

  it.each([
    ['a birth date that does not exist', '198502302010011003', 'NIP_BIRTH_DATE_INVALID'],
    ['a sex digit other than 1 or 2', '198504122010013003', 'NIP_SEX_INVALID'],
    ['a wrong length', '19850412201001100', 'NIP_LENGTH'],
    ['letters', '19850412201001100X', 'NIP_NOT_DIGITS'],
    ['an appointment month 13', '198504122010131003', 'NIP_APPOINTMENT_INVALID'],
  ])('refuses %s with BAD_USER_INPUT on the nip field, and stores nothing', async (_case, nip, code) => {
    const before = await app.em().count(Employee);
    const result = await app.gql(
      CREATE_EMPLOYEE,
      {
        input: {
          nip,
          name: 'X',
          position: 'Y',
          grade: 'II/a',
          employmentType: 'PNS',
          unitId: kelurahanId,
          familyId: family.guru,
        },
      },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'nip', code }],
    });
    expect(await app.em().count(Employee)).toBe(before);
  });

  it('reports every problem at once, in English when asked', async () => {
    const result = await app.gql(
      CREATE_EMPLOYEE,
      {
        input: {
          nip: '198502302010013003',
          name: ' ',
          position: 'Y',
          grade: 'III/a',
          employmentType: 'PPPK',
          unitId: kelurahanId,
          familyId: family.guru,
        },
      },
      { ...admin, 'accept-language': 'en' },
    );
    const problems = result.errors?.[0]?.extensions?.problems as { field: string; code: string; message: string }[];
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'nip:NIP_BIRTH_DATE_INVALID',
      'nip:NIP_SEX_INVALID',
      'name:REQUIRED',
      'grade:GRADE_INVALID',
    ]);
    expect(problems[2]!.message).toBe('Employee name is required.');
  });

  it('refuses a NIP already registered with CONFLICT', async () => {
    const nip = validNip(next++);
    await employee('Pertama', { nip });
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const result = await app.gql(
      CREATE_EMPLOYEE,
      {
        input: {
          nip: spaced,
          name: 'Kedua',
          position: 'Y',
          grade: 'II/a',
          employmentType: 'PNS',
          unitId: kelurahanId,
          familyId: family.guru,
        },
      },
      admin,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'nip' });
    expect(result.errors?.[0]?.message).toBe(`NIP ${nip} sudah terdaftar untuk pegawai lain.`);
  });

  it('refuses unknown or malformed unit, family and supervisor ids with NOT_FOUND', async () => {
    const base = {
      nip: validNip(next++),
      name: 'X',
      position: 'Y',
      grade: 'II/a',
      employmentType: 'PNS',
      unitId: kelurahanId,
      familyId: family.guru,
    };
    for (const change of [
      { unitId: '00000000-0000-4000-8000-000000000000' },
      { familyId: 'nope' },
      { supervisorId: '00000000-0000-4000-8000-000000000001' },
    ]) {
      const result = await app.gql(CREATE_EMPLOYEE, { input: { ...base, ...change } }, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: Object.keys(change)[0] });
    }
  });
});

describe('employees are kept by the administrator', () => {
  it('asks anonymous callers to sign in and refuses other roles, storing and changing nothing', async () => {
    const input = {
      nip: validNip(900),
      name: 'Tanpa Admin',
      position: 'Y',
      grade: 'II/a',
      employmentType: 'PNS',
      unitId: kelurahanId,
      familyId: family.guru,
    };
    const before = await app.em().count(Employee);
    expect((await app.gql(CREATE_EMPLOYEE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(CREATE_EMPLOYEE, { input }, await app.signInAs('HR'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const id = await employee('Tetap');
    expect(
      (await app.gql(UPDATE_EMPLOYEE, { input: { id, name: 'Diubah' } }, await app.signInAs('HR'))).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await app.em().count(Employee)).toBe(before + 1);
    expect((await app.em().findOneOrFail(Employee, { id })).name).toBe('Tetap');
  });
});

describe('supervisor chains never form a cycle', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    a = await employee('Atasan A');
    b = await employee('Bawahan B', { supervisorId: a });
    c = await employee('Bawahan C', { supervisorId: b });
  });

  it.each([
    ['self', () => ({ id: a, supervisorId: a })],
    ['direct (A under B while B is under A)', () => ({ id: a, supervisorId: b })],
    ['three long (A under C while C is under B under A)', () => ({ id: a, supervisorId: c })],
  ])('refuses a %s cycle through the API with SUPERVISOR_CYCLE, changing nothing', async (_case, input) => {
    const result = await app.gql(UPDATE_EMPLOYEE, { input: input() }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'supervisorId', code: 'SUPERVISOR_CYCLE' }],
    });
    expect((await app.em().findOneOrFail(Employee, { id: a })).supervisor).toBeNull();
  });

  it('refuses cycles even through direct SQL (trigger and check constraint)', async () => {
    const sql = app.em().getConnection();
    await expect(sql.execute('update employee set supervisor_id = ? where id = ?', [b, a])).rejects.toThrow(
      /would form a cycle/,
    );
    await expect(sql.execute('update employee set supervisor_id = ? where id = ?', [c, a])).rejects.toThrow(
      /would form a cycle/,
    );
    await expect(sql.execute('update employee set supervisor_id = id where id = ?', [a])).rejects.toThrow(
      /employee_not_own_supervisor|cycle/,
    );
    // A legal move still passes: C reports to A directly.
    await sql.execute('update employee set supervisor_id = ? where id = ?', [a, c]);
    await sql.execute('update employee set supervisor_id = ? where id = ?', [b, c]);
  });

  it('changes a supervisor within the tree, and refuses an inactive one', async () => {
    const data = await app.ok(UPDATE_EMPLOYEE, { input: { id: c, supervisorId: a } }, admin);
    expect(data.updateEmployee.employee.supervisor).toEqual({ id: a });
    const retired = await employee('Pensiunan');
    await app.ok(UPDATE_EMPLOYEE, { input: { id: retired, active: false } }, admin);
    const result = await app.gql(UPDATE_EMPLOYEE, { input: { id: c, supervisorId: retired } }, admin);
    expect(problemCode(result)).toBe('SUPERVISOR_INACTIVE');
    await app.ok(UPDATE_EMPLOYEE, { input: { id: c, supervisorId: b } }, admin);
  });

  it('refuses to deactivate a supervisor of active employees until they are reassigned', async () => {
    const refused = await app.gql(UPDATE_EMPLOYEE, { input: { id: b, active: false } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      problems: [{ field: 'active', code: 'HAS_ACTIVE_SUBORDINATES' }],
    });
    await app.ok(UPDATE_EMPLOYEE, { input: { id: c, supervisorId: a } }, admin);
    const done = await app.ok(UPDATE_EMPLOYEE, { input: { id: b, active: false } }, admin);
    expect(done.updateEmployee.employee.active).toBe(false);
  });
});

describe('the employees connection', () => {
  let unitId: string;
  let bossId: string;
  const names = Array.from({ length: 23 }, (_, i) => `Pegawai ${String.fromCharCode(65 + (i % 26))}${i}`);

  beforeAll(async () => {
    unitId = await createUnit(app, admin, { code: 'kec_halaman', name: 'Kecamatan Halaman' });
    bossId = await employee('Zainal Kepala', { unitId });
    for (const [i, name] of names.entries()) {
      await employee(name, { unitId, supervisorId: bossId, familyId: i % 2 ? family.guru! : family.perawat! });
    }
  });

  const PAGE = `query ($filter: EmployeeFilter, $first: Int, $after: String) {
    employees(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
  }`;

  it('pages through all matches by name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { employees }: Record<string, any> = await app.ok(PAGE, { filter: { unitId }, first: 10, after }, admin);
      expect(employees.totalCount).toBe(24);
      seen.push(...employees.edges.map((edge: { node: { name: string } }) => edge.node.name));
      pages++;
      if (!employees.pageInfo.hasNextPage) break;
      after = employees.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...names, 'Zainal Kepala'].sort((x, y) => (x < y ? -1 : 1)));
  });

  it('filters by family, supervisor, active and search (name, position or NIP prefix)', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await app.ok(PAGE, { filter: { unitId, ...filter }, first: 1 }, admin)).employees.totalCount;
    expect(await count({ familyId: family.guru })).toBe(11);
    expect(await count({ supervisorId: bossId })).toBe(23);
    expect(await count({ active: false })).toBe(0);
    expect(await count({ search: 'pegawai a' })).toBe(1);
    expect(await count({ search: 'zAiNaL' })).toBe(1);
    expect(await count({ search: 'pengadministrasi' })).toBe(24);
    expect(await count({ search: '%' })).toBe(0);
    const boss = await app.em().findOneOrFail(Employee, { id: bossId });
    expect(await count({ search: boss.nip.slice(0, 12) })).toBe(1);
    expect(await count({ unitId: 'not-an-id' })).toBe(0);
  });

  it('combines conditions with and, or, not, in-lists, text comparisons and nested relations', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await app.ok(PAGE, { filter: { unitId, ...filter }, first: 1 }, admin)).employees.totalCount;
    expect(await count({ or: [{ familyId: family.guru }, { name: { eq: 'Zainal Kepala' } }] })).toBe(12);
    expect(await count({ not: { familyId: [family.guru, family.perawat] } })).toBe(1);
    expect(await count({ and: [{ supervisorId: bossId }, { not: { familyId: family.guru } }] })).toBe(12);
    expect(await count({ name: { startsWith: 'pegawai a' } })).toBe(1);
    expect(await count({ name: { startsWith: 'pegawai_' } })).toBe(0);
    expect(await count({ name: { in: ['Pegawai A0', 'Pegawai B1', 'nobody'] } })).toBe(2);
    expect(await count({ supervisor: { name: { contains: 'ZAINAL' } } })).toBe(23);
    expect(await count({ unit: { code: { eq: 'kec_halaman' } } })).toBe(24);
    expect(await count({ unit: { kind: ['SEKOLAH'] } })).toBe(0);
    expect(await count({ or: [] })).toBe(0);
    expect(await count({ and: [] })).toBe(24);
    expect(await count({ createdAt: { gt: new Date(Date.now() + 60_000).toISOString() } })).toBe(0);
    expect(await count({ familyId: [] })).toBe(0);
  });

  it('orders by several keys in either direction and pages through them without gaps or repeats', async () => {
    const ORDERED = `query ($filter: EmployeeFilter, $orderBy: [EmployeeOrder!], $first: Int, $after: String) {
      employees(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { nodes { name grade } pageInfo { hasNextPage endCursor } }
    }`;
    await app.ok(UPDATE_EMPLOYEE, { input: { id: bossId, grade: 'IV/a' } }, admin);
    const orderBy = [
      { field: 'GRADE', direction: 'DESC' },
      { field: 'NAME', direction: 'DESC' },
    ];
    const all: { name: string; grade: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const { employees }: Record<string, any> = await app.ok(
        ORDERED,
        { filter: { unitId }, orderBy, first: 7, after },
        admin,
      );
      all.push(...employees.nodes);
      if (!employees.pageInfo.hasNextPage) break;
      after = employees.pageInfo.endCursor;
    }
    expect(all[0]).toEqual({ name: 'Zainal Kepala', grade: 'IV/a' });
    expect(all.slice(1).map((e) => e.name)).toEqual([...names].sort((x, y) => (x < y ? 1 : -1)));
    // A cursor made for one order is refused for another.
    const first = await app.ok(ORDERED, { filter: { unitId }, orderBy: [{ field: 'NAME' }], first: 1 }, admin);
    const mixed = await app.gql(
      ORDERED,
      { filter: { unitId }, orderBy, first: 1, after: first.employees.pageInfo.endCursor },
      admin,
    );
    expect(problemCode(mixed)).toBe('BAD_CURSOR');
  });

  it('refuses a page larger than 100 and a foreign cursor', async () => {
    expect(problemCode(await app.gql(PAGE, { first: 101 }, admin))).toBe('OUT_OF_RANGE');
    expect(problemCode(await app.gql(PAGE, { first: 0 }, admin))).toBe('OUT_OF_RANGE');
    expect(problemCode(await app.gql(PAGE, { after: 'bm90LWEtY3Vyc29y' }, admin))).toBe('BAD_CURSOR');
    expect(
      problemCode(await app.gql(PAGE, { after: Buffer.from('["x","not-a-uuid"]').toString('base64url') }, admin)),
    ).toBe('BAD_CURSOR');
  });

  it('batches relations: the number of SQL statements does not grow with the rows', async () => {
    const query = `{ employees(first: 100) { totalCount edges { node {
      name unit { name parent { name } children { code } employees { name } } family { code }
      supervisor { name supervisor { name } subordinates { name unit { code } } } subordinates { name }
    } } } }`;
    const before = await app.countStatements(() => app.ok(query, {}, admin));
    for (let i = 0; i < 5; i++) await employee(`Tambahan ${i}`, { unitId, supervisorId: bossId });
    const after = await app.countStatements(() => app.ok(query, {}, admin));
    expect(after).toBe(before);
    // Page, count, then one statement per relation level (units, parents, children, families, supervisors…).
    expect(before).toBeLessThanOrEqual(10);
  });
});

describe('audit trail of employee changes', () => {
  it('records creation and every update with before and after, in the same transaction', async () => {
    const id = await employee('Dicatat');
    await app.ok(UPDATE_EMPLOYEE, { input: { id, name: 'Dicatat Ulang', grade: 'III/a' } }, admin);
    await app.ok(UPDATE_EMPLOYEE, { input: { id, active: false } }, admin);
    const refused = await app.gql(UPDATE_EMPLOYEE, { input: { id, supervisorId: id } }, admin);
    expect(refused.errors).toBeDefined();
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action entityType before after } }`,
      { id },
      admin,
    );
    expect(auditTrail.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'deactivate']);
    expect(auditTrail[0]).toMatchObject({
      entityType: 'Employee',
      before: null,
      after: { name: 'Dicatat', active: true },
    });
    expect(auditTrail[1]).toMatchObject({
      before: { name: 'Dicatat', grade: 'II/c' },
      after: { name: 'Dicatat Ulang', grade: 'III/a' },
    });
    expect(auditTrail[2]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it('pages through the audit records with filters and either order', async () => {
    const id = await employee('Diaudit');
    for (const grade of ['III/a', 'III/b', 'III/c']) await app.ok(UPDATE_EMPLOYEE, { input: { id, grade } }, admin);
    const RECORDS = `query ($filter: AuditRecordFilter, $orderBy: [AuditRecordOrder!], $after: String) {
      auditRecords(filter: $filter, orderBy: $orderBy, first: 2, after: $after) { totalCount nodes { action after } pageInfo { hasNextPage endCursor } }
    }`;
    const grades: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { auditRecords }: Record<string, any> = await app.ok(
        RECORDS,
        {
          filter: { entityId: [id], action: { eq: 'update' } },
          orderBy: [{ field: 'WRITTEN', direction: 'DESC' }],
          after,
        },
        admin,
      );
      expect(auditRecords.totalCount).toBe(3);
      grades.push(...auditRecords.nodes.map((r: { after: { grade: string } }) => r.after.grade));
      if (!auditRecords.pageInfo.hasNextPage) break;
      after = auditRecords.pageInfo.endCursor;
    }
    expect(grades).toEqual(['III/c', 'III/b', 'III/a']);
    const created = await app.ok(
      RECORDS,
      { filter: { entityId: [id], or: [{ action: { eq: 'create' } }, { search: 'tidak ada' }] } },
      admin,
    );
    expect(created.auditRecords.totalCount).toBe(1);
  });
});
