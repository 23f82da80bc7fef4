/**
 * The API refuses operations deeper than 12 levels, and the standard introspection query (GraphQL's
 * `getIntrospectionQuery`, which GraphiQL sends for its documentation) is 15 deep because its `TypeRef`
 * fragment unwraps 7 levels of `ofType`. No type of this schema is wrapped more than `[X!]!` (3 levels),
 * so the explorer sends the same query with a `TypeRef` of `levels` unwrappings, well within the limit.
 */
export function shallowIntrospectionQuery(query: string, levels = 4): string {
  const start = query.indexOf('fragment TypeRef on __Type');
  if (start < 0) return query;
  let ofType = 'kind name';
  for (let i = 0; i < levels; i++) ofType = `kind name ofType { ${ofType} }`;
  return `${query.slice(0, start)}fragment TypeRef on __Type { ${ofType} }\n`;
}
