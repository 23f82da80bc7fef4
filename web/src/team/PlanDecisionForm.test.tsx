import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRefusal } from '../common/refusal';
import { I18nProvider } from '../i18n/i18n';
import { commentMissing, PlanDecisionForm } from './PlanDecisionForm';

function renderForm(onDecide = vi.fn().mockResolvedValue(null)) {
  render(
    <I18nProvider language="id">
      <PlanDecisionForm onDecide={onDecide} />
    </I18nProvider>,
  );
  return onDecide;
}

describe('PlanDecisionForm', () => {
  it('knows that only a return needs a comment', () => {
    expect(commentMissing('return', '  ')).toBe(true);
    expect(commentMissing('return', 'Naikkan target')).toBe(false);
    expect(commentMissing('approve', '')).toBe(false);
  });

  it('refuses to return a plan without a comment and says why, without calling the server', () => {
    const onDecide = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan untuk diperbaiki' }));
    expect(screen.getByText(/Tulis komentar/)).toBeTruthy();
    expect(screen.getByLabelText('Komentar untuk pegawai').getAttribute('aria-invalid')).toBe('true');
    expect(onDecide).not.toHaveBeenCalled();
  });

  it('approves without a comment and returns with one', async () => {
    const onDecide = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Setujui rencana' }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith('approve', ''));
    await screen.findByText('Rencana kerja disetujui.');
    fireEvent.change(screen.getByLabelText('Komentar untuk pegawai'), { target: { value: ' Naikkan target ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan untuk diperbaiki' }));
    await waitFor(() => expect(onDecide).toHaveBeenCalledWith('return', 'Naikkan target'));
  });

  it('shows the server’s refusal and keeps the typed comment', async () => {
    renderForm(vi.fn().mockResolvedValue(makeRefusal('CONFLICT', 'Rencana kerja ini sudah diubah orang lain.')));
    fireEvent.change(screen.getByLabelText('Komentar untuk pegawai'), { target: { value: 'Bagus' } });
    fireEvent.click(screen.getByRole('button', { name: 'Setujui rencana' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rencana kerja ini sudah diubah orang lain.');
    expect((screen.getByLabelText('Komentar untuk pegawai') as HTMLTextAreaElement).value).toBe('Bagus');
  });
});
