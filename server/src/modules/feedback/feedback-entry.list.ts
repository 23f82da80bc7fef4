import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, OrderDirection, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { ownedCondition, readScope } from '../../policy/read-scope.js';
import { EmployeeFilter } from '../organisation/employee.list.js';
import { FeedbackEntry } from './feedback-entry.entity.js';

@InputType({
  description:
    'Which feedback entries to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class FeedbackEntryFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these entries.')
  id?: string[] | null;

  @FilterField(() => [ID], { ids: 'employee' }, 'About one of these employees.')
  employeeId?: string[] | null;

  @FilterField(() => [ID], { ids: 'author' }, 'Written by one of these employees (the employee or their supervisor).')
  authorId?: string[] | null;

  @FilterField(() => [ID], { ids: 'period' }, 'In one of these periods.')
  periodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'workResult' }, 'About one of these work results.')
  workResultId?: string[] | null;

  @FilterField(
    () => TextComparison,
    { text: 'valueCode' },
    'Conditions on the BerAKHLAK value it is about, e.g. `{ in: ["akuntabel"] }`; `{ isNull: false }`: about a value.',
  )
  valueCode?: TextComparison | null;

  @FilterField(
    () => TextComparison,
    { text: 'text' },
    'Conditions on the feedback text, e.g. `{ contains: "laporan" }`.',
  )
  text?: TextComparison | null;

  @FilterField(() => String, { search: ['text'] }, 'Part of the feedback text, any case.')
  search?: string | null;

  @FilterField(() => DateTimeComparison, { compare: 'createdAt' }, 'When it was written.')
  createdAt?: DateTimeComparison | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'employee', filter: () => EmployeeFilter },
    'Conditions on the employee it is about.',
  )
  employee?: EmployeeFilter | null;

  @FilterField(() => EmployeeFilter, { nested: 'author', filter: () => EmployeeFilter }, 'Conditions on the author.')
  author?: EmployeeFilter | null;
}

/** The list of feedback entries within the reader's scope (their own and their direct subordinates'). */
export const feedbackEntryList = defineList({
  name: 'FeedbackEntry',
  entity: FeedbackEntry,
  noun: 'feedback entry',
  plural: 'feedback entries',
  orderNoun: 'feedback entries',
  orderDescription: 'What a list of feedback entries can be sorted by.',
  orderKeys: {
    CREATED_AT: { property: 'createdAt', kind: 'date', description: 'When it was written.' },
    VALUE_CODE: {
      property: 'valueCode',
      kind: 'text',
      nullable: true,
      description: 'The BerAKHLAK value code; entries about no value last.',
    },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; newest first when absent.',
  filter: FeedbackEntryFilter,
  filterDescription: 'Which entries; all (within your read scope) when absent.',
  scope: async (ctx) => ownedCondition(await readScope(ctx)),
});
