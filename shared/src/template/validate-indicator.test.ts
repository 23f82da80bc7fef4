import { describe, expect, it } from 'vitest';
import type { Indicator, TemplateDefinition } from './definition.js';
import { exampleDefinition } from './examples.js';
import { validateDefinition } from './validate-definition.js';

/** The example with one extra unweighted instrument section holding `indicator`, and the problem codes of that indicator. */
function codesFor(indicator: Indicator): string[] {
  const def: TemplateDefinition = exampleDefinition();
  const instrument = def.sections.find((section) => section.key === 'observasi_kelas');
  instrument?.indicators.push(indicator);
  return validateDefinition(def)
    .filter((problem) => problem.indicatorKey === indicator.key)
    .map((problem) => problem.code);
}

const base = { key: 'uji', lineageKey: 'uji', label: { id: 'Uji', en: 'Test' }, required: true } as const;
const target = {
  ...base,
  kind: 'target',
  aspect: 'quantity',
  target: 10,
  unit: 'dokumen',
  direction: 'higherIsBetter',
} as const;
const levels = [
  { value: 'a', label: { id: 'A', en: 'A' }, score: 1 },
  { value: 'b', label: { id: 'B', en: 'B' }, score: 2 },
];
const options = [
  { value: 'x', label: { id: 'X', en: 'X' } },
  { value: 'y', label: { id: 'Y', en: 'Y' } },
];

describe('validateDefinition: target', () => {
  it('accepts a positive target, and 0 when lower is better', () => {
    expect(codesFor(target)).toEqual([]);
    expect(codesFor({ ...target, target: 0, direction: 'lowerIsBetter' })).toEqual([]);
  });
  it('refuses 0 when higher is better, negatives and non-numbers', () => {
    expect(codesFor({ ...target, target: 0 })).toEqual(['TARGET_NOT_POSITIVE']);
    expect(codesFor({ ...target, target: -1, direction: 'lowerIsBetter' })).toEqual(['TARGET_NOT_POSITIVE']);
    expect(codesFor({ ...target, target: Number.NaN })).toEqual(['TARGET_NOT_POSITIVE']);
  });
  it('refuses an unknown aspect or direction and a missing unit', () => {
    expect(codesFor({ ...target, aspect: 'speed' as 'time' })).toEqual(['TARGET_ASPECT_INVALID']);
    expect(codesFor({ ...target, direction: 'up' as 'higherIsBetter' })).toEqual(['TARGET_DIRECTION_INVALID']);
    expect(codesFor({ ...target, unit: ' ' })).toEqual(['TARGET_UNIT_MISSING']);
  });
});

describe('validateDefinition: scale', () => {
  it('accepts two levels with different scores', () => {
    expect(codesFor({ ...base, kind: 'scale', levels })).toEqual([]);
  });
  it('refuses fewer than two levels, duplicate values, non-numeric and equal scores', () => {
    expect(codesFor({ ...base, kind: 'scale', levels: levels.slice(0, 1) })).toEqual(['SCALE_MALFORMED']);
    expect(
      codesFor({ ...base, kind: 'scale', levels: [levels[0], { ...levels[0], score: 3 }] as typeof levels }),
    ).toEqual(['SCALE_MALFORMED']);
    expect(
      codesFor({
        ...base,
        kind: 'scale',
        levels: [levels[0], { ...levels[1], score: '2' as unknown as number }] as typeof levels,
      }),
    ).toEqual(['SCALE_MALFORMED']);
    expect(codesFor({ ...base, kind: 'scale', levels: levels.map((level) => ({ ...level, score: 1 })) })).toEqual([
      'SCALE_MALFORMED',
    ]);
  });
  it('refuses a level without an Indonesian label', () => {
    expect(
      codesFor({
        ...base,
        kind: 'scale',
        levels: [levels[0], { ...levels[1], label: { id: '', en: 'B' } }] as typeof levels,
      }),
    ).toEqual(['LABEL_MISSING']);
  });
});

describe('validateDefinition: choice', () => {
  it('accepts unscored and fully scored options, single or multiple', () => {
    expect(codesFor({ ...base, kind: 'choice', multiple: false, options })).toEqual([]);
    expect(
      codesFor({
        ...base,
        kind: 'choice',
        multiple: true,
        options: options.map((option, index) => ({ ...option, score: index })),
      }),
    ).toEqual([]);
  });
  it('refuses one option, duplicates, partial and equal scores', () => {
    expect(codesFor({ ...base, kind: 'choice', multiple: false, options: options.slice(0, 1) })).toEqual([
      'CHOICE_MALFORMED',
    ]);
    expect(
      codesFor({ ...base, kind: 'choice', multiple: false, options: [options[0], options[0]] as typeof options }),
    ).toEqual(['CHOICE_MALFORMED']);
    expect(
      codesFor({
        ...base,
        kind: 'choice',
        multiple: false,
        options: [{ ...options[0], score: 1 }, options[1]] as typeof options,
      }),
    ).toEqual(['CHOICE_MALFORMED']);
    expect(
      codesFor({
        ...base,
        kind: 'choice',
        multiple: false,
        options: options.map((option) => ({ ...option, score: 5 })),
      }),
    ).toEqual(['CHOICE_MALFORMED']);
  });
  it('refuses a weight on a choice without scores', () => {
    expect(codesFor({ ...base, kind: 'choice', multiple: false, options, weight: 10 })).toEqual(['WEIGHT_ON_UNSCORED']);
  });
});

describe('validateDefinition: number, text and the rest', () => {
  it('accepts min = max and refuses min > max or a non-numeric bound', () => {
    expect(codesFor({ ...base, kind: 'number', min: 5, max: 5 })).toEqual([]);
    expect(codesFor({ ...base, kind: 'number', min: 6, max: 5 })).toEqual(['NUMBER_RANGE_INVALID']);
    expect(codesFor({ ...base, kind: 'number', max: Number.POSITIVE_INFINITY })).toEqual(['NUMBER_RANGE_INVALID']);
  });
  it('refuses a weight on a number', () => {
    expect(codesFor({ ...base, kind: 'number', weight: 5 })).toEqual(['WEIGHT_ON_UNSCORED']);
  });
  it('accepts a positive whole maxLength and refuses others', () => {
    expect(codesFor({ ...base, kind: 'text', maxLength: 1 })).toEqual([]);
    expect(codesFor({ ...base, kind: 'text', maxLength: 0 })).toEqual(['TEXT_MAX_LENGTH_INVALID']);
    expect(codesFor({ ...base, kind: 'text', maxLength: 2.5 })).toEqual(['TEXT_MAX_LENGTH_INVALID']);
  });
  it('accepts expectation, yesNo (with or without weight) and evidence', () => {
    expect(codesFor({ ...base, kind: 'expectation' })).toEqual([]);
    expect(codesFor({ ...base, kind: 'yesNo' })).toEqual([]);
    expect(codesFor({ ...base, kind: 'yesNo', weight: 10 })).toEqual([]);
    expect(codesFor({ ...base, kind: 'evidence' })).toEqual([]);
  });
  it('refuses an unknown kind', () => {
    expect(codesFor({ ...base, kind: 'slider' } as unknown as Indicator)).toEqual(['INDICATOR_KIND_UNKNOWN']);
  });
});
