import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ceasefireHeadline, ceasefireSummary, instantText, statedEndText, truceEnds } from './truces.js';

const base = { parties: ['ARM', 'AZE'], effectiveUtc: '2031-03-08T16:00:00Z', docIds: ['d1', 'd2'], status: { status: 'in-effect' } };

test('an instant reads to the minute, a day as it is', () => {
  assert.equal(instantText('2031-03-09T21:00:00Z'), '2031-03-09T21:00Z');
  assert.equal(instantText('2031-03-09T21:00:00.000Z'), '2031-03-09T21:00Z');
  assert.equal(instantText('2031-03-09T21:00:15Z'), '2031-03-09T21:00:15Z');
  assert.equal(instantText('2031-03-09'), '2031-03-09');
});

test('the stated end: an instant as stated, a day through its end', () => {
  assert.equal(statedEndText('2031-03-09T21:00:00Z'), 'until 2031-03-09T21:00Z (stated end)');
  assert.equal(statedEndText('2031-03-09'), 'until the end of 2031-03-09 (stated end)');
});

test('the stated end and an extension\'s end are told apart; none, nothing', () => {
  assert.equal(truceEnds({}), '');
  assert.equal(truceEnds({ until: '2031-03-09T21:00:00Z' }), ', until 2031-03-09T21:00Z (stated end)');
  assert.equal(truceEnds({ extendedUntil: '2031-03-16' }), ', extended until 2031-03-16');
  assert.equal(truceEnds({ until: '2031-03-09', extendedUntil: '2031-03-16' }), ', until the end of 2031-03-09 (stated end), extended until 2031-03-16');
});

test('`brink ceasefires` and `brink start` lines carry both ends', () => {
  const c = { ...base, until: '2031-03-09T21:00:00Z', extendedUntil: '2031-03-16' };
  assert.equal(ceasefireHeadline(c), 'ARM–AZE  IN-EFFECT  effective 2031-03-08T16:00:00Z, until 2031-03-09T21:00Z (stated end), extended until 2031-03-16');
  assert.equal(ceasefireSummary(c), 'ARM–AZE effective 2031-03-08T16:00:00Z — in-effect, until 2031-03-09T21:00Z (stated end), extended until 2031-03-16 (2 articles)');
  assert.equal(ceasefireHeadline(base), 'ARM–AZE  IN-EFFECT  effective 2031-03-08T16:00:00Z');
});
