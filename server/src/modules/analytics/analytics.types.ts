import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EmploymentType, Sex, UnitKind } from '../organisation/organisation.enums.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { Predikat } from '../template/definition.enums.js';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';

export enum StatisticsDimension {
  UNIT = 'UNIT',
  FAMILY = 'FAMILY',
  PERIOD = 'PERIOD',
  SUB_PERIOD = 'SUB_PERIOD',
  TEMPLATE_VERSION = 'TEMPLATE_VERSION',
  GRADE = 'GRADE',
  EMPLOYMENT_TYPE = 'EMPLOYMENT_TYPE',
  SEX = 'SEX',
}
registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: 'What submitted assessments are grouped by. Employee attributes are taken as they were at submission.',
  valuesConfig: {
    UNIT: { description: 'The employee’s unit (see `rollUpSubUnits` to count sub-units in the unit above them).' },
    FAMILY: { description: 'The employee’s job family.' },
    PERIOD: { description: 'The period (year).' },
    SUB_PERIOD: { description: 'The sub-period (quarter, semester, month or the year).' },
    TEMPLATE_VERSION: { description: 'The template version the assessment was made with.' },
    GRADE: { description: 'The employee’s grade (golongan).' },
    EMPLOYMENT_TYPE: { description: 'PNS or PPPK.' },
    SEX: { description: 'The employee’s sex.' },
  },
});

@InputType({
  description:
    'Which submitted assessments the statistics count; every field narrows, all absent counts everything readable.',
})
export class StatisticsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this period.' })
  periodId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these sub-periods.' })
  subPeriodIds?: string[] | null;

  @Field(() => SubPeriodKind, {
    nullable: true,
    description: 'Only sub-periods of this kind (e.g. QUARTER or ANNUAL).',
  })
  subPeriodKind?: SubPeriodKind | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'With `subPeriodKind`: only the N latest sub-periods of that kind that have begun (e.g. 4 with QUARTER: the last four quarters, across years).',
  })
  latestSubPeriods?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Only these job families.' })
  familyIds?: string[] | null;

  @Field(() => [UnitKind], { nullable: true, description: 'Only employees of units of these kinds (e.g. KELURAHAN).' })
  unitKinds?: UnitKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only employees of this unit (and of every unit below it, unless `includeSubUnits` is false).',
  })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With `unitId`: count the units below it too (default true).' })
  includeSubUnits?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Only these template versions.' })
  templateVersionIds?: string[] | null;

  @Field(() => [Predikat], { nullable: true, description: 'Only assessments with one of these predikat.' })
  predikat?: Predikat[] | null;
}

/** The key of a group; only the dimensions grouped by are set. */
@ObjectType({ description: 'What a group shares: the value of each dimension grouped by; the others are null.' })
export class StatisticsKey {
  unitId: string | null = null;
  familyId: string | null = null;
  periodId: string | null = null;
  subPeriodId: string | null = null;
  templateVersionId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Grade (golongan), when grouped by GRADE.' })
  grade: string | null = null;

  @Field(() => EmploymentType, { nullable: true, description: 'Employment type, when grouped by EMPLOYMENT_TYPE.' })
  employmentType: EmploymentType | null = null;

  @Field(() => Sex, { nullable: true, description: 'Sex, when grouped by SEX.' })
  sex: Sex | null = null;
}

@ObjectType({
  description: 'Average, minimum and maximum of a score over a group; null when no assessment of the group has it.',
})
export class ScoreStatistics {
  @Field(() => Float, { nullable: true, description: 'Mean.' })
  average!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lowest.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest.' })
  max!: number | null;
}

@ObjectType({ description: 'Statistics of the work-results score over a group, with percentiles.' })
export class WorkResultsStatistics extends ScoreStatistics {
  @Field(() => Float, {
    nullable: true,
    description:
      'Median (nearest rank); from the 1-point histogram for organisation-wide groupings, so within a point.',
  })
  p50!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank), like `p50`.' })
  p90!: number | null;
}

@ObjectType({ description: 'How many assessments of a group have one predikat.' })
export class PredikatCount {
  @Field(() => Predikat, { description: 'The predikat.' })
  predikat!: Predikat;

  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field(() => Float, { description: 'Share of the group, in percent (2 decimals).' })
  percent!: number;
}

@ObjectType({ description: 'Statistics of one group of submitted assessments.' })
export class AssessmentStatisticsGroup {
  @Field(() => StatisticsKey, { description: 'The group.' })
  key!: StatisticsKey;

  @Field(() => Int, { description: 'How many submitted assessments.' })
  count!: number;

  @Field(() => WorkResultsStatistics, { description: 'The work-results score.' })
  workResults!: WorkResultsStatistics;

  @Field(() => ScoreStatistics, { description: 'The behaviour score.' })
  behaviour!: ScoreStatistics;

  @EmbeddedList()
  @Field(() => [PredikatCount], { description: 'One row per predikat, best first, zeros included.' })
  predikat!: PredikatCount[];
}

@ObjectType({ description: 'Statistics of one indicator (followed by lineage across template versions) in one group.' })
export class IndicatorStatisticsGroup {
  @Field(() => StatisticsKey, { description: 'The group.' })
  key!: StatisticsKey;

  @Field(() => Int, { description: 'How many scored answers.' })
  count!: number;

  @Field(() => ScoreStatistics, { description: 'The indicator’s normalised score.' })
  score!: ScoreStatistics;
}
