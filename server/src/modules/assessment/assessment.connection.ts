import type { FilterQuery } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { Predikat } from '../template/definition.enums.js';
import { Assessment, AssessmentStatus } from './assessment.entity.js';
import { assessmentCondition, readScope, withScope } from '../../policy/read-scope.js';

@InputType({ description: 'Narrows a list of assessments; all given conditions must hold.' })
export class AssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Of this period.' })
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this sub-period.' })
  subPeriodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Filled by this assessor.' })
  assessorId?: string | null;

  @Field(() => AssessmentStatus, { nullable: true, description: 'In this status.' })
  status?: AssessmentStatus | null;

  @Field(() => [Predikat], { nullable: true, description: 'With one of these predikat.' })
  predikat?: Predikat[] | null;
}

@ObjectType({ description: 'One assessment of a page, with its cursor.' })
export class AssessmentEdge {
  @Field(() => Assessment, { description: 'The assessment.' })
  node!: Assessment;

  @Field(() => String, { description: 'Opaque cursor; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of assessments, newest first (Relay cursor connection).' })
export class AssessmentConnection {
  @Field(() => [AssessmentEdge], { description: 'The assessments of this page.' })
  edges!: AssessmentEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;

  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many assessments match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}

function whereOf(filter: AssessmentFilter | null | undefined): FilterQuery<Assessment> | null {
  const where: Record<string, unknown> = {};
  const ids = { period: filter?.periodId, subPeriod: filter?.subPeriodId, employee: filter?.employeeId, assessor: filter?.assessorId };
  for (const [relation, id] of Object.entries(ids)) {
    if (id == null) continue;
    if (!isId(id)) return null;
    where[relation] = id;
  }
  if (filter?.status) where.status = filter.status;
  if (filter?.predikat) where.predikat = { $in: filter.predikat };
  return where as FilterQuery<Assessment>;
}

/** One page of assessments, keyset-paginated on (createdAt desc, id desc). */
export async function listAssessments(
  ctx: Context,
  args: { filter?: AssessmentFilter | null; first?: number | null; after?: string | null },
): Promise<AssessmentConnection> {
  const first = pageSize(args.first, ctx.locale);
  const scope = await readScope(ctx);
  const where = withScope(whereOf(args.filter), assessmentCondition(scope));
  const connection = new AssessmentConnection();
  if (where === null) {
    return Object.assign(connection, { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, countAll: async () => 0 });
  }
  let page: FilterQuery<Assessment> = where;
  if (args.after != null) {
    const [at, id] = decodeCursor(args.after, 2, ctx.locale, (parts) => isId(parts[1]!) && !Number.isNaN(Date.parse(parts[0]!)));
    const createdAt = new Date(at!);
    page = { $and: [where, { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id! } }] }] };
  }
  const rows = await ctx.em.find(Assessment, page, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  for (const node of nodes) ctx.loaders.assessmentById.prime(node.id, node);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  return Object.assign(connection, {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => ctx.em.count(Assessment, where),
  });
}
