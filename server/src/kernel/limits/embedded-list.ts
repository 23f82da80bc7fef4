import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

/** The field extension that marks an embedded list (read by query-shape.ts). */
export const EMBEDDED_LIST_EXTENSION = 'embeddedList';

/**
 * Marks a list field whose items are values that arrive with the parent (stored inside its row, such as the
 * sections of a template version's definition or an assessment's answers, or computed from it, such as a
 * score or a diff): reading the list loads no rows, so the query-cost estimate counts its items once per
 * parent instead of multiplying them by an assumed list size.
 *
 * Put it beside the `@Field` / `@FieldResolver` of the list. Only for lists whose items are plain values:
 * never for a list resolved by a loader or a query (each of its items is a row), and never for one whose
 * item type has fields that load rows (ids of other records, relations, connections) — the schema test in
 * query-limits.test.ts refuses those. An unmarked list keeps counting as ASSUMED_LIST_SIZE items, which is
 * the safe side.
 */
export function EmbeddedList(): MethodDecorator & PropertyDecorator {
  return Extensions({ [EMBEDDED_LIST_EXTENSION]: true });
}

/** Whether the field is marked with `@EmbeddedList()`. */
export function isEmbeddedList(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions?.[EMBEDDED_LIST_EXTENSION] === true;
}
