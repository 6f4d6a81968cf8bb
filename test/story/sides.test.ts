/**
 * Which side did what, on short invented wire texts (fictional events in 2031 between real states,
 * so that the actor dictionary knows them): a truce accepted by one side only, proposers that are
 * not mediators, and a side's own report of its strike that accuses nobody.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, toArticleAnalysis, type Analyzer } from '../../src/engine/analyze.js';
import type { ArticleReport } from '../../src/story/index.js';

let analyze: Analyzer;
before(async () => {
  analyze = await createAnalyzer();
});
const report = (text: string, published = '2031-05-08'): ArticleReport => analyze({ id: 't', text, published }).report;

describe('a truce accepted by one side', () => {
  test('one side agreed, the other did not respond: accepted by one side, not agreed, nothing on the timeline', () => {
    const r = report(
      'JUBA, May 8 (Wire) - The SPLM-IO rebels said on Thursday they had agreed to a seven-day humanitarian truce proposed by Kenya and Ethiopia. ' +
        "South Sudan's army did not respond to the proposal.",
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(r.ceasefires.length, 1);
    assert.deepEqual(c.parties, ['SSD', 'SSDREB']);
    assert.equal(c.status, 'accepted-by-one-side');
    assert.equal(c.kind, 'reference');
    assert.deepEqual(c.acceptedBy, ['SSDREB']);
    assert.equal(c.rejectedBy, undefined);
    assert.ok(!r.timeline.some((t) => t.kind.startsWith('ceasefire-')), 'a truce one side accepted neither took effect nor was announced as agreed');
  });

  test('one side accepted, the other rejected it in the next sentence: one record between the two, the proposer neither party nor mediator', () => {
    const r = report(
      'NAIROBI, May 8 (Wire) - Kenya said on Thursday it had agreed to a ceasefire along the border proposed by Tanzania. ' +
        'Somalia rejected the truce, calling it a trap.',
    );
    assert.equal(r.ceasefires.length, 1, JSON.stringify(r.ceasefires.map((c) => [c.parties, c.status])));
    const c = r.ceasefires[0]!;
    assert.deepEqual(c.parties, ['KEN', 'SOM']);
    assert.equal(c.status, 'accepted-by-one-side');
    assert.deepEqual(c.acceptedBy, ['KEN']);
    assert.deepEqual(c.rejectedBy, ['SOM']);
    assert.deepEqual(c.proposedBy, ['TZA']);
    assert.deepEqual(c.mediators, []);
    assert.equal(c.statusEvidence?.length, 2, 'the acceptance and the refusal');
  });

  test('"accepted ..., but X turned it down" in one sentence', () => {
    const c = report('NAIROBI, May 8 (Wire) - The Kenyan government on Thursday accepted a 10-day truce put forward by the African Union, but Somalia turned it down, saying it was a ploy.').ceasefires[0];
    assert.ok(c);
    assert.equal(c.status, 'accepted-by-one-side');
    assert.deepEqual(c.acceptedBy, ['KEN']);
    assert.deepEqual(c.proposedBy, ['IGOAFU']);
  });

  test('the other side accepting only on a condition has not accepted', () => {
    const r = report(
      'NAIROBI, May 8 (Wire) - Kenya said on Thursday it had accepted a truce proposed by Tanzania. ' +
        'Somalia said it would accept the truce only if Kenyan troops withdrew from the border town of Dhobley.',
    );
    assert.equal(r.ceasefires.length, 1);
    assert.deepEqual(r.ceasefires[0]?.parties, ['KEN', 'SOM']);
    assert.equal(r.ceasefires[0]?.status, 'accepted-by-one-side');
  });

  test('both sides agreeing — together, or each in turn — is agreed', () => {
    for (const text of [
      'NAIROBI, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a ceasefire proposed by Tanzania, officials said.',
      'NAIROBI, May 8 (Wire) - Kenya said on Thursday it had agreed to a truce with Somalia. Somalia also accepted the truce on Friday.',
      'NAIROBI, May 8 (Wire) - Kenya said on Thursday it had agreed to a truce with Somalia. The ceasefire took effect at 6 p.m.',
    ]) {
      const c = report(text).ceasefires[0];
      assert.ok(c, text);
      assert.equal(c.status, 'agreed', text);
      assert.equal(c.kind, 'agreement', text);
      assert.equal(c.acceptedBy, undefined, text);
    }
  });

  test('a party proposing and the other accepting is not one-sided', () => {
    const c = report('NAIROBI, May 8 (Wire) - Somalia on Thursday accepted a Kenyan proposal for a truce along their border.').ceasefires[0];
    assert.ok(c);
    assert.notEqual(c.status, 'accepted-by-one-side');
  });

  test('the stored record keeps the status (the cross-article status must not read it as announced)', () => {
    const a = analyze({
      id: 't', published: '2031-05-08',
      text: 'NAIROBI, May 8 (Wire) - Kenya said on Thursday it had agreed to a ceasefire along the border proposed by Tanzania. Somalia rejected the truce, calling it a trap.',
    });
    assert.equal(toArticleAnalysis(a).ceasefires?.[0]?.status, 'accepted-by-one-side');
  });
});

describe('proposers are not mediators', () => {
  test('"a ceasefire proposed by the US and Saudi Arabia": proposers, no mediators', () => {
    const c = report('DOHA, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a ceasefire proposed by the United States and Saudi Arabia, officials said.').ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.parties, ['KEN', 'SOM']);
    assert.deepEqual(c.mediators, []);
    assert.deepEqual(c.proposedBy, ['SAU', 'USA']);
  });

  test('"a truce plan put forward by Qatar": a proposer; "which also hosted the talks": a mediator too', () => {
    const only = report('DOHA, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a truce plan put forward by Qatar, officials said.').ceasefires[0];
    assert.deepEqual(only?.mediators, []);
    assert.deepEqual(only?.proposedBy, ['QAT']);
    const hosting = report('DOHA, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a truce plan put forward by Qatar, which also hosted the talks, officials said.').ceasefires[0];
    assert.deepEqual(hosting?.mediators, ['QAT']);
    assert.deepEqual(hosting?.proposedBy, ['QAT']);
  });

  test('one brokers, another proposes; a proposer told mediating elsewhere in the article is a mediator', () => {
    const c = report('DOHA, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a ceasefire brokered by Qatar and proposed by Egypt, officials said.').ceasefires[0];
    assert.deepEqual(c?.mediators, ['QAT'], 'the speaker after the list ("officials said") is not on it');
    assert.deepEqual(c?.proposedBy, ['EGY']);
    const d = report(
      'NAIROBI, May 8 (Wire) - Kenya and Somalia agreed on Thursday to a ceasefire proposed by Egypt. ' +
        'Egypt mediated between Kenya and Somalia for a week, officials said.',
    ).ceasefires[0];
    assert.deepEqual(d?.mediators, ['EGY']);
    assert.deepEqual(d?.proposedBy, ['EGY']);
  });
});

describe("a side's own report of its act", () => {
  test('"the Israeli military said its aircraft struck ... despite the truce": an admitted incident, no accusation', () => {
    const text = 'BEIRUT, May 8 (Wire) - The Israeli military said its aircraft struck a Hezbollah rocket depot in southern Lebanon on Thursday, despite the truce that took effect last week.';
    const a = analyze({ id: 't', published: '2031-05-08', text });
    const c = a.report.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.violations.map((v) => [v.kind, v.by, v.against, v.admitted]), [['incident', 'ISR', 'LBNREB', true]]);
    const stored = toArticleAnalysis(a).ceasefires?.[0];
    assert.ok(!stored?.statements.some((s) => s.kind === 'accuse'), 'no accusation stored');
  });

  test('a side telling its own strike with the other side\'s fire, or the other side violating, still accuses', () => {
    for (const text of [
      'BEIRUT, May 8 (Wire) - The Israeli military said its jets struck a Hezbollah launch site in southern Lebanon on Thursday, after Hezbollah fighters fired rockets at the town of Metula in violation of the ceasefire.',
      'BEIRUT, May 8 (Wire) - The Israeli military said its jets struck a Hezbollah launch site in southern Lebanon on Thursday, after the group violated the ceasefire that took effect last week.',
    ]) {
      const v = report(text).ceasefires[0]?.violations[0];
      assert.deepEqual([v?.kind, v?.by, v?.against], ['accusation', 'ISR', 'LBNREB'], text);
    }
  });

  test('a side telling the other side\'s shelling accuses it', () => {
    const r = report(
      'NAIROBI, May 8 (Wire) - Kenya and Somalia agreed to a ceasefire on Monday. ' +
        'On Thursday the Kenyan army said Somali troops shelled its positions near the border, despite the truce.',
    );
    const v = r.ceasefires[0]?.violations[0];
    assert.deepEqual([v?.kind, v?.by, v?.against, v?.admitted], ['accusation', 'KEN', 'SOM', undefined]);
  });

  test('a side telling its own strike in a later sentence of the truce: admitted', () => {
    const r = report(
      'NAIROBI, May 8 (Wire) - Kenya and Somalia agreed to a ceasefire on Monday. ' +
        'On Thursday the Kenyan army said its drones struck a Somali militia camp near the border, despite the truce.',
    );
    const v = r.ceasefires[0]?.violations[0];
    assert.deepEqual([v?.kind, v?.by, v?.against, v?.admitted], ['incident', 'KEN', 'SOM', true]);
  });
});

describe('a truce of both is not one side\'s acceptance', () => {
  test('"X agreed to a truce with Y" with nothing more is agreed', () => {
    const r = report('ISTANBUL, March 4 (Wire) - Armenia agreed to a truce with Azerbaijan on Tuesday, Turkish officials said.');
    assert.equal(r.ceasefires[0]?.status, 'agreed');
  });
  test('the other side\'s silence told ("The army did not respond") leaves the truce accepted by one side', () => {
    const r = report('KHARTOUM, March 4 (Wire) - The Rapid Support Forces said on Tuesday they had agreed to a humanitarian truce proposed by Egypt. The army did not respond to the proposal.');
    assert.equal(r.ceasefires[0]?.status, 'accepted-by-one-side');
    const later = report('KHARTOUM, March 4 (Wire) - The Rapid Support Forces said on Tuesday they had agreed to a humanitarian truce proposed by Egypt. The army-aligned government did not immediately accept the plan.');
    assert.equal(later.ceasefires[0]?.status, 'accepted-by-one-side');
  });
});
