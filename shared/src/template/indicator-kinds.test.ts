import { describe, expect, it } from 'vitest';
import {
  INDICATOR_KIND_GRAPHQL_NAME_LIST,
  INDICATOR_KIND_GRAPHQL_NAMES,
  INDICATOR_KIND_REGISTRY,
  INDICATOR_KINDS,
  INDICATOR_KINDS_BY_GRAPHQL_NAME,
  INDICATOR_TYPENAMES,
} from './indicator-kinds.js';

describe('the indicator-kind registry', () => {
  it('lists the kinds in the order of the API and derives both name maps and the typenames from one entry each', () => {
    expect(INDICATOR_KINDS).toEqual([
      'target',
      'scale',
      'expectation',
      'number',
      'yesNo',
      'choice',
      'text',
      'evidence',
    ]);
    expect(INDICATOR_KIND_GRAPHQL_NAMES.yesNo).toBe('YES_NO');
    expect(INDICATOR_KINDS_BY_GRAPHQL_NAME.YES_NO).toBe('yesNo');
    expect(INDICATOR_TYPENAMES.yesNo).toBe('YesNoIndicator');
    expect(INDICATOR_KIND_GRAPHQL_NAME_LIST).toEqual(INDICATOR_KINDS.map((kind) => INDICATOR_KIND_GRAPHQL_NAMES[kind]));
    for (const kind of INDICATOR_KINDS) {
      expect(INDICATOR_KINDS_BY_GRAPHQL_NAME[INDICATOR_KIND_GRAPHQL_NAMES[kind]]).toBe(kind);
      expect(INDICATOR_KIND_REGISTRY[kind].typename).toMatch(/^[A-Z]\w*Indicator$/);
    }
  });
});
