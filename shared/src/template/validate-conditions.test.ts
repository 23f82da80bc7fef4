import { describe, expect, it } from 'vitest';
import type { Indicator, VisibleWhen } from './definition.js';
import { exampleDefinition } from './examples.js';
import { validateDefinition } from './validate-definition.js';

/** Adds a text indicator with the condition at the end of the feedback section and returns its problem codes. */
function codesFor(visibleWhen: VisibleWhen, position: 'end' | 'start' = 'end'): string[] {
  const def = exampleDefinition();
  const indicator: Indicator = {
    kind: 'text',
    key: 'tergantung',
    lineageKey: 'tergantung',
    label: { id: 'Tergantung', en: 'Dependent' },
    required: false,
    visibleWhen,
  };
  if (position === 'end') def.sections[3]?.indicators.push(indicator);
  else def.sections[0]?.indicators.unshift(indicator);
  return validateDefinition(def)
    .filter((problem) => problem.indicatorKey === 'tergantung')
    .map((problem) => problem.code);
}

describe('validateDefinition: visibility conditions', () => {
  it('accepts fitting conditions on every supported kind', () => {
    expect(codesFor({ indicatorKey: 'tugas_tambahan', operator: 'equals', value: true })).toEqual([]);
    expect(codesFor({ indicatorKey: 'jam_pelatihan', operator: 'in', value: [10, 20] })).toEqual([]);
    expect(codesFor({ indicatorKey: 'membuka_pelajaran', operator: 'notEquals', value: 'efektif' })).toEqual([]);
    expect(codesFor({ indicatorKey: 'akuntabel', operator: 'equals', value: 'BELOW' })).toEqual([]);
    expect(codesFor({ indicatorKey: 'rekomendasi', operator: 'in', value: ['pelatihan', 'coaching'] })).toEqual([]);
  });

  it('refuses a reference to itself, to an unknown or to a later indicator', () => {
    expect(codesFor({ indicatorKey: 'tergantung', operator: 'equals', value: 'x' })).toEqual([
      'CONDITION_SELF_REFERENCE',
    ]);
    expect(codesFor({ indicatorKey: 'tidak_ada', operator: 'equals', value: true })).toEqual([
      'CONDITION_UNKNOWN_INDICATOR',
    ]);
    expect(codesFor({ indicatorKey: 'tugas_tambahan', operator: 'equals', value: true }, 'start')).toEqual([
      'CONDITION_FORWARD_REFERENCE',
    ]);
  });

  it('refuses conditions on kinds without comparable answers', () => {
    expect(codesFor({ indicatorKey: 'ketuntasan_belajar', operator: 'equals', value: 85 })).toEqual([
      'CONDITION_KIND_UNSUPPORTED',
    ]);
    expect(codesFor({ indicatorKey: 'kekuatan', operator: 'equals', value: 'x' })).toEqual([
      'CONDITION_KIND_UNSUPPORTED',
    ]);
    expect(codesFor({ indicatorKey: 'bukti_dukung', operator: 'equals', value: 'x' })).toEqual([
      'CONDITION_KIND_UNSUPPORTED',
    ]);
  });

  it('refuses an operator that does not fit', () => {
    expect(codesFor({ indicatorKey: 'tugas_tambahan', operator: 'in', value: [1] })).toEqual([
      'CONDITION_OPERATOR_INVALID',
    ]);
    expect(codesFor({ indicatorKey: 'jam_pelatihan', operator: 'greaterThan' as 'equals', value: 3 })).toEqual([
      'CONDITION_OPERATOR_INVALID',
    ]);
  });

  it('refuses values of the wrong type, unknown levels/options and empty or scalar lists', () => {
    expect(codesFor({ indicatorKey: 'tugas_tambahan', operator: 'equals', value: 'ya' })).toEqual([
      'CONDITION_VALUE_INVALID',
    ]);
    expect(codesFor({ indicatorKey: 'membuka_pelajaran', operator: 'equals', value: 'sempurna' })).toEqual([
      'CONDITION_VALUE_INVALID',
    ]);
    expect(codesFor({ indicatorKey: 'akuntabel', operator: 'equals', value: 'GOOD' })).toEqual([
      'CONDITION_VALUE_INVALID',
    ]);
    expect(codesFor({ indicatorKey: 'rekomendasi', operator: 'in', value: [] })).toEqual(['CONDITION_VALUE_INVALID']);
    expect(codesFor({ indicatorKey: 'rekomendasi', operator: 'in', value: 'pelatihan' })).toEqual([
      'CONDITION_VALUE_INVALID',
    ]);
    expect(codesFor({ indicatorKey: 'jam_pelatihan', operator: 'equals', value: [3] })).toEqual([
      'CONDITION_VALUE_INVALID',
    ]);
  });
});
