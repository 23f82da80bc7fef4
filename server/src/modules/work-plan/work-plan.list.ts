import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, IntComparison, OrderDirection, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { planCondition, readScope } from '../../policy/read-scope.js';
import { EmployeeFilter } from '../organisation/employee.list.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus } from './work-plan.enums.js';

@InputType({
  description:
    'Which work plan revisions to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class WorkPlanFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these work plan revisions.')
  id?: string[] | null;

  @FilterField(() => [ID], { ids: 'period' }, 'Plans of one of these periods.')
  periodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'employee' }, 'Plans of one of these employees.')
  employeeId?: string[] | null;

  @FilterField(
    () => [ID],
    { ids: 'approver' },
    'Plans submitted to one of these supervisors (the approver fixed at submission).',
  )
  approverId?: string[] | null;

  @FilterField(() => [ID], { ids: 'previous' }, 'Revisions that follow one of these revisions.')
  previousId?: string[] | null;

  @FilterField(() => [WorkPlanStatus], { oneOf: 'status' }, 'Plans in one of these statuses.')
  status?: WorkPlanStatus[] | null;

  @FilterField(() => IntComparison, { compare: 'revision' }, 'Conditions on the revision number (1 for a first plan).')
  revision?: IntComparison | null;

  @FilterField(
    () => DateTimeComparison,
    { compare: 'submittedAt' },
    'When the plan was last submitted (`isNull: true`: never).',
  )
  submittedAt?: DateTimeComparison | null;

  @FilterField(
    () => DateTimeComparison,
    { compare: 'decidedAt' },
    'When the supervisor last approved or returned it (`isNull: true`: not yet).',
  )
  decidedAt?: DateTimeComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'createdAt' }, 'When the revision was started.')
  createdAt?: DateTimeComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'updatedAt' }, 'When the revision last changed.')
  updatedAt?: DateTimeComparison | null;

  @FilterField(
    () => TextComparison,
    { text: 'decisionComment' },
    'Conditions on the supervisor’s comment with the last decision.',
  )
  decisionComment?: TextComparison | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'employee', filter: () => EmployeeFilter },
    'Conditions on the employee whose plan it is.',
  )
  employee?: EmployeeFilter | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'approver', filter: () => EmployeeFilter },
    'Conditions on the approver (plans never submitted have none).',
  )
  approver?: EmployeeFilter | null;
}

export enum WorkPlanOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  DECIDED_AT = 'DECIDED_AT',
  REVISION = 'REVISION',
  STATUS = 'STATUS',
}
registerEnumType(WorkPlanOrderField, {
  name: 'WorkPlanOrderField',
  description: 'What a list of work plans can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'When the revision was started.' },
    UPDATED_AT: { description: 'When the revision last changed.' },
    SUBMITTED_AT: { description: 'When it was last submitted; never-submitted plans last.' },
    DECIDED_AT: { description: 'When it was last approved or returned; undecided plans last.' },
    REVISION: { description: 'The revision number.' },
    STATUS: { description: 'The status.' },
  },
});

const ORDER: Record<WorkPlanOrderField, OrderRule> = {
  CREATED_AT: { property: 'createdAt', kind: 'date' },
  UPDATED_AT: { property: 'updatedAt', kind: 'date' },
  SUBMITTED_AT: { property: 'submittedAt', kind: 'date', nullable: true },
  DECIDED_AT: { property: 'decidedAt', kind: 'date', nullable: true },
  REVISION: { property: 'revision', kind: 'int' },
  STATUS: { property: 'status', kind: 'text' },
};

export const WorkPlanOrder = orderInputType<WorkPlanOrderField>('WorkPlanOrder', WorkPlanOrderField, 'work plans');
export type WorkPlanOrder = InstanceType<typeof WorkPlanOrder>;

export const WorkPlanConnection = connectionType(WorkPlan, 'WorkPlan', 'work plan revision');
export type WorkPlanConnection = InstanceType<typeof WorkPlanConnection>;

@ArgsType()
export class WorkPlanListArgs extends PageArgs {
  @Field(() => WorkPlanFilter, {
    nullable: true,
    description: 'Which plans; all (within your read scope) when absent.',
  })
  filter?: WorkPlanFilter | null;

  @Field(() => [WorkPlanOrder], { nullable: true, description: 'Sort keys; most recently started first when absent.' })
  orderBy?: WorkPlanOrder[] | null;
}

/** One page of work plan revisions within the reader's scope. */
export async function listWorkPlans(ctx: Context, args: WorkPlanListArgs): Promise<WorkPlanConnection> {
  const scope = await readScope(ctx);
  const where = { $and: [compileFilter(args.filter, WorkPlanFilter, ctx), planCondition(scope)] };
  const page = await paginate(ctx, WorkPlan, {
    where,
    order: resolveOrder(args.orderBy, ORDER, [
      { field: WorkPlanOrderField.CREATED_AT, direction: OrderDirection.DESC },
    ]),
    first: args.first,
    after: args.after,
    prime: (plan) => ctx.loaders.workPlanById.prime(plan.id, plan),
  });
  return Object.assign(new WorkPlanConnection(), page);
}
