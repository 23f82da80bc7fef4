import type { ExplorerContext } from '@kinerja/shared';

/** What the page reads to fill the example questions' variables. */
interface ExplorerContextData {
  jobFamilies: readonly { id: string; code: string }[];
  periods: { nodes: readonly { id: string; year: number }[] };
  unitTree: readonly { id: string; kind: string }[];
}

/**
 * The ids the example questions need, as the demo seed picks them on the server: the nurses' family, a
 * kelurahan and the newest period.
 */
export function explorerContextOf(data: ExplorerContextData | undefined): ExplorerContext {
  const newest = [...(data?.periods.nodes ?? [])].sort((a, b) => b.year - a.year)[0];
  const unit = data?.unitTree.find((u) => u.kind === 'KELURAHAN') ?? data?.unitTree[0];
  return {
    nurseFamilyId: data?.jobFamilies.find((f) => f.code === 'perawat')?.id ?? null,
    unitId: unit?.id ?? null,
    periodId: newest?.id ?? null,
  };
}
