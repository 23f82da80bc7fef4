import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { readScope } from '../policy/read-scope.js';
import { analyticsLoaders } from '../modules/analytics/analytics.loader.js';
import { assessmentLoaders } from '../modules/assessment/assessment.loader.js';
import { distributionLoaders } from '../modules/distribution/distribution.loader.js';
import { feedbackLoaders } from '../modules/feedback/feedback.loader.js';
import { objectionLoaders } from '../modules/objection/objection.loader.js';
import { jobFamilyLoaders } from '../modules/job-family/job-family.loader.js';
import { organisationLoaders } from '../modules/organisation/organisation.loader.js';
import { periodLoaders } from '../modules/period/period.loader.js';
import { templateLoaders } from '../modules/template/template.loader.js';
import { workPlanLoaders } from '../modules/work-plan/work-plan.loader.js';

/** Every DataLoader of a request, grouped by domain module; lists of people follow the actor's read scope. */
export function createLoaders(em: EntityManager, actor: Actor) {
  const scope = () => readScope({ em, actor });
  return {
    ...jobFamilyLoaders(em),
    ...templateLoaders(em),
    ...organisationLoaders(em, scope),
    ...periodLoaders(em),
    ...assessmentLoaders(em),
    ...workPlanLoaders(em),
    ...feedbackLoaders(em),
    ...objectionLoaders(em),
    ...analyticsLoaders(em, scope),
    ...distributionLoaders(em),
  };
}

type AppLoaders = ReturnType<typeof createLoaders>;

declare module '../kernel/context.js' {
  /** `ctx.loaders` holds every loader built above. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface Loaders extends AppLoaders {}
}
