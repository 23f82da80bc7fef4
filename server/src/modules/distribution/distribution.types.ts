import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganisationRating } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { Predikat } from '../template/definition.enums.js';
import { EmbeddedList } from '../../graphql/limits/embedded-list.js';

@ObjectType({ description: 'How many employees of the unit have one predikat, and their share.' })
export class DistributionRow {
  @Field(() => Predikat, { description: 'The predikat.' })
  predikat!: Predikat;

  @Field(() => Int, { description: 'How many submitted assessments have it.' })
  count!: number;

  @Field(() => Float, { description: 'Share of all counted assessments, in percent (2 decimals).' })
  percent!: number;
}

@ObjectType({ description: 'A breach of the distribution guideline (or why it cannot be checked); a warning, never a block.' })
export class DistributionWarning {
  @Field(() => String, {
    description: 'Stable code: DISTRIBUTION_EMPTY, DISTRIBUTION_COUNT_INVALID, DISTRIBUTION_ABOVE_MAXIMUM, DISTRIBUTION_BELOW_MINIMUM or DISTRIBUTION_REQUIRED_ABSENT.',
  })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in the request’s language.' })
  message!: string;
}

@ObjectType({ description: 'One bound of the guideline for the unit’s organisational rating (SE MenPANRB 3/2023).' })
export class GuidelineBound {
  @Field(() => String, { description: '`atMost` or `atLeast` a percentage, or `present` (at least one employee).' })
  kind!: string;

  @Field(() => [Predikat], { description: 'The predikat the bound counts together.' })
  predikat!: Predikat[];

  @Field(() => Float, { nullable: true, description: 'The percentage of `atMost` / `atLeast`; null for `present`.' })
  percent!: number | null;
}

@ObjectType({ description: 'The predikat distribution of a unit in a sub-period, against the guideline for its organisational rating.' })
export class PredikatDistribution {
  @Field(() => Unit, { description: 'The unit.' })
  unit!: Unit;

  @Field(() => SubPeriod, { description: 'The sub-period counted (the annual one unless asked otherwise).' })
  subPeriod!: SubPeriod;

  @Field(() => Boolean, { description: 'Whether employees of the sub-units are counted too.' })
  includeSubUnits!: boolean;

  @Field(() => OrganisationRating, { description: 'The unit’s organisational rating, which selects the guideline.' })
  organisationRating!: OrganisationRating;

  @Field(() => Int, { description: 'How many submitted assessments were counted.' })
  total!: number;

  @EmbeddedList()
  @Field(() => [DistributionRow], { description: 'One row per predikat, best first, zeros included.' })
  rows!: DistributionRow[];

  @EmbeddedList()
  @Field(() => [DistributionWarning], { description: 'Where the distribution departs from the guideline; empty when it follows it.' })
  warnings!: DistributionWarning[];

  @EmbeddedList()
  @Field(() => [GuidelineBound], { description: 'The guideline’s bounds for the organisational rating, to draw the curve against.' })
  guideline!: GuidelineBound[];
}
