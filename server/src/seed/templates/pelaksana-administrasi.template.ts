import {
  berakhlakSection,
  DEFAULT_RATING_THRESHOLDS,
  type TemplateDefinition,
  type VisibleWhen,
} from '@kinerja/shared';

/** Name of the seeded administrative-staff template. */
export const PELAKSANA_ADMINISTRASI_TEMPLATE_NAME = 'Penilaian Kinerja Pelaksana Administrasi';

/** Shown only when the employee had complaints to handle (a fresh object for each indicator). */
function whenComplaints(): VisibleWhen {
  return { indicatorKey: 'ada_pengaduan', operator: 'equals', value: true };
}

/**
 * Pelaksana administrasi (administrative staff of the kecamatan/kelurahan), one year: documents and
 * public services. The complaint follow-up target, its count and its evidence show only when the
 * employee had complaints to handle; otherwise the remaining weights are renormalised.
 * Returns a fresh copy on every call.
 */
export function pelaksanaAdministrasiTemplate(): TemplateDefinition {
  return {
    ratingThresholds: structuredClone(DEFAULT_RATING_THRESHOLDS),
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'workResults',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        description: {
          id: 'Rencana hasil kerja pengolahan dokumen dan pelayanan masyarakat selama satu tahun.',
          en: 'Planned results of document processing and public service for one year.',
        },
        weighted: true,
        indicators: [
          {
            kind: 'target',
            key: 'dokumen_diproses',
            lineageKey: 'dokumen_diproses',
            label: { id: 'Jumlah dokumen yang diproses', en: 'Documents processed' },
            help: {
              id: 'Surat masuk/keluar, surat keterangan dan berkas permohonan yang dicatat di agenda atau aplikasi persuratan.',
              en: 'Incoming/outgoing letters, certificates and application files recorded in the register or the correspondence application.',
            },
            required: true,
            weight: 20,
            aspect: 'quantity',
            target: 1200,
            unit: 'dokumen',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'dokumen_tepat_waktu',
            lineageKey: 'dokumen_tepat_waktu',
            label: { id: 'Dokumen selesai tepat waktu', en: 'Documents completed on time' },
            help: {
              id: 'Persentase dokumen yang selesai dalam batas waktu standar pelayanan.',
              en: 'Share of documents completed within the time set by the service standard.',
            },
            required: true,
            weight: 15,
            aspect: 'time',
            target: 90,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'dokumen_tanpa_revisi',
            lineageKey: 'dokumen_tanpa_revisi',
            label: { id: 'Dokumen tanpa revisi', en: 'Documents without revision' },
            help: {
              id: 'Persentase dokumen yang diterima atasan tanpa dikembalikan untuk perbaikan.',
              en: 'Share of documents accepted by the supervisor without being returned for correction.',
            },
            required: true,
            weight: 15,
            aspect: 'quality',
            target: 85,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'layanan_sesuai_standar',
            lineageKey: 'layanan_sesuai_standar',
            label: {
              id: 'Permohonan layanan masyarakat sesuai standar pelayanan',
              en: 'Public service requests handled to the service standard',
            },
            help: {
              id: 'Persentase permohonan yang persyaratan, prosedur dan waktunya sesuai standar pelayanan yang diumumkan.',
              en: 'Share of requests whose requirements, procedure and time follow the published service standard.',
            },
            required: true,
            weight: 20,
            aspect: 'quality',
            target: 95,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'indeks_kepuasan_masyarakat',
            lineageKey: 'indeks_kepuasan_masyarakat',
            label: { id: 'Indeks kepuasan masyarakat (IKM)', en: 'Community satisfaction index' },
            help: {
              id: 'Nilai survei kepuasan masyarakat (SKM) unit layanan, skala 0–100.',
              en: 'Score of the community satisfaction survey of the service unit, on a 0–100 scale.',
            },
            required: true,
            weight: 15,
            aspect: 'quality',
            target: 82,
            unit: 'nilai',
            direction: 'higherIsBetter',
          },
          {
            kind: 'yesNo',
            key: 'ada_pengaduan',
            lineageKey: 'ada_pengaduan',
            label: {
              id: 'Ada pengaduan masyarakat yang ditangani pada periode ini?',
              en: 'Were there public complaints to handle in this period?',
            },
            help: {
              id: 'Jika tidak ada, indikator tindak lanjut pengaduan tidak ditampilkan dan tidak dinilai.',
              en: 'If not, the complaint follow-up indicators are hidden and not scored.',
            },
            required: true,
          },
          {
            kind: 'number',
            key: 'jumlah_pengaduan',
            lineageKey: 'jumlah_pengaduan',
            label: { id: 'Jumlah pengaduan yang ditangani', en: 'Complaints handled' },
            required: true,
            min: 1,
            max: 1000,
            integer: true,
            unit: 'pengaduan',
            visibleWhen: whenComplaints(),
          },
          {
            kind: 'target',
            key: 'waktu_tindak_lanjut_pengaduan',
            lineageKey: 'waktu_tindak_lanjut_pengaduan',
            label: { id: 'Waktu tindak lanjut pengaduan', en: 'Time to follow up complaints' },
            help: {
              id: 'Rata-rata hari kerja sejak pengaduan diterima sampai ditindaklanjuti; paling lama 5 hari kerja.',
              en: 'Average working days from receiving a complaint to its follow-up; at most 5 working days.',
            },
            required: true,
            weight: 15,
            aspect: 'time',
            target: 5,
            unit: 'hari kerja',
            direction: 'lowerIsBetter',
            visibleWhen: whenComplaints(),
          },
          {
            kind: 'evidence',
            key: 'bukti_tindak_lanjut_pengaduan',
            lineageKey: 'bukti_tindak_lanjut_pengaduan',
            label: { id: 'Bukti tindak lanjut pengaduan', en: 'Evidence of complaint follow-up' },
            help: {
              id: 'Rekap pengaduan (mis. dari SP4N-LAPOR!) dengan tanggal diterima dan tanggal tindak lanjut.',
              en: 'Complaint summary (e.g. from SP4N-LAPOR!) with the dates received and followed up.',
            },
            required: true,
            visibleWhen: whenComplaints(),
          },
          {
            kind: 'evidence',
            key: 'bukti_dukung',
            lineageKey: 'bukti_dukung',
            label: { id: 'Bukti dukung', en: 'Evidence' },
            help: {
              id: 'Agenda surat, rekap layanan dan laporan SKM.',
              en: 'Correspondence register, service summary and the satisfaction survey report.',
            },
            required: true,
          },
        ],
      },
      berakhlakSection(),
      {
        key: 'umpan_balik',
        kind: 'feedback',
        title: { id: 'Umpan Balik', en: 'Feedback' },
        description: {
          id: 'Diisi pejabat penilai setelah penilaian dan dibaca oleh pegawai.',
          en: 'Written by the rater after the assessment and read by the employee.',
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
            required: true,
            maxLength: 2000,
          },
          {
            kind: 'text',
            key: 'rekomendasi_pengembangan',
            lineageKey: 'rekomendasi_pengembangan',
            label: { id: 'Rekomendasi pengembangan', en: 'Recommended development' },
            help: {
              id: 'Mis. pelatihan tata naskah dinas, pelayanan prima, aplikasi SRIKANDI; coaching oleh atasan.',
              en: 'E.g. training in official correspondence, service excellence, the SRIKANDI application; coaching by the supervisor.',
            },
            required: true,
            maxLength: 2000,
          },
        ],
      },
    ],
  };
}
