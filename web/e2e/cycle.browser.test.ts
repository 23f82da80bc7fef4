import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runningApp } from './support/app';
import { signIn } from './support/session';

/**
 * The whole cycle of a year, as the people themselves and through the UI only: HR publishes a template
 * version, Indah (tt_1) submits her plan, her lurah Rudi (lurah_tt) approves it, assesses her quarter
 * and writes the final feedback, and Indah reads and acknowledges it — in English.
 */

const app = runningApp();

/** Employees without a named demo login sign in with their NIP. */
const INDAH = { nip: '199407212021092005', name: 'Indah Permata Sari' };
const RUDI = { nip: '198501042010031011' };

/**
 * The targets of Indah's plan (prefilled from the Pelaksana Administrasi template), as her fourth quarter is scored
 * against them: each quarter's own target (rencana aksi, the annual target split by the template's default: the
 * 1 200 documents a year are 300 a quarter; percentages and days average, so every quarter aims at the annual
 * level), with the annual target beside it. Realised exactly.
 */
const TARGETS: readonly (readonly [label: string, realisation: number, shown: string])[] = [
  ['Jumlah dokumen yang diproses', 300, 'Target Triwulan IV: 300 dokumen (tahunan 1.200)'],
  ['Dokumen selesai tepat waktu', 90, 'Target Triwulan IV: 90 % (tahunan 90)'],
  ['Dokumen tanpa revisi', 85, 'Target Triwulan IV: 85 % (tahunan 85)'],
  ['Permohonan layanan masyarakat sesuai standar pelayanan', 95, 'Target Triwulan IV: 95 % (tahunan 95)'],
  ['Indeks kepuasan masyarakat (IKM)', 82, 'Target Triwulan IV: 82 nilai (tahunan 82)'],
  ['Waktu tindak lanjut pengaduan', 5, 'Target Triwulan IV: 5 hari kerja (tahunan 5)'],
];
const STRENGTHS = 'Pelayanan surat-menyurat cepat, rapi dan ramah kepada warga.';
const TRAINING = 'Pelatihan aplikasi SRIKANDI';

/** A fresh browser context (own cookies and language) signed in through the real sign-in form. */
async function as(username: string, path = '/'): Promise<Page> {
  const page = await app.browser.newPage();
  await signIn(page, app.server.url, username, path);
  return page;
}

/** Each step is a person's visit; the whole story takes one to two minutes. */
const STEP = { timeout: 90_000 };

const openNav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name }).click();

describe('the whole performance cycle in the browser', () => {
  /** Where the lurah's assessment of Indah lives, read from the address bar. */
  let assessmentPath = '';

  it('lets HR publish a new version of the Pelaksana Administrasi template', STEP, async () => {
    const page = await as('hr');
    await openNav(page, 'Templat');
    await page.getByRole('heading', { name: 'Templat indikator' }).waitFor();
    const family = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Pelaksana Administrasi' }) });
    await family.getByRole('button', { name: 'Draf baru dari versi terakhir' }).click();
    await page.getByRole('heading', { name: 'Penilaian Kinerja Pelaksana Administrasi · versi 2' }).waitFor();

    // A harmless change: a clearer hint on the evidence indicator.
    await page.getByRole('button', { name: 'Ubah indikator Bukti dukung', exact: true }).click();
    await page
      .getByLabel('Petunjuk (Bahasa Indonesia)')
      .fill('Agenda surat, rekap layanan, laporan SKM dan daftar hadir pelayanan.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('button', { name: 'Ubah indikator Bukti dukung', exact: true }).waitFor();
    await page.getByText('Draf ini siap diterbitkan.').waitFor();

    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByText('Versi ini sudah terbit dan tidak dapat diubah. Buat draf baru untuk perubahan.').waitFor();
    await page
      .getByRole('region', { name: 'Riwayat versi' })
      .getByRole('heading', { name: 'Perubahan dari versi 1 ke versi 2' })
      .waitFor();

    await page.getByRole('link', { name: '← Semua templat' }).click();
    const versions = family.getByRole('list', { name: 'Riwayat versi' });
    await versions.getByRole('listitem').filter({ hasText: 'Versi 2' }).getByText('Terbit').waitFor();
    await page.close();
  });

  it('lets Indah submit her draft work plan to her supervisor', STEP, async () => {
    const page = await as(INDAH.nip);
    await openNav(page, 'Rencana Kerja');
    await page.getByRole('heading', { name: 'Rencana Kerja (SKP)' }).waitFor();
    await page.getByText('Lengkapi lalu ajukan kepada atasan.').waitFor();
    expect(await page.getByRole('heading', { name: /^Hasil kerja \d+$/ }).count()).toBe(TARGETS.length);

    await page.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await page.getByRole('status').getByText('Rencana kerja telah diajukan.').waitFor();
    await page.getByText('Atasan Anda sedang memeriksa rencana ini; Anda belum dapat mengubahnya.').waitFor();
    expect(await page.getByText('Menunggu persetujuan', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ajukan ke atasan' }).count()).toBe(0);
    await page.close();
  });

  it('lets her lurah approve the plan from his team page', STEP, async () => {
    const page = await as(RUDI.nip);
    await openNav(page, 'Tim Saya');
    await page.getByRole('heading', { name: 'Tim Saya', level: 1 }).waitFor();
    const plans = page.getByRole('list', { name: 'Rencana kerja untuk disetujui' });
    await plans.getByRole('link', { name: `Tinjau rencana ${INDAH.name}` }).click();
    await page.getByRole('heading', { name: `Rencana kerja ${INDAH.name}` }).waitFor();
    for (const [label] of TARGETS) await page.getByRole('cell', { name: label, exact: true }).waitFor();

    await page.getByLabel('Komentar untuk pegawai').fill('Rencana sudah sesuai tugas, silakan dilaksanakan.');
    await page.getByRole('button', { name: 'Setujui rencana' }).click();
    await page.getByRole('status').getByText('Rencana kerja disetujui.').waitFor();
    await page.getByText('Rencana ini tidak sedang menunggu persetujuan', { exact: false }).waitFor();
    expect(await page.getByText('Disetujui', { exact: true }).first().isVisible()).toBe(true);
    await page.close();
  });

  it(
    'lets the lurah assess her quarter with a live predikat, refusing a departing rating without a reason',
    STEP,
    async () => {
      const page = await as(RUDI.nip);
      await openNav(page, 'Tim Saya');
      const row = page.getByRole('row', { name: new RegExp(INDAH.name) });
      await row.getByText('Disetujui').waitFor();
      await row.getByRole('button', { name: `Mulai penilaian ${INDAH.name}` }).click();
      await page.getByRole('heading', { level: 1, name: `Penilaian kinerja: ${INDAH.name}` }).waitFor();
      assessmentPath = new URL(page.url()).pathname;
      expect(assessmentPath).toMatch(/^\/penilaian\/.+/);

      // Hasil Kerja: every target realised as planned, the achievement shown as he types.
      for (const [label, realisation, shown] of TARGETS) {
        const field = page.getByRole('group', { name: label });
        await field.getByText(shown, { exact: false }).waitFor();
        await field.getByRole('spinbutton').fill(String(realisation));
        await field.getByText('Capaian: 100 %').waitFor();
      }
      await page
        .getByRole('group', { name: 'Ada pengaduan masyarakat' })
        .getByRole('radio', { name: 'Tidak', exact: true })
        .check();
      await page
        .getByRole('group', { name: /^Bukti dukung/ })
        .getByLabel('Tautan bukti (http/https)')
        .fill('https://arsip.tuatunu.example.go.id/rekap-triwulan-iv');

      // Perilaku Kerja: every BerAKHLAK value meets expectations.
      const behaviour = page
        .getByRole('region', { name: 'Perilaku Kerja (BerAKHLAK)' })
        .getByRole('group')
        .filter({ has: page.getByRole('radio') });
      expect(await behaviour.count()).toBe(7);
      for (let i = 0; i < 7; i++)
        await behaviour.nth(i).getByRole('radio', { name: 'Sesuai Ekspektasi', exact: true }).check();

      // Umpan Balik of the form.
      await page.getByRole('textbox', { name: /^Kekuatan/ }).fill(STRENGTHS);
      await page
        .getByRole('textbox', { name: /^Hal yang perlu ditingkatkan/ })
        .fill('Arsip bukti dukung perlu dipindai setiap pekan.');
      await page
        .getByRole('textbox', { name: /^Rekomendasi pengembangan/ })
        .fill('Pelatihan tata naskah dinas elektronik.');

      const panel = page.getByRole('complementary', { name: 'Skor sementara' });
      await panel.getByText(/indikator wajib terisi \(100 %\)/).waitFor();
      await panel.getByText('Baik', { exact: true }).waitFor();
      await page.getByText('Predikat kinerja: Baik').waitFor();

      // Refused: a rating that departs from the suggestion needs a reason.
      await page.getByLabel('Rating hasil kerja').selectOption('ABOVE');
      await page.getByRole('button', { name: 'Kirim dan kunci penilaian' }).click();
      await page.getByRole('alert').getByText('Rating berbeda dari saran: tuliskan alasannya.').waitFor();
      expect(await page.getByText('Terkirim (terkunci)').count()).toBe(0);

      // Back to the suggested rating, and submit.
      await page.getByLabel('Rating hasil kerja').selectOption('MEETS');
      await page.getByText('Predikat kinerja: Baik').waitFor();
      await page.getByRole('button', { name: 'Kirim dan kunci penilaian' }).click();
      const result = page.getByRole('region', { name: 'Hasil penilaian' });
      await result.waitFor();
      await page.getByText('Terkirim (terkunci)').waitFor();
      await result.getByText('Baik', { exact: true }).waitFor();
      await page.close();
    },
  );

  it('lets the lurah write the final feedback with a development action', STEP, async () => {
    const page = await as(RUDI.nip);
    await openNav(page, 'Tim Saya');
    const row = page.getByRole('row', { name: new RegExp(INDAH.name) });
    await row.getByText('Dinilai').waitFor();
    await row.getByRole('link', { name: `Umpan balik akhir: ${INDAH.name}` }).click();
    await page.getByRole('heading', { name: `Umpan balik akhir untuk ${INDAH.name}` }).waitFor();

    await page.getByLabel('Kekuatan').fill(STRENGTHS);
    await page.getByLabel('Area perbaikan').fill('Arsip bukti dukung perlu dipindai setiap pekan.');
    await page.getByRole('button', { name: 'Tambah rekomendasi' }).click();
    const action = page.getByRole('group', { name: 'Rekomendasi 1' });
    await action.getByLabel('Jenis').selectOption({ label: 'Pelatihan' });
    await action.getByLabel('Uraian').fill(TRAINING);
    await action.getByLabel('Target tanggal').fill('2027-03-31');
    await page.getByRole('button', { name: 'Simpan umpan balik' }).click();
    await page.getByRole('status').getByText('Umpan balik disimpan. Pegawai dapat membaca dan menerimanya.').waitFor();
    await page.close();
  });

  it(
    'shows Indah, in English, her assessment with its predikat and the feedback, and takes her acknowledgement',
    STEP,
    async () => {
      const page = await as(INDAH.nip);
      await page.getByRole('button', { name: 'Bahasa' }).click();
      await openNav(page, 'My results');
      await page.getByRole('heading', { name: 'My results', level: 1 }).waitFor();
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Quarter 4/ }) });
      await card.getByText('Assessed', { exact: true }).waitFor();
      await card.getByText('Good', { exact: true }).waitFor();
      await card.getByText(STRENGTHS).waitFor();
      await card.getByText(TRAINING).waitFor();

      await card.getByRole('button', { name: 'I have read it' }).click();
      await card.getByText(/You read this feedback on/).waitFor();
      expect(await card.getByRole('button', { name: 'I have read it' }).count()).toBe(0);

      // Her plan now shows as approved, in English too.
      await openNav(page, 'Work plan');
      await page.getByText('These targets are in force.', { exact: false }).waitFor();
      await page.close();
    },
  );
});
