/**
 * 0001: the whole initial schema. Written once for both dialects (see ../dialect.ts for the
 * conventions). Never edit a released migration: add 0002_... instead.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectFeatures } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

export async function up(db: Db, f: DialectFeatures): Promise<void> {
  await documents(db, f);
  await runs(db, f);
  await events(db, f);
  await analysis(db, f);
  await ceasefires(db, f);
  await engagementsAndAlerts(db, f);
  await auth(db, f);
}

export async function down(db: Db): Promise<void> {
  const tables = [
    'audit_log',
    'sessions',
    'api_tokens',
    'users',
    'alert_deliveries',
    'alerts',
    'engagements',
    'ceasefire_statements',
    'ceasefires',
    'role_conflicts',
    'doc_actors',
    'event_clusters',
    'events',
    'ingest_items',
    'ingest_runs',
    'documents',
  ];
  for (const t of tables) await db.schema.dropTable(t).ifExists().execute();
}

async function documents(db: Db, f: DialectFeatures): Promise<void> {
  const key = f.keyText;
  await db.schema
    .createTable('documents')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet', key)
    .addColumn('published', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('supported', 'integer', (c) => c.notNull().check(sql`supported in (0, 1)`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('simhash', 'text')
    .addColumn('b0', 'integer')
    .addColumn('b1', 'integer')
    .addColumn('b2', 'integer')
    .addColumn('b3', 'integer')
    .addColumn('near_duplicate_of', key, (c) => c.references('documents.id'))
    .addColumn('ingested_at', key, (c) => c.notNull())
    .addColumn('pipeline_version', 'text')
    .execute();
  for (const b of ['b0', 'b1', 'b2', 'b3']) {
    await db.schema.createIndex(`documents_${b}`).on('documents').column(b).execute();
  }
  await db.schema.createIndex('documents_ingested').on('documents').columns(['ingested_at', 'id']).execute();
  await db.schema.createIndex('documents_url').on('documents').column('url').execute();
  await db.schema.createIndex('documents_outlet').on('documents').column('outlet').execute();
}

async function runs(db: Db, f: DialectFeatures): Promise<void> {
  await f
    .autoId(db.schema.createTable('ingest_runs'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('args', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('near', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('ingest_items')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('ingest_runs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ok', 'duplicate', 'near-duplicate', 'failed')`),
    )
    .addColumn('doc_id', 'text')
    .addColumn('near_of', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addPrimaryKeyConstraint('ingest_items_pk', ['run_id', 'seq'])
    .execute();
  await db.schema.createIndex('ingest_items_doc').on('ingest_items').column('doc_id').execute();
}

async function events(db: Db, f: DialectFeatures): Promise<void> {
  const key = f.keyText;
  await db.schema
    .createTable('events')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('doc_id', key, (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('source_code', key, (c) => c.notNull())
    .addColumn('source_country', key, (c) => c.notNull())
    .addColumn('source_actor_id', 'text')
    .addColumn('source_name', 'text')
    .addColumn('source_role', 'text')
    .addColumn('target_code', key)
    .addColumn('target_country', key)
    .addColumn('target_actor_id', 'text')
    .addColumn('target_name', 'text')
    .addColumn('target_role', 'text')
    .addColumn('cameo', key, (c) => c.notNull())
    .addColumn('root', key, (c) => c.notNull())
    .addColumn('plover', 'text', (c) => c.notNull())
    .addColumn('plover_mode', 'text')
    .addColumn('plover_context', 'text')
    .addColumn('quad', 'integer', (c) => c.notNull().check(sql`quad between 1 and 4`))
    .addColumn('goldstein', 'double precision', (c) => c.notNull().check(sql`goldstein between -10 and 10`))
    .addColumn('event_date', key)
    .addColumn('date_derived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_utc', 'text')
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('part_of_day', 'text')
    .addColumn('time_text', 'text')
    .addColumn('time_inferred', 'integer', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text')
    .addColumn('place_country', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('modality', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`modality in ('asserted', 'negated', 'hypothetical', 'future-intent', 'speculative', 'question')`,
        ),
    )
    .addColumn('attribution', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull().check(sql`confidence between 0 and 1`))
    .addColumn('version', 'text')
    .addColumn('cluster_id', 'text')
    .addCheckConstraint('events_span', sql`span_start >= 0 and span_end >= span_start`)
    .execute();
  const idx: Array<[string, string[]]> = [
    ['events_dyad_date', ['source_country', 'target_country', 'event_date']],
    ['events_date', ['event_date', 'id']],
    ['events_cluster', ['cluster_id']],
    ['events_doc', ['doc_id']],
    ['events_cameo', ['cameo']],
  ];
  for (const [name, cols] of idx) await db.schema.createIndex(name).on('events').columns(cols).execute();
  await db.schema
    .createTable('event_clusters')
    .addColumn('id', key, (c) => c.primaryKey())
    .addColumn('source_code', key, (c) => c.notNull())
    .addColumn('target_code', key)
    .addColumn('cameo3', 'text', (c) => c.notNull())
    .addColumn('event_date', key)
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('articles', 'integer', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_clusters_date').on('event_clusters').column('event_date').execute();
}

async function analysis(db: Db, f: DialectFeatures): Promise<void> {
  await db.schema
    .createTable('doc_actors')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('how', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_actors_pk', ['doc_id', 'actor_id', 'code'])
    .execute();
  await db.schema.createIndex('doc_actors_actor').on('doc_actors').column('actor_id').execute();
  await f
    .autoId(db.schema.createTable('role_conflicts'))
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stated', 'text', (c) => c.notNull())
    .addColumn('held', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('role_conflicts_doc').on('role_conflicts').column('doc_id').execute();
}

async function ceasefires(db: Db, f: DialectFeatures): Promise<void> {
  await db.schema
    .createTable('ceasefires')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parties', 'text', (c) => c.notNull())
    .addColumn('mediators', 'text', (c) => c.notNull())
    .addColumn('announced_utc', 'text')
    .addColumn('agreed_utc', 'text')
    .addColumn('effective_utc', 'text')
    .addColumn('effective_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('extended_until', 'text')
    .addColumn('conditions', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('first_doc_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .execute();
  await f
    .autoId(db.schema.createTable('ceasefire_statements'))
    .addColumn('ceasefire_id', 'text', (c) => c.notNull().references('ceasefires.id').onDelete('cascade'))
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('announce', 'confirm', 'deny', 'accuse', 'extend')`),
    )
    .addColumn('stated_time', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ceasefire_statements_cf')
    .on('ceasefire_statements')
    .column('ceasefire_id')
    .execute();
  await db.schema
    .createIndex('ceasefire_statements_doc')
    .on('ceasefire_statements')
    .column('doc_id')
    .execute();
}

async function engagementsAndAlerts(db: Db, f: DialectFeatures): Promise<void> {
  await f
    .autoId(db.schema.createTable('engagements'))
    .addColumn('mediator', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('on_behalf_of', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('derived', 'manual')`))
    .addColumn('confidentiality', 'text', (c) =>
      c.notNull().check(sql`confidentiality in ('public', 'restricted', 'confidential')`),
    )
    .addColumn('notes', 'text')
    .addColumn('event_id', 'text')
    .addColumn('doc_id', 'text', (c) => c.references('documents.id').onDelete('cascade'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_date').on('engagements').columns(['date', 'id']).execute();
  await db.schema.createIndex('engagements_doc').on('engagements').column('doc_id').execute();
  await f
    .autoId(db.schema.createTable('alerts'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('dyad', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('event_ids', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alerts_fired').on('alerts').columns(['fired_at', 'id']).execute();
  await f
    .autoId(db.schema.createTable('alert_deliveries'))
    .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('alert_deliveries_alert').on('alert_deliveries').column('alert_id').execute();
}

async function auth(db: Db, f: DialectFeatures): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('viewer', 'analyst', 'admin')`))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await f
    .autoId(db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('who', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
}
