import { registerEnumType } from 'type-graphql';

export enum PeriodCadence {
  QUARTERLY = 'QUARTERLY',
  SEMESTER = 'SEMESTER',
  MONTHLY = 'MONTHLY',
}
registerEnumType(PeriodCadence, {
  name: 'PeriodCadence',
  description: 'How often employees are evaluated within the year, besides the annual evaluation.',
  valuesConfig: {
    QUARTERLY: { description: 'Per triwulan (quarter): four sub-periods; the default.' },
    SEMESTER: { description: 'Per semester: two sub-periods.' },
    MONTHLY: { description: 'Per bulan (month): twelve sub-periods.' },
  },
});

export enum PeriodState {
  PLANNING = 'PLANNING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodState, {
  name: 'PeriodState',
  description: 'Lifecycle of a period; it only moves forward: PLANNING → OPEN → CLOSED.',
  valuesConfig: {
    PLANNING: { description: 'Perencanaan: being prepared; no template version is pinned yet.' },
    OPEN: { description: 'Dibuka: running; the template version of every family is pinned.' },
    CLOSED: { description: 'Ditutup: finished; read-only.' },
  },
});

export enum SubPeriodKind {
  QUARTER = 'QUARTER',
  SEMESTER = 'SEMESTER',
  MONTH = 'MONTH',
  ANNUAL = 'ANNUAL',
}
registerEnumType(SubPeriodKind, {
  name: 'SubPeriodKind',
  description: 'Kind of an evaluation sub-period.',
  valuesConfig: {
    QUARTER: { description: 'A triwulan (quarter), numbered 1–4.' },
    SEMESTER: { description: 'A semester, numbered 1–2.' },
    MONTH: { description: 'A month, numbered 1–12.' },
    ANNUAL: { description: 'The whole year (penilaian tahunan), numbered 1.' },
  },
});

/** Indonesian names of the states, for messages. */
export const STATE_LABELS: Readonly<Record<PeriodState, { id: string; en: string }>> = {
  PLANNING: { id: 'Perencanaan', en: 'Planning' },
  OPEN: { id: 'Dibuka', en: 'Open' },
  CLOSED: { id: 'Ditutup', en: 'Closed' },
};

export enum AnnualEvaluationOpening {
  LAST_SUB_PERIOD = 'LAST_SUB_PERIOD',
  AFTER_PERIOD_END = 'AFTER_PERIOD_END',
}
registerEnumType(AnnualEvaluationOpening, {
  name: 'AnnualEvaluationOpening',
  description: 'When the annual evaluation of a period opens (HR’s setting per period).',
  valuesConfig: {
    LAST_SUB_PERIOD: {
      description: 'From the first day of the last sub-period (e.g. 1 October for quarters); the default.',
    },
    AFTER_PERIOD_END: { description: 'Only after the period has ended (from 1 January of the next year).' },
  },
});
