import * as rules from '@kinerja/shared';
import type { Cycle } from './fixtures.js';
import type { TestApp } from './harness.js';

/** The example's answers, with the template targets replaced by the plan's targets of `cycle`. */
export function planAnswers(cycle: Cycle): rules.AnswerSet {
  const answers = rules.exampleAnswers();
  for (const target of cycle.targets) {
    const lineage = target.templateLineageKey!;
    answers[rules.planTargetKey(target)] = answers[lineage]!;
    delete answers[lineage];
  }
  return answers;
}

export interface SubmittedAssessment {
  id: string;
  lockVersion: number;
  workResultsRating: string;
  behaviourRating: string;
  predikat: string;
}

/**
 * Starts (as the supervisor) the assessment of `staff` for a sub-period through GraphQL and, unless
 * `submit` is false, submits it with the example answers and the suggested ratings.
 */
export async function assessStaff(
  app: TestApp,
  cycle: Cycle,
  subPeriodId: string,
  submit = true,
): Promise<SubmittedAssessment> {
  const fields = 'id lockVersion workResultsRating behaviourRating predikat';
  const started = await app.ok(
    `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { ${fields} } } }`,
    { input: { employeeId: cycle.people.staff.id, subPeriodId } },
    cycle.as.supervisor,
  );
  if (!submit) return started.startAssessment.assessment;
  const answers = Object.entries(planAnswers(cycle)).map(([indicatorKey, value]) => ({ indicatorKey, value }));
  const submitted = await app.ok(
    `mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { ${fields} } } }`,
    { input: { assessmentId: started.startAssessment.assessment.id, answers } },
    cycle.as.supervisor,
  );
  return submitted.submitAssessment.assessment;
}
