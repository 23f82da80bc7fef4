import type { Role } from '../kernel/actor.js';

/**
 * Who may call each root field of the API at all. Row-level rules (whose plan, which team) come on top,
 * in `policy.ts` and `read-scope.ts`. Every operation of the schema has a row: an operation without one
 * is refused (and the role × operation matrix test fails), so a new operation cannot slip through open.
 *
 * - `public`: anyone, signed in or not.
 * - `signedIn`: any signed-in user; the service or the read scope decides the rest.
 * - a list of roles: users holding at least one of them.
 */
export type OperationRule = 'public' | 'signedIn' | readonly Role[];

const HR: readonly Role[] = ['HR'];
const ADMIN: readonly Role[] = ['ADMIN'];
/** Everyone who reads across the whole organisation. */
const ORGANISATION_READERS: readonly Role[] = ['HR', 'ADMIN', 'ANALYST'];
/** Who uses the explorer (Eksplorasi Data) and its saved queries. */
const EXPLORERS: readonly Role[] = ['ANALYST', 'HR', 'ADMIN'];
const DISTRIBUTION_READERS: readonly Role[] = ['HR', 'ADMIN', 'ANALYST', 'SUPERVISOR'];

export const OPERATION_RULES: Readonly<Record<'Query' | 'Mutation', Readonly<Record<string, OperationRule>>>> = {
  Query: {
    viewer: 'public',
    // Configuration everybody works with.
    jobFamilies: 'signedIn',
    jobFamily: 'signedIn',
    template: 'signedIn',
    templateVersion: 'signedIn',
    templateVersionDiff: 'signedIn',
    scoreAnswers: 'signedIn',
    periods: 'signedIn',
    period: 'signedIn',
    units: 'signedIn',
    unitTree: 'signedIn',
    unit: 'signedIn',
    // Personal records: the read scope narrows them to the actor's own and their team's.
    employees: 'signedIn',
    employee: 'signedIn',
    workPlans: 'signedIn',
    workPlan: 'signedIn',
    assessments: 'signedIn',
    assessmentAnswers: 'signedIn',
    assessment: 'signedIn',
    assessmentFeedback: 'signedIn',
    developmentActions: 'signedIn',
    feedbackEntries: 'signedIn',
    objections: 'signedIn',
    objection: 'signedIn',
    // Across the organisation.
    auditTrail: ORGANISATION_READERS,
    auditRecords: ORGANISATION_READERS,
    predikatDistribution: DISTRIBUTION_READERS,
    // SE MenPANRB 3/2023: the guideline, and the capaian kinerja organisasi (a supervisor reads their own units', rating-scope.ts).
    distributionGuideline: DISTRIBUTION_READERS,
    organisationRating: DISTRIBUTION_READERS,
    organisationRatingHistory: DISTRIBUTION_READERS,
    organisationRatings: DISTRIBUTION_READERS,
    // Aggregates: organisation readers see everything, a supervisor their team (the read scope, in SQL).
    assessmentStatistics: DISTRIBUTION_READERS,
    indicatorStatistics: DISTRIBUTION_READERS,
    // The explorer: the service narrows to one's own and the shared saved queries.
    savedQueries: EXPLORERS,
    savedQuery: EXPLORERS,
  },
  Mutation: {
    login: 'public',
    logout: 'public',
    changePassword: 'signedIn',
    // Configuration: HR designs templates and runs periods; the admin keeps the organisation.
    createJobFamily: HR,
    updateJobFamily: HR,
    createTemplate: HR,
    createTemplateDraft: HR,
    addTemplateSection: HR,
    updateTemplateSection: HR,
    removeTemplateSection: HR,
    moveTemplateSection: HR,
    addTemplateIndicator: HR,
    updateTemplateIndicator: HR,
    removeTemplateIndicator: HR,
    moveTemplateIndicator: HR,
    setTemplateRatingThresholds: HR,
    publishTemplateVersion: HR,
    retireTemplateVersion: HR,
    createPeriod: HR,
    updatePeriod: HR,
    openPeriod: HR,
    closePeriod: HR,
    createUnit: ADMIN,
    updateUnit: ADMIN,
    createEmployee: ADMIN,
    updateEmployee: ADMIN,
    // HR records the capaian kinerja organisasi on behalf of the head above; the admin adjusts the guideline of the instansi.
    recordOrganisationRating: HR,
    setDistributionGuideline: ADMIN,
    // The cycle: the services check the person (owner, supervisor, supervisor's supervisor, HR).
    createWorkPlan: 'signedIn',
    saveWorkPlan: 'signedIn',
    submitWorkPlan: 'signedIn',
    approveWorkPlan: 'signedIn',
    returnWorkPlan: 'signedIn',
    reviseWorkPlan: 'signedIn',
    setBehaviourExpectations: 'signedIn',
    recordRealisation: 'signedIn',
    startAssessment: 'signedIn',
    saveAssessmentDraft: 'signedIn',
    submitAssessment: 'signedIn',
    reopenAssessment: 'signedIn',
    saveSelfAssessment: 'signedIn',
    addFeedback: 'signedIn',
    saveAssessmentFeedback: 'signedIn',
    acknowledgeFeedback: 'signedIn',
    setDevelopmentActionStatus: 'signedIn',
    fileObjection: 'signedIn',
    decideObjection: 'signedIn',
    // HR hands an objection to another official (a Plt) when its decider is absent.
    reassignObjection: HR,
    // The employee assessed records receiving the result (the objection window starts); the service checks who.
    receiveAssessmentResult: 'signedIn',
    // The explorer's saved queries: only the owner changes or deletes one (the service checks).
    saveSavedQuery: EXPLORERS,
    deleteSavedQuery: EXPLORERS,
  },
};
