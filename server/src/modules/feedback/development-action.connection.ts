import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { DevelopmentAction } from './development-action.entity.js';
import { DevelopmentActionStatus } from './feedback.enums.js';
import { assessmentCondition, readScope, withScope } from '../../policy/read-scope.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Narrows a list of development actions; all given conditions must hold.' })
export class DevelopmentActionFilter {
  @Field(() => ID, { nullable: true, description: 'Recommended to this employee (the employee of the assessment).' })
  employeeId?: string | null;

  @Field(() => DevelopmentActionStatus, { nullable: true, description: 'In this status.' })
  status?: DevelopmentActionStatus | null;
}

@ObjectType({ description: 'One development action of a page, with its cursor.' })
export class DevelopmentActionEdge {
  @Field(() => DevelopmentAction, { description: 'The development action.' })
  node!: DevelopmentAction;

  @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of development actions, earliest target date first (Relay cursor connection).' })
export class DevelopmentActionConnection {
  @Field(() => [DevelopmentActionEdge], { description: 'The development actions of this page.' })
  edges!: DevelopmentActionEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;

  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many development actions match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}

function whereOf(filter: DevelopmentActionFilter | null | undefined): FilterQuery<DevelopmentAction> | null {
  const where: Record<string, unknown> = {};
  if (filter?.employeeId != null) {
    if (!isId(filter.employeeId)) return null;
    where.feedback = { assessment: { employee: filter.employeeId } };
  }
  if (filter?.status) where.status = filter.status;
  return where as FilterQuery<DevelopmentAction>;
}

/** One page of development actions, keyset-paginated on (targetDate asc, id asc). */
export async function listDevelopmentActions(
  ctx: Context,
  args: { filter?: DevelopmentActionFilter | null; first?: number | null; after?: string | null },
): Promise<DevelopmentActionConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), scope.kind === 'all' ? {} : { feedback: { assessment: assessmentCondition(scope) } });
  const connection = new DevelopmentActionConnection();
  if (where === null) {
    return Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
  }
  let page: FilterQuery<DevelopmentAction> = where;
  if (args.after != null) {
    const [targetDate, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => LOCAL_DATE.test(parts[0]!) && isId(parts[1]!));
    page = { $and: [where, { $or: [{ targetDate: { $gt: targetDate! } }, { targetDate: targetDate!, id: { $gt: id! } }] }] };
  }
  const rows = await ctx.em.find(DevelopmentAction, page, { orderBy: { targetDate: 'asc', id: 'asc' }, limit: first + 1 });
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.targetDate, node.id]) }));
  return Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(DevelopmentAction, where),
  });
}
