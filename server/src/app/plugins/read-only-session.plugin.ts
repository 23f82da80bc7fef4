import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { policy, READ_ONLY_SESSION_MUTATIONS } from '../../policy/policy.js';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';

/**
 * Runs every operation of a read-only session (analysts) in a READ ONLY transaction, so an ad-hoc query
 * cannot change data (its statement timeout is the analysts' one, see context.ts); refuses its mutations.
 */
export function readOnlySessionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation }) {
          if (!operation || !policy.readOnlySession(ctx.actor)) return;
          if (operation.operation === 'mutation') {
            const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
            if (fields.every((name) => READ_ONLY_SESSION_MUTATIONS.has(name))) return;
            throw new DomainError(
              'FORBIDDEN',
              localize(
                { id: 'Sesi analis hanya dapat membaca data.', en: 'An analyst session can only read data.' },
                ctx.locale,
              ),
            );
          }
        },
        // Only once every check has passed (the hooks above run side by side), so a refused request
        // never leaves a transaction open.
        async executionDidStart({ contextValue: ctx, operation }) {
          if (!policy.readOnlySession(ctx.actor) || operation?.operation === 'mutation') return;
          await ctx.em.begin({ readOnly: true });
        },
        async willSendResponse({ contextValue: ctx }) {
          if (ctx?.em?.isInTransaction()) await ctx.em.rollback();
        },
      };
    },
  };
}
