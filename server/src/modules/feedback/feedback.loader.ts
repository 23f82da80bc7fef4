import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { DevelopmentAction } from './development-action.entity.js';

export function feedbackLoaders(em: EntityManager) {
  return {
    assessmentFeedbackById: byIdLoader(em, AssessmentFeedback),
    /** Keyed by assessment id; at most one feedback each (unique in the database). */
    assessmentFeedbackByAssessment: groupLoader(
      (assessmentIds) => em.find(AssessmentFeedback, { assessment: { $in: [...assessmentIds] } }),
      (feedback) => feedback.assessment.id,
    ),
    developmentActionsByFeedback: groupLoader(
      (feedbackIds) =>
        em.find(DevelopmentAction, { feedback: { $in: [...feedbackIds] } }, { orderBy: { position: 'asc' } }),
      (action) => action.feedback.id,
    ),
  };
}
