import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Assessment } from '../assessment/assessment.entity.js';
import { User } from '../auth/user.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { Predikat, Rating } from '../template/definition.enums.js';
import { ObjectionStatus } from './objection.enums.js';

/**
 * An objection (keberatan, PP 30/2019) of an employee to their submitted assessment, filed within 14 calendar
 * days of receiving the result and decided once, finally, by the atasan pejabat penilai (the assessor's own
 * supervisor, fixed at filing) or the official HR handed it to. A database trigger keeps a decided objection
 * unchanged, and another keeps its assessment from being reopened.
 */
@ObjectType({
  description:
    'An objection (keberatan, PP 30/2019) of an employee to a submitted assessment, decided finally by the assessor’s supervisor (or the official HR handed it to).',
})
@Entity({ tableName: 'objection' })
export class Objection {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** One objection per assessment (unique in the database). */
  @ManyToOne(() => Assessment, { ref: true, deleteRule: 'restrict' })
  assessment!: Ref<Assessment>;

  /** The objecting employee (the employee assessed). */
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  /**
   * Who decides: the assessor's supervisor at filing time, or the official HR handed it to (`reassignObjection`);
   * null when there was none: nobody decides until HR hands it to someone.
   */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  decidedBy: Ref<Employee> | null = null;

  @Field(() => String, { description: 'Why the employee objects.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ObjectionStatus, { description: 'Pending, upheld or changed.' })
  @Enum({ items: () => ObjectionStatus })
  status: Opt<ObjectionStatus> = ObjectionStatus.PENDING;

  @Field(() => Date, { description: 'When it was filed.' })
  @Property({ type: 'datetime' })
  filedAt: Opt<Date> = new Date();

  @Field(() => Date, {
    description:
      'The end of the objection window it was filed in: the last instant (23:59:59 in the unit’s time zone) of the 14th calendar day after the employee received the result.',
  })
  @Property({ type: 'datetime' })
  deadline!: Date;

  @Field(() => Rating, { description: 'Rating hasil kerja objected to.' })
  @Enum({ items: () => Rating })
  previousWorkResultsRating!: Rating;

  @Field(() => Rating, { description: 'Rating perilaku kerja objected to.' })
  @Enum({ items: () => Rating })
  previousBehaviourRating!: Rating;

  @Field(() => Predikat, { description: 'Predikat objected to.' })
  @Enum({ items: () => Predikat })
  previousPredikat!: Predikat;

  @Field(() => Date, { nullable: true, description: 'When HR last handed it to another official; null if never.' })
  @Property({ type: 'datetime', nullable: true })
  reassignedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why HR handed it to another official (e.g. the supervisor is on leave; a Plt decides); null if never.',
  })
  @Property({ type: 'text', nullable: true })
  reassignmentReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was decided; null while pending.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** The user who recorded the decision (the decider's account). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  decisionUser: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was decided so; required when the ratings changed.' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => Rating, { nullable: true, description: 'The new rating hasil kerja when CHANGED; null otherwise.' })
  @Enum({ items: () => Rating, nullable: true })
  workResultsRating: Rating | null = null;

  @Field(() => Rating, { nullable: true, description: 'The new rating perilaku kerja when CHANGED; null otherwise.' })
  @Enum({ items: () => Rating, nullable: true })
  behaviourRating: Rating | null = null;

  @Field(() => Predikat, { nullable: true, description: 'The new predikat when CHANGED; null otherwise.' })
  @Enum({ items: () => Predikat, nullable: true })
  predikat: Predikat | null = null;
}
