import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { SubmitSection } from './SubmitSection';

const renderSection = (
  onSubmit = vi.fn(),
  suggested = { workResults: 'MEETS' as const, behaviour: 'ABOVE' as const },
) => {
  render(
    <I18nProvider language="id">
      <SubmitSection suggested={suggested} busy={false} onSubmit={onSubmit} />
    </I18nProvider>,
  );
  return onSubmit;
};

describe('SubmitSection', () => {
  it('preselects the suggested ratings, shows the predikat, and submits them without a reason', () => {
    const onSubmit = renderSection();
    expect((screen.getByLabelText('Rating hasil kerja') as HTMLSelectElement).value).toBe('MEETS');
    expect((screen.getByLabelText('Rating perilaku kerja') as HTMLSelectElement).value).toBe('ABOVE');
    expect(screen.getByRole('option', { name: 'Sesuai Ekspektasi (disarankan)' })).toBeTruthy();
    expect(screen.getByText('Predikat kinerja: Baik')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kirim dan kunci penilaian' }));
    expect(onSubmit).toHaveBeenCalledWith({ workResultsRating: 'MEETS', behaviourRating: 'ABOVE', ratingReason: null });
  });

  it('requires a reason before sending when a rating departs from the suggestion', () => {
    const onSubmit = renderSection();
    fireEvent.change(screen.getByLabelText('Rating hasil kerja'), { target: { value: 'ABOVE' } });
    expect(screen.getByText('Predikat kinerja: Sangat Baik')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kirim dan kunci penilaian' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Rating berbeda dari saran: tuliskan alasannya.');
    const reason = screen.getByLabelText(/Alasan rating berbeda dari saran/);
    expect(document.activeElement).toBe(reason);
    fireEvent.change(reason, { target: { value: 'Menyelesaikan proyek digitalisasi arsip di luar target.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim dan kunci penilaian' }));
    expect(onSubmit).toHaveBeenCalledWith({
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      ratingReason: 'Menyelesaikan proyek digitalisasi arsip di luar target.',
    });
  });

  it('shows where a unit head’s suggestion comes from, preselects it, and asks a reason to depart from it (SE MenPANRB 3/2023)', () => {
    const onSubmit = vi.fn();
    render(
      <I18nProvider language="id">
        <SubmitSection
          suggested={{ workResults: 'MEETS', behaviour: 'MEETS' }}
          workResultsNote="Disarankan: Sesuai Ekspektasi — mengikuti capaian kinerja organisasi Baik"
          busy={false}
          onSubmit={onSubmit}
        />
      </I18nProvider>,
    );
    const select = screen.getByLabelText(/^Rating hasil kerja/) as HTMLSelectElement;
    expect(select.value).toBe('MEETS');
    expect(screen.getByText('Disarankan: Sesuai Ekspektasi — mengikuti capaian kinerja organisasi Baik').id).toBe(
      select.getAttribute('aria-describedby'),
    );
    fireEvent.change(select, { target: { value: 'ABOVE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim dan kunci penilaian' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Rating berbeda dari saran: tuliskan alasannya.');
  });

  it('asks for both ratings while the rules cannot suggest one yet', () => {
    const onSubmit = renderSection(vi.fn(), { workResults: null, behaviour: null } as never);
    fireEvent.click(screen.getByRole('button', { name: 'Kirim dan kunci penilaian' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Pilih kedua rating.');
  });
});
