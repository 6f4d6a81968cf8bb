/**
 * The route registry: every API route is declared once with its method, path, zod schemas,
 * roles and description. `add` mounts it on the Hono app behind the same pipeline (rate limit →
 * authentication → CSRF → role → validation → handler) and records it for the OpenAPI document.
 */
import type { Hono } from 'hono';
import { type z } from 'zod';
import { BrinkError } from '../domain/errors.js';
import type { AppDeps, Ctx, Env, Principal, Role } from './context.js';
import { authenticate, checkCsrf } from './auth/middleware.js';
import { errorBody } from './errors.js';
import { sendJson } from './json.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec {
  method: Method;
  /** Hono path: `/api/dyads/:a/:b`; a regex param `:file{...}` is documented as `{file}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Who may call it; 'public' needs no authentication. */
  roles: readonly Role[] | 'public';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Schema of a JSON answer (documentation). */
  response?: z.ZodType;
  /** Content type of a non-JSON answer (exports, SSE, HTML). */
  produces?: string;
  /** Requests per minute per client IP: a number, 'login' (config loginPerMinute, default 10) or the general limit (default 600). */
  perMinute?: number | 'login';
}

export interface Input<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal | null;
  deps: AppDeps;
  c: Ctx;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export type Handler<S extends RouteSpec> = (
  input: Input<Infer<S['params']>, Infer<S['query']>, Infer<S['body']>>,
) => Promise<unknown> | unknown;

export const ALL: readonly Role[] = ['viewer', 'analyst', 'admin'];
export const WRITERS: readonly Role[] = ['analyst', 'admin'];
export const ADMIN: readonly Role[] = ['admin'];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function describeZod(e: z.ZodError): string {
  return e.issues.slice(0, 4).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

function parse<T>(schema: z.ZodType | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const r = schema.safeParse(value);
  if (!r.success) throw new BrinkError('BAD_REQUEST', { detail: `${where}: ${describeZod(r.error)}` });
  return r.data as T;
}

async function readBody(c: Ctx): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new BrinkError('BAD_REQUEST', { detail: 'body: Content-Type must be application/json' });
  try {
    return await c.req.json();
  } catch (e) {
    if (e instanceof BrinkError) throw e;
    throw new BrinkError('BAD_REQUEST', { detail: 'body: not valid JSON' });
  }
}

export function clientIp(c: Ctx, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

export class Registry {
  readonly routes: RouteSpec[] = [];

  add<S extends RouteSpec>(app: Hono<Env>, spec: S, handler: Handler<S>): void {
    this.routes.push(spec);
    app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const deps = c.get('deps');
      const rl = deps.config.rateLimit;
      const limit = spec.perMinute === 'login' ? (rl?.loginPerMinute ?? 10) : (spec.perMinute ?? rl?.perMinute ?? 600);
      const verdict = deps.limiter.hit(`${clientIp(c, deps.config.trustProxy ?? false)} ${spec.method} ${spec.path}`, limit, Date.parse(deps.now()));
      if (!verdict.ok) {
        const { status, body } = errorBody(new BrinkError('RATE_LIMITED'));
        c.header('Retry-After', String(verdict.retryAfterS));
        return sendJson(c, body, status);
      }
      let principal: Principal | null = null;
      if (spec.roles !== 'public') {
        principal = await authenticate(c, deps);
        if (!principal) throw new BrinkError('UNAUTHORIZED');
        if (principal.via === 'session' && UNSAFE.has(c.req.method)) checkCsrf(c, deps, principal);
        if (!spec.roles.includes(principal.user.role)) throw new BrinkError('FORBIDDEN');
      }
      c.set('principal', principal);
      const params = parse(spec.params, c.req.param(), 'path');
      const query = parse(spec.query, c.req.query(), 'query');
      const body = spec.body ? parse(spec.body, await readBody(c), 'body') : undefined;
      const out = await handler({ params, query, body, principal, deps, c } as Parameters<Handler<S>>[0]);
      return out instanceof Response ? out : sendJson(c, out);
    });
  }
}
