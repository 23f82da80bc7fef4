import type { Context } from '../../kernel/context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { clearAttempts, reserveAttempt } from './login-throttle.js';
import { endSession, startSession } from './session.service.js';
import { User } from './user.entity.js';

/** Longest username looked at; anything longer cannot exist (see the app_user username check). */
const MAX_USERNAME_LENGTH = 64;
/** Audit records of failed sign-ins on names without an account point at this id. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

function wrongCredentials(ctx: Context): DomainError {
  return new DomainError(
    'UNAUTHENTICATED',
    localize({ id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' }, ctx.locale),
  );
}

function locked(ctx: Context, lockedUntil: Date): DomainError {
  const until = lockedUntil.toISOString();
  return new DomainError(
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

/**
 * Signs in. Every attempt does the same work whether the username exists or not (a password hash is always
 * verified, a dummy one for unknown names), and the lockout counts attempts per username under a row lock,
 * before the password is checked: simultaneous guesses cannot slip past it.
 */
export async function login(ctx: Context, input: { username: string; password: string }): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (username.length > MAX_USERNAME_LENGTH || username === '') {
    await verifyPassword(await dummyHash(), input.password);
    throw wrongCredentials(ctx);
  }
  const reservation = await reserveAttempt(ctx.em, username);
  const user = await ctx.em.findOne(User, { username });
  const account = user?.active ? user : null;
  const verified = await verifyPassword(account?.passwordHash ?? (await dummyHash()), input.password);
  if (!reservation.allowed) throw locked(ctx, reservation.lockedUntil);
  const allowed = reservation;
  if (!account || !verified) {
    await ctx.em.transactional(async (tx) => {
      recordAudit(tx, ctx.actor, {
        action: 'loginFailed',
        entityType: 'User',
        entityId: account?.id ?? NO_ACCOUNT,
        note: account ? null : `username: ${username}`,
      });
    });
    throw wrongCredentials(ctx);
  }
  return ctx.em.transactional(async (tx) => {
    await clearAttempts(tx, username, allowed);
    const row = await tx.findOneOrFail(User, { id: account.id });
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

export async function changePassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string },
): Promise<boolean> {
  if (!ctx.actor.userId)
    throw new DomainError(
      'UNAUTHENTICATED',
      localize({ id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' }, ctx.locale),
    );
  const user = await ctx.em.findOneOrFail(User, { id: ctx.actor.userId });
  const check = new InputChecker(ctx.locale);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    check.add('currentPassword', 'WRONG_PASSWORD', {
      id: 'Kata sandi saat ini salah.',
      en: 'The current password is wrong.',
    });
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    check.add('newPassword', 'TOO_SHORT', {
      id: `Kata sandi baru minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      en: `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  } else if (input.newPassword.toLowerCase().includes(user.username)) {
    check.add('newPassword', 'CONTAINS_USERNAME', {
      id: 'Kata sandi tidak boleh memuat nama pengguna.',
      en: 'The password must not contain the username.',
    });
  }
  check.throwIfAny();
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(User, { id: user.id });
    row.passwordHash = passwordHash;
    row.passwordChangedAt = new Date();
    // Every other session of this user ends: a changed password locks out whoever knew the old one.
    await tx
      .getConnection()
      .execute(
        'delete from user_session where user_id = ? and id <> ?',
        [row.id, ctx.actor.sessionId],
        'run',
        tx.getTransactionContext(),
      );
    recordAudit(tx, ctx.actor, { action: 'changePassword', entityType: 'User', entityId: row.id });
  });
  return true;
}
