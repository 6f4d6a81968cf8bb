import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Connection } from '../dialect.js';
import type { DB } from '../schema.js';
import { sqliteFeatures } from './features.js';

/** Opens (creating the parent directory when needed) a SQLite file in WAL mode with FKs on. */
export function connectSqlite(path: string): Connection {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(memory ? ':memory:' : path);
  if (!memory) raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, features: sqliteFeatures };
}
