import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { signIn } from './support/session';

const app = runningApp();

const PERANGKAT = 'Perangkat pembelajaran (modul ajar) yang disusun';
const TUGAS_TAMBAHAN = 'Laporan pelaksanaan tugas tambahan (wali kelas/pembina ekstrakurikuler)';

describe('the HR template designer', () => {
  it('refuses to publish a draft whose weights are wrong, publishes it once fixed, and shows the change against version 1', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.server.url, 'hr');
    await page.getByRole('navigation').getByRole('link', { name: 'Templat' }).click();
    await page.getByRole('heading', { name: 'Templat indikator' }).waitFor();

    const guru = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Guru' }) });
    await guru.getByRole('heading', { name: 'Penilaian Kinerja Guru' }).waitFor();
    await guru.getByRole('button', { name: 'Draf baru dari versi terakhir' }).click();
    await page.getByRole('heading', { name: 'Penilaian Kinerja Guru · versi 2' }).waitFor();

    const hasilKerja = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Hasil Kerja' }) });
    await hasilKerja.getByText('Jumlah bobot: 100 / 100').waitFor();

    // the live preview renders the draft as the supervisor's form
    await page.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
    await page.locator('#template-preview').getByText(PERANGKAT).first().waitFor();
    await page.getByRole('button', { name: 'Sembunyikan pratinjau' }).click();

    // lower one weight: the sum follows while typing, the draft still saves (drafts may be incomplete)
    await page.getByRole('button', { name: `Ubah indikator ${PERANGKAT}` }).click();
    // a quantity target adds its periodic realisations up by default (Jumlah); the weight edit leaves that unstated
    expect(await page.getByLabel('Penghitungan realisasi tahunan').inputValue()).toBe('SUM');
    await page.getByLabel('Bobot', { exact: true }).fill('10');
    await hasilKerja.getByText('Jumlah bobot: 90 / 100').waitFor();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('button', { name: `Ubah indikator ${PERANGKAT}` }).waitFor();
    await page.getByText('Revisi 2').waitFor();

    // publishing is refused, with the reason next to the section
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page
      .getByRole('alert')
      .getByText(/Versi 2 belum dapat diterbitkan: \d+ masalah perlu diperbaiki/)
      .waitFor();
    await hasilKerja
      .getByText(/Bobot indikator di bagian 'Hasil Kerja' berjumlah 90, harus 100/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Terbitkan' }).isVisible()).toBe(true);

    // fix it on another indicator, then publish
    await page.getByRole('button', { name: `Ubah indikator ${TUGAS_TAMBAHAN}` }).click();
    await page.getByLabel('Bobot', { exact: true }).fill('20');
    await hasilKerja.getByText('Jumlah bobot: 100 / 100').waitFor();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('button', { name: `Ubah indikator ${TUGAS_TAMBAHAN}` }).waitFor();
    await page.getByText('Draf ini siap diterbitkan.').waitFor();
    await page.getByRole('button', { name: 'Terbitkan' }).click();

    await page.getByText('Versi ini sudah terbit dan tidak dapat diubah. Buat draf baru untuk perubahan.').waitFor();
    expect(await page.getByRole('button', { name: /Ubah indikator/ }).count()).toBe(0);
    const history = page.getByRole('region', { name: 'Riwayat versi' });
    await history.getByRole('heading', { name: 'Perubahan dari versi 1 ke versi 2' }).waitFor();
    const changed = history.getByRole('listitem').filter({ hasText: PERANGKAT });
    const weightRow = changed.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'weight' }) });
    expect(await weightRow.getByRole('cell').allTextContents()).toEqual(['20', '10']);
    expect(
      await history.getByRole('listitem').filter({ hasText: TUGAS_TAMBAHAN }).getByRole('cell').allTextContents(),
    ).toEqual(['10', '20']);

    // the list shows version 2 published
    await page.getByRole('link', { name: '← Semua templat' }).click();
    const versions = guru.getByRole('list', { name: 'Riwayat versi' });
    await versions.getByRole('listitem').filter({ hasText: 'Versi 2' }).getByText('Terbit').waitFor();
    await page.close();
  });
});
