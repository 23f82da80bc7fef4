import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/config/logger.js';
import { openDatabase } from '../src/db/database.js';
import { createHttpServer } from '../src/http/app.js';
import { SESSION_COOKIE } from '../src/modules/auth/session.service.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { BENCH_USERS, openScaleDatabase } from './scale-db.js';

/**
 * `pnpm run bench export`: the server in this process on the scale data set, the bench analyst exports
 * every assessment (≥ 100 000 rows on `seed:scale -- --employees 13000`) as CSV and as XLSX over HTTP on
 * loopback; prints rows, seconds, rows/s and the peak growth of RSS and heap over the export, sampled
 * every 100 ms. The client only counts what it receives (the XLSX is spooled to a temporary file and
 * its rows counted afterwards with exceljs's streaming reader, outside the measurement).
 */
const QUERY = `query Penilaian { assessments { edges { node { id workResultsScore behaviourScore predikat submittedAt employee { name } subPeriod { name } } } } }`;

interface Sample {
  rss: number;
  heap: number;
  live: number;
}

/**
 * Peaks of RSS and heapUsed every 100 ms, and of the live heap: every 2 s a full collection, then
 * heapUsed (heapUsed between collections includes garbage not yet collected; the forced collections
 * cost a little time).
 */
function sampler(): { stop(): { peakRss: number; peakHeap: number; peakLive: number } } {
  let peakRss = 0;
  let peakHeap = 0;
  let peakLive = 0;
  const live = setInterval(() => {
    collectGarbage();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  }, 2000);
  const take = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  take();
  const timer = setInterval(take, 100);
  return {
    stop() {
      clearInterval(timer);
      clearInterval(live);
      take();
      return { peakRss, peakHeap, peakLive };
    },
  };
}

/** A full collection before each export, so the baseline is the live heap (exposes gc for this process). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }',
      variables: { input: { username: BENCH_USERS.analyst, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`login of ${BENCH_USERS.analyst} failed: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function exportOnce(
  url: string,
  cookie: string,
  format: 'csv' | 'xlsx',
  spool: string,
): Promise<{ rows: number; bytes: number; seconds: number; peak: Sample; base: Sample }> {
  collectGarbage();
  const before = process.memoryUsage();
  const base = { rss: before.rss, heap: before.heapUsed, live: before.heapUsed };
  const memory = sampler();
  const started = performance.now();
  const response = await fetch(`${url}/export?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: QUERY, operationName: 'Penilaian' }),
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`export ${format}: HTTP ${response.status} ${await response.text()}`);
  let rows = 0;
  let bytes = 0;
  if (format === 'csv') {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows++;
    }
    rows -= 1; // the header
  } else {
    await pipeline(Readable.fromWeb(response.body as never), createWriteStream(spool));
    bytes = (await stat(spool)).size;
  }
  const seconds = (performance.now() - started) / 1000;
  const { peakRss, peakHeap, peakLive } = memory.stop();
  if (format === 'xlsx') {
    for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(spool, {})) {
      for await (const _row of sheet as AsyncIterable<unknown>) rows++;
    }
    rows -= 1;
  }
  return { rows, bytes, seconds, base, peak: { rss: peakRss, heap: peakHeap, live: peakLive } };
}

export async function exportBench(args: readonly string[]): Promise<void> {
  const formats = (['csv', 'xlsx'] as const).filter((f) => args.length === 0 || args.includes(f));
  const scale = await openScaleDatabase();
  const pool = new pg.Pool({ connectionString: scale.url, max: 1 });
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: scale.url, LOG_LEVEL: 'warn' });
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const http = await createHttpServer(config, db, logger);
  const spoolDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-export-bench-'));
  try {
    const total = Number((await pool.query('select count(*) from assessment')).rows[0].count);
    if (total === 0)
      throw new Error('the scale database is empty: run `pnpm run seed:scale -- --employees 13000` first.');
    const port = await http.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    const cookie = await login(url);
    // Warm up schema, plans and the connection pool: a one-execution export, and one page of the query.
    await fetch(`${url}/export?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ periods { year } }' }),
    }).then((r) => r.arrayBuffer());
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: QUERY }),
    }).then((r) => r.arrayBuffer());
    process.stderr.write(
      `export bench: ${total} assessments readable by ${BENCH_USERS.analyst}; formats ${formats.join(', ')}\n`,
    );
    const lines = [
      '| format | rows | MB sent | seconds | rows/s | peak RSS growth MB | peak heap growth MB | peak live heap growth MB (2 s GC) | peak RSS MB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const format of formats) {
      process.stderr.write(`  ${format} …\n`);
      const r = await exportOnce(url, cookie, format, path.join(spoolDir, `export.${format}`));
      if (r.rows !== total) process.stderr.write(`  WARNING: ${format} has ${r.rows} rows, the database ${total}\n`);
      lines.push(
        `| ${format} | ${r.rows} | ${mb(r.bytes)} | ${r.seconds.toFixed(1)} | ${Math.round(r.rows / r.seconds)} | ${mb(r.peak.rss - r.base.rss)} | ${mb(r.peak.heap - r.base.heap)} | ${mb(r.peak.live - r.base.live)} | ${mb(r.peak.rss)} |`,
      );
    }
    process.stdout.write(
      `\nKinerja export bench — ${new Date().toISOString()}, server in process, loopback HTTP, memory sampled every 100 ms\n` +
        `query: ${QUERY}\n\n${lines.join('\n')}\n`,
    );
  } finally {
    await http.close();
    await db.close();
    await pool.end();
    await scale.stop();
    await rm(spoolDir, { recursive: true, force: true });
  }
}
