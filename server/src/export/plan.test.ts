import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../app/schema.js';
import { csvLine } from './csv-writer.js';
import { ExportError } from './errors.js';
import { flattenRow } from './flatten.js';
import { planExport } from './plan.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

const plan = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  planExport(schema, parse(query), operationName, variables);
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('planExport', () => {
  it('pages the first connection: first 100 when absent, after bound to a variable, pageInfo added, totalCount left out', () => {
    const result =
      plan(`query Nilai { viewer { id } assessments(filter: { status: SUBMITTED }) { totalCount edges { cursor node { ...Baris } } } }
      fragment Baris on Assessment { id predikat employee { name } }`);
    expect(squash(result.query)).toBe(
      squash(`query Nilai($kinerjaExportAfter: String) { viewer { id } assessments(filter: {status: SUBMITTED}, after: $kinerjaExportAfter, first: 100) {
        edges { cursor node { ... on Assessment { id predikat employee { name } } } } pageInfo { hasNextPage endCursor } } }`),
    );
    expect(result.path).toEqual(['assessments']);
    expect(result.paging).toEqual({
      afterVariable: 'kinerjaExportAfter',
      initialAfter: null,
      items: ['edges', 'node'],
    });
    expect(result.columns.map((c) => c.header)).toEqual(['ID', 'Predikat', 'Pegawai · Nama']);
  });

  it('keeps the query’s own first and after variable, and starts from its value', () => {
    const result = plan(
      'query ($n: Int, $c: String) { daftar: employees(first: $n, after: $c) { e: edges { n: node { name } } pageInfo { hasNextPage } } }',
      { c: 'abc' },
    );
    expect(squash(result.query)).toContain(
      'daftar: employees(first: $n, after: $c) { e: edges { n: node { name } } pageInfo { hasNextPage } pageInfo { hasNextPage endCursor } }',
    );
    expect(result.paging).toEqual({ afterVariable: 'c', initialAfter: 'abc', items: ['e', 'n'] });
    expect(result.path).toEqual(['daftar']);
  });

  it('falls back to the first list of objects, in one execution', () => {
    const result = plan('{ unitTree { depth children { name } } jobFamilies { name } }');
    expect(result.paging).toBeNull();
    expect(result.path).toEqual(['unitTree']);
    expect(result.columns.map((c) => [c.header, c.shape])).toEqual([
      ['Kedalaman', 'value'],
      ['Sub-unit', 'json'],
    ]);
  });

  it('refuses mutations and queries without rows', () => {
    expect(() => plan('mutation { logout }')).toThrow(ExportError);
    expect(() => plan('{ viewer { id } }')).toThrow(expect.objectContaining({ code: 'NOTHING_TO_EXPORT' }));
    expect(() => plan('query A { unitTree { id } } query B { jobFamilies { id } }')).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
    expect(plan('query A { unitTree { id } } query B { jobFamilies { id } }', {}, 'B').path).toEqual(['jobFamilies']);
  });
});

describe('columns and rows', () => {
  it('takes headers from aliases, the dictionary with the parent as prefix, else the dotted path', () => {
    const { columns } = plan(`{ templateVersion(id: "x") { sections { key } } employees { edges { node {
      Nama_Pegawai: name nip unit { name path } supervisor { Atasan: name } family { templates { name } } viewerOnly: nipFormatted } } } }`);
    expect(columns.map((c) => c.header)).toEqual([
      'Nama Pegawai',
      'NIP',
      'Unit Kerja · Nama',
      'Unit Kerja · Jalur',
      'Atasan',
      'family.templates',
      'viewerOnly',
    ]);
    expect(columns.map((c) => c.shape)).toEqual(['value', 'value', 'value', 'scalarList', 'value', 'json', 'value']);
  });

  it('makes a localized text one Indonesian cell when only id is selected, else two columns', () => {
    const one = plan('{ templateVersion(id: "x") { sections { title { id } description { id en } weight } } }');
    expect(one.columns.map((c) => c.header)).toEqual(['Judul', 'Deskripsi (ID)', 'Deskripsi (EN)', 'Bobot']);
    const row = flattenRow({ title: { id: 'Hasil Kerja' }, description: null, weight: 60 }, one.columns);
    expect(row).toEqual(['Hasil Kerja', null, null, 60]);
  });

  it('flattens nested objects, joins lists of scalars with "; ", writes nested lists as JSON', () => {
    const { columns } = plan('{ unitTree { name path parent { name } children { code } } }');
    expect(
      flattenRow({ name: 'Bukit Sari', path: ['kec', 'kel'], parent: null, children: [{ code: 'a' }] }, columns),
    ).toEqual(['Bukit Sari', 'kec; kel', null, '[{"code":"a"}]']);
  });

  it('quotes CSV fields by RFC 4180 and keeps formula-like text as text', () => {
    const { columns } = plan('{ unitTree { name depth } }');
    expect(csvLine(['Kel. "Bukit", Sari', 2], columns)).toBe('"Kel. ""Bukit"", Sari",2\r\n');
    expect(csvLine(['=HYPERLINK("x")', -1], columns)).toBe(`"'=HYPERLINK(""x"")",-1\r\n`);
    expect(csvLine(['baris\nbaru', null], columns)).toBe('"baris\nbaru",\r\n');
  });
});
