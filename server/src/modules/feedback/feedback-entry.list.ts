import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, OrderDirection, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
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

export enum FeedbackEntryOrderField {
  CREATED_AT = 'CREATED_AT',
  VALUE_CODE = 'VALUE_CODE',
}
registerEnumType(FeedbackEntryOrderField, {
  name: 'FeedbackEntryOrderField',
  description: 'What a list of feedback entries can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'When it was written.' },
    VALUE_CODE: { description: 'The BerAKHLAK value code; entries about no value last.' },
  },
});

const ORDER: Record<FeedbackEntryOrderField, OrderRule> = {
  CREATED_AT: { property: 'createdAt', kind: 'date' },
  VALUE_CODE: { property: 'valueCode', kind: 'text', nullable: true },
};

export const FeedbackEntryOrder = orderInputType<FeedbackEntryOrderField>(
  'FeedbackEntryOrder',
  FeedbackEntryOrderField,
  'feedback entries',
);
export type FeedbackEntryOrder = InstanceType<typeof FeedbackEntryOrder>;

export const FeedbackEntryConnection = connectionType(
  FeedbackEntry,
  'FeedbackEntry',
  'feedback entry',
  'feedback entries',
);
export type FeedbackEntryConnection = InstanceType<typeof FeedbackEntryConnection>;

@ArgsType()
export class FeedbackEntryListArgs extends PageArgs {
  @Field(() => FeedbackEntryFilter, {
    nullable: true,
    description: 'Which entries; all (within your read scope) when absent.',
  })
  filter?: FeedbackEntryFilter | null;

  @Field(() => [FeedbackEntryOrder], { nullable: true, description: 'Sort keys; newest first when absent.' })
  orderBy?: FeedbackEntryOrder[] | null;
}

/** One page of feedback entries within the reader's scope (their own and their direct subordinates'). */
export async function listFeedbackEntries(ctx: Context, args: FeedbackEntryListArgs): Promise<FeedbackEntryConnection> {
  const scope = await readScope(ctx);
  const where = { $and: [compileFilter(args.filter, FeedbackEntryFilter, ctx), ownedCondition(scope)] };
  const page = await paginate(ctx, FeedbackEntry, {
    where,
    order: resolveOrder(args.orderBy, ORDER, [
      { field: FeedbackEntryOrderField.CREATED_AT, direction: OrderDirection.DESC },
    ]),
    first: args.first,
    after: args.after,
  });
  return Object.assign(new FeedbackEntryConnection(), page);
}
