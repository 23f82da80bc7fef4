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
    await form
      .getByRole('status')
      .getByText(/^Tercatat: 42 /)
      .waitFor();
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

  it(
    'lets maya adjust the periodic targets of a revised plan on a phone, and her lurah read them in his review',
    { timeout: 90_000 },
    async () => {
      const page = await app.browser.newPage({ viewport: { width: 375, height: 812 } });
      await signIn(page, app.server.url, 'maya');
      await page.getByRole('navigation').getByRole('link', { name: 'Rencana Kerja' }).click();
      await page.getByRole('button', { name: 'Ajukan revisi' }).click();
      await page.getByText('Lengkapi lalu ajukan kepada atasan.').waitFor();

      // Under the first indicator (1 200 documents a year): its periodic targets per quarter, as the plan stores them.
      const target = page.getByRole('listitem', { name: 'Indikator 1.1' });
      const periodic = target.getByRole('group', { name: 'Target periodik (rencana aksi)' });
      const quarter = (name: string) => periodic.getByLabel(name, { exact: true });
      expect(await target.getByLabel('Target', { exact: true }).inputValue()).toBe('1200');
      expect(await periodic.getByLabel('Cara penghitungan tahunan').inputValue()).toBe('SUM');
      for (const name of ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'])
        expect(await quarter(name).inputValue()).toBe('300');

      // A new annual target: the editor offers to split it again.
      await target.getByLabel('Target', { exact: true }).fill('1000');
      await periodic
        .getByText(
          'Target periodik tidak lagi sesuai dengan target tahunan 1000 dokumen. Bagi ulang secara rata menjadi 250 · 250 · 250 · 250?',
        )
        .waitFor();
      await periodic.getByRole('button', { name: 'Bagi ulang' }).click();
      expect(await quarter('Triwulan IV').inputValue()).toBe('250');

      // Front-loaded: the rules say at the field when the quarters no longer add up, and are satisfied once they do.
      await quarter('Triwulan IV').fill('200');
      await periodic.getByText(/jumlahnya 950, padahal target tahunan 1000/).waitFor();
      await quarter('Triwulan I').fill('300');
      await periodic.getByText(/padahal target tahunan/).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      await page.getByRole('button', { name: 'Simpan draf' }).click();
      await page.getByText('Tersimpan.').waitFor();
      await page.reload();
      expect(
        await page
          .getByRole('listitem', { name: 'Indikator 1.1' })
          .getByLabel('Triwulan I', { exact: true })
          .inputValue(),
      ).toBe('300');

      await page.getByRole('button', { name: 'Ajukan ke atasan' }).click();
      await page.getByRole('status').getByText('Rencana kerja telah diajukan.').waitFor();
      const table = page.getByRole('region', { name: 'Target periodik (rencana aksi)' }).first();
      await table.getByRole('row').nth(1).waitFor();
      expect(await table.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
        '300',
        '250',
        '250',
        '200',
        '1.000 dokumen',
        'Jumlah',
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await page.close();

      const lurah = await app.browser.newPage();
      await signIn(lurah, app.server.url, 'lurah.bukitsari');
      await lurah.getByRole('navigation').getByRole('link', { name: 'Tim Saya' }).click();
      await lurah
        .getByRole('list', { name: 'Rencana kerja untuk disetujui' })
        .getByRole('link', { name: /^Tinjau rencana Maya/ })
        .click();
      const review = lurah.getByRole('region', { name: 'Target periodik (rencana aksi)' }).first();
      await review.getByRole('columnheader').first().waitFor();
      expect(await review.getByRole('columnheader').allTextContents()).toEqual([
        'Indikator',
        'Triwulan I',
        'Triwulan II',
        'Triwulan III',
        'Triwulan IV',
        'Tahunan',
        'Penghitungan',
      ]);
      expect(await review.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
        '300',
        '250',
        '250',
        '200',
        '1.000 dokumen',
        'Jumlah',
      ]);
      await lurah.close();
    },
  );
});
