import type { LocalizedText } from './localized-text.js';

/**
 * One thing wrong with a definition, an answer set or an input value.
 * `code` is stable (SCREAMING_SNAKE) so callers can branch on it; `message` is for people;
 * `path` points at the offending value, e.g. `sections.1.indicators.2.weight` or `answers.kepuasan`.
 */
export interface Problem {
  code: string;
  message: LocalizedText;
  path: string;
  sectionKey?: string;
  indicatorKey?: string;
}

/** Builds a problem, leaving out the keys that are not given. */
export function problem(
  code: string,
  message: LocalizedText,
  path: string,
  where: { sectionKey?: string | undefined; indicatorKey?: string | undefined } = {},
): Problem {
  const result: Problem = { code, message, path };
  if (where.sectionKey !== undefined) result.sectionKey = where.sectionKey;
  if (where.indicatorKey !== undefined) result.indicatorKey = where.indicatorKey;
  return result;
}
