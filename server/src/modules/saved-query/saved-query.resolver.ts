import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { savedQueryList } from './saved-query.list.js';
import { SavedQuery } from './saved-query.entity.js';
import { DeleteSavedQueryPayload, SaveSavedQueryInput, SaveSavedQueryPayload } from './saved-query.input.js';
import { deleteSavedQuery, findSavedQuery, saveSavedQuery } from './saved-query.service.js';

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => savedQueryList.Connection, {
    description: `Your saved queries and the shared ones, by name, a page at a time (at most ${MAX_PAGE_SIZE} per page). For analysts, HR and admins.`,
  })
  async savedQueries(
    @Args(() => savedQueryList.Args) args: ListArgsOf<typeof savedQueryList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof savedQueryList>> {
    return savedQueryList.list(ctx, args);
  }

  @Query(() => SavedQuery, {
    nullable: true,
    description: 'One saved query by id: your own or a shared one; null otherwise.',
  })
  async savedQuery(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<SavedQuery | null> {
    return findSavedQuery(ctx, id);
  }

  @FieldResolver(() => String, { description: 'Display name of the user who saved it.' })
  async ownerName(@Root() saved: SavedQuery): Promise<string> {
    return (await saved.owner.load())?.displayName ?? '';
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is yours (only then may you change or delete it).' })
  mine(@Root() saved: SavedQuery, @Ctx() ctx: Context): boolean {
    return saved.owner.id === ctx.actor.userId;
  }

  @Mutation(() => SaveSavedQueryPayload, {
    description:
      'Saves a named query: creates one, or changes one of your own (with `id`). The query must be a single valid `query` operation. Audited.',
  })
  async saveSavedQuery(
    @Arg('input', () => SaveSavedQueryInput, { description: 'What to save; see the input type for each field.' })
    input: SaveSavedQueryInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SaveSavedQueryPayload> {
    return { savedQuery: await saveSavedQuery(ctx, info.schema, input) };
  }

  @Mutation(() => DeleteSavedQueryPayload, { description: 'Deletes one of your own saved queries. Audited.' })
  async deleteSavedQuery(
    @Arg('id', () => ID, { description: 'The saved query.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<DeleteSavedQueryPayload> {
    return { deletedId: await deleteSavedQuery(ctx, id) };
  }
}
