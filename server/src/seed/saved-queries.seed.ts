import { EXPLORER_EXAMPLES, type ExplorerContext } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../modules/audit/audit.service.js';
import { SYSTEM_ACTOR } from '../kernel/actor.js';
import { User } from '../modules/auth/user.entity.js';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Period } from '../modules/period/period.entity.js';
import { SavedQuery } from '../modules/saved-query/saved-query.entity.js';
import { seedId } from './organisation.seed.js';

/** The ids the example questions need, read from an installation. */
export async function explorerContext(em: EntityManager): Promise<ExplorerContext> {
  const nurses = await em.findOne(JobFamily, { code: 'perawat' });
  const [period] = await em.find(Period, {}, { orderBy: { year: 'desc' }, limit: 1 });
  return {
    nurseFamilyId: nurses?.id ?? null,
    unitId: seedId('unit:kel_bukit_sari'),
    periodId: period?.id ?? null,
  };
}

/** The example questions of the explorer, saved and shared by the demo analyst (`analis`). */
export async function seedSavedQueries(em: EntityManager): Promise<SavedQuery[]> {
  const analyst = await em.findOneOrFail(User, { username: 'analis' });
  const context = await explorerContext(em);
  const saved = EXPLORER_EXAMPLES.map((example) => {
    const row = em.create(SavedQuery, {
      owner: analyst,
      name: example.title.id,
      description: example.description,
      query: example.query,
      variables: example.variables(context),
      shared: true,
    });
    recordAudit(em, SYSTEM_ACTOR, {
      action: 'create',
      entityType: 'SavedQuery',
      entityId: row.id,
      after: { name: row.name, shared: true },
    });
    return row;
  });
  await em.flush();
  return saved;
}
