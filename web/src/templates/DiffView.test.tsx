import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { DiffView, type ApiDiff } from './DiffView';

const label = (id: string, en: string) => ({ id, en });

const diff: ApiDiff = {
  identical: false,
  reordered: true,
  ratingThresholds: [{ field: 'workResults.meets', before: 80, after: 75 }],
  sections: { added: [{ key: 'supervisi', title: label('Supervisi', 'Supervision') }], removed: [], changed: [] },
  indicators: {
    added: [
      { key: 'baru', sectionKey: 'hasil_kerja', lineageKey: 'baru', label: label('Indikator baru', 'New indicator') },
    ],
    removed: [
      { key: 'lama', sectionKey: 'hasil_kerja', lineageKey: 'lama', label: label('Indikator lama', 'Old indicator') },
    ],
    moved: [
      {
        key: 'pindah',
        sectionKey: 'supervisi',
        fromSectionKey: 'hasil_kerja',
        lineageKey: 'pindah',
        label: label('Pindahan', 'Moved one'),
      },
    ],
    changed: [
      {
        key: 'perangkat',
        fromKey: 'perangkat',
        sectionKey: 'hasil_kerja',
        lineageKey: 'perangkat',
        label: label('Perangkat pembelajaran', 'Teaching materials'),
        changes: [
          { field: 'weight', before: 20, after: 10 },
          {
            field: 'label',
            before: label('Perangkat ajar', 'Materials'),
            after: label('Perangkat pembelajaran', 'Teaching materials'),
          },
          { field: 'help', before: null, after: label('Petunjuk', 'Help') },
        ],
      },
    ],
  },
};

describe('DiffView', () => {
  it('shows added, removed, moved and changed indicators with each field before and after', () => {
    render(
      <I18nProvider language="id">
        <DiffView diff={diff} fromNumber={1} toNumber={2} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Perubahan dari versi 1 ke versi 2' })).toBeTruthy();
    expect(screen.getByText('Urutan bagian atau indikator berubah.')).toBeTruthy();
    expect(screen.getByText('Indikator baru').tagName).toBe('INS');
    expect(screen.getByText('Indikator lama').tagName).toBe('DEL');
    expect(screen.getByText(/dari bagian hasil_kerja ke bagian supervisi/)).toBeTruthy();
    const weightRow = screen.getByRole('rowheader', { name: 'weight' }).closest('tr')!;
    expect(
      within(weightRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20', '10']);
    const labelRow = screen.getByRole('rowheader', { name: 'label' }).closest('tr')!;
    expect(
      within(labelRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Perangkat ajar', 'Perangkat pembelajaran']);
    const helpRow = screen.getByRole('rowheader', { name: 'help' }).closest('tr')!;
    expect(within(helpRow).getAllByRole('cell')[0]!.textContent).toBe('(kosong)');
    const thresholds = screen.getByRole('table', { name: 'Ambang rating diubah' });
    expect(within(thresholds).getByText('75')).toBeTruthy();
  });

  it('says so when the versions are identical, in English too', () => {
    render(
      <I18nProvider language="en">
        <DiffView
          diff={{
            identical: true,
            reordered: false,
            ratingThresholds: [],
            sections: { added: [], removed: [], changed: [] },
            indicators: { added: [], removed: [], moved: [], changed: [] },
          }}
          fromNumber={1}
          toNumber={1}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('The two versions are identical.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
