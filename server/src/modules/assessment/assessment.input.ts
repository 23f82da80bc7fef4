import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Rating } from '../template/definition.enums.js';
import { AnswerInput } from '../template/score.types.js';
import { Assessment } from './assessment.entity.js';
import { TargetRealisation } from './target-realisation.entity.js';

@InputType({ description: 'Starts (or returns the already started) assessment of an employee for a sub-period.' })
export class StartAssessmentInput {
  @Field(() => ID, { description: 'The employee assessed.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The sub-period (quarter, semester, month, or the annual one).' })
  subPeriodId!: string;
}

@InputType({ description: 'Saves the answers of a draft; missing answers are fine, wrong ones are refused.' })
export class SaveAssessmentDraftInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => Int, { nullable: true, description: 'The lockVersion you edited; stale → CONFLICT.' })
  expectedLockVersion?: number | null;

  @Field(() => [AnswerInput], { description: 'All answers so far (replaces the stored set).' })
  answers!: AnswerInput[];
}

@InputType({ description: 'Submits an assessment; it is locked afterwards.' })
export class SubmitAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => Int, { nullable: true, description: 'The lockVersion you edited; stale → CONFLICT.' })
  expectedLockVersion?: number | null;

  @Field(() => [AnswerInput], { nullable: true, description: 'The final answers; omitted = the saved draft.' })
  answers?: AnswerInput[] | null;

  @Field(() => Rating, { nullable: true, description: 'Rating hasil kerja; omitted = the suggested one.' })
  workResultsRating?: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'Rating perilaku kerja; omitted = the suggested one.' })
  behaviourRating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Required when a rating departs from the suggested one.' })
  ratingReason?: string | null;
}

@InputType({ description: 'Reopens a submitted assessment (assessor’s supervisor or HR), with a reason.' })
export class ReopenAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Why it is reopened; kept in the audit trail.' })
  reason!: string;
}

@InputType({ description: 'The employee’s self-assessment on the same form.' })
export class SaveSelfAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  assessmentId!: string;

  @Field(() => Int, { nullable: true, description: 'The lockVersion you edited; stale → CONFLICT.' })
  expectedLockVersion?: number | null;

  @Field(() => [AnswerInput], { description: 'The self-assessment answers.' })
  answers!: AnswerInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True to submit (must be complete); false to keep a draft.',
  })
  submit!: boolean;
}

@InputType({ description: 'Records the realisation of a plan target in a sub-period.' })
export class RecordRealisationInput {
  @Field(() => ID, { description: 'The target of the approved work plan.' })
  targetId!: string;

  @Field(() => ID, { description: 'The sub-period.' })
  subPeriodId!: string;

  @Field(() => Float, { description: 'The realised value, in the target’s unit.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (http/https).' })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'A note (at most 2000 characters).' })
  note?: string | null;
}

@ObjectType({ description: 'The assessment after a change.' })
export class AssessmentPayload {
  @Field(() => Assessment, { description: 'The assessment as stored now.' })
  assessment!: Assessment;
}

@ObjectType({ description: 'The realisation after a change.' })
export class RealisationPayload {
  @Field(() => TargetRealisation, { description: 'The realisation as stored now.' })
  realisation!: TargetRealisation;
}
