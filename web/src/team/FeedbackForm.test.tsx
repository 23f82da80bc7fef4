import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { expectationsToSave } from './ExpectationsForm';
import { FeedbackForm, type FeedbackDraft } from './FeedbackForm';

const initial: FeedbackDraft = {
  strengths: 'Teliti',
  areasToImprove: 'Arsip',
  developmentActions: [{ kind: 'MENTORING', description: 'Pendampingan', targetDate: '2027-01-31', status: 'PLANNED' }],
};

describe('FeedbackForm', () => {
  it('adds a development action and sends everything in order', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    render(
      <I18nProvider language="id">
        <FeedbackForm initial={initial} acknowledgedAt={null} onSave={onSave} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah rekomendasi' }));
    const descriptions = screen.getAllByLabelText('Uraian');
    fireEvent.change(descriptions[1]!, { target: { value: ' Diklat arsip ' } });
    fireEvent.change(screen.getAllByLabelText('Target tanggal')[1]!, { target: { value: '2027-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan umpan balik' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        strengths: 'Teliti',
        areasToImprove: 'Arsip',
        developmentActions: [
          { kind: 'MENTORING', description: 'Pendampingan', targetDate: '2027-01-31', status: 'PLANNED' },
          { kind: 'TRAINING', description: 'Diklat arsip', targetDate: '2027-03-31', status: 'PLANNED' },
        ],
      }),
    );
    await screen.findByRole('status');
  });

  it('is read-only once acknowledged', () => {
    render(
      <I18nProvider language="id">
        <FeedbackForm initial={initial} acknowledgedAt="2026-10-10T00:00:00Z" onSave={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Pendampingan/)).toBeTruthy();
  });
});

describe('expectationsToSave', () => {
  it('keeps non-blank expectations in BerAKHLAK order', () => {
    expect(expectationsToSave({ kolaboratif: 'Bantu rekan', akuntabel: ' Laporan tepat waktu ', loyal: '  ' })).toEqual(
      [
        { valueCode: 'akuntabel', expectation: 'Laporan tepat waktu' },
        { valueCode: 'kolaboratif', expectation: 'Bantu rekan' },
      ],
    );
  });
});
