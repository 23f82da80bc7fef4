import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrganisationRating } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { Predikat, Rating } from '../template/definition.enums.js';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';
import { OrganisationRatingRecord } from './organisation-rating.entity.js';

@ObjectType({ description: 'How many employees of the unit have one predikat, and their share.' })
export class DistributionRow {
  @Field(() => Predikat, { description: 'The predikat.' })
  predikat!: Predikat;

  @Field(() => Int, { description: 'How many submitted assessments have it.' })
  count!: number;

  @Field(() => Float, { description: 'Share of all counted assessments, in percent (2 decimals).' })
  percent!: number;
}

@ObjectType({
  description: 'A breach of the distribution guideline (or why it cannot be checked); a warning, never a block.',
})
export class DistributionWarning {
  @Field(() => String, {
    description:
      'Stable code: DISTRIBUTION_EMPTY, DISTRIBUTION_COUNT_INVALID, DISTRIBUTION_NOT_LARGEST, DISTRIBUTION_ABOVE_MAXIMUM, DISTRIBUTION_BELOW_MINIMUM, DISTRIBUTION_REQUIRED_ABSENT or DISTRIBUTION_EXCLUDED_PRESENT.',
  })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in the request’s language.' })
  message!: string;
}

@ObjectType({
  description:
    'One bound of the distribution guideline (SE MenPANRB 3/2023) on the employees whose predikat is one of `predikat`.',
})
export class GuidelineBound {
  @Field(() => String, {
    description:
      '`largest`: that predikat is the largest group ("sebagian besar"; a tie shares the first place); `atMost` / `atLeast`: at most / at least `percent` % of the employees (inclusive); `present`: at least one employee ("harus ada"); `absent`: none ("tidak ada").',
  })
  kind!: string;

  @Field(() => [Predikat], { description: 'The predikat the bound counts together.' })
  predikat!: Predikat[];

  @Field(() => Float, {
    nullable: true,
    description: 'The percentage of `atMost` / `atLeast`; null for the other kinds.',
  })
  percent!: number | null;
}

@ObjectType({
  description: 'One row of the distribution guideline of this instansi: the bounds for one capaian kinerja organisasi.',
})
export class DistributionGuidelineRow {
  @Field(() => ID, { description: 'Opaque identifier (for `auditTrail`).' })
  id!: string;

  @Field(() => OrganisationRating, { description: 'The capaian kinerja organisasi the row applies to.' })
  organisationRating!: OrganisationRating;

  @EmbeddedList()
  @Field(() => [GuidelineBound], { description: 'The bounds, all of which the distribution should meet.' })
  rules!: GuidelineBound[];

  @Field(() => Int, { description: 'Increases with every change; send it back as `expectedRevision`.' })
  revision!: number;

  @Field(() => Date, { description: 'When the row was last changed (or shipped).' })
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who last changed it; null while it is as shipped.' })
  updatedByName!: string | null;

  @Field(() => Boolean, { description: 'Whether the row says exactly what SE MenPANRB 3/2023 says (as shipped).' })
  matchesRegulation!: boolean;
}

@ObjectType({
  description:
    'The predikat distribution of a unit in a sub-period, against the guideline for its capaian kinerja organisasi of that sub-period.',
})
export class PredikatDistribution {
  @Field(() => Unit, { description: 'The unit.' })
  unit!: Unit;

  @Field(() => SubPeriod, { description: 'The sub-period counted (the annual one unless asked otherwise).' })
  subPeriod!: SubPeriod;

  @Field(() => Boolean, { description: 'Whether employees of the sub-units are counted too.' })
  includeSubUnits!: boolean;

  @Field(() => OrganisationRating, {
    nullable: true,
    description:
      'The unit’s capaian kinerja organisasi in force for the sub-period, which selects the guideline; null when none is recorded (then nothing is expected).',
  })
  organisationRating!: OrganisationRating | null;

  @Field(() => OrganisationRatingRecord, {
    nullable: true,
    description: 'The recording in force (who, when, note); null when none.',
  })
  organisationRatingRecord!: OrganisationRatingRecord | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why nothing is expected of the curve (no capaian kinerja organisasi recorded), in the request’s language; null otherwise.',
  })
  notice!: string | null;

  @Field(() => Int, { description: 'How many submitted assessments were counted.' })
  total!: number;

  @EmbeddedList()
  @Field(() => [DistributionRow], { description: 'One row per predikat, best first, zeros included.' })
  rows!: DistributionRow[];

  @EmbeddedList()
  @Field(() => [DistributionWarning], {
    description: 'Where the distribution departs from the guideline; empty when it follows it or nothing is expected.',
  })
  warnings!: DistributionWarning[];

  @EmbeddedList()
  @Field(() => [GuidelineBound], {
    description:
      'The guideline’s bounds for the capaian in force, to draw the curve against; empty when none is recorded.',
  })
  guideline!: GuidelineBound[];
}

@InputType({
  description:
    'Records the capaian kinerja organisasi of a unit for a sub-period (HR, on behalf of the head of the organisation above).',
})
export class RecordOrganisationRatingInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;

  @Field(() => ID, {
    description:
      'The sub-period: a quarter (or other sub-period) of the period, or its annual sub-period for the year.',
  })
  subPeriodId!: string;

  @Field(() => OrganisationRating, { description: 'The capaian kinerja organisasi.' })
  rating!: OrganisationRating;

  @Field(() => String, {
    nullable: true,
    description: 'An optional note, e.g. the decision it follows; at most 2 000 characters.',
  })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` of the recording in force you saw (0 when none); a different one answers CONFLICT. Absent: not checked.',
  })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'Result of recordOrganisationRating.' })
export class RecordOrganisationRatingPayload {
  @Field(() => OrganisationRatingRecord, { description: 'The new recording, now in force.' })
  record!: OrganisationRatingRecord;

  @Field(() => OrganisationRatingRecord, {
    nullable: true,
    description: 'The recording it supersedes; null for the first.',
  })
  previous!: OrganisationRatingRecord | null;
}

@InputType({ description: 'One bound of a guideline row.' })
export class GuidelineBoundInput {
  @Field(() => String, {
    description: '`largest`, `atMost`, `atLeast`, `present` or `absent` (see GuidelineBound.kind).',
  })
  kind!: string;

  @Field(() => [Predikat], { description: 'The predikat the bound counts together (exactly one for `largest`).' })
  predikat!: Predikat[];

  @Field(() => Float, {
    nullable: true,
    description: '0–100 with at most 2 decimals, for `atMost` and `atLeast` only.',
  })
  percent?: number | null;
}

@InputType({ description: 'Replaces the bounds of one row of the distribution guideline (administrators).' })
export class SetDistributionGuidelineInput {
  @Field(() => OrganisationRating, { description: 'The row: the capaian kinerja organisasi it applies to.' })
  organisationRating!: OrganisationRating;

  @Field(() => [GuidelineBoundInput], { description: 'The new bounds, 1–10, in order.' })
  rules!: GuidelineBoundInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'The `revision` you changed; a different one answers CONFLICT. Absent: not checked.',
  })
  expectedRevision?: number | null;
}

@ObjectType({ description: 'Result of setDistributionGuideline.' })
export class SetDistributionGuidelinePayload {
  @Field(() => DistributionGuidelineRow, { description: 'The row as stored.' })
  row!: DistributionGuidelineRow;
}

@ObjectType({
  description:
    'For an assessed employee who heads a unit: the unit’s capaian kinerja organisasi for the sub-period and the rating hasil kerja it suggests (SE MenPANRB 3/2023).',
})
export class UnitHeadSuggestion {
  @Field(() => Unit, { description: 'The unit the employee heads.' })
  unit!: Unit;

  @Field(() => OrganisationRating, {
    nullable: true,
    description:
      'The capaian kinerja organisasi in force for the assessment’s sub-period; null while none is recorded.',
  })
  organisationRating!: OrganisationRating | null;

  @Field(() => Rating, {
    nullable: true,
    description:
      'The suggested rating hasil kerja that follows from it (Istimewa → ABOVE, Baik → MEETS, lower → BELOW); null while none is recorded (the score’s suggestion stays).',
  })
  suggestedWorkResultsRating!: Rating | null;
}
