import { describe, expect, it } from 'vitest';
import {
  addIndicator,
  addSection,
  blockingProblems,
  moveIndicator,
  moveSection,
  removeIndicator,
  removeSection,
  updateIndicator,
  updateSection,
  type EditResult,
} from './edits.js';
import { exampleDefinition } from './examples.js';
import type { TemplateDefinition } from './definition.js';
import { listIndicators } from './walk.js';

function ok(result: EditResult): TemplateDefinition {
  if (!result.ok) throw new Error(result.message.en);
  return result.definition;
}
const keys = (def: TemplateDefinition) => listIndicators(def).map((p) => p.indicator.key);

describe('draft edits', () => {
  it('never mutate the definition they are given', () => {
    const def = exampleDefinition();
    const frozen = structuredClone(def);
    ok(removeSection(def, 'umpan_balik'));
    ok(
      updateIndicator(def, 'kekuatan', {
        kind: 'text',
        key: 'kekuatan_utama',
        lineageKey: 'x',
        label: { id: 'K', en: 'S' },
        required: true,
      }),
    );
    expect(def).toEqual(frozen);
  });

  it('add a section at a position, refusing a duplicate key and a bad position', () => {
    const def = exampleDefinition();
    const next = ok(
      addSection(def, { key: 'catatan', kind: 'feedback', title: { id: 'Catatan', en: 'Notes' }, weighted: false }, 0),
    );
    expect(next.sections[0]).toMatchObject({ key: 'catatan', indicators: [] });
    expect(
      addSection(def, { key: 'hasil_kerja', kind: 'feedback', title: { id: 'X', en: 'X' }, weighted: false }),
    ).toMatchObject({ ok: false, code: 'DUPLICATE_KEY' });
    expect(
      addSection(def, { key: 'z', kind: 'feedback', title: { id: 'X', en: 'X' }, weighted: false }, 9),
    ).toMatchObject({ ok: false, code: 'POSITION_OUT_OF_RANGE' });
  });

  it('update a section but keep its indicators; remove and move sections', () => {
    const def = exampleDefinition();
    const updated = ok(
      updateSection(def, 'umpan_balik', {
        key: 'umpan_balik',
        kind: 'feedback',
        title: { id: 'Masukan', en: 'Input' },
        weighted: false,
      }),
    );
    expect(updated.sections[3]!.title.id).toBe('Masukan');
    expect(updated.sections[3]!.indicators).toHaveLength(4);
    expect(ok(removeSection(def, 'observasi_kelas')).sections.map((s) => s.key)).toEqual([
      'hasil_kerja',
      'perilaku_kerja',
      'umpan_balik',
    ]);
    expect(ok(moveSection(def, 'umpan_balik', 0)).sections.map((s) => s.key)[0]).toBe('umpan_balik');
    expect(removeSection(def, 'nope')).toMatchObject({ ok: false, code: 'SECTION_NOT_FOUND' });
  });

  it('start a new lineage when an indicator is added, and keep it through updates and renames', () => {
    const def = exampleDefinition();
    const added = ok(
      addIndicator(
        def,
        'umpan_balik',
        { kind: 'yesNo', key: 'setuju', lineageKey: 'ignored', label: { id: 'Setuju', en: 'Agree' }, required: false },
        0,
      ),
    );
    expect(added.sections[3]!.indicators[0]).toMatchObject({ key: 'setuju', lineageKey: 'setuju' });
    const renamed = ok(
      updateIndicator(added, 'rekomendasi', {
        kind: 'choice',
        key: 'saran',
        lineageKey: 'other',
        label: { id: 'Saran', en: 'Advice' },
        required: false,
        multiple: true,
        options: [
          { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
          { value: 'pelatihan', label: { id: 'Pelatihan', en: 'Training' } },
        ],
      }),
    );
    const saran = listIndicators(renamed).find((p) => p.indicator.key === 'saran')!.indicator;
    expect(saran.lineageKey).toBe('rekomendasi');
    // The condition that named the old key follows the rename.
    expect(
      listIndicators(renamed).find((p) => p.indicator.key === 'rekomendasi_lain')!.indicator.visibleWhen?.indicatorKey,
    ).toBe('saran');
    expect(
      addIndicator(def, 'umpan_balik', {
        kind: 'text',
        key: 'kekuatan',
        lineageKey: 'k',
        label: { id: 'K', en: 'K' },
        required: false,
      }),
    ).toMatchObject({ ok: false, code: 'DUPLICATE_KEY' });
  });

  it('remove and move indicators across sections', () => {
    const def = exampleDefinition();
    expect(keys(ok(removeIndicator(def, 'bukti_dukung')))).not.toContain('bukti_dukung');
    const moved = ok(moveIndicator(def, 'bukti_dukung', 'umpan_balik', 0));
    expect(moved.sections[3]!.indicators[0]!.key).toBe('bukti_dukung');
    expect(moveIndicator(def, 'bukti_dukung', 'nope', 0)).toMatchObject({ ok: false, code: 'SECTION_NOT_FOUND' });
    expect(removeIndicator(def, 'nope')).toMatchObject({ ok: false, code: 'INDICATOR_NOT_FOUND' });
  });
});

describe('blockingProblems', () => {
  it('tolerates an incomplete draft (weights not yet 100) but not a wrong one', () => {
    const def = exampleDefinition();
    const incomplete = ok(removeIndicator(def, 'tugas_tambahan'));
    expect(blockingProblems(def, incomplete)).toEqual([]);
    const wrong = ok(
      addIndicator(def, 'observasi_kelas', {
        kind: 'scale',
        key: 'rusak',
        lineageKey: 'rusak',
        label: { id: 'R', en: 'R' },
        required: true,
        levels: [],
      }),
    );
    expect(blockingProblems(def, wrong).map((p) => p.code)).toEqual(['SCALE_MALFORMED']);
  });

  it('does not blame an edit for problems the draft already had', () => {
    const def = exampleDefinition();
    const broken = ok(
      addIndicator(def, 'observasi_kelas', {
        kind: 'scale',
        key: 'rusak',
        lineageKey: 'rusak',
        label: { id: 'R', en: 'R' },
        required: true,
        levels: [],
      }),
    );
    const unrelated = ok(moveSection(broken, 'umpan_balik', 0));
    expect(blockingProblems(broken, unrelated)).toEqual([]);
  });
});
