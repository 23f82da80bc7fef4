import { describe, expect, it } from 'vitest';
import { BERAKHLAK_CODES } from '../behaviour/berakhlak.js';
import { exampleAnswers, exampleDefinition } from '../template/examples.js';
import type { Rating } from './rating.js';
import { scoreAnswers } from './score.js';

const def = exampleDefinition();
const behaviourAll = (rating: Rating) => Object.fromEntries(BERAKHLAK_CODES.map((code) => [code, rating]));

describe('scoreAnswers on the example', () => {
  const result = scoreAnswers(def, exampleAnswers());

  it('scores each indicator', () => {
    const byKey = Object.fromEntries(result.indicators.map((indicator) => [indicator.key, indicator]));
    expect(byKey.ketuntasan_belajar).toMatchObject({
      score: 105.88,
      achievement: 105.88,
      visible: true,
      answered: true,
      scored: true,
      weight: 40,
    });
    expect(byKey.keterlambatan_nilai).toMatchObject({ score: 100, achievement: 100 });
    expect(byKey.pengembangan_kompetensi?.score).toBe(50);
    expect(byKey.jam_pelatihan).toMatchObject({ scored: false, score: null, visible: true });
    expect(byKey.kompeten?.score).toBe(120);
    expect(byKey.kekuatan?.score).toBeNull();
  });

  it('scores each section: weighted mean, plain mean, nothing for feedback', () => {
    expect(result.sections.map((section) => [section.key, section.score])).toEqual([
      ['hasil_kerja', 92.35],
      ['observasi_kelas', 83.33],
      ['perilaku_kerja', 102.86],
      ['umpan_balik', null],
    ]);
    expect(result.sections[0]).toMatchObject({ scoredCount: 5, scorableCount: 5, weight: 70 });
  });

  it('combines the sections of a rating by section weight and suggests ratings and predikat', () => {
    expect(result.workResults).toEqual({ score: 89.64, rating: 'MEETS' });
    expect(result.behaviour).toEqual({ score: 102.86, rating: 'MEETS' });
    expect(result.predikat).toBe('BAIK');
    expect(result.completeness).toEqual({ answeredRequired: 19, totalRequired: 19, percent: 100, complete: true });
  });
});

describe('scoreAnswers: partial and edge cases', () => {
  it('returns nulls and zero completeness for no answers', () => {
    const empty = scoreAnswers(def, {});
    expect(empty.workResults).toEqual({ score: null, rating: null });
    expect(empty.behaviour).toEqual({ score: null, rating: null });
    expect(empty.predikat).toBeNull();
    // jam_pelatihan is hidden until a development activity is picked
    expect(empty.completeness).toEqual({ answeredRequired: 0, totalRequired: 18, percent: 0, complete: false });
  });

  it('renormalises weights over the answered indicators', () => {
    const partial = scoreAnswers(def, { ketuntasan_belajar: { realisation: 85 }, tugas_tambahan: false });
    // (40 × 100 + 10 × 0) / 50
    expect(partial.sections[0]?.score).toBe(80);
    expect(partial.workResults.score).toBe(80);
  });

  it('ignores hidden and malformed answers', () => {
    const hidden = scoreAnswers(def, {
      pengembangan_kompetensi: 'tidak_ada',
      jam_pelatihan: 10,
      ketuntasan_belajar: 'lots',
    });
    const byKey = Object.fromEntries(hidden.indicators.map((indicator) => [indicator.key, indicator]));
    expect(byKey.jam_pelatihan).toMatchObject({ visible: false, answered: true, score: null });
    expect(byKey.ketuntasan_belajar?.score).toBeNull();
    expect(hidden.sections[0]?.score).toBe(0);
  });

  it('suggests ABOVE, MEETS and BELOW from the thresholds', () => {
    expect(scoreAnswers(def, behaviourAll('ABOVE')).behaviour).toEqual({ score: 120, rating: 'ABOVE' });
    expect(scoreAnswers(def, behaviourAll('BELOW')).behaviour).toEqual({ score: 60, rating: 'BELOW' });
    // 4 × ABOVE + 3 × MEETS = 111.43 → ABOVE; 3 × ABOVE + 4 × MEETS = 108.57 → MEETS
    const mostlyAbove = {
      ...behaviourAll('MEETS'),
      berorientasi_pelayanan: 'ABOVE',
      akuntabel: 'ABOVE',
      kompeten: 'ABOVE',
      harmonis: 'ABOVE',
    };
    expect(scoreAnswers(def, mostlyAbove).behaviour).toEqual({ score: 111.43, rating: 'ABOVE' });
    const threeAbove = { ...mostlyAbove, harmonis: 'MEETS' };
    expect(scoreAnswers(def, threeAbove).behaviour).toEqual({ score: 108.57, rating: 'MEETS' });
  });

  it('uses the definition thresholds, boundaries inclusive', () => {
    const strict = exampleDefinition();
    strict.ratingThresholds.behaviour = { meets: 100, above: 120 };
    expect(scoreAnswers(strict, behaviourAll('MEETS')).behaviour.rating).toBe('MEETS');
    expect(scoreAnswers(strict, behaviourAll('ABOVE')).behaviour.rating).toBe('ABOVE');
    expect(scoreAnswers(strict, { ...behaviourAll('MEETS'), loyal: 'BELOW' }).behaviour.rating).toBe('BELOW');
  });

  it('falls back to a plain mean when sections of a rating carry no weights', () => {
    const unweighted = exampleDefinition();
    unweighted.sections.forEach((section) => delete section.weight);
    expect(scoreAnswers(unweighted, exampleAnswers()).workResults.score).toBe(87.84);
  });

  it('counts a conditional required indicator only while it is visible', () => {
    const answers = { ...exampleAnswers(), rekomendasi: ['lainnya'] };
    expect(scoreAnswers(def, answers).completeness).toEqual({
      answeredRequired: 19,
      totalRequired: 20,
      percent: 95,
      complete: false,
    });
  });
});
