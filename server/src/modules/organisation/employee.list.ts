import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, escapeLike, type Condition, type Reader, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { policy } from '../../policy/policy.js';
import { employeeCondition, readScope } from '../../policy/read-scope.js';
import { Employee } from './employee.entity.js';
import { EmploymentType, Sex } from './organisation.enums.js';
import { UnitFilter } from './unit.list.js';

/** Name or position containing the text; the NIP beginning with it only for readers who may see NIPs. */
function searchEmployees(text: string, reader: Reader): Condition {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const pattern = `%${escapeLike(trimmed)}%`;
  const byText: Condition[] = [{ name: { $ilike: pattern } }, { position: { $ilike: pattern } }];
  const digits = trimmed.replace(/\s+/g, '');
  const byNip = /^\d+$/.test(digits) && policy.searchByNip(reader.actor) ? [{ nip: { $like: `${digits}%` } }] : [];
  return { $or: [...byText, ...byNip] };
}

@InputType({
  description: 'Which employees to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class EmployeeFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these employees.')
  id?: string[] | null;

  @FilterField(
    () => [ID],
    { ids: 'unit' },
    'Working in one of these units (not the units below them; see `assessmentStatistics` for that).',
  )
  unitId?: string[] | null;

  @FilterField(() => [ID], { ids: 'family' }, 'Of one of these job families.')
  familyId?: string[] | null;

  @FilterField(() => [ID], { ids: 'supervisor' }, 'Direct subordinates of one of these employees.')
  supervisorId?: string[] | null;

  @FilterField(
    () => Boolean,
    { equals: 'active' },
    'Only active (true) or only inactive (false) employees; both when absent.',
  )
  active?: boolean | null;

  @FilterField(
    () => String,
    { custom: searchEmployees },
    'Part of the name or position (any case), or (for HR and admins) the beginning of the NIP.',
  )
  search?: string | null;

  @FilterField(() => TextComparison, { text: 'name' }, 'Conditions on the name.')
  name?: TextComparison | null;

  @FilterField(() => TextComparison, { text: 'position' }, 'Conditions on the position (jabatan).')
  position?: TextComparison | null;

  @FilterField(
    () => TextComparison,
    { personal: { text: 'grade' }, allowed: policy.filterOnPersonalFields },
    'Conditions on the grade (golongan), e.g. `{ in: ["III/a", "III/b"] }`. Personal: HR, admins and analysts only.',
  )
  grade?: TextComparison | null;

  @FilterField(
    () => [EmploymentType],
    { personal: { oneOf: 'employmentType' }, allowed: policy.filterOnPersonalFields },
    'PNS or PPPK. Personal: HR, admins and analysts only.',
  )
  employmentType?: EmploymentType[] | null;

  @FilterField(
    () => [Sex],
    { personal: { oneOf: 'sex' }, allowed: policy.filterOnPersonalFields },
    'Of one of these sexes. Personal: HR, admins and analysts only.',
  )
  sex?: Sex[] | null;

  @FilterField(() => DateTimeComparison, { compare: 'createdAt' }, 'When the employee was registered.')
  createdAt?: DateTimeComparison | null;

  @FilterField(
    () => UnitFilter,
    { nested: 'unit', filter: () => UnitFilter },
    'Conditions on the unit the employee works in.',
  )
  unit?: UnitFilter | null;

  @FilterField(
    () => EmployeeFilter,
    { nested: 'supervisor', filter: () => EmployeeFilter },
    'Conditions on the direct supervisor.',
  )
  supervisor?: EmployeeFilter | null;
}

/** The list of employees within the reader's scope. */
export const employeeList = defineList({
  name: 'Employee',
  entity: Employee,
  noun: 'employee',
  orderNoun: 'employees',
  orderDescription: 'What a list of employees can be sorted by.',
  orderKeys: {
    NAME: { property: 'name', kind: 'text' },
    POSITION: { property: 'position', kind: 'text' },
    GRADE: { property: 'grade', kind: 'text' },
    CREATED_AT: { property: 'createdAt', kind: 'date' },
  },
  defaultOrder: [{ field: 'NAME' }],
  orderByDescription: 'Sort keys; by name when absent.',
  filter: EmployeeFilter,
  filterDescription: 'Which employees; all (within your read scope) when absent.',
  scope: async (ctx) => employeeCondition(await readScope(ctx)),
  prime: (ctx, employee) => ctx.loaders.employeeById.prime(employee.id, employee),
});
