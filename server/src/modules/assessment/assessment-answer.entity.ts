import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Assessment } from './assessment.entity.js';

/** One answer of a submitted assessment, kept as a row so analysts can follow an indicator by lineage. */
@ObjectType({ description: 'One answer of a submitted assessment.' })
@Entity({ tableName: 'assessment_answer' })
export class AssessmentAnswer {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Assessment, { ref: true, deleteRule: 'cascade' })
  assessment!: Ref<Assessment>;

  @Field(() => String, { description: 'Indicator key in the assessment form.' })
  @Property({ type: 'text' })
  indicatorKey!: string;

  @Field(() => String, { description: 'Stable identity of the indicator across template versions.' })
  @Property({ type: 'text' })
  lineageKey!: string;

  @Field(() => String, { description: 'Section key.' })
  @Property({ type: 'text' })
  sectionKey!: string;

  @Field(() => String, { description: 'Indicator kind (target, scale, expectation, …).' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => GraphQLJSON, { description: 'The answer as given.' })
  @Property({ type: 'json' })
  value!: unknown;

  @Field(() => Float, { nullable: true, description: 'Normalised score; null when unscored.' })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Target achievement in percent, for targets.' })
  @Property({ type: 'double', nullable: true })
  achievement: number | null = null;
}
