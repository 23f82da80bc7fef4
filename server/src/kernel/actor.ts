/** Roles a user can hold; SUPERVISOR is not stored but derived: anyone with active subordinates. */
export const ROLES = ['ADMIN', 'HR', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making a request. */
export interface Actor {
  readonly userId: string | null;
  readonly name: string | null;
  /** The employee the user is, when the account belongs to an ASN. */
  readonly employeeId: string | null;
  readonly roles: readonly Role[];
  readonly sessionId: string | null;
}

/** Nobody signed in. */
export const ANONYMOUS: Actor = Object.freeze({
  userId: null,
  name: null,
  employeeId: null,
  roles: [],
  sessionId: null,
});

/** The system itself (seed, background jobs): written in the audit trail without a user. */
export const SYSTEM_ACTOR: Actor = ANONYMOUS;
