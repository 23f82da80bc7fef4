import 'reflect-metadata';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Config } from '../src/config/config.js';
import { createLogger } from '../src/config/logger.js';
import { openDatabase } from '../src/db/database.js';
import { UnitKind } from '../src/modules/organisation/organisation.enums.js';
import { Unit } from '../src/modules/organisation/unit.entity.js';
import { createHttpServer } from '../src/http/app.js';
import { SESSION_COOKIE } from '../src/modules/auth/session.service.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './harness.js';

// Serving over HTTP: compression, caching of the SPA's files, exports left uncompressed, and `Secure` session
// cookies behind a trusted HTTPS proxy (TRUST_PROXY).

let app: TestApp;
let dist: string;
const cleanups: (() => Promise<void>)[] = [];
/**
 * Another server on the test database with its own environment (and configuration overrides), as `pnpm start`
 * would run it: its own connection pool, closed after the file.
 */
async function serverWith(env: Record<string, string>, overrides: Partial<Config> = {}): Promise<string> {
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: app.db.url, ...env }),
    ...overrides,
  };
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const server = await createHttpServer(config, db, logger);
  cleanups.push(async () => {
    await server.close();
    await db.close();
  });
  return `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
}

// A stand-in for Vite's build (the real one may not be built when server tests run).
const SCRIPT = `export function greet(name){return "Selamat datang, "+name+"!"}\n`.repeat(4000);
const HASHED = 'index-Bx3kQ9aZ.js';
let spa: string;
beforeAll(async () => {
  app = await startTestApp();
  dist = mkdtempSync(path.join(os.tmpdir(), 'kinerja-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/${HASHED}"></script></head><body></body></html>`,
  );
  writeFileSync(path.join(dist, 'assets', HASHED), SCRIPT);
  writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  spa = await serverWith({}, { webDistDir: dist });
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they crossed the wire (still compressed). */
  body: Buffer;
}

/** A request without fetch's transparent decompression, to see the encoding and the transfer size. */
function raw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

const decode = (response: RawResponse): string => {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
};

describe('the SPA’s files', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])(
    'hashed script with Accept-Encoding "%s": %s, cached for a year as immutable',
    async (acceptEncoding, encoding) => {
      const response = await raw(`${spa}/assets/${HASHED}`, { headers: { 'accept-encoding': acceptEncoding } });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-type']).toMatch(/^text\/javascript/);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode(response)).toBe(SCRIPT);
      if (encoding) expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
    },
  );

  it('a hashed file that does not exist is 404 text, not index.html', async () => {
    const response = await raw(`${spa}/assets/index-Old0ld00.js`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each(['/', '/index.html', '/eksplorasi', '/rencana-kerja/123'])(
    '%s is index.html, revalidated every time (no-cache)',
    async (page) => {
      const response = await raw(`${spa}${page}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(decode(response)).toContain(`/assets/${HASHED}`);
    },
  );

  it('another file of the build is cached briefly', async () => {
    const response = await raw(`${spa}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=600');
  });
});

describe('compression of API answers', () => {
  it('compresses a large /graphql answer', async () => {
    const analyst = await app.signInAs('ANALYST');
    const response = await raw(`${spa}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', ...analyst },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(decode(response)).data.__schema.types.length).toBeGreaterThan(50);
  });

  it('never compresses a streamed export (rows go out page by page; XLSX is zipped already)', async () => {
    const em = app.em();
    for (let i = 0; i < 80; i++)
      em.create(Unit, { code: `ekspor_${i}`, name: `Kecamatan Uji Ekspor Nomor ${i}`, kind: UnitKind.KECAMATAN });
    await em.flush();
    const hr = await app.signInAs('HR');
    for (const format of ['csv', 'xlsx']) {
      const response = await raw(`${spa}/export?format=${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', ...hr },
        body: JSON.stringify({ query: '{ units(first: 20) { nodes { code name } } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.length).toBeGreaterThan(1024);
    }
  });
});

describe('TRUST_PROXY: Secure session cookies behind an HTTPS proxy', () => {
  const loginCookie = async (url: string, headers: Record<string, string>) => {
    const username = `proxy-${Math.random().toString(36).slice(2, 10)}`;
    await app.createUser({ username, roles: ['HR'] });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }',
        variables: { input: { username, password: TEST_PASSWORD } },
      }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toBeDefined();
    return cookie!;
  };

  it('a trusted proxy saying https gets a Secure cookie; the same proxy over plain http does not', async () => {
    const url = await serverWith({ TRUST_PROXY: 'loopback' });
    expect(await loginCookie(url, { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
    expect(await loginCookie(url, { 'x-forwarded-proto': 'http' })).not.toMatch(/;\s*Secure/i);
    expect(await loginCookie(url, {})).not.toMatch(/;\s*Secure/i);
  });

  it('one hop (TRUST_PROXY=1) trusts the proxy in front', async () => {
    const url = await serverWith({ TRUST_PROXY: '1' });
    expect(await loginCookie(url, { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
  });

  it('an untrusted client cannot fake https: unset, or a proxy address that is not the sender', async () => {
    expect(await loginCookie(app.url, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
    const other = await serverWith({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' });
    expect(await loginCookie(other, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.1' })).not.toMatch(
      /;\s*Secure/i,
    );
  });

  it('reads TRUST_PROXY with express’s meanings and refuses anything else', () => {
    const read = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(read(undefined)).toBe(false);
    expect(read('')).toBe(false);
    expect(read('false')).toBe(false);
    expect(read('true')).toBe(true);
    expect(read('2')).toBe(2);
    expect(read('loopback')).toEqual(['loopback']);
    expect(read('loopback, 10.0.0.0/8,fd00::/8, 203.0.113.7')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '203.0.113.7',
    ]);
    for (const wrong of ['yes', '0', '11', '10.0.0.0/33', '300.1.1.1', 'loopback,', 'proxy.example']) {
      expect(() => read(wrong), wrong).toThrow(ConfigError);
    }
    expect(() => read('yes')).toThrow(/TRUST_PROXY/);
  });
});
