import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PeriodCadence } from './period.enums.js';
import { Period } from './period.entity.js';

@InputType({ description: 'A new evaluation period; its sub-periods are generated from the cadence.' })
export class CreatePeriodInput {
  @Field(() => Int, { description: 'The calendar year, 2000–2100; one period per year.' })
  year!: number;

  @Field(() => PeriodCadence, { nullable: true, description: 'Evaluation cadence; QUARTERLY when absent.' })
  cadence?: PeriodCadence | null;
}

@InputType({ description: 'Names the period of a state transition.' })
export class PeriodTransitionInput {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;
}

@ObjectType({ description: 'Result of createPeriod, openPeriod and closePeriod.' })
export class PeriodPayload {
  @Field(() => Period, { description: 'The period as stored.' })
  period!: Period;
}
