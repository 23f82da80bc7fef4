import * as rules from '@kinerja/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { arrangePlanOrg, contentInput, planApi, type PlanOrg } from '../work-plan/work-plan.fixture.js';

// PermenPANRB 6/2022: the annual targets of the SKP are broken down into periodic targets (rencana aksi); a
// periodic evaluation compares the sub-period's realisation with the sub-period's target, and the annual
// evaluation the year's realisation with the annual target, once the year is (nearly) over.

let app: TestApp;
let cycle: Cycle;
let org: PlanOrg;
beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  org = await arrangePlanOrg(app, { unitCode: 'sdp', familyCode: 'guru_p', firstNip: 600, year: 2030 });
});
afterAll(() => app.close());
afterEach(() => vi.useRealTimers());

const FIELDS = `id status predikat workResultsRating suggestedWorkResultsRating
  sections { kind indicators { key ... on TargetIndicator { target annualTarget aggregation } } }
  answers { indicatorKey value } score { workResults { score rating } }
  periodicResults { subPeriod { number kind } predikat }`;
const mutate = (name: string, type: string, input: Record<string, unknown>, headers: Record<string, string>) =>
  app.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { assessment { ${FIELDS} } } }`, { input }, headers);
const record = (targetId: string, subPeriodId: string, value: number) =>
  app.ok(
    `mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { realisation { value } } }`,
    { input: { targetId, subPeriodId, value } },
    cycle.as.staff,
  );
const byLineage = (lineage: string) => cycle.targets.find((t) => t.templateLineageKey === lineage)!;

/** The example's other answers, with every plan target at `realisation(target)`. */
function answers(realisation: (lineage: string) => number): { indicatorKey: string; value: unknown }[] {
  const set = rules.exampleAnswers();
  for (const target of cycle.targets) {
    delete set[target.templateLineageKey!];
    set[rules.planTargetKey(target)] = { realisation: realisation(target.templateLineageKey!) };
  }
  return Object.entries(set).map(([indicatorKey, value]) => ({ indicatorKey, value }));
}

describe('periodic targets in the plan (rencana aksi)', () => {
  it('are prefilled from the template: the annual target split by its aggregation', async () => {
    const plan = await planApi(app, org.as.hr).ok('createWorkPlan', { periodId: org.open.id }, org.as.staff);
    const read = await app.ok(
      `query ($id: ID!) { workPlan(id: $id) { results { targets { label target aggregation periodicTargets { number target } } } } }`,
      { id: plan.id },
      org.as.staff,
    );
    const targets = read.workPlan.results.flatMap((r: { targets: unknown[] }) => r.targets);
    expect(targets).toContainEqual(
      expect.objectContaining({
        target: 12,
        aggregation: 'SUM',
        periodicTargets: [3, 3, 3, 3].map((target, i) => ({ number: i + 1, target })),
      }),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({
        target: 85,
        aggregation: 'AVERAGE',
        periodicTargets: [85, 85, 85, 85].map((target, i) => ({ number: i + 1, target })),
      }),
    );
  });

  it('are adjusted by the employee, and refused when they do not make the annual target', async () => {
    const api = planApi(app, org.as.hr);
    const plan = await api.ok('createWorkPlan', { periodId: org.open.id }, org.as.staff2);
    const content = contentInput(plan);
    const documents = content.flatMap((r) => r.targets).find((t) => t.target === 12)!;
    const save = (periodicTargets: { number: number; target: number }[]) => {
      const results = content.map((r) => ({
        ...r,
        targets: r.targets.map((t) => (t === documents ? { ...t, periodicTargets } : t)),
      }));
      return api.mutate(
        'saveWorkPlan',
        { planId: plan.id, expectedLockVersion: plan.lockVersion, results },
        org.as.staff2,
      );
    };
    const wrong = await save([
      { number: 1, target: 2 },
      { number: 2, target: 2 },
      { number: 3, target: 2 },
      { number: 4, target: 2 },
    ]);
    expect(wrong.error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(wrong.error?.extensions?.problems).toContainEqual(
      expect.objectContaining({ code: 'PERIODIC_TARGETS_MISMATCH', field: expect.stringMatching(/periodicTargets$/) }),
    );
    expect(
      (
        await save([
          { number: 1, target: 1 },
          { number: 2, target: 3 },
        ])
      ).error?.extensions?.problems,
    ).toContainEqual(expect.objectContaining({ code: 'PERIODIC_TARGETS_INCOMPLETE' }));
    const ramp = [
      { number: 1, target: 1 },
      { number: 2, target: 3 },
      { number: 3, target: 4 },
      { number: 4, target: 4 },
    ];
    expect((await save(ramp)).error).toBeUndefined();
    const read = await app.ok(
      `query ($id: ID!) { workPlan(id: $id) { results { targets { target periodicTargets { number target } } } } }`,
      { id: plan.id },
      org.as.staff2,
    );
    expect(read.workPlan.results.flatMap((r: { targets: unknown[] }) => r.targets)).toContainEqual({
      target: 12,
      periodicTargets: ramp,
    });
  });
});

describe('the periodic evaluation (PermenPANRB 6/2022)', () => {
  it('scores Q1 against the Q1 target: an employee on track (3 of 12 documents) is suggested Sesuai Ekspektasi', async () => {
    const documents = byLineage('perangkat_pembelajaran');
    await record(documents.id, cycle.quarters[0]!.id, 3);
    const started = await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff.id, subPeriodId: cycle.quarters[0]!.id },
      cycle.as.supervisor,
    );
    const assessment = started.data!.startAssessment.assessment;
    const target = assessment.sections
      .flatMap((s: { indicators: any[] }) => s.indicators)
      .find((i: { key: string }) => i.key === rules.planTargetKey(documents));
    expect(target).toEqual({ key: rules.planTargetKey(documents), target: 3, annualTarget: 12, aggregation: 'SUM' });
    expect(assessment.answers).toContainEqual({
      indicatorKey: rules.planTargetKey(documents),
      value: { realisation: 3 },
    });
    // On track on every target of the quarter: quality at its target, documents at 3, no delay.
    const onTrack = answers(
      (lineage) => ({ ketuntasan_belajar: 85, perangkat_pembelajaran: 3, keterlambatan_nilai: 0 })[lineage]!,
    );
    const saved = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId: assessment.id, answers: onTrack },
      cycle.as.supervisor,
    );
    expect(saved.data!.saveAssessmentDraft.assessment.score.workResults.rating).toBe('MEETS');
    const submitted = await mutate(
      'submitAssessment',
      'SubmitAssessmentInput',
      { assessmentId: assessment.id },
      cycle.as.supervisor,
    );
    expect(submitted.data!.submitAssessment.assessment).toMatchObject({
      status: 'SUBMITTED',
      suggestedWorkResultsRating: 'MEETS',
      workResultsRating: 'MEETS',
    });
  });
});

describe('the annual evaluation', () => {
  it('cannot be started before the last sub-period (WIB), and opens on its first day', async () => {
    const start = () =>
      mutate(
        'startAssessment',
        'StartAssessmentInput',
        { employeeId: cycle.people.staff2.id, subPeriodId: cycle.annual.id },
        cycle.as.supervisor,
      );
    // 30 September 2026, 23:59 WIB: still Triwulan III.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-30T16:59:00Z') });
    const early = await start();
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      reason: 'ANNUAL_EVALUATION_NOT_OPEN',
      opensOn: '2026-10-01',
    });
    expect(early.errors?.[0]?.message).toBe(
      'Penilaian tahunan 2026 baru dibuka mulai 1 Oktober 2026; sampai saat itu nilailah per subperiode.',
    );
    vi.useRealTimers();
  });

  it('opens only after the period when HR says so', async () => {
    const set = (opens: string) =>
      app.ok(
        `mutation ($input: UpdatePeriodInput!) { updatePeriod(input: $input) { period { annualEvaluationOpens annualEvaluationOpensOn } } }`,
        { input: { periodId: cycle.period.id, annualEvaluationOpens: opens } },
        cycle.as.hr,
      );
    expect((await set('AFTER_PERIOD_END')).updatePeriod.period).toEqual({
      annualEvaluationOpens: 'AFTER_PERIOD_END',
      annualEvaluationOpensOn: '2027-01-01',
    });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T12:00:00Z') });
    const start = await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff2.id, subPeriodId: cycle.annual.id },
      cycle.as.supervisor,
    );
    expect(start.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', opensOn: '2027-01-01' });
    vi.useRealTimers();
    expect((await set('LAST_SUB_PERIOD')).updatePeriod.period.annualEvaluationOpensOn).toBe('2026-10-01');
  });

  it('compares the year’s aggregated realisation with the annual target and shows the periodic results', async () => {
    const documents = byLineage('perangkat_pembelajaran');
    const quality = byLineage('ketuntasan_belajar');
    for (const [q, value] of [
      [1, 3],
      [2, 4],
      [3, 2],
    ] as const)
      await record(documents.id, cycle.quarters[q]!.id, value);
    for (const [q, value] of [
      [1, 80],
      [2, 90],
      [3, 100],
    ] as const)
      await record(quality.id, cycle.quarters[q]!.id, value);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-10-01T00:00:00+07:00') });
    const started = await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff.id, subPeriodId: cycle.annual.id },
      cycle.as.supervisor,
    );
    vi.useRealTimers();
    const annual = started.data!.startAssessment.assessment;
    const indicators = annual.sections.flatMap((s: { indicators: any[] }) => s.indicators);
    expect(indicators.find((i: { key: string }) => i.key === rules.planTargetKey(documents))).toMatchObject({
      target: 12,
      annualTarget: null,
    });
    // Documents add up over the quarters (3 + 3 + 4 + 2 = 12; Q1 was recorded in the periodic test above); quality averages.
    expect(annual.answers).toContainEqual({ indicatorKey: rules.planTargetKey(documents), value: { realisation: 12 } });
    expect(annual.answers).toContainEqual({ indicatorKey: rules.planTargetKey(quality), value: { realisation: 90 } });
    expect(annual.periodicResults).toEqual([{ subPeriod: { number: 1, kind: 'QUARTER' }, predikat: 'BAIK' }]);

    // A started annual evaluation cannot be submitted while it is not open (HR moved the opening after the period).
    await app.ok(
      `mutation ($input: UpdatePeriodInput!) { updatePeriod(input: $input) { period { id } } }`,
      { input: { periodId: cycle.period.id, annualEvaluationOpens: 'AFTER_PERIOD_END' } },
      cycle.as.hr,
    );
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T12:00:00Z') });
    const submit = await mutate(
      'submitAssessment',
      'SubmitAssessmentInput',
      { assessmentId: annual.id, answers: answers(() => 12) },
      cycle.as.supervisor,
    );
    vi.useRealTimers();
    expect(submit.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      reason: 'ANNUAL_EVALUATION_NOT_OPEN',
    });
  });
});
