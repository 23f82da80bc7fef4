import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/harness.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { MAX_FAILED_ATTEMPTS } from './login-throttle.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.createUser({ username: 'hr.gerunggang', roles: ['HR'], name: 'Pengelola Kinerja' });
  await app.createUser({ username: 'analis', roles: ['ANALYST'] });
  await app.createUser({ username: 'kunci' });
});
afterAll(() => app.close());

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { viewer { name roles } } }';
const login = (username: string, password: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });

const throttleOf = (username: string) =>
  app
    .em()
    .getConnection()
    .execute<
      { failed_attempts: number; locked_until: string | null }[]
    >('select failed_attempts, locked_until from login_throttle where username = ?', [username]);

describe('sign-in', () => {
  it('sets an httpOnly SameSite cookie and knows the viewer afterwards', async () => {
    const response = await login('HR.Gerunggang', TEST_PASSWORD);
    expect(await response.json()).toEqual({
      data: { login: { viewer: { name: 'Pengelola Kinerja', roles: ['HR'] } } },
    });
    const cookie = response.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^kinerja_session=[\w-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const headers = { cookie: cookie.split(';')[0]! };
    expect((await app.ok('{ viewer { name roles } }', {}, headers)).viewer).toEqual({
      name: 'Pengelola Kinerja',
      roles: ['HR'],
    });
    expect((await app.ok('{ viewer { name } }')).viewer).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const headers = await app.login('analis');
    const token = headers.cookie!.split('=')[1]!;
    const sessions = await app.em().find(Session, {});
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.tokenHash.includes(token))).toBe(false);
  });

  it('says the same for an unknown user and a wrong password', async () => {
    const unknown = (await (await login('tidak.ada', 'apa-saja-123')).json()) as any;
    const wrong = (await (await login('analis', 'salah-sekali')).json()) as any;
    expect(unknown.errors[0]).toMatchObject({
      message: 'Nama pengguna atau kata sandi salah.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors[0]).toEqual(unknown.errors[0]);
  });

  it(`locks an account after ${MAX_FAILED_ATTEMPTS} failed attempts, even against the right password`, async () => {
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      const body = (await (await login('kunci', 'salah-salah')).json()) as any;
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const locked = (await (await login('kunci', TEST_PASSWORD)).json()) as any;
    expect(locked.errors[0].extensions.code).toBe('ACCOUNT_LOCKED');
    expect(locked.errors[0].message).toMatch(/^Akun dikunci sementara/);
    const [throttle] = await throttleOf('kunci');
    expect(throttle!.failed_attempts).toBe(MAX_FAILED_ATTEMPTS);
    expect(new Date(throttle!.locked_until!).getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
  });

  it('locks a username without an account the same way, so a lock tells nothing about who has one', async () => {
    const answers = [];
    for (let i = 0; i <= MAX_FAILED_ATTEMPTS; i++)
      answers.push((await (await login('tidak.pernah.ada', 'salah-salah')).json()) as any);
    expect(answers.slice(0, MAX_FAILED_ATTEMPTS).map((a) => a.errors[0].extensions.code)).toEqual(
      Array(MAX_FAILED_ATTEMPTS).fill('UNAUTHENTICATED'),
    );
    expect(answers[MAX_FAILED_ATTEMPTS].errors[0]).toMatchObject({
      extensions: { code: 'ACCOUNT_LOCKED' },
      message: expect.stringMatching(/^Akun dikunci sementara/),
    });
    const audit = await app.em().find(AuditRecord, { action: 'loginFailed', note: 'username: tidak.pernah.ada' });
    expect(audit).toHaveLength(MAX_FAILED_ATTEMPTS);
  });

  it('does the same database work for an unknown username as for a wrong password', async () => {
    await app.createUser({ username: 'sama' });
    const unknown = await app.countStatements(() => login('tidak.sama', 'salah-salah'));
    const wrong = await app.countStatements(() => login('sama', 'salah-salah'));
    expect(unknown).toBe(wrong);
  });

  it('holds under a burst: 100 simultaneous wrong guesses lock the account and the right password sent last does not sign in', async () => {
    await app.createUser({ username: 'serbu' });
    const guesses = Array.from({ length: 100 }, (_, i) => login('serbu', `tebakan-salah-${i}`));
    const right = login('serbu', TEST_PASSWORD);
    const answers = (await Promise.all(
      [...guesses, right].map(async (r) => ((await (await r).json()) as any).errors?.[0]?.extensions?.code ?? 'OK'),
    )) as string[];
    expect(answers.at(-1)).toBe('ACCOUNT_LOCKED');
    expect(answers.filter((code) => code === 'OK')).toHaveLength(0);
    // Only the attempts before the lock had their password checked as wrong; the rest were refused as locked.
    expect(answers.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(answers.filter((code) => code === 'ACCOUNT_LOCKED')).toHaveLength(101 - MAX_FAILED_ATTEMPTS);
    const [throttle] = await throttleOf('serbu');
    expect(throttle!.failed_attempts).toBe(MAX_FAILED_ATTEMPTS);
    expect(
      await app.em().count(AuditRecord, {
        action: 'loginFailed',
        entityId: (await app.em().findOneOrFail(User, { username: 'serbu' })).id,
      }),
    ).toBe(MAX_FAILED_ATTEMPTS);
  });

  it('counts again from zero after a successful sign-in', async () => {
    await app.createUser({ username: 'lupa' });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) await login('lupa', 'salah-salah');
    await app.login('lupa');
    expect((await throttleOf('lupa'))[0]).toMatchObject({ failed_attempts: 0, locked_until: null });
  });

  it('signs out: the cookie no longer opens a session', async () => {
    const headers = await app.login('analis');
    expect(await app.ok('mutation { logout }', {}, headers)).toEqual({ logout: true });
    expect((await app.ok('{ viewer { name } }', {}, headers)).viewer).toBeNull();
  });

  it('ends an expired session', async () => {
    const headers = await app.login('analis');
    await app
      .em()
      .getConnection()
      .execute(`update user_session set expires_at = now() - interval '1 second', absolute_expires_at = now()`);
    expect((await app.ok('{ viewer { name } }', {}, headers)).viewer).toBeNull();
  });

  it('changes the password with every rule explained, and ends the other sessions', async () => {
    const first = await app.login('hr.gerunggang');
    const second = await app.login('hr.gerunggang');
    const change = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const bad = await app.gql(change, { input: { currentPassword: 'salah', newPassword: 'pendek' } }, first);
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'WRONG_PASSWORD' }),
      expect.objectContaining({ field: 'newPassword', code: 'TOO_SHORT' }),
    ]);
    expect(
      await app.ok(change, { input: { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-2026' } }, first),
    ).toEqual({ changePassword: true });
    expect((await app.ok('{ viewer { name } }', {}, first)).viewer).not.toBeNull();
    expect((await app.ok('{ viewer { name } }', {}, second)).viewer).toBeNull();
    await app.login('hr.gerunggang', 'kata-sandi-baru-2026');
  });

  it('refuses changePassword when signed out', async () => {
    const result = await app.gql('mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
