import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { SavedQueryList } from './SavedQueryList';

describe('SavedQueryList', () => {
  it('offers every saved query as CSV and XLSX downloads, and deletion only of your own', () => {
    const items = [
      { id: 'a-1', name: 'Perawat per kelurahan', shared: true, mine: false, ownerName: 'Analis' },
      { id: 'b-2', name: 'Milik saya', shared: false, mine: true, ownerName: 'Saya' },
    ];
    render(
      <I18nProvider language="id">
        <SavedQueryList items={items} openedId={null} onOpen={vi.fn()} onDelete={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Unduh XLSX: Perawat per kelurahan' }).getAttribute('href')).toBe(
      '/export/saved/a-1?format=xlsx',
    );
    expect(screen.getByRole('link', { name: 'Unduh CSV: Milik saya' }).getAttribute('href')).toBe(
      '/export/saved/b-2?format=csv',
    );
    expect(screen.queryByRole('button', { name: 'Hapus: Perawat per kelurahan' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hapus: Milik saya' })).toBeTruthy();
  });
});
