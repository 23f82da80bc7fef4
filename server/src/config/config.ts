import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runtime configuration, read once from the environment and validated. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** An external PostgreSQL; when absent the server runs an embedded one. */
  readonly databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (survives restarts). */
  readonly embeddedDataDir: string;
  readonly environment: 'development' | 'production' | 'test';
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built SPA served at `/`; absent in API-only runs. */
  readonly webDistDir: string;
  /** express's `trust proxy`: which proxies' X-Forwarded-* headers count (false = none, the default). */
  readonly trustProxy: TrustProxy;
  /** Database pool: at most `max` connections; requests beyond it queue for up to `acquireTimeoutMs`. */
  readonly databasePool: { readonly max: number; readonly acquireTimeoutMs: number };
  /** Longest a single SQL statement of a request may run, by kind of session (PostgreSQL `statement_timeout`). */
  readonly statementTimeoutMs: { readonly default: number; readonly analyst: number };
  /** On SIGTERM/SIGINT: how long requests in progress may take to finish before their connections are closed. */
  readonly shutdownTimeoutMs: number;
}

/** A configuration problem the operator can fix; printed as one line, never a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const environments = ['development', 'production', 'test'] as const;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${raw}".`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//".`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(`DATABASE_URL must name a database, e.g. postgres://user:password@${url.host}/kinerja.`);
  }
  return raw;
}

function parseWholeNumber(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

/** What express's `trust proxy` accepts: nobody, everybody, a number of hops, or addresses, subnets and names. */
export type TrustProxy = boolean | number | string[];
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(item: string): boolean {
  if (PROXY_NAMES.includes(item)) return true;
  const [address = '', prefix, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** TRUST_PROXY with express's meanings; unset or `false` trusts nobody, so clients cannot fake HTTPS. */
function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10)
      throw new ConfigError(`TRUST_PROXY as a number of proxies must be from 1 to 10, got "${raw}".`);
    return hops;
  }
  const items = value.split(',').map((item) => item.trim());
  const wrong = items.find((item) => !isProxyAddress(item));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxies (e.g. 1), loopback, linklocal, uniquelocal, IP addresses or subnets (e.g. 10.0.0.0/8), comma-separated, true or false; "${wrong}" is none of these.`,
    );
  }
  return items;
}

function parseOneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = parseOneOf('NODE_ENV', env.NODE_ENV, environments, 'development');
  return {
    port: parsePort(env.PORT),
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    // Relative to the checkout, not to the working directory: pnpm runs the server from server/, whichever
    // folder `pnpm start` was typed in.
    embeddedDataDir: path.resolve(repoRoot, env.KINERJA_DATA_DIR || path.join('.data', 'postgres')),
    environment,
    logLevel: parseOneOf('LOG_LEVEL', env.LOG_LEVEL, logLevels, environment === 'test' ? 'silent' : 'info'),
    webDistDir: path.join(repoRoot, 'web', 'dist'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    databasePool: {
      max: parseWholeNumber('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, 10, 1, 1000),
      acquireTimeoutMs: parseWholeNumber(
        'DATABASE_POOL_ACQUIRE_TIMEOUT_MS',
        env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
        30_000,
        100,
        600_000,
      ),
    },
    statementTimeoutMs: {
      default: parseWholeNumber('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 15_000, 100, 3_600_000),
      analyst: parseWholeNumber(
        'ANALYST_STATEMENT_TIMEOUT_MS',
        env.ANALYST_STATEMENT_TIMEOUT_MS,
        10_000,
        100,
        3_600_000,
      ),
    },
    shutdownTimeoutMs: parseWholeNumber('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 10_000, 0, 600_000),
  };
}
