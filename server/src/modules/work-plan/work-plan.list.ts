import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, IntComparison, OrderDirection, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
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

/** The list of work plan revisions within the reader's scope. */
export const workPlanList = defineList({
  name: 'WorkPlan',
  entity: WorkPlan,
  noun: 'work plan revision',
  orderNoun: 'work plans',
  orderDescription: 'What a list of work plans can be sorted by.',
  orderKeys: {
    CREATED_AT: { property: 'createdAt', kind: 'date', description: 'When the revision was started.' },
    UPDATED_AT: { property: 'updatedAt', kind: 'date', description: 'When the revision last changed.' },
    SUBMITTED_AT: {
      property: 'submittedAt',
      kind: 'date',
      nullable: true,
      description: 'When it was last submitted; never-submitted plans last.',
    },
    DECIDED_AT: {
      property: 'decidedAt',
      kind: 'date',
      nullable: true,
      description: 'When it was last approved or returned; undecided plans last.',
    },
    REVISION: { property: 'revision', kind: 'int', description: 'The revision number.' },
    STATUS: { property: 'status', kind: 'text', description: 'The status.' },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; most recently started first when absent.',
  filter: WorkPlanFilter,
  filterDescription: 'Which plans; all (within your read scope) when absent.',
  scope: async (ctx) => planCondition(await readScope(ctx)),
  prime: (ctx, plan) => ctx.loaders.workPlanById.prime(plan.id, plan),
});
