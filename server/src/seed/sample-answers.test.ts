import { exampleDefinition, validateAnswers } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import { SEED_TEMPLATES } from './templates/index.js';
import { randomSource, sampleAnswers } from './sample-answers.js';

describe('sampleAnswers', () => {
  it('answers every seeded template completely and validly, for weak and strong employees alike', () => {
    const random = randomSource(42);
    for (const definition of [exampleDefinition(), ...SEED_TEMPLATES.map((t) => t.definition())]) {
      for (const strength of [0.7, 1, 1.25]) {
        expect(validateAnswers(definition, sampleAnswers(definition, strength, random))).toEqual([]);
      }
    }
  });

  it('is deterministic for a seed', () => {
    const definition = exampleDefinition();
    expect(sampleAnswers(definition, 1, randomSource(7))).toEqual(sampleAnswers(definition, 1, randomSource(7)));
  });
});
