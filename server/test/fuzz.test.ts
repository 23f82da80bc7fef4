import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/app/schema.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { startTestApp, type TestApp } from './harness.js';

// Bad input never becomes an internal error. For every mutation and every query field that takes arguments, as
// every kind of user of the demo office, this sends a well-typed input built from the schema and then malformed
// variants of it — NUL bytes, huge texts, huge and non-finite numbers, unknown enum values, forged ids and
// cursors, 10,000-element lists, nulls and wrong types — and checks every answer: no INTERNAL_SERVER_ERROR, no
// 5xx, and no stack trace, SQL or file path in any message.

type Value = unknown;
/** A change to the leaves of an input: all matching leaves at once, or (`oneAtATime`) one request per leaf. */
type Variant = {
  name: string;
  oneAtATime?: boolean;
  leaf: (type: GraphQLInputType, base: Value, path: string) => Value | typeof KEEP;
};
const KEEP = Symbol('keep');

const ROLES = { admin: 'admin', hr: 'hr', supervisor: 'lurah.bukitsari', employee: 'maya', analyst: 'analis' } as const;
/** Mutations that would end the session the rest of the run signs in with. */
const SESSION_ENDING = new Set(['logout', 'changePassword']);
const LEAKS = [
  /\bselect\b.*\bfrom\b/i,
  /\binsert into\b/i,
  /\bupdate\b.*\bset\b/i,
  /node_modules/,
  /\.ts:\d+/,
  /\bat [\w.<>]+ \(/,
  /stacktrace/i,
  /violates .* constraint/i,
];

let app: TestApp;
let schema: GraphQLSchema;
const sessions = {} as Record<keyof typeof ROLES | 'anonymous', Record<string, string>>;
/** Real ids by table, so inputs reach past "not found" into the services' rules. */
const idsOf: Record<string, string[]> = {};

/** Which table an id field most likely points at, from its name and its input type's name. */
function tableFor(field: string, inputType: string): string | null {
  const byName: Record<string, string> = {
    employeeId: 'employee',
    supervisorId: 'employee',
    periodId: 'period',
    planId: 'work_plan',
    assessmentId: 'assessment',
    unitId: 'unit',
    parentId: 'unit',
    familyId: 'job_family',
    templateId: 'template',
    versionId: 'template_version',
    objectionId: 'objection',
    subPeriodId: 'sub_period',
    workResultId: 'work_result',
    parentResultId: 'work_result',
    targetId: 'work_target',
    actionId: 'development_action',
    deciderId: 'employee',
    fromVersionId: 'template_version',
    toVersionId: 'template_version',
    entityId: 'employee',
    userId: 'app_user',
  };
  if (byName[field]) return byName[field]!;
  if (field === 'id') {
    const entity = inputType.replace(/^(Update|Delete|Save|Remove)/, '').replace(/Input$/, '');
    const table = entity.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    return idsOf[table] ? table : null;
  }
  return null;
}

/** A well-typed value for an input type, built from the schema. */
function sample(type: GraphQLInputType, path: string, field: string, owner: string, depth = 0): Value {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return depth > 6 ? [] : [sample(nullable.ofType, `${path}[0]`, field, owner, depth + 1)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    if (depth > 6) return {};
    const value: Record<string, Value> = {};
    for (const child of Object.values(nullable.getFields())) {
      if (!isNonNullType(child.type) && depth > 1) continue;
      value[child.name] = sample(child.type, `${path}.${child.name}`, child.name, nullable.name, depth + 1);
    }
    return value;
  }
  switch (nullable.name) {
    case 'ID': {
      const table = tableFor(field, owner);
      return table && idsOf[table]?.length ? idsOf[table]![0] : '00000000-0000-4000-8000-000000000000';
    }
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'String':
      return field.toLowerCase().includes('password') ? 'salah-sekali-123' : 'teks uji';
    case 'DateTimeISO':
      return '2026-06-30T00:00:00.000Z';
    case 'LocalDate':
      return '2026-06-30';
    case 'JSON':
      return 1;
    default:
      return 'x';
  }
}

/** `base` with every leaf that the variant changes replaced (structure kept, so deeper rules are reached). */
function mutate(type: GraphQLInputType, base: Value, variant: Variant, path: string): Value {
  const replaced = variant.leaf(type, base, path);
  if (replaced !== KEEP) return replaced;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(base))
    return base.map((item, i) => mutate(nullable.ofType, item, variant, `${path}[${i}]`));
  if (isInputObjectType(nullable) && base && typeof base === 'object') {
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(base).map(([key, item]) => [key, mutate(fields[key]!.type, item, variant, `${path}.${key}`)]),
    );
  }
  return base;
}

const scalarName = (type: GraphQLInputType) => {
  const named = getNullableType(type);
  return isScalarType(named) ? named.name : null;
};
const forgedCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

const VARIANTS: Variant[] = [
  { name: 'as built', leaf: () => KEEP },
  {
    name: 'NUL in every text',
    leaf: (t) => (scalarName(t) === 'String' ? 'a\u0000b' : scalarName(t) === 'ID' ? '\u0000' : KEEP),
  },
  { name: 'lone surrogate in every text', leaf: (t) => (scalarName(t) === 'String' ? 'a\uD800b' : KEEP) },
  { name: '200 kB in every text', leaf: (t) => (scalarName(t) === 'String' ? 'x'.repeat(200_000) : KEEP) },
  {
    name: '19,000 characters in one text',
    oneAtATime: true,
    leaf: (t) => (scalarName(t) === 'String' ? 'y'.repeat(19_000) : KEEP),
  },
  { name: 'huge numbers', leaf: (t) => (scalarName(t) === 'Float' ? 1e308 : scalarName(t) === 'Int' ? 2 ** 31 : KEEP) },
  {
    name: 'negative numbers',
    leaf: (t) => (scalarName(t) === 'Float' ? -1e15 : scalarName(t) === 'Int' ? -2_147_483_648 : KEEP),
  },
  { name: 'unknown enum values', leaf: (t) => (isEnumType(getNullableType(t)) ? 'NOPE' : KEEP) },
  {
    name: 'forged ids and cursors',
    leaf: (t, _base, path) =>
      scalarName(t) === 'ID'
        ? '1e300'
        : scalarName(t) === 'String' && path.endsWith('after')
          ? forgedCursor(['x', 1e300, '9999-99-99'])
          : KEEP,
  },
  {
    name: '10,000-element lists',
    leaf: (t, base) =>
      isListType(getNullableType(t)) && Array.isArray(base) ? Array(10_000).fill(base[0] ?? null) : KEEP,
  },
  { name: 'null everywhere', leaf: (t) => (isNonNullType(t) || scalarName(t) ? null : KEEP) },
  {
    name: 'wrong types',
    leaf: (t) =>
      scalarName(t) === 'String'
        ? { x: 1 }
        : scalarName(t) === 'Int' || scalarName(t) === 'Float'
          ? 'drei'
          : scalarName(t) === 'Boolean'
            ? 'ya'
            : KEEP,
  },
  {
    name: 'odd JSON and dates',
    leaf: (t) =>
      scalarName(t) === 'JSON'
        ? { a: [[[{ b: '\u0000' }]]] }
        : scalarName(t) === 'DateTimeISO'
          ? '275760-09-13T00:00:00Z'
          : scalarName(t) === 'LocalDate'
            ? '0000-02-30'
            : KEEP,
  },
];

/** One variant per leaf the variant would change, each changing only that leaf. */
function leavesOf(field: GraphQLField<unknown, unknown>, base: Record<string, Value>, variant: Variant): Variant[] {
  const paths: string[] = [];
  const collect: Variant = {
    name: '',
    leaf: (t, value, path) => (variant.leaf(t, value, path) === KEEP ? KEEP : (paths.push(path), value)),
  };
  for (const arg of field.args) mutate(arg.type, base[arg.name], collect, `$${arg.name}`);
  return paths.map((only) => ({
    name: `${variant.name} (${only})`,
    leaf: (t, value, path) => (path === only ? variant.leaf(t, value, path) : KEEP),
  }));
}

/** A document calling `field` with every argument as a variable, selecting only `__typename` of the result. */
function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind}${definitions ? ` (${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function baseVariables(field: GraphQLField<unknown, unknown>): Record<string, Value> {
  const owner = `${field.name[0]!.toUpperCase()}${field.name.slice(1)}Input`;
  return Object.fromEntries(
    field.args.map((a: GraphQLArgument) => [a.name, sample(a.type, `$${a.name}`, a.name, owner)]),
  );
}

async function send(document: string, variables: Record<string, Value>, headers: Record<string, string>) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, text: await response.text() };
}

/** Every malformed variant of every argument of `fields`, as `role`; returns the failures found. */
async function fuzz(
  kind: 'query' | 'mutation',
  fields: GraphQLField<unknown, unknown>[],
  headers: Record<string, string>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const field of fields) {
    const document = documentOf(kind, field);
    const base = baseVariables(field);
    for (const variant of VARIANTS.flatMap((v) => (v.oneAtATime ? leavesOf(field, base, v) : [v]))) {
      const variables = Object.fromEntries(
        field.args.map((a) => [a.name, mutate(a.type, base[a.name], variant, `$${a.name}`)]),
      );
      const { status, text } = await send(document, variables, headers);
      const where = `${field.name} / ${variant.name}`;
      if (status >= 500) failures.push(`${where}: HTTP ${status} ${text.slice(0, 300)}`);
      const internal = text.indexOf('INTERNAL_SERVER_ERROR');
      if (internal >= 0)
        failures.push(
          `${where}: …${text.slice(Math.max(0, internal - 300), internal + 40)} (variables: ${JSON.stringify(variables).slice(0, 2000)})`,
        );
      const leak = LEAKS.find((pattern) => pattern.test(text));
      if (leak) failures.push(`${where}: leaks ${leak}: ${text.slice(0, 300)}`);
    }
  }
  return failures;
}

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  schema = await getSchema();
  sessions.anonymous = {};
  for (const [role, username] of Object.entries(ROLES))
    sessions[role as keyof typeof ROLES] = await app.login(username, DEMO_PASSWORD);
  const connection = app.em().getConnection();
  const tables = [
    'employee',
    'period',
    'sub_period',
    'work_plan',
    'work_result',
    'work_target',
    'assessment',
    'unit',
    'job_family',
    'template',
    'template_version',
    'objection',
    'development_action',
    'saved_query',
    'feedback_entry',
    'app_user',
  ];
  for (const table of tables)
    idsOf[table] = (await connection.execute<{ id: string }[]>(`select id from ${table} order by id limit 3`)).map(
      (r) => r.id,
    );
}, 180_000);
afterAll(() => app.close());

const mutations = () => Object.values(schema.getMutationType()!.getFields()).filter((f) => f.args.length > 0);
const queriesWithArgs = () => Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

describe('malformed input, schema-driven', () => {
  it.each(['admin', 'hr', 'supervisor', 'employee'] as const)(
    'every mutation as %s answers bad input without an internal error',
    async (role) => {
      const fields = mutations().filter((f) => !SESSION_ENDING.has(f.name) && f.name !== 'login');
      expect(await fuzz('mutation', fields, sessions[role])).toEqual([]);
    },
    300_000,
  );

  it('sign-in and sign-out, anonymously', async () => {
    const fields = mutations().filter((f) => f.name === 'login' || SESSION_ENDING.has(f.name));
    expect(await fuzz('mutation', fields, sessions.anonymous)).toEqual([]);
  }, 120_000);

  it.each(['analyst', 'supervisor', 'employee', 'anonymous'] as const)(
    'every query field with arguments as %s (filters, cursors, pages)',
    async (role) => {
      expect(await fuzz('query', queriesWithArgs(), sessions[role])).toEqual([]);
    },
    300_000,
  );

  it('filters with oversized operands and forged cursors on every list', async () => {
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === 'filter'),
    );
    const failures: string[] = [];
    for (const field of lists) {
      const filterType = getNamedType(field.args.find((a) => a.name === 'filter')!.type);
      if (!isInputObjectType(filterType)) continue;
      const fields = filterType.getFields();
      const textField = Object.values(fields).find((f) => getNamedType(f.type).name === 'TextComparison');
      const searchField = fields.search ? 'search' : null;
      const idField = Object.values(fields).find(
        (f) => isListType(getNullableType(f.type)) && getNamedType(f.type).name === 'ID',
      );
      const filters: Record<string, unknown>[] = [
        {
          or: Array.from({ length: 5 }, () => ({
            [textField?.name ?? 'search']: textField ? { contains: 'x'.repeat(100_000) } : 'x'.repeat(100_000),
          })),
        },
        ...(searchField ? [{ search: 'a\u0000' }] : []),
        ...(idField ? [{ [idField.name]: Array.from({ length: 10_000 }, (_, i) => `id-${i}`) }] : []),
        { or: Array.from({ length: 500 }, () => ({})) },
      ];
      for (const filter of filters) {
        for (const after of [null, 'x', forgedCursor(['x', 1e300]), forgedCursor([1e300, 1e300, 1e300, 1e300])]) {
          const { status, text } = await send(
            `query ($f: ${filterType.name}, $a: String) { ${field.name}(filter: $f, after: $a, first: 5) { totalCount } }`,
            { f: filter, a: after },
            sessions.analyst,
          );
          if (status >= 500 || text.includes('INTERNAL_SERVER_ERROR') || LEAKS.some((p) => p.test(text)))
            failures.push(`${field.name}: ${status} ${text.slice(0, 300)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('stored none of the 19,000-character texts anywhere, audit snapshots included: every text field has a bound of its own', async () => {
    // The fuzz's long texts are runs of 'y'; a run longer than any field's bound may only be in a saved query's
    // document (its bound is 20,000, see saved-query.rules.ts), and there only if it were valid GraphQL.
    const columns = await app
      .em()
      .getConnection()
      .execute<
        { table_name: string; column_name: string }[]
      >(`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type in ('text', 'json', 'jsonb')`);
    const stored: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [row] = await app
        .em()
        .getConnection()
        .execute<
          { n: number }[]
        >(`select count(*)::int as n from "${table}" where "${column}"::text like '%' || repeat('y', 5001) || '%'`);
      if (row!.n === 0) continue;
      if (table !== 'audit_record') stored.push(`${table}.${column}`);
      else {
        const kinds = await app
          .em()
          .getConnection()
          .execute<{ kind: string }[]>(
            `select distinct entity_type || '.' || action || ':' || coalesce((select string_agg(key, ',') from jsonb_each_text("${column}"::jsonb) where length(value) > 5000), '?') as kind
             from audit_record where "${column}"::text like '%' || repeat('y', 5001) || '%'`,
          );
        stored.push(...kinds.map((k) => `${table}.${column} ${k.kind}`));
      }
    }
    expect(stored).toEqual([]);
  });

  it('a damaged session cookie is a signed-out request, not an error', async () => {
    for (const cookie of [
      'kinerja_session=%',
      'kinerja_session=%E0%A4%A',
      `kinerja_session=${'a'.repeat(5000)}`,
      'kinerja_session=%00',
    ]) {
      const { status, text } = await send('{ viewer { id } jobFamilies { id } }', {}, { cookie });
      expect(status, cookie).toBeLessThan(500);
      expect(JSON.parse(text).errors?.[0]?.extensions?.code, cookie).toBe('UNAUTHENTICATED');
    }
  });
});
