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

/** How big a query is: nesting depth, aliases, and an estimate of the rows it may touch. */
export interface QueryShape {
  depth: number;
  aliases: number;
  cost: number;
}

/** Assumed size of a list that names no page size (sections, versions…). */
export const ASSUMED_LIST_SIZE = 10;
/** Assumed page size of a connection without `first` (its default). */
export const ASSUMED_PAGE_SIZE = 20;

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

/**
 * Measures an operation against the schema. Cost counts every field once per parent it can appear
 * under: a connection multiplies its children by `first` (default page size), a plain list by an
 * assumed size. Fragments are followed; introspection fields cost 1.
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
  let aliases = 0;

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, multiplier: number, depth: number, seen: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const name = selection.name.value;
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
        const definition: GraphQLField<unknown, unknown> | undefined = fields[name];
        // `__typename` (which clients such as Apollo add everywhere) reads nothing: it is free.
        if (name !== '__typename') cost += multiplier;
        if (!selection.selectionSet) {
          maxDepth = Math.max(maxDepth, depth + 1);
          continue;
        }
        const type = definition ? getNamedType(definition.type) : null;
        let childMultiplier = multiplier;
        if (type && type.name.endsWith('Connection')) {
          childMultiplier *= intArgument(selection, 'first', variables) ?? ASSUMED_PAGE_SIZE;
        } else if (definition && isListType(getNullableType(definition.type)) && !(parent?.name.endsWith('Connection') && (name === 'edges' || name === 'nodes'))) {
          childMultiplier *= intArgument(selection, 'first', variables) ?? intArgument(selection, 'limit', variables) ?? ASSUMED_LIST_SIZE;
        }
        const child = walk(selection.selectionSet, type, childMultiplier, depth + 1, seen);
        maxDepth = Math.max(maxDepth, child.depth);
        cost += child.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = walk(selection.selectionSet, type, multiplier, depth, seen);
        maxDepth = Math.max(maxDepth, child.depth);
        cost += child.cost;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const child = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), multiplier, depth, new Set([...seen, fragment.name.value]));
        maxDepth = Math.max(maxDepth, child.depth);
        cost += child.cost;
      }
    }
    return { depth: maxDepth, cost };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const { depth, cost } = walk(operation.selectionSet, root, 1, 0, new Set());
  return { depth, aliases, cost };
}
