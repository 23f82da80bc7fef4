import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isListType,
  Kind,
  TypeNameMetaFieldDef,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { headerFor, uniqueHeaders, type PathStep } from './headers.js';

/** How a column's values are written: XLSX keeps numbers, booleans and dates typed; CSV writes text. */
export type ValueType = 'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'json';

/**
 * One column of an export: a scalar leaf of each row, by its path of response keys. A list of scalars
 * is joined with "; "; a nested list of objects (or a JSON scalar) is one cell of JSON text.
 */
export interface Column {
  readonly keys: readonly string[];
  readonly header: string;
  readonly type: ValueType;
  readonly shape: 'value' | 'scalarList' | 'json';
}

/** A value of a flattened row: JSON, lists and dates stay text here; the writer types them by column. */
export type FlatValue = string | number | boolean | null;

const LIST_SEPARATOR = '; ';

function valueTypeOf(typeName: string): ValueType {
  switch (typeName) {
    case 'Int':
    case 'Float':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTimeISO':
      return 'datetime';
    case 'LocalDate':
      return 'date';
    case 'JSON':
      return 'json';
    default:
      return 'string';
  }
}

/** A localized text (`{ id en }`): Indonesian and English of one thing. */
function isLocalizedText(type: GraphQLCompositeType): boolean {
  return type.name === 'LocalizedText';
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  return 'getFields' in type ? type.getFields()[name] : undefined;
}

/**
 * The columns of the rows selected by `selectionSet` on `type`, in selection order. Inline fragments add
 * their fields in place (fragment spreads are inlined before, see plan.ts); a response key selected twice
 * is one column.
 */
export function columnsOf(schema: GraphQLSchema, type: GraphQLCompositeType, selectionSet: SelectionSetNode): Column[] {
  const columns: Omit<Column, 'header'>[] = [];
  const headers: string[] = [];
  const seen = new Set<string>();
  const add = (column: Omit<Column, 'header'>, header: string) => {
    const id = column.keys.join('\u0000');
    if (seen.has(id)) return;
    seen.add(id);
    columns.push(column);
    headers.push(header);
  };

  const walk = (parent: GraphQLCompositeType, set: SelectionSetNode, prefix: PathStep[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) walk(condition, selection.selectionSet, prefix);
        continue;
      }
      if (selection.kind !== Kind.FIELD) continue;
      const field = fieldOf(parent, selection.name.value);
      if (!field) continue;
      const step: PathStep = {
        key: selection.alias?.value ?? selection.name.value,
        field: selection.name.value,
        parent: parent.name,
      };
      const path = [...prefix, step];
      const keys = path.map((s) => s.key);
      const named = getNamedType(field.type);
      const list = isListType(getNullableType(field.type));
      if (isLeafType(named)) {
        const type = valueTypeOf(named.name);
        add(
          { keys, type: list ? 'string' : type, shape: type === 'json' ? 'json' : list ? 'scalarList' : 'value' },
          headerFor(path),
        );
      } else if (list || !selection.selectionSet) {
        add({ keys, type: 'json', shape: 'json' }, headerFor(path));
      } else if (isLocalizedText(named)) {
        localized(path, selection.selectionSet, named.name);
      } else {
        walk(named, selection.selectionSet, path);
      }
    }
  };

  /** `{ id }` or `{ en }` alone is one cell under the parent's header; both are two columns, (ID) and (EN). */
  const localized = (path: PathStep[], set: SelectionSetNode, type: string) => {
    const parts = set.selections.flatMap((s) => (s.kind === Kind.FIELD && s.name.value !== '__typename' ? [s] : []));
    const distinct = new Set(parts.map((p) => p.name.value));
    for (const part of parts) {
      const step: PathStep = { key: part.alias?.value ?? part.name.value, field: part.name.value, parent: type };
      const keys = [...path, step].map((s) => s.key);
      const header =
        step.key !== step.field
          ? headerFor([...path, step])
          : distinct.size === 1 && part.name.value === 'id'
            ? headerFor(path)
            : headerFor(path, part.name.value === 'id' ? ' (ID)' : ' (EN)');
      add({ keys, type: 'string', shape: 'value' }, header);
    }
  };

  walk(type, selectionSet, []);
  const unique = uniqueHeaders(headers);
  return columns.map((column, i) => ({ ...column, header: unique[i]! }));
}

function valueAt(item: unknown, keys: readonly string[]): unknown {
  let value = item;
  for (const key of keys) {
    if (value === null || value === undefined || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

/** One row: the value of every column for one node or list item. */
export function flattenRow(item: unknown, columns: readonly Column[]): FlatValue[] {
  return columns.map((column) => {
    const value = valueAt(item, column.keys);
    if (value === null) return null;
    if (column.shape === 'json') return JSON.stringify(value);
    if (column.shape === 'scalarList') {
      return Array.isArray(value)
        ? value
            .map((v) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))
            .join(LIST_SEPARATOR)
        : String(value);
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return JSON.stringify(value);
  });
}
