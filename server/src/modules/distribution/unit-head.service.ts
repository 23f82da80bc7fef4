import { suggestWorkResultsRating, type Rating, type WorkResultsSuggestion } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { headedUnits } from './distribution.loader.js';

/**
 * The suggested rating hasil kerja of an assessment (SE MenPANRB 3/2023): for the head of a unit, the one that
 * follows the unit's capaian kinerja organisasi in force for the sub-period; otherwise, or while none is
 * recorded, the score's. One statement, on the caller's transaction.
 */
export async function suggestedWorkResults(
  tx: EntityManager,
  assessment: { employee: { id: string }; subPeriod: { id: string } },
  scoreRating: Rating | null,
): Promise<WorkResultsSuggestion> {
  const [headed] = await headedUnits(tx, [
    { employeeId: assessment.employee.id, subPeriodId: assessment.subPeriod.id },
  ]);
  return suggestWorkResultsRating(scoreRating, headed ? { unitName: '', organisationRating: headed.rating } : null);
}
