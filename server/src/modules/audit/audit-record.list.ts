import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
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

/** The audit trail (its readers may read all of it; see the operation policy). */
export const auditRecordList = defineList({
  name: 'AuditRecord',
  entity: AuditRecord,
  noun: 'audit record',
  orderNoun: 'audit records',
  orderDescription: 'What a list of audit records can be sorted by.',
  orderKeys: {
    WRITTEN: {
      property: 'seq',
      kind: 'bigint',
      description: 'The order the records were written in (by time, exact within a transaction).',
    },
    ENTITY_TYPE: { property: 'entityType', kind: 'text', description: 'The kind of record changed.' },
    ACTION: { property: 'action', kind: 'text', description: 'The action.' },
  },
  defaultOrder: [{ field: 'WRITTEN' }],
  orderByDescription: 'Sort keys; in the order written (oldest first) when absent.',
  filter: AuditRecordFilter,
  filterDescription: 'Which records; all when absent.',
});
