/**
 * The end a truce is given when declared or agreed ("until midnight on Sunday", "from ... to ..."), on
 * invented 2031 wire texts: kept as `until`, apart from a reported expiry; on the timeline only when stated.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../../src/engine/analyze.js';
import { renderText, type ArticleReport } from '../../src/story/index.js';

let analyze: Analyzer;
before(async () => {
  analyze = await createAnalyzer();
});
const report = (text: string, published: string): ArticleReport => analyze({ id: 't', text, published }).report;

describe('the stated end of a truce', () => {
  test('"from 7 p.m. Moscow time (1600 GMT) on Saturday until midnight on Sunday": effective to the minute, until the close of Sunday', () => {
    const r = report('Russia declared a unilateral truce in Ukraine from 7 p.m. Moscow time (1600 GMT) on Saturday until midnight on Sunday, the Kremlin said.', '2031-03-10');
    const c = r.ceasefires[0];
    assert.equal(c?.effective?.utc, '2031-03-08T16:00:00Z');
    assert.equal(c?.until?.utc, '2031-03-09T21:00:00Z');
    assert.equal(c?.until?.stated, 'midnight on Sunday');
    assert.equal(c?.expired, undefined, 'a stated end is no report that it ended');
    const ends = r.timeline.filter((t) => t.kind === 'ceasefire-ends');
    assert.deepEqual(ends.map((t) => [t.when.utc, t.what]), [['2031-03-09T21:00:00Z', 'ceasefire between Russia and Ukraine ends']]);
    assert.match(renderText(r), /until: 2031-03-09T21:00Z “midnight on Sunday”/);
  });

  test('"a 72-hour truce from midnight on May 8 to midnight on May 11": the end of the window, midnight to midnight', () => {
    const c = report('Armenia and Azerbaijan agreed a 72-hour truce from midnight on May 8 to midnight on May 11, officials said.', '2031-05-05').ceasefires[0];
    assert.equal(c?.effective?.date, '2031-05-08');
    assert.equal(c?.until?.date, '2031-05-11');
    assert.equal(c?.until?.precision, 'hour');
  });

  test('"will hold through Sunday": the day, as stated', () => {
    const c = report('Armenia and Azerbaijan agreed on Tuesday to a truce that will hold through Sunday, officials said.', '2031-03-11').ceasefires[0];
    assert.deepEqual([c?.until?.date, c?.until?.precision, c?.until?.utc], ['2031-03-16', 'day', undefined]);
  });

  test('no end stated: no until and no "ends" entry (nothing invented)', () => {
    const r = report('Armenia and Azerbaijan agreed a truce that took effect at 6 p.m. local time on Saturday, officials said.', '2031-03-10');
    assert.equal(r.ceasefires[0]?.until, undefined);
    assert.equal(r.timeline.filter((t) => t.kind === 'ceasefire-ends').length, 0);
  });

  test('an end of something else in the sentence, or an extension\'s new end, is not the truce\'s', () => {
    const other = report('Armenia and Azerbaijan agreed a truce on Tuesday, and talks will go on until Friday, officials said.', '2031-03-11').ceasefires[0];
    assert.equal(other?.until, undefined);
    const ext = report('Armenia and Azerbaijan agreed to extend their truce until Friday, officials said.', '2031-03-11').ceasefires[0];
    assert.equal(ext?.until, undefined);
    assert.equal(ext?.extensions.length, 1);
  });

  test('a bare weekday as the end of a truce declared or running now is the coming one (published Wednesday 12 March 2031)', () => {
    const paused = report('Armenia and Azerbaijan agreed a pause in fighting until Sunday, officials said.', '2031-03-12');
    assert.equal(paused.ceasefires[0]?.until?.date, '2031-03-16');
    // (the agreement itself is dated on the report's day, not by its end)
    assert.ok(paused.events.length > 0 && paused.events.every((e) => e.when.date === '2031-03-12'));
    const runs = report('Armenia and Azerbaijan agreed a truce on Monday. The ceasefire runs until Friday, the foreign ministry said.', '2031-03-12');
    assert.equal(runs.ceasefires[0]?.until?.date, '2031-03-14');
    const valid = report('Armenia and Azerbaijan declared a ceasefire that is valid until Wednesday, officials said.', '2031-03-12');
    assert.equal(valid.ceasefires[0]?.until?.date, '2031-03-12', 'the report\'s own weekday: that day');
  });

  test('a truce told as over keeps the last such day, and so do the events of a past-tense report', () => {
    const declared = report('Armenia declared a truce with Azerbaijan until Sunday, officials said.', '2031-03-12');
    assert.equal(declared.ceasefires[0]?.until?.date, '2031-03-16');
    const over = report('Armenia had declared a truce with Azerbaijan until Sunday, officials said.', '2031-03-12');
    assert.equal(over.ceasefires[0]?.until?.date, '2031-03-09');
    const r = analyze({ id: 't', text: 'Armenian forces shelled Azerbaijani positions until Friday, the defence ministry said.', published: '2031-03-12' });
    assert.ok(r.events.length > 0);
    assert.ok(r.events.every((e) => e.when.date === undefined || e.when.date <= '2031-03-12'), JSON.stringify(r.events.map((e) => e.when)));
  });

  test('a proposal\'s end is no end of a truce', () => {
    const r = report('Ukraine rejected a Russian proposal for a truce until midnight on Sunday, officials said.', '2031-03-10');
    assert.ok(r.ceasefires.every((c) => c.until === undefined));
  });
});

describe('the expiry told after a stated end', () => {
  test('"until midnight on Sunday ... The truce ended at midnight": the expiry is the stated end', () => {
    const r = report(
      'NAIROBI, June 9 (Wire) - Kenya and Somalia agreed to a truce from 6 p.m. on Saturday until midnight on Sunday. ' +
        'Somali officials said the truce ended at midnight.',
      '2031-06-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c?.until && c.expired, JSON.stringify(c));
    assert.equal(c.expired.utc ?? c.expired.date, c.until.utc ?? c.until.date);
  });
});
