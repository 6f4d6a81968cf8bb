/**
 * The API client: same-origin fetch with the session cookie, the CSRF token on every write,
 * JSON in and out. A 401 raises `ApiError` with status 401 (the shell then shows the login form).
 */
import type { Session, User } from './types.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly code?: string) {
    super(message);
  }
}

let session: Session | null = null;

export function currentUser(): User | null {
  return session?.user ?? null;
}

export function isAdmin(): boolean {
  return session?.user.role === 'admin';
}

export function canWrite(): boolean {
  const role = session?.user.role;
  return role === 'admin' || role === 'analyst';
}

function errorMessage(status: number, body: unknown): { message: string; code?: string } {
  if (body && typeof body === 'object') {
    const b = body as { error?: unknown; message?: unknown; code?: unknown };
    const e = b.error && typeof b.error === 'object' ? (b.error as { message?: unknown; code?: unknown }) : b;
    const message = typeof e.message === 'string' ? e.message : typeof b.error === 'string' ? b.error : `HTTP ${status}`;
    return { message, ...(typeof e.code === 'string' ? { code: e.code } : {}) };
  }
  return { message: `HTTP ${status}` };
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  let body: unknown = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = text; }
  if (!res.ok) {
    const { message, code } = errorMessage(res.status, body);
    throw new ApiError(res.status, message, code);
  }
  return body as T;
}

/** Some list endpoints answer with an array, others with a page `{items}`: accept both. */
export function itemsOf<T>(body: T[] | { items?: T[] } | null | undefined): T[] {
  if (Array.isArray(body)) return body;
  return body?.items ?? [];
}

export async function loadSession(): Promise<Session | null> {
  try {
    session = await api<Session>('/api/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) session = null;
    else throw err;
  }
  return session;
}

export async function login(name: string, password: string): Promise<Session> {
  session = await api<Session>('/api/auth/login', { method: 'POST', body: { name, password } });
  return session;
}

export async function logout(): Promise<void> {
  try { await api('/api/auth/logout', { method: 'POST' }); } finally { session = null; }
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function enc(s: string): string {
  return encodeURIComponent(s);
}
