import { CombinedGraphQLErrors } from '@apollo/client';
import type { Language } from '../i18n/i18n';

/** One problem the server named (`extensions.problems[]`): what is wrong and which value it concerns. */
export interface Problem {
  /** Stable code (e.g. `REQUIRED`); empty when the server gave none. */
  code: string;
  /** Already in the user's language. */
  message: string;
  /** The value to fix: the problem's `path`, else its `field`, else empty. */
  path: string;
  /** The input field it concerns (`field`), when the server named one. */
  field: string | null;
  sectionKey: string | null;
  indicatorKey: string | null;
}

/**
 * A refused request: the server's code (`extensions.code`, `null` for a network or other failure), its
 * message (already in the user's language), its problems, and every other extension it sent.
 */
export interface Refusal {
  code: string | null;
  message: string;
  problems: Problem[];
  extensions: Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A problem's message: a string, or a `{ id, en }` text picked in the reader's language. */
function messageOf(value: unknown, language: Language): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const localized = value as { id?: unknown; en?: unknown };
    const chosen = language === 'en' ? (localized.en ?? localized.id) : localized.id;
    if (typeof chosen === 'string' && chosen !== '') return chosen;
  }
  return null;
}

/** Reads any failed request; anything that is not a GraphQL error (e.g. the network) keeps its own message. */
export function refusalOf(error: unknown, language: Language = 'id'): Refusal {
  if (!CombinedGraphQLErrors.is(error))
    return {
      code: null,
      message: error instanceof Error ? error.message : String(error),
      problems: [],
      extensions: {},
    };
  const first = error.errors[0];
  const extensions: Record<string, unknown> = first?.extensions ?? {};
  const raw: unknown[] = Array.isArray(extensions.problems) ? extensions.problems : [];
  const problems: Problem[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const p = item as Record<string, unknown>;
    const message = messageOf(p.message, language);
    if (message === null) continue;
    const field = text(p.field);
    problems.push({
      code: text(p.code) ?? '',
      message,
      path: text(p.path) ?? field ?? '',
      field,
      sectionKey: text(p.sectionKey),
      indicatorKey: text(p.indicatorKey),
    });
  }
  return { code: text(extensions.code), message: first?.message ?? error.message, problems, extensions };
}

/** Every problem message by the input field it names. */
export function messagesByField(refusal: Refusal | null): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const p of refusal?.problems ?? []) if (p.field !== null) (byField[p.field] ??= []).push(p.message);
  return byField;
}

/** The first problem message of each input field it names (for forms showing one message a field). */
export function messageByField(refusal: Refusal | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const p of refusal?.problems ?? []) if (p.field !== null) byField[p.field] ??= p.message;
  return byField;
}

/** Every problem message by the indicator it concerns. */
export function messagesByIndicator(refusal: Refusal | null): Record<string, string[]> {
  const byIndicator: Record<string, string[]> = {};
  for (const p of refusal?.problems ?? [])
    if (p.indicatorKey !== null) (byIndicator[p.indicatorKey] ??= []).push(p.message);
  return byIndicator;
}

/** A refusal made on this side (a check before sending, a test): problems name a `field`, a `path` or neither. */
export function makeRefusal(
  code: string | null,
  message: string,
  problems: readonly (Partial<Problem> & { message: string })[] = [],
): Refusal {
  return {
    code,
    message,
    problems: problems.map((p) => ({
      code: p.code ?? '',
      message: p.message,
      path: p.path ?? p.field ?? '',
      field: p.field ?? null,
      sectionKey: p.sectionKey ?? null,
      indicatorKey: p.indicatorKey ?? null,
    })),
    extensions: {},
  };
}
