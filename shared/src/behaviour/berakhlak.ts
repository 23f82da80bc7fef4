import type { LocalizedText } from '../common/localized-text.js';

/**
 * The seven BerAKHLAK core values of ASN with their guiding behaviours (panduan perilaku),
 * in the official order. Indonesian text: SE MenPANRB 20/2021 on the implementation of the
 * ASN core values, taken over as the behaviour dimension by PermenPANRB 6/2022. English is our translation.
 */
export interface BerakhlakValue {
  /** Also the lineageKey of the value's indicator in every behaviour section. */
  code: BerakhlakCode;
  label: LocalizedText;
  /** The value's short definition as used in the official material. */
  description: LocalizedText;
  behaviours: readonly [LocalizedText, LocalizedText, LocalizedText];
}

export const BERAKHLAK_CODES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

export type BerakhlakCode = (typeof BERAKHLAK_CODES)[number];

export const BERAKHLAK_VALUES: readonly BerakhlakValue[] = [
  {
    code: 'berorientasi_pelayanan',
    label: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
    description: {
      id: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat.',
      en: 'Committed to excellent service for the satisfaction of the public.',
    },
    behaviours: [
      { id: 'Memahami dan memenuhi kebutuhan masyarakat.', en: 'Understands and meets the needs of the public.' },
      { id: 'Ramah, cekatan, solutif, dan dapat diandalkan.', en: 'Is friendly, quick, solution-minded and reliable.' },
      { id: 'Melakukan perbaikan tiada henti.', en: 'Improves continuously.' },
    ],
  },
  {
    code: 'akuntabel',
    label: { id: 'Akuntabel', en: 'Accountable' },
    description: {
      id: 'Bertanggung jawab atas kepercayaan yang diberikan.',
      en: 'Answers for the trust that has been given.',
    },
    behaviours: [
      {
        id: 'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi.',
        en: 'Carries out duties honestly, responsibly, carefully, with discipline and high integrity.',
      },
      {
        id: 'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien.',
        en: 'Uses state assets and property responsibly, effectively and efficiently.',
      },
      { id: 'Tidak menyalahgunakan kewenangan jabatan.', en: 'Does not abuse the authority of the position.' },
    ],
  },
  {
    code: 'kompeten',
    label: { id: 'Kompeten', en: 'Competent' },
    description: {
      id: 'Terus belajar dan mengembangkan kapabilitas.',
      en: 'Keeps learning and developing capability.',
    },
    behaviours: [
      {
        id: 'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah.',
        en: 'Raises own competence to meet ever-changing challenges.',
      },
      { id: 'Membantu orang lain belajar.', en: 'Helps others learn.' },
      { id: 'Melaksanakan tugas dengan kualitas terbaik.', en: 'Carries out duties to the best quality.' },
    ],
  },
  {
    code: 'harmonis',
    label: { id: 'Harmonis', en: 'Harmonious' },
    description: {
      id: 'Saling peduli dan menghargai perbedaan.',
      en: 'Cares for others and respects differences.',
    },
    behaviours: [
      { id: 'Menghargai setiap orang apa pun latar belakangnya.', en: 'Respects everyone, whatever their background.' },
      { id: 'Suka menolong orang lain.', en: 'Likes to help others.' },
      { id: 'Membangun lingkungan kerja yang kondusif.', en: 'Builds a conducive working environment.' },
    ],
  },
  {
    code: 'loyal',
    label: { id: 'Loyal', en: 'Loyal' },
    description: {
      id: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara.',
      en: 'Dedicated, putting the interests of the nation and the state first.',
    },
    behaviours: [
      {
        id: 'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah.',
        en: 'Holds firmly to the Pancasila ideology and the 1945 Constitution, and is faithful to the Unitary State of the Republic of Indonesia and its lawful government.',
      },
      {
        id: 'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara.',
        en: 'Guards the good name of fellow civil servants, leaders, the agency and the state.',
      },
      { id: 'Menjaga rahasia jabatan dan negara.', en: 'Keeps official and state secrets.' },
    ],
  },
  {
    code: 'adaptif',
    label: { id: 'Adaptif', en: 'Adaptive' },
    description: {
      id: 'Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan.',
      en: 'Keeps innovating and is eager to drive and face change.',
    },
    behaviours: [
      { id: 'Cepat menyesuaikan diri menghadapi perubahan.', en: 'Adjusts quickly to change.' },
      { id: 'Terus berinovasi dan mengembangkan kreativitas.', en: 'Keeps innovating and developing creativity.' },
      { id: 'Bertindak proaktif.', en: 'Acts proactively.' },
    ],
  },
  {
    code: 'kolaboratif',
    label: { id: 'Kolaboratif', en: 'Collaborative' },
    description: {
      id: 'Membangun kerja sama yang sinergis.',
      en: 'Builds synergistic cooperation.',
    },
    behaviours: [
      {
        id: 'Memberi kesempatan kepada berbagai pihak untuk berkontribusi.',
        en: 'Gives various parties the opportunity to contribute.',
      },
      {
        id: 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah.',
        en: 'Is open to working together to create added value.',
      },
      {
        id: 'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.',
        en: 'Mobilises the use of various resources for shared goals.',
      },
    ],
  },
];

export function isBerakhlakCode(value: unknown): value is BerakhlakCode {
  return typeof value === 'string' && (BERAKHLAK_CODES as readonly string[]).includes(value);
}
