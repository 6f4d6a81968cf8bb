/**
 * What every route handler gets: the store, the clock, the lazily created analyzer, the alert bus
 * and the signed-in user. Kept apart from app.ts so route modules do not import the app.
 */
import type { Context } from 'hono';
import type { Store, User, UserRole } from '../store/types.js';
import type { Analyzer } from '../engine/analyze.js';
import type { AlertSettings } from '../engine/alerts.js';
import type { AlertBus } from './bus.js';
import type { RateLimiter } from './ratelimit.js';
import type { EventCache } from './cache.js';

export type Role = UserRole;
export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

export interface ServerConfig {
  /** Key of the CSRF HMAC (default: 32 random bytes per process; sessions then need /api/auth/me after a restart). */
  secret?: string | Buffer;
  /** Cookie `Secure` flag: default true except for plain http to a loopback host. */
  secureCookies?: boolean;
  /** Session lifetime (default 12 h). */
  sessionHours?: number;
  /** Requests per minute per client IP and route (default 600; login 10). */
  rateLimit?: { perMinute?: number; loginPerMinute?: number };
  /** Request body cap in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Trust X-Forwarded-For / X-Forwarded-Proto (behind a reverse proxy). */
  trustProxy?: boolean;
  /** Dashboard build directory (default src/web/dist). */
  webDir?: string;
  /** Alert rules for the refresh after POST /api/documents (default: built-in rules, no webhooks). */
  alertSettings?: AlertSettings;
  /** Re-evaluate alerts after each POST /api/documents (default true). */
  refreshAlertsOnIngest?: boolean;
  /** SSE: store poll, keep-alive comment and credential re-check intervals in ms (defaults 1000, 15000, 60000). */
  sse?: { pollMs?: number; pingMs?: number; recheckMs?: number };
  /** Max age of cached analytics events in ms (default 10 000; 0 disables the cache). */
  cacheTtlMs?: number;
  /** Allow POST /api/documents {url} to reach private addresses (tests only). */
  allowPrivateFetch?: boolean;
}

export type AnalyzerWithVersion = Analyzer & { version: string };

export interface AppDeps {
  store: Store;
  /** ISO instant; injectable for tests. */
  now: () => string;
  config: ServerConfig;
  secret: Buffer;
  analyzer: () => Promise<AnalyzerWithVersion>;
  bus: AlertBus;
  limiter: RateLimiter;
  /** Analytics events per filter, reused while the store is unchanged. */
  cache: EventCache;
}

export interface Principal {
  user: Pick<User, 'id' | 'name' | 'role'>;
  /** How the request authenticated: a session cookie (CSRF applies) or a bearer token. */
  via: 'session' | 'token';
  /** Raw session id (cookie value), for CSRF and logout. */
  sessionId?: string;
  /** SHA-256 of the token or session id, to re-check a long-lived request (SSE). */
  credentialHash: string;
}

export type Env = { Variables: { deps: AppDeps; principal: Principal | null } };
export type Ctx = Context<Env>;
