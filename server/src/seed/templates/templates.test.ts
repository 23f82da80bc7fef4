import {
  BERAKHLAK_CODES,
  BERAKHLAK_SECTION_KEY,
  isVisible,
  listIndicators,
  scoreAnswers,
  validateAnswers,
  validateDefinition,
  type AnswerSet,
  type TemplateDefinition,
} from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { TemplateVersion, TemplateVersionStatus } from '../../modules/template/template-version.entity.js';
import { seedFamilies } from '../families.seed.js';
import { seedTemplates } from '../templates.seed.js';
import { SEED_TEMPLATES, guruTemplate, pelaksanaAdministrasiTemplate, perawatTemplate } from './index.js';

const behaviour = (overrides: Partial<Record<string, 'BELOW' | 'MEETS' | 'ABOVE'>> = {}): AnswerSet =>
  Object.fromEntries(BERAKHLAK_CODES.map((code) => [code, overrides[code] ?? 'MEETS']));

const feedback: AnswerSet = {
  kekuatan: 'Tekun, teliti dan ramah kepada masyarakat.',
  area_perbaikan: 'Perlu lebih cepat menindaklanjuti pekerjaan yang tertunda.',
  rekomendasi_pengembangan: 'Pelatihan pelayanan prima dan coaching bulanan oleh atasan.',
};

const evidence = { url: 'https://drive.example.go.id/bukti/2025', note: 'Rekap dan laporan tahunan' };

/** A complete, plausible answer set for each seed template. */
const ANSWERS: Record<string, AnswerSet> = {
  guru: {
    perangkat_pembelajaran: { realisation: 24 },
    ketuntasan_belajar: { realisation: 88 },
    nilai_rata_rata_asesmen: { realisation: 78.5 },
    tugas_tambahan: { realisation: 2 },
    jam_pengembangan_kompetensi: { realisation: 40 },
    waktu_laporan_hasil_belajar: { realisation: 8 },
    bukti_dukung: evidence,
    tujuan_pembelajaran: 'efektif',
    pembelajaran_berpusat_murid: 'belum_efektif',
    asesmen_formatif: 'efektif',
    pembelajaran_berdiferensiasi: 'belum_efektif',
    pengelolaan_kelas: 'efektif',
    umpan_balik_murid: 'efektif',
    refleksi_pembelajaran: 'belum_efektif',
    ...behaviour({ kompeten: 'ABOVE' }),
    ...feedback,
  },
  perawat: {
    jumlah_pasien_dilayani: { realisation: 2310 },
    asuhan_keperawatan_terdokumentasi: { realisation: 92 },
    indeks_kepuasan_pasien: { realisation: 84.2 },
    waktu_tanggap_gawat_darurat: { realisation: 6 },
    kepatuhan_kebersihan_tangan: { realisation: 87 },
    pelatihan_btcls: true,
    sertifikat_btcls: { url: 'https://drive.example.go.id/sertifikat/btcls-2025.pdf' },
    bukti_dukung: evidence,
    identifikasi_pasien: 'sepenuhnya',
    komunikasi_edukasi_pasien: 'sebagian_besar',
    tindakan_sesuai_sop: 'sebagian_besar',
    pencegahan_risiko_jatuh: 'sebagian_kecil',
    serah_terima_pasien: 'sbar_tertulis',
    ...behaviour({ berorientasi_pelayanan: 'ABOVE' }),
    ...feedback,
  },
  pelaksana_administrasi: {
    dokumen_diproses: { realisation: 1315 },
    dokumen_tepat_waktu: { realisation: 93 },
    dokumen_tanpa_revisi: { realisation: 80 },
    layanan_sesuai_standar: { realisation: 96 },
    indeks_kepuasan_masyarakat: { realisation: 84.5 },
    ada_pengaduan: true,
    jumlah_pengaduan: 7,
    waktu_tindak_lanjut_pengaduan: { realisation: 4 },
    bukti_tindak_lanjut_pengaduan: { url: 'https://lapor.example.go.id/rekap/2025' },
    bukti_dukung: evidence,
    ...behaviour(),
    ...feedback,
  },
};

describe.each(SEED_TEMPLATES.map((seed) => [seed.familyCode, seed] as const))(
  'seed template %s',
  (familyCode, seed) => {
    const def = (): TemplateDefinition => seed.definition();
    const answers = (): AnswerSet => structuredClone(ANSWERS[familyCode] ?? {});

    it('passes validateDefinition with zero problems', () => {
      expect(validateDefinition(def())).toEqual([]);
    });

    it('returns a fresh copy on every call', () => {
      const first = def();
      first.sections.length = 0;
      expect(def().sections.length).toBeGreaterThan(0);
    });

    it('has one weighted workResults section, the BerAKHLAK section and a feedback section', () => {
      const { sections } = def();
      const workResults = sections.filter((section) => section.kind === 'workResults');
      expect(workResults).toHaveLength(1);
      expect(workResults[0]?.key).toBe('hasil_kerja');
      expect(workResults[0]?.weighted).toBe(true);
      const behaviourSection = sections.find((section) => section.kind === 'behaviour');
      expect(behaviourSection?.key).toBe(BERAKHLAK_SECTION_KEY);
      expect(behaviourSection?.indicators.map((indicator) => indicator.key)).toEqual([...BERAKHLAK_CODES]);
      expect(sections.filter((section) => section.kind === 'feedback')).toHaveLength(1);
    });

    it('has keys equal to lineage keys and bilingual labels everywhere', () => {
      for (const { indicator } of listIndicators(def())) {
        expect(indicator.lineageKey).toBe(indicator.key);
        expect(indicator.label.id.length).toBeGreaterThan(0);
        expect(indicator.label.en.length).toBeGreaterThan(0);
      }
    });

    it('has required targets with positive values, units and weights', () => {
      const targets = listIndicators(def()).flatMap(({ indicator }) =>
        indicator.kind === 'target' ? [indicator] : [],
      );
      expect(targets.length).toBeGreaterThanOrEqual(4);
      for (const target of targets) {
        expect(target.required).toBe(true);
        expect(target.target).toBeGreaterThan(0);
        expect(target.unit.trim()).not.toBe('');
        expect(target.weight).toBeGreaterThan(0);
      }
    });

    it('accepts and scores a complete plausible answer set', () => {
      expect(validateAnswers(def(), answers())).toEqual([]);
      const result = scoreAnswers(def(), answers());
      expect(result.completeness.complete).toBe(true);
      expect(result.workResults.score).not.toBeNull();
      expect(result.workResults.rating).not.toBeNull();
      expect(result.behaviour.rating).not.toBeNull();
      expect(result.predikat).not.toBeNull();
    });
  },
);

describe('seed template scores', () => {
  it('gives the expected numbers for the plausible answers', () => {
    // Guru: hasil kerja 107.58 × 70 % + observation 78.57 (4 of 7 effective) × 30 % = 98.88.
    const guru = scoreAnswers(guruTemplate(), ANSWERS.guru ?? {});
    expect([guru.workResults, guru.behaviour, guru.predikat]).toEqual([
      { score: 98.88, rating: 'MEETS' },
      { score: 102.86, rating: 'MEETS' },
      'BAIK',
    ]);
    // Perawat: hasil kerja 97.34 × 75 % + supervision 73.33 × 25 % = 91.34.
    const perawat = scoreAnswers(perawatTemplate(), ANSWERS.perawat ?? {});
    expect([perawat.workResults, perawat.predikat]).toEqual([{ score: 91.34, rating: 'MEETS' }, 'BAIK']);
    const administrasi = scoreAnswers(pelaksanaAdministrasiTemplate(), ANSWERS.pelaksana_administrasi ?? {});
    expect([administrasi.workResults, administrasi.behaviour, administrasi.predikat]).toEqual([
      { score: 105.2, rating: 'MEETS' },
      { score: 100, rating: 'MEETS' },
      'BAIK',
    ]);
  });

  it('a weak nurse is rated below expectations', () => {
    const answers: AnswerSet = {
      ...ANSWERS.perawat,
      jumlah_pasien_dilayani: { realisation: 1500 },
      asuhan_keperawatan_terdokumentasi: { realisation: 60 },
      waktu_tanggap_gawat_darurat: { realisation: 12 },
      kepatuhan_kebersihan_tangan: { realisation: 55 },
      identifikasi_pasien: 'tidak_sesuai',
      tindakan_sesuai_sop: 'sebagian_kecil',
      serah_terima_pasien: 'lisan',
    };
    expect(scoreAnswers(perawatTemplate(), answers).workResults.rating).toBe('BELOW');
  });
});

describe('pelaksana administrasi: complaint follow-up shows only when there were complaints', () => {
  const dependent = ['jumlah_pengaduan', 'waktu_tindak_lanjut_pengaduan', 'bukti_tindak_lanjut_pengaduan'];

  it('hides the follow-up while the question is unanswered or answered no, shows it on yes', () => {
    const def = pelaksanaAdministrasiTemplate();
    for (const key of dependent) {
      expect(isVisible(def, key, {})).toBe(false);
      expect(isVisible(def, key, { ada_pengaduan: false })).toBe(false);
      expect(isVisible(def, key, { ada_pengaduan: true })).toBe(true);
    }
    expect(isVisible(def, 'dokumen_diproses', { ada_pengaduan: false })).toBe(true);
  });

  it('without complaints, the form is complete and the other weights are renormalised', () => {
    const def = pelaksanaAdministrasiTemplate();
    const answers: AnswerSet = { ...ANSWERS.pelaksana_administrasi, ada_pengaduan: false };
    for (const key of dependent) delete answers[key];
    expect(validateAnswers(def, answers)).toEqual([]);
    const result = scoreAnswers(def, answers);
    expect(result.completeness.complete).toBe(true);
    const followUp = result.indicators.find((indicator) => indicator.key === 'waktu_tindak_lanjut_pengaduan');
    expect(followUp?.visible).toBe(false);
    expect(followUp?.score).toBeNull();
    expect(result.workResults.score).not.toBeNull();
    expect(result.predikat).not.toBeNull();
  });

  it('with complaints, the follow-up evidence becomes required', () => {
    const answers: AnswerSet = { ...ANSWERS.pelaksana_administrasi };
    delete answers.bukti_tindak_lanjut_pengaduan;
    const problems = validateAnswers(pelaksanaAdministrasiTemplate(), answers);
    expect(problems.map((item) => [item.code, item.indicatorKey])).toEqual([
      ['ANSWER_REQUIRED', 'bukti_tindak_lanjut_pengaduan'],
    ]);
  });
});

describe('seedTemplates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('stores one published version 1 per family', async () => {
    await seedFamilies(app.em());
    const versions = await seedTemplates(app.em());
    expect(versions).toHaveLength(SEED_TEMPLATES.length);

    const stored = await app
      .em()
      .find(TemplateVersion, {}, { populate: ['template.family'], orderBy: { createdAt: 'asc' } });
    expect(stored).toHaveLength(SEED_TEMPLATES.length);
    for (const version of stored) {
      const seed = SEED_TEMPLATES.find(
        (item) => item.familyCode === version.template.getEntity().family.getEntity().code,
      );
      expect(seed).toBeDefined();
      expect(version.template.getEntity().name).toBe(seed?.name);
      expect(version.number).toBe(1);
      expect(version.status).toBe(TemplateVersionStatus.PUBLISHED);
      expect(version.publishedAt).toBeInstanceOf(Date);
      expect(version.definition).toEqual(seed?.definition());
    }
  });
});
