import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isId } from '../../kernel/ids.js';
import type { OrganisationRating } from '../organisation/organisation.enums.js';

/** The unit an employee heads and its capaian kinerja organisasi in force for a sub-period (null: none recorded). */
export interface HeadedUnit {
  unitId: string;
  rating: OrganisationRating | null;
}

/**
 * Whom a unit head is, and the capaian of their unit: the unit whose `head` is the employee and which the
 * employee works in (a head who moved away leads it no longer), with the recording in force, for many
 * (employee, sub-period) pairs in one statement.
 */
export async function headedUnits(
  em: EntityManager,
  pairs: readonly { employeeId: string; subPeriodId: string }[],
): Promise<(HeadedUnit | null)[]> {
  const wellFormed = pairs.filter((p) => isId(p.employeeId) && isId(p.subPeriodId));
  if (wellFormed.length === 0) return pairs.map(() => null);
  const rows = await em
    .getConnection()
    .execute<
      { employee_id: string; unit_id: string; sub_period_id: string | null; rating: OrganisationRating | null }[]
    >(
      `select e."id" as "employee_id", u."id" as "unit_id", r."sub_period_id", r."rating"
     from "employee" e
     join "unit" u on u."id" = e."unit_id" and u."head_id" = e."id"
     left join "organisation_rating" r on r."unit_id" = u."id" and r."superseded_at" is null and r."sub_period_id" in (?)
     where e."id" in (?)`,
      [[...new Set(wellFormed.map((p) => p.subPeriodId))], [...new Set(wellFormed.map((p) => p.employeeId))]],
      'all',
      em.getTransactionContext(),
    );
  return pairs.map(({ employeeId, subPeriodId }) => {
    const mine = rows.filter((row) => row.employee_id === employeeId);
    if (mine.length === 0) return null;
    return { unitId: mine[0]!.unit_id, rating: mine.find((row) => row.sub_period_id === subPeriodId)?.rating ?? null };
  });
}

export function distributionLoaders(em: EntityManager) {
  return {
    /** Keyed `employeeId:subPeriodId`. */
    headedUnit: new DataLoader<string, HeadedUnit | null>((keys) =>
      headedUnits(
        em,
        keys.map((key) => {
          const [employeeId = '', subPeriodId = ''] = key.split(':');
          return { employeeId, subPeriodId };
        }),
      ),
    ),
  };
}
