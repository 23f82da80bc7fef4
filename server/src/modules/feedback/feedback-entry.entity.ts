import { BERAKHLAK_CODES } from '@kinerja/shared';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { WorkResult } from '../work-plan/work-result.entity.js';

/**
 * Continuous feedback (umpan balik berkelanjutan) exchanged by an employee and their supervisor during a
 * period, about the employee's plan as a whole, one work result, or one BerAKHLAK value. Append-only.
 */
@ObjectType({
  description:
    'A continuous feedback entry by the employee or their supervisor, about the employee’s plan in a period.',
})
@Entity({ tableName: 'feedback_entry' })
export class FeedbackEntry {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** The employee the feedback is about. */
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => Period, { ref: true, deleteRule: 'restrict' })
  period!: Ref<Period>;

  /** The work result it is about, if any. */
  @ManyToOne(() => WorkResult, { ref: true, nullable: true, deleteRule: 'restrict' })
  workResult: Ref<WorkResult> | null = null;

  @Field(() => String, { nullable: true, description: 'The BerAKHLAK value it is about (e.g. `akuntabel`), if any.' })
  @Enum({ items: () => [...BERAKHLAK_CODES], nullable: true })
  valueCode: string | null = null;

  @Field(() => String, { description: 'The feedback, 1–2000 characters.' })
  @Property({ type: 'text' })
  text!: string;

  /** The employee or their supervisor. */
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  author!: Ref<Employee>;

  @Field(() => Date, { description: 'When it was written.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
