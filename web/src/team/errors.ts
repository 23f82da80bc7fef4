import { CombinedGraphQLErrors } from '@apollo/client';

/** A refused change: the server's message (already in the user's language), its code and the fields it names. */
export interface Refusal {
  message: string;
  code: string | null;
  /** Messages by the input field they concern (`extensions.problems[].field`). */
  fields: Record<string, string>;
}

interface InputProblem {
  field: string;
  message: string;
}

function isInputProblem(value: unknown): value is InputProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as { field?: unknown; message?: unknown };
  return typeof field === 'string' && typeof message === 'string';
}

/** Reads a mutation error; anything that is not a GraphQL error keeps its own message. */
export function refusalOf(error: unknown): Refusal {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const problems = Array.isArray(extensions.problems) ? extensions.problems.filter(isInputProblem) : [];
    const fields: Record<string, string> = {};
    for (const problem of problems) fields[problem.field] ??= problem.message;
    return {
      message: first?.message ?? error.message,
      code: typeof extensions.code === 'string' ? extensions.code : null,
      fields,
    };
  }
  return { message: error instanceof Error ? error.message : String(error), code: null, fields: {} };
}
