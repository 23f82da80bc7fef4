import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateComparison, DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { assessmentCondition, readScope } from '../../policy/read-scope.js';
import { EmployeeFilter } from '../organisation/employee.list.js';
import { DevelopmentAction } from './development-action.entity.js';
import { DevelopmentActionKind, DevelopmentActionStatus } from './feedback.enums.js';

/** The employee an action is recommended to: the employee of the assessment its final feedback is on. */
const EMPLOYEE = 'feedback.assessment.employee';

@InputType({
  description:
    'Which development actions to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class DevelopmentActionFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these development actions.')
  id?: string[] | null;

  @FilterField(() => [ID], { ids: EMPLOYEE }, 'Recommended to one of these employees (the employee of the assessment).')
  employeeId?: string[] | null;

  @FilterField(
    () => [ID],
    { ids: 'feedback.assessment' },
    'Recommended in the final feedback on one of these assessments.',
  )
  assessmentId?: string[] | null;

  @FilterField(() => [ID], { ids: 'feedback' }, 'Of one of these final feedbacks.')
  feedbackId?: string[] | null;

  @FilterField(() => [DevelopmentActionStatus], { oneOf: 'status' }, 'In one of these statuses.')
  status?: DevelopmentActionStatus[] | null;

  @FilterField(() => [DevelopmentActionKind], { oneOf: 'kind' }, 'Of one of these kinds, e.g. `[TRAINING, MENTORING]`.')
  kind?: DevelopmentActionKind[] | null;

  @FilterField(() => DateComparison, { compare: 'targetDate' }, 'When it should be done, e.g. `{ lt: "2026-07-01" }`.')
  targetDate?: DateComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'doneAt' }, 'When it was marked done (`isNull: true`: not done).')
  doneAt?: DateTimeComparison | null;

  @FilterField(() => TextComparison, { text: 'description' }, 'Conditions on the description.')
  description?: TextComparison | null;

  @FilterField(() => String, { search: ['description'] }, 'Part of the description, any case.')
  search?: string | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: EMPLOYEE, filter: () => EmployeeFilter },
    'Conditions on the employee it is recommended to.',
  )
  employee?: EmployeeFilter | null;
}

export enum DevelopmentActionOrderField {
  TARGET_DATE = 'TARGET_DATE',
  DONE_AT = 'DONE_AT',
  KIND = 'KIND',
  STATUS = 'STATUS',
  POSITION = 'POSITION',
}
registerEnumType(DevelopmentActionOrderField, {
  name: 'DevelopmentActionOrderField',
  description: 'What a list of development actions can be sorted by.',
  valuesConfig: {
    TARGET_DATE: { description: 'When it should be done.' },
    DONE_AT: { description: 'When it was marked done; planned actions last.' },
    KIND: { description: 'The kind.' },
    STATUS: { description: 'The status.' },
    POSITION: { description: 'Its place within its final feedback.' },
  },
});

const ORDER: Record<DevelopmentActionOrderField, OrderRule> = {
  TARGET_DATE: { property: 'targetDate', kind: 'day' },
  DONE_AT: { property: 'doneAt', kind: 'date', nullable: true },
  KIND: { property: 'kind', kind: 'text' },
  STATUS: { property: 'status', kind: 'text' },
  POSITION: { property: 'position', kind: 'int' },
};

export const DevelopmentActionOrder = orderInputType<DevelopmentActionOrderField>(
  'DevelopmentActionOrder',
  DevelopmentActionOrderField,
  'development actions',
);
export type DevelopmentActionOrder = InstanceType<typeof DevelopmentActionOrder>;

export const DevelopmentActionConnection = connectionType(DevelopmentAction, 'DevelopmentAction', 'development action');
export type DevelopmentActionConnection = InstanceType<typeof DevelopmentActionConnection>;

@ArgsType()
export class DevelopmentActionListArgs extends PageArgs {
  @Field(() => DevelopmentActionFilter, {
    nullable: true,
    description: 'Which actions; all (within your read scope) when absent.',
  })
  filter?: DevelopmentActionFilter | null;

  @Field(() => [DevelopmentActionOrder], {
    nullable: true,
    description: 'Sort keys; earliest target date first when absent.',
  })
  orderBy?: DevelopmentActionOrder[] | null;
}

/** One page of development actions within the reader's scope (the assessments they may read). */
export async function listDevelopmentActions(
  ctx: Context,
  args: DevelopmentActionListArgs,
): Promise<DevelopmentActionConnection> {
  const scope = await readScope(ctx);
  const scoped = scope.kind === 'all' ? {} : { feedback: { assessment: assessmentCondition(scope) } };
  const page = await paginate(ctx, DevelopmentAction, {
    where: { $and: [compileFilter(args.filter, DevelopmentActionFilter, ctx), scoped] },
    order: resolveOrder(args.orderBy, ORDER, [{ field: DevelopmentActionOrderField.TARGET_DATE }]),
    first: args.first,
    after: args.after,
  });
  return Object.assign(new DevelopmentActionConnection(), page);
}
