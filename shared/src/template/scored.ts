import type { Indicator } from './definition.js';

/**
 * Whether an indicator produces a normalised score: targets, scales and expectations always;
 * yes/no only when weighted; a choice only when every option has a score; the others never.
 */
export function isScoredIndicator(indicator: Indicator): boolean {
  switch (indicator.kind) {
    case 'target':
    case 'scale':
    case 'expectation':
      return true;
    case 'yesNo':
      return typeof indicator.weight === 'number' && indicator.weight > 0;
    case 'choice':
      return (
        Array.isArray(indicator.options) &&
        indicator.options.length > 0 &&
        indicator.options.every((option) => typeof option.score === 'number' && Number.isFinite(option.score))
      );
    default:
      return false;
  }
}

/** Kinds that can ever be scored (a weight on any other kind is a mistake). */
export function canBeScored(indicator: Indicator): boolean {
  return indicator.kind === 'yesNo' || isScoredIndicator(indicator);
}
