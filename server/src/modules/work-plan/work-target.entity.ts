import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TargetAspect, TargetDirection } from '../template/definition.enums.js';
import { WorkResult } from './work-result.entity.js';

/** An indicator with its target for a work result, on one aspect (quantity, quality, time, cost). */
@ObjectType({ description: 'An indicator of a work result with its target (indikator kinerja individu).' })
@Entity({ tableName: 'work_target' })
export class WorkTarget {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => WorkResult, { ref: true, deleteRule: 'cascade' })
  result!: Ref<WorkResult>;

  @Field(() => Int, { description: 'Order within the result, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'The indicator, e.g. "Persentase dokumen selesai tepat waktu".' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => TargetAspect, { description: 'Quantity, quality, time or cost.' })
  @Enum({ items: () => TargetAspect })
  aspect!: TargetAspect;

  @Field(() => Float, { description: 'The target value.' })
  @Property({ type: 'double' })
  target!: number;

  @Field(() => String, { description: 'Unit of the target.' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether more or less is better.' })
  @Enum({ items: () => TargetDirection })
  direction!: TargetDirection;

  @Field(() => String, { nullable: true, description: 'Lineage key of the template indicator it was taken from, if any.' })
  @Property({ type: 'text', nullable: true })
  templateLineageKey: string | null = null;

  @Field(() => ID, { description: 'Stable identity of the target across plan revisions.' })
  @Property({ type: 'uuid' })
  lineageId: Opt<string> = randomUUID();
}
