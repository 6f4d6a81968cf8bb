import pg from 'pg';
import { Kysely, sql } from 'kysely';
import type { Connection } from '../dialect.js';
import type { DB } from '../schema.js';
import { postgresFeatures } from './features.js';
import { ScopedPostgresDialect } from './introspector.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects to PostgreSQL. With `schema`, the schema is created when missing and every pooled
 * connection gets `search_path = <schema>`, so a test can isolate itself in a fresh schema.
 */
export async function connectPostgres(url: string, schema?: string): Promise<Connection> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new ScopedPostgresDialect({ pool }, schema ?? 'public') });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, features: postgresFeatures, schema: schema ?? 'public' };
}
