import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { explorerFetcher } from './fetcher';

describe('explorerFetcher', () => {
  it('posts the operation as JSON to /graphql with the same-origin session cookie', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ data: { viewer: { id: '1' } } }));
    const fetcher = explorerFetcher(fetchImpl as typeof fetch);
    const result = await fetcher({ query: '{ viewer { id } }', variables: { a: 1 }, operationName: null });
    expect(result).toEqual({ data: { viewer: { id: '1' } } });
    expect(fetchImpl).toHaveBeenCalledWith('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'id' },
      body: JSON.stringify({ query: '{ viewer { id } }', variables: { a: 1 }, operationName: null }),
    });
  });

  it('sends GraphiQL’s introspection with a TypeRef of four unwrappings (the API refuses more than 12 levels)', async () => {
    const fetchImpl = vi.fn(async (_uri: string, _init: RequestInit) => Response.json({ data: {} }));
    await explorerFetcher(fetchImpl as unknown as typeof fetch)({
      query: getIntrospectionQuery(),
      operationName: 'IntrospectionQuery',
    });
    const sent = JSON.parse(String(fetchImpl.mock.calls[0]![1].body)) as { query: string; operationName: string };
    expect(sent.operationName).toBe('IntrospectionQuery');
    expect(sent.query).toContain(
      'fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }',
    );
    expect(sent.query.split('fragment TypeRef')[0]).toBe(getIntrospectionQuery().split('fragment TypeRef')[0]);
  });
});
