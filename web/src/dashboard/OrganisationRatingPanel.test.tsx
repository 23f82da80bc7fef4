import { SE_MENPANRB_3_2023_GUIDELINE, ORGANISATION_RATINGS } from '@kinerja/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { GuidelineTable, RatingHistory, RecordRatingForm } from './OrganisationRatingPanel';

/** The shipped SE MenPANRB 3/2023 rows as the API gives them. */
const guideline = ORGANISATION_RATINGS.map((rating) => ({
  id: rating,
  organisationRating: rating,
  matchesRegulation: rating !== 'KURANG',
  rules: SE_MENPANRB_3_2023_GUIDELINE[rating].map((rule) => ({
    kind: rule.kind,
    predikat: [...rule.predikat],
    percent: 'percent' in rule ? rule.percent : null,
  })),
}));

const renderForm = (onSubmit = vi.fn(), noteProblems: string[] = []) => {
  render(
    <I18nProvider language="id">
      <RecordRatingForm
        current="BAIK"
        guideline={guideline}
        counts={{ BAIK: 8, SANGAT_BAIK: 2 }}
        busy={false}
        noteProblems={noteProblems}
        onSubmit={onSubmit}
      />
    </I18nProvider>,
  );
  return onSubmit;
};

describe('RecordRatingForm (HR records the capaian kinerja organisasi)', () => {
  it('needs a capaian, previews the guideline’s warnings with the shared check, and sends the trimmed note', () => {
    const onSubmit = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Catat capaian' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Pilih capaian kinerja organisasi.');
    expect(screen.getByRole('option', { name: 'Baik (berlaku)' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Capaian'), { target: { value: 'BAIK' } });
    expect(screen.getByText('Dengan capaian ini, sebaran saat ini mendapat 2 peringatan:')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Capaian'), { target: { value: 'ISTIMEWA' } });
    expect(
      screen.getByText(/^Predikat 'Sangat Baik': 20% \(2 dari 10 pegawai\), lebih sedikit daripada 'Baik'/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Catatan (opsional)'), { target: { value: '  Ditetapkan Camat.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Catat capaian' }));
    expect(onSubmit).toHaveBeenCalledWith({ rating: 'ISTIMEWA', note: 'Ditetapkan Camat.' });
  });

  it('bounds the note, and shows the server’s problems on it', () => {
    const onSubmit = renderForm(vi.fn(), ['Catatan paling banyak 2000 karakter (sekarang 2001).']);
    fireEvent.change(screen.getByLabelText('Capaian'), { target: { value: 'KURANG' } });
    fireEvent.change(screen.getByLabelText('Catatan (opsional)'), { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Catat capaian' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText(/Catatan paling banyak 2000 karakter \(sekarang 2001\)\./)).toHaveLength(1);
    expect(screen.getByLabelText('Catatan (opsional)').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('RatingHistory and GuidelineTable', () => {
  it('lists every recording, the one in force marked, with who and the note', () => {
    render(
      <I18nProvider language="id">
        <RatingHistory
          entries={[
            {
              id: '2',
              version: 2,
              rating: 'BAIK',
              note: 'Koreksi.',
              recordedAt: '2026-10-05T02:00:00Z',
              recordedByName: 'Pengelola kinerja',
              inForce: true,
            },
            {
              id: '1',
              version: 1,
              rating: 'BUTUH_PERBAIKAN',
              note: null,
              recordedAt: '2026-10-01T02:00:00Z',
              recordedByName: 'Pengelola kinerja',
              inForce: false,
            },
          ]}
        />
      </I18nProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Baik', 'Butuh Perbaikan']);
    expect(within(items[0]!).getByText('(berlaku)')).toBeTruthy();
    expect(within(items[0]!).getByText('Koreksi.')).toBeTruthy();
  });

  it('shows the guideline of the instansi row by row, marking a row an admin adjusted', () => {
    render(
      <I18nProvider language="id">
        <GuidelineTable rows={guideline} />
      </I18nProvider>,
    );
    const rows = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Capaian kinerja organisasi', 'Ketentuan'],
      ['Istimewa', 'Sebagian besar (kelompok terbanyak) Sangat Baik; Paling banyak 70% Sangat Baik'],
      [
        'Baik',
        'Sebagian besar (kelompok terbanyak) Baik; Paling banyak 70% Baik; Harus ada sedikitnya satu pegawai Butuh Perbaikan atau Kurang/Misconduct',
      ],
      ['Butuh Perbaikan', 'Paling sedikit 60% Butuh Perbaikan; Paling banyak 10% Sangat Baik'],
      [
        'Kurang (diubah admin)',
        'Paling sedikit 60% Kurang/Misconduct; Paling sedikit 10% Butuh Perbaikan; Paling banyak 10% Sangat Baik',
      ],
      [
        'Sangat Kurang',
        'Paling sedikit 60% Sangat Kurang; Paling sedikit 10% Kurang/Misconduct atau Butuh Perbaikan; Tidak ada pegawai Sangat Baik',
      ],
    ]);
  });
});
