import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { isId } from '../../graphql/ids.js';
import { AuditRecord } from './audit-record.entity.js';
import { AuditRecordConnection, AuditRecordListArgs, listAuditRecords } from './audit-record.list.js';

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, { description: 'The audit trail: records matching the filter, in the order written unless ordered otherwise, a page at a time.' })
  async auditRecords(@Args(() => AuditRecordListArgs) args: AuditRecordListArgs, @Ctx() ctx: Context): Promise<AuditRecordConnection> {
    return listAuditRecords(ctx, args);
  }

  @Query(() => [AuditRecord], {
    description: 'The audit trail of one record, oldest first (at most `limit` entries, default 100, max 500); `auditRecords` pages through and filters the whole trail.',
  })
  async auditTrail(
    @Arg('entityId', () => ID, { description: 'The id of the record.' }) entityId: string,
    @Arg('limit', () => Int, { nullable: true, description: 'How many entries at most.' }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<AuditRecord[]> {
    if (!isId(entityId)) return [];
    const where: FilterQuery<AuditRecord> = { entityId };
    return ctx.em.find(AuditRecord, where, { orderBy: { seq: 'asc' }, limit: Math.min(Math.max(limit ?? 100, 1), 500) });
  }
}
