import type { EntityManager } from '@mikro-orm/postgresql';
import { port } from '../../kernel/port.js';
import type { ServiceContext } from '../../kernel/service-context.js';

/**
 * Refuses to reopen an assessment another module holds on to (an objection, pending or decided): throws the
 * refusal, else resolves. Runs on the reopening transaction. Provided by the objection module (`app/wiring.ts`).
 */
export const refuseReopen =
  port<(ctx: ServiceContext, tx: EntityManager, assessmentId: string) => Promise<void>>('refuseReopen');
