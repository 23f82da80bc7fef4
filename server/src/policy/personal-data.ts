import type { Actor } from '../kernel/actor.js';
import { canSeeEmployee, readScope } from './read-scope.js';
import { maskNip, policy } from './policy.js';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The one rule for personal data about an employee, applied wherever an employee appears (every relation,
 * list, audit snapshot and export runs through it):
 * - directory fields — name, position, unit, job family, active — are for any signed-in user (e.g. your
 *   supervisor's supervisor's name on your plan);
 * - personal fields — NIP, birth date, appointment, sex, grade, employment type — only for readers whose read
 *   scope holds that employee (themself, their direct subordinates, their own supervisor; HR, admins and
 *   analysts everyone);
 * - identifiers (NIP, birth date, appointment) are masked for analysts, who read everyone's records for
 *   statistics, not to identify people.
 */
export type PersonalAccess = 'full' | 'masked' | 'none';

export async function personalAccess(
  ctx: { em: EntityManager; actor: Actor },
  employeeId: string,
): Promise<PersonalAccess> {
  if (!canSeeEmployee(await readScope(ctx), employeeId)) return 'none';
  return policy.seePersonalIdentifiers(ctx.actor) ? 'full' : 'masked';
}

/** Anything that looks like a NIP: 18 digits not part of a longer number. */
const NIP_PATTERN = /(?<!\d)\d{18}(?!\d)/g;
/** Keys of stored snapshots whose values identify a person beyond the NIP itself. */
const IDENTIFYING_KEYS = new Set(['birthDate', 'appointment']);

/**
 * A copy of stored free-form data (audit snapshots, notes) with every NIP masked and identifying dates removed,
 * for readers who may not see identifiers. Works on any shape, so a new snapshot field cannot leak by default.
 */
export function maskIdentifiers<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NIP_PATTERN, (nip) => maskNip(nip)) as T;
  if (Array.isArray(value)) return value.map((item) => maskIdentifiers(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, IDENTIFYING_KEYS.has(key) ? null : maskIdentifiers(item)]),
    ) as T;
  }
  return value;
}
