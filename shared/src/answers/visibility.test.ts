import { describe, expect, it } from 'vitest';
import type { Indicator, TemplateDefinition } from '../template/definition.js';
import { exampleDefinition } from '../template/examples.js';
import { conditionHolds, isVisible, visibilityOf, withoutHiddenAnswers } from './visibility.js';

const def = exampleDefinition();
const yesNo: Indicator = { kind: 'yesNo', key: 'a', lineageKey: 'a', label: { id: 'A', en: 'A' }, required: false };
const multi: Indicator = {
  kind: 'choice',
  key: 'm',
  lineageKey: 'm',
  label: { id: 'M', en: 'M' },
  required: false,
  multiple: true,
  options: [],
};

describe('conditionHolds', () => {
  it('compares single answers with equals, notEquals and in', () => {
    expect(conditionHolds(yesNo, { indicatorKey: 'a', operator: 'equals', value: true }, true)).toBe(true);
    expect(conditionHolds(yesNo, { indicatorKey: 'a', operator: 'equals', value: true }, false)).toBe(false);
    expect(conditionHolds(yesNo, { indicatorKey: 'a', operator: 'notEquals', value: true }, false)).toBe(true);
    expect(conditionHolds(yesNo, { indicatorKey: 'a', operator: 'in', value: [3, 4] }, 4)).toBe(true);
  });

  it('treats a multiple choice as "selected"', () => {
    expect(conditionHolds(multi, { indicatorKey: 'm', operator: 'equals', value: 'x' }, ['y', 'x'])).toBe(true);
    expect(conditionHolds(multi, { indicatorKey: 'm', operator: 'notEquals', value: 'x' }, ['y', 'x'])).toBe(false);
    expect(conditionHolds(multi, { indicatorKey: 'm', operator: 'in', value: ['z', 'y'] }, ['y'])).toBe(true);
  });

  it('never holds for an unanswered controller, whatever the operator', () => {
    expect(conditionHolds(yesNo, { indicatorKey: 'a', operator: 'notEquals', value: true }, undefined)).toBe(false);
    expect(conditionHolds(multi, { indicatorKey: 'm', operator: 'notEquals', value: 'x' }, [])).toBe(false);
  });
});

describe('isVisible', () => {
  it('shows unconditional indicators and hides unknown keys', () => {
    expect(isVisible(def, 'ketuntasan_belajar', {})).toBe(true);
    expect(isVisible(def, 'tidak_ada', {})).toBe(false);
  });

  it('follows the controlling answer', () => {
    expect(isVisible(def, 'jam_pelatihan', {})).toBe(false);
    expect(isVisible(def, 'jam_pelatihan', { pengembangan_kompetensi: 'tidak_ada' })).toBe(false);
    expect(isVisible(def, 'jam_pelatihan', { pengembangan_kompetensi: 'narasumber' })).toBe(true);
    expect(isVisible(def, 'rekomendasi_lain', { rekomendasi: ['mentoring', 'lainnya'] })).toBe(true);
  });

  it('hides an indicator whose controller is hidden (chained conditions)', () => {
    const chained: TemplateDefinition = exampleDefinition();
    chained.sections[0]?.indicators.push({
      kind: 'text',
      key: 'topik',
      lineageKey: 'topik',
      label: { id: 'Topik', en: 'Topic' },
      required: false,
      visibleWhen: { indicatorKey: 'jam_pelatihan', operator: 'in', value: [40] },
    });
    expect(isVisible(chained, 'topik', { pengembangan_kompetensi: 'peserta', jam_pelatihan: 40 })).toBe(true);
    expect(isVisible(chained, 'topik', { pengembangan_kompetensi: 'tidak_ada', jam_pelatihan: 40 })).toBe(false);
  });

  it('survives a cycle in an invalid definition', () => {
    const cyclic: TemplateDefinition = exampleDefinition();
    const [first, second] = cyclic.sections[3]?.indicators ?? [];
    if (!first || !second) throw new Error('fixture changed');
    first.visibleWhen = { indicatorKey: second.key, operator: 'equals', value: 'x' };
    second.visibleWhen = { indicatorKey: first.key, operator: 'equals', value: 'x' };
    expect(() => visibilityOf(cyclic, {})).not.toThrow();
  });
});

describe('withoutHiddenAnswers', () => {
  it('drops answers to hidden indicators and keeps the rest', () => {
    expect(withoutHiddenAnswers(def, { pengembangan_kompetensi: 'tidak_ada', jam_pelatihan: 3, lain: 1 })).toEqual({
      pengembangan_kompetensi: 'tidak_ada',
      lain: 1,
    });
  });
});
