import { randomUUID } from 'node:crypto';
import { BERAKHLAK_CODES } from '@kinerja/shared';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { WorkPlan } from './work-plan.entity.js';

/** The supervisor's specific expectation (ekspektasi khusus pimpinan) for one BerAKHLAK value. */
@ObjectType({ description: 'The supervisor’s specific expectation for one BerAKHLAK value in a work plan.' })
@Entity({ tableName: 'behaviour_expectation' })
export class BehaviourExpectation {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => WorkPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<WorkPlan>;

  @Field(() => String, { description: 'BerAKHLAK value code, e.g. `berorientasi_pelayanan`.' })
  @Enum({ items: () => [...BERAKHLAK_CODES] })
  valueCode!: string;

  @Field(() => String, { description: 'What the supervisor specifically expects.' })
  @Property({ type: 'text' })
  expectation!: string;
}
