import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AnnualEvaluationOpening, PeriodCadence } from './period.enums.js';
import { Period } from './period.entity.js';

@InputType({ description: 'A new evaluation period; its sub-periods are generated from the cadence.' })
export class CreatePeriodInput {
  @Field(() => Int, { description: 'The calendar year, 2000–2100; one period per year.' })
  year!: number;

  @Field(() => PeriodCadence, { nullable: true, description: 'Evaluation cadence; QUARTERLY when absent.' })
  cadence?: PeriodCadence | null;

  @Field(() => AnnualEvaluationOpening, {
    nullable: true,
    description: 'When the annual evaluation opens; LAST_SUB_PERIOD when absent.',
  })
  annualEvaluationOpens?: AnnualEvaluationOpening | null;
}

@InputType({ description: 'Changes the settings of a period that is not closed.' })
export class UpdatePeriodInput {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;

  @Field(() => AnnualEvaluationOpening, { description: 'When the annual evaluation opens.' })
  annualEvaluationOpens!: AnnualEvaluationOpening;
}

@InputType({ description: 'Names the period of a state transition.' })
export class PeriodTransitionInput {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;
}

@ObjectType({ description: 'Result of createPeriod, updatePeriod, openPeriod and closePeriod.' })
export class PeriodPayload {
  @Field(() => Period, { description: 'The period as stored.' })
  period!: Period;
}
