import { describe, expect, it } from 'vitest';
import { exampleAnswers, exampleDefinition } from '../template/examples.js';
import type { AnswerSet } from './answer-value.js';
import { validateAnswers } from './validate-answers.js';

const def = exampleDefinition();
const codes = (answers: Record<string, unknown>, partial = false) =>
  validateAnswers(def, answers, { partial }).map((p) => p.code);
/** The complete example answers with some values replaced. */
const withAnswers = (patch: Record<string, unknown>) => ({ ...exampleAnswers(), ...patch });

describe('validateAnswers: complete sets', () => {
  it('accepts the example answers', () => {
    expect(validateAnswers(def, exampleAnswers())).toEqual([]);
  });

  it('reports an unknown key and a malformed answer set', () => {
    expect(codes(withAnswers({ tidak_ada: 1 }))).toEqual(['ANSWER_UNKNOWN_INDICATOR']);
    expect(codes(null as unknown as AnswerSet)).toEqual(['ANSWERS_MALFORMED']);
  });

  it('reports every missing required visible answer with its indicator', () => {
    const problems = validateAnswers(def, {});
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['ANSWER_REQUIRED']));
    // jam_pelatihan and rekomendasi_lain are hidden, rekomendasi is optional.
    expect(problems).toHaveLength(def.sections.flatMap((s) => s.indicators).length - 3);
    expect(problems[0]).toMatchObject({
      indicatorKey: 'ketuntasan_belajar',
      sectionKey: 'hasil_kerja',
      path: 'answers.ketuntasan_belajar',
    });
    expect(problems[0]?.message).toEqual({
      id: "'Persentase siswa yang tuntas KKM' wajib diisi.",
      en: "'Persentase siswa yang tuntas KKM' is required.",
    });
  });

  it('treats null, blank text, empty lists and empty evidence as unanswered', () => {
    expect(codes(withAnswers({ kekuatan: '  ', bukti_dukung: { url: '', note: ' ' }, akuntabel: null }))).toEqual([
      'ANSWER_REQUIRED',
      'ANSWER_REQUIRED',
      'ANSWER_REQUIRED',
    ]);
    expect(codes(withAnswers({ rekomendasi: [] }))).toEqual([]);
  });

  it('does not read inherited properties as answers', () => {
    expect(codes({ ...exampleAnswers(), constructor: undefined })).toEqual(['ANSWER_UNKNOWN_INDICATOR']);
  });
});

describe('validateAnswers: partial drafts', () => {
  it('skips missing required answers but still checks what is given', () => {
    expect(codes({}, true)).toEqual([]);
    expect(codes({ tugas_tambahan: 'ya' }, true)).toEqual(['ANSWER_WRONG_TYPE']);
  });
});

describe('validateAnswers: visibility', () => {
  it('requires a conditional indicator once it is shown', () => {
    expect(codes(withAnswers({ rekomendasi: ['lainnya'] }))).toEqual(['ANSWER_REQUIRED']);
    expect(codes(withAnswers({ rekomendasi: ['lainnya'], rekomendasi_lain: 'Studi banding' }))).toEqual([]);
  });

  it('refuses an answer to a hidden indicator', () => {
    const problems = validateAnswers(def, withAnswers({ pengembangan_kompetensi: 'tidak_ada', jam_pelatihan: 32 }));
    expect(problems.map((p) => [p.code, p.indicatorKey])).toEqual([['ANSWER_HIDDEN', 'jam_pelatihan']]);
    expect(codes(withAnswers({ pengembangan_kompetensi: 'tidak_ada', jam_pelatihan: null }))).toEqual([]);
  });
});

describe('validateAnswers: each kind', () => {
  it('target: a non-negative realisation', () => {
    expect(codes(withAnswers({ ketuntasan_belajar: { realisation: 0 } }))).toEqual([]);
    expect(codes(withAnswers({ ketuntasan_belajar: { realisation: -1 } }))).toEqual(['ANSWER_OUT_OF_RANGE']);
    expect(codes(withAnswers({ ketuntasan_belajar: 90 }))).toEqual(['ANSWER_WRONG_TYPE']);
    expect(codes(withAnswers({ ketuntasan_belajar: { realisation: '90' } }))).toEqual(['ANSWER_WRONG_TYPE']);
    expect(codes(withAnswers({ ketuntasan_belajar: { realisation: Number.NaN } }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('scale: a known level', () => {
    expect(codes(withAnswers({ membuka_pelajaran: 'tidak_dilakukan' }))).toEqual([]);
    expect(codes(withAnswers({ membuka_pelajaran: 'sempurna' }))).toEqual(['ANSWER_UNKNOWN_LEVEL']);
    expect(codes(withAnswers({ membuka_pelajaran: 2 }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('expectation: BELOW, MEETS or ABOVE', () => {
    expect(codes(withAnswers({ loyal: 'BELOW', adaptif: 'ABOVE' }))).toEqual([]);
    expect(codes(withAnswers({ loyal: 'meets' }))).toEqual(['ANSWER_UNKNOWN_LEVEL']);
    expect(codes(withAnswers({ loyal: true }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('number: within min..max, whole when integer', () => {
    expect(codes(withAnswers({ jam_pelatihan: 1 }))).toEqual([]);
    expect(codes(withAnswers({ jam_pelatihan: 200 }))).toEqual([]);
    expect(codes(withAnswers({ jam_pelatihan: 0 }))).toEqual(['ANSWER_OUT_OF_RANGE']);
    expect(codes(withAnswers({ jam_pelatihan: 201 }))).toEqual(['ANSWER_OUT_OF_RANGE']);
    expect(codes(withAnswers({ jam_pelatihan: 2.5 }))).toEqual(['ANSWER_NOT_INTEGER']);
    expect(codes(withAnswers({ jam_pelatihan: '32' }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('yesNo: a boolean', () => {
    expect(codes(withAnswers({ tugas_tambahan: false }))).toEqual([]);
    expect(codes(withAnswers({ tugas_tambahan: 1 }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('choice: known options, one or a list as configured', () => {
    expect(codes(withAnswers({ pengembangan_kompetensi: 'lainnya', jam_pelatihan: null }))).toEqual([
      'ANSWER_UNKNOWN_OPTION',
    ]);
    expect(codes(withAnswers({ pengembangan_kompetensi: ['peserta'] }))).toEqual(['ANSWER_CHOICE_CARDINALITY']);
    expect(codes(withAnswers({ rekomendasi: 'pelatihan' }))).toEqual(['ANSWER_CHOICE_CARDINALITY']);
    expect(codes(withAnswers({ rekomendasi: ['pelatihan', 'pelatihan'] }))).toEqual(['ANSWER_DUPLICATE_OPTION']);
    expect(codes(withAnswers({ rekomendasi: ['pelatihan', 'magang'] }))).toEqual(['ANSWER_UNKNOWN_OPTION']);
    expect(codes(withAnswers({ rekomendasi: ['pelatihan', 3] }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('text: at most maxLength characters (code points)', () => {
    expect(codes(withAnswers({ rekomendasi: ['lainnya'], rekomendasi_lain: 'é'.repeat(500) }))).toEqual([]);
    expect(codes(withAnswers({ rekomendasi: ['lainnya'], rekomendasi_lain: '😀'.repeat(500) }))).toEqual([]);
    expect(codes(withAnswers({ rekomendasi: ['lainnya'], rekomendasi_lain: 'a'.repeat(501) }))).toEqual([
      'ANSWER_TOO_LONG',
    ]);
    expect(codes(withAnswers({ kekuatan: 42 }))).toEqual(['ANSWER_WRONG_TYPE']);
  });

  it('evidence: an http(s) url, a note, or both', () => {
    expect(codes(withAnswers({ bukti_dukung: { note: 'Arsip di tata usaha' } }))).toEqual([]);
    expect(codes(withAnswers({ bukti_dukung: { url: 'http://sekolah.sch.id/bukti?id=3#a' } }))).toEqual([]);
    expect(codes(withAnswers({ bukti_dukung: { url: 'ftp://sekolah.sch.id/bukti' } }))).toEqual([
      'ANSWER_EVIDENCE_URL_INVALID',
    ]);
    expect(codes(withAnswers({ bukti_dukung: { url: 'javascript:alert(1)' } }))).toEqual([
      'ANSWER_EVIDENCE_URL_INVALID',
    ]);
    expect(codes(withAnswers({ bukti_dukung: { url: 'https://a b.id' } }))).toEqual(['ANSWER_EVIDENCE_URL_INVALID']);
    expect(codes(withAnswers({ bukti_dukung: 'https://sekolah.sch.id' }))).toEqual(['ANSWER_WRONG_TYPE']);
    expect(codes(withAnswers({ bukti_dukung: { url: 5 } }))).toEqual(['ANSWER_WRONG_TYPE']);
  });
});
