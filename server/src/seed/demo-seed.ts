import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../config/logger.js';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { seedCycle } from './cycle.seed.js';
import { seedFamilies } from './families.seed.js';
import { seedOrganisationRatings } from './organisation-ratings.seed.js';
import { seedOrganisation } from './organisation.seed.js';
import { openSeedPeriod, seedPlanningPeriod } from './period.seed.js';
import { seedSavedQueries } from './saved-queries.seed.js';
import { seedTemplates } from './templates.seed.js';
import { seedUsers } from './users.seed.js';

/**
 * Seeds the demo on an empty database only: Kecamatan Gerunggang with its people and accounts, the
 * published templates of the three families, the open 2026 period and a living cycle in it. The check and the inserts
 * share one transaction guarded by an advisory lock, so two servers starting together seed once.
 */
export async function seedDemoIfEmpty(em: EntityManager, logger: Logger): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(4711)', [], 'all', tx.getTransactionContext());
    if ((await tx.count(JobFamily)) > 0) return false;
    await seedFamilies(tx);
    const organisation = await seedOrganisation(tx);
    await seedUsers(tx, organisation.employees);
    await seedTemplates(tx);
    const period = await openSeedPeriod(tx, await seedPlanningPeriod(tx));
    await seedOrganisationRatings(tx, organisation.units, period);
    await seedCycle(tx, organisation.employees, period);
    await seedSavedQueries(tx);
    logger.info('seeded demo data');
    return true;
  });
}
