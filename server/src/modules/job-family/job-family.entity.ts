import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A job family (rumpun jabatan) such as Guru, Perawat or Pelaksana administrasi; each has its own indicator templates.',
})
@Entity({ tableName: 'job_family' })
export class JobFamily {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => String, { description: 'Stable short code, lower-case letters, digits and underscores, e.g. `guru`.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia, e.g. "Guru".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Teacher".' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What kind of positions belong to this family.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Date, { description: 'When the family was created.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
