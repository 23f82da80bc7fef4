import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { DevelopmentActionKind, DevelopmentActionStatus } from './feedback.enums.js';

/** A recommended development action of a final feedback (training, mentoring, …) with a target date. */
@ObjectType({
  description: 'A recommended development action (rekomendasi pengembangan) of a final feedback, with a target date.',
})
@Entity({ tableName: 'development_action' })
export class DevelopmentAction {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => AssessmentFeedback, { ref: true, deleteRule: 'cascade' })
  feedback!: Ref<AssessmentFeedback>;

  @Field(() => Int, { description: 'Order within the feedback, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => DevelopmentActionKind, { description: 'Training, mentoring, coaching, assignment or other.' })
  @Enum({ items: () => DevelopmentActionKind })
  kind!: DevelopmentActionKind;

  @Field(() => String, { description: 'What the employee will do, e.g. "Diklat penyusunan laporan keuangan".' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDateResolver, { description: 'When it should be done.' })
  @Property({ type: 'date' })
  targetDate!: string;

  @Field(() => DevelopmentActionStatus, { description: 'Planned or done.' })
  @Enum({ items: () => DevelopmentActionStatus })
  status: Opt<DevelopmentActionStatus> = DevelopmentActionStatus.PLANNED;

  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while planned.' })
  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;
}
