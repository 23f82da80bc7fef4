import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';
import { TargetAggregation, TargetAspect, TargetDirection } from '../template/definition.enums.js';

/** The target of one sub-period (rencana aksi), by its number within the period. */
@ObjectType({ description: 'The target of one sub-period of the period (rencana aksi), e.g. Triwulan I.' })
export class PeriodicTarget {
  @Field(() => Int, {
    description: 'The sub-period’s number within its kind: 1–4 for quarters, 1–2 for semesters, 1–12 for months.',
  })
  number!: number;

  @Field(() => Float, { description: 'The target of that sub-period.' })
  target!: number;
}
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

  @Field(() => String, {
    nullable: true,
    description: 'Lineage key of the template indicator it was taken from, if any.',
  })
  @Property({ type: 'text', nullable: true })
  templateLineageKey: string | null = null;

  @Field(() => TargetAggregation, {
    description:
      'How the periodic realisations add up to the annual one (and the periodic targets to the annual target).',
  })
  @Enum({ items: () => TargetAggregation })
  aggregation!: TargetAggregation;

  @Field(() => [PeriodicTarget], {
    description:
      'The target of each sub-period of the period (rencana aksi), in order; together they make the annual target.',
  })
  @EmbeddedList()
  @Property({ type: 'json' })
  periodicTargets!: PeriodicTarget[];

  @Field(() => ID, { description: 'Stable identity of the target across plan revisions.' })
  @Property({ type: 'uuid' })
  lineageId: Opt<string> = randomUUID();
}
