import type { ExplorerContext } from '@kinerja/shared';

/** What the page reads to fill the example questions' variables. */
export interface ExplorerContextData {
  jobFamilies: readonly { id: string; code: string }[];
  periods: readonly { id: string; year: number; subPeriods: readonly { id: string; kind: string; startDate: string }[] }[];
  units: readonly { id: string; kind: string }[];
}

/**
 * The ids the example questions need, as the demo seed picks them on the server: the nurses' family, the
 * last four quarters that have begun by `today` (oldest first), a kelurahan and the newest period.
 */
export function explorerContextOf(data: ExplorerContextData | undefined, today = new Date().toISOString().slice(0, 10)): ExplorerContext {
  const quarters = (data?.periods ?? [])
    .flatMap((period) => period.subPeriods)
    .filter((sub) => sub.kind === 'QUARTER' && sub.startDate <= today)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
    .slice(-4);
  const newest = [...(data?.periods ?? [])].sort((a, b) => b.year - a.year)[0];
  const unit = data?.units.find((u) => u.kind === 'KELURAHAN') ?? data?.units[0];
  return {
    nurseFamilyId: data?.jobFamilies.find((f) => f.code === 'perawat')?.id ?? null,
    lastQuarterIds: quarters.map((q) => q.id),
    unitId: unit?.id ?? null,
    periodId: newest?.id ?? null,
  };
}
