import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scales, NARROW, WIDE } from './chart.js';

const rows = [
  { date: '2025-05-01', index: 0, delta: 0, events: 0, level: 'calm' },
  { date: '2025-05-11', index: 50, delta: 50, events: 4, level: 'high' },
];

test('the chart scale spans the days and the index range inside the box', () => {
  for (const size of [WIDE, NARROW]) {
    const sc = scales(rows, [], size);
    const x0 = sc.x(sc.d0), x1 = sc.x(sc.d1);
    assert.ok(x0 > 0 && x1 < size.w && x1 > x0);
    assert.ok(sc.y(0) < size.h && sc.y(sc.max) > 0 && sc.y(50) < sc.y(0));
  }
});

test('ceasefire times outside the series widen the day range', () => {
  const cf = Date.parse('2025-05-20T11:30:00Z') / 86_400_000;
  assert.equal(scales(rows, [cf]).d1, cf);
});

test('an empty series still yields a usable scale', () => {
  const sc = scales([]);
  assert.ok(Number.isFinite(sc.x(0)) && Number.isFinite(sc.y(0)));
});
