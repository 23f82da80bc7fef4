import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { JobFamily } from './job-family.entity.js';

@InputType({ description: 'A new job family.' })
export class CreateJobFamilyInput {
  @Field(() => String, { description: 'Short code: lower-case letters, digits, underscores (2–40), e.g. `bidan`.' })
  code!: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What kind of positions belong to it; at most 2,000 characters.',
  })
  description?: string | null;
}

@InputType({ description: 'Changes to a job family; its code never changes.' })
export class UpdateJobFamilyInput {
  @Field(() => ID, { description: 'The family.' })
  id!: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What kind of positions belong to it; at most 2,000 characters.',
  })
  description?: string | null;
}

@ObjectType({ description: 'The job family after a change.' })
export class JobFamilyPayload {
  @Field(() => JobFamily, { description: 'The family as stored now.' })
  family!: JobFamily;
}
