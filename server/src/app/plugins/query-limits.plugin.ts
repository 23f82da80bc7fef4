import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize, type LocalizedMessage } from '../../kernel/errors.js';
import { QUERY_LIMITS } from '../../kernel/limits/limits.js';
import { measure, type QueryShape } from '../../kernel/limits/query-shape.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** What an anonymous client may ask of the schema: whether a type of some name exists, nothing about it. */
const ANONYMOUS_TYPE_PROBE = new Set(['name', '__typename']);

/**
 * Whether a document introspects beyond the probe anonymous clients may make (`__type(name: …) { name }`,
 * which the GraphQL-over-HTTP spec's own audit sends): the schema itself is for signed-in users.
 */
function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema') found = true;
      if (node.name.value === '__type') {
        const probe = node.selectionSet?.selections.every(
          (s) => s.kind === Kind.FIELD && ANONYMOUS_TYPE_PROBE.has(s.name.value),
        );
        if (!probe) found = true;
      }
    },
  });
  return found;
}

/** An operation that only introspects: its depth is bounded by the schema's own type wrapping, not by data. */
function onlyIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (INTROSPECTION_FIELDS.has(s.name.value) || s.name.value === '__typename'),
  );
}

/** The first limit an operation of this shape exceeds, with the measured value, or null. */
export function limitExceeded(
  shape: QueryShape,
  operation: OperationDefinitionNode,
): { reason: string; message: LocalizedMessage; extensions: Record<string, number> } | null {
  if (shape.depth > QUERY_LIMITS.maxDepth && !onlyIntrospection(operation)) {
    return {
      reason: 'QUERY_TOO_DEEP',
      message: {
        id: `Kueri terlalu dalam: kedalaman ${shape.depth}, batas ${QUERY_LIMITS.maxDepth}.`,
        en: `The query is too deep: depth ${shape.depth}, limit ${QUERY_LIMITS.maxDepth}.`,
      },
      extensions: { depth: shape.depth, limit: QUERY_LIMITS.maxDepth },
    };
  }
  if (shape.aliases > QUERY_LIMITS.maxAliases) {
    return {
      reason: 'TOO_MANY_ALIASES',
      message: {
        id: `Kueri memakai ${shape.aliases} alias, batas ${QUERY_LIMITS.maxAliases}.`,
        en: `The query uses ${shape.aliases} aliases; the limit is ${QUERY_LIMITS.maxAliases}.`,
      },
      extensions: { aliases: shape.aliases, limit: QUERY_LIMITS.maxAliases },
    };
  }
  if (shape.cost > QUERY_LIMITS.maxCost) {
    return {
      reason: 'QUERY_TOO_COSTLY',
      message: {
        id: `Kueri terlalu mahal: perkiraan biaya ${shape.cost}, batas ${QUERY_LIMITS.maxCost}. Kecilkan 'first' atau kurangi isian bersarang.`,
        en: `The query is too costly: estimated cost ${shape.cost}, limit ${QUERY_LIMITS.maxCost}. Lower 'first' or select fewer nested fields.`,
      },
      extensions: { cost: shape.cost, limit: QUERY_LIMITS.maxCost },
    };
  }
  return null;
}

/**
 * Refuses, before anything runs, an operation deeper, costlier or with more aliases than the limits;
 * introspection for anonymous users (signed-in users may introspect to any depth: GraphiQL, codegen and other
 * clients send the standard 15-deep introspection query); and hides field suggestions ("Did you mean …?") from them.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, document, operation, schema, request }) {
          if (!operation) return;
          const shape = measure(schema, document, operation, request.variables ?? {});
          const exceeded = limitExceeded(shape, operation);
          if (exceeded)
            throw new DomainError('BAD_USER_INPUT', localize(exceeded.message, ctx.locale), {
              reason: exceeded.reason,
              ...exceeded.extensions,
            });
          if (!ctx.actor.userId && asksForIntrospection(document)) {
            throw new DomainError(
              'UNAUTHENTICATED',
              localize(
                {
                  id: 'Introspeksi skema hanya untuk pengguna yang sudah masuk.',
                  en: 'Schema introspection is for signed-in users only.',
                },
                ctx.locale,
              ),
            );
          }
        },
        async willSendResponse({ contextValue: ctx, response }) {
          if (ctx?.actor?.userId || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(/ ?Did you mean .*\?$/, '');
          }
        },
      };
    },
  };
}
