import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { Unit } from '../organisation/unit.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { distributionGuideline, setDistributionGuideline } from './distribution-guideline.service.js';
import {
  DistributionGuidelineRow,
  RecordOrganisationRatingInput,
  RecordOrganisationRatingPayload,
  SetDistributionGuidelineInput,
  SetDistributionGuidelinePayload,
} from './distribution.types.js';
import { OrganisationRatingRecord } from './organisation-rating.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { organisationRatingList } from './organisation-rating.list.js';
import {
  HISTORY_CAP,
  organisationRatingHistory,
  organisationRatingInForce,
  recordOrganisationRating,
} from './organisation-rating.service.js';

@Resolver(() => OrganisationRatingRecord)
export class OrganisationRatingResolver {
  @Query(() => OrganisationRatingRecord, {
    nullable: true,
    description:
      'The capaian kinerja organisasi in force for a unit and sub-period (SE MenPANRB 3/2023), or null when none is recorded. HR, admins and analysts read every unit’s; a supervisor the units they work in or head and the units below them.',
  })
  organisationRating(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('subPeriodId', () => ID, { description: 'The sub-period (a quarter, or the annual sub-period for the year).' })
    subPeriodId: string,
    @Ctx() ctx: Context,
  ): Promise<OrganisationRatingRecord | null> {
    return organisationRatingInForce(ctx, unitId, subPeriodId);
  }

  @Query(() => [OrganisationRatingRecord], {
    description: `Every recording of the capaian kinerja organisasi for a unit and sub-period, the latest (in force) first; at most ${HISTORY_CAP} (the \`organisationRatings\` connection pages through more). Read as \`organisationRating\`.`,
  })
  organisationRatingHistory(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('subPeriodId', () => ID, { description: 'The sub-period.' }) subPeriodId: string,
    @Ctx() ctx: Context,
  ): Promise<OrganisationRatingRecord[]> {
    return organisationRatingHistory(ctx, unitId, subPeriodId);
  }

  @Query(() => organisationRatingList.Connection, {
    description:
      'Recorded capaian kinerja organisasi matching the filter, the latest first unless ordered otherwise, a page at a time.',
  })
  organisationRatings(
    @Args(() => organisationRatingList.Args) args: ListArgsOf<typeof organisationRatingList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof organisationRatingList>> {
    return organisationRatingList.list(ctx, args);
  }

  @Mutation(() => RecordOrganisationRatingPayload, {
    description:
      'Records the capaian kinerja organisasi of a unit for a sub-period (HR, on behalf of the head of the organisation above; SE MenPANRB 3/2023). The one in force is superseded, never changed; every recording stays in the history. Audited.',
  })
  async recordOrganisationRating(
    @Arg('input', () => RecordOrganisationRatingInput, { description: 'What to record; see the input type.' })
    input: RecordOrganisationRatingInput,
    @Ctx() ctx: Context,
  ): Promise<RecordOrganisationRatingPayload> {
    return recordOrganisationRating(ctx, input);
  }

  @FieldResolver(() => Unit, { description: 'The unit.' })
  async unit(@Root() record: OrganisationRatingRecord, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unitById.load(record.unit.id))!;
  }

  @FieldResolver(() => SubPeriod, { description: 'The sub-period it is for.' })
  async subPeriod(@Root() record: OrganisationRatingRecord, @Ctx() ctx: Context): Promise<SubPeriod> {
    return (await ctx.loaders.subPeriodById.load(record.subPeriod.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is the recording in force (the latest).' })
  inForce(@Root() record: OrganisationRatingRecord): boolean {
    return record.supersededAt === null;
  }
}

@Resolver(() => DistributionGuidelineRow)
export class DistributionGuidelineResolver {
  @Query(() => [DistributionGuidelineRow], {
    description:
      'The distribution guideline of this instansi: for each capaian kinerja organisasi the bounds on the predikat of a unit’s employees. Shipped with the rows of SE MenPANRB 3/2023; an administrator may adjust them.',
  })
  distributionGuideline(@Ctx() ctx: Context): Promise<DistributionGuidelineRow[]> {
    return distributionGuideline(ctx);
  }

  @Mutation(() => SetDistributionGuidelinePayload, {
    description:
      'Replaces the bounds of one row of the distribution guideline (administrators); the distribution check only ever warns. Audited.',
  })
  async setDistributionGuideline(
    @Arg('input', () => SetDistributionGuidelineInput, { description: 'The row and its new bounds.' })
    input: SetDistributionGuidelineInput,
    @Ctx() ctx: Context,
  ): Promise<SetDistributionGuidelinePayload> {
    return { row: await setDistributionGuideline(ctx, input) };
  }
}
