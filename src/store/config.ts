/**
 * Which store to open, from plain values (the CLI reads the environment and passes them in):
 * a `postgres://` or `postgresql://` URL selects PostgreSQL, anything else is a SQLite file path,
 * and nothing means `<root>/var/brink.db`.
 */
import { isAbsolute, resolve } from 'node:path';
import type { StoreConfig } from './types.js';

export const DEFAULT_DB_FILE = 'var/brink.db';

export function storeConfigFrom(value: string | undefined, root: string, schema?: string): StoreConfig {
  const v = value?.trim();
  if (!v) return { kind: 'sqlite', path: resolve(root, DEFAULT_DB_FILE) };
  if (/^postgres(ql)?:\/\//i.test(v)) return { kind: 'postgres', url: v, ...(schema ? { schema } : {}) };
  if (v === ':memory:') return { kind: 'sqlite', path: v };
  return { kind: 'sqlite', path: isAbsolute(v) ? v : resolve(root, v) };
}

/** The config with any password in a PostgreSQL URL masked, for messages and logs. */
export function describeStore(config: StoreConfig): string {
  if (config.kind === 'sqlite') return `sqlite:${config.path}`;
  const masked = config.url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  return `postgres:${masked}${config.schema ? ` (schema ${config.schema})` : ''}`;
}
