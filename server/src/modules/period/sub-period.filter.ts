import { ID, InputType } from 'type-graphql';
import { DateComparison, IntComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { PeriodFilter } from './period.list.js';
import { SubPeriodKind } from './period.enums.js';

/** Conditions on a sub-period, used inside the filters of what is assessed per sub-period. */
@InputType({
  description: 'Conditions on a sub-period (quarter, semester, month or the year); every given one must hold.',
})
@Combinable()
export class SubPeriodFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these sub-periods.')
  id?: string[] | null;

  @FilterField(() => [SubPeriodKind], { oneOf: 'kind' }, 'Of one of these kinds, e.g. `[QUARTER]`.')
  kind?: SubPeriodKind[] | null;

  @FilterField(
    () => IntComparison,
    { compare: 'number' },
    'Conditions on the number within the year (1–4 for quarters).',
  )
  number?: IntComparison | null;

  @FilterField(
    () => DateComparison,
    { compare: 'startDate' },
    'Conditions on the first day, e.g. `{ gte: "2025-10-01" }` for the last four quarters.',
  )
  startDate?: DateComparison | null;

  @FilterField(() => DateComparison, { compare: 'endDate' }, 'Conditions on the last day.')
  endDate?: DateComparison | null;

  @FilterField(() => PeriodFilter, { nested: 'period', filter: () => PeriodFilter }, 'Conditions on the period (year).')
  period?: PeriodFilter | null;
}
