/**
 * 0004: facts that imported GDELT and ACLED rows carry and Brink's own events have no column for —
 * GDELT's mention/source/article counts, average tone and root flag; ACLED's fatalities, event and
 * sub-event types, disorder type, interaction, civilian targeting and tags. One optional row per
 * event, deleted with it (an article's events are replaced atomically, so are these).
 */
import type { Kysely } from 'kysely';
import type { DialectFeatures } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, f: DialectFeatures): Promise<void> {
  await db.schema
    .createTable('event_import_facts')
    .addColumn('event_id', f.keyText, (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer')
    .addColumn('sources', 'integer')
    .addColumn('articles', 'integer')
    .addColumn('avg_tone', 'double precision')
    .addColumn('is_root', 'integer')
    .addColumn('fatalities', 'integer')
    .addColumn('event_type', 'text')
    .addColumn('sub_event_type', 'text')
    .addColumn('disorder_type', 'text')
    .addColumn('interaction', 'text')
    .addColumn('civilian_targeting', 'integer')
    .addColumn('tags', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_import_facts').ifExists().execute();
}
