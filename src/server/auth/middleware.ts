/**
 * Who is calling: `Authorization: Bearer <API token>` or the `brink_session` cookie. Tokens and
 * session ids are looked up by their SHA-256. A bad bearer token is an error even when a cookie is
 * also present (no silent fallback). Cookie-authenticated unsafe requests must carry
 * `X-CSRF-Token: HMAC-SHA256(server secret, session id)`, the value login and /api/auth/me return.
 */
import { getCookie } from 'hono/cookie';
import { BrinkError } from '../../domain/errors.js';
import type { AppDeps, Ctx, Principal } from '../context.js';
import { csrfToken, safeEqual, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'brink_session';

export async function authenticate(c: Ctx, deps: AppDeps): Promise<Principal | null> {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const m = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,200})\s*$/i.exec(auth);
    if (!m) throw new BrinkError('UNAUTHORIZED');
    const hash = tokenHash(m[1] as string);
    const user = await deps.store.auth.userByToken(hash, deps.now());
    if (!user) throw new BrinkError('UNAUTHORIZED');
    return { user: { id: user.id, name: user.name, role: user.role }, via: 'token', credentialHash: hash };
  }
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid || sid.length > 200) return null;
  const hash = tokenHash(sid);
  const user = await deps.store.auth.userBySession(hash, deps.now());
  if (!user) return null;
  return { user: { id: user.id, name: user.name, role: user.role }, via: 'session', sessionId: sid, credentialHash: hash };
}

export function checkCsrf(c: Ctx, deps: AppDeps, p: Principal): void {
  const given = c.req.header('x-csrf-token') ?? '';
  if (!p.sessionId || !given || !safeEqual(given, csrfToken(deps.secret, p.sessionId))) {
    throw new BrinkError('FORBIDDEN', {}, 'csrf');
  }
}

/** Is the credential still valid (not expired, revoked or logged out; user enabled, same role)? */
export async function stillValid(deps: AppDeps, p: Principal): Promise<boolean> {
  const user = p.via === 'token' ? await deps.store.auth.userByToken(p.credentialHash, deps.now()) : await deps.store.auth.userBySession(p.credentialHash, deps.now());
  return user !== null && user.id === p.user.id && user.role === p.user.role;
}
