import type { Indicator, TemplateDefinition, VisibleWhen } from '../template/definition.js';
import { indexIndicators, type PlacedIndicator } from '../template/walk.js';
import { answerFor, isAnswered, type AnswerInput } from './answer-value.js';

/**
 * Whether a condition holds for the controlling indicator's answer. An unanswered controller
 * never satisfies a condition (so the dependent indicator stays hidden until it is answered).
 * For a multiple choice, `equals` means "selected", `notEquals` "not selected", `in` "any selected is listed".
 */
export function conditionHolds(controller: Indicator, condition: VisibleWhen, value: unknown): boolean {
  if (!isAnswered(controller, value)) return false;
  const selected: unknown[] = Array.isArray(value) ? value : [value];
  const matches = (expected: unknown): boolean => selected.some((item) => item === expected);
  switch (condition.operator) {
    case 'equals':
      return matches(condition.value);
    case 'notEquals':
      return !matches(condition.value);
    case 'in':
      return Array.isArray(condition.value) && condition.value.some(matches);
    default:
      return false;
  }
}

/**
 * Visibility of every indicator for the given answers. An indicator is visible when it has no
 * condition, or when its controller is visible and the condition holds. A condition that refers
 * to a missing indicator or forms a cycle (only in invalid definitions) leaves the indicator visible,
 * so that no question is ever silently dropped.
 */
export function visibilityOf(def: TemplateDefinition, answers: AnswerInput): Map<string, boolean> {
  const byKey = indexIndicators(def);
  const result = new Map<string, boolean>();
  const resolving = new Set<string>();
  const resolve = (placed: PlacedIndicator): boolean => {
    const { indicator } = placed;
    const known = result.get(indicator.key);
    if (known !== undefined) return known;
    const condition = indicator.visibleWhen;
    const controller = condition ? byKey.get(condition.indicatorKey) : undefined;
    let visible = true;
    if (condition && controller && !resolving.has(indicator.key)) {
      resolving.add(indicator.key);
      visible =
        resolve(controller) &&
        conditionHolds(controller.indicator, condition, answerFor(answers, controller.indicator.key));
      resolving.delete(indicator.key);
    }
    result.set(indicator.key, visible);
    return visible;
  };
  for (const placed of byKey.values()) resolve(placed);
  return result;
}

/** Whether one indicator is shown for the given answers (false for an unknown key). */
export function isVisible(def: TemplateDefinition, indicatorKey: string, answers: AnswerInput): boolean {
  return visibilityOf(def, answers).get(indicatorKey) ?? false;
}

/** A copy of the answers without those given to hidden indicators (unknown keys are kept, so they still get reported). */
export function withoutHiddenAnswers<T>(
  def: TemplateDefinition,
  answers: Readonly<Record<string, T>>,
): Record<string, T> {
  const visibility = visibilityOf(def, answers);
  const kept: Record<string, T> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (visibility.get(key) !== false) kept[key] = value;
  }
  return kept;
}
