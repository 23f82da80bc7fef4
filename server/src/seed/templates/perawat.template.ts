import { berakhlakSection, DEFAULT_RATING_THRESHOLDS, type ScaleLevel, type TemplateDefinition } from '@kinerja/shared';

/** Name of the seeded nurse template. */
export const PERAWAT_TEMPLATE_NAME = 'Penilaian Kinerja Perawat';

/** Four-level compliance scale of the nursing-care supervision checklist. */
function complianceLevels(): ScaleLevel[] {
  return [
    { value: 'tidak_sesuai', label: { id: 'Tidak sesuai SOP', en: 'Not according to the SOP' }, score: 1 },
    {
      value: 'sebagian_kecil',
      label: { id: 'Sebagian kecil sesuai SOP', en: 'Partly according to the SOP' },
      score: 2,
    },
    {
      value: 'sebagian_besar',
      label: { id: 'Sebagian besar sesuai SOP', en: 'Mostly according to the SOP' },
      score: 3,
    },
    { value: 'sepenuhnya', label: { id: 'Sepenuhnya sesuai SOP', en: 'Fully according to the SOP' }, score: 4 },
  ];
}

/**
 * Perawat (nurse at a puskesmas), one year: patient-care targets (75 %), a nursing-care quality
 * supervision (25 %), BerAKHLAK and follow-up feedback. Returns a fresh copy on every call.
 */
export function perawatTemplate(): TemplateDefinition {
  return {
    ratingThresholds: structuredClone(DEFAULT_RATING_THRESHOLDS),
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'workResults',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        description: {
          id: 'Rencana hasil kerja pelayanan keperawatan di puskesmas selama satu tahun.',
          en: 'Planned nursing-care results at the puskesmas for one year.',
        },
        weighted: true,
        weight: 75,
        indicators: [
          {
            kind: 'target',
            key: 'jumlah_pasien_dilayani',
            lineageKey: 'jumlah_pasien_dilayani',
            label: { id: 'Jumlah pasien yang dilayani', en: 'Patients served' },
            help: {
              id: 'Kunjungan rawat jalan, tindakan dan gawat darurat yang ditangani, menurut register pelayanan.',
              en: 'Outpatient visits, procedures and emergencies handled, according to the service register.',
            },
            required: true,
            weight: 20,
            aspect: 'quantity',
            target: 2400,
            unit: 'pasien',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'asuhan_keperawatan_terdokumentasi',
            lineageKey: 'asuhan_keperawatan_terdokumentasi',
            label: {
              id: 'Asuhan keperawatan terdokumentasi sesuai standar',
              en: 'Nursing care documented to standard',
            },
            help: {
              id: 'Persentase rekam asuhan (pengkajian, diagnosis, intervensi, evaluasi) yang lengkap pada audit dokumentasi.',
              en: 'Share of care records (assessment, diagnosis, intervention, evaluation) found complete in the documentation audit.',
            },
            required: true,
            weight: 25,
            aspect: 'quality',
            target: 90,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'indeks_kepuasan_pasien',
            lineageKey: 'indeks_kepuasan_pasien',
            label: { id: 'Indeks kepuasan pasien', en: 'Patient satisfaction index' },
            help: {
              id: 'Hasil survei kepuasan pasien unit pelayanan, skala 0–100.',
              en: 'Result of the patient satisfaction survey of the service unit, on a 0–100 scale.',
            },
            required: true,
            weight: 15,
            aspect: 'quality',
            target: 82,
            unit: 'indeks',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'waktu_tanggap_gawat_darurat',
            lineageKey: 'waktu_tanggap_gawat_darurat',
            label: { id: 'Waktu tanggap pelayanan gawat darurat', en: 'Emergency care response time' },
            help: {
              id: 'Rata-rata menit sejak pasien gawat darurat tiba sampai ditangani; standar ≤ 5 menit.',
              en: 'Average minutes from the arrival of an emergency patient to first care; the standard is at most 5 minutes.',
            },
            required: true,
            weight: 20,
            aspect: 'time',
            target: 5,
            unit: 'menit',
            direction: 'lowerIsBetter',
          },
          {
            kind: 'target',
            key: 'kepatuhan_kebersihan_tangan',
            lineageKey: 'kepatuhan_kebersihan_tangan',
            label: { id: 'Kepatuhan kebersihan tangan (PPI)', en: 'Hand hygiene compliance (infection prevention)' },
            help: {
              id: 'Persentase peluang lima momen kebersihan tangan yang dipatuhi pada audit PPI; standar nasional ≥ 85 %.',
              en: 'Share of the five-moments hand hygiene opportunities met in the infection-control audit; the national standard is at least 85 %.',
            },
            required: true,
            weight: 20,
            aspect: 'quality',
            target: 85,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'yesNo',
            key: 'pelatihan_btcls',
            lineageKey: 'pelatihan_btcls',
            label: { id: 'Mengikuti pelatihan BTCLS tahun ini', en: 'Attended BTCLS training this year' },
            help: {
              id: 'Basic Trauma and Cardiac Life Support; dicatat sebagai pengembangan kompetensi, tidak dinilai.',
              en: 'Basic Trauma and Cardiac Life Support; recorded as competency development, not scored.',
            },
            required: true,
          },
          {
            kind: 'evidence',
            key: 'sertifikat_btcls',
            lineageKey: 'sertifikat_btcls',
            label: { id: 'Sertifikat pelatihan BTCLS', en: 'BTCLS training certificate' },
            required: true,
            visibleWhen: { indicatorKey: 'pelatihan_btcls', operator: 'equals', value: true },
          },
          {
            kind: 'evidence',
            key: 'bukti_dukung',
            lineageKey: 'bukti_dukung',
            label: { id: 'Bukti dukung', en: 'Evidence' },
            help: {
              id: 'Rekap register pelayanan, hasil audit dokumentasi dan PPI, laporan survei kepuasan.',
              en: 'Service register summary, documentation and infection-control audit results, satisfaction survey report.',
            },
            required: true,
          },
        ],
      },
      {
        key: 'supervisi_mutu',
        kind: 'instrument',
        title: { id: 'Supervisi Mutu Asuhan Keperawatan', en: 'Nursing-care quality supervision' },
        description: {
          id: 'Diisi kepala puskesmas atau penanggung jawab keperawatan dari supervisi langsung di ruang pelayanan.',
          en: 'Filled in by the head of the puskesmas or the nursing lead from direct supervision on the ward.',
        },
        weighted: false,
        weight: 25,
        indicators: [
          {
            kind: 'scale',
            key: 'identifikasi_pasien',
            lineageKey: 'identifikasi_pasien',
            label: { id: 'Identifikasi pasien dengan benar', en: 'Correct patient identification' },
            help: {
              id: 'Minimal dua identitas (nama dan tanggal lahir/nomor rekam medis) sebelum setiap tindakan.',
              en: 'At least two identifiers (name and date of birth/medical record number) before every procedure.',
            },
            required: true,
            levels: complianceLevels(),
          },
          {
            kind: 'scale',
            key: 'komunikasi_edukasi_pasien',
            lineageKey: 'komunikasi_edukasi_pasien',
            label: {
              id: 'Komunikasi terapeutik dan edukasi pasien/keluarga',
              en: 'Therapeutic communication and patient/family education',
            },
            required: true,
            levels: complianceLevels(),
          },
          {
            kind: 'scale',
            key: 'tindakan_sesuai_sop',
            lineageKey: 'tindakan_sesuai_sop',
            label: { id: 'Tindakan keperawatan sesuai SOP', en: 'Nursing procedures according to the SOP' },
            required: true,
            levels: complianceLevels(),
          },
          {
            kind: 'scale',
            key: 'pencegahan_risiko_jatuh',
            lineageKey: 'pencegahan_risiko_jatuh',
            label: { id: 'Pengkajian dan pencegahan risiko jatuh', en: 'Fall-risk assessment and prevention' },
            required: true,
            levels: complianceLevels(),
          },
          {
            kind: 'choice',
            key: 'serah_terima_pasien',
            lineageKey: 'serah_terima_pasien',
            label: { id: 'Serah terima pasien antar-shift', en: 'Patient handover between shifts' },
            required: true,
            multiple: false,
            options: [
              { value: 'tidak_dilakukan', label: { id: 'Tidak dilakukan', en: 'Not done' }, score: 0 },
              { value: 'lisan', label: { id: 'Lisan saja', en: 'Verbal only' }, score: 1 },
              {
                value: 'sbar_tertulis',
                label: { id: 'Dengan metode SBAR dan tercatat', en: 'Using SBAR and recorded' },
                score: 2,
              },
            ],
          },
        ],
      },
      berakhlakSection(),
      {
        key: 'umpan_balik',
        kind: 'feedback',
        title: { id: 'Umpan Balik', en: 'Feedback' },
        description: {
          id: 'Diisi pejabat penilai setelah penilaian dan dibaca oleh perawat.',
          en: 'Written by the rater after the assessment and read by the nurse.',
        },
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
            label: { id: 'Hal yang perlu ditingkatkan', en: 'Areas to improve' },
            help: {
              id: 'Hubungkan dengan hasil supervisi mutu dan audit.',
              en: 'Relate them to the quality supervision and audit results.',
            },
            required: true,
            maxLength: 2000,
          },
          {
            kind: 'text',
            key: 'rekomendasi_pengembangan',
            lineageKey: 'rekomendasi_pengembangan',
            label: { id: 'Rekomendasi pengembangan', en: 'Recommended development' },
            help: {
              id: 'Mis. pelatihan BTCLS/PPI, pendampingan oleh perawat senior, magang di rumah sakit rujukan.',
              en: 'E.g. BTCLS or infection-control training, mentoring by a senior nurse, an attachment at the referral hospital.',
            },
            required: true,
            maxLength: 2000,
          },
        ],
      },
    ],
  };
}
