import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type SelectionSetNode } from 'graphql';
import { mayCall } from '../../policy/policy.js';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';

/** Root fields of an operation, through fragments; `__typename` and introspection are not operations. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, SelectionSetNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__') ? [] : [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFields(fragment, fragments) : [];
  });
}

/** Asks the policy, before anything runs, whether the actor may call every root field of the operation. */
export function operationPolicyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, document }) {
          if (!operation) return;
          const type =
            operation.operation === 'mutation'
              ? 'Mutation'
              : operation.operation === 'query'
                ? 'Query'
                : 'Subscription';
          const fragments = new Map(
            document.definitions.flatMap((d) =>
              d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
            ),
          );
          for (const field of rootFields(operation.selectionSet, fragments)) {
            const verdict = mayCall(ctx.actor, type, field);
            if (verdict === 'allowed') continue;
            if (verdict === 'unauthenticated') {
              throw new DomainError(
                'UNAUTHENTICATED',
                localize({ id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }, ctx.locale),
              );
            }
            throw new DomainError(
              'FORBIDDEN',
              localize(
                { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
                ctx.locale,
              ),
            );
          }
        },
      };
    },
  };
}
