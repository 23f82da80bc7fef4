import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { isEmbeddedList } from './embedded-list.js';

/** How big a query is: nesting depth, aliases, and an estimate of the rows it may touch. */
export interface QueryShape {
  depth: number;
  aliases: number;
  cost: number;
  /**
   * Selections the measurement looked at: each selection of the operation and of each fragment it uses at
   * most once, however often a fragment is spread, so it never exceeds the selections in the document.
   */
  visits: number;
}

/** Assumed size of a list of rows that names no page size (templates, versions, subordinates…). */
export const ASSUMED_LIST_SIZE = 10;
/** Assumed page size of a connection without `first` (its default). */
export const ASSUMED_PAGE_SIZE = 20;

/** Sums and products stop here, so a huge estimate stays a finite, printable number. */
const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(a + b, SATURATED);
const times = (a: number, b: number) => Math.min(a * b, SATURATED);

function intArgument(field: FieldNode, name: string, variables: Record<string, unknown>): number | null {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return null;
  const value: ValueNode = argument.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : null;
  }
  return null;
}

/** What a selection set adds below the point where it is selected, for one parent object. */
interface Measured {
  /** Levels of fields below that point. */
  depth: number;
  aliases: number;
  /** Cost for one parent; a parent list of n rows costs n times this. */
  cost: number;
}

/**
 * Measures an operation against the schema. Cost counts every field once per parent it can appear under:
 * a connection multiplies its children by `first` (default page size), a list of rows by `first`/`limit`
 * or an assumed size, an embedded list (`@EmbeddedList()`: values inside the parent's row) by nothing.
 * `__typename` is free. Aliases count once per place they end up in (a fragment with one alias spread
 * twice is two), not per row.
 *
 * Runs in time linear in the document: cost is linear in the parent's row count, so each fragment is
 * measured once (for one parent row) and every spread reuses that result, scaled. A fragment is measured
 * against its own type condition, so the parent type it is spread into does not change the result and the
 * fragment name is the whole memo key. Fragment cycles are refused by GraphQL validation, which Apollo runs
 * before `didResolveOperation`; should one reach here anyway, a spread of a fragment still being measured
 * adds nothing, so the walk ends.
 */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measuredFragments = new Map<string, Measured>();
  const inProgress = new Set<string>();
  let visits = 0;

  /** How many times a field's children are repeated per parent row. */
  const factor = (
    selection: FieldNode,
    parent: GraphQLNamedType | null | undefined,
    definition: GraphQLField<unknown, unknown> | undefined,
    type: GraphQLNamedType | null,
  ): number => {
    if (!definition) return 1;
    if (type && type.name.endsWith('Connection'))
      return intArgument(selection, 'first', variables) ?? ASSUMED_PAGE_SIZE;
    if (!isListType(getNullableType(definition.type))) return 1;
    // A connection's `edges`/`nodes` are its page, already counted by `first` on the connection.
    if (parent?.name.endsWith('Connection') && (selection.name.value === 'edges' || selection.name.value === 'nodes'))
      return 1;
    if (isEmbeddedList(definition)) return 1;
    return (
      intArgument(selection, 'first', variables) ?? intArgument(selection, 'limit', variables) ?? ASSUMED_LIST_SIZE
    );
  };

  const measureFragment = (name: string): Measured | null => {
    const known = measuredFragments.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return null;
    inProgress.add(name);
    const result = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    inProgress.delete(name);
    measuredFragments.set(name, result);
    return result;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined): Measured => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      visits += 1;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases = add(aliases, 1);
        const name = selection.name.value;
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
        const definition: GraphQLField<unknown, unknown> | undefined = fields[name];
        // `__typename` (which clients such as Apollo add everywhere) reads nothing: it is free.
        if (name !== '__typename') cost = add(cost, 1);
        if (!selection.selectionSet) {
          depth = Math.max(depth, 1);
          continue;
        }
        const type = definition ? getNamedType(definition.type) : null;
        const child = walk(selection.selectionSet, type);
        depth = Math.max(depth, 1 + child.depth);
        aliases = add(aliases, child.aliases);
        cost = add(cost, times(factor(selection, parent, definition, type), child.cost));
      } else {
        const child =
          selection.kind === Kind.INLINE_FRAGMENT
            ? walk(
                selection.selectionSet,
                selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
              )
            : measureFragment(selection.name.value);
        if (!child) continue;
        depth = Math.max(depth, child.depth);
        aliases = add(aliases, child.aliases);
        cost = add(cost, child.cost);
      }
    }
    return { depth, aliases, cost };
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const { depth, aliases, cost } = walk(operation.selectionSet, root);
  return { depth, aliases, cost, visits };
}
