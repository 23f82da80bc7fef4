import type { EntityManager } from '@mikro-orm/postgresql';
import { jobFamilyLoaders } from '../modules/job-family/job-family.loader.js';
import { templateLoaders } from '../modules/template/template.loader.js';

/** Every DataLoader of a request, grouped by domain module. */
export function createLoaders(em: EntityManager) {
  return {
    ...jobFamilyLoaders(em),
    ...templateLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
