import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';

// Codegen types the SPA's operations but does not run every validation rule (e.g. a variable of type
// `ID!` passed where the schema wants `[ID!]`); this runs them all against the committed schema.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../server/schema.graphql'), 'utf8'));
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') &&
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    (entry[1] as DocumentNode).kind === 'Document',
);

describe('the SPA’s GraphQL documents', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it.each(documents)('%s is valid against the server schema', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
