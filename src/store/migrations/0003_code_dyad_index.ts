/**
 * 0003: dyad lookups by full actor code (`INDMIL` → `PAKMIL`) use an index too, and the daily
 * dyad aggregate is answered from a covering index (country pair, modality, day, quad, Goldstein)
 * without touching the table rows.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_code_dyad').on('events').columns(['source_code', 'target_code', 'event_date']).execute();
  await db.schema
    .createIndex('events_dyad_daily')
    .on('events')
    .columns(['source_country', 'target_country', 'modality', 'event_date', 'quad', 'goldstein'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_dyad_daily').ifExists().execute();
  await db.schema.dropIndex('events_code_dyad').ifExists().execute();
}
