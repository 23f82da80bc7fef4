import { PeriodCadence, SubPeriodKind } from './period.enums.js';

/** One sub-period to create: a pure description, dates as YYYY-MM-DD. */
export interface SubPeriodPlan {
  kind: SubPeriodKind;
  number: number;
  name: string;
  nameEn: string;
  startDate: string;
  endDate: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** How many periodic sub-periods (besides the annual one) a cadence makes: what periodic targets split into. */
export function periodicCount(cadence: PeriodCadence): number {
  return cadence === PeriodCadence.QUARTERLY ? 4 : cadence === PeriodCadence.SEMESTER ? 2 : 12;
}
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A span of whole months, 1-based and inclusive. */
function span(year: number, fromMonth: number, toMonth: number) {
  return {
    startDate: `${year}-${pad(fromMonth)}-01`,
    endDate: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
  };
}

/**
 * The sub-periods of a year for a cadence: quarters (Triwulan I–IV), semesters (Semester I–II) or months,
 * always followed by the annual one covering the whole year.
 */
export function planSubPeriods(year: number, cadence: PeriodCadence): SubPeriodPlan[] {
  const plans: SubPeriodPlan[] = [];
  if (cadence === PeriodCadence.QUARTERLY) {
    for (let q = 1; q <= 4; q++) {
      plans.push({
        kind: SubPeriodKind.QUARTER,
        number: q,
        name: `Triwulan ${ROMAN[q - 1]} ${year}`,
        nameEn: `Quarter ${q} ${year}`,
        ...span(year, q * 3 - 2, q * 3),
      });
    }
  } else if (cadence === PeriodCadence.SEMESTER) {
    for (let s = 1; s <= 2; s++) {
      plans.push({
        kind: SubPeriodKind.SEMESTER,
        number: s,
        name: `Semester ${ROMAN[s - 1]} ${year}`,
        nameEn: `Semester ${s} ${year}`,
        ...span(year, s * 6 - 5, s * 6),
      });
    }
  } else {
    for (let m = 1; m <= 12; m++) {
      plans.push({
        kind: SubPeriodKind.MONTH,
        number: m,
        name: `${MONTHS_ID[m - 1]} ${year}`,
        nameEn: `${MONTHS_EN[m - 1]} ${year}`,
        ...span(year, m, m),
      });
    }
  }
  plans.push({
    kind: SubPeriodKind.ANNUAL,
    number: 1,
    name: `Tahunan ${year}`,
    nameEn: `Annual ${year}`,
    ...span(year, 1, 12),
  });
  return plans;
}
