import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the SPA served by the real server', () => {
  it('shows the seeded job families, in Bahasa Indonesia and in English', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    const list = page.getByRole('list', { name: 'Rumpun jabatan' });
    await list.getByRole('heading', { name: 'Guru' }).waitFor();
    const names = await list.getByRole('heading', { level: 3 }).allTextContents();
    expect(names).toEqual(['Guru', 'Pelaksana Administrasi', 'Perawat']);

    await page.getByRole('button', { name: 'Bahasa' }).click();
    await page.getByRole('heading', { name: 'Job families' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toContain('Teacher');
    await page.close();
  });

  it('answers GraphQL and the health probes on the same port', async () => {
    const response = await fetch(server.url + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(server.url + '/readyz')).status).toBe(200);
    expect(server.output()).toContain(`/graphql`);
  });
});
