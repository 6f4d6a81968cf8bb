/**
 * User administration shared by the API (POST /api/users) and the CLI (`brink user add|token`).
 */
import { randomUUID } from 'node:crypto';
import { BrinkError } from '../../domain/errors.js';
import type { Store, User, UserRole } from '../../store/types.js';
import { hashPassword } from './password.js';
import { newApiToken, tokenHash } from './tokens.js';

export const MIN_PASSWORD = 10;
export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export type PublicUser = Pick<User, 'id' | 'name' | 'role' | 'disabled' | 'createdAt'>;

export function publicUser(u: User): PublicUser {
  return { id: u.id, name: u.name, role: u.role, disabled: u.disabled, createdAt: u.createdAt };
}

export async function addUser(store: Store, input: { name: string; password: string; role: UserRole }): Promise<PublicUser> {
  if (!NAME_RE.test(input.name)) throw new BrinkError('BAD_REQUEST', { detail: 'user name: letters, digits, . _ @ - (max 64)' });
  if (input.password.length < MIN_PASSWORD) throw new BrinkError('BAD_REQUEST', { detail: `password: at least ${MIN_PASSWORD} characters` });
  if (await store.auth.userByName(input.name)) throw new BrinkError('BAD_REQUEST', { detail: `user ${input.name} exists` });
  const id = randomUUID();
  await store.auth.createUser({ id, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) });
  const u = await store.auth.getUser(id);
  if (!u) throw new BrinkError('STORE_FAILED', { detail: 'user not stored' });
  return publicUser(u);
}

/** Creates an API token for a user; the token itself is returned once and never stored. */
export async function addToken(
  store: Store,
  name: string,
  opts: { label?: string; days?: number; now?: Date } = {},
): Promise<{ token: string; expiresAt?: string }> {
  const user = await store.auth.userByName(name);
  if (!user) throw new BrinkError('NOT_FOUND_RECORD', { what: 'user', id: name });
  const token = newApiToken();
  const expiresAt = opts.days ? new Date((opts.now ?? new Date()).getTime() + opts.days * 86_400_000).toISOString() : undefined;
  await store.auth.addToken({ tokenHash: tokenHash(token), userId: user.id, ...(opts.label ? { label: opts.label } : {}), ...(expiresAt ? { expiresAt } : {}) });
  return { token, ...(expiresAt ? { expiresAt } : {}) };
}
