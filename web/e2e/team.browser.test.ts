import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { signIn } from './support/session';

/** The id of Rendi Saputra's submitted plan, read from the review page's address. */
let rendiPlanPath = '';

const app = runningApp();

describe('the supervisor’s team page', () => {
  it('shows the Lurah Bukit Sari Rendi’s submitted plan, refuses a return without a comment, and approves it', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'lurah.bukitsari');
    await page.getByRole('navigation').getByRole('link', { name: 'Tim Saya' }).click();
    await page.getByRole('heading', { name: 'Tim Saya', level: 1 }).waitFor();
    const plans = page.getByRole('list', { name: 'Rencana kerja untuk disetujui' });
    await plans.getByRole('link', { name: 'Tinjau rencana Rendi Saputra' }).click();
    await page.getByRole('heading', { name: 'Rencana kerja Rendi Saputra' }).waitFor();
    rendiPlanPath = new URL(page.url()).pathname;
    expect(rendiPlanPath).toMatch(/^\/tim\/rencana\/.+/);
    expect(await page.getByText('Menunggu persetujuan').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);

    // A refused action: returning needs a comment.
    await page.getByRole('button', { name: 'Kembalikan untuk diperbaiki' }).click();
    await page.getByText('Tulis komentar: apa yang perlu diperbaiki pegawai sebelum rencana dikembalikan.').waitFor();

    await page.getByLabel('Komentar untuk pegawai').fill('Rencana sudah sesuai, silakan dilaksanakan.');
    await page.getByRole('button', { name: 'Setujui rencana' }).click();
    await page.getByText('Rencana ini tidak sedang menunggu persetujuan', { exact: false }).waitFor();
    expect(await page.getByText('Disetujui', { exact: true }).first().isVisible()).toBe(true);
    await page.getByText('Rencana sudah sesuai, silakan dilaksanakan.').first().waitFor();

    // Back on the team page the plan no longer waits, and Rendi's row shows it approved.
    await page.getByRole('link', { name: /Kembali ke Tim Saya/ }).click();
    await page.getByText('Tidak ada rencana kerja yang menunggu persetujuan.').waitFor();
    const rendi = page.getByRole('row', { name: /Rendi Saputra/ });
    await rendi.getByText('Disetujui').waitFor();
    await page.close();
  });

  it('does not show another team’s plan to the Lurah Taman Bunga', async () => {
    expect(rendiPlanPath).not.toBe('');
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'lurah.tamanbunga', rendiPlanPath);
    await page.getByText('Rencana kerja tidak ditemukan, atau bukan rencana anggota tim Anda.').waitFor();
    expect(await page.getByRole('button', { name: 'Setujui rencana' }).count()).toBe(0);
    await page.close();
  });
});
