import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { QueryState } from './QueryState';

function renderState(props: Partial<Parameters<typeof QueryState>[0]>) {
  return render(
    <I18nProvider language="id">
      <QueryState loading={false} error={undefined} empty={false} emptyText="Kosong" {...props}>
        <p>isi</p>
      </QueryState>
    </I18nProvider>,
  );
}

describe('QueryState', () => {
  it('announces loading', () => {
    renderState({ loading: true });
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
  });

  it('shows an error with a retry button that calls back', () => {
    const onRetry = vi.fn();
    renderState({ error: new Error('boom'), onRetry });
    expect(screen.getByRole('alert').textContent).toContain('Data tidak dapat dimuat.');
    expect(screen.queryByText('boom')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the empty text instead of the content', () => {
    renderState({ empty: true });
    expect(screen.getByText('Kosong')).toBeTruthy();
    expect(screen.queryByText('isi')).toBeNull();
  });

  it('shows the content when there is data', () => {
    renderState({});
    expect(screen.getByText('isi')).toBeTruthy();
  });
});
