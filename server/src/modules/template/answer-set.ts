import type { AnswerSet } from '@kinerja/shared';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import type { AnswerInput } from './score.types.js';

/** Answers keyed by indicator; a key given twice is a mistake the person should hear about. */
export function answerSet(ctx: Context, answers: readonly AnswerInput[]): AnswerSet {
  const set: AnswerSet = {};
  for (const answer of answers) {
    if (answer.indicatorKey in set) {
      throw new DomainError(
        'BAD_USER_INPUT',
        localize(
          {
            id: `Jawaban untuk '${answer.indicatorKey}' diberikan dua kali.`,
            en: `The answer to '${answer.indicatorKey}' is given twice.`,
          },
          ctx.locale,
        ),
      );
    }
    set[answer.indicatorKey] = answer.value as AnswerSet[string];
  }
  return set;
}
