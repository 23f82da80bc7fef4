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
});
