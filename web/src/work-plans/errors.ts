import { CombinedGraphQLErrors } from '@apollo/client';

/** One problem the server named, with the input field (or plan path) it concerns. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** A refused change: the server's message (already in the user's language), its code and its problems. */
export interface Refusal {
  message: string;
  code: string | null;
  problems: FieldProblem[];
}

/** Reads a mutation error; anything that is not a GraphQL error keeps its own message. */
export function refusalOf(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const raw: unknown[] = Array.isArray(extensions.problems) ? extensions.problems : [];
    const problems: FieldProblem[] = [];
    for (const item of raw) {
      if (typeof item !== 'object' || item === null) continue;
      const p = item as Record<string, unknown>;
      if (typeof p.message !== 'string') continue;
      const field = typeof p.field === 'string' ? p.field : typeof p.path === 'string' ? p.path : '';
      problems.push({ field, code: typeof p.code === 'string' ? p.code : '', message: p.message });
    }
    return {
      message: first?.message ?? error.message,
      code: typeof extensions.code === 'string' ? extensions.code : null,
      problems,
    };
  }
  return { message: error instanceof Error ? error.message : String(error), code: null, problems: [] };
}
