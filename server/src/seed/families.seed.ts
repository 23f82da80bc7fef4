import type { EntityManager } from '@mikro-orm/postgresql';
import { JobFamily } from '../modules/job-family/job-family.entity.js';

export const SEED_FAMILIES = [
  {
    code: 'guru',
    name: 'Guru',
    nameEn: 'Teacher',
    description: 'Guru sekolah dasar dan menengah; praktik pembelajaran dinilai dengan observasi kelas.',
  },
  {
    code: 'perawat',
    name: 'Perawat',
    nameEn: 'Nurse',
    description: 'Perawat puskesmas: pelayanan pasien, dokumentasi asuhan, mutu dan waktu tanggap layanan.',
  },
  {
    code: 'pelaksana_administrasi',
    name: 'Pelaksana Administrasi',
    nameEn: 'Administrative staff',
    description: 'Pengolahan dokumen, layanan permohonan masyarakat, tindak lanjut pengaduan.',
  },
] as const;

export async function seedFamilies(em: EntityManager): Promise<JobFamily[]> {
  const families = SEED_FAMILIES.map((family) => em.create(JobFamily, { ...family }));
  await em.flush();
  return families;
}
