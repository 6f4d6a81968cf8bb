/**
 * The versioned migrations, in order. A static list (not a directory scan) so it works the same
 * under tsx, a bundler or compiled output. Add a file `000N_name.ts` and one line below.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { BrinkError } from '../../domain/errors.js';
import type { Connection, DialectFeatures } from '../dialect.js';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_doc_bands.js';
import * as m0003 from './0003_code_dyad_index.js';
import * as m0004 from './0004_import_facts.js';
import * as m0005 from './0005_ceasefire_end_statements.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
interface MigrationModule {
  up(db: Kysely<any>, f: DialectFeatures): Promise<void>;
  down?(db: Kysely<any>, f: DialectFeatures): Promise<void>;
}

const MIGRATIONS: Record<string, MigrationModule> = {
  '0001_initial': m0001,
  '0002_doc_bands': m0002,
  '0003_code_dyad_index': m0003,
  '0004_import_facts': m0004,
  '0005_ceasefire_end_statements': m0005,
};

export const MIGRATION_NAMES = Object.keys(MIGRATIONS);
export const MIGRATION_TABLE = 'brink_migrations';

/** Kysely MigrationProvider over the list above, handing each migration the dialect features. */
export function migrationProvider(f: DialectFeatures): MigrationProvider {
  return {
    getMigrations: async () => {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        const down = m.down;
        out[name] = { up: (db) => m.up(db, f), ...(down ? { down: (db: Kysely<any>) => down(db, f) } : {}) };
      }
      return out;
    },
  };
}

/** The Kysely migrator of the project's migrations over a connection. */
export function migratorOf(conn: Connection): Migrator {
  return new Migrator({
    db: conn.db,
    provider: migrationProvider(conn.features),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: `${MIGRATION_TABLE}_lock`,
    ...(conn.schema ? { migrationTableSchema: conn.schema } : {}),
  });
}

/** Runs every pending migration (each in its own transaction; PostgreSQL also takes a lock). */
export async function migrate(conn: Connection): Promise<string[]> {
  const migrator = migratorOf(conn);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    const detail = error instanceof Error ? error.message : String(error);
    throw new BrinkError('MIGRATION_FAILED', { name: failed, detail }, failed, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
