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

/** GraphQL over fetch with the page's session cookie, as the signed-in user (for arranging and reading ids). */
export async function graphqlAs<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(baseUrl + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** The fields of a form indicator the tests need to answer it. */
export interface FormIndicator {
  key: string;
  kind: string;
  required: boolean;
  target?: number;
  min?: number | null;
}
