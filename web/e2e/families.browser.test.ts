import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { signIn } from './support/session';

const app = runningApp();

describe('the SPA served by the real server', () => {
  it('asks for sign-in, refuses a wrong password with the server’s message, and keeps the session on reload', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url + '/');
    await page.getByLabel('Nama pengguna').fill('hr');
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await signIn(page, app.server.url, 'hr');
    await page.reload();
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    await page.close();
  });

  it('shows the seeded job families to HR, in Bahasa Indonesia and in English', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'hr', '/rumpun');
    await page.getByRole('link', { name: 'Rumpun Jabatan' }).click();
    const list = page.getByRole('list', { name: 'Rumpun jabatan' });
    await list.getByRole('heading', { name: 'Guru' }).waitFor();
    expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Guru',
      'Pelaksana Administrasi',
      'Perawat',
    ]);
    await page.getByRole('button', { name: 'Bahasa' }).click();
    await page.getByRole('heading', { name: 'Job families' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toContain('Teacher');
    await page.close();
  });

  it('answers GraphQL and the health probes on the same port, and prints the demo logins', async () => {
    const response = await fetch(app.server.url + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(app.server.url + '/readyz')).status).toBe(200);
    expect(app.server.output()).toContain('/graphql');
    expect(app.server.output()).toContain('lurah.bukitsari');
  });
});
