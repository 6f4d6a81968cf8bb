/**
 * The few things that differ between SQLite and PostgreSQL. Each dialect folder exports one of
 * these; everything else in the store is written once against Kysely.
 */
import type { ColumnDataType, CreateTableBuilder, Expression, Kysely } from 'kysely';
import type { DB } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DialectFeatures {
  name: DialectName;
  /** Adds an auto-numbered integer primary key column `id`. */
  autoId<TB extends string, C extends string>(t: CreateTableBuilder<TB, C>): CreateTableBuilder<TB, C | 'id'>;
  /**
   * Text type for keys and sort columns: compared byte-wise in both dialects (PostgreSQL
   * `collate "C"`, whatever the database's collation), so ordering and cursors agree.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  keyText: ColumnDataType | Expression<any>;
  /** True when the error is a unique/primary-key violation. */
  isUniqueViolation(e: unknown): boolean;
}

/** An open connection: the Kysely instance, its dialect and how to close it. */
export interface Connection {
  db: Kysely<DB>;
  features: DialectFeatures;
  /** Schema holding the tables (PostgreSQL only). */
  schema?: string;
}
