import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { QUERY_LIMITS } from './limits.js';

let app: TestApp;
let signedIn: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  await app.createUser({ username: 'analis', roles: ['ANALYST'] });
  signedIn = await app.login('analis');
});
afterAll(() => app.close());

/** `jobFamilies { templates { family { templates { … id } } } }`, `depth` levels below jobFamilies. */
const nest = (depth: number) => {
  let selection = 'id';
  for (let i = depth - 1; i >= 0; i--) selection = `${i % 2 ? 'family' : 'templates'} { ${selection} }`;
  return `{ jobFamilies { ${selection} } }`;
};

describe('query limits', () => {
  it('refuses a too-deep query, saying the depth and the limit', async () => {
    const result = await app.gql(nest(QUERY_LIMITS.maxDepth + 2), {}, signedIn);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', limit: QUERY_LIMITS.maxDepth });
    expect(result.errors?.[0]?.message).toMatch(/^Kueri terlalu dalam: kedalaman \d+, batas 12\.$/);
  });

  it('accepts a nested query within the limits', async () => {
    // Each `templates` level multiplies the estimated cost by the assumed list size, so stay shallow.
    const result = await app.gql(nest(4), {}, signedIn);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a too-costly query with its estimated cost, also when the size comes from a variable', async () => {
    const query = `query ($n: Int) { assessments(first: $n) { edges { node { sections { indicators { key label { id en } } } } } } }`;
    const result = await app.gql(query, { n: 100 }, { ...signedIn, 'accept-language': 'en' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', limit: QUERY_LIMITS.maxCost });
    expect(result.errors?.[0]?.extensions?.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(result.errors?.[0]?.message).toMatch(/^The query is too costly: estimated cost \d+, limit 20000\./);
    expect((await app.gql(query, { n: 5 }, signedIn)).errors).toBeUndefined();
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await app.gql(`{ ${aliases} }`, {}, signedIn)).errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_ALIASES', aliases: 31 });
    const tokens = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;
    const result = await app.gql(tokens, {}, signedIn);
    expect(result.errors?.[0]?.message).toMatch(/more that 5000 tokens/);
  });

  it('serves introspection to signed-in users only', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await app.gql(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viaFragment = '{ ...F } fragment F on Query { __type(name: "Query") { name } }';
    expect((await app.gql(viaFragment)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.ok(query, {}, signedIn)).__schema.queryType.name).toBe('Query');
  });

  it('hides field suggestions from anonymous users only', async () => {
    const anonymous = await app.gql('{ jobFamilie { id } }');
    expect(anonymous.errors?.[0]?.message).toBe('Cannot query field "jobFamilie" on type "Query".');
    const known = await app.gql('{ jobFamilie { id } }', {}, signedIn);
    expect(known.errors?.[0]?.message).toMatch(/Did you mean "jobFamilies"/);
  });
});
