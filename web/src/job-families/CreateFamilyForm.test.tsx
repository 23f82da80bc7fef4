import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { makeRefusal, type Refusal } from '../common/refusal';
import { CreateFamilyForm } from './CreateFamilyForm';

describe('CreateFamilyForm', () => {
  it('keeps the typed input on a refusal and shows each problem under its field', async () => {
    const onCreate = vi.fn(
      async (): Promise<Refusal | null> =>
        makeRefusal('BAD_USER_INPUT', 'Kode sudah dipakai.', [{ field: 'code', message: 'Kode bidan sudah dipakai.' }]),
    );
    render(
      <I18nProvider language="id">
        <CreateFamilyForm onCreate={onCreate} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText(/^Kode/), { target: { value: 'bidan' } });
    fireEvent.change(screen.getByLabelText('Nama (Bahasa Indonesia)'), { target: { value: 'Bidan' } });
    fireEvent.change(screen.getByLabelText('Nama (English)'), { target: { value: 'Midwife' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah rumpun' }));
    await screen.findByRole('alert');
    expect(onCreate).toHaveBeenCalledWith({ code: 'bidan', name: 'Bidan', nameEn: 'Midwife', description: undefined });
    expect(screen.getByText('Kode bidan sudah dipakai.')).toBeTruthy();
    expect(screen.getByLabelText(/^Kode/).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Nama (Bahasa Indonesia)') as HTMLInputElement).value).toBe('Bidan');
  });

  it('clears the form and confirms once the family is added', async () => {
    render(
      <I18nProvider language="id">
        <CreateFamilyForm onCreate={async () => null} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText(/^Kode/), { target: { value: 'bidan' } });
    fireEvent.change(screen.getByLabelText('Nama (Bahasa Indonesia)'), { target: { value: 'Bidan' } });
    fireEvent.change(screen.getByLabelText('Nama (English)'), { target: { value: 'Midwife' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah rumpun' }));
    await screen.findByText('Rumpun Bidan ditambahkan. Buat templatnya di menu Templat.');
    expect((screen.getByLabelText('Nama (Bahasa Indonesia)') as HTMLInputElement).value).toBe('');
  });
});
