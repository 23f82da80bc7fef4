import type { Rating } from '../scoring/rating.js';
import type { Indicator, IndicatorKind } from '../template/definition.js';

/** Answer of a 'target' indicator: what was actually achieved, in the target's unit. */
export interface TargetAnswer {
  realisation: number;
}

/** Answer of an 'evidence' indicator (bukti dukung): a http(s) link, a note, or both. */
export interface EvidenceAnswer {
  url?: string;
  note?: string;
}

/** The answer each indicator kind takes. */
export interface AnswerByKind {
  target: TargetAnswer;
  scale: string;
  expectation: Rating;
  number: number;
  yesNo: boolean;
  choice: string | string[];
  text: string;
  evidence: EvidenceAnswer;
}

export type AnswerOf<K extends IndicatorKind> = AnswerByKind[K];

/** Any answer; `null` means "cleared" and counts as unanswered. */
export type AnswerValue = AnswerByKind[IndicatorKind] | null;

/** Answers keyed by indicator key. */
export type AnswerSet = Record<string, AnswerValue>;

/** Loosely typed answers as they arrive from a form or over the wire; every function here accepts them. */
export type AnswerInput = Readonly<Record<string, unknown>>;

const isBlankString = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';
const isAbsent = (value: unknown): boolean => value === undefined || value === null || isBlankString(value);

/**
 * Whether a value counts as an answer: not undefined/null, not a blank string, not an empty
 * list, and for evidence not an object whose url and note are both empty.
 */
export function isAnswered(indicator: Indicator, value: unknown): boolean {
  if (isAbsent(value)) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (indicator.kind === 'evidence' && typeof value === 'object') {
    const evidence = value as Record<string, unknown>;
    return !(isAbsent(evidence.url) && isAbsent(evidence.note));
  }
  return true;
}

/** The answer stored under an indicator key (own properties only, so 'constructor' stays unanswered). */
export function answerFor(answers: AnswerInput, key: string): unknown {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}
