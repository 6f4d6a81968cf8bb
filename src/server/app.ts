/**
 * The Brink HTTP API as a Hono app. Tests call `app.request(...)` in-process; `serve` (serve.ts)
 * puts it on a socket.
 *
 *   const app = createApp({ store, config: {} });
 *   const res = await app.request('/api/health');
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BrinkError } from '../domain/errors.js';
import type { Store } from '../store/types.js';
import { createAnalyzer } from '../engine/analyze.js';
import { ROOT } from '../engine/paths.js';
import type { AnalyzerWithVersion, AppDeps, Env, ServerConfig } from './context.js';
import { AlertBus } from './bus.js';
import { errorBody } from './errors.js';
import { securityHeaders } from './headers.js';
import { sendJson } from './json.js';
import { buildOpenApi } from './openapi.js';
import { RateLimiter } from './ratelimit.js';
import { EventCache } from './cache.js';
import { Registry } from './registry.js';
import { serveWeb } from './static.js';
import { actorRoutes } from './routes/actors.js';
import { alertRoutes } from './routes/alerts.js';
import { authRoutes } from './routes/auth.js';
import { documentRoutes } from './routes/documents.js';
import { engagementRoutes } from './routes/engagements.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/exports.js';
import { searchRoutes } from './routes/search.js';
import { userRoutes } from './routes/users.js';

export interface CreateAppOptions {
  store: Store;
  /** An analyzer, or a factory (default: createAnalyzer(), created on first use). */
  analyzer?: AnalyzerWithVersion | (() => Promise<AnalyzerWithVersion>);
  now?: () => string;
  config?: ServerConfig;
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

function lazyAnalyzer(a: CreateAppOptions['analyzer']): () => Promise<AnalyzerWithVersion> {
  if (a && 'version' in a) return async () => a;
  let p: Promise<AnalyzerWithVersion> | null = null;
  const make = a ?? createAnalyzer;
  return () => {
    p ??= make().catch((e: unknown) => {
      p = null;
      throw e;
    });
    return p;
  };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export type BrinkApp = Hono<Env> & { registry: Registry };

export function createApp(opts: CreateAppOptions): BrinkApp {
  const config = opts.config ?? {};
  const secret = config.secret ? Buffer.from(config.secret) : randomBytes(32);
  const deps: AppDeps = {
    store: opts.store,
    now: opts.now ?? (() => new Date().toISOString()),
    config,
    secret,
    analyzer: lazyAnalyzer(opts.analyzer),
    bus: new AlertBus(),
    limiter: new RateLimiter(),
    cache: new EventCache(opts.store, config.cacheTtlMs ?? 10_000),
  };
  const app = new Hono<Env>();
  const registry = new Registry();

  app.use('*', securityHeaders(config.trustProxy ?? false));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.maxBodyBytes ?? DEFAULT_MAX_BODY,
      onError: () => {
        throw new BrinkError('TOO_LARGE', { limit: config.maxBodyBytes ?? DEFAULT_MAX_BODY });
      },
    }),
  );

  for (const mount of [authRoutes, documentRoutes, eventRoutes, alertRoutes, engagementRoutes, actorRoutes, searchRoutes, exportRoutes, userRoutes]) mount(app, registry);

  let spec: string | null = null;
  app.get('/openapi.json', (c) => {
    spec ??= JSON.stringify(buildOpenApi(registry.routes, { version: packageVersion() }), null, 2);
    return c.body(spec, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  const web = serveWeb(config.webDir ?? join(ROOT, 'src', 'web', 'dist'));
  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/') || !['GET', 'HEAD'].includes(c.req.method)) {
      const { status, body } = errorBody(new BrinkError('NOT_FOUND_RECORD', { what: 'route', id: `${c.req.method} ${c.req.path}` }));
      return sendJson(c, body, status);
    }
    return web(c);
  });
  app.onError((err, c) => {
    const { status, body } = errorBody(err);
    return sendJson(c, body, status);
  });
  return Object.assign(app, { registry });
}
