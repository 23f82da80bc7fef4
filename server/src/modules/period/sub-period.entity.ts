import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SubPeriodKind } from './period.enums.js';
import { Period } from './period.entity.js';

/** One evaluation window of a period, generated from its cadence when the period is created. */
@ObjectType({
  description: 'An evaluation sub-period: a quarter, semester or month of the year, or the whole year (annual).',
})
@Entity({ tableName: 'sub_period' })
export class SubPeriod {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Period, { ref: true, deleteRule: 'restrict' })
  period!: Ref<Period>;

  @Field(() => SubPeriodKind, { description: 'Quarter, semester, month or annual.' })
  @Enum({ items: () => SubPeriodKind })
  kind!: SubPeriodKind;

  @Field(() => Int, {
    description: 'Number within the year: 1–4 for quarters, 1–2 for semesters, 1–12 for months, 1 for annual.',
  })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'Name in Bahasa Indonesia, e.g. "Triwulan I 2026".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Quarter 1 2026".' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the sub-period.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the sub-period (inclusive).' })
  @Property({ type: 'date' })
  endDate!: string;
}
