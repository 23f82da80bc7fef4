import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { signIn } from './support/session';

const app = runningApp();

describe('the employee’s own pages', () => {
  it('shows maya her approved plan and records a realisation with an evidence link', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'maya');
    await page.getByRole('navigation').getByRole('link', { name: 'Rencana Kerja' }).click();
    await page.getByRole('heading', { name: 'Rencana Kerja (SKP)' }).waitFor();
    await page.locator('.plan-status').getByText('Disetujui', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Riwayat revisi' }).waitFor();

    const form = page.locator('.realisation-form').first();
    await form.getByLabel(/^Realisasi/).fill('42');
    await form.getByLabel('Tautan bukti dukung').fill('ftp://arsip.local/bukti.pdf');
    await form.getByText('Tautan bukti harus diawali http:// atau https://.').waitFor();
    await form.getByLabel('Tautan bukti dukung').fill('https://drive.example.go.id/bukti/triwulan-4.pdf');
    await form.getByLabel('Catatan').fill('Rekap register layanan Oktober–November.');
    await form.getByRole('button', { name: 'Simpan realisasi' }).click();
    await form.getByRole('status').getByText(/^Tercatat: 42 /).waitFor();
    await page.close();
  });

  it('lets maya read her final feedback and acknowledge it', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'maya');
    await page.getByRole('navigation').getByRole('link', { name: 'Hasil Saya' }).click();
    await page.getByRole('heading', { name: 'Hasil Saya' }).waitFor();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Triwulan III/ }) });
    await card.getByText('Teliti dan cepat melayani warga; laporan selalu tepat waktu.').waitFor();
    await card.getByText(/^Keberatan dapat diajukan sampai \d{1,2} \p{L}+ \d{4} /u).waitFor();
    await card.getByRole('button', { name: 'Saya sudah membaca' }).click();
    await card.getByText(/Anda telah membaca umpan balik ini pada/).waitFor();
    expect(await card.getByRole('button', { name: 'Saya sudah membaca' }).count()).toBe(0);
    await page.close();
  });

  it('shows HR the predikat distribution of a unit against the guideline', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'hr');
    await page.getByRole('navigation').getByRole('link', { name: 'Dasbor Unit' }).click();
    await page.getByRole('heading', { name: 'Sebaran predikat' }).waitFor();
    await page.getByRole('figure').waitFor();
    expect(await page.locator('.bar-row').count()).toBe(5);
    await page.getByRole('heading', { name: 'Kemajuan penilaian' }).waitFor();
    await page.getByText(/pegawai unit ini sudah dinilai/).waitFor();
    await page.close();
  });
});
