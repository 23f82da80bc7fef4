import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('HTTP surface', () => {
  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { reachable: true } });
  });

  it('answers { __typename } at /graphql', async () => {
    expect(await app.gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a GET mutation-less request without the CSRF header (csrfPrevention on)', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses a body larger than the request size limit', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('reports a syntax error with a stable code and no stack trace', async () => {
    const result = await app.gql('{ jobFamilies { ');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
  });
});
