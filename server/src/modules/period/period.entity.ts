import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AnnualEvaluationOpening, PeriodCadence, PeriodState } from './period.enums.js';

/** An evaluation year. A database trigger keeps states moving forward and the year and cadence fixed. */
@ObjectType({
  description:
    'An evaluation period (periode penilaian): one year with its sub-periods and the template versions in force.',
})
@Entity({ tableName: 'period' })
export class Period {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => Int, { description: 'The calendar year, e.g. 2026; unique.' })
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => PeriodCadence, { description: 'How often employees are evaluated within the year.' })
  @Enum({ items: () => PeriodCadence })
  cadence: Opt<PeriodCadence> = PeriodCadence.QUARTERLY;

  @Field(() => AnnualEvaluationOpening, {
    description: 'When the annual evaluation opens: from the last sub-period (default) or after the period has ended.',
  })
  @Enum({ items: () => AnnualEvaluationOpening })
  annualEvaluationOpens: Opt<AnnualEvaluationOpening> = AnnualEvaluationOpening.LAST_SUB_PERIOD;

  @Field(() => PeriodState, { description: 'Planning, open or closed.' })
  @Enum({ items: () => PeriodState })
  state: Opt<PeriodState> = PeriodState.PLANNING;

  @Field(() => Date, { description: 'When the period was created.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the period was opened; null while planning.' })
  @Property({ type: 'datetime', nullable: true })
  openedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the period was closed; null until then.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
