import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../graphql/batch.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { WorkPlan } from '../work-plan/work-plan.entity.js';
import { Assessment } from './assessment.entity.js';
import { TargetRealisation } from './target-realisation.entity.js';

export function assessmentLoaders(em: EntityManager) {
  return {
    assessmentById: byIdLoader(em, Assessment),
    assessmentSubPeriodById: byIdLoader(em, SubPeriod),
    assessmentPlanById: byIdLoader(em, WorkPlan),
    /** Realisations of a sub-period keyed by `${subPeriodId}`; callers pick the targets they need. */
    realisationsBySubPeriod: groupLoader(
      (subPeriodIds) => em.find(TargetRealisation, { subPeriod: { $in: [...subPeriodIds] } }, { orderBy: { recordedAt: 'asc' } }),
      (realisation) => realisation.subPeriod.id,
    ),
  };
}
