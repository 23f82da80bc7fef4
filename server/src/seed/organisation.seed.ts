import { createHash } from 'node:crypto';
import { parseNip } from '@kinerja/shared';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Employee } from '../modules/organisation/employee.entity.js';
import { EmploymentType, Sex, UnitKind } from '../modules/organisation/organisation.enums.js';
import { Unit } from '../modules/organisation/unit.entity.js';

/** A stable UUID (version-5 layout) for a seed record, so demo links and tests survive a re-seed. */
export function seedId(key: string): string {
  const hex = createHash('sha1').update(`kinerja-seed:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** [code, name, kind, parent code]: Kecamatan Gerunggang, its kelurahan, and two external units. */
const UNITS: readonly [string, string, UnitKind, string | null][] = [
  ['kec_gerunggang', 'Kecamatan Gerunggang', UnitKind.KECAMATAN, null],
  ['sekretariat_gerunggang', 'Sekretariat Kecamatan Gerunggang', UnitKind.SEKRETARIAT, 'kec_gerunggang'],
  ['seksi_pemerintahan', 'Seksi Pemerintahan', UnitKind.SEKSI, 'kec_gerunggang'],
  ['seksi_pelayanan_umum', 'Seksi Pelayanan Umum', UnitKind.SEKSI, 'kec_gerunggang'],
  ['seksi_kesejahteraan_sosial', 'Seksi Kesejahteraan Sosial', UnitKind.SEKSI, 'kec_gerunggang'],
  ['seksi_trantib', 'Seksi Ketenteraman dan Ketertiban', UnitKind.SEKSI, 'kec_gerunggang'],
  ['kel_air_kepala_tujuh', 'Kelurahan Air Kepala Tujuh', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['kel_bukit_merapin', 'Kelurahan Bukit Merapin', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['kel_bukit_sari', 'Kelurahan Bukit Sari', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['kel_kacang_pedang', 'Kelurahan Kacang Pedang', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['kel_taman_bunga', 'Kelurahan Taman Bunga', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['kel_tua_tunu', 'Kelurahan Tua Tunu', UnitKind.KELURAHAN, 'kec_gerunggang'],
  ['sdn_12_pangkalpinang', 'SD Negeri 12 Pangkalpinang', UnitKind.SEKOLAH, null],
  ['puskesmas_gerunggang', 'Puskesmas Gerunggang', UnitKind.PUSKESMAS, null],
];

/**
 * The head of each unit (kepala unit), by seed key: the camat, the sekretaris camat, the kepala seksi, the lurahs,
 * the school head and the puskesmas head. Their suggested rating hasil kerja follows the unit's capaian kinerja
 * organisasi (SE MenPANRB 3/2023).
 */
const HEADS: Readonly<Record<string, string>> = {
  kec_gerunggang: 'camat',
  sekretariat_gerunggang: 'sekcam',
  seksi_pemerintahan: 'kasi_pem',
  seksi_pelayanan_umum: 'kasi_pelum',
  seksi_kesejahteraan_sosial: 'kasi_kesos',
  seksi_trantib: 'kasi_trantib',
  kel_air_kepala_tujuh: 'lurah_akt',
  kel_bukit_merapin: 'lurah_bm',
  kel_bukit_sari: 'lurah_bs',
  kel_kacang_pedang: 'lurah_kp',
  kel_taman_bunga: 'lurah_tb',
  kel_tua_tunu: 'lurah_tt',
  sdn_12_pangkalpinang: 'kepsek',
  puskesmas_gerunggang: 'kapus',
};

const ADM = 'pelaksana_administrasi';
const { PNS, PPPK } = EmploymentType;

/**
 * [key, NIP, name, position, grade, type, unit code, family code, supervisor key]. Names are invented.
 * Structural officials (camat, lurah, kepala seksi) use the administrative family: the seed has three.
 * Supervisors come before their subordinates.
 */
const EMPLOYEES: readonly [string, string, string, string, string, EmploymentType, string, string, string | null][] = [
  [
    'camat',
    '19740812 199803 1 004',
    'Drs. Hendra Saputra, M.Si.',
    'Camat Gerunggang',
    'IV/b',
    PNS,
    'kec_gerunggang',
    ADM,
    null,
  ],
  [
    'sekcam',
    '19780525 200112 2 003',
    'Rina Marlina, S.Sos., M.AP.',
    'Sekretaris Camat',
    'IV/a',
    PNS,
    'sekretariat_gerunggang',
    ADM,
    'camat',
  ],
  [
    'sek_umum',
    '19850917 201001 1 012',
    'Yusuf Ramadhan, S.E.',
    'Pengadministrasi Umum',
    'III/b',
    PNS,
    'sekretariat_gerunggang',
    ADM,
    'sekcam',
  ],
  [
    'sek_keuangan',
    '19900203 201503 2 007',
    'Dewi Anggraini, A.Md.',
    'Pengelola Keuangan',
    'II/d',
    PNS,
    'sekretariat_gerunggang',
    ADM,
    'sekcam',
  ],
  [
    'sek_perkantoran',
    '19960711 202203 2 011',
    'Nur Aisyah',
    'Pengadministrasi Perkantoran',
    'V',
    PPPK,
    'sekretariat_gerunggang',
    ADM,
    'sekcam',
  ],
  [
    'kasi_pem',
    '19800419 200604 1 006',
    'Ahmad Fauzi, S.IP.',
    'Kepala Seksi Pemerintahan',
    'III/d',
    PNS,
    'seksi_pemerintahan',
    ADM,
    'camat',
  ],
  [
    'pem_1',
    '19880130 201104 1 015',
    'Rizky Pratama',
    'Pengolah Data Kependudukan',
    'II/c',
    PNS,
    'seksi_pemerintahan',
    ADM,
    'kasi_pem',
  ],
  [
    'pem_2',
    '19930822 202109 2 004',
    'Siti Khodijah, S.H.',
    'Analis Pemerintahan',
    'III/a',
    PNS,
    'seksi_pemerintahan',
    ADM,
    'kasi_pem',
  ],
  [
    'kasi_pelum',
    '19820607 200801 2 009',
    'Lestari Handayani, S.Sos.',
    'Kepala Seksi Pelayanan Umum',
    'III/d',
    PNS,
    'seksi_pelayanan_umum',
    ADM,
    'camat',
  ],
  [
    'pelum_1',
    '19910314 201412 1 003',
    'Andi Kurniawan',
    'Pengadministrasi Layanan',
    'II/c',
    PNS,
    'seksi_pelayanan_umum',
    ADM,
    'kasi_pelum',
  ],
  [
    'pelum_2',
    '19970228 202304 2 002',
    'Putri Maharani',
    'Operator Layanan Operasional',
    'V',
    PPPK,
    'seksi_pelayanan_umum',
    ADM,
    'kasi_pelum',
  ],
  [
    'kasi_kesos',
    '19791102 200502 1 008',
    'Bambang Sutrisno, S.Ag.',
    'Kepala Seksi Kesejahteraan Sosial',
    'III/d',
    PNS,
    'seksi_kesejahteraan_sosial',
    ADM,
    'camat',
  ],
  [
    'kesos_1',
    '19890915 201302 2 010',
    'Fitriani',
    'Pengelola Data Kesejahteraan Sosial',
    'II/d',
    PNS,
    'seksi_kesejahteraan_sosial',
    ADM,
    'kasi_kesos',
  ],
  [
    'kasi_trantib',
    '19811225 200701 1 005',
    'Muhammad Irfan, S.H.',
    'Kepala Seksi Ketenteraman dan Ketertiban',
    'III/d',
    PNS,
    'seksi_trantib',
    ADM,
    'camat',
  ],
  [
    'trantib_1',
    '19940406 201803 1 009',
    'Dedi Setiawan',
    'Pengadministrasi Ketenteraman dan Ketertiban',
    'II/b',
    PNS,
    'seksi_trantib',
    ADM,
    'kasi_trantib',
  ],
  [
    'lurah_akt',
    '19830314 200903 1 002',
    'Syahrial, S.STP.',
    'Lurah Air Kepala Tujuh',
    'III/d',
    PNS,
    'kel_air_kepala_tujuh',
    ADM,
    'camat',
  ],
  [
    'akt_1',
    '19920512 201603 2 006',
    'Nurul Hidayah',
    'Pengadministrasi Umum',
    'II/c',
    PNS,
    'kel_air_kepala_tujuh',
    ADM,
    'lurah_akt',
  ],
  [
    'lurah_bm',
    '19840709 201001 2 005',
    'Evi Susanti, S.E.',
    'Lurah Bukit Merapin',
    'III/c',
    PNS,
    'kel_bukit_merapin',
    ADM,
    'camat',
  ],
  [
    'bm_1',
    '19950118 201912 1 008',
    'Agus Salim',
    'Pengadministrasi Kependudukan',
    'II/b',
    PNS,
    'kel_bukit_merapin',
    ADM,
    'lurah_bm',
  ],
  [
    'lurah_bs',
    '19791030 200312 1 007',
    'Zulkarnain, S.Sos.',
    'Lurah Bukit Sari',
    'III/d',
    PNS,
    'kel_bukit_sari',
    ADM,
    'camat',
  ],
  [
    'bs_1',
    '19900825 201409 2 013',
    'Maya Sari, A.Md.',
    'Pengelola Layanan Kelurahan',
    'II/d',
    PNS,
    'kel_bukit_sari',
    ADM,
    'lurah_bs',
  ],
  [
    'bs_2',
    '19980604 202304 1 006',
    'Rendi Saputra',
    'Operator Layanan Operasional',
    'V',
    PPPK,
    'kel_bukit_sari',
    ADM,
    'lurah_bs',
  ],
  [
    'lurah_kp',
    '19860221 201101 1 010',
    'Hasan Basri, S.IP.',
    'Lurah Kacang Pedang',
    'III/c',
    PNS,
    'kel_kacang_pedang',
    ADM,
    'camat',
  ],
  [
    'kp_1',
    '19930417 201803 2 012',
    'Yuliana',
    'Pengadministrasi Umum',
    'II/b',
    PNS,
    'kel_kacang_pedang',
    ADM,
    'lurah_kp',
  ],
  [
    'lurah_tb',
    '19820913 200802 2 004',
    'Sri Wahyuni, S.Pd.',
    'Lurah Taman Bunga',
    'III/d',
    PNS,
    'kel_taman_bunga',
    ADM,
    'camat',
  ],
  [
    'tb_1',
    '19960930 202109 1 007',
    'Fajar Nugroho',
    'Pengadministrasi Kependudukan',
    'II/a',
    PNS,
    'kel_taman_bunga',
    ADM,
    'lurah_tb',
  ],
  [
    'lurah_tt',
    '19850104 201003 1 011',
    'Rudi Hartono, S.E.',
    'Lurah Tua Tunu',
    'III/c',
    PNS,
    'kel_tua_tunu',
    ADM,
    'camat',
  ],
  [
    'tt_1',
    '19940721 202109 2 005',
    'Indah Permata Sari',
    'Pengadministrasi Umum',
    'II/a',
    PNS,
    'kel_tua_tunu',
    ADM,
    'lurah_tt',
  ],
  [
    'kepsek',
    '19760316 200012 2 002',
    'Hj. Nurhayati, S.Pd.',
    'Kepala Sekolah (Guru Ahli Madya)',
    'IV/a',
    PNS,
    'sdn_12_pangkalpinang',
    'guru',
    null,
  ],
  [
    'guru_1',
    '19840812 200904 2 014',
    'Rosmala Dewi, S.Pd.',
    'Guru Kelas Ahli Muda',
    'III/c',
    PNS,
    'sdn_12_pangkalpinang',
    'guru',
    'kepsek',
  ],
  [
    'guru_2',
    '19880401 201312 1 006',
    'Ferry Irawan, S.Pd.',
    'Guru Kelas Ahli Pertama',
    'III/b',
    PNS,
    'sdn_12_pangkalpinang',
    'guru',
    'kepsek',
  ],
  [
    'guru_3',
    '19910625 202112 2 009',
    'Wulan Sari, S.Pd.',
    'Guru Kelas Ahli Pertama',
    'IX',
    PPPK,
    'sdn_12_pangkalpinang',
    'guru',
    'kepsek',
  ],
  [
    'guru_4',
    '19930219 202112 1 013',
    'Arif Rahman Hakim, S.Pd.',
    'Guru Pendidikan Jasmani Ahli Pertama',
    'IX',
    PPPK,
    'sdn_12_pangkalpinang',
    'guru',
    'kepsek',
  ],
  [
    'guru_5',
    '19870908 201103 2 008',
    'Lina Marlinda, S.Pd.I.',
    'Guru Pendidikan Agama Islam Ahli Muda',
    'III/c',
    PNS,
    'sdn_12_pangkalpinang',
    'guru',
    'kepsek',
  ],
  [
    'kapus',
    '19780220 200501 2 006',
    'Ns. Yanti Kusumawati, S.Kep.',
    'Kepala Puskesmas (Perawat Ahli Madya)',
    'IV/a',
    PNS,
    'puskesmas_gerunggang',
    'perawat',
    null,
  ],
  [
    'perawat_1',
    '19830517 200704 2 011',
    'Ns. Desi Ratnasari, S.Kep.',
    'Perawat Ahli Muda',
    'III/c',
    PNS,
    'puskesmas_gerunggang',
    'perawat',
    'kapus',
  ],
  [
    'perawat_2',
    '19890310 201202 1 004',
    'Hendri Gunawan, A.Md.Kep.',
    'Perawat Mahir',
    'II/d',
    PNS,
    'puskesmas_gerunggang',
    'perawat',
    'kapus',
  ],
  [
    'perawat_3',
    '19920806 201603 2 015',
    'Ns. Anisa Rahmawati, S.Kep.',
    'Perawat Ahli Pertama',
    'III/b',
    PNS,
    'puskesmas_gerunggang',
    'perawat',
    'kapus',
  ],
  [
    'perawat_4',
    '19950412 202210 2 003',
    'Eka Fitriyani, A.Md.Kep.',
    'Perawat Terampil',
    'VII',
    PPPK,
    'puskesmas_gerunggang',
    'perawat',
    'kapus',
  ],
  [
    'perawat_5',
    '19961127 202210 1 010',
    'Joko Susilo, A.Md.Kep.',
    'Perawat Terampil',
    'VII',
    PPPK,
    'puskesmas_gerunggang',
    'perawat',
    'kapus',
  ],
];

export interface SeededOrganisation {
  units: Map<string, Unit>;
  /** By seed key, e.g. `camat`, `kepsek`, `guru_1`, `kapus`, `perawat_1`, `pem_1`. */
  employees: Map<string, Employee>;
}

/**
 * Creates the Kecamatan Gerunggang sample organisation: 14 units and 40 employees over the three
 * seeded families (seedFamilies first), with supervisor chains: camat at the top; sekretaris camat,
 * kepala seksi and lurah under the camat; staff under them; teachers under the headmaster and nurses
 * under the head of the puskesmas, who are the tops of their own (external) units. Every unit has its head
 * (HEADS). Deterministic.
 */
export async function seedOrganisation(em: EntityManager): Promise<SeededOrganisation> {
  const families = new Map((await em.find(JobFamily, {})).map((family) => [family.code, family]));
  const units = new Map<string, Unit>();
  for (const [code, name, kind, parentCode] of UNITS) {
    const parent = parentCode ? units.get(parentCode)! : null;
    units.set(code, em.create(Unit, { id: seedId(`unit:${code}`), code, name, kind, parent }));
    // A batch insert would write children with a null parent first, which the kind check refuses.
    if (!parent) await em.flush();
  }
  const employees = new Map<string, Employee>();
  for (const [key, rawNip, name, position, grade, employmentType, unitCode, familyCode, supervisorKey] of EMPLOYEES) {
    const parsed = parseNip(rawNip, { today: new Date(Date.UTC(2026, 0, 1)) });
    if (!parsed.ok)
      throw new Error(`Seed NIP ${rawNip} of ${name} is invalid: ${parsed.problems.map((p) => p.code).join(', ')}`);
    const family = families.get(familyCode);
    if (!family) throw new Error(`Seed job family '${familyCode}' is missing: run seedFamilies first.`);
    employees.set(
      key,
      em.create(Employee, {
        id: seedId(`employee:${key}`),
        nip: parsed.nip,
        birthDate: parsed.birthDate,
        sex: parsed.sex === 'MALE' ? Sex.MALE : Sex.FEMALE,
        name,
        position,
        grade,
        employmentType,
        unit: units.get(unitCode)!,
        family,
        supervisor: supervisorKey ? employees.get(supervisorKey)! : null,
      }),
    );
  }
  await em.flush();
  for (const [unitCode, employeeKey] of Object.entries(HEADS))
    units.get(unitCode)!.head = ref(employees.get(employeeKey)!);
  await em.flush();
  return { units, employees };
}
