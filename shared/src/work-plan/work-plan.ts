import type { TargetAggregation, TargetAspect, TargetDirection } from '../template/definition.js';
import type { PeriodicTarget } from './periodic-targets.js';

/** A target of a work result, as written in the plan (no weights: PermenPANRB 6/2022 dropped them). */
export interface PlanTarget {
  id: string;
  label: string;
  aspect: TargetAspect;
  target: number;
  unit: string;
  direction: TargetDirection;
  /** The template indicator it was taken from, so analysts can follow it across employees and years. */
  templateLineageKey?: string | null;
  /** How periodic realisations add up to the annual one; by aspect when absent (see defaultAggregation). */
  aggregation?: TargetAggregation;
  /** The target of each sub-period (rencana aksi); the default split of the annual target when absent. */
  periodicTargets?: PeriodicTarget[];
}

export type WorkResultKind = 'MAIN' | 'ADDITIONAL';

/** A work result (RHK) with its targets. */
export interface PlanResult {
  id: string;
  kind: WorkResultKind;
  title: string;
  parentResultId?: string | null;
  targets: PlanTarget[];
}
