import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, IntComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { Combinable, compileFilter, FilterField, nothing, type Condition } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { OrderDirection } from '../../kernel/list/comparisons.js';
import { OrganisationRating } from '../organisation/organisation.enums.js';
import { UnitFilter } from '../organisation/unit.list.js';
import { SubPeriodFilter } from '../period/sub-period.filter.js';
import { OrganisationRatingRecord } from './organisation-rating.entity.js';
import { ratingUnitScope } from './rating-scope.js';

const inForce = (value: boolean): Condition => ({ supersededAt: value ? null : { $ne: null } });

@InputType({
  description:
    'Which recordings of capaian kinerja organisasi to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class OrganisationRatingFilter {
  @FilterField(() => [ID], { ids: 'unit' }, 'Of one of these units.')
  unitId?: string[] | null;

  @FilterField(() => UnitFilter, { nested: 'unit', filter: () => UnitFilter }, 'Conditions on the unit.')
  unit?: UnitFilter | null;

  @FilterField(() => [ID], { ids: 'subPeriod' }, 'For one of these sub-periods.')
  subPeriodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'subPeriod.period' }, 'For a sub-period of one of these periods.')
  periodId?: string[] | null;

  @FilterField(
    () => SubPeriodFilter,
    { nested: 'subPeriod', filter: () => SubPeriodFilter },
    'Conditions on the sub-period (kind, number, dates, year).',
  )
  subPeriod?: SubPeriodFilter | null;

  @FilterField(() => [OrganisationRating], { oneOf: 'rating' }, 'With one of these capaian.')
  rating?: OrganisationRating[] | null;

  @FilterField(
    () => Boolean,
    { custom: inForce },
    'Only the recordings in force (true) or only the superseded ones (false); both when absent.',
  )
  inForce?: boolean | null;

  @FilterField(() => IntComparison, { compare: 'version' }, 'Conditions on the version.')
  version?: IntComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'recordedAt' }, 'When it was recorded.')
  recordedAt?: DateTimeComparison | null;

  @FilterField(() => TextComparison, { text: 'note' }, 'Conditions on the note.')
  note?: TextComparison | null;
}

export enum OrganisationRatingOrderField {
  RECORDED_AT = 'RECORDED_AT',
  VERSION = 'VERSION',
  RATING = 'RATING',
}
registerEnumType(OrganisationRatingOrderField, {
  name: 'OrganisationRatingOrderField',
  description: 'What a list of recorded capaian kinerja organisasi can be sorted by.',
});

const ORDER: Record<OrganisationRatingOrderField, OrderRule> = {
  RECORDED_AT: { property: 'recordedAt', kind: 'date' },
  VERSION: { property: 'version', kind: 'int' },
  RATING: { property: 'rating', kind: 'text' },
};

export const OrganisationRatingOrder = orderInputType<OrganisationRatingOrderField>(
  'OrganisationRatingOrder',
  OrganisationRatingOrderField,
  'recorded capaian kinerja organisasi',
);
export type OrganisationRatingOrder = InstanceType<typeof OrganisationRatingOrder>;

export const OrganisationRatingConnection = connectionType(
  OrganisationRatingRecord,
  'OrganisationRatingRecord',
  'recorded capaian kinerja organisasi',
  'recorded capaian kinerja organisasi',
);
export type OrganisationRatingConnection = InstanceType<typeof OrganisationRatingConnection>;

@ArgsType()
export class OrganisationRatingListArgs extends PageArgs {
  @Field(() => OrganisationRatingFilter, {
    nullable: true,
    description: 'Which recordings; all you may read when absent.',
  })
  filter?: OrganisationRatingFilter | null;

  @Field(() => [OrganisationRatingOrder], {
    nullable: true,
    description: 'Sort keys; the latest recorded first when absent.',
  })
  orderBy?: OrganisationRatingOrder[] | null;
}

/** One page of recordings: HR, admins and analysts read every unit's; a supervisor their own units' (rating-scope.ts). */
export async function listOrganisationRatings(
  ctx: Context,
  args: OrganisationRatingListArgs,
): Promise<OrganisationRatingConnection> {
  const scope = await ratingUnitScope(ctx);
  const visible: Condition =
    scope.kind === 'all' ? {} : scope.unitIds.size ? { unit: { $in: [...scope.unitIds] } } : nothing();
  const page = await paginate(ctx, OrganisationRatingRecord, {
    where: { $and: [compileFilter(args.filter, OrganisationRatingFilter, ctx), visible] },
    order: resolveOrder(args.orderBy, ORDER, [
      { field: OrganisationRatingOrderField.RECORDED_AT, direction: OrderDirection.DESC },
    ]),
    first: args.first,
    after: args.after,
  });
  return Object.assign(new OrganisationRatingConnection(), page);
}
