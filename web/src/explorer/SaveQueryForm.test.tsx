import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRefusal, type Refusal } from '../common/refusal';
import { I18nProvider } from '../i18n/i18n';
import { SaveQueryForm } from './SaveQueryForm';

const initial = { name: 'Skor perawat', description: '', shared: false };

function renderForm(
  onSave: (fields: unknown, asNew: boolean) => Promise<Refusal | null>,
  editing: { name: string } | null = null,
) {
  return render(
    <I18nProvider language="id">
      <SaveQueryForm initial={initial} editing={editing} ownerOfOpened={null} onSave={onSave} onNew={() => {}} />
    </I18nProvider>,
  );
}

describe('SaveQueryForm', () => {
  it('sends the trimmed fields and shows each server problem next to its field, query problems as a list', async () => {
    const onSave = vi.fn(
      async (): Promise<Refusal | null> =>
        makeRefusal('BAD_USER_INPUT', 'Nama sudah dipakai.', [
          { field: 'name', message: "Anda sudah punya kueri tersimpan bernama 'Skor'." },
          { field: 'query', message: 'Kueri GraphQL tidak valid: Cannot query field "x" on type "Query". (1:3)' },
        ]),
    );
    renderForm(onSave);
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: '  Skor  ' } });
    fireEvent.change(screen.getByLabelText('Keterangan'), { target: { value: ' Per unit ' } });
    fireEvent.click(screen.getByLabelText('Bagikan kepada analis lain'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText("Anda sudah punya kueri tersimpan bernama 'Skor'.");
    expect(onSave).toHaveBeenCalledWith({ name: 'Skor', description: 'Per unit', shared: true }, false);
    expect(screen.getByLabelText('Nama').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Kueri: Kueri GraphQL tidak valid: Cannot query field "x"');
    // The general message is not repeated when every problem has its place.
    expect(screen.queryByText('Nama sudah dipakai.')).toBeNull();
  });

  it('shows a refusal without field problems (a stale version) as one message', async () => {
    renderForm(async () => makeRefusal('CONFLICT', 'Kueri ini sudah diubah di tempat lain.'), {
      name: 'Skor perawat',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kueri ini sudah diubah di tempat lain.');
  });

  it('offers to save a copy only while editing one’s own query', async () => {
    const onSave = vi.fn(async () => null);
    renderForm(onSave, { name: 'Skor perawat' });
    expect(screen.getByText('Mengubah: Skor perawat')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai kueri baru' }));
    await vi.waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ name: 'Skor perawat', description: '', shared: false }, true),
    );
  });

  it('has no copy button for a new query', () => {
    renderForm(async () => null);
    expect(screen.queryByRole('button', { name: 'Simpan sebagai kueri baru' })).toBeNull();
  });
});
