/**
 * 0005: a ceasefire's statements may also be `expire` (an article reports the truce ran its term; the
 * time stated with it) and `until` (the end the truce was given when declared: "until midnight on
 * Sunday"), each with its instant or day in `stated_time`. Only the CHECK on `kind` widens: every row
 * stored before satisfies the new one and is kept as it is, ids included.
 *
 * PostgreSQL changes the constraint in place. SQLite cannot alter a CHECK, so the table is rebuilt
 * the way SQLite documents for schema changes (https://www.sqlite.org/lang_altertable.html, "other
 * kinds of table schema changes"), in one transaction: a new table with the wider CHECK, every row
 * copied with its id, the old table dropped, the new one renamed, its indexes made again, and the
 * AUTOINCREMENT counter carried over (an id once given is never given again). No other table refers
 * to this one.
 *
 * No `down`: narrowing the CHECK back would have to delete the statements of the new kinds.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectFeatures } from '../dialect.js';

/** The statement kinds after this migration (0001 allowed the first five). */
export const STATEMENT_KINDS = ['announce', 'confirm', 'deny', 'accuse', 'extend', 'expire', 'until'] as const;

const KIND_CHECK = sql`kind in (${sql.join(STATEMENT_KINDS.map((k) => sql.lit(k)))})`;

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>, f: DialectFeatures): Promise<void> {
  if (f.name === 'postgres') await widenPostgres(db);
  else await rebuildSqlite(db, f);
}

/** PostgreSQL: the CHECK on `kind` (named by the server when 0001 made it) replaced by the wider one. */
async function widenPostgres(db: Kysely<any>): Promise<void> {
  const found = await sql<{ conname: string }>`
    select conname from pg_constraint
    where conrelid = 'ceasefire_statements'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%kind%'`.execute(db);
  for (const r of found.rows) await sql`alter table ceasefire_statements drop constraint ${sql.id(r.conname)}`.execute(db);
  await sql`alter table ceasefire_statements add constraint ceasefire_statements_kind_check check (${KIND_CHECK})`.execute(db);
}

/** SQLite: the documented table rebuild, in one transaction (see the header). */
async function rebuildSqlite(db: Kysely<any>, f: DialectFeatures): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await f
      .autoId(tx.schema.createTable('ceasefire_statements_0005'))
      .addColumn('ceasefire_id', 'text', (c) => c.notNull().references('ceasefires.id').onDelete('cascade'))
      .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('party', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(KIND_CHECK))
      .addColumn('stated_time', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into ceasefire_statements_0005 (id, ceasefire_id, doc_id, party, kind, stated_time, evidence)
      select id, ceasefire_id, doc_id, party, kind, stated_time, evidence from ceasefire_statements`.execute(tx);
    const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'ceasefire_statements'`.execute(tx);
    await tx.schema.dropTable('ceasefire_statements').execute();
    await tx.schema.alterTable('ceasefire_statements_0005').renameTo('ceasefire_statements').execute();
    const last = seq.rows[0]?.seq;
    if (last !== undefined) {
      await sql`update sqlite_sequence set seq = max(seq, ${last}) where name = 'ceasefire_statements'`.execute(tx);
      await sql`insert into sqlite_sequence (name, seq) select 'ceasefire_statements', ${last}
        where not exists (select 1 from sqlite_sequence where name = 'ceasefire_statements')`.execute(tx);
    }
    await tx.schema.createIndex('ceasefire_statements_cf').on('ceasefire_statements').column('ceasefire_id').execute();
    await tx.schema.createIndex('ceasefire_statements_doc').on('ceasefire_statements').column('doc_id').execute();
  });
}
