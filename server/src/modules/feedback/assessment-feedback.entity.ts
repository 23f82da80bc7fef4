import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Assessment } from '../assessment/assessment.entity.js';
import { Employee } from '../organisation/employee.entity.js';

/**
 * The final feedback on a submitted assessment, written by its assessor: strengths, areas to improve and
 * recommended development. Editable until the employee acknowledges it; a database trigger keeps it
 * unchanged afterwards.
 */
@ObjectType({
  description:
    'Final feedback on an assessment: strengths, areas to improve and recommended development; the employee acknowledges it.',
})
@Entity({ tableName: 'assessment_feedback' })
export class AssessmentFeedback {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** One per assessment (unique in the database). */
  @ManyToOne(() => Assessment, { ref: true, deleteRule: 'restrict' })
  assessment!: Ref<Assessment>;

  /** The assessor (pejabat penilai) who wrote it. */
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  author!: Ref<Employee>;

  @Field(() => String, { description: 'Strengths (kekuatan) the assessor saw.' })
  @Property({ type: 'text' })
  strengths!: string;

  @Field(() => String, { description: 'Areas to improve (area perbaikan).' })
  @Property({ type: 'text' })
  areasToImprove!: string;

  @Field(() => Int, { description: 'Increases with every save; send it back as `expectedLockVersion`.' })
  @Property({ type: 'integer' })
  lockVersion: Opt<number> = 1;

  @Field(() => Date, {
    nullable: true,
    description: 'When the employee acknowledged it; null until then. Locked afterwards.',
  })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  /** The employee who acknowledged it. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  acknowledgedBy: Ref<Employee> | null = null;

  @Field(() => Date, { description: 'When it was first written.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
