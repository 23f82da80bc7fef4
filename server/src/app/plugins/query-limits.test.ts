import * as rules from '@kinerja/shared';
import { fileURLToPath } from 'node:url';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { assessStaff } from '../../../test/follow-up-fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { getSchema } from '../schema.js';
import { isEmbeddedList } from '../../kernel/limits/embedded-list.js';
import { QUERY_LIMITS } from '../../kernel/limits/limits.js';
import { ASSUMED_LIST_SIZE, measure } from '../../kernel/limits/query-shape.js';

let app: TestApp;
let signedIn: Record<string, string>;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await startTestApp();
  await app.createUser({ username: 'analis', roles: ['ANALYST'] });
  signedIn = await app.login('analis');
  schema = await getSchema();
});
afterAll(() => app.close());

/** `jobFamilies { templates { family { templates { … id } } } }`, `depth` levels below jobFamilies. */
const nest = (depth: number) => {
  let selection = 'id';
  for (let i = depth - 1; i >= 0; i--) selection = `${i % 2 ? 'family' : 'templates'} { ${selection} }`;
  return `{ jobFamilies { ${selection} } }`;
};

/** `fragment F1 on Viewer { <first> } fragment F2 on Viewer { ...F1 ...F1 } …` and `{ viewer { ...Fn } }`: 2^(n-1) copies of F1. */
const doubling = (levels: number, first = 'id') => {
  let text = `{ viewer { ...F${levels} } } fragment F1 on Viewer { ${first} }`;
  for (let i = 2; i <= levels; i++) text += ` fragment F${i} on Viewer { ...F${i - 1} ...F${i - 1} }`;
  return text;
};

/** Fields, inline fragments and spreads written in the document: what a linear measurement may visit. */
const selectionsIn = (document: DocumentNode) => {
  let count = 0;
  const one = () => void (count += 1);
  visit(document, { Field: one, InlineFragment: one, FragmentSpread: one });
  return count;
};

const shapeOf = (text: string | DocumentNode, variables: Record<string, unknown> = {}) => {
  const document = typeof text === 'string' ? parse(text) : text;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measure(schema, document, operation, variables);
};

describe('query limits', () => {
  it('refuses a too-deep query, saying the depth and the limit', async () => {
    const result = await app.gql(nest(QUERY_LIMITS.maxDepth + 2), {}, signedIn);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      limit: QUERY_LIMITS.maxDepth,
    });
    expect(result.errors?.[0]?.message).toMatch(/^Kueri terlalu dalam: kedalaman \d+, batas 12\.$/);
  });

  it('accepts a nested query within the limits', async () => {
    // Each `templates` level multiplies the estimated cost by the assumed list size, so stay shallow.
    const result = await app.gql(nest(4), {}, signedIn);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a too-costly query with its estimated cost, also when the size comes from a variable', async () => {
    // 1 + n × 213: per assessment its employee, their subordinates (a list of rows, assumed 10) and theirs.
    const query = `query ($n: Int) { assessments(first: $n) { nodes { employee { subordinates { subordinates { id name } } } } } }`;
    const result = await app.gql(query, { n: 100 }, { ...signedIn, 'accept-language': 'en' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      reason: 'QUERY_TOO_COSTLY',
      limit: QUERY_LIMITS.maxCost,
      cost: 21_301,
    });
    expect(result.errors?.[0]?.message).toMatch(/^The query is too costly: estimated cost 21301, limit 20000\./);
    expect((await app.gql(query, { n: 5 }, signedIn)).errors).toBeUndefined();
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await app.gql(`{ ${aliases} }`, {}, signedIn)).errors?.[0]?.extensions).toMatchObject({
      reason: 'TOO_MANY_ALIASES',
      aliases: 31,
    });
    const tokens = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;
    const result = await app.gql(tokens, {}, signedIn);
    expect(result.errors?.[0]?.message).toMatch(/more that 5000 tokens/);
  });

  it('serves introspection to signed-in users only; anonymously only whether a type name exists', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await app.gql(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viaFragment = '{ ...F } fragment F on Query { __type(name: "Query") { name fields { name } } }';
    expect((await app.gql(viaFragment)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.ok('{ ...F } fragment F on Query { __type(name: "Query") { name } }')).__type).toEqual({
      name: 'Query',
    });
    expect((await app.ok(query, {}, signedIn)).__schema.queryType.name).toBe('Query');
  });

  it('hides field suggestions from anonymous users only', async () => {
    const anonymous = await app.gql('{ jobFamilie { id } }');
    expect(anonymous.errors?.[0]?.message).toBe('Cannot query field "jobFamilie" on type "Query".');
    const known = await app.gql('{ jobFamilie { id } }', {}, signedIn);
    expect(known.errors?.[0]?.message).toMatch(/Did you mean "jobFamilies"/);
  });
});

describe('fragments are measured once', () => {
  it('refuses an anonymous fan-out of fragments that each spread the previous twice, naming the limit', async () => {
    const text = doubling(22);
    expect(text.length).toBeLessThan(1_000);
    const result = await app.gql(text);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
      cost: 2 ** 21 + 1,
      limit: QUERY_LIMITS.maxCost,
    });
  });

  it('visits each selection of the document at most once, however often its fragments are spread', () => {
    for (const levels of [22, 100, 400]) {
      const document = parse(doubling(levels), { maxTokens: QUERY_LIMITS.maxTokens });
      const shape = shapeOf(document);
      // viewer, ...F<levels>, id, and two spreads in each of the other fragments.
      expect(selectionsIn(document)).toBe(2 * levels + 1);
      expect(shape.visits).toBeLessThanOrEqual(selectionsIn(document));
      expect(shape.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    }
    expect(shapeOf(doubling(22))).toEqual({ depth: 2, aliases: 0, cost: 2 ** 21 + 1, visits: 45 });
    // Beyond 2^53 the estimate stays a finite (printable) number.
    expect(Number.isFinite(shapeOf(parse(doubling(400), { maxTokens: QUERY_LIMITS.maxTokens })).cost)).toBe(true);
  });

  it('counts an alias once for every place a repeated spread puts it', async () => {
    expect(shapeOf(doubling(6, 'a: id')).aliases).toBe(32);
    expect(shapeOf(doubling(22, 'a: id')).aliases).toBe(2 ** 21);
    const result = await app.gql(doubling(6, 'a: id'));
    expect(result.errors?.[0]?.extensions).toMatchObject({
      reason: 'TOO_MANY_ALIASES',
      aliases: 32,
      limit: QUERY_LIMITS.maxAliases,
    });
    expect((await app.gql(doubling(5, 'a: id'), {}, signedIn)).errors).toBeUndefined();
  });

  it('ends on a fragment cycle (which validation refuses before the limits run)', async () => {
    const cyclic = '{ viewer { ...A } } fragment A on Viewer { id ...B } fragment B on Viewer { roles ...A ...B }';
    expect(shapeOf(cyclic)).toMatchObject({ depth: 2, cost: 3 });
    const result = await app.gql(cyclic);
    expect(result.errors?.[0]?.message).toMatch(/^Cannot spread fragment "A" within itself/);
  });

  it('measures through a fragment as if it were written out', () => {
    const inline =
      '{ templateVersion(id: "1") { template { versions { id number } } } jobFamilies { id templates { name } } }';
    const viaFragments = `{ templateVersion(id: "1") { ...V } jobFamilies { ...J } }
      fragment V on TemplateVersion { template { versions { ...N } } } fragment N on TemplateVersion { id number }
      fragment J on JobFamily { id templates { name } }`;
    expect(shapeOf(viaFragments)).toMatchObject({
      depth: shapeOf(inline).depth,
      cost: shapeOf(inline).cost,
      aliases: 0,
    });
  });
});

describe('embedded lists', () => {
  it('counts the lists inside a row once, and lists of rows as the assumed size', () => {
    // templateVersion, sections, indicators, key: the sections and indicators are values in the version's row.
    expect(shapeOf('{ templateVersion(id: "1") { sections { indicators { key } } } }').cost).toBe(4);
    // jobFamilies (a list of rows) repeats templates, which repeats id.
    expect(shapeOf('{ jobFamilies { templates { id } } }').cost).toBe(1 + ASSUMED_LIST_SIZE * (1 + ASSUMED_LIST_SIZE));
    // A connection's page still multiplies what is inside each row, and a list of rows inside it still counts 10.
    expect(
      shapeOf('{ assessments(first: 50) { nodes { answers { value } sections { key } realisations { value } } } }')
        .cost,
    ).toBe(1 + 50 * (1 + 2 + 2 + 1 + ASSUMED_LIST_SIZE));
  });

  it('marks only lists of plain values: their items carry no ids, relations, connections or unmarked lists', () => {
    const marked: string[] = [];
    const problems: string[] = [];
    const checked = new Set<string>();
    const checkValueType = (type: GraphQLNamedType, path: string) => {
      if (checked.has(type.name)) return;
      checked.add(type.name);
      const types = isAbstractType(type) ? [type, ...schema.getPossibleTypes(type)] : [type];
      for (const each of types) {
        if (!isObjectType(each) && !isInterfaceType(each)) continue;
        for (const field of Object.values(each.getFields())) {
          const named = getNamedType(field.type);
          const where = `${path} → ${each.name}.${field.name}`;
          if (named.name === 'ID') problems.push(`${where} is an id of a record`);
          else if (named.name.endsWith('Connection')) problems.push(`${where} is a connection`);
          else if (isLeafType(named)) continue;
          else if (isListType(getNullableType(field.type)) && !isEmbeddedList(field))
            problems.push(`${where} is a list of rows`);
          else checkValueType(named, where);
        }
      }
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isEmbeddedList(field)) continue;
        marked.push(`${type.name}.${field.name}`);
        if (!isListType(getNullableType(field.type))) problems.push(`${type.name}.${field.name} is not a list`);
        checkValueType(getNamedType(field.type), `${type.name}.${field.name}`);
      }
    }
    expect(problems).toEqual([]);
    expect(marked).toEqual(
      expect.arrayContaining([
        'TemplateVersion.sections',
        'TemplateSection.indicators',
        'ScaleIndicator.levels',
        'ChoiceIndicator.options',
        'ExpectationIndicator.guidance',
        'Assessment.sections',
        'Assessment.answers',
      ]),
    );
    // Lists resolved by loaders stay unmarked, so they keep counting as ASSUMED_LIST_SIZE rows.
    expect(marked).not.toEqual(expect.arrayContaining(['Assessment.realisations']));
    expect(
      marked.filter((name) =>
        [
          'JobFamily.templates',
          'Template.versions',
          'Employee.subordinates',
          'WorkPlan.results',
          'Unit.employees',
        ].includes(name),
      ),
    ).toEqual([]);
  });
});

describe('the web’s own operations', () => {
  let cycle: Cycle;
  let web: Record<string, DocumentNode>;
  beforeAll(async () => {
    cycle = await arrangeCycle(app, rules.exampleDefinition());
    // The documents exactly as the web sends them (generated by codegen from web/src).
    const generated = fileURLToPath(new URL('../../../../web/src/gql/graphql.ts', import.meta.url));
    web = (await import(/* @vite-ignore */ generated)) as Record<string, DocumentNode>;
  });

  it('fetches a whole template version for the designer in one accepted query', async () => {
    expect(shapeOf(web.TemplateVersionDocument!).cost).toBeLessThan(QUERY_LIMITS.maxCost / 10);
    const data = await app.ok(print(web.TemplateVersionDocument!), { id: cycle.version.id }, cycle.as.hr);
    const indicators = data.templateVersion.sections.flatMap((s: { indicators: unknown[] }) => s.indicators);
    expect(indicators.find((i: { levels?: unknown[] }) => i.levels?.length)).toBeDefined();
    expect(indicators.find((i: { options?: unknown[] }) => i.options?.length)).toBeDefined();
    expect(indicators.find((i: { guidance?: unknown[] }) => i.guidance?.length)).toBeDefined();
  });

  it('fetches a whole assessment form in one accepted query', async () => {
    const started = await assessStaff(app, cycle, cycle.quarters[0]!.id, false);
    expect(shapeOf(web.AssessmentPageDocument!).cost).toBeLessThan(QUERY_LIMITS.maxCost / 10);
    const data = await app.ok(print(web.AssessmentPageDocument!), { id: started.id }, cycle.as.supervisor);
    const indicators = data.assessment.sections.flatMap((s: { indicators: unknown[] }) => s.indicators);
    expect(indicators.find((i: { levels?: unknown[] }) => i.levels?.length)).toBeDefined();
    expect(indicators.find((i: { guidance?: unknown[] }) => i.guidance?.length)).toBeDefined();
  });

  it('keeps every operation of the web well within the limits', () => {
    const operations = Object.entries(web).filter(
      ([name, document]) =>
        name.endsWith('Document') && document.definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const [name, document] of operations) {
      const shape = shapeOf(document, { first: 100 });
      expect({
        name,
        fits:
          shape.cost <= QUERY_LIMITS.maxCost &&
          shape.depth <= QUERY_LIMITS.maxDepth &&
          shape.aliases <= QUERY_LIMITS.maxAliases,
      }).toEqual({ name, fits: true });
    }
  });
});
