import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventCache } from './cache.js';
import { ev, fixture, type Fixture } from './testing.js';

describe('EventCache', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());

  test('reuses a value while the store is unchanged and recomputes when events change', async () => {
    const cache = new EventCache(f.store, 60_000);
    let runs = 0;
    const compute = async () => ++runs;
    assert.equal(await cache.memo('k', compute), 1);
    assert.equal(await cache.memo('k', compute), 1);
    const before = (await cache.events({ dyad: ['IND', 'PAK'] })).length;
    await f.store.documents.put({ id: 'd9', language: 'en', supported: true, text: 'Another synthetic text.', kind: 'text', published: '2026-05-11' });
    await f.store.articles.save('d9', { events: [ev('d9', 'e9', 'PAKGOV', 'INDGOV', '111', 3, -2, '2026-05-11')], actors: [], roleConflicts: [] }, 'v');
    assert.equal(await cache.memo('k', compute), 2, 'the counts moved');
    assert.equal((await cache.events({ dyad: ['IND', 'PAK'] })).length, before + 1);
    cache.invalidate();
    assert.equal(await cache.memo('k', compute), 3);
  });

  test('a TTL of 0 disables it', async () => {
    const cache = new EventCache(f.store, 0);
    let runs = 0;
    await cache.memo('k', async () => ++runs);
    await cache.memo('k', async () => ++runs);
    assert.equal(runs, 2);
  });
});
