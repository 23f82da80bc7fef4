import type { AnswerSet } from '../answers/answer-value.js';
import { berakhlakSection } from '../behaviour/berakhlak-section.js';
import { DEFAULT_RATING_THRESHOLDS } from '../scoring/suggest-rating.js';
import type { ScaleLevel, TemplateDefinition } from './definition.js';

/** The three-level classroom-observation rubric of the teacher family. */
export function teacherRubricLevels(): ScaleLevel[] {
  return [
    { value: 'tidak_dilakukan', label: { id: 'Tidak dilakukan', en: 'Not done' }, score: 0 },
    { value: 'belum_efektif', label: { id: 'Dilakukan, belum efektif', en: 'Done, not yet effective' }, score: 1 },
    { value: 'efektif', label: { id: 'Dilakukan dan efektif', en: 'Done and effective' }, score: 2 },
  ];
}

/**
 * A complete, valid teacher (Guru) template that uses every indicator kind: a weighted work-results
 * section (targets in both directions, a weighted yes/no, a scored choice, an unscored number
 * shown on condition, evidence), a classroom-observation instrument on the 3-level rubric, the
 * BerAKHLAK section and a feedback section (texts, a multiple choice, a conditional text).
 * Shared by the tests of every package; returns a fresh copy on every call.
 */
export function exampleDefinition(): TemplateDefinition {
  return {
    ratingThresholds: {
      workResults: { ...DEFAULT_RATING_THRESHOLDS.workResults },
      behaviour: { ...DEFAULT_RATING_THRESHOLDS.behaviour },
    },
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'workResults',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        weighted: true,
        weight: 70,
        indicators: [
          {
            kind: 'target',
            key: 'ketuntasan_belajar',
            lineageKey: 'ketuntasan_belajar',
            label: {
              id: 'Persentase siswa yang tuntas KKM',
              en: 'Share of students reaching the minimum mastery criterion',
            },
            required: true,
            weight: 40,
            aspect: 'quality',
            target: 85,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'perangkat_pembelajaran',
            lineageKey: 'perangkat_pembelajaran',
            label: { id: 'Perangkat pembelajaran yang disusun', en: 'Lesson plans prepared' },
            required: true,
            weight: 20,
            aspect: 'quantity',
            target: 12,
            unit: 'dokumen',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'keterlambatan_nilai',
            lineageKey: 'keterlambatan_nilai',
            label: { id: 'Keterlambatan pengumpulan nilai rapor', en: 'Delay in submitting report-card marks' },
            help: { id: 'Jumlah hari kerja terlambat; target 0.', en: 'Working days late; the target is 0.' },
            required: true,
            weight: 10,
            aspect: 'time',
            target: 0,
            unit: 'hari',
            direction: 'lowerIsBetter',
          },
          {
            kind: 'yesNo',
            key: 'tugas_tambahan',
            lineageKey: 'tugas_tambahan',
            label: {
              id: 'Melaksanakan tugas tambahan sebagai wali kelas',
              en: 'Carried out the additional duty of homeroom teacher',
            },
            required: true,
            weight: 10,
          },
          {
            kind: 'choice',
            key: 'pengembangan_kompetensi',
            lineageKey: 'pengembangan_kompetensi',
            label: { id: 'Pengembangan kompetensi', en: 'Competency development' },
            required: true,
            weight: 20,
            multiple: false,
            options: [
              { value: 'tidak_ada', label: { id: 'Tidak mengikuti', en: 'None' }, score: 0 },
              { value: 'peserta', label: { id: 'Mengikuti pelatihan', en: 'Attended training' }, score: 1 },
              { value: 'narasumber', label: { id: 'Menjadi narasumber', en: 'Was a speaker' }, score: 2 },
            ],
          },
          {
            kind: 'number',
            key: 'jam_pelatihan',
            lineageKey: 'jam_pelatihan',
            label: { id: 'Jumlah jam pelajaran (JP) pelatihan', en: 'Training hours (JP)' },
            required: true,
            min: 1,
            max: 200,
            integer: true,
            unit: 'JP',
            visibleWhen: { indicatorKey: 'pengembangan_kompetensi', operator: 'in', value: ['peserta', 'narasumber'] },
          },
          {
            kind: 'evidence',
            key: 'bukti_dukung',
            lineageKey: 'bukti_dukung',
            label: { id: 'Bukti dukung', en: 'Evidence' },
            required: true,
          },
        ],
      },
      {
        key: 'observasi_kelas',
        kind: 'instrument',
        title: { id: 'Observasi Pembelajaran di Kelas', en: 'Classroom observation' },
        weighted: false,
        weight: 30,
        indicators: [
          {
            kind: 'scale',
            key: 'membuka_pelajaran',
            lineageKey: 'membuka_pelajaran',
            label: { id: 'Membuka pelajaran dan menyampaikan tujuan', en: 'Opens the lesson and states its goals' },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'mengelola_kelas',
            lineageKey: 'mengelola_kelas',
            label: { id: 'Mengelola kelas dan melibatkan siswa', en: 'Manages the class and engages students' },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'asesmen_pembelajaran',
            lineageKey: 'asesmen_pembelajaran',
            label: { id: 'Melakukan asesmen dan umpan balik', en: 'Assesses learning and gives feedback' },
            required: true,
            levels: teacherRubricLevels(),
          },
        ],
      },
      berakhlakSection(),
      {
        key: 'umpan_balik',
        kind: 'feedback',
        title: { id: 'Umpan Balik', en: 'Feedback' },
        weighted: false,
        indicators: [
          {
            kind: 'text',
            key: 'kekuatan',
            lineageKey: 'kekuatan',
            label: { id: 'Kekuatan', en: 'Strengths' },
            required: true,
            maxLength: 2000,
          },
          {
            kind: 'text',
            key: 'area_perbaikan',
            lineageKey: 'area_perbaikan',
            label: { id: 'Area yang perlu diperbaiki', en: 'Areas to improve' },
            required: true,
            maxLength: 2000,
          },
          {
            kind: 'choice',
            key: 'rekomendasi',
            lineageKey: 'rekomendasi',
            label: { id: 'Rekomendasi pengembangan', en: 'Recommended development' },
            required: false,
            multiple: true,
            options: [
              { value: 'pelatihan', label: { id: 'Pelatihan', en: 'Training' } },
              { value: 'mentoring', label: { id: 'Mentoring', en: 'Mentoring' } },
              { value: 'coaching', label: { id: 'Coaching', en: 'Coaching' } },
              { value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
            ],
          },
          {
            kind: 'text',
            key: 'rekomendasi_lain',
            lineageKey: 'rekomendasi_lain',
            label: { id: 'Rekomendasi lainnya', en: 'Other recommendation' },
            required: true,
            maxLength: 500,
            visibleWhen: { indicatorKey: 'rekomendasi', operator: 'equals', value: 'lainnya' },
          },
        ],
      },
    ],
  };
}

/**
 * A complete, valid answer set for {@link exampleDefinition}. Its numbers: work-results section 92.35,
 * observation 83.33, work results 89.64 (Sesuai), behaviour 102.86 (Sesuai), predikat Baik.
 */
export function exampleAnswers(): AnswerSet {
  return {
    ketuntasan_belajar: { realisation: 90 },
    perangkat_pembelajaran: { realisation: 12 },
    keterlambatan_nilai: { realisation: 0 },
    tugas_tambahan: true,
    pengembangan_kompetensi: 'peserta',
    jam_pelatihan: 32,
    bukti_dukung: { url: 'https://drive.example.go.id/bukti/2025', note: 'Daftar nilai dan sertifikat pelatihan' },
    membuka_pelajaran: 'efektif',
    mengelola_kelas: 'belum_efektif',
    asesmen_pembelajaran: 'efektif',
    berorientasi_pelayanan: 'MEETS',
    akuntabel: 'MEETS',
    kompeten: 'ABOVE',
    harmonis: 'MEETS',
    loyal: 'MEETS',
    adaptif: 'MEETS',
    kolaboratif: 'MEETS',
    kekuatan: 'Menguasai materi dan dekat dengan siswa.',
    area_perbaikan: 'Asesmen formatif perlu lebih sering.',
    rekomendasi: ['pelatihan', 'mentoring'],
  };
}
