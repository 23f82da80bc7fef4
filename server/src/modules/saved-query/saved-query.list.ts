import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, type Condition, type Reader, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { SavedQuery } from './saved-query.entity.js';
import { NO_ID } from '../../kernel/ids.js';

/** What an actor reads: their own saved queries and the shared ones. */
export const visibleSavedQueries = (reader: Reader): Condition => ({
  $or: [{ owner: reader.actor.userId ?? NO_ID }, { shared: true }],
});

const mine = (value: boolean, reader: Reader): Condition => {
  const me = reader.actor.userId ?? NO_ID;
  return value ? { owner: me } : { owner: { $ne: me } };
};

@InputType({
  description:
    'Which saved queries to list, among your own and the shared ones: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class SavedQueryFilter {
  @FilterField(
    () => String,
    { search: ['name', 'description'] },
    'Words in the name or description (case-insensitive).',
  )
  search?: string | null;

  @FilterField(
    () => Boolean,
    { custom: mine },
    'Only your own (true) or only other people’s shared ones (false); both when absent.',
  )
  mine?: boolean | null;

  @FilterField(
    () => Boolean,
    { equals: 'shared' },
    'Only shared (true) or only private (false) ones; both when absent.',
  )
  shared?: boolean | null;

  @FilterField(() => TextComparison, { text: 'name' }, 'Conditions on the name.')
  name?: TextComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'updatedAt' }, 'When it was last changed.')
  updatedAt?: DateTimeComparison | null;
}

export enum SavedQueryOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SavedQueryOrderField, {
  name: 'SavedQueryOrderField',
  description: 'What a list of saved queries can be sorted by.',
});

const ORDER: Record<SavedQueryOrderField, OrderRule> = {
  NAME: { property: 'name', kind: 'text' },
  CREATED_AT: { property: 'createdAt', kind: 'date' },
  UPDATED_AT: { property: 'updatedAt', kind: 'date' },
};

export const SavedQueryOrder = orderInputType<SavedQueryOrderField>(
  'SavedQueryOrder',
  SavedQueryOrderField,
  'saved queries',
);
export type SavedQueryOrder = InstanceType<typeof SavedQueryOrder>;

export const SavedQueryConnection = connectionType(SavedQuery, 'SavedQuery', 'saved query', 'saved queries');
export type SavedQueryConnection = InstanceType<typeof SavedQueryConnection>;

@ArgsType()
export class SavedQueryListArgs extends PageArgs {
  @Field(() => SavedQueryFilter, { nullable: true, description: 'Which saved queries; all you may read when absent.' })
  filter?: SavedQueryFilter | null;

  @Field(() => [SavedQueryOrder], { nullable: true, description: 'Sort keys; by name when absent.' })
  orderBy?: SavedQueryOrder[] | null;
}

/** One page of the saved queries the actor reads. */
export async function listSavedQueries(ctx: Context, args: SavedQueryListArgs): Promise<SavedQueryConnection> {
  const page = await paginate(ctx, SavedQuery, {
    where: { $and: [compileFilter(args.filter, SavedQueryFilter, ctx), visibleSavedQueries(ctx)] },
    order: resolveOrder(args.orderBy, ORDER, [{ field: SavedQueryOrderField.NAME }]),
    first: args.first,
    after: args.after,
    populate: ['owner'],
  });
  return Object.assign(new SavedQueryConnection(), page);
}
