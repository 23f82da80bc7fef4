import type { FilterQuery } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanConnection, type WorkPlanFilter } from './work-plan.types.js';
import { planCondition, readScope, withScope } from '../../policy/read-scope.js';

/** The filter as a MikroORM condition, or null when it can match nothing (a malformed id, no status). */
function whereOf(filter: WorkPlanFilter | null | undefined): FilterQuery<WorkPlan> | null {
  const where: FilterQuery<WorkPlan> & Record<string, unknown> = {};
  const ids = { period: filter?.periodId, employee: filter?.employeeId, approver: filter?.approverId };
  for (const [relation, id] of Object.entries(ids)) {
    if (id == null) continue;
    if (!isId(id)) return null;
    where[relation] = id;
  }
  if (filter?.status != null) {
    if (filter.status.length === 0) return null;
    where.status = { $in: filter.status };
  }
  return where;
}

/** One page of work plans, most recently started first, keyset-paginated on (createdAt, id). */
export async function listWorkPlans(
  ctx: Context,
  args: { filter?: WorkPlanFilter | null; first?: number | null; after?: string | null },
): Promise<WorkPlanConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), planCondition(scope));
  const connection = new WorkPlanConnection();
  if (where === null) {
    Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
    return connection;
  }
  let page: FilterQuery<WorkPlan> = where;
  if (args.after != null) {
    const [at, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => !Number.isNaN(Date.parse(parts[0]!)) && isId(parts[1]!)) as [string, string];
    const createdAt = new Date(at);
    page = { $and: [where, { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] }] };
  }
  const rows = await ctx.em.find(WorkPlan, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  for (const node of nodes) ctx.loaders.workPlanById.prime(node.id, node);
  Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(WorkPlan, where),
  });
  return connection;
}
