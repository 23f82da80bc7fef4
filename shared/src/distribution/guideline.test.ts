import { describe, expect, it } from 'vitest';
import { sameGuidelineRules, SE_MENPANRB_3_2023_GUIDELINE as SE, validateGuidelineRules } from './guideline.js';

const codesOf = (result: ReturnType<typeof validateGuidelineRules>) =>
  result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);

describe('the guideline as data', () => {
  it('accepts every shipped SE MenPANRB 3/2023 row as it is', () => {
    for (const rules of Object.values(SE)) {
      const result = validateGuidelineRules(rules);
      expect(result.ok).toBe(true);
      if (result.ok) expect(sameGuidelineRules(result.rules, rules)).toBe(true);
    }
  });

  it('refuses rules an administrator could not mean, pointing at each', () => {
    expect(codesOf(validateGuidelineRules([]))).toEqual(['rules:RULES_REQUIRED']);
    expect(
      codesOf(
        validateGuidelineRules([
          { kind: 'mostly', predikat: ['BAIK'] },
          { kind: 'atMost', predikat: [], percent: 70 },
          { kind: 'atLeast', predikat: ['BAIK', 'BAIK'], percent: 101 },
          { kind: 'atMost', predikat: ['BAIK'], percent: 12.345 },
          { kind: 'present', predikat: ['BAIK'], percent: 10 },
          { kind: 'largest', predikat: ['BAIK', 'KURANG'] },
          { kind: 'absent', predikat: ['LUAR_BIASA'] },
        ]),
      ),
    ).toEqual([
      'rules.0.kind:RULE_KIND',
      'rules.1.predikat:RULE_PREDIKAT',
      'rules.2.predikat:RULE_PREDIKAT',
      'rules.2.percent:RULE_PERCENT',
      'rules.3.percent:RULE_PERCENT',
      'rules.4.percent:RULE_PERCENT',
      'rules.5.predikat:RULE_PREDIKAT',
      'rules.6.predikat:RULE_PREDIKAT',
    ]);
    expect(
      codesOf(validateGuidelineRules(Array.from({ length: 11 }, () => ({ kind: 'present', predikat: ['BAIK'] })))),
    ).toEqual(['rules:TOO_MANY_RULES']);
    const long = validateGuidelineRules([{ kind: 'x'.repeat(5000), predikat: ['BAIK'] }]);
    expect(!long.ok && long.problems[0]!.message.id).toBe(
      `Jenis ketentuan '${'x'.repeat(40)}…' tidak dikenal; pilih largest, atMost, atLeast, present, absent.`,
    );
  });

  it('keeps percentages with two decimals, and tells changed rows from the SE', () => {
    const result = validateGuidelineRules([{ kind: 'atMost', predikat: ['BAIK'], percent: 0.29 }]);
    expect(result.ok && result.rules).toEqual([{ kind: 'atMost', predikat: ['BAIK'], percent: 0.29 }]);
    expect(sameGuidelineRules(SE.BAIK, SE.BAIK)).toBe(true);
    expect(sameGuidelineRules(SE.BAIK, [...SE.BAIK].reverse())).toBe(false);
    expect(sameGuidelineRules(SE.KURANG, SE.BUTUH_PERBAIKAN)).toBe(false);
  });
});
