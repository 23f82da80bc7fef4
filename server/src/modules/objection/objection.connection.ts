import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { Objection } from './objection.entity.js';
import { ObjectionStatus } from './objection.enums.js';
import { objectionCondition, readScope, withScope } from '../../policy/read-scope.js';

@InputType({ description: 'Narrows a list of objections; all given conditions must hold.' })
export class ObjectionFilter {
  @Field(() => ID, { nullable: true, description: 'Addressed to this decider (the assessor’s supervisor at filing time).' })
  deciderId?: string | null;

  @Field(() => ObjectionStatus, { nullable: true, description: 'In this status.' })
  status?: ObjectionStatus | null;

  @Field(() => ID, { nullable: true, description: 'Filed by this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this assessment.' })
  assessmentId?: string | null;
}

@ObjectType({ description: 'One objection of a page, with its cursor.' })
export class ObjectionEdge {
  @Field(() => Objection, { description: 'The objection.' })
  node!: Objection;

  @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of objections, most recently filed first (Relay cursor connection).' })
export class ObjectionConnection {
  @Field(() => [ObjectionEdge], { description: 'The objections of this page.' })
  edges!: ObjectionEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;

  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many objections match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}

function whereOf(filter: ObjectionFilter | null | undefined): FilterQuery<Objection> | null {
  const where: Record<string, unknown> = {};
  const ids = { decidedBy: filter?.deciderId, employee: filter?.employeeId, assessment: filter?.assessmentId };
  for (const [relation, id] of Object.entries(ids)) {
    if (id == null) continue;
    if (!isId(id)) return null;
    where[relation] = id;
  }
  if (filter?.status) where.status = filter.status;
  return where as FilterQuery<Objection>;
}

/** One page of objections, keyset-paginated on (filedAt desc, id desc). */
export async function listObjections(
  ctx: Context,
  args: { filter?: ObjectionFilter | null; first?: number | null; after?: string | null },
): Promise<ObjectionConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), objectionCondition(scope));
  const connection = new ObjectionConnection();
  if (where === null) {
    return Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
  }
  let page: FilterQuery<Objection> = where;
  if (args.after != null) {
    const [at, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => isId(parts[1]!) && !Number.isNaN(Date.parse(parts[0]!)));
    const filedAt = new Date(at!);
    page = { $and: [where, { $or: [{ filedAt: { $lt: filedAt } }, { filedAt, id: { $lt: id! } }] }] };
  }
  const rows = await ctx.em.find(Objection, page, { orderBy: { filedAt: 'desc', id: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  for (const node of nodes) ctx.loaders.objectionById.prime(node.id, node);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.filedAt.toISOString(), node.id]) }));
  return Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(Objection, where),
  });
}
