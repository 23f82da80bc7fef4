import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { WorkTarget } from '../work-plan/work-target.entity.js';

/** The realisation of a plan target in a sub-period, recorded during the period with its evidence. */
@ObjectType({ description: 'Realisation of a work target in a sub-period, with evidence (bukti dukung).' })
@Entity({ tableName: 'target_realisation' })
export class TargetRealisation {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => WorkTarget, { ref: true, deleteRule: 'restrict' })
  target!: Ref<WorkTarget>;

  @ManyToOne(() => SubPeriod, { ref: true, deleteRule: 'restrict' })
  subPeriod!: Ref<SubPeriod>;

  @Field(() => Float, { description: 'The realised value, in the target’s unit.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (http or https).' })
  @Property({ type: 'text', nullable: true })
  evidenceUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'A note about the realisation.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  recordedBy!: Ref<Employee>;

  @Field(() => Date, { description: 'When it was last recorded.' })
  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();
}
