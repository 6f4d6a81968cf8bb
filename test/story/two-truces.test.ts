/**
 * Two truces between the same parties in one article (invented wire texts, 2031): a truce noun
 * phrase with marks of its own — "a 72-hour truce agreed on Wednesday ... broke down on Friday",
 * "the truce agreed in July", "last week's truce" — told agreed or over before the article's truce
 * was agreed is a record of its own; "the truce", "the ceasefire" without marks stay with the
 * current one. Across the corpus the earlier truce's collapse does not end the agreed one.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, toArticleAnalysis, type Analyzer } from '../../src/engine/analyze.js';
import { openStore } from '../../src/store/index.js';
import { buildDocument } from '../../src/ingest/index.js';
import { storeDocument } from '../../src/engine/store-document.js';
import { ceasefireViews } from '../../src/engine/corpus.js';
import type { ArticleReport } from '../../src/story/index.js';

let analyze: Analyzer;
before(async () => {
  analyze = await createAnalyzer();
});
const report = (text: string, published: string): ArticleReport => analyze({ id: 't', text, published }).report;

/** Published Monday 12 May 2031: a truce agreed that day, and one of the week before that broke down. */
const HORN =
  'ASMARA, May 12 (Wire) — Ethiopia and Eritrea agreed on Monday to an immediate ceasefire after talks in Nairobi mediated by Kenya, ending ten days of clashes along their shared border. ' +
  "Kenya's foreign ministry said the two governments would meet again next week to make the truce last. " +
  "A 72-hour truce agreed on Wednesday at Eritrea's request broke down on Friday, when Ethiopian artillery shelled the border town of Zalambessa.";

describe('two truces in one article', () => {
  test('an earlier truce with its own length and agreement day, told broken down, is a record of its own', () => {
    const r = report(HORN, '2031-05-12');
    assert.equal(r.ceasefires.length, 2, JSON.stringify(r.ceasefires.map((c) => c.evidence.map((e) => e.text.slice(0, 30)))));
    const [now, then] = r.ceasefires;
    assert.equal(now!.kind, 'agreement');
    assert.deepEqual(now!.parties, ['ERI', 'ETH']);
    assert.deepEqual(now!.mediators, ['KEN']);
    assert.equal(now!.status, 'agreed');
    assert.equal(now!.agreed?.date, '2031-05-12');
    assert.equal(now!.effective?.date, '2031-05-12');
    assert.equal(now!.duration, undefined, 'the 72 hours are the other truce\'s');
    assert.ok(!now!.evidence.some((e) => /72-hour/.test(e.text)));
    assert.equal(then!.kind, 'reference');
    assert.deepEqual(then!.parties, ['ERI', 'ETH']);
    assert.equal(then!.agreed?.date, '2031-05-07');
    assert.match(then!.duration ?? '', /^72-hour/);
    assert.equal(then!.status, 'collapsed');
    assert.match(then!.statusEvidence?.[0]?.text ?? '', /broke down on Friday/);
    assert.deepEqual(then!.mediators, []);
  });

  test('"the truce agreed in July ... That truce had been mediated by X": the older truce with its own go-between', () => {
    const r = report(
      'KHARTOUM, Sept 14 (Wire) — Chad and Sudan agreed on Saturday to a ceasefire along their border, officials said. ' +
        'The truce took effect at midnight. The truce agreed in July between the two governments collapsed within a week. That truce had been mediated by Egypt.',
      '2031-09-14',
    );
    assert.equal(r.ceasefires.length, 2);
    const [now, then] = r.ceasefires;
    assert.equal(now!.status, 'agreed');
    assert.deepEqual(now!.mediators, []);
    assert.equal(now!.evidence.length, 2);
    assert.equal(then!.agreed?.date?.slice(0, 7), '2031-07');
    assert.equal(then!.status, 'collapsed');
    assert.deepEqual(then!.mediators, ['EGY']);
    assert.equal(then!.evidence.length, 2, 'the "that truce" sentence follows it');
  });

  test('"last week\'s truce ... collapsed on Tuesday" and "an earlier truce in March collapsed" are not the truce agreed on Saturday', () => {
    for (const older of [
      "Last week's truce between the two countries collapsed on Tuesday when Sudanese jets bombed a Chadian border post.",
      'An earlier truce in March collapsed after a few days.',
    ]) {
      const r = report(`KHARTOUM, Sept 14 (Wire) — Chad and Sudan agreed on Saturday to a ceasefire along their border, officials said. ${older}`, '2031-09-14');
      assert.equal(r.ceasefires.length, 2, older);
      assert.equal(r.ceasefires[0]!.status, 'agreed', older);
      assert.equal(r.ceasefires[1]!.status, 'collapsed', older);
      assert.deepEqual(r.ceasefires[1]!.parties, ['SDN', 'TCD'], older);
    }
  });

  test('one truce told twice stays one record: "took effect ... The truce appeared to be holding"; "the 30-day ceasefire agreed on Saturday"', () => {
    const r = report(
      'NAIROBI, July 20 (Wire) — Kenya and Somalia agreed on Saturday to a 30-day ceasefire brokered by Ethiopia. ' +
        'The ceasefire took effect at 5 pm on Saturday. The truce appeared to be holding on Sunday, residents said. ' +
        'Under the 30-day ceasefire agreed on Saturday, both armies are to pull back from the border.',
      '2031-07-20',
    );
    assert.equal(r.ceasefires.length, 1);
    assert.equal(r.ceasefires[0]!.status, 'holding');
    assert.match(r.ceasefires[0]!.duration ?? '', /^30-day/);
  });

  test('an indefinite truce told agreed the same day, and "the truce collapsed" after it was agreed, are the current truce', () => {
    const r = report(
      'KHARTOUM, Sept 14 (Wire) — Chad and Sudan agreed on Saturday to a 72-hour truce along their border, officials said. ' +
        'A 72-hour truce agreed on Saturday was meant to let aid through, Egypt said. ' +
        'The truce collapsed on Sunday morning after Sudanese jets bombed a Chadian border post.',
      '2031-09-14',
    );
    assert.equal(r.ceasefires.length, 1);
    assert.equal(r.ceasefires[0]!.status, 'collapsed');
  });

  test('across the corpus the earlier truce\'s collapse ends neither the truce agreed in the same article nor a later report of it', async () => {
    const store = await openStore({ kind: 'sqlite', path: ':memory:' });
    const an = (d: Parameters<Analyzer>[0]) => toArticleAnalysis(analyze(d));
    const docs = [
      { published: '2031-05-07', text: "ASMARA, May 7 (Wire) — Ethiopia and Eritrea agreed on Wednesday to a 72-hour truce along their border at Eritrea's request, officials said." },
      { published: '2031-05-12', text: HORN },
      { published: '2031-05-14', text: 'ASMARA, May 14 (Wire) — The ceasefire between Ethiopia and Eritrea appeared to be holding on Wednesday, residents of border towns said.' },
    ].map((d) => buildDocument({ kind: 'text', origin: 't', ...d }));
    for (const d of docs) assert.equal((await storeDocument(store, 'job', d, { analyze: an, version: 't' })).status, 'ok');
    const views = (await ceasefireViews(store, '2031-05-15T00:00:00Z')).filter((v) => v.parties.join() === 'ERI,ETH');
    const of = (doc: string) => views.filter((v) => v.docIds.includes(doc));
    const [a, b, c] = docs.map((d) => d.id);
    assert.equal(views.length, 2, JSON.stringify(views.map((v) => [v.docIds, v.status.status])));
    assert.equal(new Set(views.map((v) => v.id)).size, 2, 'distinct ids');
    const old = of(a!)[0]!;
    const agreed = of(c!)[0]!;
    assert.notEqual(old, agreed);
    assert.equal(old.status.status, 'collapsed', 'the 72-hour truce reported broken down');
    assert.ok(old.docIds.includes(b!) && agreed.docIds.includes(b!), 'the Monday article speaks of both');
    assert.notEqual(agreed.status.status, 'collapsed');
    assert.equal(agreed.agreedDate, '2031-05-12');
    await store.close();
  });
});
