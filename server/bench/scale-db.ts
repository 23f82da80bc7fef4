import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabaseExists } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

/** Where the scale data lives unless DATABASE_URL names another database: not the demo's `.data/postgres`. */
export const SCALE_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.data/scale');

/** Accounts the generator makes for the benchmark (password: the demo password). */
export const BENCH_USERS = { analyst: 'bench.analis', hr: 'bench.hr' } as const;

export interface ScaleDatabase {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** The scale database: DATABASE_URL when set, else an embedded cluster of its own in `.data/scale`. */
export async function openScaleDatabase(): Promise<ScaleDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const cluster = await startEmbeddedPostgres({ dataDir: process.env.KINERJA_SCALE_DIR || SCALE_DATA_DIR });
  await ensureDatabaseExists(cluster.adminUrl, 'kinerja_scale');
  return { url: cluster.urlFor('kinerja_scale'), embedded: true, stop: () => cluster.stop() };
}

/** A one-line progress bar on stderr: counts, rate and ETA, rewritten in place. */
export function progress(label: string, total: number): { tick(done: number): void; end(): void } {
  const started = Date.now();
  let last = 0;
  const draw = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const width = 30;
    const filled = Math.round((width * done) / Math.max(total, 1));
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}` +
        ` ${Math.round(rate).toLocaleString('en')}/s ETA ${eta}s   `,
    );
  };
  return {
    tick(done) {
      if (Date.now() - last < 200 && done < total) return;
      last = Date.now();
      draw(done);
    },
    end() {
      draw(total);
      process.stderr.write('\n');
    },
  };
}
