import { BERAKHLAK_CODES } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { BehaviourExpectation } from './behaviour-expectation.entity.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkResult } from './work-result.entity.js';
import { WorkTarget } from './work-target.entity.js';

/** The key of all revisions of one employee's plan for one period. */
export const revisionsKey = (employeeId: string, periodId: string) => `${employeeId}/${periodId}`;

const valueOrder = (code: string) => (BERAKHLAK_CODES as readonly string[]).indexOf(code);

export function workPlanLoaders(em: EntityManager) {
  return {
    workPlanById: byIdLoader(em, WorkPlan),
    workResultById: byIdLoader(em, WorkResult),
    workResultsByPlan: groupLoader(
      (planIds) => em.find(WorkResult, { plan: { $in: [...planIds] } }, { orderBy: { position: 'asc' } }),
      (result) => result.plan.id,
    ),
    workTargetsByResult: groupLoader(
      (resultIds) => em.find(WorkTarget, { result: { $in: [...resultIds] } }, { orderBy: { position: 'asc' } }),
      (target) => target.result.id,
    ),
    behaviourExpectationsByPlan: groupLoader(
      async (planIds) =>
        (await em.find(BehaviourExpectation, { plan: { $in: [...planIds] } })).sort(
          (a, b) => valueOrder(a.valueCode) - valueOrder(b.valueCode),
        ),
      (expectation) => expectation.plan.id,
    ),
    /** Keyed by `revisionsKey(employeeId, periodId)`; oldest revision first. */
    workPlanRevisions: groupLoader(
      (keys) =>
        em.find(
          WorkPlan,
          {
            $or: keys.map((key) => {
              const [employee, period] = key.split('/');
              return { employee, period };
            }),
          },
          { orderBy: { revision: 'asc' } },
        ),
      (plan) => revisionsKey(plan.employee.id, plan.period.id),
    ),
  };
}
