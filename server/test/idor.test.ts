import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessment } from '../src/modules/assessment/assessment.entity.js';
import { TargetRealisation } from '../src/modules/assessment/target-realisation.entity.js';
import { AssessmentFeedback } from '../src/modules/feedback/assessment-feedback.entity.js';
import { DevelopmentAction } from '../src/modules/feedback/development-action.entity.js';
import { FeedbackEntry } from '../src/modules/feedback/feedback-entry.entity.js';
import { Objection } from '../src/modules/objection/objection.entity.js';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import { SubPeriodKind } from '../src/modules/period/period.enums.js';
import { Period } from '../src/modules/period/period.entity.js';
import { SubPeriod } from '../src/modules/period/sub-period.entity.js';
import { WorkPlan } from '../src/modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../src/modules/work-plan/work-plan.enums.js';
import { WorkTarget } from '../src/modules/work-plan/work-target.entity.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { seedId } from '../src/seed/organisation.seed.js';
import { SEED_YEAR } from '../src/seed/period.seed.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './harness.js';

// The seeded supervisor of one kelurahan (Taman Bunga) cannot read or change
// anything of another's team (Bukit Sari: the lurah, maya = bs_1, and bs_2). Reading another team's
// record by id answers null, exactly as for an id that does not exist; lists filtered on them are empty;
// every change by id fails with exactly the error a random, well-formed id gets — nothing tells the
// outsider that the record exists. Also: what an employee and an analyst see of people.

type Headers = Record<string, string>;
let app: TestApp;
/** lurah.tamanbunga: supervisor of tb_1, a peer of the Bukit Sari lurah under the camat. */
let outsider: Headers;
let hr: Headers;
let analyst: Headers;
let maya: Headers;

const employeeKey = (key: string) => seedId(`employee:${key}`);
const MAYA = employeeKey('bs_1');
const BS2 = employeeKey('bs_2');
const LURAH_BS = employeeKey('lurah_bs');
const PEM1 = employeeKey('pem_1');
const CAMAT = employeeKey('camat');
const BUKIT_SARI = seedId('unit:kel_bukit_sari');

let periodId: string;
let q1Id: string;
let q4Id: string;
let mayaPlanId: string;
let bs2PlanId: string;
let mayaTargetId: string;
let mayaAssessmentIds: string[];
let mayaQ3Id: string;
let mayaActionId: string;
let objectionId: string;

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  outsider = await app.login('lurah.tamanbunga', DEMO_PASSWORD);
  hr = await app.login('hr', DEMO_PASSWORD);
  analyst = await app.login('analis', DEMO_PASSWORD);
  maya = await app.login('maya', DEMO_PASSWORD);

  const em = app.em();
  const period = await em.findOneOrFail(Period, { year: SEED_YEAR });
  periodId = period.id;
  const quarter = (number: number) => em.findOneOrFail(SubPeriod, { period, kind: SubPeriodKind.QUARTER, number });
  q1Id = (await quarter(1)).id;
  const q3 = await quarter(3);
  q4Id = (await quarter(4)).id;
  const mayaPlan = await em.findOneOrFail(WorkPlan, { employee: MAYA, period, status: WorkPlanStatus.APPROVED });
  mayaPlanId = mayaPlan.id;
  const bs2Plan = await em.findOneOrFail(WorkPlan, { employee: BS2, period });
  expect(bs2Plan.status).toBe(WorkPlanStatus.SUBMITTED);
  bs2PlanId = bs2Plan.id;
  mayaTargetId = (await em.findOneOrFail(WorkTarget, { result: { plan: mayaPlan } }, { orderBy: { id: 'asc' } })).id;
  mayaAssessmentIds = (await em.find(Assessment, { employee: MAYA })).map((a) => a.id);
  expect(mayaAssessmentIds).toHaveLength(3);
  mayaQ3Id = (await em.findOneOrFail(Assessment, { employee: MAYA, subPeriod: q3 })).id;
  mayaActionId = (
    await em.findOneOrFail(DevelopmentAction, { feedback: { assessment: mayaQ3Id } }, { orderBy: { position: 'asc' } })
  ).id;
  objectionId = (await em.findOneOrFail(Objection, { employee: PEM1 })).id;
  expect((await em.findOneOrFail(Objection, { id: objectionId })).decidedBy?.id).toBe(CAMAT);

  // A realisation of maya's in the fourth quarter, recorded by maya herself: something to protect.
  await app.ok(
    'mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { realisation { id } } }',
    { input: { targetId: mayaTargetId, subPeriodId: q4Id, value: 7, note: 'Triwulan IV berjalan.' } },
    maya,
  );
}, 240_000);
afterAll(() => app?.close());

const data = async (query: string, variables: Record<string, unknown>, headers: Headers) =>
  app.ok(query, variables, headers);

describe('another team’s records, read by id', () => {
  const BY_ID: [string, string, () => string[]][] = [
    ['employee', 'query ($id: ID!) { employee(id: $id) { id name nip } }', () => [MAYA, BS2, LURAH_BS]],
    ['workPlan', 'query ($id: ID!) { workPlan(id: $id) { id status } }', () => [mayaPlanId, bs2PlanId]],
    ['assessment', 'query ($id: ID!) { assessment(id: $id) { id predikat } }', () => mayaAssessmentIds],
    [
      'assessmentFeedback',
      'query ($id: ID!) { assessmentFeedback(assessmentId: $id) { id strengths } }',
      () => mayaAssessmentIds,
    ],
    ['objection', 'query ($id: ID!) { objection(id: $id) { id reason } }', () => [objectionId]],
  ];

  it.each(BY_ID)(
    '%s: null for the outsider, as for an id that does not exist; HR reads it',
    async (field, query, ids) => {
      expect((await data(query, { id: randomUUID() }, outsider))[field]).toBeNull();
      for (const id of ids()) {
        expect((await data(query, { id }, outsider))[field], `${field} ${id}`).toBeNull();
        if (field !== 'assessmentFeedback')
          expect((await data(query, { id }, hr))[field], `${field} ${id} for HR`).not.toBeNull();
      }
      if (field === 'assessmentFeedback') expect((await data(query, { id: mayaQ3Id }, hr))[field]).not.toBeNull();
    },
  );
});

describe('another team’s records, in lists', () => {
  const LISTS: [string, string, () => Record<string, unknown>][] = [
    ['employees', 'employees', () => ({ supervisorId: LURAH_BS })],
    ['employees', 'employees', () => ({ unitId: BUKIT_SARI })],
    ['employees', 'employees', () => ({ search: 'Maya' })],
    ['employees', 'employees', () => ({ search: '19900825' })],
    ['workPlans', 'workPlans', () => ({ employeeId: MAYA })],
    ['workPlans', 'workPlans', () => ({ employeeId: BS2 })],
    ['workPlans', 'workPlans', () => ({ approverId: LURAH_BS })],
    ['assessments', 'assessments', () => ({ employeeId: MAYA })],
    ['assessments', 'assessments', () => ({ assessorId: LURAH_BS })],
    ['developmentActions', 'developmentActions', () => ({ employeeId: MAYA })],
    ['feedbackEntries', 'feedbackEntries', () => ({ employeeId: MAYA })],
    ['objections', 'objections', () => ({ employeeId: PEM1 })],
    ['objections', 'objections', () => ({ assessmentId: objectionAssessmentId })],
    ['objections', 'objections', () => ({ deciderId: CAMAT })],
    // An `or` with a condition that holds everywhere does not reach past the read scope.
    [
      'workPlans',
      'workPlans',
      () => ({ or: [{ employeeId: [MAYA] }, { employee: { name: { contains: '' } } }], employeeId: [MAYA, BS2] }),
    ],
    [
      'developmentActions',
      'developmentActions',
      () => ({ or: [{ employeeId: [MAYA] }, { search: '' }, { not: { status: [] } }], employeeId: [MAYA] }),
    ],
    [
      'feedbackEntries',
      'feedbackEntries',
      () => ({ or: [{ author: { id: [LURAH_BS] } }, { not: { id: [] } }], employee: { unitId: [BUKIT_SARI] } }),
    ],
    [
      'objections',
      'objections',
      () => ({ or: [{ deciderId: [CAMAT] }, { employee: { active: true } }], not: { status: [] } }),
    ],
  ];
  let objectionAssessmentId: string;
  const FILTER_TYPES: Record<string, string> = {
    employees: 'EmployeeFilter',
    workPlans: 'WorkPlanFilter',
    assessments: 'AssessmentFilter',
    developmentActions: 'DevelopmentActionFilter',
    feedbackEntries: 'FeedbackEntryFilter',
    objections: 'ObjectionFilter',
  };

  beforeAll(async () => {
    objectionAssessmentId = (await app.em().findOneOrFail(Objection, { id: objectionId })).assessment.id;
  });

  it.each(LISTS)(
    '%s filtered on them: empty for the outsider, totalCount 0 (HR finds them)',
    async (field, _, filter) => {
      const query = `query ($filter: ${FILTER_TYPES[field]}) { ${field}(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
      const seen = (await data(query, { filter: filter() }, outsider))[field];
      expect(seen).toEqual({ totalCount: 0, edges: [] });
      expect((await data(query, { filter: filter() }, hr))[field].totalCount, JSON.stringify(filter())).toBeGreaterThan(
        0,
      );
    },
  );

  it('unfiltered lists and the organisation’s tree hold nobody of Bukit Sari', async () => {
    const bukitSari = new Set([MAYA, BS2, LURAH_BS]);
    const lists = await data(
      `{ employees(first: 100) { edges { node { id } } }
         workPlans(first: 100) { edges { node { employee { id } } } }
         assessments(first: 100) { edges { node { employee { id } assessor { id } } } }
         developmentActions(first: 100) { edges { node { employee { id } } } }
         feedbackEntries(first: 100) { edges { node { employee { id } author { id } } } }
         objections(first: 100) { totalCount }
         unit: unit(id: "${BUKIT_SARI}") { employees { id } } }`,
      {},
      outsider,
    );
    const people = JSON.stringify(lists).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
    expect(people.filter((id) => bukitSari.has(id))).toEqual([]);
    expect(lists.objections.totalCount).toBe(0);
    expect(lists.unit.employees).toEqual([]);
    // Through the people the outsider does see: their supervisor's subordinates are narrowed too.
    const { employee } = await data(
      'query ($id: ID!) { employee(id: $id) { supervisor { id subordinates { id } } } }',
      { id: employeeKey('lurah_tb') },
      outsider,
    );
    expect(employee.supervisor.id).toBe(CAMAT);
    expect(employee.supervisor.subordinates.map((e: { id: string }) => e.id)).toEqual([employeeKey('lurah_tb')]);
  });

  it('the predikat distribution of their kelurahan counts nobody for the outsider (its own lurah sees it all)', async () => {
    const query = `query ($unitId: ID!, $periodId: ID!, $subPeriodId: ID) {
      predikatDistribution(unitId: $unitId, periodId: $periodId, subPeriodId: $subPeriodId) { total rows { predikat count } } }`;
    const variables = { unitId: BUKIT_SARI, periodId, subPeriodId: q1Id };
    const full = (await data(query, variables, hr)).predikatDistribution;
    expect(full.total).toBeGreaterThan(0);
    const ownLurah = await app.login('lurah.bukitsari', DEMO_PASSWORD);
    expect((await data(query, variables, ownLurah)).predikatDistribution).toEqual(full);
    const seen = (await data(query, variables, outsider)).predikatDistribution;
    expect(seen.total).toBe(0);
    expect(seen.rows.every((row: { count: number }) => row.count === 0)).toBe(true);
  });
});

describe('another team’s records, changed by id', () => {
  /** [mutation, input type, variables with the id under test]. */
  const CHANGES: [string, string, (id: string) => Record<string, unknown>, () => string][] = [
    ['createWorkPlan', 'CreateWorkPlanInput', (id) => ({ periodId, employeeId: id }), () => MAYA],
    ['saveWorkPlan', 'SaveWorkPlanInput', (id) => ({ planId: id, results: [] }), () => bs2PlanId],
    ['submitWorkPlan', 'SubmitWorkPlanInput', (id) => ({ planId: id }), () => bs2PlanId],
    ['approveWorkPlan', 'ApproveWorkPlanInput', (id) => ({ planId: id }), () => bs2PlanId],
    ['returnWorkPlan', 'ReturnWorkPlanInput', (id) => ({ planId: id, comment: 'Kembalikan.' }), () => bs2PlanId],
    ['reviseWorkPlan', 'ReviseWorkPlanInput', (id) => ({ planId: id }), () => mayaPlanId],
    [
      'setBehaviourExpectations',
      'SetBehaviourExpectationsInput',
      (id) => ({ planId: id, expectations: [] }),
      () => bs2PlanId,
    ],
    [
      'recordRealisation',
      'RecordRealisationInput',
      (id) => ({ targetId: id, subPeriodId: q4Id, value: 99 }),
      () => mayaTargetId,
    ],
    ['startAssessment', 'StartAssessmentInput', (id) => ({ employeeId: id, subPeriodId: q4Id }), () => MAYA],
    ['saveAssessmentDraft', 'SaveAssessmentDraftInput', (id) => ({ assessmentId: id, answers: [] }), () => mayaQ3Id],
    ['submitAssessment', 'SubmitAssessmentInput', (id) => ({ assessmentId: id }), () => mayaQ3Id],
    [
      'reopenAssessment',
      'ReopenAssessmentInput',
      (id) => ({ assessmentId: id, reason: 'Dibuka ulang.' }),
      () => mayaQ3Id,
    ],
    ['saveSelfAssessment', 'SaveSelfAssessmentInput', (id) => ({ assessmentId: id, answers: [] }), () => mayaQ3Id],
    ['addFeedback', 'AddFeedbackInput', (id) => ({ employeeId: id, periodId, text: 'Bagus sekali.' }), () => MAYA],
    [
      'saveAssessmentFeedback',
      'SaveAssessmentFeedbackInput',
      (id) => ({ assessmentId: id, strengths: 'Teliti.', areasToImprove: 'Arsip.', developmentActions: [] }),
      () => mayaQ3Id,
    ],
    ['acknowledgeFeedback', 'AcknowledgeFeedbackInput', (id) => ({ assessmentId: id }), () => mayaQ3Id],
    [
      'setDevelopmentActionStatus',
      'SetDevelopmentActionStatusInput',
      (id) => ({ actionId: id, status: 'DONE' }),
      () => mayaActionId,
    ],
    ['fileObjection', 'FileObjectionInput', (id) => ({ assessmentId: id, reason: 'Tidak setuju.' }), () => mayaQ3Id],
    ['decideObjection', 'DecideObjectionInput', (id) => ({ objectionId: id, outcome: 'UPHELD' }), () => objectionId],
    [
      'reassignObjection',
      'ReassignObjectionInput',
      (id) => ({ objectionId: id, deciderId: LURAH_BS, reason: 'Camat cuti.' }),
      () => objectionId,
    ],
    ['receiveAssessmentResult', 'ReceiveAssessmentResultInput', (id) => ({ assessmentId: id }), () => mayaQ3Id],
  ];
  const errorOf = (result: GraphQLResponse) => {
    expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
    const { message, extensions } = result.errors![0]!;
    return { message, extensions };
  };

  it.each(CHANGES)(
    '%s fails exactly as with an id that does not exist',
    async (field, inputType, variables, realId) => {
      const mutation = `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
      for (const locale of ['id', 'en']) {
        const headers = { ...outsider, 'accept-language': locale };
        const real = errorOf(await app.gql(mutation, { input: variables(realId()) }, headers));
        const missing = errorOf(await app.gql(mutation, { input: variables(randomUUID()) }, headers));
        expect(real).toEqual(missing);
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(real.extensions?.code);
      }
    },
  );

  it('changed nothing of theirs', async () => {
    const em = app.em();
    expect((await em.findOneOrFail(WorkPlan, { id: bs2PlanId })).status).toBe(WorkPlanStatus.SUBMITTED);
    expect(await em.count(WorkPlan, { employee: { $in: [MAYA, BS2] } })).toBe(2);
    expect(await em.count(Assessment, { employee: MAYA })).toBe(3);
    const q3 = await em.findOneOrFail(Assessment, { id: mayaQ3Id }, { populate: ['selfAnswers'] });
    expect(q3.status).toBe('SUBMITTED');
    expect(q3.selfAnswers).toBeNull();
    expect((await em.findOneOrFail(AssessmentFeedback, { assessment: mayaQ3Id })).acknowledgedAt).toBeNull();
    expect((await em.findOneOrFail(DevelopmentAction, { id: mayaActionId })).status).toBe('PLANNED');
    expect((await em.findOneOrFail(TargetRealisation, { target: mayaTargetId, subPeriod: q4Id })).value).toBe(7);
    expect(await em.count(FeedbackEntry, { employee: MAYA })).toBe(2);
    expect(await em.count(Objection, {})).toBe(2); // the seed's pending one and its decided one
    expect(await em.findOneOrFail(Objection, { id: objectionId })).toMatchObject({
      status: 'PENDING',
      reassignedAt: null,
    });
    expect(q3.resultReceivedAt).toBeNull();
  });
});

describe('what people see of people', () => {
  const PEOPLE =
    '{ employees(first: 100) { totalCount edges { node { id nip nipFormatted birthDate appointment } } } }';

  it('an employee sees herself and her supervisor, nobody else', async () => {
    const { employees } = await data(PEOPLE, {}, maya);
    expect(employees.totalCount).toBe(2);
    expect(employees.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([MAYA, LURAH_BS].sort());
    for (const id of [BS2, CAMAT, employeeKey('lurah_tb')]) {
      expect((await data('query ($id: ID!) { employee(id: $id) { id } }', { id }, maya)).employee).toBeNull();
    }
  });

  it('the analyst reads NIPs masked and no birth date; HR reads them in full', async () => {
    const stored = new Map((await app.em().find(Employee, {})).map((e) => [e.id, e]));
    const [asAnalyst, asHr] = [(await data(PEOPLE, {}, analyst)).employees, (await data(PEOPLE, {}, hr)).employees];
    expect(asAnalyst.totalCount).toBe(stored.size);
    expect(asHr.totalCount).toBe(stored.size);
    for (const { node } of asAnalyst.edges) {
      const nip = stored.get(node.id)!.nip;
      expect(node.nip).toBe(`${'*'.repeat(nip.length - 3)}${nip.slice(-3)}`);
      expect(node.nipFormatted).toBe(node.nip);
      expect(node.birthDate).toBeNull();
      expect(node.appointment).toBeNull();
    }
    for (const { node } of asHr.edges) {
      const employee = stored.get(node.id)!;
      expect(node.nip).toBe(employee.nip);
      expect(node.nip).toMatch(/^\d{18}$/);
      expect(node.birthDate).toBe(employee.birthDate);
    }
  });
});
