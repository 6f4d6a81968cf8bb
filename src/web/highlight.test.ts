import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, locate, type Mark } from './highlight.js';

const text = 'The army shelled the town on Friday evening, officials said.';

test('segments cover the text exactly and carry their marks', () => {
  const marks: Mark[] = [
    { kind: 'event', start: 0, end: 43, ref: 'e1' },
    { kind: 'actor', start: 4, end: 8, ref: 'MIL' },
    { kind: 'time', start: 29, end: 43, ref: 'fri' },
  ];
  const segs = segment(text, marks);
  assert.equal(segs.map((s) => s.text).join(''), text);
  const army = segs.find((s) => s.text === 'army');
  assert.deepEqual(army?.marks.map((m) => m.kind), ['event', 'actor']);
  const tail = segs.at(-1);
  assert.equal(tail?.marks.length, 0);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
});

test('bad spans are clamped or dropped, never thrown on', () => {
  const segs = segment('abc', [
    { kind: 'actor', start: -5, end: 2, ref: 'x' },
    { kind: 'event', start: 2, end: 99, ref: 'y' },
    { kind: 'time', start: 2, end: 2, ref: 'z' },
    { kind: 'time', start: Number.NaN, end: 3, ref: 'n' },
  ]);
  assert.deepEqual(segs.map((s) => [s.text, s.marks.map((m) => m.ref)]), [['ab', ['x']], ['c', ['y']]]);
  assert.deepEqual(segment('', []), []);
});

test('markup-looking text stays text', () => {
  const t = '<img src=x onerror=alert(1)> said <b>';
  const segs = segment(t, [{ kind: 'actor', start: 0, end: 28, ref: 'a' }]);
  assert.equal(segs[0]?.text, '<img src=x onerror=alert(1)>');
});

test('stated times are located inside the evidence span', () => {
  assert.deepEqual(locate(text, 'Friday evening', 0, 44), [29, 43]);
  assert.deepEqual(locate(text, 'friday evening', 10, 60), [29, 43]);
  assert.equal(locate(text, 'Friday', 30, 60), null);
  assert.equal(locate(text, undefined, 0, 60), null);
});
