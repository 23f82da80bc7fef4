import { describe, expect, it } from 'vitest';
import { KEY_PATTERN } from '../template/definition.js';
import { BERAKHLAK_CODES, BERAKHLAK_VALUES, isBerakhlakCode } from './berakhlak.js';
import { berakhlakSection } from './berakhlak-section.js';

describe('BerAKHLAK', () => {
  it('lists the seven values in the official order, each with three guiding behaviours', () => {
    expect(BERAKHLAK_VALUES.map((value) => value.label.id)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    expect(BERAKHLAK_VALUES.map((value) => value.code)).toEqual([...BERAKHLAK_CODES]);
    for (const value of BERAKHLAK_VALUES) {
      expect(value.code).toMatch(KEY_PATTERN);
      expect(value.behaviours).toHaveLength(3);
      for (const behaviour of value.behaviours) expect(behaviour.id && behaviour.en).toBeTruthy();
    }
    expect(BERAKHLAK_VALUES[0]?.behaviours[0]?.id).toBe('Memahami dan memenuhi kebutuhan masyarakat.');
    expect(isBerakhlakCode('loyal')).toBe(true);
    expect(isBerakhlakCode('jujur')).toBe(false);
  });

  it('builds the standard behaviour section: seven required, unweighted expectations', () => {
    const section = berakhlakSection();
    expect(section).toMatchObject({ kind: 'behaviour', weighted: false });
    expect(
      section.indicators.map((indicator) => [
        indicator.kind,
        indicator.key,
        indicator.lineageKey,
        indicator.required,
        indicator.weight,
      ]),
    ).toEqual(BERAKHLAK_CODES.map((code) => ['expectation', code, code, true, undefined]));
    const first = section.indicators[0];
    expect(first?.kind === 'expectation' ? first.guidance : undefined).toHaveLength(3);
  });

  it('returns a fresh copy each time', () => {
    const first = berakhlakSection().indicators[0];
    if (first) first.label.id = 'changed';
    expect(berakhlakSection().indicators[0]?.label.id).toBe('Berorientasi Pelayanan');
    expect(BERAKHLAK_VALUES[0]?.label.id).toBe('Berorientasi Pelayanan');
  });
});
