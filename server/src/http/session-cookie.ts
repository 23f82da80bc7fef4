import type { Request, Response } from 'express';
import type { SessionCookie } from '../kernel/context.js';
import { SESSION_COOKIE } from '../modules/auth/session.service.js';

/**
 * The session lives in an httpOnly, SameSite=Lax cookie: scripts cannot read it, and other sites
 * cannot send it with a POST. `Secure` is set whenever the request came over HTTPS.
 */
export function sessionCookieOf(req: Request, res: Response): SessionCookie {
  let pending: string | null = null;
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    set(token, expires) {
      pending = token;
      res.cookie(SESSION_COOKIE, token, { ...options, expires });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, options);
    },
    pending: () => pending,
  };
}
