import { CombinedGraphQLErrors } from '@apollo/client';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ReopenSection } from './ReopenSection';

const refusal = (code: string, message: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

const renderSection = (onReopen: (reason: string) => Promise<void>) =>
  render(
    <I18nProvider language="id">
      <ReopenSection onReopen={onReopen} />
    </I18nProvider>,
  );

describe('ReopenSection', () => {
  it('requires a reason before sending, then sends the trimmed reason', async () => {
    const onReopen = vi.fn().mockResolvedValue(undefined);
    renderSection(onReopen);
    expect(screen.getByRole('heading', { name: 'Buka kembali penilaian' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    expect(onReopen).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Tuliskan alasan pembukaan kembali.');
    const reason = screen.getByLabelText(/Alasan pembukaan kembali/);
    expect(document.activeElement).toBe(reason);
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    expect(onReopen).not.toHaveBeenCalled();
    fireEvent.change(reason, { target: { value: '  Realisasi Q3 salah dicatat.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    expect(onReopen).toHaveBeenCalledWith('Realisasi Q3 salah dicatat.');
    await screen.findByRole('button', { name: 'Buka kembali' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refusal clearly and keeps the reason typed', async () => {
    const onReopen = vi.fn().mockRejectedValue(refusal('FORBIDDEN', 'Anda tidak berwenang melakukan tindakan ini.'));
    renderSection(onReopen);
    const reason = screen.getByLabelText(/Alasan pembukaan kembali/);
    fireEvent.change(reason, { target: { value: 'Salah input rating.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Anda tidak berhak membuka kembali penilaian ini: Anda tidak berwenang melakukan tindakan ini.',
    );
    expect((reason as HTMLTextAreaElement).value).toBe('Salah input rating.');
  });

  it('shows the server’s message of an invalid state (a pending objection)', async () => {
    const onReopen = vi
      .fn()
      .mockRejectedValue(
        refusal(
          'INVALID_STATE',
          'Penilaian ini sedang diajukan keberatan: atasan pejabat penilai memutuskannya, dan keputusannya final (PP 30/2019); penilaian tidak dapat dibuka kembali.',
        ),
      );
    renderSection(onReopen);
    fireEvent.change(screen.getByLabelText(/Alasan pembukaan kembali/), { target: { value: 'Koreksi.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Penilaian belum dibuka kembali: Penilaian ini sedang diajukan keberatan: atasan pejabat penilai memutuskannya, dan keputusannya final (PP 30/2019); penilaian tidak dapat dibuka kembali.',
    );
    expect((screen.getByLabelText(/Alasan pembukaan kembali/) as HTMLTextAreaElement).value).toBe('Koreksi.');
  });
});
