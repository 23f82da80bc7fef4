/**
 * When the annual evaluation of a period opens (PermenPANRB 6/2022: the annual evaluation concludes the year and
 * draws on the periodic ones). HR chooses per period: from the first day of the last sub-period (default, so a
 * supervisor can finish the year in December), or only after the period has ended.
 */
export const ANNUAL_EVALUATION_OPENINGS = ['LAST_SUB_PERIOD', 'AFTER_PERIOD_END'] as const;
export type AnnualEvaluationOpening = (typeof ANNUAL_EVALUATION_OPENINGS)[number];

/** The day (YYYY-MM-DD) the annual evaluation opens, given the period's periodic sub-periods and its last day. */
export function annualEvaluationOpensOn(
  opening: AnnualEvaluationOpening,
  periodic: readonly { number: number; startDate: string }[],
  periodEndDate: string,
): string {
  if (opening === 'LAST_SUB_PERIOD' && periodic.length > 0) {
    return [...periodic].sort((a, b) => a.number - b.number).at(-1)!.startDate;
  }
  const end = new Date(`${periodEndDate}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

/** Today's date (YYYY-MM-DD) in a time zone, e.g. 'Asia/Jakarta' (WIB) for Pangkalpinang. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether the annual evaluation is open on `today` (YYYY-MM-DD). */
export const isAnnualEvaluationOpen = (today: string, opensOn: string) => today >= opensOn;
