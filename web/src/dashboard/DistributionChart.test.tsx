import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { DistributionChart, type DistributionData } from './DistributionChart';
import { employeesOf } from './DashboardPage';

const data: DistributionData = {
  total: 8,
  rows: [
    { predikat: 'SANGAT_BAIK', count: 1, percent: 12.5 },
    { predikat: 'BAIK', count: 6, percent: 75 },
    { predikat: 'BUTUH_PERBAIKAN', count: 1, percent: 12.5 },
    { predikat: 'KURANG', count: 0, percent: 0 },
    { predikat: 'SANGAT_KURANG', count: 0, percent: 0 },
  ],
  guideline: [
    { kind: 'atMost', percent: 70, predikat: ['BAIK'] },
    { kind: 'present', percent: null, predikat: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
};

describe('DistributionChart', () => {
  it('draws one bar per predikat as wide as its share, with the guideline limit on it', () => {
    render(
      <I18nProvider language="id">
        <DistributionChart data={data} caption="Sebaran Kelurahan Bukit Sari" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('bar-BAIK').style.width).toBe('75%');
    expect(screen.getByTestId('bar-SANGAT_BAIK').style.width).toBe('12.5%');
    expect(screen.getByTestId('bar-KURANG').style.width).toBe('0%');
    const baik = screen.getByText('6 pegawai (75%)').closest('li')!;
    expect(baik.querySelector<HTMLElement>('.bar-limit')?.style.left).toBe('70%');
    expect(within(baik).getByText(/batas paling banyak 70%/)).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Sebaran Kelurahan Bukit Sari' })).toBeTruthy();
  });

  it('gives the same numbers as a table, with the guideline per row', () => {
    render(
      <I18nProvider language="en">
        <DistributionChart data={data} caption="Distribution" />
      </I18nProvider>,
    );
    const rows = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Predikat', 'Count', 'Percent', 'Guideline'],
      ['Very good', '1', '12.5%', ''],
      ['Good', '6', '75%', 'At most 70% Good'],
      ['Needs improvement', '1', '12.5%', 'At least one employee Needs improvement or Poor/Misconduct'],
      ['Poor/Misconduct', '0', '0%', 'At least one employee Needs improvement or Poor/Misconduct'],
      ['Very poor', '0', '0%', ''],
    ]);
  });
});

describe('employeesOf', () => {
  const units = [
    { id: 'k', code: 'kec', path: ['kec'], employees: [{ id: '1' }] },
    { id: 'b', code: 'kel_bs', path: ['kec', 'kel_bs'], employees: [{ id: '2' }, { id: '3' }] },
  ];
  it('counts the unit alone or with its sub-units', () => {
    expect(employeesOf(units, 'k', false)).toBe(1);
    expect(employeesOf(units, 'k', true)).toBe(3);
    expect(employeesOf(units, 'b', true)).toBe(2);
  });
});
