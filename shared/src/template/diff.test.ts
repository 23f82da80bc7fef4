import { describe, expect, it } from 'vitest';
import type { Indicator, Section } from './definition.js';
import { diffDefinitions } from './diff.js';
import { exampleDefinition } from './examples.js';

function take(section: Section | undefined, key: string): Indicator {
  const index = section?.indicators.findIndex((indicator) => indicator.key === key) ?? -1;
  const [indicator] = section?.indicators.splice(index, 1) ?? [];
  if (index < 0 || !indicator) throw new Error(`no indicator ${key}`);
  return indicator;
}

describe('diffDefinitions', () => {
  it('finds nothing between equal versions', () => {
    const diff = diffDefinitions(exampleDefinition(), exampleDefinition());
    expect(diff.identical).toBe(true);
    expect(diff.reordered).toBe(false);
  });

  it('matches indicators by lineageKey: added, removed, and renamed with changes', () => {
    const to = exampleDefinition();
    const work = to.sections[0];
    take(work, 'perangkat_pembelajaran');
    work?.indicators.push({
      kind: 'yesNo',
      key: 'ekstrakurikuler',
      lineageKey: 'ekstrakurikuler',
      label: { id: 'Membina ekstrakurikuler', en: 'Coaches an extracurricular activity' },
      required: false,
    });
    const target = work?.indicators[0];
    if (target?.kind !== 'target') throw new Error('fixture changed');
    target.key = 'ketuntasan_belajar_v2';
    target.target = 90;
    target.weight = 60;
    const diff = diffDefinitions(exampleDefinition(), to);
    expect(diff.indicators.added.map((ref) => ref.key)).toEqual(['ekstrakurikuler']);
    expect(diff.indicators.removed.map((ref) => ref.lineageKey)).toEqual(['perangkat_pembelajaran']);
    expect(diff.indicators.changed).toEqual([
      {
        lineageKey: 'ketuntasan_belajar',
        key: 'ketuntasan_belajar_v2',
        fromKey: 'ketuntasan_belajar',
        sectionKey: 'hasil_kerja',
        label: target.label,
        changes: [
          { field: 'key', before: 'ketuntasan_belajar', after: 'ketuntasan_belajar_v2' },
          { field: 'target', before: 85, after: 90 },
          { field: 'weight', before: 40, after: 60 },
        ],
      },
    ]);
    expect(diff.identical).toBe(false);
  });

  it('reports nested changes (levels, visibility) and removed optional fields', () => {
    const to = exampleDefinition();
    const scale = to.sections[1]?.indicators[0];
    if (scale?.kind !== 'scale') throw new Error('fixture changed');
    scale.levels[2] = { value: 'efektif', label: { id: 'Efektif', en: 'Effective' }, score: 3 };
    const number = to.sections[0]?.indicators.find((indicator) => indicator.key === 'jam_pelatihan');
    if (number) delete number.visibleWhen;
    const changes = diffDefinitions(exampleDefinition(), to).indicators.changed.map((change) => [
      change.key,
      change.changes.map((c) => c.field),
    ]);
    expect(changes).toEqual([
      ['jam_pelatihan', ['visibleWhen']],
      ['membuka_pelajaran', ['levels']],
    ]);
  });

  it('reports moves between sections', () => {
    const to = exampleDefinition();
    const moved = take(to.sections[0], 'bukti_dukung');
    to.sections[1]?.indicators.push(moved);
    const diff = diffDefinitions(exampleDefinition(), to);
    expect(diff.indicators.moved).toMatchObject([
      { lineageKey: 'bukti_dukung', sectionKey: 'observasi_kelas', fromSectionKey: 'hasil_kerja' },
    ]);
    expect(diff.indicators.changed).toEqual([]);
  });

  it('reports section and threshold changes', () => {
    const to = exampleDefinition();
    to.sections[3] = { ...(to.sections[3] as Section), key: 'catatan' };
    if (to.sections[0]) to.sections[0].title = { id: 'Hasil Kerja Guru', en: 'Teacher work results' };
    to.ratingThresholds.workResults.above = 115;
    const diff = diffDefinitions(exampleDefinition(), to);
    expect(diff.sections.added.map((ref) => ref.key)).toEqual(['catatan']);
    expect(diff.sections.removed.map((ref) => ref.key)).toEqual(['umpan_balik']);
    expect(diff.sections.changed).toMatchObject([{ key: 'hasil_kerja', changes: [{ field: 'title' }] }]);
    expect(diff.indicators.moved.map((move) => move.key)).toEqual([
      'kekuatan',
      'area_perbaikan',
      'rekomendasi',
      'rekomendasi_lain',
    ]);
    expect(diff.ratingThresholds).toEqual([{ field: 'workResults.above', before: 110, after: 115 }]);
  });

  it('notices reordering', () => {
    const to = exampleDefinition();
    to.sections.reverse();
    expect(diffDefinitions(exampleDefinition(), to)).toMatchObject({ reordered: true, identical: false });
    const swapped = exampleDefinition();
    swapped.sections[1]?.indicators.reverse();
    expect(diffDefinitions(exampleDefinition(), swapped).reordered).toBe(true);
  });
});
