/** A bounded closed-loop load generator: `concurrency` loops fire requests until the time or count runs out. */
export interface Measured {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** Mean SQL statements per request (from `x-sql-statements`), when the scenario reports them. */
  statements: number | null;
  firstError?: string;
}

export type Fire = (i: number) => Promise<{ statements?: number } | void>;

/** The q-quantile (0…1) of latencies sorted ascending; NaN when there are none. */
export const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export async function measure(
  fire: Fire,
  options: { seconds: number; concurrency: number; maxRequests?: number; warmup?: number },
): Promise<Measured> {
  for (let i = 0; i < (options.warmup ?? options.concurrency * 2); i++) await fire(-1 - i).catch(() => {});
  const latencies: number[] = [];
  let statements = 0;
  let counted = 0;
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && (options.maxRequests === undefined || next < options.maxRequests)) {
      const i = next++;
      const t0 = performance.now();
      try {
        const result = await fire(i);
        latencies.push(performance.now() - t0);
        if (result?.statements !== undefined) {
          statements += result.statements;
          counted++;
        }
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => percentile(latencies, q);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    statements: counted > 0 ? statements / counted : null,
    firstError,
  };
}
