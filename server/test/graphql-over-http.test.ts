import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): statuses per Accept header, request
// errors that never reach GraphQL answered as GraphQL-shaped JSON, and the graphql-http audit suite.

let app: TestApp;
let analyst: Record<string, string>;
let analystHr: Record<string, string>;
let employee: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.signInAs('ANALYST');
  analystHr = await app.signInAs('ANALYST', 'HR');
  employee = await app.signInAs();
});
afterAll(() => app?.close());

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

interface Answer {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Answer['body'],
  };
}

const deep = (depth: number): string => (depth === 0 ? 'id' : `parent { ${deep(depth - 1)} }`);

/** Each refusal before execution: the request, who sends it, its code and its status under graphql-response+json. */
const refusals = [
  {
    what: 'anonymous call of a signed-in operation',
    query: '{ periods(first: 1) { totalCount } }',
    who: () => ({}),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    what: 'anonymous introspection',
    query: '{ __schema { queryType { name } } }',
    who: () => ({}),
    code: 'UNAUTHENTICATED',
    status: 401,
  },
  {
    what: 'an employee calling an explorer operation',
    query: '{ savedQueries(first: 1) { totalCount } }',
    who: () => employee,
    code: 'FORBIDDEN',
    status: 403,
  },
  {
    what: 'an analyst’s mutation, even with HR (read-only session)',
    query: 'mutation { createJobFamily(input: { code: "xx", name: "X", nameEn: "X" }) { family { id } } }',
    who: () => analystHr,
    code: 'FORBIDDEN',
    status: 403,
  },
  {
    what: 'a query deeper than the limit',
    query: `{ units(first: 1) { nodes { ${deep(14)} } } }`,
    who: () => analyst,
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    what: 'a syntax error',
    query: '{ units(first: 1) { ',
    who: () => analyst,
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
  },
  {
    what: 'a validation error',
    query: '{ noSuchField }',
    who: () => analyst,
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    what: 'a variable of the wrong type',
    query: 'query ($n: Int!) { units(first: $n) { totalCount } }',
    variables: { n: 'many' },
    who: () => analyst,
    code: 'BAD_USER_INPUT',
    status: 400,
  },
];

describe('status codes of refusals', () => {
  it.each(refusals)(
    '$what: $status with Accept graphql-response+json (what Apollo Client 4 asks for), no data',
    async ({ query, variables, who, code, status }) => {
      const answer = await post({ query, variables }, { accept: `${GRAPHQL_RESPONSE},${JSON_TYPE};q=0.9`, ...who() });
      expect(answer.status).toBe(status);
      expect(answer.contentType).toContain(GRAPHQL_RESPONSE);
      expect(answer.body).not.toHaveProperty('data');
      expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    },
  );

  it.each(refusals)(
    '$what: 200 with Accept application/json or no Accept (well-formed request)',
    async ({ query, variables, who, code }) => {
      for (const accept of [{ accept: JSON_TYPE }, {}] as Record<string, string>[]) {
        const answer = await post({ query, variables }, { ...accept, ...who() });
        expect(answer.status).toBe(200);
        expect(answer.contentType).toContain(JSON_TYPE);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
      }
    },
  );

  it('keeps the limit refusal’s reason and the language of the request', async () => {
    const answer = await post(
      { query: refusals[4]!.query },
      { accept: GRAPHQL_RESPONSE, 'accept-language': 'en', ...analyst },
    );
    expect(answer.body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    expect(answer.body.errors?.[0]?.message).toMatch(/^The query is too deep/);
  });

  it('answers 200 once the operation ran, even with field errors or a null result', async () => {
    const answer = await post(
      { query: '{ employee(id: "00000000-0000-4000-8000-000000000000") { id } }' },
      { accept: GRAPHQL_RESPONSE, ...analyst },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveProperty('data');
  });

  it('answers 400 for a request that is not a GraphQL request (no query), whatever the Accept header', async () => {
    for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
      const answer = await post({ qeury: '{ __typename }' }, { accept });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });
});

describe('request errors before GraphQL are JSON, 4xx, in the request’s language', () => {
  const cases = [
    {
      what: 'a body over 1 MB',
      init: {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
      },
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      id: /melebihi batas 1 MB/,
      en: /larger than the 1 MB limit/,
    },
    {
      what: 'malformed JSON',
      init: { headers: { 'content-type': 'application/json' }, body: '{ "query": ' },
      status: 400,
      code: 'BAD_REQUEST',
      id: /bukan JSON yang sah/,
      en: /not valid JSON/,
    },
    {
      what: 'a charset other than UTF-8',
      init: { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      id: /"latin1" tidak didukung/,
      en: /"latin1" is not supported/,
    },
    {
      what: 'a content type other than JSON',
      init: {
        headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
        body: '{"query":"{ __typename }"}',
      },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      id: /sebagai JSON/,
      en: /as JSON/,
    },
    {
      what: 'no content type',
      init: { headers: {}, body: '{"query":"{ __typename }"}' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      id: /sebagai JSON/,
      en: /as JSON/,
    },
    {
      what: 'an unknown content encoding',
      init: {
        headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-x' },
        body: '{"query":"{ __typename }"}',
      },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      id: /"zstd-x" tidak didukung/,
      en: /"zstd-x" is not supported/,
    },
  ];

  it.each(cases)('$what: $status $code', async ({ init, status, code, id, en }) => {
    for (const [language, message] of [
      ['id', id],
      ['en-GB,en;q=0.9', en],
    ] as const) {
      for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE, undefined]) {
        const headers: Record<string, string> = {
          ...(init.headers as Record<string, string>),
          'accept-language': language,
          ...(accept ? { accept } : {}),
        };
        const response = await fetch(`${app.url}/graphql`, { method: 'POST', ...init, headers });
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toContain(
          accept === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : JSON_TYPE,
        );
        const body = (await response.json()) as Answer['body'];
        expect(body).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code } }] });
      }
    }
  });

  it('keeps CSRF prevention: a GET or a simple-content-type POST without a preflight header never executes', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(415);
    const withHeader = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });
});

/** The audit's verdicts by level; every failure is logged (SHOULD and MAY too) so it stays visible. */
function summarise(label: string, results: AuditResult[]) {
  const failed = results.filter((r) => r.status !== 'ok');
  for (const r of failed)
    console.info(`[graphql-http audit, ${label}] ${r.status} ${r.id}: ${r.name} — ${'reason' in r ? r.reason : ''}`);
  return {
    must: failed.filter((r) => r.name.startsWith('MUST')).map((r) => r.id),
    should: failed.filter((r) => r.name.startsWith('SHOULD')).map((r) => r.id),
    passed: results.length - failed.length,
  };
}

describe('graphql-http server audit (GraphQL over HTTP spec)', () => {
  const audit = (headers: () => Record<string, string>) =>
    auditServer({
      url: `${app.url}/graphql`,
      // Adds the session cookie (signed in) and, where said, the preflight header a non-browser client sends for GETs.
      fetchFn: (input: string | URL | Request, init: RequestInit = {}) =>
        fetch(input, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init.headers).entries()), ...headers() },
        }),
    });

  it('signed in: no MUST and no SHOULD failure', async () => {
    const result = summarise('signed in', await audit(() => ({ ...analyst, 'apollo-require-preflight': 'true' })));
    expect(result.must).toEqual([]);
    expect(result.should).toEqual([]);
  });

  it("anonymous: no MUST and no SHOULD failure; the audit's `__type(name) { name }` probe is all of the schema an anonymous client gets", async () => {
    const result = summarise('anonymous', await audit(() => ({ 'apollo-require-preflight': 'true' })));
    expect(result.must).toEqual([]);
    expect(result.should).toEqual([]);
    const probe = await post(
      { query: 'query Type($name: String!) { __type(name: $name) { name } }', variables: { name: 'Employee' } },
      { accept: JSON_TYPE },
    );
    expect([probe.status, (probe.body.data as { __type?: unknown } | undefined)?.__type]).toEqual([
      200,
      { name: 'Employee' },
    ]);
    const fields = await post(
      { query: '{ __type(name: "Employee") { name fields { name } } }' },
      { accept: JSON_TYPE },
    );
    expect([fields.status, fields.body.errors?.[0]?.extensions?.code]).toEqual([200, 'UNAUTHENTICATED']);
  });

  it('without the preflight header: the same, only GET audits (MAY) are refused by CSRF prevention', async () => {
    const result = summarise('signed in, no preflight header', await audit(() => analyst));
    expect(result.must).toEqual([]);
    expect(result.should).toEqual([]);
  });
});
