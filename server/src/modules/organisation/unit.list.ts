import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
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

export enum UnitOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UnitOrderField, { name: 'UnitOrderField', description: 'What a list of units can be sorted by.' });

const ORDER: Record<UnitOrderField, OrderRule> = {
  NAME: { property: 'name', kind: 'text' },
  CODE: { property: 'code', kind: 'text' },
  KIND: { property: 'kind', kind: 'text' },
  CREATED_AT: { property: 'createdAt', kind: 'date' },
};

export const UnitOrder = orderInputType<UnitOrderField>('UnitOrder', UnitOrderField, 'units');
export type UnitOrder = InstanceType<typeof UnitOrder>;

export const UnitConnection = connectionType(Unit, 'Unit', 'unit');
export type UnitConnection = InstanceType<typeof UnitConnection>;

@ArgsType()
export class UnitListArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true, description: 'Which units; all when absent.' })
  filter?: UnitFilter | null;

  @Field(() => [UnitOrder], { nullable: true, description: 'Sort keys; by name when absent.' })
  orderBy?: UnitOrder[] | null;
}

/** One page of units (every signed-in user may read the organisation chart). */
export async function listUnits(ctx: Context, args: UnitListArgs): Promise<UnitConnection> {
  const page = await paginate(ctx, Unit, {
    where: compileFilter(args.filter, UnitFilter, ctx),
    order: resolveOrder(args.orderBy, ORDER, [{ field: UnitOrderField.NAME }]),
    first: args.first,
    after: args.after,
    prime: (unit) => ctx.loaders.unitById.prime(unit.id, unit),
  });
  return Object.assign(new UnitConnection(), page);
}
