import { describe, expect, it } from 'vitest';
import { berakhlakSection } from '../behaviour/berakhlak-section.js';
import { DEFAULT_RATING_THRESHOLDS } from '../scoring/suggest-rating.js';
import type { Indicator, Section, TemplateDefinition } from './definition.js';
import { exampleDefinition } from './examples.js';
import { validateDefinition } from './validate-definition.js';

const codes = (def: TemplateDefinition) => validateDefinition(def).map((p) => p.code);

function sectionOf(def: TemplateDefinition, key: string): Section {
  const section = def.sections.find((candidate) => candidate.key === key);
  if (!section) throw new Error(`no section ${key}`);
  return section;
}

function indicatorOf(def: TemplateDefinition, key: string): Indicator {
  const indicator = def.sections.flatMap((section) => section.indicators).find((candidate) => candidate.key === key);
  if (!indicator) throw new Error(`no indicator ${key}`);
  return indicator;
}

describe('validateDefinition: the example', () => {
  it('accepts the example definition', () => {
    expect(validateDefinition(exampleDefinition())).toEqual([]);
  });

  it('uses every indicator kind and section kind in the example', () => {
    const def = exampleDefinition();
    const kinds = new Set(def.sections.flatMap((section) => section.indicators.map((indicator) => indicator.kind)));
    expect([...kinds].sort()).toEqual([
      'choice',
      'evidence',
      'expectation',
      'number',
      'scale',
      'target',
      'text',
      'yesNo',
    ]);
    expect(def.sections.map((section) => section.kind).sort()).toEqual([
      'behaviour',
      'feedback',
      'instrument',
      'workResults',
    ]);
  });
});

describe('validateDefinition: structure and keys', () => {
  it('refuses a definition without sections', () => {
    expect(codes({ ratingThresholds: DEFAULT_RATING_THRESHOLDS } as unknown as TemplateDefinition)).toEqual([
      'DEFINITION_MALFORMED',
    ]);
  });

  it('refuses a section without an indicator list', () => {
    const def = exampleDefinition();
    (def.sections[0] as unknown as { indicators: unknown }).indicators = 'none';
    expect(codes(def)).toEqual(['DEFINITION_MALFORMED']);
  });

  it('reports duplicate indicator keys and lineage keys', () => {
    const def = exampleDefinition();
    const indicator = indicatorOf(def, 'perangkat_pembelajaran');
    indicator.key = 'ketuntasan_belajar';
    indicator.lineageKey = 'ketuntasan_belajar';
    const problems = validateDefinition(def);
    expect(problems.map((p) => p.code)).toEqual(['DUPLICATE_KEY', 'DUPLICATE_LINEAGE_KEY']);
    expect(problems[0]?.path).toBe('sections.0.indicators.1.key');
  });

  it('reports duplicate section keys', () => {
    const def = exampleDefinition();
    sectionOf(def, 'umpan_balik').key = 'hasil_kerja';
    expect(codes(def)).toContain('DUPLICATE_KEY');
  });

  it('reports badly formed keys and lineage keys', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'kekuatan').key = 'Kekuatan Utama';
    indicatorOf(def, 'area_perbaikan').lineageKey = '9area';
    sectionOf(def, 'umpan_balik').key = 'umpan-balik';
    expect(codes(def).filter((code) => code === 'KEY_FORMAT')).toHaveLength(3);
  });

  it('reports missing Indonesian labels and titles', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'kekuatan').label = { id: ' ', en: 'Strengths' };
    sectionOf(def, 'umpan_balik').title = { id: '', en: 'Feedback' };
    const problems = validateDefinition(def).filter((p) => p.code === 'LABEL_MISSING');
    expect(problems.map((p) => p.path).sort()).toEqual(['sections.3.indicators.0.label.id', 'sections.3.title.id']);
  });

  it('reports every problem, not just the first', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'kekuatan').key = 'BAD';
    indicatorOf(def, 'ketuntasan_belajar').weight = 30;
    def.ratingThresholds.behaviour = { meets: 90, above: 90 };
    expect(codes(def)).toEqual(['KEY_FORMAT', 'WEIGHTS_NOT_100', 'THRESHOLDS_NOT_ORDERED']);
  });
});

describe('validateDefinition: sections and weights', () => {
  it('reports weights that do not add up to 100 with an actionable message', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'ketuntasan_belajar').weight = 30;
    const [problem] = validateDefinition(def);
    expect(problem).toMatchObject({
      code: 'WEIGHTS_NOT_100',
      sectionKey: 'hasil_kerja',
      path: 'sections.0.indicators',
    });
    expect(problem?.message.id).toBe("Bobot indikator di bagian 'Hasil Kerja' berjumlah 90, harus 100.");
    expect(problem?.message.en).toBe("Weights in section 'Hasil Kerja' add up to 90; they must add up to 100.");
  });

  it('accepts weights whose float sum is 100 (33.33 + 33.33 + 33.34)', () => {
    const def = exampleDefinition();
    const section = sectionOf(def, 'observasi_kelas');
    section.weighted = true;
    section.indicators.forEach((indicator, index) => (indicator.weight = index === 2 ? 33.34 : 33.33));
    expect(validateDefinition(def)).toEqual([]);
  });

  it('reports a scored indicator without weight in a weighted section', () => {
    const def = exampleDefinition();
    delete indicatorOf(def, 'perangkat_pembelajaran').weight;
    indicatorOf(def, 'ketuntasan_belajar').weight = 60;
    expect(codes(def)).toEqual(['WEIGHT_MISSING']);
  });

  it('reports a zero or negative weight and a weight on an unscored indicator', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'tugas_tambahan').weight = 0;
    indicatorOf(def, 'bukti_dukung').weight = 10;
    expect(codes(def)).toEqual(expect.arrayContaining(['WEIGHT_INVALID', 'WEIGHT_ON_UNSCORED']));
  });

  it('reports a missing and a duplicated work results section', () => {
    const missing = exampleDefinition();
    missing.sections = missing.sections.filter((section) => section.kind !== 'workResults');
    expect(codes(missing)).toContain('WORK_RESULTS_MISSING');
    const twice = exampleDefinition();
    twice.sections.push({
      ...sectionOf(twice, 'observasi_kelas'),
      key: 'hasil_kedua',
      kind: 'workResults',
      indicators: [],
    });
    expect(codes(twice)).toEqual(expect.arrayContaining(['WORK_RESULTS_DUPLICATE', 'SECTION_EMPTY']));
  });

  it('reports a work results section without any scored indicator', () => {
    const def = exampleDefinition();
    const section = sectionOf(def, 'hasil_kerja');
    section.weighted = false;
    section.indicators = section.indicators.filter((indicator) => indicator.kind === 'evidence');
    expect(codes(def)).toEqual(['WORK_RESULTS_UNSCORED']);
  });

  it('reports section weights of one rating that are mixed or do not add up to 100', () => {
    const mixed = exampleDefinition();
    delete sectionOf(mixed, 'observasi_kelas').weight;
    expect(codes(mixed)).toEqual(['SECTION_WEIGHT_MIXED']);
    const wrong = exampleDefinition();
    sectionOf(wrong, 'observasi_kelas').weight = 20;
    expect(codes(wrong)).toEqual(['SECTION_WEIGHTS_NOT_100']);
    const invalid = exampleDefinition();
    sectionOf(invalid, 'observasi_kelas').weight = -30;
    expect(codes(invalid)).toContain('SECTION_WEIGHT_INVALID');
  });

  it('reports an unknown section kind', () => {
    const def = exampleDefinition();
    (sectionOf(def, 'umpan_balik') as { kind: string }).kind = 'comments';
    expect(codes(def)).toEqual(['SECTION_KIND_UNKNOWN']);
  });

  it('keeps feedback sections unscored', () => {
    const def = exampleDefinition();
    const feedback = sectionOf(def, 'umpan_balik');
    feedback.weighted = true;
    feedback.indicators.push({
      kind: 'expectation',
      key: 'umum',
      lineageKey: 'umum',
      label: { id: 'Umum', en: 'Overall' },
      required: false,
    });
    expect(codes(def)).toEqual(['FEEDBACK_SECTION_WEIGHTED', 'FEEDBACK_INDICATOR_SCORED']);
  });
});

describe('validateDefinition: BerAKHLAK and thresholds', () => {
  it('reports a missing behaviour section', () => {
    const def = exampleDefinition();
    def.sections = def.sections.filter((section) => section.kind !== 'behaviour');
    expect(codes(def)).toEqual(['BEHAVIOUR_MISSING']);
  });

  it('reports a duplicated behaviour section', () => {
    const def = exampleDefinition();
    def.sections.push({
      ...berakhlakSection(),
      key: 'perilaku_2',
      indicators: [
        { kind: 'text', key: 'catatan', lineageKey: 'catatan', label: { id: 'Catatan', en: 'Note' }, required: false },
      ],
    });
    expect(codes(def)).toEqual(['BEHAVIOUR_DUPLICATE']);
  });

  it('reports each missing BerAKHLAK value', () => {
    const def = exampleDefinition();
    const behaviour = sectionOf(def, 'perilaku_kerja');
    behaviour.indicators = behaviour.indicators.filter(
      (indicator) => !['loyal', 'adaptif'].includes(indicator.lineageKey),
    );
    const problems = validateDefinition(def);
    expect(problems.map((p) => p.code)).toEqual(['BERAKHLAK_MISSING', 'BERAKHLAK_MISSING']);
    expect(problems[0]?.message.id).toContain("'Loyal'");
  });

  it('reports a BerAKHLAK value that is not an expectation', () => {
    const def = exampleDefinition();
    const behaviour = sectionOf(def, 'perilaku_kerja');
    behaviour.indicators[1] = {
      kind: 'yesNo',
      key: 'akuntabel',
      lineageKey: 'akuntabel',
      label: { id: 'Akuntabel', en: 'Accountable' },
      required: true,
    };
    expect(codes(def)).toEqual(['BERAKHLAK_WRONG_KIND']);
  });

  it('refuses anything else scored in the behaviour section: an attendance yes/no weighted 50, an eighth value (PermenPANRB 6/2022: behaviour is the seven BerAKHLAK values)', () => {
    const def = exampleDefinition();
    const behaviour = sectionOf(def, 'perilaku_kerja');
    behaviour.indicators.push({
      kind: 'yesNo',
      key: 'kehadiran',
      lineageKey: 'kehadiran',
      label: { id: 'Kehadiran', en: 'Attendance' },
      required: true,
      weight: 50,
    });
    behaviour.indicators.push({
      kind: 'expectation',
      key: 'integritas',
      lineageKey: 'integritas',
      label: { id: 'Integritas', en: 'Integrity' },
      required: true,
    });
    const problems = validateDefinition(def).filter((p) => p.code === 'BEHAVIOUR_EXTRA_SCORED');
    expect(problems.map((p) => p.indicatorKey)).toEqual(['kehadiran', 'integritas']);
    expect(problems[0]?.message.id).toContain('Pindahkan indikator ini ke bagian lain');
    // An unscored note may stay.
    const withNote = exampleDefinition();
    sectionOf(withNote, 'perilaku_kerja').indicators.push({
      kind: 'text',
      key: 'catatan_perilaku',
      lineageKey: 'catatan_perilaku',
      label: { id: 'Catatan', en: 'Note' },
      required: false,
    });
    expect(codes(withNote)).toEqual([]);
  });

  it('refuses a BerAKHLAK value rated twice', () => {
    const def = exampleDefinition();
    const behaviour = sectionOf(def, 'perilaku_kerja');
    behaviour.indicators.push({ ...(behaviour.indicators[0] as Indicator), key: 'pelayanan_lagi' });
    expect(codes(def)).toEqual(['DUPLICATE_LINEAGE_KEY', 'BERAKHLAK_DUPLICATE']);
  });

  it('matches BerAKHLAK values by lineageKey, not key', () => {
    const def = exampleDefinition();
    indicatorOf(def, 'loyal').key = 'loyal_v2';
    expect(validateDefinition(def)).toEqual([]);
  });

  it('reports unordered or missing thresholds', () => {
    const def = exampleDefinition();
    def.ratingThresholds.workResults = { meets: 110, above: 80 };
    expect(codes(def)).toEqual(['THRESHOLDS_NOT_ORDERED']);
    (def.ratingThresholds as unknown as Record<string, unknown>).behaviour = undefined;
    expect(codes(def)).toEqual(['THRESHOLDS_NOT_ORDERED', 'THRESHOLDS_INVALID']);
  });
});
