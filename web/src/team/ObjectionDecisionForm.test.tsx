import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRefusal } from '../common/refusal';
import { I18nProvider } from '../i18n/i18n';
import { ObjectionDecisionForm } from './ObjectionDecisionForm';

function renderForm(onDecide = vi.fn().mockResolvedValue(null)) {
  render(
    <I18nProvider language="id">
      <ObjectionDecisionForm
        objectionId="obj-1"
        workResultsRating="BELOW"
        behaviourRating="MEETS"
        predikat="BUTUH_PERBAIKAN"
        onDecide={onDecide}
      />
    </I18nProvider>,
  );
  return onDecide;
}

const resulting = () => screen.getByTestId('resulting-predikat').textContent;

describe('ObjectionDecisionForm', () => {
  it('shows the resulting predikat live from the two ratings (predikatOf)', () => {
    renderForm();
    expect(resulting()).toBe('Butuh Perbaikan');
    fireEvent.click(screen.getByLabelText('Ubah rating (CHANGED)'));
    fireEvent.change(screen.getByLabelText('Rating hasil kerja baru'), { target: { value: 'MEETS' } });
    expect(resulting()).toBe('Baik');
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja baru'), { target: { value: 'BELOW' } });
    expect(resulting()).toBe('Kurang/Misconduct');
    fireEvent.change(screen.getByLabelText('Rating hasil kerja baru'), { target: { value: 'ABOVE' } });
    fireEvent.change(screen.getByLabelText('Rating perilaku kerja baru'), { target: { value: 'ABOVE' } });
    expect(resulting()).toBe('Sangat Baik');
    expect(screen.getByText('(sebelumnya Butuh Perbaikan)')).toBeTruthy();
  });

  it('needs a reason and a changed rating for CHANGED', async () => {
    const onDecide = renderForm();
    fireEvent.click(screen.getByLabelText('Ubah rating (CHANGED)'));
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan keberatan' }));
    expect(screen.getByText('Tulis alasan perubahan rating.')).toBeTruthy();
    expect(screen.getByText('Ubah paling sedikit satu rating, atau pilih UPHELD.')).toBeTruthy();
    expect(onDecide).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Rating hasil kerja baru'), { target: { value: 'MEETS' } });
    fireEvent.change(screen.getByLabelText('Alasan keputusan'), { target: { value: '120 berkas terlewat.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan keberatan' }));
    await waitFor(() =>
      expect(onDecide).toHaveBeenCalledWith({
        objectionId: 'obj-1',
        outcome: 'CHANGED',
        workResultsRating: 'MEETS',
        behaviourRating: 'MEETS',
        reason: '120 berkas terlewat.',
      }),
    );
  });

  it('upholds without ratings and shows a server refusal next to the field it names', async () => {
    const onDecide = renderForm(
      vi
        .fn()
        .mockResolvedValue(
          makeRefusal('BAD_USER_INPUT', 'Alasan terlalu panjang.', [
            { field: 'reason', message: 'Paling banyak 2000 karakter.' },
          ]),
        ),
    );
    fireEvent.change(screen.getByLabelText('Alasan keputusan'), { target: { value: 'Tetap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan keberatan' }));
    await waitFor(() =>
      expect(onDecide).toHaveBeenCalledWith({ objectionId: 'obj-1', outcome: 'UPHELD', reason: 'Tetap' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Alasan terlalu panjang.');
    expect(screen.getByText('Paling banyak 2000 karakter.')).toBeTruthy();
    expect((screen.getByLabelText('Alasan keputusan') as HTMLTextAreaElement).value).toBe('Tetap');
  });
});
