import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JobFamily } from '../job-family/job-family.entity.js';

@ObjectType({
  description:
    'An indicator template of a job family: a named line of immutable versions plus at most one editable draft.',
})
@Entity({ tableName: 'template' })
export class Template {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => JobFamily, { ref: true, deleteRule: 'restrict' })
  family!: Ref<JobFamily>;

  @Field(() => String, { description: 'Name of the template, e.g. "Penilaian Kinerja Guru".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Date, { description: 'When the template was created.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
