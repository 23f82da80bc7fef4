import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { User } from '../modules/auth/user.entity.js';
import { recordOrganisationRating } from '../modules/distribution/organisation-rating.service.js';
import { OrganisationRating } from '../modules/organisation/organisation.enums.js';
import type { Unit } from '../modules/organisation/unit.entity.js';
import type { Period } from '../modules/period/period.entity.js';
import { SubPeriodKind } from '../modules/period/period.enums.js';
import { SubPeriod } from '../modules/period/sub-period.entity.js';

/** [sub-period (quarter number, or 'ANNUAL'), capaian, note]: Kelurahan Bukit Sari's, in the order HR recorded them. */
const BUKIT_SARI: readonly [number | 'ANNUAL', OrganisationRating, string | null][] = [
  [1, OrganisationRating.BAIK, 'Ditetapkan Camat Gerunggang berdasarkan capaian rencana aksi triwulan I.'],
  [2, OrganisationRating.ISTIMEWA, 'Seluruh rencana aksi triwulan II tercapai; layanan KTP-el melampaui target.'],
  [3, OrganisationRating.BUTUH_PERBAIKAN, null],
  [3, OrganisationRating.BAIK, 'Koreksi: rekap layanan September yang terlambat masuk sudah dihitung.'],
  [
    'ANNUAL',
    OrganisationRating.BAIK,
    'Penetapan sementara Camat Gerunggang atas capaian perjanjian kinerja kelurahan.',
  ],
];

/**
 * The capaian kinerja organisasi of Kelurahan Bukit Sari for the first three quarters and the year (SE MenPANRB
 * 3/2023), recorded by HR on behalf of the camat through the real service (history, audit), with one correction
 * in the third quarter; the fourth quarter is left unrecorded. Run before the assessments, so the lurah's
 * suggested rating hasil kerja follows them.
 */
export async function seedOrganisationRatings(
  em: EntityManager,
  units: ReadonlyMap<string, Unit>,
  period: Period,
): Promise<void> {
  const hr = await em.findOneOrFail(User, { username: 'hr' });
  const actor: Actor = { userId: hr.id, name: hr.displayName, employeeId: null, roles: ['HR'], sessionId: null };
  const subPeriods = await em.find(SubPeriod, { period, kind: { $in: [SubPeriodKind.QUARTER, SubPeriodKind.ANNUAL] } });
  const unit = units.get('kel_bukit_sari')!;
  for (const [when, rating, note] of BUKIT_SARI) {
    const subPeriod = subPeriods.find((s) =>
      when === 'ANNUAL' ? s.kind === SubPeriodKind.ANNUAL : s.kind === SubPeriodKind.QUARTER && s.number === when,
    )!;
    await recordOrganisationRating(
      { em, locale: 'id', actor },
      { unitId: unit.id, subPeriodId: subPeriod.id, rating, note },
    );
  }
}
