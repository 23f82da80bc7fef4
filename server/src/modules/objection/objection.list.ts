import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, OrderDirection, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { objectionCondition, readScope } from '../../policy/read-scope.js';
import { EmployeeFilter } from '../organisation/employee.list.js';
import { Predikat, Rating } from '../template/definition.enums.js';
import { Objection } from './objection.entity.js';
import { ObjectionStatus } from './objection.enums.js';

@InputType({
  description: 'Which objections to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class ObjectionFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these objections.')
  id?: string[] | null;

  @FilterField(
    () => [ID],
    { ids: 'decidedBy' },
    'Addressed to one of these deciders (the assessor’s supervisor at filing time, or the official HR handed it to).',
  )
  deciderId?: string[] | null;

  @FilterField(() => [ObjectionStatus], { oneOf: 'status' }, 'In one of these statuses.')
  status?: ObjectionStatus[] | null;

  @FilterField(() => [ID], { ids: 'employee' }, 'Filed by one of these employees.')
  employeeId?: string[] | null;

  @FilterField(() => [ID], { ids: 'assessment' }, 'About one of these assessments.')
  assessmentId?: string[] | null;

  @FilterField(() => DateTimeComparison, { compare: 'filedAt' }, 'When it was filed.')
  filedAt?: DateTimeComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'deadline' }, 'The end of the objection window it was filed in.')
  deadline?: DateTimeComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'decidedAt' }, 'When it was decided (`isNull: true`: pending).')
  decidedAt?: DateTimeComparison | null;

  @FilterField(() => TextComparison, { text: 'reason' }, 'Conditions on the employee’s reason.')
  reason?: TextComparison | null;

  @FilterField(() => TextComparison, { text: 'decisionReason' }, 'Conditions on the reason given with the decision.')
  decisionReason?: TextComparison | null;

  @FilterField(
    () => String,
    { search: ['reason', 'decisionReason'] },
    'Part of the reason or of the decision’s reason, any case.',
  )
  search?: string | null;

  @FilterField(() => [Predikat], { oneOf: 'previousPredikat' }, 'The predikat objected to is one of these.')
  previousPredikat?: Predikat[] | null;

  @FilterField(() => [Predikat], { oneOf: 'predikat' }, 'Changed to one of these predikat (CHANGED objections only).')
  predikat?: Predikat[] | null;

  @FilterField(
    () => [Rating],
    { oneOf: 'previousWorkResultsRating' },
    'The rating hasil kerja objected to is one of these.',
  )
  previousWorkResultsRating?: Rating[] | null;

  @FilterField(
    () => [Rating],
    { oneOf: 'previousBehaviourRating' },
    'The rating perilaku kerja objected to is one of these.',
  )
  previousBehaviourRating?: Rating[] | null;

  @FilterField(
    () => [Rating],
    { oneOf: 'workResultsRating' },
    'Rating hasil kerja changed to one of these (CHANGED objections only).',
  )
  workResultsRating?: Rating[] | null;

  @FilterField(
    () => [Rating],
    { oneOf: 'behaviourRating' },
    'Rating perilaku kerja changed to one of these (CHANGED objections only).',
  )
  behaviourRating?: Rating[] | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'employee', filter: () => EmployeeFilter },
    'Conditions on the objecting employee.',
  )
  employee?: EmployeeFilter | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'decidedBy', filter: () => EmployeeFilter },
    'Conditions on the decider it is addressed to (none yet: HR hands it to someone).',
  )
  decider?: EmployeeFilter | null;
}

/** The list of objections within the reader's scope (their team's and those addressed to them, as decider). */
export const objectionList = defineList({
  name: 'Objection',
  entity: Objection,
  noun: 'objection',
  orderNoun: 'objections',
  orderDescription: 'What a list of objections can be sorted by.',
  orderKeys: {
    FILED_AT: { property: 'filedAt', kind: 'date', description: 'When it was filed.' },
    DEADLINE: { property: 'deadline', kind: 'date', description: 'The end of its objection window.' },
    DECIDED_AT: {
      property: 'decidedAt',
      kind: 'date',
      nullable: true,
      description: 'When it was decided; pending objections last.',
    },
    STATUS: { property: 'status', kind: 'text', description: 'The status.' },
  },
  defaultOrder: [{ field: 'FILED_AT', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; most recently filed first when absent.',
  filter: ObjectionFilter,
  filterDescription: 'Which objections; all (within your read scope) when absent.',
  scope: async (ctx) => objectionCondition(await readScope(ctx)),
  prime: (ctx, objection) => ctx.loaders.objectionById.prime(objection.id, objection),
});
