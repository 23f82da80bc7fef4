import type { EntityManager } from '@mikro-orm/postgresql';
import { assessmentLoaders } from '../modules/assessment/assessment.loader.js';
import { feedbackLoaders } from '../modules/feedback/feedback.loader.js';
import { objectionLoaders } from '../modules/objection/objection.loader.js';
import { jobFamilyLoaders } from '../modules/job-family/job-family.loader.js';
import { organisationLoaders } from '../modules/organisation/organisation.loader.js';
import { periodLoaders } from '../modules/period/period.loader.js';
import { templateLoaders } from '../modules/template/template.loader.js';
import { workPlanLoaders } from '../modules/work-plan/work-plan.loader.js';

/** Every DataLoader of a request, grouped by domain module. */
export function createLoaders(em: EntityManager) {
  return {
    ...jobFamilyLoaders(em),
    ...templateLoaders(em),
    ...organisationLoaders(em),
    ...periodLoaders(em),
    ...assessmentLoaders(em),
    ...workPlanLoaders(em),
    ...feedbackLoaders(em),
    ...objectionLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
