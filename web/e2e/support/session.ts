import type { Page } from 'playwright-core';

/** The password of every demo account (server/src/seed/demo-logins.ts). */
export const DEMO_PASSWORD = 'kinerja-2026';

/** Signs in through the real sign-in form, as a person would. */
export async function signIn(page: Page, baseUrl: string, username: string, path = '/'): Promise<void> {
  await page.goto(baseUrl + path);
  await page.getByLabel(/Nama pengguna|Username/).fill(username);
  await page.getByLabel(/Kata sandi|Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await page.getByRole('navigation').waitFor();
}
