/** Conformance: migrations, documents, near-duplicates, runs, transactions, foreign keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrinkError } from '../../domain/errors.js';
import { sql } from 'kysely';
import { MIGRATION_NAMES, MIGRATION_TABLE } from '../migrations/index.js';
import { doc, event, fullDoc, harness } from '../test-fixtures.js';
import type { Store } from '../types.js';

type Kind = 'sqlite' | 'postgres';

/** Opens a fresh store, runs fn, closes and disposes of it whatever happens. */
export async function withStore(kind: Kind, fn: (s: Store) => Promise<void>): Promise<void> {
  const h = harness(kind);
  const s = await h.open();
  try {
    await fn(s);
  } finally {
    await s.close();
    await h.dispose();
  }
}

export const isStoreFailed = (e: unknown): boolean => e instanceof BrinkError && e.code === 'STORE_FAILED';

export function documentTests(kind: Kind): void {
  test('migrations are idempotent: opening twice keeps data and records each migration once', async () => {
    const h = harness(kind);
    try {
      const a = await h.open();
      assert.equal(a.dialect, kind);
      await a.documents.put(doc('d1'));
      await a.close();
      const b = await h.open();
      assert.equal(await b.documents.count(), 1);
      await b.close();
      const c = await h.open();
      assert.equal(await c.documents.has('d1'), true);
      const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(c.db);
      assert.deepEqual(rows.rows.map((r) => r.name).sort(), MIGRATION_NAMES, 'one row per migration');
      await c.close();
    } finally {
      await h.dispose();
    }
    assert.ok(MIGRATION_NAMES.length >= 1);
    assert.deepEqual([...MIGRATION_NAMES].sort(), MIGRATION_NAMES, 'migration names sort in order');
  });

  test('put is idempotent: the same id is a duplicate and changes nothing', () =>
    withStore(kind, async (s) => {
      assert.deepEqual(await s.documents.put(doc('d1', { title: 'first' })), {
        status: 'inserted',
        id: 'd1',
      });
      assert.deepEqual(await s.documents.put(doc('d1', { title: 'second', text: 'other' })), {
        status: 'duplicate',
        id: 'd1',
      });
      assert.equal(await s.documents.count(), 1);
      const got = await s.documents.get('d1');
      assert.equal(got?.title, 'first');
      assert.equal(got?.text, doc('d1').text);
    }));

  test('get round-trips every Document field, unicode included; absent fields stay absent', () =>
    withStore(kind, async (s) => {
      const full = fullDoc('full');
      const bare = doc('bare', { supported: false, language: 'und', text: '' });
      await s.documents.put(full);
      await s.documents.put(bare);
      await s.documents.put(doc('near', { nearDuplicateOf: 'full' }));
      assert.deepEqual(await s.documents.get('full'), full);
      assert.deepEqual(await s.documents.get('bare'), bare);
      assert.equal((await s.documents.get('near'))?.nearDuplicateOf, 'full');
      assert.equal(await s.documents.get('missing'), null);
      assert.equal(await s.documents.has('missing'), false);
    }));

  test('list pages newest first with a keyset cursor, without overlap', () =>
    withStore(kind, async (s) => {
      for (let i = 0; i < 5; i++) {
        await s.documents.put(doc(`d${i}`, { title: `t${i}` }), {
          ingestedAt: `2026-01-0${1 + (i % 3)}T00:00:00.000Z`,
        });
      }
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await s.documents.list({ limit: 2, ...(after ? { after } : {}) });
        seen.push(...page.items.map((d) => d.id));
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      // ingestedAt: d0,d3 → 01; d1,d4 → 02; d2 → 03; ties by id descending.
      assert.deepEqual(seen, ['d2', 'd4', 'd1', 'd3', 'd0']);
      const first = await s.documents.list({ limit: 1 });
      assert.equal(first.items[0]?.title, 't2');
      assert.equal(first.items[0]?.ingestedAt, '2026-01-03T00:00:00.000Z');
      await assert.rejects(s.documents.list({ after: 'not-a-cursor' }), BrinkError);
    }));

  test('ties order byte-wise (the same in both dialects, whatever the collation)', () =>
    withStore(kind, async (s) => {
      for (const id of ['B', 'a', 'é', 'Z', 'a-b', 'a_b', '10', '9'])
        await s.documents.put(doc(id), { ingestedAt: '2026-01-01T00:00:00.000Z' });
      const page = await s.documents.list({ limit: 100 });
      assert.deepEqual(
        page.items.map((d) => d.id),
        ['é', 'a_b', 'a-b', 'a', 'Z', 'B', '9', '10'],
      );
    }));

  test('findNear finds hashes within the distance, nearest first', () =>
    withStore(kind, async (s) => {
      const base = '0123456789abcdef';
      const hashes: Record<string, string> = {
        same: base,
        d1: '0123456789abcdee', // 1 bit
        d3: '0123456789abcde8', // 3 bits (f^8 = 0111), all in the last band
        spread4: '1123556789bbcdee', // 4 bits, one per band: no band equal
        far: 'fedcba9876543210',
      };
      for (const [id, h] of Object.entries(hashes)) await s.documents.put(doc(id, { simhash: h }));
      await s.documents.put(doc('nohash'));
      assert.deepEqual(await s.documents.findNear(base, 3), [
        { id: 'same', distance: 0 },
        { id: 'd1', distance: 1 },
        { id: 'd3', distance: 3 },
      ]);
      assert.deepEqual(
        (await s.documents.findNear(base, 4)).map((x) => x.id),
        ['same', 'd1', 'd3', 'spread4'],
      );
      assert.deepEqual(await s.documents.findNear(base, 0), [{ id: 'same', distance: 0 }]);
      assert.deepEqual(await s.documents.findNear('zz', 3), []);
      // lookup = has + findNear of the others, in one query.
      assert.deepEqual(await s.documents.lookup('same', base, 3), {
        exists: true,
        near: [
          { id: 'd1', distance: 1 },
          { id: 'd3', distance: 3 },
        ],
      });
      assert.deepEqual(await s.documents.lookup('new', base, 3), {
        exists: false,
        near: [
          { id: 'same', distance: 0 },
          { id: 'd1', distance: 1 },
          { id: 'd3', distance: 3 },
        ],
      });
      assert.deepEqual(await s.documents.lookup('far', base, 4), {
        exists: true,
        near: [
          { id: 'same', distance: 0 },
          { id: 'd1', distance: 1 },
          { id: 'd3', distance: 3 },
          { id: 'spread4', distance: 4 },
        ],
      });
      assert.deepEqual(await s.documents.lookup('nohash', base, 0), { exists: true, near: [{ id: 'same', distance: 0 }] });
      assert.deepEqual(await s.documents.lookup('nohash', undefined, 3), { exists: true, near: [] });
      assert.deepEqual(await s.documents.lookup('absent', undefined, 3), { exists: false, near: [] });
      assert.deepEqual(await s.documents.lookup('absent', 'zz', 3), { exists: false, near: [] });
    }));

  test('runs record items and compute counts on finish', () =>
    withStore(kind, async (s) => {
      const id = await s.runs.start({ inputs: ['a.txt', 'feed.xml'], flags: { dryRun: false } });
      await s.documents.put(doc('d1'));
      assert.equal(await s.runs.item(id, { origin: 'a.txt', status: 'ok', docId: 'd1' }), 1);
      assert.equal(await s.runs.item(id, { origin: 'b.txt', status: 'duplicate', docId: 'd1' }), 2);
      await s.runs.item(id, { origin: 'c.txt', status: 'near-duplicate', docId: 'd2', nearOf: 'd1' });
      await s.runs.item(id, {
        origin: 'd.bin',
        status: 'failed',
        errorCode: 'BINARY_INPUT',
        errorMessage: 'binary',
      });
      await s.runs.item(id, { origin: 'e.txt', status: 'ok', docId: 'd3' });
      const fin = await s.runs.finish(id);
      assert.deepEqual(fin.counts, { ok: 2, duplicate: 1, near: 1, failed: 1 });
      assert.ok(fin.finishedAt);
      const got = await s.runs.get(id);
      assert.deepEqual(got?.args, { inputs: ['a.txt', 'feed.xml'], flags: { dryRun: false } });
      assert.deepEqual(
        got?.items.map((i) => i.seq),
        [1, 2, 3, 4, 5],
      );
      assert.deepEqual(got?.items[3], {
        seq: 4,
        origin: 'd.bin',
        status: 'failed',
        errorCode: 'BINARY_INPUT',
        errorMessage: 'binary',
      });
      const id2 = await s.runs.start({});
      const seqs = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          s.runs.item(id2, { origin: `c${i}`, status: i % 2 ? 'ok' : 'failed' }),
        ),
      );
      assert.deepEqual(
        [...seqs].sort((a, b) => a - b),
        Array.from({ length: 12 }, (_, i) => i + 1),
        'concurrent items get distinct seqs',
      );
      assert.deepEqual(
        (await s.runs.list())[0]?.counts,
        { ok: 6, duplicate: 0, near: 0, failed: 6 },
        'live counts before finish',
      );
      assert.deepEqual(
        (await s.runs.list()).map((r) => r.id),
        [id2, id],
      );
      assert.equal(await s.runs.get(9999), null);
      await assert.rejects(s.runs.item(id, { origin: 'x', status: 'weird' as 'ok' }), isStoreFailed);
    }));

  test('foreign keys are enforced', () =>
    withStore(kind, async (s) => {
      await assert.rejects(
        s.db
          .insertInto('ingest_items')
          .values({
            run_id: 12345,
            seq: 1,
            origin: 'x',
            status: 'ok',
            doc_id: null,
            near_of: null,
            error_code: null,
            error_message: null,
          })
          .execute(),
      );
      await assert.rejects(
        s.runs.item(12345, { origin: 'x', status: 'ok' }),
        (e: unknown) => e instanceof BrinkError && e.code === 'NOT_FOUND_RECORD',
      );
      await assert.rejects(s.documents.put(doc('orphan', { nearDuplicateOf: 'no-such-doc' })), isStoreFailed);
      const orphan = {
        events: [event('no-such-doc', { id: 'e', src: 'IND' })],
        actors: [],
        roleConflicts: [],
      };
      await assert.rejects(s.articles.save('no-such-doc', orphan, 'v1'), isStoreFailed);
      assert.equal(await s.documents.count(), 0);
    }));

  test('transaction groups writes: a throw rolls all of them back', () =>
    withStore(kind, async (s) => {
      await assert.rejects(
        s.transaction(async (tx) => {
          await tx.documents.put(doc('t1'));
          const run = await tx.runs.start({});
          await tx.runs.item(run, { origin: 'x', status: 'ok', docId: 't1' });
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await s.documents.count(), 0);
      assert.deepEqual(await s.runs.list(), []);
      const n = await s.transaction(async (tx) => {
        await tx.documents.put(doc('t2'));
        await tx.documents.put(doc('t3'));
        return tx.documents.count();
      });
      assert.equal(n, 2);
      assert.equal(await s.documents.count(), 2);
    }));
}
