import type { Actor, Role } from '../kernel/actor.js';
import { DomainError, localize, type Locale } from '../kernel/errors.js';
import { OPERATION_RULES } from './operations.js';

/**
 * The one place that decides who may do what. Resolvers and services ask it; nothing else compares
 * roles or ids to grant access. Each rule names the people involved explicitly.
 */

export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.includes(role);
const isSelf = (actor: Actor, employeeId: string | null | undefined) =>
  actor.employeeId !== null && actor.employeeId === employeeId;

/**
 * What a read-only session may still do: manage its own sign-in, and keep its own saved queries of the
 * explorer (these run in a normal transaction, audited like every change).
 */
export const READ_ONLY_SESSION_MUTATIONS: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'changePassword',
  'saveSavedQuery',
  'deleteSavedQuery',
]);

/** A NIP with all but its last 3 digits hidden. */
export const maskNip = (nip: string) => `${'*'.repeat(Math.max(0, nip.length - 3))}${nip.slice(-3)}`;

export const policy = {
  /** NIP and birth date are personal identifiers: analysts read them masked unless they also hold HR or ADMIN. */
  seePersonalIdentifiers: (actor: Actor) =>
    !hasRole(actor, 'ANALYST') || hasRole(actor, 'HR') || hasRole(actor, 'ADMIN'),
  /**
   * Filters and searches on personal fields (grade, sex, employment type; the NIP for identifiers) reach through
   * relations to people outside one's scope (`supervisor: { supervisor: { grade } }`), so only readers who may
   * see those fields of everyone may use them.
   */
  filterOnPersonalFields: (actor: Actor) =>
    hasRole(actor, 'HR') || hasRole(actor, 'ADMIN') || hasRole(actor, 'ANALYST'),
  searchByNip: (actor: Actor) => hasRole(actor, 'HR') || hasRole(actor, 'ADMIN'),
  /** An analyst's session is read-only, with a statement timeout, whatever other role it holds. */
  readOnlySession: (actor: Actor) => hasRole(actor, 'ANALYST'),
  /** An ASN writes, submits and revises their own work plan. */
  editOwnPlan: (actor: Actor, plan: { employeeId: string }) => isSelf(actor, plan.employeeId),
  /** A plan is started by the employee, or by HR for anyone. */
  startPlan: (actor: Actor, plan: { employeeId: string }) => isSelf(actor, plan.employeeId) || hasRole(actor, 'HR'),
  /**
   * The decider approves or returns a plan: the approver fixed at submission (before that, the current
   * supervisor), or HR — but nobody decides on their own plan.
   */
  decidePlan: (actor: Actor, plan: { employeeId: string; deciderId: string | null }) =>
    !isSelf(actor, plan.employeeId) && (hasRole(actor, 'HR') || isSelf(actor, plan.deciderId)),
  /** The supervisor's specific expectations are set by the approver or current supervisor, or HR; never the employee. */
  setExpectations: (
    actor: Actor,
    plan: { employeeId: string; approverId: string | null; supervisorId: string | null },
  ) =>
    !isSelf(actor, plan.employeeId) &&
    (hasRole(actor, 'HR') || isSelf(actor, plan.approverId) || isSelf(actor, plan.supervisorId)),
  /** The employee's direct supervisor starts an assessment; HR may start any. */
  startAssessment: (actor: Actor, employee: { supervisorId: string | null }) =>
    isSelf(actor, employee.supervisorId) || hasRole(actor, 'HR'),
  /** Only the assessor (pejabat penilai) fills and submits the form. */
  fillAssessment: (actor: Actor, assessment: { assessorId: string }) => isSelf(actor, assessment.assessorId),
  /** Reopening a submitted assessment is for the assessor's own supervisor, or HR. */
  reopenAssessment: (actor: Actor, assessment: { assessorSupervisorId: string | null }) =>
    isSelf(actor, assessment.assessorSupervisorId) || hasRole(actor, 'HR'),
  /** The employee assesses themself. */
  selfAssess: (actor: Actor, assessment: { employeeId: string }) => isSelf(actor, assessment.employeeId),
  /** Realisation is recorded by the employee or their supervisor. */
  recordRealisation: (actor: Actor, owner: { employeeId: string; supervisorId: string | null }) =>
    isSelf(actor, owner.employeeId) || isSelf(actor, owner.supervisorId),
  /** Continuous feedback is exchanged by the employee and their direct supervisor. */
  giveFeedback: (actor: Actor, about: { employeeId: string; supervisorId: string | null }) =>
    isSelf(actor, about.employeeId) || isSelf(actor, about.supervisorId),
  /** The final feedback on an assessment is written by its assessor. */
  writeAssessmentFeedback: (actor: Actor, assessment: { assessorId: string }) => isSelf(actor, assessment.assessorId),
  /** The employee assessed acknowledges the final feedback. */
  acknowledgeFeedback: (actor: Actor, assessment: { employeeId: string }) => isSelf(actor, assessment.employeeId),
  /** A development action's progress is marked by the employee or the assessor who recommended it. */
  trackDevelopmentAction: (actor: Actor, assessment: { employeeId: string; assessorId: string }) =>
    isSelf(actor, assessment.employeeId) || isSelf(actor, assessment.assessorId),
  /** The employee assessed files an objection (keberatan) to their own assessment. */
  fileObjection: (actor: Actor, assessment: { employeeId: string }) => isSelf(actor, assessment.employeeId),
  /**
   * Only the atasan pejabat penilai decides an objection (PP 30/2019): the decider fixed at filing (the assessor's
   * own supervisor then) or the official HR handed it to. HR as such does not decide, and nobody decides an
   * objection to their own rating (the objecting employee) or their own assessment (the assessor).
   */
  decideObjection: (actor: Actor, objection: { deciderId: string | null; employeeId: string; assessorId: string }) =>
    isSelf(actor, objection.deciderId) && !isSelf(actor, objection.employeeId) && !isSelf(actor, objection.assessorId),
  /** HR hands an objection to another official when its decider is absent (whom to: see `reassignObjection`). */
  reassignObjection: (actor: Actor) => hasRole(actor, 'HR'),
  /** The employee assessed records that they received the result of their own submitted assessment. */
  receiveAssessmentResult: (actor: Actor, assessment: { employeeId: string }) => isSelf(actor, assessment.employeeId),
  /** A saved query of the explorer is changed or deleted by its owner only; shared ones are read by all explorers. */
  editSavedQuery: (actor: Actor, saved: { ownerId: string }) => actor.userId !== null && actor.userId === saved.ownerId,
} as const;

/** Whether the actor may call a root field at all (see operations.ts); unknown operations are refused. */
export function mayCall(
  actor: Actor,
  type: 'Query' | 'Mutation' | 'Subscription',
  field: string,
): 'allowed' | 'unauthenticated' | 'forbidden' {
  const rule = type === 'Subscription' ? undefined : OPERATION_RULES[type][field];
  if (rule === 'public') return 'allowed';
  if (!actor.userId) return 'unauthenticated';
  if (rule === undefined) return 'forbidden';
  if (rule === 'signedIn') return 'allowed';
  return rule.some((role) => hasRole(actor, role)) ? 'allowed' : 'forbidden';
}

/** Fails unless allowed: UNAUTHENTICATED when nobody is signed in, else FORBIDDEN (saying nothing more). */
export function authorize(actor: Actor, locale: Locale, allowed: boolean): void {
  if (allowed) return;
  if (!actor.userId) {
    throw new DomainError(
      'UNAUTHENTICATED',
      localize({ id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }, locale),
    );
  }
  throw new DomainError(
    'FORBIDDEN',
    localize({ id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' }, locale),
  );
}
