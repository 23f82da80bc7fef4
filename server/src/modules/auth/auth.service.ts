import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { DomainError, localize } from '../../graphql/errors.js';
import { InputChecker } from '../../graphql/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { endSession, startSession } from './session.service.js';
import { User } from './user.entity.js';

/** After this many failed sign-ins in a row the account locks, for longer each time (15 min, 30, 60 … 24 h). */
export const MAX_FAILED_ATTEMPTS = 5;
const BASE_LOCK_MS = 15 * 60 * 1000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

export function lockDuration(failedAttempts: number): number {
  return Math.min(BASE_LOCK_MS * 2 ** (failedAttempts - MAX_FAILED_ATTEMPTS), MAX_LOCK_MS);
}

function wrongCredentials(ctx: Context): DomainError {
  return new DomainError(
    'UNAUTHENTICATED',
    localize({ id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' }, ctx.locale),
  );
}

export async function login(ctx: Context, input: { username: string; password: string }): Promise<User> {
  const username = input.username.trim().toLowerCase();
  const user = await ctx.em.findOne(User, { username });
  if (!user || !user.active) {
    await verifyPassword(await dummyHash(), input.password);
    throw wrongCredentials(ctx);
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const until = user.lockedUntil.toISOString();
    throw new DomainError(
      'ACCOUNT_LOCKED',
      localize(
        {
          id: `Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah ${until}.`,
          en: `The account is locked for a while after too many failed sign-ins. Try again after ${until}.`,
        },
        ctx.locale,
      ),
      { lockedUntil: until },
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    // Committed on its own: the failure must count even though the request fails.
    await ctx.em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(User, { id: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      row.failedAttempts += 1;
      if (row.failedAttempts >= MAX_FAILED_ATTEMPTS) row.lockedUntil = new Date(Date.now() + lockDuration(row.failedAttempts));
      recordAudit(tx, ctx.actor, { action: 'loginFailed', entityType: 'User', entityId: row.id, after: { failedAttempts: row.failedAttempts } });
    });
    throw wrongCredentials(ctx);
  }
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    row.failedAttempts = 0;
    row.lockedUntil = null;
    const { token, session } = await startSession(tx, row);
    ctx.sessionCookie.set(token, session.absoluteExpiresAt);
    return row;
  });
}

export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.actor.sessionId) await endSession(ctx.em, ctx.actor.sessionId);
  ctx.sessionCookie.clear();
  return ctx.actor.sessionId !== null;
}

export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  if (!ctx.actor.userId) throw new DomainError('UNAUTHENTICATED', localize({ id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }, ctx.locale));
  const user = await ctx.em.findOneOrFail(User, { id: ctx.actor.userId });
  const check = new InputChecker(ctx.locale);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    check.add('currentPassword', 'WRONG_PASSWORD', { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' });
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    check.add('newPassword', 'TOO_SHORT', {
      id: `Kata sandi baru minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      en: `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  } else if (input.newPassword.toLowerCase().includes(user.username)) {
    check.add('newPassword', 'CONTAINS_USERNAME', { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'The password must not contain the username.' });
  }
  check.throwIfAny();
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id });
    row.passwordHash = passwordHash;
    row.passwordChangedAt = new Date();
    // Every other session of this user ends: a changed password locks out whoever knew the old one.
    await tx.getConnection().execute('delete from user_session where user_id = ? and id <> ?', [row.id, ctx.actor.sessionId], 'run', tx.getTransactionContext());
    recordAudit(tx, ctx.actor, { action: 'changePassword', entityType: 'User', entityId: row.id });
  });
  return true;
}
