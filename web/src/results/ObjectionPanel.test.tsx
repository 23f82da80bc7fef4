import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ObjectionPanel } from './ObjectionPanel';
import { objectionWindow } from './objectionWindow';

const submittedAt = '2026-10-05T08:00:00.000Z';

describe('objectionWindow', () => {
  it('stays open for exactly 14 days after submission', () => {
    expect(objectionWindow(submittedAt, new Date('2026-10-19T08:00:00.000Z'))).toEqual({ deadline: new Date('2026-10-19T08:00:00.000Z'), open: true });
    expect(objectionWindow(submittedAt, new Date('2026-10-19T08:00:01.000Z')).open).toBe(false);
  });
});

describe('ObjectionPanel', () => {
  it('offers the objection form with its deadline while the window is open, and keeps the reason when refused', async () => {
    const onFile = vi.fn().mockRejectedValue(new Error('Batas waktu keberatan telah lewat.'));
    render(
      <I18nProvider language="id">
        <ObjectionPanel assessmentId="a1" submittedAt={submittedAt} now={new Date('2026-10-10T00:00:00Z')} objection={null} onFile={onFile} />
      </I18nProvider>,
    );
    expect(screen.getByText(/Anda dapat mengajukan keberatan .* sampai 19 Okt 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan keberatan' }));
    expect(screen.getByText('Tuliskan alasan keberatan (1–2000 karakter).')).toBeTruthy();
    expect(onFile).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Alasan keberatan'), { target: { value: 'Realisasi belum dihitung.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan keberatan' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Batas waktu keberatan telah lewat.');
    expect(onFile).toHaveBeenCalledWith('Realisasi belum dihitung.');
    expect((screen.getByLabelText('Alasan keberatan') as HTMLTextAreaElement).value).toBe('Realisasi belum dihitung.');
  });

  it('hides the form after the deadline', () => {
    render(
      <I18nProvider language="en">
        <ObjectionPanel assessmentId="a1" submittedAt={submittedAt} now={new Date('2026-11-01T00:00:00Z')} objection={null} onFile={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByText(/The objection window has closed \(19 Oct 2026/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('Reason for the objection')).toBeNull();
  });

  it('shows a filed objection’s status and decision instead of the form', () => {
    render(
      <I18nProvider language="id">
        <ObjectionPanel
          assessmentId="a1"
          submittedAt={submittedAt}
          now={new Date('2026-10-10T00:00:00Z')}
          objection={{ id: 'o1', status: 'CHANGED', reason: 'Data belum lengkap.', filedAt: '2026-10-06T00:00:00Z', decidedAt: '2026-10-12T00:00:00Z', decisionReason: 'Realisasi diperbaiki.', predikat: 'BAIK' }}
          onFile={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Dikabulkan: rating diubah')).toBeTruthy();
    expect(screen.getByText('Predikat baru: Baik')).toBeTruthy();
    expect(screen.getByText('Realisasi diperbaiki.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
