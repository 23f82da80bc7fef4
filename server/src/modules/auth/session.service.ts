import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Role } from '../../kernel/actor.js';
import { ANONYMOUS } from '../../kernel/actor.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

export const SESSION_COOKIE = 'kinerja_session';
/** A session ends after 8 idle hours, and in any case 24 hours after sign-in. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** Activity is written at most once a minute, so reads stay reads. */
const TOUCH_INTERVAL_MS = 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      // A damaged cookie (e.g. `kinerja_session=%`) opens no session: the request is anonymous.
      return null;
    }
  }
  return null;
}

export async function startSession(tx: EntityManager, user: User): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const session = tx.create(Session, {
    tokenHash: hashToken(token),
    user,
    expiresAt: new Date(now + IDLE_TIMEOUT_MS),
    absoluteExpiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS),
  });
  return { token, session };
}

export async function endSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(Session, { id: sessionId });
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  user_id: string;
  display_name: string;
  employee_id: string | null;
  roles: Role[];
  supervises: boolean;
}

/** The actor behind a session token, or ANONYMOUS for a missing, unknown, expired or disabled one. */
export async function actorFromToken(em: EntityManager, token: string | null): Promise<Actor> {
  if (!token) return ANONYMOUS;
  const [row] = await em.execute<SessionRow[]>(
    `select s.id as session_id, s.last_seen_at, s.absolute_expires_at, u.id as user_id, u.display_name,
            u.employee_id, u.roles,
            exists (select 1 from employee e where e.supervisor_id = u.employee_id and e.active) as supervises
       from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = ? and s.expires_at > now() and s.absolute_expires_at > now() and u.active`,
    [hashToken(token)],
  );
  if (!row) return ANONYMOUS;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await em.execute(
      `update user_session set last_seen_at = now(), expires_at = least(now() + ? * interval '1 millisecond', absolute_expires_at) where id = ?`,
      [IDLE_TIMEOUT_MS, row.session_id],
      'run',
    );
  }
  const roles: Role[] = [...row.roles];
  if (row.employee_id) roles.push('EMPLOYEE');
  if (row.supervises) roles.push('SUPERVISOR');
  return { userId: row.user_id, name: row.display_name, employeeId: row.employee_id, roles, sessionId: row.session_id };
}
