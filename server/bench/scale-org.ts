import { randomUUID } from 'node:crypto';
import { parseNip } from '@kinerja/shared';

/**
 * A synthetic organisation shaped like a kota: kecamatan (sekretariat, four seksi, six kelurahan), SD negeri
 * and puskesmas as roots of their own, about 40 % teachers, 20 % nurses and 40 % administrative staff, with
 * supervisor chains (camat → sekcam/kasi/lurah → staff; kepala sekolah → guru; kepala puskesmas → kepala
 * ruang → perawat). Deterministic for a given random source.
 */
export type FamilyCode = 'guru' | 'perawat' | 'pelaksana_administrasi';
export interface ScaleUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}
export interface ScaleEmployee {
  id: string;
  nip: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  name: string;
  position: string;
  grade: string;
  employmentType: 'PNS' | 'PPPK';
  unitId: string;
  family: FamilyCode;
  supervisorId: string | null;
  level: number;
}

const FIRST = [
  'Agus',
  'Budi',
  'Dewi',
  'Eka',
  'Fitri',
  'Hendra',
  'Indah',
  'Joko',
  'Lestari',
  'Maya',
  'Nur',
  'Putri',
  'Rina',
  'Rudi',
  'Sari',
  'Siti',
  'Teguh',
  'Wahyu',
  'Yuli',
  'Zul',
];
const LAST = [
  'Saputra',
  'Handayani',
  'Pratama',
  'Wulandari',
  'Hidayat',
  'Kurniawan',
  'Lestari',
  'Nugroho',
  'Permata',
  'Ramadhan',
  'Setiawan',
  'Susanti',
  'Wibowo',
  'Yulianti',
];
const PNS_GRADES = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a'];
const PPPK_GRADES = ['V', 'VII', 'IX', 'X'];
const TODAY = new Date(Date.UTC(2026, 0, 1));

export function buildOrganisation(
  total: number,
  random: () => number,
): { units: ScaleUnit[]; employees: ScaleEmployee[] } {
  const units: ScaleUnit[] = [];
  const employees: ScaleEmployee[] = [];
  const nips = new Set<string>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const unit = (code: string, name: string, kind: string, parentId: string | null) => {
    const row = { id: randomUUID(), code, name, kind, parentId };
    units.push(row);
    return row;
  };
  const person = (unitId: string, family: FamilyCode, position: string, supervisorId: string | null, level: number) => {
    const birthYear = 1966 + Math.floor(random() * 35);
    const birth = `${birthYear}${pad(1 + Math.floor(random() * 12))}${pad(1 + Math.floor(random() * 28))}`;
    const appointment = `${Math.min(2025, birthYear + 20 + Math.floor(random() * 12))}${pad(1 + Math.floor(random() * 12))}`;
    const sexDigit = random() < 0.5 ? '1' : '2';
    let sequence = 1 + Math.floor(random() * 900);
    while (nips.has(`${birth}${appointment}${sexDigit}${String(sequence).padStart(3, '0')}`)) sequence++;
    const parsed = parseNip(`${birth}${appointment}${sexDigit}${String(sequence).padStart(3, '0')}`, { today: TODAY });
    if (!parsed.ok) throw new Error(`generated NIP is invalid: ${parsed.problems.map((p) => p.code).join(', ')}`);
    nips.add(parsed.nip);
    const pppk = level > 0 && random() < 0.2;
    const row: ScaleEmployee = {
      id: randomUUID(),
      nip: parsed.nip,
      birthDate: parsed.birthDate,
      sex: parsed.sex === 'MALE' ? 'MALE' : 'FEMALE',
      name: `${pick(FIRST)} ${pick(LAST)}`,
      position,
      grade: pppk ? pick(PPPK_GRADES) : pick(PNS_GRADES),
      employmentType: pppk ? 'PPPK' : 'PNS',
      unitId,
      family,
      supervisorId,
      level,
    };
    employees.push(row);
    return row;
  };
  const staff = (count: number, unitId: string, family: FamilyCode, position: string, supervisorId: string) => {
    for (let i = 0; i < count; i++) person(unitId, family, position, supervisorId, 2);
  };

  const adminTarget = Math.round(total * 0.4);
  const kecamatanCount = Math.max(1, Math.round(adminTarget / 400));
  for (let k = 1; k <= kecamatanCount; k++) {
    const kec = unit(`kec_${k}`, `Kecamatan ${k}`, 'KECAMATAN', null);
    const camat = person(kec.id, 'pelaksana_administrasi', `Camat ${k}`, null, 0);
    const subUnits = [
      unit(`sekretariat_${k}`, `Sekretariat Kecamatan ${k}`, 'SEKRETARIAT', kec.id),
      ...['pemerintahan', 'pelayanan_umum', 'kesejahteraan_sosial', 'trantib'].map((s) =>
        unit(`seksi_${s}_${k}`, `Seksi ${s.replace('_', ' ')} ${k}`, 'SEKSI', kec.id),
      ),
      ...Array.from({ length: 6 }, (_, i) => unit(`kel_${k}_${i + 1}`, `Kelurahan ${k}.${i + 1}`, 'KELURAHAN', kec.id)),
    ];
    const perUnit = Math.max(1, Math.round((adminTarget / kecamatanCount - 1) / subUnits.length) - 1);
    for (const sub of subUnits) {
      const head = person(sub.id, 'pelaksana_administrasi', `Kepala ${sub.name}`, camat.id, 1);
      staff(perUnit, sub.id, 'pelaksana_administrasi', 'Pengadministrasi Umum', head.id);
    }
  }
  const nurseTarget = Math.round(total * 0.2);
  const puskesmasCount = Math.max(1, Math.round(nurseTarget / 80));
  for (let p = 1; p <= puskesmasCount; p++) {
    const pusk = unit(`puskesmas_${p}`, `Puskesmas ${p}`, 'PUSKESMAS', null);
    const kapus = person(pusk.id, 'perawat', 'Kepala Puskesmas', null, 0);
    for (let r = 0; r < 7; r++) {
      const head = person(pusk.id, 'perawat', 'Kepala Ruang', kapus.id, 1);
      staff(10, pusk.id, 'perawat', 'Perawat Terampil', head.id);
    }
  }
  const schoolCount = Math.max(1, Math.round((total - employees.length) / 40));
  const perSchool = Math.max(1, Math.floor((total - employees.length) / schoolCount) - 1);
  for (let s = 1; s <= schoolCount; s++) {
    const school = unit(`sdn_${s}`, `SD Negeri ${s}`, 'SEKOLAH', null);
    const kepsek = person(school.id, 'guru', 'Kepala Sekolah', null, 0);
    staff(s === schoolCount ? total - employees.length : perSchool, school.id, 'guru', 'Guru Kelas', kepsek.id);
  }
  return { units, employees };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
