import { registerEnumType } from 'type-graphql';

/** What kind of development a final feedback recommends. */
export enum DevelopmentActionKind {
  TRAINING = 'TRAINING',
  MENTORING = 'MENTORING',
  COACHING = 'COACHING',
  ASSIGNMENT = 'ASSIGNMENT',
  OTHER = 'OTHER',
}
registerEnumType(DevelopmentActionKind, {
  name: 'DevelopmentActionKind',
  description: 'Kind of a recommended development action (rekomendasi pengembangan).',
  valuesConfig: {
    TRAINING: { description: 'Pelatihan (training, course, diklat).' },
    MENTORING: { description: 'Mentoring by a more experienced colleague.' },
    COACHING: { description: 'Coaching by the supervisor.' },
    ASSIGNMENT: { description: 'Penugasan: a stretch assignment or detail.' },
    OTHER: { description: 'Anything else, described in the text.' },
  },
});

export enum DevelopmentActionStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
}
registerEnumType(DevelopmentActionStatus, {
  name: 'DevelopmentActionStatus',
  description: 'Progress of a development action.',
  valuesConfig: {
    PLANNED: { description: 'Direncanakan: not done yet.' },
    DONE: { description: 'Selesai: done.' },
  },
});

/** Longest text of a continuous feedback entry, in characters. */
export const FEEDBACK_TEXT_MAX = 2000;
/** Longest strengths / areas-to-improve text of a final feedback. */
export const FINAL_FEEDBACK_TEXT_MAX = 4000;
/** Longest description of a development action. */
export const ACTION_DESCRIPTION_MAX = 1000;
/** Most development actions one final feedback may recommend. */
export const MAX_DEVELOPMENT_ACTIONS = 20;
