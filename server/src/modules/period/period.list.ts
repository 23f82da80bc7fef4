import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, IntComparison, OrderDirection } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
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

/** The list of periods (every signed-in user may read them). */
export const periodList = defineList({
  name: 'Period',
  entity: Period,
  noun: 'period',
  orderNoun: 'periods',
  orderDescription: 'What a list of periods can be sorted by.',
  orderKeys: {
    YEAR: { property: 'year', kind: 'int' },
    OPENED_AT: { property: 'openedAt', kind: 'date', nullable: true },
    CLOSED_AT: { property: 'closedAt', kind: 'date', nullable: true },
  },
  defaultOrder: [{ field: 'YEAR', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; newest year first when absent.',
  filter: PeriodFilter,
  filterDescription: 'Which periods; all when absent.',
  prime: (ctx, period) => ctx.loaders.periodById.prime(period.id, period),
});
