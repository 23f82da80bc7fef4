import { CombinedGraphQLErrors } from '@apollo/client';

/** What the UI needs of a failed request: the server's code and message (already in the user's language) and its problems. */
export interface RequestFailure {
  code: string | null;
  message: string;
  /** Messages of `extensions.problems` by indicator key. */
  byIndicator: Record<string, string[]>;
  /** Messages of `extensions.problems` by input field (e.g. `ratingReason`). */
  byField: Record<string, string[]>;
}

const messageOf = (value: unknown, language: 'id' | 'en'): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const text = value as { id?: unknown; en?: unknown };
    const chosen = language === 'en' ? (text.en ?? text.id) : text.id;
    if (typeof chosen === 'string') return chosen;
  }
  return '';
};

export function requestFailure(error: unknown, language: 'id' | 'en'): RequestFailure {
  const failure: RequestFailure = {
    code: null,
    message: error instanceof Error ? error.message : String(error),
    byIndicator: {},
    byField: {},
  };
  if (!CombinedGraphQLErrors.is(error)) return failure;
  const first = error.errors[0];
  if (!first) return failure;
  failure.message = first.message;
  const extensions = first.extensions ?? {};
  failure.code = typeof extensions.code === 'string' ? extensions.code : null;
  const problems = Array.isArray(extensions.problems) ? (extensions.problems as Record<string, unknown>[]) : [];
  for (const problem of problems) {
    const message = messageOf(problem.message, language);
    if (!message) continue;
    const indicatorKey = typeof problem.indicatorKey === 'string' ? problem.indicatorKey : null;
    const field = typeof problem.field === 'string' ? problem.field : null;
    if (indicatorKey) (failure.byIndicator[indicatorKey] ??= []).push(message);
    else if (field) (failure.byField[field] ??= []).push(message);
  }
  return failure;
}
