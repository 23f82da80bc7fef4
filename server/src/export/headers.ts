/**
 * Indonesian column headers of an export, by GraphQL field name. A column's header joins the labels of
 * its path (`employee { unit { name } }` → "Pegawai · Unit Kerja · Nama"); an alias written in the query
 * wins over this dictionary, and a path with a field missing here falls back to the dotted path.
 * Covers the fields analysts export most: people, organisation, periods, assessments and statistics.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // identity and bookkeeping
  id: 'ID',
  code: 'Kode',
  name: 'Nama',
  nameEn: 'Nama (Inggris)',
  description: 'Deskripsi',
  status: 'Status',
  kind: 'Jenis',
  position: 'Jabatan',
  number: 'Nomor',
  createdAt: 'Dibuat',
  updatedAt: 'Diubah',
  lockVersion: 'Versi Kunci',
  revision: 'Revisi',
  active: 'Aktif',

  // people and organisation
  employee: 'Pegawai',
  employees: 'Pegawai',
  nip: 'NIP',
  nipFormatted: 'NIP (format)',
  birthDate: 'Tanggal Lahir',
  sex: 'Jenis Kelamin',
  appointment: 'TMT Pengangkatan',
  grade: 'Golongan',
  employmentType: 'Jenis Kepegawaian',
  supervisor: 'Atasan Langsung',
  assessor: 'Pejabat Penilai',
  approver: 'Pejabat Penyetuju',
  author: 'Penulis',
  unit: 'Unit Kerja',
  parent: 'Unit Induk',
  children: 'Sub-unit',
  subordinates: 'Bawahan',
  depth: 'Kedalaman',
  path: 'Jalur',
  rating: 'Rating',
  organisationRating: 'Capaian Kinerja Organisasi',
  head: 'Kepala Unit',
  recordedByName: 'Dicatat Oleh',
  recordedAt: 'Dicatat',
  supersededAt: 'Digantikan',
  inForce: 'Berlaku',
  note: 'Catatan',
  family: 'Rumpun Jabatan',
  jobFamily: 'Rumpun Jabatan',
  latestAssessment: 'Penilaian Terakhir',

  // periods
  period: 'Periode',
  subPeriod: 'Sub-periode',
  subPeriods: 'Sub-periode',
  year: 'Tahun',
  state: 'Tahap',
  cadence: 'Siklus',
  startDate: 'Tanggal Mulai',
  endDate: 'Tanggal Selesai',
  openedAt: 'Dibuka',
  closedAt: 'Ditutup',

  // templates
  template: 'Templat',
  templateVersion: 'Versi Templat',
  publishedAt: 'Diterbitkan',
  retiredAt: 'Dipensiunkan',
  label: 'Label',
  key: 'Kunci',
  lineageKey: 'Kunci Garis Keturunan',
  weight: 'Bobot',

  // work plans
  workPlan: 'Rencana Kinerja',
  plan: 'Rencana Kinerja',
  results: 'Hasil Kerja',
  title: 'Judul',
  target: 'Target',
  aspect: 'Aspek',
  direction: 'Arah',
  submittedAt: 'Diajukan',
  decidedAt: 'Diputuskan',
  decisionComment: 'Komentar Keputusan',

  // assessments
  assessment: 'Penilaian',
  predikat: 'Predikat',
  workResultsRating: 'Rating Hasil Kerja',
  behaviourRating: 'Rating Perilaku Kerja',
  workResultsScore: 'Nilai Hasil Kerja',
  behaviourScore: 'Nilai Perilaku Kerja',
  suggestedWorkResultsRating: 'Saran Rating Hasil Kerja',
  suggestedBehaviourRating: 'Saran Rating Perilaku Kerja',
  ratingReason: 'Alasan Rating',
  reopenedCount: 'Jumlah Dibuka Ulang',
  selfSubmittedAt: 'Penilaian Diri Diajukan',
  score: 'Nilai',
  totalScore: 'Nilai Total',

  // feedback, objections, development
  text: 'Teks',
  valueCode: 'Nilai BerAKHLAK',
  strengths: 'Kekuatan',
  areasToImprove: 'Area Perbaikan',
  acknowledgedAt: 'Diterima',
  targetDate: 'Tanggal Target',
  doneAt: 'Selesai',
  reason: 'Alasan',
  outcome: 'Hasil Keputusan',
  decidedBy: 'Diputuskan Oleh',

  // statistics and distribution
  count: 'Jumlah',
  percent: 'Persen',
  total: 'Total',
  average: 'Rata-rata',
  min: 'Minimum',
  max: 'Maksimum',
  p50: 'Median',
  p90: 'Persentil 90',
  workResults: 'Hasil Kerja',
  behaviour: 'Perilaku Kerja',
  includeSubUnits: 'Termasuk Sub-unit',
};

/**
 * Labels that depend on the type the field belongs to (`Type.field`), checked before FIELD_LABELS; an
 * empty label leaves the step out of the header (a statistics group's `key` only wraps the dimensions).
 */
export const TYPE_FIELD_LABELS: Readonly<Record<string, string>> = {
  'AssessmentStatisticsGroup.key': '',
  'IndicatorStatisticsGroup.key': '',
  'AssessmentStatisticsGroup.predikat': 'Sebaran Predikat',
  'WorkTarget.unit': 'Satuan',
  'TargetIndicator.unit': 'Satuan',
  'NumberIndicator.unit': 'Satuan',
  'TargetRealisation.value': 'Realisasi',
  'AuditRecord.at': 'Waktu',
  'OrganisationRatingRecord.rating': 'Capaian Kinerja Organisasi',
  'AuditRecord.action': 'Tindakan',
  'AuditRecord.actorName': 'Pelaku',
  'AuditRecord.entityType': 'Jenis Data',
  'AuditRecord.note': 'Catatan',
  'DevelopmentAction.description': 'Rencana Pengembangan',
};

/** Joins the labels of a path. */
export const HEADER_SEPARATOR = ' · ';

/** One step of a column's path: the response key (an alias when it differs from the field), the field and its type. */
export interface PathStep {
  readonly key: string;
  readonly field: string;
  readonly parent: string;
}

const labelOf = (step: PathStep): string | undefined =>
  TYPE_FIELD_LABELS[`${step.parent}.${step.field}`] ?? FIELD_LABELS[step.field];

/** An alias is written in the query (`Nama_Pegawai: name`); underscores stand for spaces. */
const aliasLabel = (step: PathStep) => step.key.replace(/_+/g, ' ').trim() || step.key;

/**
 * The header of a column: its own alias when it has one; else the label of every step (an alias or the
 * dictionary) joined by " · "; else, when a step has neither, the dotted path of response keys.
 */
export function headerFor(path: readonly PathStep[], suffix = ''): string {
  const last = path[path.length - 1];
  if (last && last.key !== last.field) return aliasLabel(last) + suffix;
  const labels = path.map((step) => (step.key !== step.field ? aliasLabel(step) : labelOf(step)));
  if (labels.every((label) => label !== undefined))
    return labels.filter((label) => label !== '').join(HEADER_SEPARATOR) + suffix;
  return path.map((step) => step.key).join('.') + suffix;
}

/** Makes headers unique (Excel and most CSV readers key columns by header): "Nama", "Nama (2)". */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    return n === 1 ? header : `${header} (${n})`;
  });
}
