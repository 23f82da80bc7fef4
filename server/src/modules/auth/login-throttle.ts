import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Throttles sign-in attempts per username (existing or not), so a lock tells an attacker nothing about which
 * accounts exist. Every attempt first reserves a place under a row lock — it counts as a failure until the
 * password proves right — so a burst of simultaneous guesses cannot all slip in before the lock is set.
 */

/** After this many failed sign-ins in a row the username locks, for longer each time (15 min, 30, 60 … 24 h). */
export const MAX_FAILED_ATTEMPTS = 5;
const BASE_LOCK_MS = 15 * 60 * 1000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;
/** Rows of usernames nobody tried for a day (and not locked) are forgotten. */
const FORGET_AFTER = '1 day';

export function lockDuration(failedAttempts: number): number {
  return Math.min(BASE_LOCK_MS * 2 ** (failedAttempts - MAX_FAILED_ATTEMPTS), MAX_LOCK_MS);
}

/** An attempt let through carries the count it made, so its success can take back exactly its own failure. */
export type Reservation = { allowed: true; failedAttempts: number } | { allowed: false; lockedUntil: Date };

/** Reserves one attempt for `username`: refused while it is locked; otherwise counted as failed until cleared. */
export async function reserveAttempt(em: EntityManager, username: string): Promise<Reservation> {
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const trx = tx.getTransactionContext();
    const [row] = await connection.execute<{ failed_attempts: number; locked_until: Date | null }[]>(
      `insert into login_throttle (username, failed_attempts, last_attempt_at) values (?, 0, now())
       on conflict (username) do update set last_attempt_at = excluded.last_attempt_at
       returning failed_attempts, locked_until`,
      [username],
      'all',
      trx,
    );
    const lockedUntil = row!.locked_until ? new Date(row!.locked_until) : null;
    if (lockedUntil && lockedUntil > new Date()) return { allowed: false, lockedUntil };
    const failed = row!.failed_attempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS ? new Date(Date.now() + lockDuration(failed)) : null;
    await connection.execute(
      `update login_throttle set failed_attempts = ?, locked_until = ? where username = ?`,
      [failed, lock, username],
      'run',
      trx,
    );
    if (Math.random() < 0.01) {
      await connection.execute(
        `delete from login_throttle where last_attempt_at < now() - interval '${FORGET_AFTER}' and (locked_until is null or locked_until < now())`,
        [],
        'run',
        trx,
      );
    }
    return { allowed: true, failedAttempts: failed };
  });
}

/**
 * The password proved right: the count starts again (and a lock this very attempt set is lifted) — unless
 * other attempts failed meanwhile, whose count and lock stay for the next attempt.
 */
export async function clearAttempts(
  em: EntityManager,
  username: string,
  reservation: { failedAttempts: number },
): Promise<void> {
  await em.execute(
    `update login_throttle set failed_attempts = 0, locked_until = null
      where username = ? and (failed_attempts = ? or locked_until is null or locked_until <= now())`,
    [username, reservation.failedAttempts],
    'run',
  );
}
