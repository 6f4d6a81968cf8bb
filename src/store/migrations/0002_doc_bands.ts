/**
 * 0002: MinHash LSH band keys per document (see src/ingest/minhash.ts), so near-duplicates are
 * found by indexed band equality instead of a scan.
 */
import type { Kysely } from 'kysely';
import type { DialectFeatures } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, f: DialectFeatures): Promise<void> {
  await db.schema
    .createTable('doc_bands')
    .addColumn('doc_id', f.keyText, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('band', f.keyText, (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_bands_pk', ['doc_id', 'band'])
    .execute();
  await db.schema.createIndex('doc_bands_band').on('doc_bands').columns(['band', 'doc_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('doc_bands').ifExists().execute();
}
