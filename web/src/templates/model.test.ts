import { validateDefinition } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import { draftVersion } from './fixtures';
import {
  definitionOf,
  emptyIndicatorForm,
  formFromIndicator,
  indicatorInputOf,
  placeProblems,
  sectionWeightSum,
} from './model';

describe('the designer model', () => {
  it('sums the weights of each section, with the edit being typed laid over the stored draft', () => {
    const version = draftVersion();
    expect(sectionWeightSum(definitionOf(version).sections[0]!)).toBe(100);
    const form = { ...formFromIndicator(version.sections[0]!.indicators[1]!), weight: '30' };
    const edited = definitionOf(version, {
      type: 'indicator',
      sectionKey: 'hasil_kerja',
      indicatorKey: 'layanan',
      form,
    });
    expect(sectionWeightSum(edited.sections[0]!)).toBe(90);
    const added = definitionOf(version, {
      type: 'indicator',
      sectionKey: 'hasil_kerja',
      indicatorKey: null,
      form: { ...emptyIndicatorForm('TARGET'), key: 'baru', weight: '5' },
    });
    expect(sectionWeightSum(added.sections[0]!)).toBe(105);
    expect(sectionWeightSum(definitionOf(version).sections[1]!)).toBe(0);
  });

  it('lets the rules engine see the typed weight (WEIGHTS_NOT_100 on the section)', () => {
    const version = draftVersion();
    const form = { ...formFromIndicator(version.sections[0]!.indicators[0]!), weight: '50' };
    const problems = validateDefinition(
      definitionOf(version, { type: 'indicator', sectionKey: 'hasil_kerja', indicatorKey: 'laporan', form }),
    );
    expect(problems.find((p) => p.code === 'WEIGHTS_NOT_100')).toMatchObject({ sectionKey: 'hasil_kerja' });
    expect(validateDefinition(definitionOf(version)).some((p) => p.code === 'WEIGHTS_NOT_100')).toBe(false);
  });

  it('places each problem on the indicator it names, else on its section, else in general', () => {
    const placed = placeProblems([
      { code: 'A', sectionKey: 'hasil_kerja', indicatorKey: 'laporan' },
      { code: 'B', sectionKey: 'hasil_kerja', indicatorKey: null },
      { code: 'C', sectionKey: null, indicatorKey: null },
      { code: 'D', sectionKey: 'hasil_kerja', indicatorKey: 'laporan' },
    ]);
    expect(placed.byIndicator.get('laporan')?.map((p) => p.code)).toEqual(['A', 'D']);
    expect(placed.bySection.get('hasil_kerja')?.map((p) => p.code)).toEqual(['B']);
    expect(placed.general.map((p) => p.code)).toEqual(['C']);
  });

  it('sends only the fields of the indicator kind, with typed numbers parsed', () => {
    const form = {
      ...emptyIndicatorForm('NUMBER'),
      key: 'jumlah',
      label: { id: 'Jumlah', en: '' },
      min: '0',
      max: '10,5',
      unit: 'kali',
      target: '99',
    };
    expect(indicatorInputOf(form)).toEqual({
      kind: 'NUMBER',
      key: 'jumlah',
      label: { id: 'Jumlah', en: undefined },
      help: undefined,
      required: true,
      weight: undefined,
      visibleWhen: undefined,
      min: 0,
      max: 10.5,
      unit: 'kali',
      integer: false,
    });
    const target = indicatorInputOf(formFromIndicator(draftVersion().sections[0]!.indicators[0]!));
    expect(target).toMatchObject({
      kind: 'TARGET',
      aspect: 'QUANTITY',
      target: 12,
      unit: 'dokumen',
      direction: 'HIGHER_IS_BETTER',
      weight: 60,
    });
    expect(target).not.toHaveProperty('levels');
  });

  it('checks the indicator being typed through the API converter: a blank target stays absent, a blank English text is the Indonesian one', () => {
    const version = draftVersion();
    const form = {
      ...emptyIndicatorForm('TARGET'),
      key: 'keluhan',
      label: { id: 'Keluhan', en: '' },
      unit: 'kali',
      direction: 'LOWER_IS_BETTER' as const,
    };
    const definition = definitionOf(version, {
      type: 'indicator',
      sectionKey: 'hasil_kerja',
      indicatorKey: null,
      form,
    });
    const added = definition.sections[0]!.indicators.at(-1)!;
    expect(added).toMatchObject({ kind: 'target', key: 'keluhan', lineageKey: 'keluhan', direction: 'lowerIsBetter' });
    expect(added.label).toEqual({ id: 'Keluhan', en: 'Keluhan' });
    expect(added).not.toHaveProperty('target');
    expect(validateDefinition(definition)).toContainEqual(
      expect.objectContaining({ code: 'TARGET_NOT_POSITIVE', indicatorKey: 'keluhan' }),
    );
  });
});
