/**
 * The sub-period being worked in on `today` (YYYY-MM-DD): the quarter (or semester, month) containing it;
 * before the first one starts, the first; after the last one ends, the last one started. The annual
 * sub-period only when there is nothing else; `null` for none at all. Order of the input does not matter.
 */
export function currentSubPeriod<T extends { kind: string; startDate: string; endDate: string }>(
  subPeriods: readonly T[],
  today: string,
): T | null {
  const parts = subPeriods.filter((s) => s.kind !== 'ANNUAL').sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (parts.length === 0) return subPeriods[0] ?? null;
  const containing = parts.find((s) => s.startDate <= today && today <= s.endDate);
  if (containing) return containing;
  const started = parts.filter((s) => s.startDate <= today);
  return started[started.length - 1] ?? parts[0]!;
}
