import type { FilterQuery } from '@mikro-orm/postgresql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { maskIdentifiers } from '../../policy/personal-data.js';
import { policy } from '../../policy/policy.js';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { AuditRecord } from './audit-record.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { auditRecordList } from './audit-record.list.js';

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => auditRecordList.Connection, {
    description:
      'The audit trail: records matching the filter, in the order written unless ordered otherwise, a page at a time.',
  })
  async auditRecords(
    @Args(() => auditRecordList.Args) args: ListArgsOf<typeof auditRecordList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof auditRecordList>> {
    return auditRecordList.list(ctx, args);
  }

  @Query(() => [AuditRecord], {
    description:
      'The audit trail of one record, oldest first (at most `limit` entries, default 100, max 500); `auditRecords` pages through and filters the whole trail.',
  })
  async auditTrail(
    @Arg('entityId', () => ID, { description: 'The id of the record.' }) entityId: string,
    @Arg('limit', () => Int, { nullable: true, description: 'How many entries at most.' }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<AuditRecord[]> {
    if (!isId(entityId)) return [];
    const where: FilterQuery<AuditRecord> = { entityId };
    return ctx.em.find(AuditRecord, where, {
      orderBy: { seq: 'asc' },
      limit: Math.min(Math.max(limit ?? 100, 1), 500),
    });
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The state before the change; null for a creation. Personal identifiers are masked for analysts.',
  })
  before(@Root() record: AuditRecord, @Ctx() ctx: Context): unknown {
    return readable(record.before, ctx);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The state after the change; null for a deletion. Personal identifiers are masked for analysts.',
  })
  after(@Root() record: AuditRecord, @Ctx() ctx: Context): unknown {
    return readable(record.after, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A reason or comment given with the change. Personal identifiers are masked for analysts.',
  })
  note(@Root() record: AuditRecord, @Ctx() ctx: Context): string | null {
    return readable(record.note, ctx);
  }
}

/** Audit snapshots copy whole records, so they follow the same rule as the records (policy/personal-data.ts). */
const readable = <T>(value: T, ctx: Context): T =>
  policy.seePersonalIdentifiers(ctx.actor) ? value : maskIdentifiers(value);
