import type { EntityManager } from '@mikro-orm/postgresql';
import { PeriodCadence } from '../modules/period/period.enums.js';
import type { Period } from '../modules/period/period.entity.js';
import { SYSTEM_ACTOR } from '../kernel/actor.js';
import { createPeriodRows, openPeriod } from '../modules/period/period.service.js';

/** The year of the demo data. Fixed, so the seed is the same whatever day it runs. */
export const SEED_YEAR = 2026;

/**
 * Creates the demo period (quarterly, in PLANNING) with its sub-periods. Open it with `openPeriod`
 * once published templates exist for every family that has employees.
 */
export async function seedPlanningPeriod(em: EntityManager, year = SEED_YEAR): Promise<Period> {
  const { period } = createPeriodRows(em, year, PeriodCadence.QUARTERLY);
  await em.flush();
  return period;
}

/** Opens the demo period through the same rules as `openPeriod` (pinning, audit) as the system actor. */
export async function openSeedPeriod(em: EntityManager, period: Period): Promise<Period> {
  return openPeriod({ em, locale: 'id', actor: SYSTEM_ACTOR }, period.id);
}
