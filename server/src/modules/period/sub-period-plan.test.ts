import { describe, expect, it } from 'vitest';
import { PeriodCadence } from './period.enums.js';
import { planSubPeriods } from './sub-period-plan.js';

describe('planSubPeriods', () => {
  it('makes four quarters and the annual sub-period by default cadence', () => {
    expect(planSubPeriods(2026, PeriodCadence.QUARTERLY).map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30'],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31'],
      ['Tahunan 2026', '2026-01-01', '2026-12-31'],
    ]);
  });

  it('makes two semesters', () => {
    expect(
      planSubPeriods(2027, PeriodCadence.SEMESTER).map((p) => [p.kind, p.number, p.nameEn, p.startDate, p.endDate]),
    ).toEqual([
      ['SEMESTER', 1, 'Semester 1 2027', '2027-01-01', '2027-06-30'],
      ['SEMESTER', 2, 'Semester 2 2027', '2027-07-01', '2027-12-31'],
      ['ANNUAL', 1, 'Annual 2027', '2027-01-01', '2027-12-31'],
    ]);
  });

  it('makes twelve months with the right last days, leap years included', () => {
    const months = planSubPeriods(2028, PeriodCadence.MONTHLY);
    expect(months).toHaveLength(13);
    expect(months[1]).toMatchObject({
      kind: 'MONTH',
      number: 2,
      name: 'Februari 2028',
      nameEn: 'February 2028',
      endDate: '2028-02-29',
    });
    expect(planSubPeriods(2026, PeriodCadence.MONTHLY)[1]!.endDate).toBe('2026-02-28');
    expect(months.slice(0, 12).map((m) => m.endDate.slice(8))).toEqual([
      '31',
      '29',
      '31',
      '30',
      '31',
      '30',
      '31',
      '31',
      '30',
      '31',
      '30',
      '31',
    ]);
  });
});
