import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../src/modules/assessment/assessment.entity.js';
import { loadForm } from '../src/modules/assessment/assessment-form.store.js';
import type { Employee } from '../src/modules/organisation/employee.entity.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { seedFamilies } from '../src/seed/families.seed.js';
import { seedOrganisation } from '../src/seed/organisation.seed.js';
import { openSeedPeriod, seedPlanningPeriod, SEED_YEAR } from '../src/seed/period.seed.js';
import { randomSource, sampleAnswers } from '../src/seed/sample-answers.js';
import { SEED_TEMPLATES, type SeedFamilyCode } from '../src/seed/templates/index.js';
import { seedTemplates } from '../src/seed/templates.seed.js';
import { seedUsers } from '../src/seed/users.seed.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './harness.js';

// Over GraphQL, the whole cycle runs for a teacher, a
// nurse and an administrator of the demo organisation, each person signed in with their own account:
// plan → approve → realisation → assessment → predikat → feedback → acknowledgement, then one objection
// decided by the assessor's supervisor. Every step leaves an audit record; concurrent edits of the same
// version are refused with CONFLICT. Only the base data (people, accounts, templates, the open 2026
// period) is arranged directly; every plan and assessment is made by the story itself.

type Headers = Record<string, string>;
type GqlResult = GraphQLResponse<Record<string, any>>;
let app: TestApp;
let employees: ReadonlyMap<string, Employee>;
let periodId: string;
let q1Id: string;
/** Session headers by seed key (see organisation.seed.ts), plus `analis`, who reads the audit trail. */
const as: Record<string, Headers> = {};

beforeAll(async () => {
  app = await startTestApp();
  await app.em().transactional(async (em) => {
    await seedFamilies(em);
    employees = (await seedOrganisation(em)).employees;
    await seedUsers(em, employees);
    await seedTemplates(em);
    await openSeedPeriod(em, await seedPlanningPeriod(em));
  });
  const usernameOf = (key: string) =>
    DEMO_LOGINS.find((login) => login.employeeKey === key)?.username ?? employees.get(key)!.nip;
  for (const key of ['guru_2', 'kepsek', 'perawat_2', 'kapus', 'pem_2', 'kasi_pem', 'camat']) {
    as[key] = await app.login(usernameOf(key), DEMO_PASSWORD);
  }
  as.analis = await app.login('analis', DEMO_PASSWORD);
  const { periods } = await app.ok(
    `{ periods(filter: { year: { eq: ${SEED_YEAR} } }) { nodes { id year state subPeriods { id kind number } } } }`,
    {},
    as.guru_2,
  );
  const period = periods.nodes[0];
  expect(period.state).toBe('OPEN');
  periodId = period.id;
  q1Id = period.subPeriods.find((s: { kind: string; number: number }) => s.kind === 'QUARTER' && s.number === 1).id;
});
afterAll(() => app?.close());

const PLAN_FIELDS = `id status lockVersion approver { id }
  results { id kind title targets { id label aspect target unit direction templateLineageKey } }`;
const PLAN = `plan { ${PLAN_FIELDS} }`;
const ASSESSMENT_FIELDS = `id status lockVersion workResultsRating behaviourRating suggestedWorkResultsRating
  suggestedBehaviourRating predikat ratingReason answers { indicatorKey value } realisations { value evidenceUrl }`;
const ASSESSMENT = `assessment { ${ASSESSMENT_FIELDS} }`;
const FEEDBACK = `feedback { id lockVersion acknowledgedAt acknowledgedBy { id } developmentActions { kind description targetDate status } }`;
const OBJECTION = `objection { id status decider { id } previousPredikat workResultsRating behaviourRating predikat assessment { predikat } }`;

/** Runs `name(input: $input) { selection }` as the person `who`. */
function call(who: string, name: string, input: Record<string, unknown>, selection: string): Promise<GqlResult> {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return app.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input }, as[who]);
}

/** Like `call`, but expects no error and returns the payload's single field (plan, assessment…). */
async function ok(who: string, name: string, input: Record<string, unknown>, selection: string): Promise<any> {
  const result = await call(who, name, input, selection);
  expect(result.errors, `${name} by ${who}`).toBeUndefined();
  return Object.values(result.data![name] as Record<string, unknown>)[0];
}

const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

/** The audit trail of a record has exactly these actions, in order, the last one by `lastActor`. */
async function expectTrail(entityId: string, actions: string[], lastActor: string): Promise<void> {
  const { auditTrail } = await app.ok(
    `query ($id: ID!) { auditTrail(entityId: $id) { action actorName } }`,
    { id: entityId },
    as.analis,
  );
  expect(auditTrail.map((record: { action: string }) => record.action)).toEqual(actions);
  expect(auditTrail.at(-1).actorName).toBe(employees.get(lastActor)!.name);
}

/** Sends two saves of the same version at once: exactly one wins, the other gets CONFLICT. Returns the winner's index. */
async function race(saves: (() => Promise<GqlResult>)[]): Promise<{ winner: number; results: GqlResult[] }> {
  const results = await Promise.all(saves.map((save) => save()));
  expect(results.filter((result) => !result.errors)).toHaveLength(1);
  expect(results.filter((result) => result.errors).map(codeOf)).toEqual(['CONFLICT']);
  return { winner: results.findIndex((result) => !result.errors), results };
}

/** A plan as `saveWorkPlan` input: the same results and targets, ids kept. */
const planInput = (plan: any) =>
  plan.results.map(({ id, kind, title, targets }: any) => ({
    id,
    kind,
    title,
    targets: targets.map((target: any) => ({ ...target })),
  }));
const entries = (answers: rules.AnswerSet) =>
  Object.entries(answers).map(([indicatorKey, value]) => ({ indicatorKey, value }));

interface Story {
  family: SeedFamilyCode;
  employee: string;
  assessor: string;
  /** How well the employee did (about 0.8–1.2), for the sample answers. */
  strength: number;
}

/** What one story made, for later steps and for the objection. */
interface Made {
  plan: any;
  target: any;
  realisation: { id: string; value: number };
  assessment: any;
  form: rules.TemplateDefinition;
}

const EVIDENCE = 'https://arsip.gerunggang.example.go.id/bukti/triwulan-1';

/** Registers the steps of the whole cycle for one employee and their assessor; returns what they made. */
function cycleStory({ family, employee, assessor, strength }: Story): Made {
  const made = {} as Made;

  it('the employee creates the plan, prefilled with the targets of the family template', async () => {
    made.plan = await ok(employee, 'createWorkPlan', { periodId }, PLAN);
    expect(made.plan).toMatchObject({ status: 'DRAFT', lockVersion: 1, approver: null });
    const template = SEED_TEMPLATES.find((t) => t.familyCode === family)!.definition();
    const templateTargets = template.sections
      .filter((s) => s.kind === 'workResults')
      .flatMap((s) => s.indicators)
      .filter((i) => i.kind === 'target');
    const targets = made.plan.results.flatMap((r: any) => r.targets);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.map((t: any) => [t.templateLineageKey, t.target])).toEqual(
      templateTargets.map((i) => [i.lineageKey, i.target]),
    );
    await expectTrail(made.plan.id, ['create'], employee);
  });

  it('saves one edited target; of two saves of the same version sent at once, one wins and the other gets CONFLICT', async () => {
    const original = made.plan.results[0].targets[0].target as number;
    const edits = [original + 10, original + 20];
    const { winner, results } = await race(
      edits.map((value) => () => {
        const input = planInput(made.plan);
        input[0].targets[0].target = value;
        return call(employee, 'saveWorkPlan', { planId: made.plan.id, expectedLockVersion: 1, results: input }, PLAN);
      }),
    );
    const stored = (
      await app.ok(`query ($id: ID!) { workPlan(id: $id) { ${PLAN_FIELDS} } }`, { id: made.plan.id }, as[employee])
    ).workPlan;
    expect(stored).toEqual(results[winner]!.data!.saveWorkPlan.plan);
    expect(stored.lockVersion).toBe(2);
    expect(stored.results[0].targets[0].target).toBe(edits[winner]);
    made.plan = stored;
    made.target = stored.results[0].targets[0];
    await expectTrail(made.plan.id, ['create', 'save'], employee);
  });

  it('submits it to the supervisor, who approves it', async () => {
    const submitted = await ok(employee, 'submitWorkPlan', { planId: made.plan.id, expectedLockVersion: 2 }, PLAN);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      lockVersion: 3,
      approver: { id: employees.get(assessor)!.id },
    });
    await expectTrail(made.plan.id, ['create', 'save', 'submit'], employee);
    made.plan = await ok(
      assessor,
      'approveWorkPlan',
      { planId: made.plan.id, expectedLockVersion: 3, comment: 'Disetujui.' },
      PLAN,
    );
    expect(made.plan).toMatchObject({ status: 'APPROVED', lockVersion: 4 });
    await expectTrail(made.plan.id, ['create', 'save', 'submit', 'approve'], assessor);
  });

  it('the employee records the realisation of one target for Triwulan I, with an evidence link', async () => {
    const input = {
      targetId: made.target.id,
      subPeriodId: q1Id,
      value: made.target.target,
      evidenceUrl: EVIDENCE,
      note: 'Rekap triwulan I.',
    };
    made.realisation = await ok(employee, 'recordRealisation', input, 'realisation { id value evidenceUrl }');
    expect(made.realisation).toMatchObject({ value: made.target.target, evidenceUrl: EVIDENCE });
    await expectTrail(made.realisation.id, ['recordRealisation'], employee);
  });

  it('the supervisor starts the Q1 assessment, prefilled with that realisation', async () => {
    made.assessment = await ok(
      assessor,
      'startAssessment',
      { employeeId: employees.get(employee)!.id, subPeriodId: q1Id },
      ASSESSMENT,
    );
    expect(made.assessment).toMatchObject({ status: 'DRAFT', lockVersion: 1, predikat: null });
    expect(made.assessment.answers).toEqual([
      { indicatorKey: rules.planTargetKey(made.target), value: { realisation: made.realisation.value } },
    ]);
    expect(made.assessment.realisations).toEqual([{ value: made.realisation.value, evidenceUrl: EVIDENCE }]);
    made.form = await loadForm(
      app.em(),
      (await app.em().findOneOrFail(Assessment, { id: made.assessment.id })).form.id,
    );
    await expectTrail(made.assessment.id, ['start'], assessor);
  });

  /** A complete answer set, keeping the realisation the employee recorded. */
  const fullAnswers = (): rules.AnswerSet => ({
    ...sampleAnswers(made.form, strength, randomSource(Math.round(strength * 1000))),
    [rules.planTargetKey(made.target)]: { realisation: made.realisation.value },
  });

  it('saves a partial draft; of two drafts of the same version sent at once, one wins and the other gets CONFLICT', async () => {
    const full = Object.entries(fullAnswers());
    const drafts = [Object.fromEntries(full.slice(0, 3)), Object.fromEntries(full.slice(0, 6))];
    const { winner } = await race(
      drafts.map(
        (answers) => () =>
          call(
            assessor,
            'saveAssessmentDraft',
            { assessmentId: made.assessment.id, expectedLockVersion: 1, answers: entries(answers) },
            ASSESSMENT,
          ),
      ),
    );
    const stored = await app.em().findOneOrFail(Assessment, { id: made.assessment.id });
    expect(stored).toMatchObject({ lockVersion: 2, status: 'DRAFT' });
    expect(stored.answers).toEqual(drafts[winner]);
    await expectTrail(made.assessment.id, ['start', 'saveDraft'], assessor);
  });

  it('submits the full answers: the ratings are the suggested ones and the predikat follows from them', async () => {
    const answers = fullAnswers();
    const local = rules.scoreAnswers(made.form, answers);
    made.assessment = await ok(
      assessor,
      'submitAssessment',
      { assessmentId: made.assessment.id, expectedLockVersion: 2, answers: entries(answers) },
      ASSESSMENT,
    );
    expect(made.assessment).toMatchObject({
      status: 'SUBMITTED',
      lockVersion: 3,
      workResultsRating: local.workResults.rating,
      behaviourRating: local.behaviour.rating,
      suggestedWorkResultsRating: local.workResults.rating,
      suggestedBehaviourRating: local.behaviour.rating,
      ratingReason: null,
    });
    expect(made.assessment.workResultsRating).not.toBeNull();
    expect(made.assessment.predikat).toBe(
      rules.predikatOf(made.assessment.workResultsRating, made.assessment.behaviourRating),
    );
    await expectTrail(made.assessment.id, ['start', 'saveDraft', 'submit'], assessor);
  });

  it('the supervisor writes the final feedback with a development action, and the employee acknowledges it', async () => {
    const action = { kind: 'TRAINING', description: 'Pelatihan pengelolaan arsip digital', targetDate: '2027-03-31' };
    const input = {
      assessmentId: made.assessment.id,
      strengths: 'Teliti dan tepat waktu.',
      areasToImprove: 'Dokumentasi bukti dukung.',
      developmentActions: [action],
    };
    const written = await ok(assessor, 'saveAssessmentFeedback', input, FEEDBACK);
    expect(written).toMatchObject({
      lockVersion: 1,
      acknowledgedAt: null,
      developmentActions: [{ ...action, status: 'PLANNED' }],
    });
    await expectTrail(written.id, ['create'], assessor);

    const acknowledged = await ok(
      employee,
      'acknowledgeFeedback',
      { assessmentId: made.assessment.id, expectedLockVersion: 1 },
      FEEDBACK,
    );
    expect(acknowledged).toMatchObject({
      id: written.id,
      lockVersion: 2,
      acknowledgedBy: { id: employees.get(employee)!.id },
    });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    await expectTrail(written.id, ['create', 'acknowledge'], employee);
    // Reading the feedback is receiving the result: the objection window (PP 30/2019) counts from that day.
    const { assessment } = await app.ok(
      `query ($id: ID!) { assessment(id: $id) { resultReceivedAt objectionDeadline } }`,
      { id: made.assessment.id },
      as[employee],
    );
    expect(assessment.resultReceivedAt).toBe(acknowledged.acknowledgedAt);
    expect(assessment.objectionDeadline).toBe(
      rules.objectionWindow(new Date(acknowledged.acknowledgedAt), 'Asia/Jakarta').lastDay,
    );
    await expectTrail(made.assessment.id, ['start', 'saveDraft', 'submit', 'receiveResult'], employee);
  });

  return made;
}

describe('a teacher (guru_2), assessed by the head of school', () => {
  cycleStory({ family: 'guru', employee: 'guru_2', assessor: 'kepsek', strength: 1.1 });
});

describe('a nurse (perawat_2), assessed by the head of the puskesmas', () => {
  cycleStory({ family: 'perawat', employee: 'perawat_2', assessor: 'kapus', strength: 1 });
});

describe('an administrator (pem_2), assessed by the head of section, with an objection decided by the camat', () => {
  const made = cycleStory({
    family: 'pelaksana_administrasi',
    employee: 'pem_2',
    assessor: 'kasi_pem',
    strength: 0.85,
  });
  let objection: any;

  it('the employee files an objection, addressed to the assessor’s own supervisor', async () => {
    const reason = 'Realisasi triwulan I belum memperhitungkan berkas yang selesai akhir Maret.';
    objection = await ok('pem_2', 'fileObjection', { assessmentId: made.assessment.id, reason }, OBJECTION);
    expect(objection).toMatchObject({
      status: 'PENDING',
      decider: { id: employees.get('camat')!.id },
      previousPredikat: made.assessment.predikat,
    });
    await expectTrail(objection.id, ['file'], 'pem_2');
  });

  it('the assessor may not decide it: FORBIDDEN, and nothing changes', async () => {
    const refused = await call(
      'kasi_pem',
      'decideObjection',
      { objectionId: objection.id, outcome: 'UPHELD' },
      OBJECTION,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const { objection: stored } = await app.ok(
      `query ($id: ID!) { objection(id: $id) { status } }`,
      { id: objection.id },
      as.pem_2,
    );
    expect(stored.status).toBe('PENDING');
    await expectTrail(objection.id, ['file'], 'pem_2');
  });

  it('the camat decides CHANGED with new ratings and a reason; the assessment’s predikat follows', async () => {
    const expected = rules.predikatOf('ABOVE', 'ABOVE');
    expect(made.assessment.predikat).not.toBe(expected);
    const reason = 'Berkas akhir Maret terbukti selesai; hasil kerja dan perilaku di atas ekspektasi.';
    const input = {
      objectionId: objection.id,
      outcome: 'CHANGED',
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      reason,
    };
    const decided = await ok('camat', 'decideObjection', input, OBJECTION);
    expect(decided).toMatchObject({
      status: 'CHANGED',
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: expected,
      assessment: { predikat: expected },
    });

    const { assessment } = await app.ok(
      `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT_FIELDS} } }`,
      { id: made.assessment.id },
      as.pem_2,
    );
    expect(assessment).toMatchObject({
      status: 'SUBMITTED',
      workResultsRating: 'ABOVE',
      behaviourRating: 'ABOVE',
      predikat: expected,
      ratingReason: reason,
    });
    await expectTrail(objection.id, ['file', 'decide'], 'camat');
    await expectTrail(
      made.assessment.id,
      ['start', 'saveDraft', 'submit', 'receiveResult', 'changeByObjection'],
      'camat',
    );
  });

  it('the decision is final (PP 30/2019): the camat cannot reopen the assessment, and the employee sees the decided result', async () => {
    const refused = await call(
      'camat',
      'reopenAssessment',
      { assessmentId: made.assessment.id, reason: 'Ditinjau ulang.' },
      'assessment { id }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', objectionStatus: 'CHANGED' });
    const { assessments } = await app.ok(
      `query ($id: ID!) { assessments(filter: { employeeId: [$id] }) { nodes { id status predikat } } }`,
      { id: employees.get('pem_2')!.id },
      as.pem_2,
    );
    expect(assessments.nodes).toContainEqual({
      id: made.assessment.id,
      status: 'SUBMITTED',
      predikat: rules.predikatOf('ABOVE', 'ABOVE'),
    });
    await expectTrail(
      made.assessment.id,
      ['start', 'saveDraft', 'submit', 'receiveResult', 'changeByObjection'],
      'camat',
    );
  });
});
