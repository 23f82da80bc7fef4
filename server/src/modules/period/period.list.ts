import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, IntComparison, OrderDirection } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { Period } from './period.entity.js';
import { PeriodCadence, PeriodState } from './period.enums.js';

@InputType({
  description: 'Which periods to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class PeriodFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these periods.')
  id?: string[] | null;

  @FilterField(() => IntComparison, { compare: 'year' }, 'Conditions on the year, e.g. `{ gte: 2025 }`.')
  year?: IntComparison | null;

  @FilterField(() => [PeriodState], { oneOf: 'state' }, 'In one of these states.')
  state?: PeriodState[] | null;

  @FilterField(() => [PeriodCadence], { oneOf: 'cadence' }, 'With one of these cadences.')
  cadence?: PeriodCadence[] | null;

  @FilterField(
    () => DateTimeComparison,
    { compare: 'openedAt' },
    'When the period was opened (`isNull: true`: not yet).',
  )
  openedAt?: DateTimeComparison | null;

  @FilterField(
    () => DateTimeComparison,
    { compare: 'closedAt' },
    'When the period was closed (`isNull: true`: not yet).',
  )
  closedAt?: DateTimeComparison | null;
}

export enum PeriodOrderField {
  YEAR = 'YEAR',
  OPENED_AT = 'OPENED_AT',
  CLOSED_AT = 'CLOSED_AT',
}
registerEnumType(PeriodOrderField, {
  name: 'PeriodOrderField',
  description: 'What a list of periods can be sorted by.',
});

const ORDER: Record<PeriodOrderField, OrderRule> = {
  YEAR: { property: 'year', kind: 'int' },
  OPENED_AT: { property: 'openedAt', kind: 'date', nullable: true },
  CLOSED_AT: { property: 'closedAt', kind: 'date', nullable: true },
};

export const PeriodOrder = orderInputType<PeriodOrderField>('PeriodOrder', PeriodOrderField, 'periods');
export type PeriodOrder = InstanceType<typeof PeriodOrder>;

export const PeriodConnection = connectionType(Period, 'Period', 'period');
export type PeriodConnection = InstanceType<typeof PeriodConnection>;

@ArgsType()
export class PeriodListArgs extends PageArgs {
  @Field(() => PeriodFilter, { nullable: true, description: 'Which periods; all when absent.' })
  filter?: PeriodFilter | null;

  @Field(() => [PeriodOrder], { nullable: true, description: 'Sort keys; newest year first when absent.' })
  orderBy?: PeriodOrder[] | null;
}

/** One page of periods (every signed-in user may read them). */
export async function listPeriods(ctx: Context, args: PeriodListArgs): Promise<PeriodConnection> {
  const page = await paginate(ctx, Period, {
    where: compileFilter(args.filter, PeriodFilter, ctx),
    order: resolveOrder(args.orderBy, ORDER, [{ field: PeriodOrderField.YEAR, direction: OrderDirection.DESC }]),
    first: args.first,
    after: args.after,
    prime: (period) => ctx.loaders.periodById.prime(period.id, period),
  });
  return Object.assign(new PeriodConnection(), page);
}
