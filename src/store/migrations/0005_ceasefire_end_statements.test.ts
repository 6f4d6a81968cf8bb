/**
 * Migration 0005 on a database made by the schema before it (0001–0004), in both dialects: the
 * database upgrades in place, every stored row is kept as it was (ids included), the new statement
 * kinds are accepted, unknown kinds still refused, and no statement id is given twice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Connection } from '../dialect.js';
import { connectPostgres } from '../postgres/connect.js';
import { connectSqlite } from '../sqlite/connect.js';
import { makeStore } from '../store.js';
import { doc, harness, pgSkip } from '../test-fixtures.js';
import type { Ceasefire, Store } from '../types.js';
import { MIGRATION_NAMES, MIGRATION_TABLE, migratorOf } from './index.js';

type Kind = 'sqlite' | 'postgres';

/** A store whose schema is the one before 0005 (as a database made by an older Brink has it). */
async function openBefore0005(config: ReturnType<typeof harness>['config']): Promise<Store> {
  const conn: Connection = config.kind === 'sqlite' ? connectSqlite(config.path) : await connectPostgres(config.url, config.schema);
  const { error } = await migratorOf(conn).migrateTo('0004_import_facts');
  if (error) throw error;
  return makeStore(conn.db, conn.features, () => conn.db.destroy());
}

const evidence = { start: 0, end: 24, text: 'Arnor and Gondor agreed.' };

/** A truce between two invented states, with statements of the kinds 0001 allowed. */
function truce(id: string, docId: string): Ceasefire {
  return {
    id, parties: ['ARN', 'GON'], mediators: ['ROH'], effectiveUtc: '2031-03-08T16:00:00Z', effectiveText: '7 p.m. (1600 GMT) on Saturday',
    status: 'announced', extendedUntil: '2031-03-20', evidence: [evidence],
    statements: [
      { docId, party: 'ARN', kind: 'announce', evidence },
      { docId, party: 'GON', kind: 'accuse', evidence },
      { docId, party: 'ARN+GON', kind: 'extend', statedTime: '2031-03-20', evidence },
    ],
  };
}

function migrationTests(kind: Kind): void {
  test(`${kind}: a database of the schema before 0005 upgrades in place and keeps its rows`, async () => {
    const h = harness(kind);
    try {
      const old = await openBefore0005(h.config);
      await old.documents.put(doc('d1', { published: '2031-03-07' }));
      await old.documents.put(doc('d2', { published: '2031-03-08' }));
      await old.articles.save('d1', { events: [], actors: [], roleConflicts: [], ceasefires: [truce('cf-d1', 'd1')] }, 'v-old');
      await old.articles.save('d2', { events: [], actors: [], roleConflicts: [], ceasefires: [truce('cf-d2', 'd2')] }, 'v-old');
      // d2's analysis removed: the statement ids it had are not to be given again
      await old.articles.save('d2', { events: [], actors: [], roleConflicts: [] }, 'v-old');
      await assert.rejects(
        old.articles.save('d2', { events: [], actors: [], roleConflicts: [], ceasefires: [{ ...truce('cf-x', 'd2'), statements: [{ docId: 'd2', party: 'ARN', kind: 'until', statedTime: '2031-03-10', evidence }] }] }, 'v-old'),
        'the old CHECK refuses the new kind',
      );
      const rowsBefore = await old.db.selectFrom('ceasefire_statements').selectAll().orderBy('id').execute();
      const cfBefore = await old.ceasefires.get('cf-d1');
      await old.close();

      const store = await h.open();
      try {
        const names = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(store.db);
        assert.deepEqual(names.rows.map((r) => r.name).sort(), MIGRATION_NAMES);
        assert.deepEqual(await store.db.selectFrom('ceasefire_statements').selectAll().orderBy('id').execute(), rowsBefore, 'every statement kept, ids included');
        assert.deepEqual(await store.ceasefires.get('cf-d1'), cfBefore);
        assert.equal(await store.documents.count(), 2);

        const ended: Ceasefire = {
          ...truce('cf-d2', 'd2'),
          status: 'expired',
          statements: [
            { docId: 'd2', party: 'ARN+GON', kind: 'until', statedTime: '2031-03-09T21:00:00Z', evidence },
            { docId: 'd2', party: 'ARN+GON', kind: 'expire', statedTime: '2031-03-09', evidence },
          ],
        };
        await store.articles.save('d2', { events: [], actors: [], roleConflicts: [], ceasefires: [ended] }, 'v-new');
        const got = await store.ceasefires.get('cf-d2');
        assert.deepEqual(got?.statements.map((s) => [s.kind, s.statedTime]), [['until', '2031-03-09T21:00:00Z'], ['expire', '2031-03-09']]);
        const ids = (await store.db.selectFrom('ceasefire_statements').select('id').where('doc_id', '=', 'd2').execute()).map((r) => r.id);
        assert.ok(ids.every((id) => id > 6), `ids given before are not given again: ${ids.join(',')}`);
        await assert.rejects(
          store.articles.save('d2', { events: [], actors: [], roleConflicts: [], ceasefires: [{ ...ended, statements: [{ docId: 'd2', party: 'ARN', kind: 'ended' as 'until', evidence }] }] }, 'v-new'),
          'an unknown kind is still refused',
        );
        // (the statements cascade with their ceasefire and document, as before)
        await store.articles.save('d1', { events: [], actors: [], roleConflicts: [] }, 'v-new');
        assert.equal(await store.ceasefires.get('cf-d1'), null);
      } finally {
        await store.close();
      }
    } finally {
      await h.dispose();
    }
  });
}

describe('migration 0005: ceasefire end statements', () => {
  migrationTests('sqlite');
});

const skip = await pgSkip();

describe('migration 0005: ceasefire end statements (postgres)', { skip }, () => {
  migrationTests('postgres');
});
