import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../kernel/batch.js';
import { JobFamily } from './job-family.entity.js';

export function jobFamilyLoaders(em: EntityManager) {
  return { jobFamilyById: byIdLoader(em, JobFamily) };
}
