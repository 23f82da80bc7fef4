import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Template } from './template.entity.js';

@InputType({ description: 'A new template for a job family; it starts as draft version 1.' })
export class CreateTemplateInput {
  @Field(() => ID, { description: 'The job family the template belongs to.' })
  familyId!: string;

  @Field(() => String, { description: 'Name of the template, 1–200 characters.' })
  name!: string;
}

@ObjectType({ description: 'Result of createTemplate.' })
export class CreateTemplatePayload {
  @Field(() => Template, { description: 'The new template with its draft version 1.' })
  template!: Template;
}
