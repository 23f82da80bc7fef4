import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WorkPlan } from './work-plan.entity.js';
import { WorkResultKind } from './work-plan.enums.js';

/** A work result (RHK) of a plan revision, optionally supporting a result of the supervisor's approved plan. */
@ObjectType({ description: 'A work result (rencana hasil kerja, RHK) of a work plan.' })
@Entity({ tableName: 'work_result' })
export class WorkResult {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => WorkPlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<WorkPlan>;

  @Field(() => Int, { description: 'Order within the plan, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => WorkResultKind, { description: 'Main or additional.' })
  @Enum({ items: () => WorkResultKind })
  kind!: WorkResultKind;

  @Field(() => String, { description: 'What the employee will deliver.' })
  @Property({ type: 'text' })
  title!: string;

  /** Cascading: the supervisor's approved result this one supports. */
  @ManyToOne(() => WorkResult, { ref: true, nullable: true, deleteRule: 'restrict' })
  parentResult: Ref<WorkResult> | null = null;

  @Field(() => ID, { description: 'Stable identity of the result across plan revisions.' })
  @Property({ type: 'uuid' })
  lineageId: Opt<string> = randomUUID();
}
