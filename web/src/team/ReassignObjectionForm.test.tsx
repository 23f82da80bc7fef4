import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRefusal } from '../common/refusal';
import { I18nProvider } from '../i18n/i18n';
import { ReassignObjectionForm, type DeciderCandidate } from './ReassignObjectionForm';

const CANDIDATES: DeciderCandidate[] = [
  { id: 'plt', name: 'Rudi Hartono', position: 'Sekretaris Kecamatan', unit: { name: 'Kecamatan Gerunggang' } },
  { id: 'camat', name: 'Camat', position: 'Camat', unit: { name: 'Kecamatan Gerunggang' } },
  { id: 'assessor', name: 'Kasi Pemerintahan', position: 'Kepala Seksi', unit: { name: 'Kecamatan Gerunggang' } },
];

function renderForm(onReassign = vi.fn().mockResolvedValue(null), onSearch = vi.fn()) {
  render(
    <I18nProvider language="id">
      <ReassignObjectionForm
        objectionId="obj-1"
        excludedIds={['camat', 'assessor', 'pem1']}
        candidates={CANDIDATES}
        searching={false}
        onSearch={onSearch}
        onReassign={onReassign}
      />
    </I18nProvider>,
  );
  return { onReassign, onSearch };
}

describe('ReassignObjectionForm (PP 30/2019: HR hands an objection to another official)', () => {
  it('offers only people who may decide: not the current decider, the assessor or the employee', () => {
    const { onSearch } = renderForm();
    fireEvent.change(screen.getByLabelText(/Cari pegawai/), { target: { value: ' Rudi ' } });
    expect(onSearch).toHaveBeenCalledWith('Rudi');
    const options = [...(screen.getByLabelText('Pejabat yang memutuskan') as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(options).toEqual(['', 'plt']);
  });

  it('needs a decider and a reason before anything is sent, then sends the trimmed reason', async () => {
    const { onReassign } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Alihkan keberatan' }));
    expect(screen.getByText('Pilih pegawai yang akan memutuskan keberatan.')).toBeTruthy();
    expect(screen.getByText('Tulis alasan pengalihan (1–2000 karakter).')).toBeTruthy();
    expect(onReassign).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Pejabat yang memutuskan'), { target: { value: 'plt' } });
    fireEvent.change(screen.getByLabelText('Alasan pengalihan'), {
      target: { value: '  Camat cuti; Plt memutuskan.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Alihkan keberatan' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Keberatan dialihkan.'));
    expect(onReassign).toHaveBeenCalledWith({
      objectionId: 'obj-1',
      deciderId: 'plt',
      reason: 'Camat cuti; Plt memutuskan.',
    });
  });

  it('shows the server’s refusal at the field it names', async () => {
    const refusal = makeRefusal('BAD_USER_INPUT', 'x', [
      { field: 'deciderId', message: 'Rudi Hartono tidak lagi aktif; pilih pegawai aktif.' },
    ]);
    renderForm(vi.fn().mockResolvedValue(refusal));
    fireEvent.change(screen.getByLabelText('Pejabat yang memutuskan'), { target: { value: 'plt' } });
    fireEvent.change(screen.getByLabelText('Alasan pengalihan'), { target: { value: 'Camat cuti.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Alihkan keberatan' }));
    expect(await screen.findByText('Rudi Hartono tidak lagi aktif; pilih pegawai aktif.')).toBeTruthy();
    expect(screen.getByLabelText('Pejabat yang memutuskan').getAttribute('aria-invalid')).toBe('true');
  });
});
