import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeAssessment, type ReadScope } from '../../policy/read-scope.js';
import type { Assessment } from '../assessment/assessment.entity.js';
import { assessmentColumns, readOnlyAssessment } from '../assessment/assessment-row.js';

/**
 * The latest submitted assessment of many employees in one statement (the newest fact per employee,
 * `assessment_fact_employee_index`), then hidden unless the reader's scope shows that assessment. Only the
 * eager columns are read (not the answer sets; `answersOf` reads those when asked for), into read-only
 * assessments that skip the entity manager's per-row hydration.
 */
export function analyticsLoaders(em: EntityManager, scope: () => Promise<ReadScope>) {
  return {
    latestAssessmentByEmployee: new DataLoader<string, Assessment | null>(async (employeeIds) => {
      const rows = await em.execute<Record<string, unknown>[]>(
        `select ${assessmentColumns(em, 'a')} from "assessment" a where a."id" in (
           select distinct on (f."employee_id") f."assessment_id" from "assessment_fact" f
           where f."employee_id" in (?) order by f."employee_id", f."submitted_at" desc)`,
        [[...employeeIds]] as never[],
      );
      const visible = await scope();
      const byEmployee = new Map<string, Assessment>();
      for (const row of rows) {
        const assessment = readOnlyAssessment(em, row);
        if (
          canSeeAssessment(visible, {
            id: assessment.id,
            employeeId: assessment.employee.id,
            assessorId: assessment.assessor.id,
          })
        ) {
          byEmployee.set(assessment.employee.id, assessment);
        }
      }
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
  };
}
