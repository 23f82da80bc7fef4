import { describe, expect, it } from 'vitest';
import type { ChoiceIndicator, Indicator, TargetIndicator } from '../template/definition.js';
import { teacherRubricLevels } from '../template/examples.js';
import { EXPECTATION_SCORES, TARGET_SCORE_CAP } from './constants.js';
import { scoreIndicator } from './indicator-score.js';
import { targetAchievement } from './target.js';

const base = { key: 'k', lineageKey: 'k', label: { id: 'K', en: 'K' }, required: true } as const;
const higher: TargetIndicator = {
  ...base,
  kind: 'target',
  aspect: 'quantity',
  target: 80,
  unit: 'dokumen',
  direction: 'higherIsBetter',
};
const lower: TargetIndicator = { ...higher, aspect: 'time', target: 5, unit: 'hari', direction: 'lowerIsBetter' };
const choice: ChoiceIndicator = {
  ...base,
  kind: 'choice',
  multiple: false,
  options: [
    { value: 'a', label: { id: 'A', en: 'A' }, score: 1 },
    { value: 'b', label: { id: 'B', en: 'B' }, score: 3 },
    { value: 'c', label: { id: 'C', en: 'C' }, score: 5 },
  ],
};

describe('targetAchievement', () => {
  it('higher is better: realisation / target', () => {
    expect(targetAchievement(higher, 60)).toBe(75);
    expect(targetAchievement({ ...higher, target: 0 }, 5)).toBeNull();
  });
  it('lower is better: target / realisation, with rules for zero', () => {
    expect(targetAchievement(lower, 4)).toBe(125);
    expect(targetAchievement(lower, 10)).toBe(50);
    expect(targetAchievement(lower, 0)).toBe(TARGET_SCORE_CAP);
    expect(targetAchievement({ ...lower, target: 0 }, 0)).toBe(100);
    expect(targetAchievement({ ...lower, target: 0 }, 1)).toBe(0);
  });
  it('refuses negative or non-finite realisations', () => {
    expect(targetAchievement(higher, -1)).toBeNull();
    expect(targetAchievement(higher, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('scoreIndicator', () => {
  it('target: achievement rounded, score capped at 120', () => {
    expect(scoreIndicator(higher, { realisation: 70 })).toEqual({ score: 87.5, achievement: 87.5 });
    expect(scoreIndicator(higher, { realisation: 200 })).toEqual({ score: 120, achievement: 250 });
    expect(scoreIndicator(lower, { realisation: 3 })).toEqual({ score: 120, achievement: 166.67 });
    expect(scoreIndicator({ ...higher, target: 3 }, { realisation: 2 })).toEqual({ score: 66.67, achievement: 66.67 });
    expect(scoreIndicator(higher, { realisation: 'x' })).toEqual({ score: null, achievement: null });
  });

  it('scale: level score mapped onto 0..100 between the lowest and highest level', () => {
    const scale: Indicator = { ...base, kind: 'scale', levels: teacherRubricLevels() };
    expect(scoreIndicator(scale, 'tidak_dilakukan').score).toBe(0);
    expect(scoreIndicator(scale, 'belum_efektif').score).toBe(50);
    expect(scoreIndicator(scale, 'efektif').score).toBe(100);
    const oneToFive: Indicator = {
      ...base,
      kind: 'scale',
      levels: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: { id: String(n), en: String(n) }, score: n })),
    };
    expect(scoreIndicator(oneToFive, '4').score).toBe(75);
    expect(scoreIndicator(oneToFive, '6').score).toBeNull();
  });

  it('expectation: fixed scores', () => {
    const expectation: Indicator = { ...base, kind: 'expectation' };
    expect(scoreIndicator(expectation, 'BELOW').score).toBe(EXPECTATION_SCORES.BELOW);
    expect(scoreIndicator(expectation, 'MEETS').score).toBe(100);
    expect(scoreIndicator(expectation, 'ABOVE').score).toBe(120);
    expect(scoreIndicator(expectation, 'GOOD').score).toBeNull();
  });

  it('yesNo: 100 / 0 only when weighted', () => {
    const weighted: Indicator = { ...base, kind: 'yesNo', weight: 10 };
    expect(scoreIndicator(weighted, true).score).toBe(100);
    expect(scoreIndicator(weighted, false).score).toBe(0);
    expect(scoreIndicator({ ...base, kind: 'yesNo' }, true).score).toBeNull();
  });

  it('choice: option score mapped onto 0..100; multiple = mean of the selected', () => {
    expect(scoreIndicator(choice, 'b').score).toBe(50);
    expect(scoreIndicator(choice, 'c').score).toBe(100);
    expect(scoreIndicator({ ...choice, multiple: true }, ['a', 'b', 'b']).score).toBe(25);
    expect(scoreIndicator(choice, ['a']).score).toBeNull();
    expect(
      scoreIndicator({ ...choice, options: choice.options.map(({ value, label }) => ({ value, label })) }, 'a').score,
    ).toBeNull();
  });

  it('number, text and evidence are never scored', () => {
    expect(scoreIndicator({ ...base, kind: 'number' }, 5).score).toBeNull();
    expect(scoreIndicator({ ...base, kind: 'text' }, 'x').score).toBeNull();
    expect(scoreIndicator({ ...base, kind: 'evidence' }, { note: 'x' }).score).toBeNull();
  });
});
