import { registerEnumType } from 'type-graphql';

// The objection window (PP 30/2019: 14 calendar days from receiving the result, in the unit's time zone) is a
// shared rule: `objectionWindow` and `isWithinObjectionWindow` in @kinerja/shared, used by server and web.

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
