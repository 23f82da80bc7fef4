import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import { arrangePlanOrg, type PlanOrg } from '../src/modules/work-plan/work-plan.fixture.js';
import { startTestApp, type TestApp } from './harness.js';

// Every request has a statement timeout (STATEMENT_TIMEOUT_MS, and ANALYST_STATEMENT_TIMEOUT_MS for analysts), and
// a statement that runs into it is answered QUERY_TIMEOUT with what to narrow — never an internal error. A lock
// held from outside makes the statement wait as long as we like, so no test depends on how fast the machine is.

let app: TestApp;
let org: PlanOrg;
let outside: pg.Client;
beforeAll(async () => {
  app = await startTestApp({ env: { STATEMENT_TIMEOUT_MS: '300', ANALYST_STATEMENT_TIMEOUT_MS: '200' } });
  org = await arrangePlanOrg(app, { unitCode: 'sdt', familyCode: 'guru', firstNip: 800, year: 2026 });
  outside = new pg.Client({ connectionString: app.db.url });
  await outside.connect();
});
afterAll(async () => {
  await outside.end();
  await app.close();
});

async function whileLocked<T>(lock: string, work: () => Promise<T>): Promise<T> {
  await outside.query('begin');
  await outside.query(lock);
  try {
    return await work();
  } finally {
    await outside.query('rollback');
  }
}

describe('statement timeouts', () => {
  it('stop a change that waits too long, with QUERY_TIMEOUT and nothing written', async () => {
    const admin = await app.signInAs('ADMIN');
    const staff = org.people.staff;
    const result = await whileLocked(`select 1 from employee where id = '${staff.id}' for update`, () =>
      app.gql(
        `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`,
        { input: { id: staff.id, position: 'Guru Madya' } },
        admin,
      ),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(result.errors?.[0]?.message).toMatch(/Persempit filter/);
    expect((await app.em().findOneOrFail(Employee, { id: staff.id })).position).toBe('Guru');
    // Once the lock is gone the same change goes through: the connection is healthy again.
    expect(
      (
        await app.gql(
          `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`,
          { input: { id: staff.id, position: 'Guru Madya' } },
          admin,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('stop an analyst query that reads too long, with QUERY_TIMEOUT', async () => {
    const analyst = await app.signInAs('ANALYST');
    const result = await whileLocked('lock table employee in access exclusive mode', () =>
      app.gql('{ employees(first: 5) { totalCount } }', {}, analyst),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect((await app.gql('{ employees(first: 5) { totalCount } }', {}, analyst)).errors).toBeUndefined();
  });
});
