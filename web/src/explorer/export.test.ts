import { describe, expect, it, vi } from 'vitest';
import { filenameFromDisposition, requestExport } from './export';

describe('filenameFromDisposition', () => {
  it('reads quoted, bare and RFC 5987 names, preferring filename*', () => {
    expect(filenameFromDisposition('attachment; filename="skor perawat.xlsx"', 'x')).toBe('skor perawat.xlsx');
    expect(filenameFromDisposition('attachment; filename=hasil.csv', 'x')).toBe('hasil.csv');
    expect(filenameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''rata-rata%20skor.csv`, 'x')).toBe(
      'rata-rata skor.csv',
    );
    expect(filenameFromDisposition('attachment; filename="say \\"hi\\".csv"', 'x')).toBe('say "hi".csv');
    expect(filenameFromDisposition(null, 'kinerja.csv')).toBe('kinerja.csv');
    expect(filenameFromDisposition('attachment', 'kinerja.csv')).toBe('kinerja.csv');
  });
});

describe('requestExport', () => {
  const request = { query: '{ viewer { id } }', variables: { a: 1 }, operationName: 'Q' };

  it('posts JSON with the session cookie and returns the file with its name', async () => {
    const fetchImpl = vi.fn(
      async () =>
        new Response('a,b\n1,2\n', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="hasil.csv"' },
        }),
    );
    const result = await requestExport('csv', request, fetchImpl as typeof fetch, 'en');
    expect(fetchImpl).toHaveBeenCalledWith('/export?format=csv', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify(request),
    });
    expect(result).toMatchObject({ ok: true, filename: 'hasil.csv' });
    if (result.ok) expect(await result.blob.text()).toBe('a,b\n1,2\n');
  });

  it('reports the server’s error code and message, or the status when the body is not JSON', async () => {
    const refused = vi.fn(async () =>
      Response.json({ error: { code: 'GRAPHQL_INVALID', message: 'Kueri tidak valid.' } }, { status: 400 }),
    );
    expect(await requestExport('xlsx', request, refused as typeof fetch)).toEqual({
      ok: false,
      code: 'GRAPHQL_INVALID',
      message: 'Kueri tidak valid.',
    });
    const missing = vi.fn(async () => new Response('Not Found', { status: 404, statusText: 'Not Found' }));
    expect(await requestExport('xlsx', request, missing as typeof fetch)).toEqual({
      ok: false,
      code: 'HTTP_404',
      message: '404 Not Found',
    });
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await requestExport('csv', request, offline as typeof fetch)).toEqual({
      ok: false,
      code: 'NETWORK',
      message: 'Failed to fetch',
    });
  });
});
