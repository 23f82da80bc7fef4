import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { FeedbackEntry } from './feedback-entry.entity.js';
import { ownedCondition, readScope, withScope } from '../../policy/read-scope.js';

@InputType({ description: 'Narrows a list of feedback entries; all given conditions must hold.' })
export class FeedbackEntryFilter {
  @Field(() => ID, { nullable: true, description: 'About this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this period.' })
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this work result.' })
  workResultId?: string | null;
}

@ObjectType({ description: 'One feedback entry of a page, with its cursor.' })
export class FeedbackEntryEdge {
  @Field(() => FeedbackEntry, { description: 'The feedback entry.' })
  node!: FeedbackEntry;

  @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of feedback entries, newest first (Relay cursor connection).' })
export class FeedbackEntryConnection {
  @Field(() => [FeedbackEntryEdge], { description: 'The entries of this page.' })
  edges!: FeedbackEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;

  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many entries match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}

function whereOf(filter: FeedbackEntryFilter | null | undefined): FilterQuery<FeedbackEntry> | null {
  const where: Record<string, unknown> = {};
  const ids = { employee: filter?.employeeId, period: filter?.periodId, workResult: filter?.workResultId };
  for (const [relation, id] of Object.entries(ids)) {
    if (id == null) continue;
    if (!isId(id)) return null;
    where[relation] = id;
  }
  return where as FilterQuery<FeedbackEntry>;
}

/** One page of feedback entries, keyset-paginated on (createdAt desc, id desc). */
export async function listFeedbackEntries(
  ctx: Context,
  args: { filter?: FeedbackEntryFilter | null; first?: number | null; after?: string | null },
): Promise<FeedbackEntryConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), ownedCondition(scope));
  const connection = new FeedbackEntryConnection();
  if (where === null) {
    return Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
  }
  let page: FilterQuery<FeedbackEntry> = where;
  if (args.after != null) {
    const [at, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => isId(parts[1]!) && !Number.isNaN(Date.parse(parts[0]!)));
    const createdAt = new Date(at!);
    page = { $and: [where, { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id! } }] }] };
  }
  const rows = await ctx.em.find(FeedbackEntry, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  return Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(FeedbackEntry, where),
  });
}
