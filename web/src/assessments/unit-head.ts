import { suggestWorkResultsRating, type Rating, type WorkResultsSuggestion } from '@kinerja/shared';
import type { AssessmentDetailFragment as AssessmentDetail } from '../gql/graphql';

/**
 * The suggested rating hasil kerja the form preselects, by the same shared rule as the server: for the head of a
 * unit the one that follows the unit's capaian kinerja organisasi for the sub-period (SE MenPANRB 3/2023), with
 * a note saying so (or that the capaian is not recorded yet); the score's for anyone else.
 */
export function workResultsSuggestion(
  scoreRating: Rating | null,
  assessment: Pick<AssessmentDetail, 'unitHead' | 'subPeriod'>,
): WorkResultsSuggestion {
  const head = assessment.unitHead;
  return suggestWorkResultsRating(
    scoreRating,
    head ? { unitName: head.unit.name, organisationRating: head.organisationRating ?? null } : null,
    { id: assessment.subPeriod.name, en: assessment.subPeriod.nameEn },
  );
}
