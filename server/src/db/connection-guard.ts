import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * One pooled connection per request, never two.
 *
 * A request that holds a connection inside a transaction and then waits for a second one deadlocks the pool
 * as soon as as many requests do it as the pool has connections: everyone waits for the acquire timeout. So
 * every request gets a lease: its queries take turns on at most one pooled connection at a time (queries of a
 * transaction share the transaction's connection), and a request that asks for a second connection while its
 * transaction holds one fails at once with SecondConnectionError — a bug to fix (use the transaction's `em`),
 * never a frozen server. Work outside a request (migrations, seed, jobs) is not leased.
 */
interface Lease {
  /** The connection the request holds, if any (a transaction's, or a single statement's). */
  held: unknown;
  busy: boolean;
  readonly waiting: (() => void)[];
  /** PostgreSQL `statement_timeout` for this request's statements. */
  statementTimeoutMs: number;
}

const leases = new AsyncLocalStorage<Lease>();

/** Thrown when a request waits for a second pooled connection while its transaction holds one. */
export class SecondConnectionError extends Error {
  override name = 'SecondConnectionError';
  constructor() {
    super(
      "A request asked for a second pooled connection while its transaction holds one; use the transaction's entity manager inside em.transactional().",
    );
  }
}

/** Runs `work` (one request) with its own connection lease and statement timeout. */
export function withConnectionLease<T>(statementTimeoutMs: number, work: () => T): T {
  return leases.run({ held: null, busy: false, waiting: [], statementTimeoutMs }, work);
}

/** Changes the statement timeout of the current request (e.g. once its actor is known). */
export function setStatementTimeout(ms: number): void {
  const lease = leases.getStore();
  if (lease) lease.statementTimeoutMs = ms;
}

/** What the connection was last told; a SET runs only when a request needs another value. */
const TIMEOUT = Symbol('statementTimeoutMs');
interface PgConnection {
  query(sql: string): Promise<unknown>;
  [TIMEOUT]?: number;
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

const inTransaction = (connection: unknown) => Boolean((connection as { __knexTxId?: unknown } | null)?.__knexTxId);

const LEASED = Symbol('leased');

/** Makes the ORM's pool honour the leases (once per pool, however often it is called). */
export function leaseConnections(orm: MikroORM): void {
  const client = orm.em.getConnection().getKnex().client as KnexClient & { [LEASED]?: true };
  if (client[LEASED]) return;
  client[LEASED] = true;
  const acquire = client.acquireConnection.bind(client);
  const release = client.releaseConnection.bind(client);
  const leaseOf = new WeakMap<object, Lease>();

  /** A pooled connection told the wanted statement timeout (0: none, for migrations, seed and jobs). */
  const acquireWithTimeout = async (wanted: number) => {
    const connection = (await acquire()) as PgConnection;
    if ((connection[TIMEOUT] ?? 0) !== wanted) {
      try {
        await connection.query(`set statement_timeout = ${Math.trunc(wanted)}`);
      } catch (error) {
        await release(connection);
        throw error;
      }
      connection[TIMEOUT] = wanted;
    }
    return connection;
  };

  client.acquireConnection = async () => {
    const lease = leases.getStore();
    if (!lease) return acquireWithTimeout(0);
    while (lease.busy) {
      if (inTransaction(lease.held)) throw new SecondConnectionError();
      await new Promise<void>((resolve) => lease.waiting.push(resolve));
    }
    lease.busy = true;
    try {
      const connection = await acquireWithTimeout(lease.statementTimeoutMs);
      lease.held = connection;
      leaseOf.set(connection as object, lease);
      return connection;
    } catch (error) {
      free(lease);
      throw error;
    }
  };

  client.releaseConnection = async (connection) => {
    const lease = leaseOf.get(connection as object);
    if (lease) {
      leaseOf.delete(connection as object);
      free(lease);
    }
    return release(connection);
  };
}

function free(lease: Lease): void {
  lease.held = null;
  lease.busy = false;
  lease.waiting.shift()?.();
}
