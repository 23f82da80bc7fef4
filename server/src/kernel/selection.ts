import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether the selection below the current field names any of `fields` (through fragments). */
export function selects(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const wanted = new Set(fields);
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return wanted.has(selection.name.value) || visit(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
