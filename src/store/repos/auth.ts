import type { Selectable } from 'kysely';
import type { UsersTable } from '../schema.js';
import type { AuthStore, User, UserRole } from '../types.js';
import { type Db, clampLimit, fromJson, guard, now, num, opt, toJson } from '../util.js';

function userFromRow(r: Selectable<UsersTable>): User {
  const u: User = {
    id: r.id,
    name: r.name,
    role: r.role as UserRole,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  };
  opt(u, 'passwordHash', r.password_hash);
  return u;
}

const live = (u: Selectable<UsersTable> | undefined): User | null =>
  u && u.disabled === 0 ? userFromRow(u) : null;

export function authStore(db: Db): AuthStore {
  const userBy = async (col: 'id' | 'name', v: string): Promise<User | null> => {
    const r = await db.selectFrom('users').selectAll().where(col, '=', v).executeTakeFirst();
    return r ? userFromRow(r) : null;
  };
  return {
    createUser: (u) =>
      guard(u.name, async () => {
        await db
          .insertInto('users')
          .values({
            id: u.id,
            name: u.name,
            role: u.role,
            password_hash: u.passwordHash ?? null,
            disabled: u.disabled ? 1 : 0,
            created_at: now(),
          })
          .execute();
      }),
    getUser: (id) => guard(id, () => userBy('id', id)),
    userByName: (name) => guard(name, () => userBy('name', name)),
    listUsers: () =>
      guard(undefined, async () =>
        (await db.selectFrom('users').selectAll().orderBy('name').execute()).map(userFromRow),
      ),
    updateUser: (id, p) =>
      guard(id, async () => {
        const set: Partial<Selectable<UsersTable>> = {};
        if (p.name !== undefined) set.name = p.name;
        if (p.role !== undefined) set.role = p.role;
        if (p.passwordHash !== undefined) set.password_hash = p.passwordHash;
        if (p.disabled !== undefined) set.disabled = p.disabled ? 1 : 0;
        if (Object.keys(set).length === 0) return (await userBy('id', id)) !== null;
        const r = await db.updateTable('users').set(set).where('id', '=', id).executeTakeFirst();
        return num(r.numUpdatedRows) > 0;
      }),

    addToken: (t) =>
      guard(t.userId, async () => {
        await db
          .insertInto('api_tokens')
          .values({
            token_hash: t.tokenHash,
            user_id: t.userId,
            label: t.label ?? null,
            created_at: now(),
            expires_at: t.expiresAt ?? null,
            last_used_at: null,
          })
          .execute();
      }),
    userByToken: (hash, at = now()) =>
      guard(undefined, async () => {
        const r = await db
          .selectFrom('api_tokens as t')
          .innerJoin('users as u', 'u.id', 't.user_id')
          .selectAll('u')
          .where('t.token_hash', '=', hash)
          .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', at)]))
          .executeTakeFirst();
        if (r)
          await db
            .updateTable('api_tokens')
            .set({ last_used_at: at })
            .where('token_hash', '=', hash)
            .execute();
        return live(r);
      }),
    revokeToken: (hash) =>
      guard(
        undefined,
        async () =>
          num(
            (await db.deleteFrom('api_tokens').where('token_hash', '=', hash).executeTakeFirst())
              .numDeletedRows,
          ) > 0,
      ),

    addSession: (s) =>
      guard(s.userId, async () => {
        await db
          .insertInto('sessions')
          .values({ token_hash: s.tokenHash, user_id: s.userId, created_at: now(), expires_at: s.expiresAt })
          .execute();
      }),
    userBySession: (hash, at = now()) =>
      guard(undefined, async () => {
        const r = await db
          .selectFrom('sessions as s')
          .innerJoin('users as u', 'u.id', 's.user_id')
          .selectAll('u')
          .where('s.token_hash', '=', hash)
          .where('s.expires_at', '>', at)
          .executeTakeFirst();
        return live(r);
      }),
    deleteSession: (hash) =>
      guard(
        undefined,
        async () =>
          num(
            (await db.deleteFrom('sessions').where('token_hash', '=', hash).executeTakeFirst())
              .numDeletedRows,
          ) > 0,
      ),

    audit: (e) =>
      guard(e.action, async () => {
        await db
          .insertInto('audit_log')
          .values({
            at: now(),
            who: e.who ?? null,
            action: e.action,
            record: e.record ?? null,
            detail: e.detail === undefined ? null : toJson(e.detail),
          })
          .execute();
      }),
    auditLog: (opts = {}) =>
      guard(undefined, async () => {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .orderBy('id', 'desc')
          .limit(clampLimit(opts.limit, 100, 10000))
          .execute();
        return rows.map((r) => {
          const x: {
            id: number;
            at: string;
            who?: string;
            action: string;
            record?: string;
            detail?: unknown;
          } = { id: num(r.id), at: r.at, action: r.action };
          opt(x, 'who', r.who);
          opt(x, 'record', r.record);
          opt(x, 'detail', fromJson(r.detail));
          return x;
        });
      }),
  };
}
