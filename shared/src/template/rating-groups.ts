import type { SectionKind } from './definition.js';

/** Which section kinds feed which rating. Feedback sections feed none. */
export const RATING_GROUPS = {
  workResults: ['workResults', 'instrument'],
  behaviour: ['behaviour'],
} as const satisfies Record<string, readonly SectionKind[]>;

export type RatingGroup = keyof typeof RATING_GROUPS;

export function ratingGroupOf(kind: SectionKind): RatingGroup | null {
  if (kind === 'workResults' || kind === 'instrument') return 'workResults';
  if (kind === 'behaviour') return 'behaviour';
  return null;
}
