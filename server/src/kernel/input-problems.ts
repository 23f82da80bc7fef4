import { DomainError, localize, type Locale, type LocalizedMessage } from './errors.js';

/** One thing wrong with an input, pointing at the field a person has to fix. */
export interface InputProblem {
  field: string;
  code: string;
  message: LocalizedMessage;
}

/** Collects every problem of an input, then fails once with all of them (`BAD_USER_INPUT`). */
export class InputChecker {
  private readonly problems: InputProblem[] = [];

  constructor(private readonly locale: Locale) {}

  add(field: string, code: string, message: LocalizedMessage): this {
    this.problems.push({ field, code, message });
    return this;
  }

  /** Trims text and checks it is present and not longer than `max` characters. */
  text(field: string, value: string, label: LocalizedMessage, max = 200): string {
    const trimmed = value.trim();
    if (trimmed === '') {
      this.add(field, 'REQUIRED', { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` });
    } else if (trimmed.length > max) {
      this.add(field, 'TOO_LONG', {
        id: `${label.id} paling banyak ${max} karakter (sekarang ${trimmed.length}).`,
        en: `${label.en} must be at most ${max} characters (it has ${trimmed.length}).`,
      });
    }
    return trimmed;
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const first = this.problems[0]!;
    const summary =
      this.problems.length === 1
        ? localize(first.message, this.locale)
        : `${localize(first.message, this.locale)} (+${this.problems.length - 1})`;
    throw new DomainError('BAD_USER_INPUT', summary, {
      problems: this.problems.map((p) => ({ field: p.field, code: p.code, message: localize(p.message, this.locale) })),
    });
  }
}
