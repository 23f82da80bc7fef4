import {
  berakhlakSection,
  DEFAULT_RATING_THRESHOLDS,
  teacherRubricLevels,
  type TemplateDefinition,
} from '@kinerja/shared';

/** Name of the seeded teacher template. */
export const GURU_TEMPLATE_NAME = 'Penilaian Kinerja Guru';

/**
 * Guru (classroom teacher at an SD Negeri), one school year: student-achievement and planning targets,
 * additional duty and competency development (70 %), the classroom-observation rubric (30 %),
 * BerAKHLAK and follow-up feedback. Returns a fresh copy on every call.
 */
export function guruTemplate(): TemplateDefinition {
  return {
    ratingThresholds: structuredClone(DEFAULT_RATING_THRESHOLDS),
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'workResults',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        description: {
          id: 'Rencana hasil kerja guru kelas selama satu tahun pelajaran beserta target dan realisasinya.',
          en: "The classroom teacher's planned work results for one school year with targets and realisation.",
        },
        weighted: true,
        weight: 70,
        indicators: [
          {
            kind: 'target',
            key: 'perangkat_pembelajaran',
            lineageKey: 'perangkat_pembelajaran',
            label: {
              id: 'Perangkat pembelajaran (modul ajar) yang disusun',
              en: 'Learning materials (teaching modules) prepared',
            },
            help: {
              id: 'Modul ajar/RPP untuk setiap tema atau bab dalam dua semester, disahkan kepala sekolah.',
              en: 'Teaching modules/lesson plans for every theme or chapter over two semesters, approved by the principal.',
            },
            required: true,
            weight: 20,
            aspect: 'quantity',
            target: 24,
            unit: 'dokumen',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'ketuntasan_belajar',
            lineageKey: 'ketuntasan_belajar',
            label: {
              id: 'Persentase murid yang mencapai KKM/KKTP',
              en: 'Share of students reaching the minimum mastery criterion',
            },
            help: {
              id: 'Jumlah murid tuntas dibagi jumlah murid di kelas, dari asesmen sumatif akhir semester.',
              en: 'Students who reached mastery divided by class size, from the end-of-semester summative assessment.',
            },
            required: true,
            weight: 25,
            aspect: 'quality',
            target: 85,
            unit: '%',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'nilai_rata_rata_asesmen',
            lineageKey: 'nilai_rata_rata_asesmen',
            label: { id: 'Nilai rata-rata asesmen sumatif kelas', en: 'Class average of the summative assessment' },
            help: {
              id: 'Rata-rata nilai seluruh mata pelajaran yang diampu, skala 0–100.',
              en: 'Average mark over all subjects taught, on a 0–100 scale.',
            },
            required: true,
            weight: 15,
            aspect: 'quality',
            target: 75,
            unit: 'nilai',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'tugas_tambahan',
            lineageKey: 'tugas_tambahan',
            label: {
              id: 'Laporan pelaksanaan tugas tambahan (wali kelas/pembina ekstrakurikuler)',
              en: 'Reports on the additional duty (homeroom teacher/extracurricular coach)',
            },
            help: {
              id: 'Satu laporan per semester, diketahui kepala sekolah.',
              en: 'One report per semester, acknowledged by the principal.',
            },
            required: true,
            weight: 10,
            aspect: 'quantity',
            target: 2,
            unit: 'laporan',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'jam_pengembangan_kompetensi',
            lineageKey: 'jam_pengembangan_kompetensi',
            label: { id: 'Pengembangan keprofesian berkelanjutan (PKB)', en: 'Continuing professional development' },
            help: {
              id: 'Jam pelajaran (JP) pelatihan, lokakarya, komunitas belajar atau Platform Merdeka Mengajar yang bersertifikat.',
              en: 'Certified hours (JP) of training, workshops, learning communities or the Merdeka Mengajar platform.',
            },
            required: true,
            weight: 15,
            aspect: 'quantity',
            target: 32,
            unit: 'JP',
            direction: 'higherIsBetter',
          },
          {
            kind: 'target',
            key: 'waktu_laporan_hasil_belajar',
            lineageKey: 'waktu_laporan_hasil_belajar',
            label: {
              id: 'Waktu penyelesaian laporan hasil belajar (rapor)',
              en: 'Time to complete the student report cards',
            },
            help: {
              id: 'Hari kerja sejak asesmen sumatif akhir semester sampai rapor diserahkan ke kepala sekolah; makin cepat makin baik.',
              en: 'Working days from the end-of-semester summative assessment until the report cards reach the principal; faster is better.',
            },
            required: true,
            weight: 15,
            aspect: 'time',
            target: 10,
            unit: 'hari kerja',
            direction: 'lowerIsBetter',
          },
          {
            kind: 'evidence',
            key: 'bukti_dukung',
            lineageKey: 'bukti_dukung',
            label: { id: 'Bukti dukung', en: 'Evidence' },
            help: {
              id: 'Tautan ke folder modul ajar, daftar nilai, rapor, laporan tugas tambahan dan sertifikat pelatihan.',
              en: 'Link to the folder with teaching modules, mark lists, report cards, duty reports and training certificates.',
            },
            required: true,
          },
        ],
      },
      {
        key: 'observasi_kelas',
        kind: 'instrument',
        title: { id: 'Observasi Praktik Pembelajaran', en: 'Classroom observation of learning practice' },
        description: {
          id: 'Diisi kepala sekolah berdasarkan observasi kelas: tidak dilakukan / dilakukan tetapi belum efektif / dilakukan dan efektif.',
          en: 'Filled in by the principal from a classroom observation: not done / done but not yet effective / done and effective.',
        },
        weighted: false,
        weight: 30,
        indicators: [
          {
            kind: 'scale',
            key: 'tujuan_pembelajaran',
            lineageKey: 'tujuan_pembelajaran',
            label: { id: 'Menyampaikan tujuan pembelajaran', en: 'States the learning objectives' },
            help: {
              id: 'Murid memahami apa yang akan dipelajari dan mengapa.',
              en: 'Students understand what they will learn and why.',
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'pembelajaran_berpusat_murid',
            lineageKey: 'pembelajaran_berpusat_murid',
            label: { id: 'Pembelajaran berpusat pada murid', en: 'Student-centred learning' },
            help: {
              id: 'Murid aktif berdiskusi, bertanya dan mengerjakan tugas bermakna.',
              en: 'Students actively discuss, ask questions and work on meaningful tasks.',
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'asesmen_formatif',
            lineageKey: 'asesmen_formatif',
            label: { id: 'Melaksanakan asesmen formatif', en: 'Uses formative assessment' },
            help: {
              id: 'Memeriksa pemahaman murid selama pembelajaran dan menyesuaikan langkah berikutnya.',
              en: 'Checks understanding during the lesson and adjusts the next steps.',
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'pembelajaran_berdiferensiasi',
            lineageKey: 'pembelajaran_berdiferensiasi',
            label: { id: 'Pembelajaran berdiferensiasi', en: 'Differentiated instruction' },
            help: {
              id: 'Materi, proses atau produk disesuaikan dengan kesiapan dan kebutuhan belajar murid.',
              en: "Content, process or product fit the students' readiness and learning needs.",
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'pengelolaan_kelas',
            lineageKey: 'pengelolaan_kelas',
            label: { id: 'Pengelolaan kelas yang aman dan nyaman', en: 'Safe and orderly classroom management' },
            help: {
              id: 'Aturan kelas disepakati, waktu belajar efektif, gangguan ditangani dengan positif.',
              en: 'Agreed class rules, effective learning time, disruptions handled positively.',
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'umpan_balik_murid',
            lineageKey: 'umpan_balik_murid',
            label: { id: 'Memberikan umpan balik kepada murid', en: 'Gives feedback to students' },
            help: {
              id: 'Umpan balik spesifik, tepat waktu dan membantu murid memperbaiki hasil belajarnya.',
              en: 'Specific, timely feedback that helps students improve their work.',
            },
            required: true,
            levels: teacherRubricLevels(),
          },
          {
            kind: 'scale',
            key: 'refleksi_pembelajaran',
            lineageKey: 'refleksi_pembelajaran',
            label: { id: 'Menutup pembelajaran dengan refleksi', en: 'Closes the lesson with reflection' },
            help: {
              id: 'Murid dan guru menyimpulkan pembelajaran dan merencanakan tindak lanjut.',
              en: 'Students and teacher summarise the lesson and plan the follow-up.',
            },
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
        description: {
          id: 'Diisi kepala sekolah setelah penilaian dan dibaca oleh guru.',
          en: 'Written by the principal after the assessment and read by the teacher.',
        },
        weighted: false,
        indicators: [
          {
            kind: 'text',
            key: 'kekuatan',
            lineageKey: 'kekuatan',
            label: { id: 'Kekuatan', en: 'Strengths' },
            help: {
              id: 'Praktik baik yang perlu dipertahankan dan dibagikan.',
              en: 'Good practice to keep and share.',
            },
            required: true,
            maxLength: 2000,
          },
          {
            kind: 'text',
            key: 'area_perbaikan',
            lineageKey: 'area_perbaikan',
            label: { id: 'Hal yang perlu ditingkatkan', en: 'Areas to improve' },
            help: {
              id: 'Hubungkan dengan hasil observasi kelas dan capaian murid.',
              en: 'Relate them to the classroom observation and student results.',
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
              id: 'Mis. pelatihan, komunitas belajar, pendampingan oleh guru penggerak, supervisi lanjutan.',
              en: 'E.g. training, a learning community, mentoring by a guru penggerak, follow-up supervision.',
            },
            required: true,
            maxLength: 2000,
          },
        ],
      },
    ],
  };
}
