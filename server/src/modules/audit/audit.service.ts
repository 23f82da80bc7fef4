import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecord } from './audit-record.entity.js';

import type { Actor } from '../../kernel/actor.js';

/**
 * Adds an audit record to the unit of work of `tx`, so it is written in the same transaction as the
 * change it describes: both land, or neither does.
 */
export function recordAudit(
  tx: EntityManager,
  actor: Actor,
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
    note?: string | null;
  },
): AuditRecord {
  return tx.create(AuditRecord, {
    actorId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  });
}
