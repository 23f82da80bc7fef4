import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../graphql/batch.js';
import { JobFamily } from './job-family.entity.js';

export function jobFamilyLoaders(em: EntityManager) {
  return { jobFamilyById: byIdLoader(em, JobFamily) };
}
