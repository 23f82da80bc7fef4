import type { Role } from '../kernel/actor.js';

/** The password of every demo account. Printed at start-up; change it before real use. */
export const DEMO_PASSWORD = 'kinerja-2026';

export interface DemoLogin {
  username: string;
  /** What this account shows in the demo, in Bahasa Indonesia. */
  role: string;
  /** Seed key of the employee (see organisation.seed.ts), or null for pure admin/HR/analyst accounts. */
  employeeKey: string | null;
  roles: Role[];
}

/** The accounts printed at start-up; every other employee signs in with their NIP as username. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { username: 'admin', role: 'Admin (users, units, employees)', employeeKey: null, roles: ['ADMIN'] },
  { username: 'hr', role: 'Pengelola kinerja (HR designer)', employeeKey: null, roles: ['HR'] },
  { username: 'analis', role: 'Analis (read-only)', employeeKey: null, roles: ['ANALYST'] },
  { username: 'camat', role: 'Camat (atasan para lurah)', employeeKey: 'camat', roles: [] },
  { username: 'lurah.bukitsari', role: 'Lurah Bukit Sari (pejabat penilai)', employeeKey: 'lurah_bs', roles: [] },
  { username: 'maya', role: 'Pegawai Kelurahan Bukit Sari', employeeKey: 'bs_1', roles: [] },
  { username: 'lurah.tamanbunga', role: 'Lurah Taman Bunga (tim lain)', employeeKey: 'lurah_tb', roles: [] },
  { username: 'kepsek', role: 'Kepala SD Negeri 12 (penilai guru)', employeeKey: 'kepsek', roles: [] },
  { username: 'guru.rosmala', role: 'Guru SD Negeri 12', employeeKey: 'guru_1', roles: [] },
  { username: 'kapus', role: 'Kepala Puskesmas (penilai perawat)', employeeKey: 'kapus', roles: [] },
  { username: 'perawat.desi', role: 'Perawat Puskesmas Gerunggang', employeeKey: 'perawat_1', roles: [] },
];
