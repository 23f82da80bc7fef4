import { annualEvaluationOpensOn, dateIn, isAnnualEvaluationOpen } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, localize, type Locale } from '../../kernel/errors.js';
import { SubPeriodKind } from './period.enums.js';
import type { Period } from './period.entity.js';
import { SubPeriod } from './sub-period.entity.js';

/** The period's sub-periods: the periodic ones in order, and the annual one. */
export async function subPeriodsOf(
  tx: EntityManager,
  period: Period,
): Promise<{ periodic: SubPeriod[]; annual: SubPeriod | null }> {
  const all = await tx.find(SubPeriod, { period: period.id }, { orderBy: { number: 'asc' } });
  return {
    periodic: all.filter((sub) => sub.kind !== SubPeriodKind.ANNUAL),
    annual: all.find((sub) => sub.kind === SubPeriodKind.ANNUAL) ?? null,
  };
}

/**
 * Refuses (INVALID_STATE) to start or submit an annual evaluation before it opens (PermenPANRB 6/2022: the
 * annual evaluation closes the year; HR decides per period whether it opens in the last sub-period or after
 * the period's end), counting days in the time zone of the employee's unit (WIB for Pangkalpinang).
 */
export async function assertAnnualEvaluationOpen(
  tx: EntityManager,
  period: Period,
  locale: Locale,
  timeZone: string,
): Promise<void> {
  const { periodic, annual } = await subPeriodsOf(tx, period);
  const opensOn = annualEvaluationOpensOn(
    period.annualEvaluationOpens,
    periodic,
    annual?.endDate ?? `${period.year}-12-31`,
  );
  if (isAnnualEvaluationOpen(dateIn(timeZone), opensOn)) return;
  const day = (lang: string) =>
    new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${opensOn}T00:00:00Z`),
    );
  throw new DomainError(
    'INVALID_STATE',
    localize(
      {
        id: `Penilaian tahunan ${period.year} baru dibuka mulai ${day('id-ID')}; sampai saat itu nilailah per subperiode.`,
        en: `The annual evaluation of ${period.year} opens on ${day('en-GB')}; until then, evaluate per sub-period.`,
      },
      locale,
    ),
    { reason: 'ANNUAL_EVALUATION_NOT_OPEN', opensOn },
  );
}
