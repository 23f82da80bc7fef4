import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Rating } from '../template/definition.enums.js';
import { Objection } from './objection.entity.js';
import { ObjectionOutcome } from './objection.enums.js';

@InputType({ description: 'The employee objects (keberatan) to their submitted assessment, within 14 days of its submission.' })
export class FileObjectionInput {
  @Field(() => ID, { description: 'The submitted assessment.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Why the employee objects, 1–2000 characters.' })
  reason!: string;
}

@InputType({ description: 'The final decision on an objection, by the assessor’s supervisor it is addressed to, or HR.' })
export class DecideObjectionInput {
  @Field(() => ID, { description: 'The objection.' })
  objectionId!: string;

  @Field(() => ObjectionOutcome, { description: 'UPHELD keeps the ratings; CHANGED sets new ones.' })
  outcome!: ObjectionOutcome;

  @Field(() => Rating, { nullable: true, description: 'CHANGED only: the new rating hasil kerja; omitted = unchanged.' })
  workResultsRating?: Rating | null;

  @Field(() => Rating, { nullable: true, description: 'CHANGED only: the new rating perilaku kerja; omitted = unchanged.' })
  behaviourRating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Why; required for CHANGED (it becomes the assessment’s rating reason), optional for UPHELD.' })
  reason?: string | null;
}

@ObjectType({ description: 'The objection after a change.' })
export class ObjectionPayload {
  @Field(() => Objection, { description: 'The objection as stored now.' })
  objection!: Objection;
}
