/** Small helpers shared by the repositories. */
import type { Kysely } from 'kysely';
import { BrinkError } from '../domain/errors.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;

/** Runs fn in a transaction, or directly when `db` already is one (no nesting). */
export async function atomic<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

/** Wraps a database failure into STORE_FAILED (BrinkErrors pass through). */
export async function guard<T>(item: string | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof BrinkError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new BrinkError('STORE_FAILED', { detail }, item, { cause: e });
  }
}

export const now = (): string => new Date().toISOString();

export const toJson = (v: unknown): string => JSON.stringify(v ?? null);

export function fromJson<T>(s: string | null | undefined): T | undefined {
  if (s === null || s === undefined) return undefined;
  const v = JSON.parse(s) as T | null;
  return v === null ? undefined : v;
}

/** Copies `value` onto `out[key]` only when it is not null/undefined (keeps optional fields absent). */
export function opt<T extends object, K extends keyof T>(
  out: T,
  key: K,
  value: T[K] | null | undefined,
): void {
  if (value !== null && value !== undefined) out[key] = value;
}

/** Counts come back as strings from pg (bigint); numbers from SQLite. */
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

export function clampLimit(limit: number | undefined, dflt: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return dflt;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}

/** Opaque cursor: base64url of a JSON array of key values. */
export function encodeCursor(keys: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): Array<string | number | null> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === arity) return v as Array<string | number | null>;
  } catch {
    // fall through
  }
  throw new BrinkError('BAD_REQUEST', { detail: 'invalid cursor' }, cursor);
}
