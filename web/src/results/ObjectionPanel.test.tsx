import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ObjectionPanel } from './ObjectionPanel';

// Received 3 March 2026 at 23:30 WIB: PP 30/2019 gives until the end of 17 March 2026 (WIB).
const receivedAt = '2026-03-03T16:30:00.000Z';
const WIB = 'Asia/Jakarta';

describe('the objection window shown to the employee (PP 30/2019, the shared rule)', () => {
  it('names the last day as a date, in the unit’s time zone, and is open through that whole day', () => {
    render(
      <I18nProvider language="id">
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={receivedAt}
          timeZone={WIB}
          now={new Date('2026-03-17T23:59:00+07:00')}
          objection={null}
          onFile={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(
      screen.getByText(
        /^Keberatan dapat diajukan sampai 17 Maret 2026 \(14 hari kalender sejak Anda menerima hasil ini\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajukan keberatan' })).toBeTruthy();
  });

  it('closes at midnight WIB after the last day, and counts from now while the receipt is being recorded', () => {
    const { unmount } = render(
      <I18nProvider language="en">
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={receivedAt}
          timeZone={WIB}
          now={new Date('2026-03-18T00:00:00+07:00')}
          objection={null}
          onFile={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('The objection window has closed: the last day was 17 March 2026.')).toBeTruthy();
    unmount();
    render(
      <I18nProvider language="en">
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={null}
          timeZone="Asia/Makassar"
          now={new Date('2026-03-03T16:30:00Z')}
          objection={null}
          onFile={vi.fn()}
        />
      </I18nProvider>,
    );
    // 00:30 WITA on 4 March: the last day is 18 March.
    expect(screen.getByText(/^You may object until 18 March 2026 /)).toBeTruthy();
  });
});

describe('ObjectionPanel', () => {
  it('offers the objection form with its deadline while the window is open, and keeps the reason when refused', async () => {
    const onFile = vi.fn().mockRejectedValue(new Error('Batas waktu keberatan telah lewat.'));
    render(
      <I18nProvider language="id">
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={receivedAt}
          timeZone={WIB}
          now={new Date('2026-03-10T00:00:00Z')}
          objection={null}
          onFile={onFile}
        />
      </I18nProvider>,
    );
    expect(screen.getByText(/Keberatan dapat diajukan sampai 17 Maret 2026/)).toBeTruthy();
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
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={receivedAt}
          timeZone={WIB}
          now={new Date('2026-04-01T00:00:00Z')}
          objection={null}
          onFile={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByText(/The objection window has closed: the last day was 17 March 2026/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('Reason for the objection')).toBeNull();
  });

  it('shows a filed objection’s status and decision instead of the form', () => {
    render(
      <I18nProvider language="id">
        <ObjectionPanel
          assessmentId="a1"
          receivedAt={receivedAt}
          timeZone={WIB}
          now={new Date('2026-03-10T00:00:00Z')}
          objection={{
            id: 'o1',
            status: 'CHANGED',
            reason: 'Data belum lengkap.',
            filedAt: '2026-10-06T00:00:00Z',
            decidedAt: '2026-10-12T00:00:00Z',
            decisionReason: 'Realisasi diperbaiki.',
            predikat: 'BAIK',
          }}
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
