import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo, pageSize } from './page-size.js';
import type { Locale } from '../errors.js';
import type { Condition } from './filter.js';
import { afterCondition, cursorValues, decodeCursor, encodeCursor, orderByOf, type ResolvedOrder } from './order.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100; 20 when absent.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the previous page (`pageInfo.endCursor`).',
  })
  after?: string | null;
}

/** A page of a list, as every connection type carries it. */
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  countAll: () => Promise<number>;
}

/**
 * The `<Name>Edge` and `<Name>Connection` types of a list of `Node` (Relay cursor connections with
 * `nodes` as a shortcut and `totalCount`, counted only when asked for). `plural` when the noun does not just take an s.
 */
export function connectionType<T extends object>(
  Node: abstract new (...args: never[]) => T,
  name: string,
  noun: string,
  plural = `${noun}s`,
) {
  @ObjectType(`${name}Edge`, { description: `One ${noun} of a page, with its cursor.` })
  class Edge {
    @Field(() => Node, { description: `The ${noun}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${plural} (Relay cursor connection) with the total over all pages.`,
  })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'The items of this page (the same as `edges { node }`).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
    pageInfo!: PageInfo;

    countAll!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return Connection;
}

/**
 * One page of `entity` rows meeting `where` (already narrowed to the reader's scope), in `order`,
 * after the cursor: one SQL statement, plus one count when `totalCount` is asked for.
 */
export async function paginate<T extends object>(
  ctx: { em: EntityManager; locale: Locale },
  entity: EntityName<T>,
  args: {
    where: Condition;
    order: ResolvedOrder;
    first?: number | null;
    after?: string | null;
    prime?: (row: T) => void;
    populate?: readonly string[];
  },
): Promise<Page<T>> {
  const first = pageSize(args.first, ctx.locale);
  const page =
    args.after != null
      ? { $and: [args.where, afterCondition(args.order, decodeCursor(args.after, args.order, ctx.locale))] }
      : args.where;
  const rows = await ctx.em.find(entity, page as never, {
    orderBy: orderByOf(args.order) as never,
    limit: first + 1,
    populate: (args.populate ?? []) as never,
  });
  const nodes = rows.slice(0, first);
  if (args.prime) nodes.forEach(args.prime);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(args.order, cursorValues(args.order, node)) }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(entity, args.where as never),
  };
}
