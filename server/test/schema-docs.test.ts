import { isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../src/app/schema.js';

const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation']);

/** Every place of the schema that lacks a description (analysts read the schema as documentation). */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description && !BUILT_IN.has(type.name)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return missing;
}

describe('the schema', () => {
  it('documents every type, field and argument', async () => {
    expect(undocumented(await getSchema())).toEqual([]);
  });
});
