import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../template/examples.js';
import { scoreAnswers } from '../scoring/score.js';
import { assessmentForm, planTargetKey } from './form-definition.js';
import { aggregateValues, defaultAggregation, periodicTargetProblems, splitTarget } from './periodic-targets.js';
import { validateWorkPlan } from './validate-work-plan.js';
import type { PlanResult } from './work-plan.js';

// PermenPANRB 6/2022: the annual targets of the SKP are broken down into periodic targets (rencana aksi), and a
// periodic evaluation compares the sub-period's realisation with that sub-period's target.

const documents = (periodicTargets?: { number: number; target: number }[]): PlanResult[] => [
  {
    id: 'r1',
    kind: 'MAIN',
    title: 'Dokumen administrasi kependudukan terselesaikan',
    targets: [
      {
        id: 't1',
        label: 'Jumlah dokumen selesai',
        aspect: 'quantity',
        target: 12,
        unit: 'dokumen',
        direction: 'higherIsBetter',
        periodicTargets,
      },
    ],
  },
];

describe('periodic targets (rencana aksi, PermenPANRB 6/2022)', () => {
  it('aggregate quantities and costs by sum, quality and time by average unless the indicator says otherwise', () => {
    expect([
      defaultAggregation('quantity'),
      defaultAggregation('cost'),
      defaultAggregation('quality'),
      defaultAggregation('time'),
    ]).toEqual(['sum', 'sum', 'average', 'average']);
  });

  it('split an annual target by default: equal whole parts for a sum, the annual value for last and average', () => {
    expect(splitTarget(12, 'sum', 4).map((p) => p.target)).toEqual([3, 3, 3, 3]);
    expect(splitTarget(10, 'sum', 4).map((p) => p.target)).toEqual([2, 2, 3, 3]);
    expect(splitTarget(1200, 'sum', 4).map((p) => p.target)).toEqual([300, 300, 300, 300]);
    expect(splitTarget(10.5, 'sum', 4).map((p) => p.target)).toEqual([2.63, 2.63, 2.63, 2.61]);
    expect(splitTarget(90, 'average', 4).map((p) => p.target)).toEqual([90, 90, 90, 90]);
    expect(splitTarget(5, 'last', 2)).toEqual([
      { number: 1, target: 5 },
      { number: 2, target: 5 },
    ]);
  });

  it('make the annual value again under their aggregation', () => {
    expect(aggregateValues('sum', [3, 3, 3, 3])).toBe(12);
    expect(aggregateValues('average', [80, 90, 100, 90])).toBe(90);
    expect(aggregateValues('last', [60, 70, null, null])).toBe(70);
    expect(aggregateValues('sum', [null, null])).toBeNull();
  });

  it('must cover every sub-period once and add up to the annual target', () => {
    const ok = { label: 'Dokumen', target: 12, aggregation: 'sum' as const, periodic: splitTarget(12, 'sum', 4) };
    expect(periodicTargetProblems(ok, 4, 'x')).toEqual([]);
    expect(periodicTargetProblems({ ...ok, periodic: ok.periodic.slice(0, 3) }, 4, 'x').map((p) => p.code)).toEqual([
      'PERIODIC_TARGETS_INCOMPLETE',
    ]);
    expect(
      periodicTargetProblems(
        {
          ...ok,
          periodic: [
            { number: 1, target: 3 },
            { number: 1, target: 3 },
            { number: 3, target: 3 },
            { number: 4, target: 3 },
          ],
        },
        4,
        'x',
      ).map((p) => p.code),
    ).toEqual(['PERIODIC_TARGETS_INCOMPLETE']);
    const mismatch = periodicTargetProblems(
      {
        ...ok,
        periodic: [
          { number: 1, target: 2 },
          { number: 2, target: 3 },
          { number: 3, target: 3 },
          { number: 4, target: 3 },
        ],
      },
      4,
      'x',
    );
    expect(mismatch.map((p) => p.code)).toEqual(['PERIODIC_TARGETS_MISMATCH']);
    expect(mismatch[0]!.message.id).toBe("Target periodik 'Dokumen': jumlahnya 11, padahal target tahunan 12.");
    expect(
      periodicTargetProblems(
        {
          ...ok,
          periodic: [
            { number: 1, target: -1 },
            { number: 2, target: 5 },
            { number: 3, target: 4 },
            { number: 4, target: 4 },
          ],
        },
        4,
        'x',
      ).map((p) => p.code),
    ).toEqual(['PERIODIC_TARGET_INVALID']);
    // Quality: the mean of the quarters is the annual value; a ramp-up 80, 90, 100, 90 averages 90.
    expect(
      periodicTargetProblems(
        {
          label: 'Ketepatan',
          target: 90,
          aggregation: 'average',
          periodic: [80, 90, 100, 90].map((target, i) => ({ number: i + 1, target })),
        },
        4,
        'x',
      ),
    ).toEqual([]);
    expect(
      periodicTargetProblems(
        {
          label: 'Capaian',
          target: 90,
          aggregation: 'last',
          periodic: [60, 70, 80, 85].map((target, i) => ({ number: i + 1, target })),
        },
        4,
        'x',
      ).map((p) => p.code),
    ).toEqual(['PERIODIC_TARGETS_MISMATCH']);
  });

  it('are checked by validateWorkPlan when the period is known', () => {
    expect(validateWorkPlan(documents(splitTarget(12, 'sum', 4)), { subPeriods: 4 })).toEqual([]);
    expect(
      validateWorkPlan(documents([{ number: 1, target: 12 }]), { subPeriods: 4 }).map((p) => [p.code, p.path]),
    ).toEqual([['PERIODIC_TARGETS_INCOMPLETE', 'results.0.targets.0.periodicTargets']]);
  });
});

describe('the periodic form', () => {
  it('scores a quarter against the quarter’s target: an employee on track in Q1 (3 of 12) meets expectations', () => {
    const template = exampleDefinition();
    const q1 = assessmentForm(template, documents(), { kind: 'periodic', number: 1, count: 4 });
    const target = q1.sections.flatMap((s) => s.indicators).find((i) => i.key === planTargetKey({ id: 't1' }));
    expect(target).toMatchObject({ kind: 'target', target: 3, annualTarget: 12, aggregation: 'sum' });
    const workResultsOnly = {
      ...q1,
      sections: q1.sections
        .filter((s) => s.kind === 'workResults')
        .map((s) => ({ ...s, indicators: s.indicators.filter((i) => i.kind === 'target') })),
    };
    const score = scoreAnswers(workResultsOnly, { [planTargetKey({ id: 't1' })]: { realisation: 3 } });
    expect(score.workResults).toMatchObject({ score: 100, rating: 'MEETS' });
    // Against the annual target the same quarter would have scored 25, Di Bawah Ekspektasi: the defect this rule prevents.
    const annual = assessmentForm(template, documents(), { kind: 'annual' });
    const annualOnly = {
      ...annual,
      sections: annual.sections
        .filter((s) => s.kind === 'workResults')
        .map((s) => ({ ...s, indicators: s.indicators.filter((i) => i.kind === 'target') })),
    };
    expect(scoreAnswers(annualOnly, { [planTargetKey({ id: 't1' })]: { realisation: 3 } }).workResults).toMatchObject({
      score: 25,
      rating: 'BELOW',
    });
  });

  it('uses the periodic targets planned, not the default split, when there are some', () => {
    const form = assessmentForm(
      exampleDefinition(),
      documents([
        { number: 1, target: 1 },
        { number: 2, target: 3 },
        { number: 3, target: 4 },
        { number: 4, target: 4 },
      ]),
      { kind: 'periodic', number: 2, count: 4 },
    );
    expect(form.sections.flatMap((s) => s.indicators).find((i) => i.key === planTargetKey({ id: 't1' }))).toMatchObject(
      { target: 3, annualTarget: 12 },
    );
  });
});
