import { resolve } from 'node:path';

/** Where the store lives: an SQLite file (the embedded default) or a PostgreSQL URL. */
export type StoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema?: string };

export const DEFAULT_DB_PATH = '.brink/brink.sqlite';

/**
 * Picks the store from explicit settings (CLI flags first, then environment values the CLI passes
 * in). A `postgres://` or `postgresql://` value means PostgreSQL; anything else is an SQLite path.
 */
export function storeConfig(settings: { db?: string | undefined; cwd?: string }): StoreConfig {
  const db = settings.db?.trim();
  if (db && /^postgres(ql)?:\/\//i.test(db)) return { kind: 'postgres', url: db };
  return { kind: 'sqlite', path: resolve(settings.cwd ?? '.', db || DEFAULT_DB_PATH) };
}
