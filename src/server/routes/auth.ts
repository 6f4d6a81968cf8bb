/** Health, login, logout, me. */
import type { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { BrinkError } from '../../domain/errors.js';
import type { AppDeps, Ctx, Env } from '../context.js';
import { SESSION_COOKIE } from '../auth/middleware.js';
import { dummyHash, verifyPassword } from '../auth/password.js';
import { csrfToken, randomToken, tokenHash } from '../auth/tokens.js';
import { isHttps } from '../headers.js';
import { ALL, type Registry } from '../registry.js';

const userOut = z.object({ id: z.string(), name: z.string(), role: z.enum(['viewer', 'analyst', 'admin']) });
const session = z.object({ user: userOut, csrfToken: z.string() });

/** Secure unless explicitly configured, or plain http to a loopback host. */
export function secureCookie(c: Ctx, deps: AppDeps): boolean {
  if (deps.config.secureCookies !== undefined) return deps.config.secureCookies;
  if (isHttps(c.req.url, c.req.header('x-forwarded-proto'), deps.config.trustProxy ?? false)) return true;
  const host = new URL(c.req.url).hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

export function authRoutes(app: Hono<Env>, r: Registry): void {
  r.add(app, { method: 'get', path: '/api/health', tag: 'auth', summary: 'liveness', roles: 'public', response: z.object({ ok: z.literal(true) }) }, () => ({ ok: true }));

  r.add(
    app,
    {
      method: 'post', path: '/api/auth/login', tag: 'auth', roles: 'public', perMinute: 'login', response: session,
      summary: 'sign in: sets the brink_session cookie (HttpOnly, SameSite=Strict) and returns the CSRF token',
      body: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
    },
    async ({ body, deps, c }) => {
      // A second bucket per user name: guessing one account from many addresses is limited too.
      const perUser = deps.limiter.hit(`login-name ${body.name.toLowerCase()}`, deps.config.rateLimit?.loginPerMinute ?? 10, Date.parse(deps.now()));
      if (!perUser.ok) {
        c.header('Retry-After', String(perUser.retryAfterS));
        throw new BrinkError('RATE_LIMITED');
      }
      const user = await deps.store.auth.userByName(body.name);
      const ok = await verifyPassword(body.password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !ok || user.disabled) {
        await deps.store.auth.audit({ who: body.name, action: 'auth.login-failed' });
        throw new BrinkError('UNAUTHORIZED');
      }
      const sid = randomToken(32);
      const hours = deps.config.sessionHours ?? 12;
      const expiresAt = new Date(Date.parse(deps.now()) + hours * 3600_000).toISOString();
      await deps.store.auth.addSession({ tokenHash: tokenHash(sid), userId: user.id, expiresAt });
      await deps.store.auth.audit({ who: user.name, action: 'auth.login', record: `user:${user.id}` });
      setCookie(c, SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'Strict', secure: secureCookie(c, deps), path: '/', maxAge: hours * 3600 });
      return { user: { id: user.id, name: user.name, role: user.role }, csrfToken: csrfToken(deps.secret, sid) };
    },
  );

  r.add(
    app,
    { method: 'post', path: '/api/auth/logout', tag: 'auth', roles: ALL, summary: 'end the session (cookie sessions need X-CSRF-Token)', response: z.object({ ok: z.literal(true) }) },
    async ({ principal, deps, c }) => {
      if (principal?.sessionId) await deps.store.auth.deleteSession(tokenHash(principal.sessionId));
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie(c, deps), httpOnly: true, sameSite: 'Strict' });
      return { ok: true };
    },
  );

  r.add(
    app,
    { method: 'get', path: '/api/auth/me', tag: 'auth', roles: ALL, summary: 'the signed-in user and the CSRF token of the session (null for bearer tokens)', response: z.object({ user: userOut, csrfToken: z.string().nullable() }) },
    ({ principal, deps }) => ({
      user: principal!.user,
      csrfToken: principal?.sessionId ? csrfToken(deps.secret, principal.sessionId) : null,
    }),
  );
}
