import type { Indicator, Section, TargetIndicator, TemplateDefinition } from '../template/definition.js';
import { defaultAggregation, splitTarget } from './periodic-targets.js';
import type { PlanResult, PlanTarget } from './work-plan.js';

/**
 * Which evaluation a form is for: one sub-period of the period (`count` of them, this is `number`), whose
 * targets are the periodic ones, or the year, whose targets are the annual ones.
 */
export type FormScope = { kind: 'periodic'; number: number; count: number } | { kind: 'annual' };

/** A target's aggregation: its own, else by aspect. */
export const aggregationOf = (target: Pick<PlanTarget, 'aggregation' | 'aspect'>) =>
  target.aggregation ?? defaultAggregation(target.aspect);

/** A target's periodic targets: the ones planned, else the default split of the annual target. */
export function periodicTargetsOf(target: PlanTarget, count: number) {
  return target.periodicTargets?.length === count
    ? target.periodicTargets
    : splitTarget(target.target, aggregationOf(target), count);
}

/** The answer key of a plan target in an assessment form. */
export function planTargetKey(target: Pick<PlanTarget, 'id'>): string {
  return `target_${target.id.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}

function targetIndicator(result: PlanResult, target: PlanTarget, scope: FormScope): TargetIndicator {
  const periodic =
    scope.kind === 'periodic'
      ? periodicTargetsOf(target, scope.count).find((p) => p.number === scope.number)
      : undefined;
  return {
    kind: 'target',
    key: planTargetKey(target),
    lineageKey: target.templateLineageKey ?? planTargetKey(target),
    label: { id: target.label, en: target.label },
    help: { id: result.title, en: result.title },
    required: true,
    aspect: target.aspect,
    target: periodic ? periodic.target : target.target,
    unit: target.unit,
    direction: target.direction,
    aggregation: aggregationOf(target),
    ...(periodic ? { annualTarget: target.target } : {}),
  };
}

/**
 * The form a supervisor fills for one employee: the template version with its Hasil Kerja targets
 * replaced by the targets of the employee's approved plan — for a sub-period its periodic targets (rencana
 * aksi), for the year the annual ones. Other work-results indicators of the template (evidence, yes/no…)
 * stay. The section is unweighted: PermenPANRB 6/2022 gives work results no weights, so the work-results
 * score is the mean of the scored indicators.
 */
export function assessmentForm(
  template: TemplateDefinition,
  results: readonly PlanResult[],
  scope: FormScope = { kind: 'annual' },
): TemplateDefinition {
  const planIndicators: Indicator[] = results.flatMap((result) =>
    result.targets.map((target) => targetIndicator(result, target, scope)),
  );
  const sections: Section[] = template.sections.map((section) => {
    if (section.kind !== 'workResults') return structuredClone(section);
    const kept = section.indicators
      .filter((indicator) => indicator.kind !== 'target')
      .map((indicator) => structuredClone(indicator));
    return { ...structuredClone(section), weighted: false, indicators: [...planIndicators, ...kept] };
  });
  return { ...structuredClone(template), sections };
}

/** The template's work-results targets as a first plan, so nobody types them twice. */
export function planFromTemplate(template: TemplateDefinition, newId: () => string): PlanResult[] {
  return template.sections
    .filter((section) => section.kind === 'workResults')
    .flatMap((section) => section.indicators)
    .filter((indicator): indicator is TargetIndicator => indicator.kind === 'target')
    .map((indicator) => ({
      id: newId(),
      kind: 'MAIN' as const,
      title: indicator.label.id,
      targets: [
        {
          id: newId(),
          label: indicator.label.id,
          aspect: indicator.aspect,
          target: indicator.target,
          unit: indicator.unit,
          direction: indicator.direction,
          templateLineageKey: indicator.lineageKey,
          aggregation: indicator.aggregation ?? defaultAggregation(indicator.aspect),
        },
      ],
    }));
}
