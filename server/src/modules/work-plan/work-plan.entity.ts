import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { WorkPlanStatus } from './work-plan.enums.js';

/**
 * One revision of an employee's annual work plan (SKP) for a period. Revision 1 is the first plan; a
 * change after approval is a new revision that goes through approval again, and the old one is kept.
 */
@ObjectType({ description: 'One revision of an employee’s annual work plan (SKP).' })
@Entity({ tableName: 'work_plan' })
export class WorkPlan {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Period, { ref: true, deleteRule: 'restrict' })
  period!: Ref<Period>;

  @Field(() => Int, { description: 'Revision number, from 1.' })
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @Field(() => WorkPlanStatus, { description: 'Where this revision stands.' })
  @Enum({ items: () => WorkPlanStatus })
  status: Opt<WorkPlanStatus> = WorkPlanStatus.DRAFT;

  @Field(() => Int, {
    description: 'Increases with every change; send it back as `expectedLockVersion` to detect concurrent edits.',
  })
  @Property({ type: 'integer' })
  lockVersion: Opt<number> = 1;

  @ManyToOne(() => WorkPlan, { ref: true, nullable: true, deleteRule: 'restrict' })
  previous: Ref<WorkPlan> | null = null;

  /** The supervisor who must decide, fixed at submission. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  approver: Ref<Employee> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the supervisor last approved or returned it.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The supervisor’s comment with the last decision (required when returned).',
  })
  @Property({ type: 'text', nullable: true })
  decisionComment: string | null = null;

  @Field(() => Date, { description: 'When this revision was started.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When this revision last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
