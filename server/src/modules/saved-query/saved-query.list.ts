import { InputType } from 'type-graphql';
import { DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, type Condition, type Reader, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
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

/** The saved queries the actor reads. */
export const savedQueryList = defineList({
  name: 'SavedQuery',
  entity: SavedQuery,
  noun: 'saved query',
  plural: 'saved queries',
  orderNoun: 'saved queries',
  orderDescription: 'What a list of saved queries can be sorted by.',
  orderKeys: {
    NAME: { property: 'name', kind: 'text' },
    CREATED_AT: { property: 'createdAt', kind: 'date' },
    UPDATED_AT: { property: 'updatedAt', kind: 'date' },
  },
  defaultOrder: [{ field: 'NAME' }],
  orderByDescription: 'Sort keys; by name when absent.',
  filter: SavedQueryFilter,
  filterDescription: 'Which saved queries; all you may read when absent.',
  scope: (ctx) => visibleSavedQueries(ctx),
  populate: ['owner'],
});
