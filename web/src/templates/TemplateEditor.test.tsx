import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRefusal } from '../common/refusal';
import { I18nProvider } from '../i18n/i18n';
import { draftVersion } from './fixtures';
import type { ApiVersion } from './model';
import type { RunOperation } from './edit-operations';
import { TemplateEditor } from './TemplateEditor';

function renderEditor(
  version: ApiVersion,
  run: RunOperation = vi.fn(async () => null),
  editable = version.status === 'DRAFT',
) {
  render(
    <I18nProvider language="id">
      <TemplateEditor version={version} editable={editable} run={run} onReload={() => undefined} />
    </I18nProvider>,
  );
  return run;
}

const section = (title: string) => screen.getByRole('heading', { level: 2, name: title }).closest('li')!;

describe('TemplateEditor', () => {
  it('shows the weight sum per weighted section and updates it while the weight is typed', () => {
    renderEditor(draftVersion());
    const hasilKerja = section('Hasil Kerja');
    expect(within(hasilKerja).getByText('Jumlah bobot: 100 / 100')).toBeTruthy();
    expect(within(section('Umpan balik')).queryByText(/Jumlah bobot/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Ubah indikator Layanan tepat waktu' }));
    fireEvent.change(screen.getByLabelText('Bobot'), { target: { value: '30' } });
    expect(within(hasilKerja).getByText('Jumlah bobot: 90 / 100')).toBeTruthy();
    // the rules engine's own message, next to the section, before anything is saved
    expect(
      within(hasilKerja).getByText("Bobot indikator di bagian 'Hasil Kerja' berjumlah 90, harus 100."),
    ).toBeTruthy();
  });

  it('puts the server’s problems next to the indicator and the section they name', () => {
    const version = draftVersion({
      problems: [
        {
          code: 'TARGET_INVALID',
          message: 'Target harus lebih dari 0.',
          path: 'sections.0.indicators.1.target',
          sectionKey: 'hasil_kerja',
          indicatorKey: 'layanan',
        },
        {
          code: 'WEIGHTS_NOT_100',
          message: 'Jumlah bobot salah.',
          path: 'sections.0.indicators',
          sectionKey: 'hasil_kerja',
          indicatorKey: null,
        },
        {
          code: 'BEHAVIOUR_MISSING',
          message: 'Bagian Perilaku Kerja belum ada.',
          path: 'sections',
          sectionKey: null,
          indicatorKey: null,
        },
      ],
    });
    renderEditor(version);
    const layanan = screen.getByRole('listitem', { name: 'Layanan tepat waktu' });
    expect(within(layanan).getByText('Target harus lebih dari 0.')).toBeTruthy();
    expect(
      within(screen.getByRole('listitem', { name: 'Laporan bulanan' })).queryByText('Target harus lebih dari 0.'),
    ).toBeNull();
    expect(within(section('Hasil Kerja')).getByText('Jumlah bobot salah.')).toBeTruthy();
    const panel = screen.getByRole('heading', { name: 'Yang harus dibereskan sebelum terbit' }).closest('section')!;
    expect(within(panel).getByText('Bagian Perilaku Kerja belum ada.')).toBeTruthy();
  });

  it('saves an edit with the typed values, and keeps them with the server’s message on a conflict', async () => {
    const run = vi.fn<RunOperation>(async () => makeRefusal('CONFLICT', 'Draf ini sudah diubah orang lain.'));
    renderEditor(draftVersion(), run);
    fireEvent.click(screen.getByRole('button', { name: 'Ubah indikator Laporan bulanan' }));
    fireEvent.change(screen.getByLabelText('Bobot'), { target: { value: '55' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Draf ini sudah diubah orang lain.');
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'updateIndicator',
        indicatorKey: 'laporan',
        indicator: expect.objectContaining({ weight: 55, kind: 'TARGET' }),
      }),
    );
    expect((screen.getByLabelText('Bobot') as HTMLInputElement).value).toBe('55');
    expect(screen.getByRole('button', { name: 'Muat ulang draf' })).toBeTruthy();
  });

  it('shows a refused publish with its problems next to the indicators', async () => {
    const run = vi.fn<RunOperation>(async () =>
      makeRefusal('BAD_USER_INPUT', 'Versi ini belum dapat diterbitkan.', [
        {
          code: 'WEIGHT_MISSING',
          message: 'Indikator belum berbobot.',
          path: 'x',
          sectionKey: 'hasil_kerja',
          indicatorKey: 'laporan',
        },
      ]),
    );
    renderEditor(draftVersion(), run);
    fireEvent.click(screen.getByRole('button', { name: 'Terbitkan' }));
    await screen.findByText('Versi ini belum dapat diterbitkan.');
    expect(run).toHaveBeenCalledWith({ type: 'publish' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('listitem', { name: 'Laporan bulanan' })).getByText('Indikator belum berbobot.'),
      ).toBeTruthy(),
    );
  });

  it('adds a scale indicator with its levels, and asks before removing', async () => {
    const run = renderEditor(draftVersion());
    fireEvent.click(screen.getByRole('button', { name: 'Tambah indikator ke Umpan balik' }));
    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'SCALE' } });
    expect(screen.getByRole('group', { name: 'Tingkat skala (terendah dulu)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kunci (huruf kecil, angka, garis bawah)'), {
      target: { value: 'disiplin' },
    });
    fireEvent.change(screen.getByLabelText('Teks (Bahasa Indonesia)'), { target: { value: 'Disiplin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(run).toHaveBeenCalledWith(expect.objectContaining({ type: 'addIndicator', sectionKey: 'umpan_balik' })),
    );
    const call = vi.mocked(run).mock.calls[0]![0];
    expect(call.type === 'addIndicator' && call.indicator.levels?.map((l) => l.score)).toEqual([1, 2, 3]);

    // The editor is busy until the save has settled; its buttons are disabled until then.
    const remove = screen.getByRole('button', { name: 'Hapus indikator Kekuatan' });
    await waitFor(() => expect((remove as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(remove);
    expect(run).toHaveBeenCalledTimes(1);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Hapus indikator “Kekuatan”?' })).getByRole('button', { name: 'Hapus' }),
    );
    await waitFor(() => expect(run).toHaveBeenLastCalledWith({ type: 'removeIndicator', indicatorKey: 'kekuatan' }));
  });

  it('previews the form as the supervisor will see it, with the edit being typed', () => {
    renderEditor(draftVersion());
    fireEvent.click(screen.getByRole('button', { name: 'Ubah indikator Laporan bulanan' }));
    fireEvent.change(screen.getByLabelText('Teks (Bahasa Indonesia)'), { target: { value: 'Laporan triwulan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan pratinjau' }));
    const preview = document.getElementById('template-preview')!;
    expect(within(preview).getAllByText(/Laporan triwulan/).length).toBeGreaterThan(0);
    expect(within(preview).queryByText(/Laporan bulanan/)).toBeNull();
  });

  it('is read-only for a published version', () => {
    renderEditor(draftVersion({ status: 'PUBLISHED' }));
    expect(screen.queryByRole('button', { name: /Ubah|Terbitkan|Tambah/ })).toBeNull();
    expect(screen.getByText('Jumlah bobot: 100 / 100')).toBeTruthy();
  });

  it('chooses how a target’s periodic realisations add up: by aspect by default, changeable, and sent as its aggregation', async () => {
    const run = renderEditor(draftVersion());
    expect(
      within(screen.getByRole('listitem', { name: 'Laporan bulanan' })).getByText(/12 dokumen · Kuantitas · Jumlah/),
    ).toBeTruthy();
    // An edit of something else leaves an aggregation that follows the aspect unstated (no change in the version's diff).
    fireEvent.click(screen.getByRole('button', { name: 'Ubah indikator Layanan tepat waktu' }));
    expect((screen.getByLabelText('Penghitungan realisasi tahunan') as HTMLSelectElement).value).toBe('SUM');
    fireEvent.change(screen.getByLabelText('Bobot'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(run).toHaveBeenCalledWith(
        expect.objectContaining({
          type: 'updateIndicator',
          indicatorKey: 'layanan',
          indicator: expect.objectContaining({ weight: 45, aggregation: undefined }),
        }),
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Ubah indikator Laporan bulanan' }));
    const aggregation = screen.getByLabelText('Penghitungan realisasi tahunan') as HTMLSelectElement;
    expect(aggregation.value).toBe('SUM');
    expect([...aggregation.options].map((o) => o.textContent)).toEqual(['Jumlah', 'Nilai terakhir', 'Rata-rata']);
    // Quality and time average by default: the aggregation follows the aspect until another one is chosen.
    fireEvent.change(screen.getByLabelText('Aspek'), { target: { value: 'QUALITY' } });
    expect(aggregation.value).toBe('AVERAGE');
    expect(screen.getByText(/Realisasi tahunan = rata-rata realisasi periodik/)).toBeTruthy();
    fireEvent.change(aggregation, { target: { value: 'LAST' } });
    fireEvent.change(screen.getByLabelText('Aspek'), { target: { value: 'TIME' } });
    expect(aggregation.value).toBe('LAST');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(run).toHaveBeenCalledWith(
        expect.objectContaining({
          type: 'updateIndicator',
          indicatorKey: 'laporan',
          indicator: expect.objectContaining({ aspect: 'TIME', aggregation: 'LAST' }),
        }),
      ),
    );
  });
});
