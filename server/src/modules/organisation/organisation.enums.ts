import { registerEnumType } from 'type-graphql';

/** What kind of organisational unit a unit is. */
export enum UnitKind {
  KECAMATAN = 'KECAMATAN',
  SEKRETARIAT = 'SEKRETARIAT',
  SEKSI = 'SEKSI',
  KELURAHAN = 'KELURAHAN',
  SEKOLAH = 'SEKOLAH',
  PUSKESMAS = 'PUSKESMAS',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Kind of an organisational unit (jenis unit kerja).',
  valuesConfig: {
    KECAMATAN: { description: 'Kecamatan (sub-district office); may be a root of the tree.' },
    SEKRETARIAT: { description: 'Sekretariat (secretariat) of a kecamatan; always has a parent.' },
    SEKSI: { description: 'Seksi (section); always has a parent.' },
    KELURAHAN: { description: 'Kelurahan (urban village); always has a parent.' },
    SEKOLAH: { description: 'Sekolah (school), an external unit whose rater is its own head; may be a root.' },
    PUSKESMAS: { description: 'Puskesmas (community health centre), an external unit; may be a root.' },
  },
});

/** Kinds that may stand at the top of a tree; the others always belong to a parent unit. */
export const ROOT_KINDS: readonly UnitKind[] = [UnitKind.KECAMATAN, UnitKind.SEKOLAH, UnitKind.PUSKESMAS];

/** Sibling order in the tree: the office first, then its secretariat, sections, kelurahan, external units. */
export const KIND_RANK: Readonly<Record<UnitKind, number>> = {
  KECAMATAN: 1,
  SEKRETARIAT: 2,
  SEKSI: 3,
  KELURAHAN: 4,
  SEKOLAH: 5,
  PUSKESMAS: 6,
};

/** Capaian kinerja organisasi of a unit for a sub-period (SE MenPANRB 3/2023); it bounds the distribution of predikat. */
export enum OrganisationRating {
  ISTIMEWA = 'ISTIMEWA',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
registerEnumType(OrganisationRating, {
  name: 'OrganisationRating',
  description:
    'Capaian (predikat) kinerja organisasi: the performance of a unit for a sub-period, recorded per period (SE MenPANRB 3/2023); it selects the distribution guideline and sets the unit head’s suggested rating hasil kerja.',
  valuesConfig: {
    ISTIMEWA: { description: 'Istimewa (outstanding).' },
    BAIK: { description: 'Baik (good).' },
    BUTUH_PERBAIKAN: { description: 'Butuh Perbaikan (needs improvement).' },
    KURANG: { description: 'Kurang (poor).' },
    SANGAT_KURANG: { description: 'Sangat Kurang (very poor).' },
  },
});

export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'Employment type of an ASN.',
  valuesConfig: {
    PNS: { description: 'Pegawai Negeri Sipil (civil servant); grades I/a … IV/e.' },
    PPPK: { description: 'Pegawai Pemerintah dengan Perjanjian Kerja (contract civil servant); grades I … XVII.' },
  },
});

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded in digit 15 of the NIP.',
  valuesConfig: { MALE: { description: 'Laki-laki (digit 1).' }, FEMALE: { description: 'Perempuan (digit 2).' } },
});
