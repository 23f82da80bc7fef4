import { CombinedGraphQLErrors } from '@apollo/client';

/** Fields of the save form a server problem can point at. */
export type SaveField = 'name' | 'description' | 'query' | 'variables';

/** A refused save: the server's message, and every problem by field (several for an invalid query). */
export interface SaveRefusal {
  code: string;
  message: string;
  fields: Partial<Record<SaveField, string[]>>;
}

const FIELDS: readonly string[] = ['name', 'description', 'query', 'variables'];

export function saveRefusalOf(error: unknown): SaveRefusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields: SaveRefusal['fields'] = {};
    const problems: unknown = first?.extensions?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p.field === 'string' && FIELDS.includes(p.field) && typeof p.message === 'string') {
          (fields[p.field as SaveField] ??= []).push(p.message);
        }
      }
    }
    return { code: String(first?.extensions?.code ?? 'ERROR'), message: first?.message ?? error.message, fields };
  }
  return { code: 'ERROR', message: error instanceof Error ? error.message : String(error), fields: {} };
}
