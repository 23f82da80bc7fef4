import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import type { TemplateDefinition } from '../template/definition.js';
import { indexIndicators } from '../template/walk.js';
import { answerFor, isAnswered, type AnswerInput } from './answer-value.js';
import { checkAnswer } from './check-answer.js';
import { visibilityOf } from './visibility.js';

export interface ValidateAnswersOptions {
  /** A draft: missing required answers are not reported; everything given is still checked. */
  partial?: boolean;
}

/**
 * Every problem of an answer set against a definition: unknown keys, answers to hidden indicators,
 * wrong types and values, and (unless partial) required visible indicators left unanswered.
 * Blank values (null, '', [], empty evidence) count as unanswered, never as wrong.
 */
export function validateAnswers(
  def: TemplateDefinition,
  answers: AnswerInput,
  options: ValidateAnswersOptions = {},
): Problem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [
      problem(
        'ANSWERS_MALFORMED',
        text('Jawaban harus berupa objek dengan kunci indikator.', 'Answers must be an object keyed by indicator key.'),
        'answers',
      ),
    ];
  }
  const problems: Problem[] = [];
  const byKey = indexIndicators(def);
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) {
      problems.push(
        problem(
          'ANSWER_UNKNOWN_INDICATOR',
          text(
            `Templat tidak memiliki indikator '${key}'; hapus jawaban ini.`,
            `The template has no indicator '${key}'; remove this answer.`,
          ),
          `answers.${key}`,
          { indicatorKey: key },
        ),
      );
    }
  }
  const visibility = visibilityOf(def, answers);
  for (const { indicator, section } of byKey.values()) {
    const path = `answers.${indicator.key}`;
    const value = answerFor(answers, indicator.key);
    const answered = isAnswered(indicator, value);
    const name = nameOf(indicator.label, indicator.key);
    const where = { sectionKey: section.key, indicatorKey: indicator.key };
    if (visibility.get(indicator.key) === false) {
      if (answered) {
        problems.push(
          problem(
            'ANSWER_HIDDEN',
            text(
              `'${name}' tidak ditampilkan untuk jawaban saat ini, jadi tidak boleh diisi; kosongkan jawabannya.`,
              `'${name}' is hidden for the current answers, so it cannot be answered; clear the answer.`,
            ),
            path,
            where,
          ),
        );
      }
      continue;
    }
    if (!answered) {
      if (indicator.required && !options.partial) {
        problems.push(
          problem('ANSWER_REQUIRED', text(`'${name}' wajib diisi.`, `'${name}' is required.`), path, where),
        );
      }
      continue;
    }
    problems.push(...checkAnswer(indicator, value, path, section.key));
  }
  return problems;
}
