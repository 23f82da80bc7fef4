import { ID, InputType } from 'type-graphql';
import { TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { UnitKind } from './organisation.enums.js';
import { Unit } from './unit.entity.js';

@InputType({
  description: 'Which units to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class UnitFilter {
  @FilterField(() => [ID], { ids: 'id' }, 'One of these units.')
  id?: string[] | null;

  @FilterField(() => [ID], { ids: 'parent' }, 'Direct children of one of these units.')
  parentId?: string[] | null;

  @FilterField(() => UnitFilter, { nested: 'parent', filter: () => UnitFilter }, 'Conditions on the parent unit.')
  parent?: UnitFilter | null;

  @FilterField(() => [UnitKind], { oneOf: 'kind' }, 'Of one of these kinds, e.g. `[KELURAHAN]`.')
  kind?: UnitKind[] | null;

  @FilterField(() => [ID], { ids: 'head' }, 'Headed by one of these employees.')
  headId?: string[] | null;

  @FilterField(() => TextComparison, { text: 'name' }, 'Conditions on the name.')
  name?: TextComparison | null;

  @FilterField(() => TextComparison, { text: 'code' }, 'Conditions on the code.')
  code?: TextComparison | null;

  @FilterField(() => String, { search: ['name', 'code'] }, 'Part of the name or code, any case.')
  search?: string | null;
}

/** The list of units (every signed-in user may read the organisation chart). */
export const unitList = defineList({
  name: 'Unit',
  entity: Unit,
  noun: 'unit',
  orderNoun: 'units',
  orderDescription: 'What a list of units can be sorted by.',
  orderKeys: {
    NAME: { property: 'name', kind: 'text' },
    CODE: { property: 'code', kind: 'text' },
    KIND: { property: 'kind', kind: 'text' },
    CREATED_AT: { property: 'createdAt', kind: 'date' },
  },
  defaultOrder: [{ field: 'NAME' }],
  orderByDescription: 'Sort keys; by name when absent.',
  filter: UnitFilter,
  filterDescription: 'Which units; all when absent.',
  prime: (ctx, unit) => ctx.loaders.unitById.prime(unit.id, unit),
});
