import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { DevelopmentAction } from './development-action.entity.js';
import { FeedbackEntry } from './feedback-entry.entity.js';
import { DevelopmentActionKind, DevelopmentActionStatus } from './feedback.enums.js';

@InputType({ description: 'A continuous feedback entry about an employee’s plan in a period.' })
export class AddFeedbackInput {
  @Field(() => ID, { description: 'The employee the feedback is about.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The period (not closed).' })
  periodId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A work result of the employee’s plan in that period, if the feedback is about one.',
  })
  workResultId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A BerAKHLAK value code (e.g. `akuntabel`), if the feedback is about one; not together with workResultId.',
  })
  valueCode?: string | null;

  @Field(() => String, { description: 'The feedback, 1–2000 characters.' })
  text!: string;
}

@InputType({ description: 'A recommended development action.' })
export class DevelopmentActionInput {
  @Field(() => DevelopmentActionKind, { description: 'Training, mentoring, coaching, assignment or other.' })
  kind!: DevelopmentActionKind;

  @Field(() => String, { description: 'What the employee will do, 1–1000 characters.' })
  description!: string;

  @Field(() => LocalDateResolver, { description: 'When it should be done.' })
  targetDate!: string;

  @Field(() => DevelopmentActionStatus, { nullable: true, description: 'Planned (default) or already done.' })
  status?: DevelopmentActionStatus | null;
}

@InputType({
  description:
    'Writes or rewrites the final feedback on a submitted assessment (its assessor only, until acknowledged).',
})
export class SaveAssessmentFeedbackInput {
  @Field(() => ID, { description: 'The submitted assessment.' })
  assessmentId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The feedback’s lockVersion you edited; omit only when writing it the first time. Stale → CONFLICT, nothing stored.',
  })
  expectedLockVersion?: number | null;

  @Field(() => String, { description: 'Strengths, 1–4000 characters.' })
  strengths!: string;

  @Field(() => String, { description: 'Areas to improve, 1–4000 characters.' })
  areasToImprove!: string;

  @Field(() => [DevelopmentActionInput], {
    description: 'Recommended development, in order (replaces the stored list; at most 20).',
  })
  developmentActions!: DevelopmentActionInput[];
}

@InputType({
  description: 'The employee acknowledges the final feedback on their assessment; it is locked afterwards.',
})
export class AcknowledgeFeedbackInput {
  @Field(() => ID, { description: 'The assessment whose final feedback is acknowledged.' })
  assessmentId!: string;

  @Field(() => Int, { nullable: true, description: 'The feedback’s lockVersion you read; stale → CONFLICT.' })
  expectedLockVersion?: number | null;
}

@InputType({
  description: 'Marks the progress of a development action (the employee or the assessor; also after acknowledgement).',
})
export class SetDevelopmentActionStatusInput {
  @Field(() => ID, { description: 'The development action.' })
  actionId!: string;

  @Field(() => DevelopmentActionStatus, { description: 'Planned or done.' })
  status!: DevelopmentActionStatus;
}

@ObjectType({ description: 'The feedback entry just added.' })
export class FeedbackEntryPayload {
  @Field(() => FeedbackEntry, { description: 'The entry as stored.' })
  entry!: FeedbackEntry;
}

@ObjectType({ description: 'The final feedback after a change.' })
export class AssessmentFeedbackPayload {
  @Field(() => AssessmentFeedback, { description: 'The final feedback as stored now.' })
  feedback!: AssessmentFeedback;
}

@ObjectType({ description: 'The development action after a change.' })
export class DevelopmentActionPayload {
  @Field(() => DevelopmentAction, { description: 'The development action as stored now.' })
  action!: DevelopmentAction;
}
