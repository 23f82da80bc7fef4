import type { FilterQuery } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { EmployeeConnection } from './employee.connection.js';
import { Employee } from './employee.entity.js';
import type { EmployeeFilter } from './employee.input.js';
import { employeeCondition, readScope, withScope } from '../../policy/read-scope.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter as a MikroORM condition, or null when it can match nothing (a malformed id). */
function whereOf(filter: EmployeeFilter | null | undefined): FilterQuery<Employee> | null {
  const where: FilterQuery<Employee> & Record<string, unknown> = {};
  const ids = { unit: filter?.unitId, family: filter?.familyId, supervisor: filter?.supervisorId };
  for (const [relation, id] of Object.entries(ids)) {
    if (id == null) continue;
    if (!isId(id)) return null;
    where[relation] = id;
  }
  if (filter?.active != null) where.active = filter.active;
  const search = filter?.search?.trim();
  if (search) {
    const digits = search.replace(/\s+/g, '');
    const pattern = `%${escapeLike(search)}%`;
    const byText: FilterQuery<Employee>[] = [{ name: { $ilike: pattern } }, { position: { $ilike: pattern } }];
    where.$or = /^\d+$/.test(digits) ? [...byText, { nip: { $like: `${digits}%` } }] : byText;
  }
  return where;
}

/** One page of employees, keyset-paginated on (name, id); `totalCount` is counted only when asked for. */
export async function listEmployees(
  ctx: Context,
  args: { filter?: EmployeeFilter | null; first?: number | null; after?: string | null },
): Promise<EmployeeConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), employeeCondition(scope));
  const connection = new EmployeeConnection();
  if (where === null) {
    Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
    return connection;
  }
  let page: FilterQuery<Employee> = where;
  if (args.after != null) {
    const [name, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => isId(parts[1]!)) as [string, string];
    page = { $and: [where, { $or: [{ name: { $gt: name } }, { name, id: { $gt: id } }] }] };
  }
  const rows = await ctx.em.find(Employee, page, { orderBy: { name: 'asc', id: 'asc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) }));
  for (const node of nodes) ctx.loaders.employeeById.prime(node.id, node);
  Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(Employee, where),
  });
  return connection;
}
