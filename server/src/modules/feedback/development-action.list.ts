import { ID, InputType } from 'type-graphql';
import { DateComparison, DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
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

/** The list of development actions within the reader's scope (the assessments they may read). */
export const developmentActionList = defineList({
  name: 'DevelopmentAction',
  entity: DevelopmentAction,
  noun: 'development action',
  orderNoun: 'development actions',
  orderDescription: 'What a list of development actions can be sorted by.',
  orderKeys: {
    TARGET_DATE: { property: 'targetDate', kind: 'day', description: 'When it should be done.' },
    DONE_AT: {
      property: 'doneAt',
      kind: 'date',
      nullable: true,
      description: 'When it was marked done; planned actions last.',
    },
    KIND: { property: 'kind', kind: 'text', description: 'The kind.' },
    STATUS: { property: 'status', kind: 'text', description: 'The status.' },
    POSITION: { property: 'position', kind: 'int', description: 'Its place within its final feedback.' },
  },
  defaultOrder: [{ field: 'TARGET_DATE' }],
  orderByDescription: 'Sort keys; earliest target date first when absent.',
  filter: DevelopmentActionFilter,
  filterDescription: 'Which actions; all (within your read scope) when absent.',
  scope: async (ctx) => {
    const scope = await readScope(ctx);
    return scope.kind === 'all' ? {} : { feedback: { assessment: assessmentCondition(scope) } };
  },
});
