import { registerEnumType } from 'type-graphql';

export enum WorkPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(WorkPlanStatus, {
  name: 'WorkPlanStatus',
  description: 'Where a work plan (SKP) revision stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the employee.' },
    SUBMITTED: { description: 'Waiting for the supervisor.' },
    APPROVED: { description: 'Approved and locked; the targets in force.' },
    RETURNED: { description: 'Returned by the supervisor with a comment; the employee revises and resubmits.' },
    SUPERSEDED: { description: 'An approved revision replaced by a later approved one; kept as history.' },
  },
});

export enum WorkResultKind {
  MAIN = 'MAIN',
  ADDITIONAL = 'ADDITIONAL',
}
registerEnumType(WorkResultKind, {
  name: 'WorkResultKind',
  description: 'Hasil kerja utama (main) or tambahan (additional).',
});
