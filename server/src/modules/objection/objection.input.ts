import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Rating } from '../template/definition.enums.js';
import { Objection } from './objection.entity.js';
import { ObjectionOutcome } from './objection.enums.js';

@InputType({
  description:
    'The employee objects (keberatan) to their submitted assessment, within 14 calendar days from receiving the result (PP 30/2019).',
})
export class FileObjectionInput {
  @Field(() => ID, { description: 'The submitted assessment.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Why the employee objects, 1–2000 characters.' })
  reason!: string;
}

@InputType({
  description:
    'The final decision on an objection, by its decider: the assessor’s supervisor it is addressed to, or the official HR handed it to.',
})
export class DecideObjectionInput {
  @Field(() => ID, { description: 'The objection.' })
  objectionId!: string;

  @Field(() => ObjectionOutcome, { description: 'UPHELD keeps the ratings; CHANGED sets new ones.' })
  outcome!: ObjectionOutcome;

  @Field(() => Rating, {
    nullable: true,
    description: 'CHANGED only: the new rating hasil kerja; omitted = unchanged.',
  })
  workResultsRating?: Rating | null;

  @Field(() => Rating, {
    nullable: true,
    description: 'CHANGED only: the new rating perilaku kerja; omitted = unchanged.',
  })
  behaviourRating?: Rating | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why; required for CHANGED (it becomes the assessment’s rating reason), optional for UPHELD.',
  })
  reason?: string | null;
}

@InputType({
  description:
    'HR hands a pending objection to another official (e.g. a Plt) when its decider is absent or there is none.',
})
export class ReassignObjectionInput {
  @Field(() => ID, { description: 'The pending objection.' })
  objectionId!: string;

  @Field(() => ID, {
    description: 'The employee who will decide it: active, and neither you, the assessor nor the objecting employee.',
  })
  deciderId!: string;

  @Field(() => String, {
    description:
      'Why it is handed over (e.g. the supervisor is on leave; the Plt decides), 1–2000 characters; kept with the objection and in the audit trail.',
  })
  reason!: string;
}

@InputType({ description: 'The employee has opened the result of their submitted assessment.' })
export class ReceiveAssessmentResultInput {
  @Field(() => ID, { description: 'Your submitted assessment.' })
  assessmentId!: string;
}

@ObjectType({ description: 'The objection after a change.' })
export class ObjectionPayload {
  @Field(() => Objection, { description: 'The objection as stored now.' })
  objection!: Objection;
}
