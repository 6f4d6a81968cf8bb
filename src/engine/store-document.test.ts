import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { Document } from '../domain/types.js';
import { event, harness, pgSkip } from '../store/test-fixtures.js';
import { buildDocument } from '../ingest/index.js';
import { storeDocument } from './store-document.js';
import type { Analyze } from './ingest.js';

function fakeAnalyze(version: string, n = 2): Analyze & { calls: number } {
  const analyze: Analyze = (doc: Document) => {
    f.calls++;
    const events = Array.from({ length: n }, (_, i) => ({ ...event(doc.id, { id: `${doc.id}:${i}`, src: 'FRA', tgt: 'DEU' }), version }));
    return { events, actors: [], roleConflicts: [] };
  };
  const f = Object.assign(analyze, { calls: 0 });
  return f;
}

async function memStore(): Promise<Store> {
  return openStore({ kind: 'sqlite', path: ':memory:' });
}

const doc = (): Document =>
  buildDocument({ kind: 'text', origin: 't', text: 'France and Germany held talks on trade in Berlin on Monday.', published: '2026-01-05' });

test('a second delivery is a duplicate and leaves the data of one delivery', async () => {
  const store = await memStore();
  const a = fakeAnalyze('v1');
  const d = doc();
  const first = await storeDocument(store, 'job1', d, { analyze: a, version: 'v1' });
  const second = await storeDocument(store, 'job2', d, { analyze: a, version: 'v1' });
  assert.equal(first.status, 'ok');
  assert.equal(second.status, 'duplicate');
  assert.equal(a.calls, 1, 'not analyzed again');
  assert.equal(await store.documents.count(), 1);
  assert.deepEqual((await store.events.byDoc(d.id)).map((e) => e.id).sort(), [`${d.id}:0`, `${d.id}:1`]);
  await store.close();
});

test('concurrent deliveries store one copy', async () => {
  const store = await memStore();
  const a = fakeAnalyze('v1', 3);
  const d = doc();
  const results = await Promise.all([1, 2, 3].map((i) => storeDocument(store, `job${i}`, d, { analyze: a, version: 'v1' })));
  assert.equal(results.filter((r) => r.status === 'failed').length, 0);
  assert.equal(await store.documents.count(), 1);
  assert.equal((await store.events.byDoc(d.id)).length, 3);
  await store.close();
});

test('a stale data version is re-analyzed and replaced, not added to', async () => {
  const store = await memStore();
  const d = doc();
  await storeDocument(store, 'old', d, { analyze: fakeAnalyze('v1', 3), version: 'v1' });
  const r = await storeDocument(store, 'new', d, { analyze: fakeAnalyze('v2', 2), version: 'v2' });
  assert.equal(r.status, 'ok');
  const events = await store.events.byDoc(d.id);
  assert.equal(events.length, 2);
  assert.ok(events.every((e) => e.version === 'v2'));
  assert.equal(await store.documents.count(), 1);
  await store.close();
});

test('documents that cannot be coded are stored once, not analyzed', async () => {
  const store = await memStore();
  const a = fakeAnalyze('v1');
  const undated = buildDocument({ kind: 'text', origin: 't', text: 'Officials met in the capital to discuss the harvest.' });
  assert.equal((await storeDocument(store, 'x', undated, { analyze: a, version: 'v1' })).status, 'ok');
  assert.equal((await storeDocument(store, 'x', undated, { analyze: a, version: 'v1' })).status, 'duplicate');
  assert.equal(a.calls, 0);
  await store.close();
});

test('PostgreSQL: concurrent deliveries from separate connections store one copy', { skip: await pgSkip() }, async () => {
  const h = harness('postgres');
  const stores = [await h.open(), await h.open(), await h.open()];
  try {
    const a = fakeAnalyze('v1', 3);
    const d = doc();
    const results = await Promise.all(stores.map((s, i) => storeDocument(s, `job${i}`, d, { analyze: a, version: 'v1' })));
    assert.deepEqual(results.map((r) => r.status).sort(), ['duplicate', 'duplicate', 'ok']);
    assert.equal(await stores[0]!.documents.count(), 1);
    const ids = (await stores[0]!.events.byDoc(d.id)).map((e) => e.id).sort();
    assert.deepEqual(ids, [0, 1, 2].map((i) => `${d.id}:${i}`));
  } finally {
    for (const s of stores) await s.close();
    await h.dispose();
  }
});
