/** 0003: dyad lookups by full actor code (`INDMIL` → `PAKMIL`) use an index too. */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_code_dyad').on('events').columns(['source_code', 'target_code', 'event_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_code_dyad').ifExists().execute();
}
