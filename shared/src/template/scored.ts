import type { ChoiceOption, Indicator } from './definition.js';
import { kindScoring } from './indicator-kinds.js';

/**
 * Whether an indicator produces a normalised score, by its kind's scoring in the registry: targets,
 * scales and expectations always; yes/no only when weighted; a choice only when every option has a
 * score; the others never.
 */
export function isScoredIndicator(indicator: Indicator): boolean {
  switch (kindScoring(indicator.kind)) {
    case 'always':
      return true;
    case 'whenWeighted':
      return typeof indicator.weight === 'number' && indicator.weight > 0;
    case 'whenOptionsScored': {
      const { options } = indicator as { options?: readonly ChoiceOption[] };
      return (
        Array.isArray(options) &&
        options.length > 0 &&
        options.every((option) => typeof option.score === 'number' && Number.isFinite(option.score))
      );
    }
    default:
      return false;
  }
}

/** Kinds that can ever be scored (a weight on any other kind is a mistake). */
export function canBeScored(indicator: Indicator): boolean {
  return kindScoring(indicator.kind) === 'whenWeighted' || isScoredIndicator(indicator);
}
