import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
import { AuditRecord } from './audit-record.entity.js';

@InputType({
  description: 'Which audit records to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class AuditRecordFilter {
  @FilterField(() => [ID], { ids: 'entityId' }, 'About one of these records (any kind).')
  entityId?: string[] | null;

  @FilterField(
    () => TextComparison,
    { text: 'entityType' },
    'Conditions on the kind of record, e.g. `{ in: ["Assessment", "Objection"] }`.',
  )
  entityType?: TextComparison | null;

  @FilterField(() => TextComparison, { text: 'action' }, 'Conditions on the action, e.g. `{ eq: "submit" }`.')
  action?: TextComparison | null;

  @FilterField(() => [ID], { ids: 'actorId' }, 'Made by one of these users.')
  actorId?: string[] | null;

  @FilterField(() => TextComparison, { text: 'actorName' }, 'Conditions on the name of the user who made the change.')
  actorName?: TextComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'at' }, 'When the change was made.')
  at?: DateTimeComparison | null;

  @FilterField(
    () => String,
    { search: ['note', 'actorName', 'action', 'entityType'] },
    'Part of the note, user name, action or record kind, any case.',
  )
  search?: string | null;
}

export enum AuditRecordOrderField {
  WRITTEN = 'WRITTEN',
  ENTITY_TYPE = 'ENTITY_TYPE',
  ACTION = 'ACTION',
}
registerEnumType(AuditRecordOrderField, {
  name: 'AuditRecordOrderField',
  description: 'What a list of audit records can be sorted by.',
  valuesConfig: {
    WRITTEN: { description: 'The order the records were written in (by time, exact within a transaction).' },
    ENTITY_TYPE: { description: 'The kind of record changed.' },
    ACTION: { description: 'The action.' },
  },
});

const ORDER: Record<AuditRecordOrderField, OrderRule> = {
  WRITTEN: { property: 'seq', kind: 'bigint' },
  ENTITY_TYPE: { property: 'entityType', kind: 'text' },
  ACTION: { property: 'action', kind: 'text' },
};

export const AuditRecordOrder = orderInputType<AuditRecordOrderField>(
  'AuditRecordOrder',
  AuditRecordOrderField,
  'audit records',
);
export type AuditRecordOrder = InstanceType<typeof AuditRecordOrder>;

export const AuditRecordConnection = connectionType(AuditRecord, 'AuditRecord', 'audit record');
export type AuditRecordConnection = InstanceType<typeof AuditRecordConnection>;

@ArgsType()
export class AuditRecordListArgs extends PageArgs {
  @Field(() => AuditRecordFilter, { nullable: true, description: 'Which records; all when absent.' })
  filter?: AuditRecordFilter | null;

  @Field(() => [AuditRecordOrder], {
    nullable: true,
    description: 'Sort keys; in the order written (oldest first) when absent.',
  })
  orderBy?: AuditRecordOrder[] | null;
}

/** One page of the audit trail (its readers may read all of it; see the operation policy). */
export async function listAuditRecords(ctx: Context, args: AuditRecordListArgs): Promise<AuditRecordConnection> {
  const page = await paginate(ctx, AuditRecord, {
    where: compileFilter(args.filter, AuditRecordFilter, ctx),
    order: resolveOrder(args.orderBy, ORDER, [{ field: AuditRecordOrderField.WRITTEN }]),
    first: args.first,
    after: args.after,
  });
  return Object.assign(new AuditRecordConnection(), page);
}
