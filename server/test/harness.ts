import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/config/logger.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { createHttpServer, type HttpServer } from '../src/http/app.js';
import type { Role } from '../src/kernel/actor.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { SESSION_COOKIE } from '../src/modules/auth/session.service.js';
import { User } from '../src/modules/auth/user.entity.js';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import { createDatabase, dropDatabase, uniqueDatabaseName, withDatabase } from './test-database.js';

/** The password of every user made by `createUser` unless told otherwise. */
export const TEST_PASSWORD = 'rahasia-uji-123';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  readonly url: string;
  readonly db: Database;
  /** A fresh entity manager for arranging and checking data directly. */
  em(): EntityManager;
  /** Posts a GraphQL document over HTTP, exactly as a client would. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** Creates a user directly (as an administrator would) and returns it. */
  createUser(user: {
    username: string;
    password?: string;
    employeeId?: string | null;
    roles?: Role[];
    name?: string;
  }): Promise<User>;
  /** Signs in through the real `login` mutation; returns the headers (cookie) of the session. */
  login(username: string, password?: string): Promise<Record<string, string>>;
  /** Signs in a fresh account holding `roles` (no employee) and returns its session headers. */
  signInAs(...roles: Role[]): Promise<Record<string, string>>;
  /** Runs `work` and returns how many SQL statements the server executed meanwhile. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the real server on a fresh, migrated database of its own (one per test file); `seeded`: with the demo
 * office of `pnpm start` in it (seeded once per run through the real services); `env` adds settings.
 */
export async function startTestApp(options: { env?: Record<string, string>; seeded?: boolean } = {}): Promise<TestApp> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = uniqueDatabaseName('kinerja_test');
  await createDatabase(adminUrl, name, inject(options.seeded ? 'demoTemplateDatabase' : 'templateDatabase'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: withDatabase(adminUrl, name),
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const http: HttpServer = await createHttpServer(config, db, logger);
  const port = await http.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  let accounts = 0;
  const gql: TestApp['gql'] = async (query, variables, headers) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };

  const app: TestApp = {
    url,
    db,
    em: () => db.orm.em.fork(),
    gql,
    async ok(query, variables, headers) {
      const result = await gql(query, variables, headers);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as any;
    },
    async createUser(user) {
      const em = db.orm.em.fork();
      const row = em.create(User, {
        username: user.username,
        displayName: user.name ?? user.username,
        passwordHash: await hashPassword(user.password ?? TEST_PASSWORD),
        employee: user.employeeId ? em.getReference(Employee, user.employeeId) : null,
        roles: user.roles ?? [],
      });
      await em.flush();
      return row;
    },
    async login(username, password = TEST_PASSWORD) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }',
          variables: { input: { username, password } },
        }),
      });
      const body = (await response.json()) as GraphQLResponse;
      if (body.errors) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      if (!cookie) throw new Error('login set no session cookie');
      return { cookie: cookie.split(';')[0]! };
    },
    async signInAs(...roles) {
      const username = `${roles.join('-').toLowerCase() || 'user'}-${++accounts}`;
      await app.createUser({ username, roles });
      return app.login(username);
    },
    async countStatements(work) {
      const connection = db.orm.em.getConnection();
      const original = connection.execute;
      let count = 0;
      connection.execute = function (this: typeof connection, ...args: Parameters<typeof original>) {
        count++;
        return original.apply(this, args);
      } as typeof original;
      try {
        await work();
      } finally {
        connection.execute = original;
      }
      return count;
    },
    async close() {
      await http.close();
      await db.close();
      await dropDatabase(adminUrl, name);
    },
  };
  return app;
}
