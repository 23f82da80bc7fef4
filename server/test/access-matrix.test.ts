import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/app/schema.js';
import { Assessment } from '../src/modules/assessment/assessment.entity.js';
import { DevelopmentAction } from '../src/modules/feedback/development-action.entity.js';
import { JobFamily } from '../src/modules/job-family/job-family.entity.js';
import { Objection } from '../src/modules/objection/objection.entity.js';
import { SubPeriodKind } from '../src/modules/period/period.enums.js';
import { SavedQuery } from '../src/modules/saved-query/saved-query.entity.js';
import { Period } from '../src/modules/period/period.entity.js';
import { SubPeriod } from '../src/modules/period/sub-period.entity.js';
import { Template } from '../src/modules/template/template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from '../src/modules/template/template-version.entity.js';
import { WorkPlan } from '../src/modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../src/modules/work-plan/work-plan.enums.js';
import { WorkTarget } from '../src/modules/work-plan/work-target.entity.js';
import { DEMO_PASSWORD } from '../src/seed/demo-logins.js';
import { seedId } from '../src/seed/organisation.seed.js';
import { SEED_YEAR } from '../src/seed/period.seed.js';
import { startTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from './harness.js';

// Every root operation of the schema, called by every role (anonymous
// included) against the seeded demo (Kecamatan Gerunggang), is allowed or refused as the product rules
// say. A new operation without a row here fails the first test.
//
// 'ok' means the policy let the call through: no error, or a domain error (BAD_USER_INPUT, INVALID_STATE,
// CONFLICT). Inputs are chosen so that allowed calls stop at validation, at a stale version or at a state
// check, and change nothing that another row (or role) relies on.

type Role = 'anonymous' | 'employee' | 'supervisor' | 'hr' | 'admin' | 'analyst';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Headers = Record<string, string>;

const ROLES: readonly Role[] = ['anonymous', 'analyst', 'employee', 'supervisor', 'admin', 'hr'];
/** Who signs in for each role: maya (bs_1) and her lurah in Kelurahan Bukit Sari, and the pure accounts. */
const USERNAMES: Readonly<Record<Exclude<Role, 'anonymous'>, string>> = {
  employee: 'maya',
  supervisor: 'lurah.bukitsari',
  hr: 'hr',
  admin: 'admin',
  analyst: 'analis',
};
/** A throwaway account for the `login` row, so no role's own account is touched. */
const LOGIN_ACCOUNT = 'matriks.masuk';
const STALE = 9_999;

/** The seeded records the rows work on. */
interface Ids {
  periodId: string;
  /** A second period, still in PLANNING, made for this test (closing it is refused: it is not open). */
  planningPeriodId: string;
  q3Id: string;
  mayaId: string;
  bs2Id: string;
  /** maya's approved plan, assessed three quarters. */
  mayaPlanId: string;
  /** bs_2's submitted plan: maya's colleague, not hers to see. */
  bs2PlanId: string;
  mayaTargetId: string;
  /** maya's submitted third-quarter assessment, with final feedback waiting for her acknowledgement. */
  mayaQ3Id: string;
  mayaActionId: string;
  /** pem_1's pending objection, addressed to the camat. */
  objectionId: string;
  familyId: string;
  templateId: string;
  publishedVersionId: string;
  /** The analyst's shared saved query of the demo (the nurses' question). */
  savedQueryId: string;
  /** A draft of the administrative template, made for this test. */
  draftId: string;
  unitId: string;
}

interface Row {
  document: string;
  variables?: (ids: Ids) => Record<string, unknown>;
  expected: Readonly<Record<Role, Outcome>>;
  /** Run with a second session of the role's user (logout), so the role's own session survives. */
  freshSession?: boolean;
}

const everyone = (outcome: Outcome): Record<Role, Outcome> => ({
  anonymous: outcome,
  employee: outcome,
  supervisor: outcome,
  hr: outcome,
  admin: outcome,
  analyst: outcome,
});
/** Signed-in users read it; anonymous callers are asked to sign in. */
const SIGNED_IN: Record<Role, Outcome> = { ...everyone('ok'), anonymous: 'UNAUTHENTICATED' };
/** HR's configuration: everybody else is refused before anything runs. */
const HR_ONLY: Record<Role, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', hr: 'ok' };
const ADMIN_ONLY: Record<Role, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', admin: 'ok' };
/** The explorer: analysts, HR and admins (an analyst's read-only session may still keep saved queries). */
const EXPLORERS: Record<Role, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  analyst: 'ok',
  hr: 'ok',
  admin: 'ok',
};
/** A query of personal data: signed in, then the read scope decides (an out-of-scope id reads as null). */
const read = (outcomes: Partial<Record<Role, Outcome>>): Record<Role, Outcome> => ({ ...SIGNED_IN, ...outcomes });
/** A cycle mutation: signed in, never in an analyst's read-only session; the service decides the person. */
const cycle = (
  outcomes: Pick<Record<Role, Outcome>, 'employee' | 'supervisor' | 'hr' | 'admin'>,
): Record<Role, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  analyst: 'FORBIDDEN',
  ...outcomes,
});

const SECTION = { key: 'matriks', kind: 'FEEDBACK', title: { id: 'Matriks akses' } };
const INDICATOR = { key: 'matriks_catatan', kind: 'TEXT', label: { id: 'Catatan' }, required: false };

/** One row per root field of the schema, Query and Mutation; `logout` last. */
const MATRIX: Readonly<Record<string, Row>> = {
  // ── Queries ──────────────────────────────────────────────────────────────────────────────────
  viewer: { document: '{ viewer { id } }', expected: everyone('ok') },
  jobFamilies: { document: '{ jobFamilies { id } }', expected: SIGNED_IN },
  jobFamily: {
    document: 'query ($id: ID!) { jobFamily(id: $id) { id } }',
    variables: (ids) => ({ id: ids.familyId }),
    expected: SIGNED_IN,
  },
  template: {
    document: 'query ($id: ID!) { template(id: $id) { id } }',
    variables: (ids) => ({ id: ids.templateId }),
    expected: SIGNED_IN,
  },
  templateVersion: {
    document: 'query ($id: ID!) { templateVersion(id: $id) { id } }',
    variables: (ids) => ({ id: ids.publishedVersionId }),
    expected: SIGNED_IN,
  },
  templateVersionDiff: {
    document: 'query ($from: ID!, $to: ID!) { templateVersionDiff(fromId: $from, toId: $to) { identical } }',
    variables: (ids) => ({ from: ids.publishedVersionId, to: ids.draftId }),
    expected: SIGNED_IN,
  },
  scoreAnswers: {
    document: 'query ($id: ID!) { scoreAnswers(versionId: $id, answers: []) { __typename } }',
    variables: (ids) => ({ id: ids.publishedVersionId }),
    expected: SIGNED_IN,
  },
  periods: { document: '{ periods { nodes { id } } }', expected: SIGNED_IN },
  period: {
    document: 'query ($id: ID!) { period(id: $id) { id } }',
    variables: (ids) => ({ id: ids.periodId }),
    expected: SIGNED_IN,
  },
  units: { document: '{ units { nodes { id } } }', expected: SIGNED_IN },
  unitTree: { document: '{ unitTree { id } }', expected: SIGNED_IN },
  unit: {
    document: 'query ($id: ID!) { unit(id: $id) { id } }',
    variables: (ids) => ({ id: ids.unitId }),
    expected: SIGNED_IN,
  },
  employees: {
    document: 'query ($unitId: ID!) { employees(filter: { unitId: [$unitId] }) { totalCount } }',
    variables: (ids) => ({ unitId: ids.unitId }),
    expected: SIGNED_IN,
  },
  // maya sees herself and her supervisor, not her colleague bs_2.
  employee: {
    document: 'query ($id: ID!) { employee(id: $id) { id } }',
    variables: (ids) => ({ id: ids.bs2Id }),
    expected: read({ employee: 'NOT_FOUND' }),
  },
  workPlans: {
    document: 'query ($id: ID!) { workPlans(filter: { employeeId: [$id] }) { totalCount } }',
    variables: (ids) => ({ id: ids.mayaId }),
    expected: SIGNED_IN,
  },
  workPlan: {
    document: 'query ($id: ID!) { workPlan(id: $id) { id } }',
    variables: (ids) => ({ id: ids.bs2PlanId }),
    expected: read({ employee: 'NOT_FOUND' }),
  },
  assessments: { document: '{ assessments { totalCount } }', expected: SIGNED_IN },
  assessmentAnswers: {
    document: '{ assessmentAnswers(filter: { score: { gte: 0 } }) { totalCount } }',
    expected: SIGNED_IN,
  },
  assessment: {
    document: 'query ($id: ID!) { assessment(id: $id) { id } }',
    variables: (ids) => ({ id: ids.mayaQ3Id }),
    expected: SIGNED_IN,
  },
  assessmentFeedback: {
    document: 'query ($id: ID!) { assessmentFeedback(assessmentId: $id) { id } }',
    variables: (ids) => ({ id: ids.mayaQ3Id }),
    expected: SIGNED_IN,
  },
  developmentActions: {
    document: 'query ($id: ID!) { developmentActions(filter: { employeeId: [$id] }) { totalCount } }',
    variables: (ids) => ({ id: ids.mayaId }),
    expected: SIGNED_IN,
  },
  feedbackEntries: {
    document: 'query ($id: ID!) { feedbackEntries(filter: { employeeId: [$id] }) { totalCount } }',
    variables: (ids) => ({ id: ids.mayaId }),
    expected: SIGNED_IN,
  },
  objections: { document: '{ objections { totalCount } }', expected: SIGNED_IN },
  // pem_1's objection is addressed to the camat: neither maya nor her lurah reads it.
  objection: {
    document: 'query ($id: ID!) { objection(id: $id) { id } }',
    variables: (ids) => ({ id: ids.objectionId }),
    expected: read({ employee: 'NOT_FOUND', supervisor: 'NOT_FOUND' }),
  },
  auditRecords: {
    document: 'query ($id: ID!) { auditRecords(filter: { entityId: [$id] }) { totalCount } }',
    variables: (ids) => ({ id: ids.mayaPlanId }),
    expected: read({ employee: 'FORBIDDEN', supervisor: 'FORBIDDEN' }),
  },
  auditTrail: {
    document: 'query ($id: ID!) { auditTrail(entityId: $id) { id } }',
    variables: (ids) => ({ id: ids.mayaPlanId }),
    expected: read({ employee: 'FORBIDDEN', supervisor: 'FORBIDDEN' }),
  },
  predikatDistribution: {
    document:
      'query ($unitId: ID!, $periodId: ID!) { predikatDistribution(unitId: $unitId, periodId: $periodId) { total } }',
    variables: (ids) => ({ unitId: ids.unitId, periodId: ids.periodId }),
    expected: read({ employee: 'FORBIDDEN' }),
  },
  // SE MenPANRB 3/2023: the guideline and Bukit Sari's capaian kinerja organisasi (recorded for the third quarter)
  // are read by HR, admins, analysts and the lurah, who works there; maya has no reading role.
  distributionGuideline: {
    document: '{ distributionGuideline { organisationRating } }',
    expected: read({ employee: 'FORBIDDEN' }),
  },
  organisationRating: {
    document:
      'query ($unitId: ID!, $subPeriodId: ID!) { organisationRating(unitId: $unitId, subPeriodId: $subPeriodId) { id } }',
    variables: (ids) => ({ unitId: ids.unitId, subPeriodId: ids.q3Id }),
    expected: read({ employee: 'FORBIDDEN' }),
  },
  organisationRatingHistory: {
    document:
      'query ($unitId: ID!, $subPeriodId: ID!) { organisationRatingHistory(unitId: $unitId, subPeriodId: $subPeriodId) { id } }',
    variables: (ids) => ({ unitId: ids.unitId, subPeriodId: ids.q3Id }),
    expected: read({ employee: 'FORBIDDEN' }),
  },
  organisationRatings: {
    document: '{ organisationRatings { totalCount } }',
    expected: read({ employee: 'FORBIDDEN' }),
  },
  // Organisation readers get every group, the lurah only their team's; maya has no reading role.
  assessmentStatistics: {
    document:
      'query ($periodId: ID!) { assessmentStatistics(groupBy: [UNIT], filter: { periodId: $periodId }) { count } }',
    variables: (ids) => ({ periodId: ids.periodId }),
    expected: read({ employee: 'FORBIDDEN' }),
  },
  indicatorStatistics: {
    document:
      'query ($periodId: ID!) { indicatorStatistics(lineageKey: "matriks", groupBy: [PERIOD], filter: { periodId: $periodId }) { count } }',
    variables: (ids) => ({ periodId: ids.periodId }),
    expected: read({ employee: 'FORBIDDEN' }),
  },

  savedQueries: { document: '{ savedQueries { totalCount } }', expected: EXPLORERS },
  savedQuery: {
    document: 'query ($id: ID!) { savedQuery(id: $id) { id } }',
    variables: (ids) => ({ id: ids.savedQueryId }),
    expected: EXPLORERS,
  },

  // ── Sign-in ──────────────────────────────────────────────────────────────────────────────────
  login: {
    document: 'mutation ($input: LoginInput!) { login(input: $input) { viewer { id } } }',
    variables: () => ({ input: { username: LOGIN_ACCOUNT, password: TEST_PASSWORD } }),
    expected: everyone('ok'),
  },
  // A wrong current password and a too-short new one: BAD_USER_INPUT, nothing changes.
  changePassword: {
    document: 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
    variables: () => ({ input: { currentPassword: 'bukan-kata-sandinya', newPassword: 'pendek' } }),
    expected: SIGNED_IN,
  },

  // ── HR configuration: every allowed call stops at validation, a stale revision or a state ───────
  createJobFamily: {
    document: 'mutation ($input: CreateJobFamilyInput!) { createJobFamily(input: $input) { __typename } }',
    variables: () => ({ input: { code: 'Bukan Kode!', name: 'Matriks', nameEn: 'Matrix' } }),
    expected: HR_ONLY,
  },
  updateJobFamily: {
    document: 'mutation ($input: UpdateJobFamilyInput!) { updateJobFamily(input: $input) { __typename } }',
    variables: (ids) => ({ input: { id: ids.familyId, name: ' ', nameEn: ' ' } }),
    expected: HR_ONLY,
  },
  createTemplate: {
    document: 'mutation ($input: CreateTemplateInput!) { createTemplate(input: $input) { __typename } }',
    variables: (ids) => ({ input: { familyId: ids.familyId, name: ' ' } }),
    expected: HR_ONLY,
  },
  // The template already has a draft: CONFLICT.
  createTemplateDraft: {
    document: 'mutation ($input: CreateTemplateDraftInput!) { createTemplateDraft(input: $input) { __typename } }',
    variables: (ids) => ({ input: { templateId: ids.templateId } }),
    expected: HR_ONLY,
  },
  addTemplateSection: {
    document: 'mutation ($input: AddTemplateSectionInput!) { addTemplateSection(input: $input) { __typename } }',
    variables: (ids) => ({ input: { versionId: ids.draftId, expectedRevision: STALE, section: SECTION } }),
    expected: HR_ONLY,
  },
  updateTemplateSection: {
    document: 'mutation ($input: UpdateTemplateSectionInput!) { updateTemplateSection(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { versionId: ids.draftId, expectedRevision: STALE, sectionKey: 'matriks', section: SECTION },
    }),
    expected: HR_ONLY,
  },
  removeTemplateSection: {
    document: 'mutation ($input: RemoveTemplateSectionInput!) { removeTemplateSection(input: $input) { __typename } }',
    variables: (ids) => ({ input: { versionId: ids.draftId, expectedRevision: STALE, sectionKey: 'matriks' } }),
    expected: HR_ONLY,
  },
  moveTemplateSection: {
    document: 'mutation ($input: MoveTemplateSectionInput!) { moveTemplateSection(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { versionId: ids.draftId, expectedRevision: STALE, sectionKey: 'matriks', position: 0 },
    }),
    expected: HR_ONLY,
  },
  addTemplateIndicator: {
    document: 'mutation ($input: AddTemplateIndicatorInput!) { addTemplateIndicator(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { versionId: ids.draftId, expectedRevision: STALE, sectionKey: 'matriks', indicator: INDICATOR },
    }),
    expected: HR_ONLY,
  },
  updateTemplateIndicator: {
    document:
      'mutation ($input: UpdateTemplateIndicatorInput!) { updateTemplateIndicator(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { versionId: ids.draftId, expectedRevision: STALE, indicatorKey: 'matriks_catatan', indicator: INDICATOR },
    }),
    expected: HR_ONLY,
  },
  removeTemplateIndicator: {
    document:
      'mutation ($input: RemoveTemplateIndicatorInput!) { removeTemplateIndicator(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { versionId: ids.draftId, expectedRevision: STALE, indicatorKey: 'matriks_catatan' },
    }),
    expected: HR_ONLY,
  },
  moveTemplateIndicator: {
    document: 'mutation ($input: MoveTemplateIndicatorInput!) { moveTemplateIndicator(input: $input) { __typename } }',
    variables: (ids) => ({
      input: {
        versionId: ids.draftId,
        expectedRevision: STALE,
        indicatorKey: 'matriks_catatan',
        sectionKey: 'matriks',
        position: 0,
      },
    }),
    expected: HR_ONLY,
  },
  setTemplateRatingThresholds: {
    document:
      'mutation ($input: SetTemplateRatingThresholdsInput!) { setTemplateRatingThresholds(input: $input) { __typename } }',
    variables: (ids) => ({
      input: {
        versionId: ids.draftId,
        expectedRevision: STALE,
        ratingThresholds: { workResults: { meets: 60, above: 90 }, behaviour: { meets: 60, above: 90 } },
      },
    }),
    expected: HR_ONLY,
  },
  publishTemplateVersion: {
    document:
      'mutation ($input: PublishTemplateVersionInput!) { publishTemplateVersion(input: $input) { __typename } }',
    variables: (ids) => ({ input: { versionId: ids.draftId, expectedRevision: STALE } }),
    expected: HR_ONLY,
  },
  // A draft cannot be retired: INVALID_STATE.
  retireTemplateVersion: {
    document: 'mutation ($input: RetireTemplateVersionInput!) { retireTemplateVersion(input: $input) { __typename } }',
    variables: (ids) => ({ input: { versionId: ids.draftId } }),
    expected: HR_ONLY,
  },
  createPeriod: {
    document: 'mutation ($input: CreatePeriodInput!) { createPeriod(input: $input) { __typename } }',
    variables: () => ({ input: { year: 1999 } }),
    expected: HR_ONLY,
  },
  // Sets the planning period to what it is already: changes nothing another row relies on.
  updatePeriod: {
    document: 'mutation ($input: UpdatePeriodInput!) { updatePeriod(input: $input) { __typename } }',
    variables: (ids) => ({ input: { periodId: ids.planningPeriodId, annualEvaluationOpens: 'LAST_SUB_PERIOD' } }),
    expected: HR_ONLY,
  },
  // The 2026 period is open already: INVALID_STATE.
  openPeriod: {
    document: 'mutation ($input: PeriodTransitionInput!) { openPeriod(input: $input) { __typename } }',
    variables: (ids) => ({ input: { periodId: ids.periodId } }),
    expected: HR_ONLY,
  },
  // A period in planning cannot close: INVALID_STATE (the open 2026 period is never offered).
  closePeriod: {
    document: 'mutation ($input: PeriodTransitionInput!) { closePeriod(input: $input) { __typename } }',
    variables: (ids) => ({ input: { periodId: ids.planningPeriodId } }),
    expected: HR_ONLY,
  },

  // ── The admin's organisation ─────────────────────────────────────────────────────────────────
  createUnit: {
    document: 'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { __typename } }',
    variables: () => ({ input: { code: 'Bukan Kode!', name: 'Matriks', kind: 'SEKSI' } }),
    expected: ADMIN_ONLY,
  },
  updateUnit: {
    document: 'mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { __typename } }',
    variables: (ids) => ({ input: { id: ids.unitId, name: ' ' } }),
    expected: ADMIN_ONLY,
  },
  // HR records the capaian kinerja organisasi: a note over 2 000 characters stops it (BAD_USER_INPUT).
  recordOrganisationRating: {
    document:
      'mutation ($input: RecordOrganisationRatingInput!) { recordOrganisationRating(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { unitId: ids.unitId, subPeriodId: ids.q3Id, rating: 'BAIK', note: 'x'.repeat(2001) },
    }),
    expected: HR_ONLY,
  },
  // The administrator adjusts the guideline: an empty row stops it (BAD_USER_INPUT).
  setDistributionGuideline: {
    document:
      'mutation ($input: SetDistributionGuidelineInput!) { setDistributionGuideline(input: $input) { __typename } }',
    variables: () => ({ input: { organisationRating: 'BAIK', rules: [] } }),
    expected: ADMIN_ONLY,
  },
  createEmployee: {
    document: 'mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { __typename } }',
    variables: (ids) => ({
      input: {
        nip: '123',
        name: 'Matriks',
        position: 'Uji',
        grade: 'II/a',
        employmentType: 'PNS',
        familyId: ids.familyId,
        unitId: ids.unitId,
      },
    }),
    expected: ADMIN_ONLY,
  },
  updateEmployee: {
    document: 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { __typename } }',
    variables: (ids) => ({ input: { id: ids.mayaId, nip: '123' } }),
    expected: ADMIN_ONLY,
  },

  // ── The cycle: the services name the person ──────────────────────────────────────────────────
  // maya's plan exists (CONFLICT); only she or HR may start one for her.
  createWorkPlan: {
    document: 'mutation ($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { periodId: ids.periodId, employeeId: ids.mayaId } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  // Her plan is approved: INVALID_STATE for her; nobody else edits it.
  saveWorkPlan: {
    document: 'mutation ($input: SaveWorkPlanInput!) { saveWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId, results: [] } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  submitWorkPlan: {
    document: 'mutation ($input: SubmitWorkPlanInput!) { submitWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // Her lurah (the approver) and HR decide (INVALID_STATE: already approved); never she herself.
  approveWorkPlan: {
    document: 'mutation ($input: ApproveWorkPlanInput!) { approveWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  returnWorkPlan: {
    document: 'mutation ($input: ReturnWorkPlanInput!) { returnWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId, comment: 'Mohon diperbaiki.' } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  // A stale version: CONFLICT for her, so no revision is started.
  reviseWorkPlan: {
    document: 'mutation ($input: ReviseWorkPlanInput!) { reviseWorkPlan(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId, expectedLockVersion: STALE } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  setBehaviourExpectations: {
    document:
      'mutation ($input: SetBehaviourExpectationsInput!) { setBehaviourExpectations(input: $input) { __typename } }',
    variables: (ids) => ({ input: { planId: ids.mayaPlanId, expectations: [] } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  // The third quarter is assessed already: INVALID_STATE for maya and her lurah.
  recordRealisation: {
    document: 'mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { __typename } }',
    variables: (ids) => ({ input: { targetId: ids.mayaTargetId, subPeriodId: ids.q3Id, value: 1 } }),
    expected: cycle({ employee: 'ok', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // Started already: the existing assessment is returned.
  startAssessment: {
    document: 'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { __typename } }',
    variables: (ids) => ({ input: { employeeId: ids.mayaId, subPeriodId: ids.q3Id } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  saveAssessmentDraft: {
    document: 'mutation ($input: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id, answers: [] } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  submitAssessment: {
    document: 'mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // Reopening is for the assessor's supervisor (the camat) or HR; a blank reason stops HR.
  reopenAssessment: {
    document: 'mutation ($input: ReopenAssessmentInput!) { reopenAssessment(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id, reason: ' ' } }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'FORBIDDEN', hr: 'ok', admin: 'FORBIDDEN' }),
  },
  // Submitting an empty self-assessment: BAD_USER_INPUT for maya.
  saveSelfAssessment: {
    document: 'mutation ($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id, answers: [], submit: true } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  addFeedback: {
    document: 'mutation ($input: AddFeedbackInput!) { addFeedback(input: $input) { __typename } }',
    variables: (ids) => ({ input: { employeeId: ids.mayaId, periodId: ids.periodId, text: ' ' } }),
    expected: cycle({ employee: 'ok', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // The feedback exists and no version is sent: CONFLICT for the assessor.
  saveAssessmentFeedback: {
    document:
      'mutation ($input: SaveAssessmentFeedbackInput!) { saveAssessmentFeedback(input: $input) { __typename } }',
    variables: (ids) => ({
      input: { assessmentId: ids.mayaQ3Id, strengths: 'Teliti.', areasToImprove: 'Arsip.', developmentActions: [] },
    }),
    expected: cycle({ employee: 'FORBIDDEN', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  acknowledgeFeedback: {
    document: 'mutation ($input: AcknowledgeFeedbackInput!) { acknowledgeFeedback(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id, expectedLockVersion: STALE } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // Setting the status it has already: allowed, and nothing changes.
  setDevelopmentActionStatus: {
    document:
      'mutation ($input: SetDevelopmentActionStatusInput!) { setDevelopmentActionStatus(input: $input) { __typename } }',
    variables: (ids) => ({ input: { actionId: ids.mayaActionId, status: 'PLANNED' } }),
    expected: cycle({ employee: 'ok', supervisor: 'ok', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  fileObjection: {
    document: 'mutation ($input: FileObjectionInput!) { fileObjection(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id, reason: ' ' } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // PP 30/2019: only the decider (the camat, for pem_1's objection) decides; HR reads it but may not decide.
  decideObjection: {
    document: 'mutation ($input: DecideObjectionInput!) { decideObjection(input: $input) { __typename } }',
    variables: (ids) => ({ input: { objectionId: ids.objectionId, outcome: 'UPHELD', workResultsRating: 'ABOVE' } }),
    expected: cycle({ employee: 'NOT_FOUND', supervisor: 'NOT_FOUND', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },
  // HR hands an objection to another official; a blank reason stops HR, so the objection stays with the camat.
  reassignObjection: {
    document: 'mutation ($input: ReassignObjectionInput!) { reassignObjection(input: $input) { __typename } }',
    variables: (ids) => ({ input: { objectionId: ids.objectionId, deciderId: ids.mayaId, reason: ' ' } }),
    expected: HR_ONLY,
  },
  // The employee assessed records receiving her result (idempotent: the objection window starts once).
  receiveAssessmentResult: {
    document:
      'mutation ($input: ReceiveAssessmentResultInput!) { receiveAssessmentResult(input: $input) { __typename } }',
    variables: (ids) => ({ input: { assessmentId: ids.mayaQ3Id } }),
    expected: cycle({ employee: 'ok', supervisor: 'FORBIDDEN', hr: 'FORBIDDEN', admin: 'FORBIDDEN' }),
  },

  // ── The explorer's saved queries: a blank name stops every allowed save; an unknown id is not found ──
  saveSavedQuery: {
    document: 'mutation ($input: SaveSavedQueryInput!) { saveSavedQuery(input: $input) { __typename } }',
    variables: () => ({ input: { name: ' ', query: '{ viewer { id } }' } }),
    expected: EXPLORERS,
  },
  deleteSavedQuery: {
    document: 'mutation ($id: ID!) { deleteSavedQuery(id: $id) { __typename } }',
    variables: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    expected: { ...EXPLORERS, analyst: 'NOT_FOUND', hr: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },

  logout: { document: 'mutation { logout }', expected: everyone('ok'), freshSession: true },
};

const ALLOWED_DOMAIN_CODES = new Set(['BAD_USER_INPUT', 'INVALID_STATE', 'CONFLICT']);

/** What a response says about the policy: refused how, or let through. */
function outcomeOf(operation: string, result: GraphQLResponse): string {
  const error = result.errors?.[0];
  if (error) {
    const code = String(error.extensions?.code);
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return code;
    // A variable the schema refuses is a mistake in this test, not a decision of the policy.
    if (ALLOWED_DOMAIN_CODES.has(code) && !error.message.startsWith('Variable "$')) return 'ok';
    return `unexpected ${code}: ${error.message}`;
  }
  // An id out of the reader's scope reads exactly like a missing one: null.
  if (operation !== 'viewer' && result.data?.[operation] === null) return 'NOT_FOUND';
  return 'ok';
}

let app: TestApp;
let ids: Ids;
const sessions = {} as Record<Role, Headers>;

beforeAll(async () => {
  app = await startTestApp({ seeded: true });
  await app.createUser({ username: LOGIN_ACCOUNT });
  sessions.anonymous = {};
  for (const [role, username] of Object.entries(USERNAMES))
    sessions[role as Role] = await app.login(username, DEMO_PASSWORD);

  const em = app.em();
  const family = await em.findOneOrFail(JobFamily, { code: 'pelaksana_administrasi' });
  const template = await em.findOneOrFail(Template, { family });
  const published = await em.findOneOrFail(TemplateVersion, { template, status: TemplateVersionStatus.PUBLISHED });
  const { createTemplateDraft } = await app.ok(
    'mutation ($input: CreateTemplateDraftInput!) { createTemplateDraft(input: $input) { version { id } } }',
    { input: { templateId: template.id } },
    sessions.hr,
  );
  const { createPeriod } = await app.ok(
    'mutation ($input: CreatePeriodInput!) { createPeriod(input: $input) { period { id } } }',
    { input: { year: SEED_YEAR + 1 } },
    sessions.hr,
  );
  const period = await em.findOneOrFail(Period, { year: SEED_YEAR });
  const q3 = await em.findOneOrFail(SubPeriod, { period, kind: SubPeriodKind.QUARTER, number: 3 });
  const mayaId = seedId('employee:bs_1');
  const bs2Id = seedId('employee:bs_2');
  const mayaPlan = await em.findOneOrFail(WorkPlan, { employee: mayaId, period, status: WorkPlanStatus.APPROVED });
  const bs2Plan = await em.findOneOrFail(WorkPlan, { employee: bs2Id, period });
  const mayaTarget = await em.findOneOrFail(WorkTarget, { result: { plan: mayaPlan } }, { orderBy: { id: 'asc' } });
  const mayaQ3 = await em.findOneOrFail(Assessment, { employee: mayaId, subPeriod: q3 });
  const mayaAction = await em.findOneOrFail(
    DevelopmentAction,
    { feedback: { assessment: mayaQ3 } },
    { orderBy: { position: 'asc' } },
  );
  const objection = await em.findOneOrFail(Objection, { employee: seedId('employee:pem_1') });
  const savedQuery = await em.findOneOrFail(SavedQuery, { shared: true }, { orderBy: { name: 'asc' } });
  ids = {
    periodId: period.id,
    planningPeriodId: createPeriod.period.id,
    q3Id: q3.id,
    mayaId,
    bs2Id,
    mayaPlanId: mayaPlan.id,
    bs2PlanId: bs2Plan.id,
    mayaTargetId: mayaTarget.id,
    mayaQ3Id: mayaQ3.id,
    mayaActionId: mayaAction.id,
    objectionId: objection.id,
    familyId: family.id,
    templateId: template.id,
    publishedVersionId: published.id,
    savedQueryId: savedQuery.id,
    draftId: createTemplateDraft.version.id,
    unitId: seedId('unit:kel_bukit_sari'),
  };
}, 240_000);
afterAll(() => app?.close());

describe('the role × operation matrix', () => {
  it('has exactly one row per root operation of the schema, each calling that operation', async () => {
    const schema = await getSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    expect(schema.getSubscriptionType() ?? null).toBeNull();
    expect(Object.keys(MATRIX).sort()).toEqual([...new Set(operations)].sort());

    for (const [name, row] of Object.entries(MATRIX)) {
      const operation = parse(row.document).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const type = operation.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
      const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
      expect(fields, name).toEqual([name]);
      expect(type.getFields()[name], `${name} is a ${operation.operation}`).toBeDefined();
    }
    expect(Object.keys(MATRIX).at(-1)).toBe('logout');
  });

  it.each(ROLES)('calls every operation as %s and is allowed or refused as the rules say', async (role) => {
    const mismatches: string[] = [];
    for (const [operation, row] of Object.entries(MATRIX)) {
      const headers =
        row.freshSession && role !== 'anonymous' ? await app.login(USERNAMES[role], DEMO_PASSWORD) : sessions[role];
      const result = await app.gql(row.document, row.variables?.(ids) ?? {}, headers);
      const got = outcomeOf(operation, result);
      if (got !== row.expected[role])
        mismatches.push(`${operation} as ${role}: expected ${row.expected[role]}, got ${got}`);
    }
    expect(mismatches).toEqual([]);
    // The role's own session is still there: no row signed it out.
    if (role !== 'anonymous') expect((await app.ok('{ viewer { id } }', {}, sessions[role])).viewer).not.toBeNull();
  });

  it('left the records the rows worked on as the seed made them', async () => {
    const em = app.em();
    expect((await em.findOneOrFail(WorkPlan, { id: ids.mayaPlanId })).status).toBe(WorkPlanStatus.APPROVED);
    expect(await em.count(WorkPlan, { employee: ids.mayaId })).toBe(1);
    expect((await em.findOneOrFail(Assessment, { id: ids.mayaQ3Id })).status).toBe('SUBMITTED');
    expect(await em.findOneOrFail(Objection, { id: ids.objectionId }, { populate: ['decidedBy'] })).toMatchObject({
      status: 'PENDING',
      reassignedAt: null,
    });
    // The seed's pending objection and its decided one; no row filed another.
    expect(await em.count(Objection, {})).toBe(2);
    expect((await em.findOneOrFail(DevelopmentAction, { id: ids.mayaActionId })).status).toBe('PLANNED');
    expect((await em.findOneOrFail(TemplateVersion, { id: ids.draftId })).status).toBe(TemplateVersionStatus.DRAFT);
    expect(await em.count(Period, {})).toBe(2);
    expect(await em.count(SavedQuery, {})).toBe(3);
  });
});
