import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeAssessment, type ReadScope } from '../../policy/read-scope.js';
import { Assessment } from '../assessment/assessment.entity.js';

/** The assessment columns a find selects by default (every column but the lazy answer sets), for raw SQL. */
function eagerColumns(em: EntityManager, alias: string): string {
  return em
    .getMetadata()
    .get(Assessment)
    .props.filter((prop) => !prop.lazy && prop.persist !== false && (prop.kind === 'scalar' || prop.kind === 'm:1'))
    .flatMap((prop) => prop.fieldNames)
    .map((column) => `${alias}."${column}"`)
    .join(', ');
}

/**
 * The latest submitted assessment of many employees in one statement (the newest fact per employee,
 * `assessment_fact_employee_index`), then hidden unless the reader's scope shows that assessment. Only the
 * eager columns are read (not the answer sets), as a find would: `answersOf` reads those when asked for.
 */
export function analyticsLoaders(em: EntityManager, scope: () => Promise<ReadScope>) {
  return {
    latestAssessmentByEmployee: new DataLoader<string, Assessment | null>(async (employeeIds) => {
      const rows = await em.execute<Record<string, unknown>[]>(
        `select ${eagerColumns(em, 'a')} from "assessment" a where a."id" in (
           select distinct on (f."employee_id") f."assessment_id" from "assessment_fact" f
           where f."employee_id" in (?) order by f."employee_id", f."submitted_at" desc)`,
        [[...employeeIds]] as never[],
      );
      const visible = await scope();
      const byEmployee = new Map<string, Assessment>();
      for (const row of rows) {
        const assessment = em.map(Assessment, row);
        if (canSeeAssessment(visible, { employeeId: assessment.employee.id, assessorId: assessment.assessor.id })) {
          byEmployee.set(assessment.employee.id, assessment);
        }
      }
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
  };
}
