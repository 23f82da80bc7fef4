import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import type { Context } from '../../kernel/context.js';
import { readOnlySessionPlugin } from './read-only-session.plugin.js';

let app: TestApp;
let analyst: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  await app.createUser({ username: 'analis', roles: ['ANALYST'] });
  analyst = await app.login('analis');
});
afterAll(() => app.close());

describe('analyst sessions', () => {
  it('refuse every mutation but their own sign-in management', async () => {
    // An analyst who also holds HR may call createJobFamily at all: what refuses it is the read-only session.
    const analystAndHr = await app.signInAs('ANALYST', 'HR');
    const create = await app.gql(
      `mutation { createJobFamily(input: { code: "bidan", name: "Bidan", nameEn: "Midwife" }) { family { id } } }`,
      {},
      analystAndHr,
    );
    expect(create.errors?.[0]).toMatchObject({
      message: 'Sesi analis hanya dapat membaca data.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await app.em().count('JobFamily')).toBe(0);
    expect(await app.ok('mutation { logout }', {}, analyst)).toEqual({ logout: true });
  });

  it('read inside a READ ONLY transaction', async () => {
    const em = app.em();
    const ctx = {
      em,
      actor: { userId: 'x', name: 'A', employeeId: null, roles: ['ANALYST'], sessionId: 's' },
      locale: 'id',
    } as unknown as Context;
    const hooks = (await readOnlySessionPlugin().requestDidStart!({} as never))!;
    const request = { contextValue: ctx, operation: { operation: 'query', selectionSet: { selections: [] } } } as never;
    await hooks.didResolveOperation!(request);
    await hooks.executionDidStart!(request);
    const connection = em.getConnection();
    const trx = em.getTransactionContext();
    const [readOnly] = await connection.execute('show transaction_read_only', [], 'all', trx);
    expect(readOnly).toEqual({ transaction_read_only: 'on' });
    await expect(
      connection.execute(
        `insert into job_family (id, code, name, name_en, created_at) values (gen_random_uuid(), 'x_y', 'X', 'X', now())`,
        [],
        'run',
        trx,
      ),
    ).rejects.toThrow(/read-only transaction/);
    await hooks.willSendResponse!({ contextValue: ctx } as never);
    expect(em.isInTransaction()).toBe(false);
  });
});
