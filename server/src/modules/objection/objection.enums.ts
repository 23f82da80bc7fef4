import { registerEnumType } from 'type-graphql';

/** Days after an assessment's submission in which the employee may object (PermenPANRB 6/2022). */
export const OBJECTION_WINDOW_DAYS = 14;

/** The last moment an objection to an assessment submitted at `submittedAt` may be filed. */
export function objectionDeadline(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + OBJECTION_WINDOW_DAYS * 24 * 60 * 60 * 1000);
}

export enum ObjectionStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'Where an objection (keberatan) stands; a decision is final.',
  valuesConfig: {
    PENDING: { description: 'Diajukan: waiting for the decision.' },
    UPHELD: { description: 'Ditolak: the ratings stay as they were.' },
    CHANGED: { description: 'Dikabulkan: the ratings (and so the predikat) were changed.' },
  },
});

export enum ObjectionOutcome {
  UPHELD = 'UPHELD',
  CHANGED = 'CHANGED',
}
registerEnumType(ObjectionOutcome, {
  name: 'ObjectionOutcome',
  description: 'The decision on an objection.',
  valuesConfig: {
    UPHELD: { description: 'Keep the ratings.' },
    CHANGED: { description: 'Change the ratings, with a reason; the predikat follows.' },
  },
});

/** Longest reason of an objection or of its decision, in characters. */
export const OBJECTION_TEXT_MAX = 2000;
