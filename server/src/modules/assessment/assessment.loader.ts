import type { AnswerSet } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';
import { assessmentFormLoader } from './assessment-form.store.js';
import { TargetRealisation } from './target-realisation.entity.js';

export interface StoredAnswers {
  answers: AnswerSet;
  selfAnswers: AnswerSet | null;
}

export function assessmentLoaders(em: EntityManager) {
  return {
    assessmentById: byIdLoader(em, Assessment),
    /** The (lazy) answer columns of assessments by id, one statement per batch; see `answersOf`. */
    assessmentAnswersById: new DataLoader<string, StoredAnswers>(async (ids) => {
      const rows = await em.execute<{ id: string; answers: AnswerSet; self_answers: AnswerSet | null }[]>(
        `select "id", "answers", "self_answers" from "assessment" where "id" in (?)`,
        [[...ids]] as never[],
      );
      const byId = new Map(rows.map((row) => [row.id, { answers: row.answers, selfAnswers: row.self_answers }]));
      return ids.map((id) => byId.get(id) ?? new Error(`assessment ${id} is missing`));
    }),
    /** Frozen forms by id: from the process-wide cache, or one statement per batch. */
    assessmentFormById: assessmentFormLoader(em),
    /** Submitted periodic (not annual) assessments by `${employeeId}|${periodId}`, in sub-period order. */
    periodicAssessmentsByEmployeePeriod: groupLoader(
      async (keys) => {
        const pairs = keys.map((key) => key.split('|') as [string, string]);
        return em.find(
          Assessment,
          {
            $or: pairs.map(([employee, period]) => ({ employee, period })),
            subPeriod: { kind: { $ne: SubPeriodKind.ANNUAL } },
            status: AssessmentStatus.SUBMITTED,
          },
          { orderBy: { subPeriod: { number: 'asc' } } },
        );
      },
      (assessment) => `${assessment.employee.id}|${assessment.period.id}`,
    ),
    /** Realisations of a sub-period keyed by `${subPeriodId}`; callers pick the targets they need. */
    realisationsBySubPeriod: groupLoader(
      (subPeriodIds) =>
        em.find(TargetRealisation, { subPeriod: { $in: [...subPeriodIds] } }, { orderBy: { recordedAt: 'asc' } }),
      (realisation) => realisation.subPeriod.id,
    ),
  };
}
