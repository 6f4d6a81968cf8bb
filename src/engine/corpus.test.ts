import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import { buildDocument } from '../ingest/index.js';
import { storeDocument } from './store-document.js';
import { createAnalyzer, toArticleAnalysis } from './analyze.js';
import { ceasefireViews } from './corpus.js';

/** An in-memory store and the article analysis the engine stores with documents. */
async function analyzedStore() {
  const store = await openStore({ kind: 'sqlite', path: ':memory:' });
  const analyzer = await createAnalyzer();
  return { store, analyze: (d: Parameters<typeof analyzer>[0]) => toArticleAnalysis(analyzer(d)) };
}

test('a truce an article reports expired reads EXPIRED across the corpus, and a denial is kept as a statement', async () => {
  const { store, analyze } = await analyzedStore();
  const first = buildDocument({
    kind: 'text', origin: 't', published: '2031-03-02',
    text: 'TUNIS, March 2 (Wire) - Libya and Tunisia agreed on Monday to a 48-hour truce along their border, officials said. The truce took effect at 1800 GMT on Monday.',
  });
  const second = buildDocument({
    kind: 'text', origin: 't', published: '2031-03-05',
    text: 'TUNIS, March 5 (Wire) - The 48-hour truce between Libya and Tunisia expired on Wednesday. Tunisia denied that any clashes had taken place during the truce.',
  });
  for (const d of [first, second]) assert.equal((await storeDocument(store, 'job', d, { analyze, version: 't' })).status, 'ok');
  const views = await ceasefireViews(store, '2031-03-06T00:00:00Z');
  const truce = views.find((v) => v.parties.join() === 'LBY,TUN');
  assert.ok(truce, views.map((v) => v.parties.join('–')).join('; '));
  assert.equal(truce.status.status, 'expired', JSON.stringify(truce.status.history));
  const stored = await store.ceasefires.list({ limit: 100 });
  assert.ok(stored.some((c) => c.statements.some((s) => s.kind === 'deny')), 'the denial is stored');
  await store.close();
});

test('a truce given an end ("until midnight on Sunday") stores the end and reads EXPIRED once past it; its expiry time is stored too', async () => {
  const { store, analyze } = await analyzedStore();
  const first = buildDocument({
    kind: 'text', origin: 't', published: '2031-03-07',
    text: 'TUNIS, March 7 (Wire) - Libya and Tunisia agreed on Friday to a truce along their border from 6 p.m. (1700 GMT) on Saturday until midnight on Sunday, officials said.',
  });
  const second = buildDocument({
    kind: 'text', origin: 't', published: '2031-04-12',
    text: 'TUNIS, April 12 (Wire) - The truce between Libya and Tunisia expired at midnight on Friday (2300 GMT), officials said.',
  });
  for (const d of [first, second]) assert.equal((await storeDocument(store, 'job', d, { analyze, version: 't' })).status, 'ok');
  const stored = await store.ceasefires.list({ limit: 100 });
  const statements = stored.flatMap((c) => c.statements.filter((s) => s.kind === 'until' || s.kind === 'expire').map((s) => [s.kind, s.statedTime]));
  // (Tunisia keeps UTC+1 all year: midnight closing Sunday 9 March is 2300 GMT on Sunday)
  assert.deepEqual(statements.sort(), [['expire', '2031-04-11T23:00:00Z'], ['until', '2031-03-09T23:00:00Z']]);
  const at = async (now: string) => (await ceasefireViews(store, now)).find((v) => v.parties.join() === 'LBY,TUN' && v.effectiveUtc === '2031-03-08T17:00:00Z');
  assert.equal((await at('2031-03-09T12:00:00Z'))?.status.status, 'in-effect');
  const past = await at('2031-03-11T00:00:00Z');
  assert.equal(past?.status.status, 'expired', JSON.stringify(past?.status.history));
  assert.equal(past?.status.history.at(-1)?.from, '2031-03-09T23:00:00Z');
  await store.close();
});

test('a truce one side accepted and the other rejected is stored with its accepting side and reads ACCEPTED-BY-ONE-SIDE across the corpus', async () => {
  const { store, analyze } = await analyzedStore();
  const first = buildDocument({
    kind: 'text', origin: 't', published: '2031-03-06',
    text: 'NAIROBI, March 6 (Wire) - Kenya said on Thursday it had accepted a 10-day truce proposed by Tanzania. Somalia rejected the truce, saying it was a ploy.',
  });
  assert.equal((await storeDocument(store, 'job', first, { analyze, version: 't' })).status, 'ok');
  const stored = await store.ceasefires.list({ limit: 100 });
  assert.ok(stored.some((c) => c.status === 'accepted-by-one-side' && c.statements.some((s) => s.kind === 'confirm' && s.party === 'KEN')), JSON.stringify(stored.map((c) => [c.status, c.statements])));
  const one = (await ceasefireViews(store, '2031-03-07T00:00:00Z')).find((v) => v.parties.join() === 'KEN,SOM');
  assert.deepEqual(one?.acceptedBy, ['KEN'], JSON.stringify(one));
  assert.equal(one?.status.status, 'accepted-by-one-side', JSON.stringify(one?.status));
  await store.close();
});
