/**
 * Where the queue and the store are: Redis URL, BullMQ key prefix and queue name, and the store
 * URL. A store URL `postgres://...#schema=NAME` selects a PostgreSQL schema (tests and
 * multi-tenant deployments); anything not postgres:// is an SQLite path.
 */
import type { ConnectionOptions } from 'bullmq';
import { BrinkError } from '../domain/errors.js';
import { describeStore, storeConfigFrom } from '../store/index.js';
import type { StoreConfig } from '../store/types.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** BullMQ's own default key prefix, kept so other tools (dashboards) see Brink's queue. */
export const DEFAULT_PREFIX = 'bull';
export const QUEUE_NAME = 'brink-ingest';

export interface QueueTarget {
  redisUrl: string;
  /** BullMQ key prefix; tests use a unique one each. */
  prefix?: string;
}

export function connectionOptions(redisUrl: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(redisUrl);
  } catch {
    throw new BrinkError('BAD_REQUEST', { detail: `not a Redis URL: ${redisUrl}` });
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new BrinkError('BAD_REQUEST', { detail: `not a redis:// URL: ${redisUrl}` });
  // BullMQ's blocking connections need maxRetriesPerRequest null; fail fast on the first connect.
  return { url: redisUrl, maxRetriesPerRequest: null };
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** Store config from a `--db` value, with the `#schema=NAME` convention for PostgreSQL. */
export function workerStoreConfig(db: string | undefined, cwd = process.cwd()): StoreConfig {
  const value = db?.trim();
  if (value && /^postgres(ql)?:\/\//i.test(value)) {
    const hash = value.indexOf('#');
    const url = hash < 0 ? value : value.slice(0, hash);
    const frag = hash < 0 ? '' : value.slice(hash + 1);
    const schema = new URLSearchParams(frag).get('schema') ?? undefined;
    if (schema !== undefined && !SCHEMA.test(schema)) throw new BrinkError('BAD_REQUEST', { detail: `invalid schema name: ${schema}` });
    return storeConfigFrom(url, cwd, schema);
  }
  return storeConfigFrom(value, cwd);
}

/** The store as a display string without credentials. */
export const describeStoreConfig = describeStore;
