import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/app/schema.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { startTestApp, type TestApp } from './harness.js';

// Personal data follows one rule wherever an employee appears (policy/personal-data.ts). This test walks the
// schema from every root query field to every reachable Employee, as each role of the demo office, and checks
// every employee that comes back: personal fields of people outside the reader's scope are null, analysts get
// NIPs masked, and no full NIP of someone outside the scope appears anywhere in an answer (audit snapshots and
// exports included).

const PERSONAL = ['nip', 'nipFormatted', 'birthDate', 'appointment', 'sex', 'grade', 'employmentType'] as const;
/** Each kind of reach: an employee, a supervisor, a supervisor's supervisor, the organisation (HR; admins read as HR do), analysts. */
const ROLES = { employee: 'maya', supervisor: 'lurah.bukitsari', camat: 'camat', hr: 'hr', analyst: 'analis' } as const;
type Role = keyof typeof ROLES;
/** Levels of objects below a root field the walk follows before the shortest way to an employee. */
const WALK_DEPTH = 4;
/** How many records of each kind the by-id root fields are asked for. */
const IDS_PER_KIND = 3;

/** Tables of the records a by-id root field returns, to find ids for it. */
const TABLE_OF: Record<string, string> = {
  Employee: 'employee',
  WorkPlan: 'work_plan',
  Assessment: 'assessment',
  AssessmentFeedback: 'assessment',
  Objection: 'objection',
  Unit: 'unit',
  Period: 'period',
  JobFamily: 'job_family',
  Template: 'template',
  TemplateVersion: 'template_version',
  SavedQuery: 'saved_query',
  AuditRecord: 'employee',
};

let app: TestApp;
let schema: GraphQLSchema;
const sessions = {} as Record<Role, Record<string, string>>;
/** Whose personal fields each role may read in full or masked (null: everyone's). */
const scopeOf = {} as Record<Role, Set<string> | null>;
let nipOf: Map<string, string>;
let sampleIds: Record<string, string[]>;

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  schema = await getSchema();
  const connection = app.em().getConnection();
  nipOf = new Map(
    (await connection.execute<{ id: string; nip: string }[]>('select id, nip from employee')).map((r) => [r.id, r.nip]),
  );
  for (const [role, username] of Object.entries(ROLES) as [Role, string][]) {
    sessions[role] = await app.login(username, DEMO_PASSWORD);
    const [user] = await connection.execute<{ employee_id: string | null; roles: string[] }[]>(
      'select employee_id, roles from app_user where username = ?',
      [username],
    );
    if (user!.roles.length > 0) {
      scopeOf[role] = null;
      continue;
    }
    const people = await connection.execute<{ id: string }[]>(
      `select id from employee where id = ? or supervisor_id = ? union select supervisor_id from employee where id = ? and supervisor_id is not null`,
      [user!.employee_id, user!.employee_id, user!.employee_id],
    );
    scopeOf[role] = new Set(people.map((p) => p.id));
  }
  sampleIds = {};
  for (const table of new Set(Object.values(TABLE_OF))) {
    const rows = await connection.execute<{ id: string }[]>(`select id from ${table} order by id`);
    const step = Math.max(1, Math.floor(rows.length / IDS_PER_KIND));
    sampleIds[table] = rows.filter((_, i) => i % step === 0).map((r) => r.id);
  }
}, 180_000);
afterAll(() => app.close());

/** One step of a path through the schema: a field (with its page argument) or a type condition. */
type Step = string;

function possibleTypes(type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isInterfaceType(type) || isUnionType(type)) return schema.getPossibleTypes(type);
  return [];
}

const requiresArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const pageArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((a) => a.name === 'first') ? '(first: 3)' : '';

/** The fields of an object type a walk may follow: objects, reachable without required arguments. */
function edges(
  type: GraphQLObjectType,
): { field: GraphQLField<unknown, unknown>; step: Step; child: GraphQLNamedType }[] {
  return Object.values(type.getFields())
    .filter(
      (field) =>
        !requiresArgs(field) &&
        !isLeafType(getNamedType(field.type)) &&
        !(type.name.endsWith('Connection') && field.name === 'edges'),
    )
    .map((field) => ({ field, step: `${field.name}${pageArgs(field)}`, child: getNamedType(field.type) }));
}

/** The steps from a (possibly abstract) type into one of its object types. */
const into = (type: GraphQLNamedType, object: GraphQLObjectType): Step[] =>
  type.name === object.name ? [] : [`... on ${object.name}`];

/** For every object type, the shortest steps from it to an Employee (none when it cannot reach one). */
function pathsToEmployee(): Map<string, Step[]> {
  const paths = new Map<string, Step[]>([['Employee', []]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const { step, child } of edges(type)) {
        for (const object of possibleTypes(child)) {
          const rest = paths.get(object.name);
          if (!rest) continue;
          const candidate = [step, ...into(child, object), ...rest];
          const known = paths.get(type.name);
          if (!known || candidate.length < known.length) {
            paths.set(type.name, candidate);
            changed = true;
          }
        }
      }
    }
  }
  return paths;
}

/** A selection along `steps`, ending in the Employee's id and personal fields; every level names its type. */
function selectionOf(steps: Step[]): string {
  if (steps.length === 0) return `__typename id ${PERSONAL.join(' ')}`;
  return `__typename ${steps[0]} { ${selectionOf(steps.slice(1))} }`;
}

/**
 * The walk: for every root query field and every object type reachable from it, every field of that type that
 * leads to an Employee is taken once, followed by the shortest way on to an Employee. So each link between
 * records that can end at a person is exercised at least once, with queries small enough for the API's limits.
 */
function rootCalls(): { call: string; selection: string }[] {
  const toEmployee = pathsToEmployee();
  const calls: { call: string; selection: string }[] = [];
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(root.type);
    if (isLeafType(type) || !possibleTypes(type).some((t) => toEmployee.has(t.name))) continue;
    let heads: string[];
    if (!requiresArgs(root)) heads = [`${root.name}${pageArgs(root)}`];
    else {
      const required = root.args.filter((a) => isNonNullType(a.type));
      const idArg = required.length === 1 && getNamedType(required[0]!.type).name === 'ID' ? required[0]! : null;
      const table = TABLE_OF[getNamedType(getNullableType(root.type)).name];
      if (!idArg || !table) continue;
      heads = sampleIds[table]!.map((id) => `${root.name}(${idArg.name}: "${id}")`);
    }
    // Breadth-first over the types reachable from this root, each type once.
    const seen = new Set<string>();
    const queue: { object: GraphQLObjectType; steps: Step[] }[] = possibleTypes(type).map((object) => ({
      object,
      steps: into(type, object),
    }));
    while (queue.length) {
      const { object, steps } = queue.shift()!;
      if (seen.has(object.name) || steps.length > WALK_DEPTH * 2) continue;
      seen.add(object.name);
      for (const { step, child } of edges(object)) {
        for (const next of possibleTypes(child)) {
          const rest = toEmployee.get(next.name);
          if (!rest) continue;
          const path = [...steps, step, ...into(child, next)];
          for (const head of heads) calls.push({ call: head, selection: selectionOf([...path, ...rest]) });
          queue.push({ object: next, steps: path });
        }
      }
    }
  }
  return calls;
}

/** Calls per request (as aliases); a batch over the API's limits is sent one call at a time instead. */
const BATCH = 8;

/** Runs the calls in batches; returns one answer per request made, each checked for internal errors and limits. */
async function run(
  calls: readonly { call: string; selection: string }[],
  headers: Record<string, string>,
): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (let start = 0; start < calls.length; start += BATCH) {
    const batch = calls.slice(start, start + BATCH);
    const document = (items: typeof batch) =>
      `{ ${items.map(({ call, selection }, i) => `r${i}: ${call} { ${selection} }`).join(' ')} }`;
    const result = await app.gql(document(batch), {}, headers);
    const refused = result.errors?.some((e) => e.extensions?.reason !== undefined);
    const results = refused ? await Promise.all(batch.map((item) => app.gql(document([item]), {}, headers))) : [result];
    for (const answer of results) {
      for (const error of answer.errors ?? []) {
        expect(error.extensions?.code, `${document(batch)}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
        expect(error.extensions?.reason, `${document(batch)}: ${error.message}`).toBeUndefined();
      }
      answers.push(answer);
    }
  }
  return answers;
}

function employeesIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) employeesIn(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Employees a path only passes through carry just `__typename`; the ones it ends at carry the fields.
    if (record.__typename === 'Employee' && 'nip' in record) found.push(record);
    for (const item of Object.values(record)) employeesIn(item, found);
  }
  return found;
}

describe('personal fields of employees, walked from every root query field', () => {
  it.each(Object.keys(ROLES) as Role[])(
    'as %s: outside the scope only directory fields; analysts masked; no stray NIP',
    async (role) => {
      const scope = scopeOf[role];
      let outside = 0;
      let inside = 0;
      for (const answer of await run(rootCalls(), sessions[role])) {
        {
          const call = 'the walk';
          for (const employee of employeesIn(answer)) {
            const id = String(employee.id);
            const visible = scope === null || scope.has(id);
            if (visible) inside++;
            else outside++;
            if (!visible) {
              for (const field of PERSONAL) expect(employee[field], `${call}: ${field} of ${id}`).toBeNull();
            } else if (role === 'analyst') {
              expect(employee.nip, call).toMatch(/^\*{15}\d{3}$/);
              expect(employee.birthDate, call).toBeNull();
              expect(employee.appointment, call).toBeNull();
            } else {
              expect(employee.nip, call).toBe(nipOf.get(id));
            }
          }
          // Anywhere in the answer (audit snapshots, notes, JSON): a full NIP only of someone in scope.
          const text = JSON.stringify(answer);
          for (const [id, nip] of nipOf) {
            const allowed = role !== 'analyst' && (scope === null || scope.has(id));
            if (!allowed) expect(text.includes(nip), `${call} shows the NIP of ${id}`).toBe(false);
          }
        }
      }
      // The walk is only worth something if it reached people on both sides of the line: maya reaches her lurah's
      // supervisor (the camat) through `supervisor { supervisor }`, outside her scope. The lurahs' walks reach no
      // one outside theirs (subordinates and lists are scoped in SQL), which the checks above also hold to.
      expect(inside).toBeGreaterThan(0);
      if (role === 'employee') expect(outside).toBeGreaterThan(0);
    },
    180_000,
  );

  it('keeps audit snapshots and their exports masked for analysts after employees are created and changed', async () => {
    const admin = await app.login('admin', DEMO_PASSWORD);
    const [unit] = await app
      .em()
      .getConnection()
      .execute<{ id: string; family_id: string }[]>('select unit_id as id, family_id from employee limit 1');
    const created = await app.ok(
      `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id nip } } }`,
      {
        input: {
          nip: '199001012015032004',
          name: 'Rina Audit',
          position: 'Pengadministrasi',
          grade: 'II/c',
          employmentType: 'PNS',
          unitId: unit!.id,
          familyId: unit!.family_id,
        },
      },
      admin,
    );
    const id = created.createEmployee.employee.id;
    await app.ok(
      `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`,
      { input: { id, position: 'Pengadministrasi Umum' } },
      admin,
    );
    const query = `query ($id: ID!) { auditTrail(entityId: $id) { action before after note } auditRecords(filter: { entityId: [$id] }) { nodes { before after note } } }`;
    const asAnalyst = JSON.stringify(await app.ok(query, { id }, sessions.analyst));
    expect(asAnalyst).not.toContain('199001012015032004');
    expect(asAnalyst).toContain('***************004');
    expect(asAnalyst).not.toContain('1990-01-01');
    expect(JSON.stringify(await app.ok(query, { id }, sessions.hr))).toContain('199001012015032004');

    const exported = await fetch(`${app.url}/export?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sessions.analyst },
      body: JSON.stringify({ query: `{ auditRecords(first: 100) { nodes { entityType action before after note } } }` }),
    });
    expect(exported.status).toBe(200);
    const csv = await exported.text();
    expect(csv).toContain('Rina Audit');
    for (const nip of [...nipOf.values(), '199001012015032004']) expect(csv.includes(nip)).toBe(false);
  });

  it('refuses filters on personal fields to readers who may not see them of everyone', async () => {
    const probe = `{ employees(filter: { supervisor: { supervisor: { grade: { eq: "IV/a" } } } }) { nodes { id } } }`;
    const refused = await app.gql(probe, {}, sessions.employee);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'grade' } });
    expect((await app.gql(probe, {}, sessions.hr)).errors).toBeUndefined();
    // The NIP search is for HR and admins: an employee's search for digits matches names and positions only.
    const nipOfCamat = [...nipOf.values()][0]!;
    const search = await app.ok(
      `query ($s: String) { employees(filter: { supervisor: { search: $s } }) { nodes { id } } }`,
      { s: nipOfCamat.slice(0, 8) },
      sessions.employee,
    );
    expect(search.employees.nodes).toEqual([]);
  });
});
