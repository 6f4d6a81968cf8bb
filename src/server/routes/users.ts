/** Users and the audit log (admins only). */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Env } from '../context.js';
import { addUser, MIN_PASSWORD, publicUser } from '../auth/users.js';
import { ADMIN, type Registry } from '../registry.js';
import { limit } from '../schemas.js';
import { BrinkError } from '../../domain/errors.js';
import { hashPassword } from '../auth/password.js';
import { auditOut, userOut } from '../shapes.js';

export function userRoutes(app: Hono<Env>, r: Registry): void {
  r.add(app, { method: 'get', path: '/api/users', tag: 'admin', roles: ADMIN, summary: 'users (no password hashes)', response: z.array(userOut) }, async ({ deps }) =>
    (await deps.store.auth.listUsers()).map(publicUser),
  );

  r.add(
    app,
    {
      method: 'post', path: '/api/users', tag: 'admin', roles: ADMIN, summary: 'create a user', response: userOut,
      body: z.object({ name: z.string().min(1).max(64), password: z.string().min(MIN_PASSWORD).max(1024), role: z.enum(['viewer', 'analyst', 'admin']) }).strict(),
    },
    async ({ body, deps, principal }) => {
      const u = await addUser(deps.store, body);
      await deps.store.auth.audit({ who: principal!.user.name, action: 'user.create', record: `user:${u.id}`, detail: { name: u.name, role: u.role } });
      return u;
    },
  );

  r.add(
    app,
    {
      method: 'patch', path: '/api/users/:id', tag: 'admin', roles: ADMIN, summary: 'change a user: role, disabled, password', response: userOut,
      params: z.object({ id: z.string().min(1).max(100) }),
      body: z.object({ role: z.enum(['viewer', 'analyst', 'admin']).optional(), disabled: z.boolean().optional(), password: z.string().min(MIN_PASSWORD).max(1024).optional() }).strict(),
    },
    async ({ params, body, deps, principal }) => {
      if (params.id === principal!.user.id && (body.disabled || (body.role && body.role !== 'admin'))) throw new BrinkError('BAD_REQUEST', { detail: 'admins cannot demote or disable themselves' });
      const patch = { ...(body.role ? { role: body.role } : {}), ...(body.disabled !== undefined ? { disabled: body.disabled } : {}), ...(body.password ? { passwordHash: await hashPassword(body.password) } : {}) };
      if (!(await deps.store.auth.updateUser(params.id, patch))) throw new BrinkError('NOT_FOUND_RECORD', { what: 'user', id: params.id });
      await deps.store.auth.audit({ who: principal!.user.name, action: 'user.update', record: `user:${params.id}`, detail: { fields: Object.keys(body) } });
      const u = await deps.store.auth.getUser(params.id);
      if (!u) throw new BrinkError('NOT_FOUND_RECORD', { what: 'user', id: params.id });
      return publicUser(u);
    },
  );

  r.add(app, { method: 'get', path: '/api/audit', tag: 'admin', roles: ADMIN, summary: 'the audit log, newest first', response: auditOut, query: z.object({ limit: limit(5000, 200) }) }, ({ query, deps }) =>
    deps.store.auth.auditLog({ limit: query.limit }),
  );
}
