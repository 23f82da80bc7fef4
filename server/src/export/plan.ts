import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../kernel/list/page-size.js';
import { QUERY_LIMITS } from '../kernel/limits/limits.js';
import { limitExceeded } from '../app/plugins/query-limits.plugin.js';
import { measure } from '../kernel/limits/query-shape.js';
import { ExportError } from './errors.js';
import { columnsOf, type Column } from './flatten.js';

/** Name of the variable the export binds `after` to, unless the query already binds it to one. */
const AFTER_VARIABLE = 'kinerjaExportAfter';

/** What to execute and how to read its rows. */
export interface ExportPlan {
  /** The rewritten operation, printed once (Apollo caches its parse and validation by text). */
  readonly query: string;
  readonly operationName: string | undefined;
  /** Response keys from `data` to the connection or list field. */
  readonly path: readonly string[];
  /** Paging over a connection (page after page), or one execution of a list. */
  readonly paging: {
    readonly afterVariable: string;
    readonly initialAfter: string | null;
    readonly items: readonly string[];
  } | null;
  readonly columns: readonly Column[];
}

const field = (name: string, selections?: readonly SelectionNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  selectionSet: selections ? { kind: Kind.SELECTION_SET, selections } : undefined,
});

/** Replaces every fragment spread by the equivalent inline fragment, so one operation holds the whole selection. */
function inlineFragments(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): OperationDefinitionNode {
  const inline = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.map((selection): SelectionNode => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        return {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives,
          selectionSet: inline(fragment.selectionSet),
        };
      }
      return selection.selectionSet ? { ...selection, selectionSet: inline(selection.selectionSet) } : selection;
    }),
  });
  return { ...operation, selectionSet: inline(operation.selectionSet) };
}

interface Found {
  readonly node: FieldNode;
  readonly path: readonly string[];
  readonly type: GraphQLCompositeType;
}

/**
 * The first field, in selection order and outside any list, that `accept`s: a connection (`…Connection`)
 * or a list of objects.
 */
function findField(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  set: SelectionSetNode,
  path: string[],
  accept: (node: FieldNode, named: GraphQLCompositeType, list: boolean) => boolean,
): Found | null {
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      const found =
        condition && isCompositeType(condition)
          ? findField(schema, condition, selection.selectionSet, path, accept)
          : null;
      if (found) return found;
      continue;
    }
    if (selection.kind !== Kind.FIELD || !selection.selectionSet || !('getFields' in type)) continue;
    const definition = type.getFields()[selection.name.value];
    if (!definition) continue;
    const named = getNamedType(definition.type);
    if (!isCompositeType(named)) continue;
    const list = isListType(getNullableType(definition.type));
    const here = [...path, selection.alias?.value ?? selection.name.value];
    if (accept(selection, named, list)) return { node: selection, path: here, type: named };
    if (list) continue;
    const found = findField(schema, named, selection.selectionSet, here, accept);
    if (found) return found;
  }
  return null;
}

const childField = (node: FieldNode, name: string): FieldNode | undefined =>
  node.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);

/** Where the rows of a connection are: `edges { node }` or `nodes`. */
function connectionItems(node: FieldNode): { items: string[]; selection: FieldNode } | null {
  const edges = childField(node, 'edges');
  const edgeNode = edges && childField(edges, 'node');
  if (edges && edgeNode?.selectionSet)
    return { items: [edges.alias?.value ?? 'edges', edgeNode.alias?.value ?? 'node'], selection: edgeNode };
  const nodes = childField(node, 'nodes');
  if (nodes?.selectionSet) return { items: [nodes.alias?.value ?? 'nodes'], selection: nodes };
  return null;
}

const isConnectionType = (type: GraphQLCompositeType) =>
  isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();

/**
 * Plans the export of a validated query: finds the first connection (else the first list of objects),
 * and rewrites the operation to page through the connection — `first` (the largest page the query limits
 * allow, at most 100) when absent, `after` bound to a variable, `pageInfo { hasNextPage endCursor }`, and
 * the connection's other fields (`totalCount`) left out, as they are not rows.
 */
export function planExport(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): ExportPlan {
  const original = getOperationAST(document, operationName);
  if (!original) {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: operationName
        ? `Operasi "${operationName}" tidak ada dalam kueri.`
        : 'Kueri berisi beberapa operasi: sebutkan operationName.',
      en: operationName
        ? `The query has no operation "${operationName}".`
        : 'The query holds several operations: give operationName.',
    });
  }
  if (original.operation !== 'query') {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: 'Hanya kueri (query) yang dapat diekspor; mutasi ditolak.',
      en: 'Only queries can be exported; mutations are refused.',
    });
  }
  // The limits of /graphql, measured before the fragments are written out (a fan-out of fragments would
  // otherwise be expanded here, exponentially, before any limit ran).
  const exceeded = limitExceeded(measure(schema, document, original, variables), original);
  if (exceeded) throw new ExportError(400, 'BAD_USER_INPUT', exceeded.message);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const operation = inlineFragments(original, fragments);
  const root = schema.getQueryType()!;

  const connection = findField(
    schema,
    root,
    operation.selectionSet,
    [],
    (node, named, list) => !list && isConnectionType(named) && connectionItems(node) !== null,
  );
  if (!connection) {
    const list = findField(schema, root, operation.selectionSet, [], (_node, _named, isList) => isList);
    if (!list) throw nothingToExport();
    const columns = columnsOf(schema, list.type, list.node.selectionSet!);
    if (columns.length === 0) throw nothingToExport();
    return {
      query: print({ kind: Kind.DOCUMENT, definitions: [operation] }),
      operationName: operation.name?.value,
      path: list.path,
      paging: null,
      columns,
    };
  }

  const { items, selection } = connectionItems(connection.node)!;
  const connectionFields = (connection.type as GraphQLObjectType).getFields();
  const itemType = getNamedType(
    items.length === 2
      ? (getNamedType(connectionFields.edges!.type) as GraphQLObjectType).getFields().node!.type
      : connectionFields.nodes!.type,
  ) as GraphQLCompositeType;
  const columns = columnsOf(schema, itemType, selection.selectionSet!);
  if (columns.length === 0) throw nothingToExport();

  // `after`: keep the query's own variable; else bind a new one, starting from the literal cursor if any.
  const afterArgument = connection.node.arguments?.find((a) => a.name.value === 'after');
  let afterVariable = AFTER_VARIABLE;
  let initialAfter: string | null = null;
  let newVariable = true;
  if (afterArgument?.value.kind === Kind.VARIABLE) {
    afterVariable = afterArgument.value.name.value;
    newVariable = false;
    const given = variables[afterVariable];
    initialAfter = typeof given === 'string' ? given : null;
  } else if (afterArgument?.value.kind === Kind.STRING) {
    initialAfter = afterArgument.value.value;
  }
  const taken = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  while (newVariable && taken.has(afterVariable)) afterVariable += '_';

  const rewrite = (first: number | null): OperationDefinitionNode => {
    const args: ArgumentNode[] = (connection.node.arguments ?? []).filter((a) =>
      newVariable ? a.name.value !== 'after' : true,
    );
    if (newVariable)
      args.push({
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'after' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: afterVariable } },
      });
    if (first !== null)
      args.push({
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'first' },
        value: { kind: Kind.INT, value: String(first) },
      });
    const kept = connection.node.selectionSet!.selections.filter(
      (s) =>
        s.kind !== Kind.FIELD ||
        ['edges', 'nodes', 'pageInfo', '__typename'].includes(s.name.value) ||
        (s.arguments?.length ?? 0) > 0 ||
        (s.directives?.length ?? 0) > 0,
    );
    const pageInfo = field('pageInfo', [field('hasNextPage'), field('endCursor')]);
    const rewritten: FieldNode = {
      ...connection.node,
      arguments: args,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [...kept, pageInfo] },
    };
    const withField = visit(operation, { Field: (node) => (node === connection.node ? rewritten : undefined) });
    if (!newVariable) return withField;
    return {
      ...withField,
      variableDefinitions: [
        ...(withField.variableDefinitions ?? []),
        {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: afterVariable } },
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
        },
      ],
    };
  };

  // Without `first`, the largest page (at most 100) whose estimated cost the query limits accept.
  const hasFirst = connection.node.arguments?.some((a) => a.name.value === 'first') ?? false;
  let rewritten = rewrite(null);
  if (!hasFirst) {
    const sizes = [MAX_PAGE_SIZE, 50, 25, 10, 5, 1];
    const fits = sizes.find((size) => {
      const candidate = rewrite(size);
      return (
        measure(schema, { kind: Kind.DOCUMENT, definitions: [candidate] }, candidate, variables).cost <=
        QUERY_LIMITS.maxCost
      );
    });
    rewritten = rewrite(fits ?? MAX_PAGE_SIZE);
  }
  return {
    query: print({ kind: Kind.DOCUMENT, definitions: [rewritten] }),
    operationName: operation.name?.value,
    path: connection.path,
    paging: { afterVariable, initialAfter, items },
    columns,
  };
}

function nothingToExport(): ExportError {
  return new ExportError(400, 'NOTHING_TO_EXPORT', {
    id: 'Kueri tidak memuat koneksi (…Connection dengan edges { node } atau nodes) atau daftar objek dengan isian untuk diekspor.',
    en: 'The query selects no connection (…Connection with edges { node } or nodes) and no list of objects with fields to export.',
  });
}
