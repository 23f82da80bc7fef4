import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApiProblem } from './model';

/** A refused change: the server's message (already in the user's language), its code and its rule problems. */
export interface Refusal {
  message: string;
  code: string | null;
  problems: ApiProblem[];
}

function isProblem(value: unknown): value is ApiProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Reads a mutation error; anything that is not a GraphQL error keeps its own message. */
export function refusalOf(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const problems = Array.isArray(extensions.problems) ? extensions.problems.filter(isProblem) : [];
    return {
      message: first?.message ?? error.message,
      code: typeof extensions.code === 'string' ? extensions.code : null,
      problems: problems.map((p) => ({
        code: p.code,
        message: p.message,
        path: p.path ?? '',
        sectionKey: p.sectionKey ?? null,
        indicatorKey: p.indicatorKey ?? null,
      })),
    };
  }
  return { message: error instanceof Error ? error.message : String(error), code: null, problems: [] };
}
