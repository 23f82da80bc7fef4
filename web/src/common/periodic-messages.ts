import { defineMessages } from '../i18n/i18n';

/** Texts of the periodic-targets table (read by the employee's plan and by the supervisor's review). */
export const periodicMessages = defineMessages(
  {
    periodic: 'Target periodik (rencana aksi)',
    label: 'Indikator',
    annual: 'Tahunan',
    periodicBy: 'Penghitungan',
    'aggregation.SUM': 'Jumlah',
    'aggregation.LAST': 'Nilai terakhir',
    'aggregation.AVERAGE': 'Rata-rata',
  },
  {
    periodic: 'Periodic targets (action plan)',
    label: 'Indicator',
    annual: 'Annual',
    periodicBy: 'Adds up by',
    'aggregation.SUM': 'Sum',
    'aggregation.LAST': 'Last value',
    'aggregation.AVERAGE': 'Average',
  },
);
