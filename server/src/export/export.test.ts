import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { validNip } from '../../test/organisation-fixtures.js';
import { DEMO_PASSWORD } from '../seed/demo-logins.js';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Employee } from '../modules/organisation/employee.entity.js';
import { EmploymentType, Sex, UnitKind } from '../modules/organisation/organisation.enums.js';
import { Unit } from '../modules/organisation/unit.entity.js';
import { exportFileName } from './export.route.js';

// Any query's first connection (page after page) or first list, as CSV or XLSX, through
// the real GraphQL pipeline. The demo seed gives people, scopes and submitted assessments; 120 more
// employees in one unit make the employee list longer than any page.

let app: TestApp;
const as: Record<'hr' | 'analyst' | 'lurah' | 'maya', Record<string, string>> = {} as never;
const EXTRA = 120;

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  const em = app.em();
  const unit = em.create(Unit, { code: 'uji_ekspor', name: 'Unit Uji, "Ekspor"', kind: UnitKind.KECAMATAN });
  const family = await em.findOneOrFail(JobFamily, { code: { $ne: null } }, { orderBy: { code: 'asc' } });
  for (let i = 0; i < EXTRA; i++) {
    const nip = validNip(500 + (i % 400), 1);
    em.create(Employee, {
      nip: `${nip.slice(0, 15)}${String(500 + i).padStart(3, '0')}`,
      birthDate: `19${nip.slice(2, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      sex: Sex.MALE,
      name: i === 0 ? '=1+1 Budi' : i === 1 ? 'Siti "Ani", S.Pd' : `Pegawai Uji ${String(i).padStart(3, '0')}`,
      position: 'Pengadministrasi',
      grade: 'II/c',
      employmentType: EmploymentType.PNS,
      unit,
      family,
      supervisor: null,
    });
  }
  await em.flush();
  as.hr = await app.login('hr', DEMO_PASSWORD);
  as.analyst = await app.login('analis', DEMO_PASSWORD);
  as.lurah = await app.login('lurah.bukitsari', DEMO_PASSWORD);
  as.maya = await app.login('maya', DEMO_PASSWORD);
}, 240_000);
afterAll(() => app?.close());

function post(format: string, body: unknown, headers: Record<string, string> = {}, contentType = 'application/json') {
  return fetch(`${app.url}/export?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: JSON.stringify(body),
  });
}

const errorOf = async (response: Response) => (await response.json()) as { error: { code: string; message: string } };

/** A small RFC 4180 reader for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(field)}`);
  return rows;
}

async function exportCsv(body: unknown, headers: Record<string, string>) {
  const response = await post('csv', body, headers);
  // Keep the BOM: fetch's text() would drop it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(response.status, text.slice(0, 300)).toBe(200);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { response, rows: parseCsv(text.slice(1)) };
}

/** Every employee the actor reads, page after page through /graphql, in the API's order. */
async function allEmployees(
  headers: Record<string, string>,
): Promise<{ name: string; nip: string; unit: { name: string } }[]> {
  const all = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await app.ok(
      'query ($after: String) { employees(first: 100, after: $after) { edges { node { name nip unit { name } } } pageInfo { hasNextPage endCursor } } }',
      { after },
      headers,
    );
    all.push(...data.employees.edges.map((e: any) => e.node));
    if (!data.employees.pageInfo.hasNextPage) return all;
    after = data.employees.pageInfo.endCursor;
  }
}

describe('POST /export as CSV', () => {
  it('streams every page of a connection in order, with aliases and Indonesian headers', async () => {
    const expected = await allEmployees(as.hr);
    expect(expected.length).toBeGreaterThan(2 * 40 + EXTRA / 2);
    const { response, rows } = await exportCsv(
      {
        query:
          'query DaftarPegawai { employees(first: 40) { totalCount edges { node { Nama_Lengkap: name nip unit { name } } } } }',
        operationName: 'DaftarPegawai',
      },
      as.hr,
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${exportFileName('DaftarPegawai', 'csv')}"`,
    );
    expect(exportFileName('DaftarPegawai', 'csv', new Date('2026-11-28T18:00:00Z'))).toBe(
      'kinerja-DaftarPegawai-20261129.csv',
    );
    expect(rows[0]).toEqual(['Nama Lengkap', 'NIP', 'Unit Kerja · Nama']);
    // A cell Excel would run as a formula is kept as text; quotes and commas survive RFC 4180 quoting.
    const unformula = (name: string) => (/^[=+\-@]/.test(name) ? `'${name}` : name);
    expect(rows.slice(1)).toEqual(expected.map((e) => [unformula(e.name), e.nip, e.unit.name]));
    expect(rows.slice(1).map((r) => r[0])).toContain('Siti "Ani", S.Pd');
    expect(rows.slice(1).map((r) => r[2])).toContain('Unit Uji, "Ekspor"');
  });

  it('pages with 100 rows when the query names no page size, and starts after a given cursor', async () => {
    const expected = await allEmployees(as.hr);
    const firstPage: any = await app.ok('{ employees(first: 5) { pageInfo { endCursor } } }', {}, as.hr);
    const { rows } = await exportCsv(
      {
        query: 'query ($c: String) { employees(after: $c) { edges { node { name } } } }',
        variables: { c: firstPage.employees.pageInfo.endCursor },
      },
      as.hr,
    );
    expect(rows.slice(1).map((r) => r[0]!.replace(/^'/, ''))).toEqual(expected.slice(5).map((e) => e.name));
  });

  it('masks NIPs for an analyst exactly as GraphQL does', async () => {
    const expected = await allEmployees(as.analyst);
    expect(expected[0]!.nip).toMatch(/^\*{15}\d{3}$/);
    const { rows } = await exportCsv({ query: '{ employees { edges { node { name nip } } } }' }, as.analyst);
    expect(rows.slice(1).map((r) => r[1])).toEqual(expected.map((e) => e.nip));
  });

  it('exports only the rows in the reader’s scope', async () => {
    const expected = await allEmployees(as.lurah);
    const all = await allEmployees(as.hr);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(all.length / 4);
    const { rows } = await exportCsv({ query: '{ employees { edges { node { name nip } } } }' }, as.lurah);
    expect(rows.slice(1)).toEqual(expected.map((e) => [e.name.replace(/^[=+\-@]/, "'$&"), e.nip]));
    const maya = await exportCsv(
      { query: '{ assessments { edges { node { employee { name } predikat } } } }' },
      as.maya,
    );
    expect(new Set(maya.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['Maya Sari, A.Md.']));
  });

  it('exports a list without a connection (statistics) in one execution', async () => {
    const data: any = await app.ok(
      '{ assessmentStatistics(groupBy: [UNIT]) { key { unit { name } } count workResults { average p50 } predikat { predikat count } } }',
      {},
      as.hr,
    );
    const { rows } = await exportCsv(
      {
        query:
          '{ assessmentStatistics(groupBy: [UNIT]) { key { unit { name } } count workResults { average p50 } predikat { predikat count } } }',
      },
      as.hr,
    );
    expect(rows[0]).toEqual([
      'Unit Kerja · Nama',
      'Jumlah',
      'Hasil Kerja · Rata-rata',
      'Hasil Kerja · Median',
      'Sebaran Predikat',
    ]);
    expect(rows.length - 1).toBe(data.assessmentStatistics.length);
    expect(rows.length).toBeGreaterThan(2);
    const first = data.assessmentStatistics[0];
    expect(rows[1]!.slice(0, 3)).toEqual([first.key.unit.name, String(first.count), String(first.workResults.average)]);
    // A nested list of objects is one cell of JSON text.
    expect(JSON.parse(rows[1]![4]!)).toEqual(first.predikat);
  });
});

describe('POST /export as XLSX', () => {
  it('streams a workbook that reads back with typed cells, a bold frozen header and every row', async () => {
    const expected: any[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await app.ok(
        'query ($after: String) { assessments(first: 100, after: $after) { edges { node { id workResultsScore predikat submittedAt employee { name } subPeriod { name } } } pageInfo { hasNextPage endCursor } } }',
        { after },
        as.hr,
      );
      expected.push(...data.assessments.edges.map((e: any) => e.node));
      if (!data.assessments.pageInfo.hasNextPage) break;
      after = data.assessments.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(10);
    const response = await post(
      'xlsx',
      {
        query:
          'query Penilaian { assessments(first: 7) { edges { node { id workResultsScore predikat submittedAt employee { name } subPeriod { name } } } } }',
      },
      as.hr,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kinerja-Penilaian-\d{8}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined,
      'ID',
      'Nilai Hasil Kerja',
      'Predikat',
      'Diajukan',
      'Pegawai · Nama',
      'Sub-periode · Nama',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((a, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(a.id);
      expect(row.getCell(2).value).toBe(a.workResultsScore);
      expect(row.getCell(3).value).toBe(a.predikat);
      const submitted = row.getCell(4).value;
      if (a.submittedAt === null) expect(submitted).toBeNull();
      else expect((submitted as Date).toISOString()).toBe(new Date(a.submittedAt).toISOString());
      expect(row.getCell(5).value).toBe(a.employee.name);
      expect(row.getCell(6).value).toBe(a.subPeriod.name);
    });
    expect(expected.some((a) => typeof a.workResultsScore === 'number')).toBe(true);
  });
});

describe('POST /export refusals', () => {
  const query = '{ employees { edges { node { name } } } }';

  it('401 for an anonymous request', async () => {
    const response = await post('csv', { query });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
    });
  });

  it('415 for anything but JSON (the CSRF guard), 400 for a bad format or body', async () => {
    const form = await fetch(`${app.url}/export?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...as.hr },
      body: `query=${encodeURIComponent(query)}`,
    });
    expect(form.status).toBe(415);
    expect((await errorOf(form)).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const format = await post('pdf', { query }, as.hr);
    expect(format.status).toBe(400);
    expect((await errorOf(format)).error.code).toBe('BAD_REQUEST');
    const noQuery = await post('csv', { variables: {} }, as.hr);
    expect(noQuery.status).toBe(400);
    const broken = await fetch(`${app.url}/export?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as.hr },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).error.code).toBe('BAD_REQUEST');
  });

  it('reports invalid GraphQL with its code, in English when asked', async () => {
    const response = await post(
      'csv',
      { query: '{ employees { edges { node { gaji } } } }' },
      { ...as.hr, 'accept-language': 'en' },
    );
    expect(response.status).toBe(400);
    const body = await errorOf(response);
    expect(body.error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.error.message).toMatch(/^The query is not valid: Cannot query field "gaji"/);
    const parse = await post('csv', { query: '{ employees { ' }, as.hr);
    expect((await errorOf(parse)).error).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      message: expect.stringMatching(/^Kueri tidak dapat dibaca/),
    });
  });

  it('refuses mutations, queries with nothing to export, and operations the actor may not call', async () => {
    const mutation = await post('csv', { query: 'mutation { logout }' }, as.hr);
    expect(mutation.status).toBe(400);
    expect((await errorOf(mutation)).error).toEqual({
      code: 'BAD_REQUEST',
      message: 'Hanya kueri (query) yang dapat diekspor; mutasi ditolak.',
    });
    const nothing = await post('csv', { query: '{ viewer { id name } }' }, as.hr);
    expect(nothing.status).toBe(400);
    expect((await errorOf(nothing)).error.code).toBe('NOTHING_TO_EXPORT');
    const forbidden = await post(
      'xlsx',
      { query: '{ auditTrail(entityId: "00000000-0000-0000-0000-000000000000") { action at } }' },
      as.maya,
    );
    expect(forbidden.status).toBe(403);
    expect((await errorOf(forbidden)).error).toEqual({
      code: 'FORBIDDEN',
      message: 'Anda tidak berwenang melakukan ini.',
    });
  });

  it('refuses a fan-out of fragments with the limit of /graphql before writing the fragments out', async () => {
    let query = `{ employees(first: 5) { nodes { ...F22 } } } fragment F1 on Employee { name }`;
    for (let i = 2; i <= 22; i++) query += ` fragment F${i} on Employee { ...F${i - 1} ...F${i - 1} }`;
    const response = await post('csv', { query }, as.hr);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^Kueri terlalu mahal/),
    });
  });

  it('refuses a page larger than 100 through the pipeline’s own check', async () => {
    const response = await post('csv', { query: '{ employees(first: 500) { edges { node { name } } } }' }, as.hr);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).error.code).toBe('BAD_USER_INPUT');
  });
});

describe('GET /export/saved/:id', () => {
  it('exports a shared saved query with its stored variables as XLSX, and answers 404 for a private one of someone else', async () => {
    const { savedQueries } = await app.ok(
      '{ savedQueries(filter: { search: "perawat" }) { nodes { id name } } }',
      {},
      as.analyst,
    );
    const nurses = savedQueries.nodes[0];
    const response = await fetch(`${app.url}/export/saved/${nurses.id}?format=xlsx`, { headers: as.analyst });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kinerja-RataRataSkorPerawatPerKelurahan-\d{8}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(sheet.getRow(1).values).toContain('Jumlah');

    const { saveSavedQuery } = await app.ok(
      'mutation ($input: SaveSavedQueryInput!) { saveSavedQuery(input: $input) { savedQuery { id } } }',
      { input: { name: 'Pribadi HR', query: '{ unitTree { name } }', shared: false } },
      as.hr,
    );
    expect(
      (await fetch(`${app.url}/export/saved/${saveSavedQuery.savedQuery.id}?format=csv`, { headers: as.hr })).status,
    ).toBe(200);
    const hidden = await fetch(`${app.url}/export/saved/${saveSavedQuery.savedQuery.id}?format=csv`, {
      headers: as.analyst,
    });
    expect(hidden.status).toBe(404);
    expect((await errorOf(hidden)).error.code).toBe('NOT_FOUND');
    expect((await fetch(`${app.url}/export/saved/${saveSavedQuery.savedQuery.id}?format=csv`)).status).toBe(401);
  });
});
