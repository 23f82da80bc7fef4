import { ID, InputType } from 'type-graphql';
import {
  DateTimeComparison,
  FloatComparison,
  IntComparison,
  OrderDirection,
  TextComparison,
} from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { assessmentCondition, readScope } from '../../policy/read-scope.js';
import { EmployeeFilter } from '../organisation/employee.list.js';
import { PeriodFilter } from '../period/period.list.js';
import { SubPeriodFilter } from '../period/sub-period.filter.js';
import { Predikat, Rating } from '../template/definition.enums.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';

@InputType({
  description: 'Which assessments to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class AssessmentFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these assessments.')
  id?: string[] | null;

  @FilterField(() => [ID], { ids: 'period' }, 'Of one of these periods.')
  periodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'subPeriod' }, 'Of one of these sub-periods.')
  subPeriodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'employee' }, 'Of one of these employees.')
  employeeId?: string[] | null;

  @FilterField(() => [ID], { ids: 'assessor' }, 'Filled by one of these assessors.')
  assessorId?: string[] | null;

  @FilterField(() => [ID], { ids: 'templateVersion' }, 'Built from one of these template versions.')
  templateVersionId?: string[] | null;

  @FilterField(() => [AssessmentStatus], { oneOf: 'status' }, 'In one of these statuses.')
  status?: AssessmentStatus[] | null;

  @FilterField(() => [Predikat], { oneOf: 'predikat' }, 'With one of these predikat.')
  predikat?: Predikat[] | null;

  @FilterField(() => [Rating], { oneOf: 'workResultsRating' }, 'With one of these work-results ratings.')
  workResultsRating?: Rating[] | null;

  @FilterField(() => [Rating], { oneOf: 'behaviourRating' }, 'With one of these behaviour ratings.')
  behaviourRating?: Rating[] | null;

  @FilterField(() => FloatComparison, { compare: 'workResultsScore' }, 'Conditions on the work-results score.')
  workResultsScore?: FloatComparison | null;

  @FilterField(() => FloatComparison, { compare: 'behaviourScore' }, 'Conditions on the behaviour score.')
  behaviourScore?: FloatComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'submittedAt' }, 'When it was submitted (`isNull: true`: not yet).')
  submittedAt?: DateTimeComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'createdAt' }, 'When it was started.')
  createdAt?: DateTimeComparison | null;

  @FilterField(() => IntComparison, { compare: 'reopenedCount' }, 'How often it was reopened, e.g. `{ gt: 0 }`.')
  reopenedCount?: IntComparison | null;

  @FilterField(
    () => TextComparison,
    { text: 'ratingReason' },
    'Conditions on the reason given for ratings that depart from the suggested ones.',
  )
  ratingReason?: TextComparison | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'employee', filter: () => EmployeeFilter },
    'Conditions on the employee assessed (unit, family, grade…).',
  )
  employee?: EmployeeFilter | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'assessor', filter: () => EmployeeFilter },
    'Conditions on the assessor.',
  )
  assessor?: EmployeeFilter | null;

  @FilterField(
    () => SubPeriodFilter,
    { nested: 'subPeriod', filter: () => SubPeriodFilter },
    'Conditions on the sub-period (kind, dates).',
  )
  subPeriod?: SubPeriodFilter | null;

  @FilterField(() => PeriodFilter, { nested: 'period', filter: () => PeriodFilter }, 'Conditions on the period.')
  period?: PeriodFilter | null;
}

/** The list of assessments within the reader's scope. */
export const assessmentList = defineList({
  name: 'Assessment',
  entity: Assessment,
  noun: 'assessment',
  orderNoun: 'assessments',
  orderDescription: 'What a list of assessments can be sorted by; rows without a value come last.',
  orderKeys: {
    CREATED_AT: { property: 'createdAt', kind: 'date' },
    SUBMITTED_AT: { property: 'submittedAt', kind: 'date', nullable: true },
    WORK_RESULTS_SCORE: { property: 'workResultsScore', kind: 'float', nullable: true },
    BEHAVIOUR_SCORE: { property: 'behaviourScore', kind: 'float', nullable: true },
    PREDIKAT: { property: 'predikat', kind: 'text', nullable: true },
    STATUS: { property: 'status', kind: 'text' },
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; newest first when absent.',
  filter: AssessmentFilter,
  filterDescription: 'Which assessments; all (within your read scope) when absent.',
  scope: async (ctx) => assessmentCondition(await readScope(ctx)),
  prime: (ctx, assessment) => ctx.loaders.assessmentById.prime(assessment.id, assessment),
});
