import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByDay } from './histogram.js';

test('events are counted per day and quad, empty days included', () => {
  const days = countByDay([
    { date: '2025-05-10', quad: 4 }, { date: '2025-05-10', quad: 1 }, { date: '2025-05-12', quad: 4 }, { date: 'undated', quad: 2 },
  ]);
  assert.deepEqual(days.map((d) => [d.date, d.total]), [['2025-05-10', 2], ['2025-05-11', 0], ['2025-05-12', 1]]);
  assert.deepEqual(days[0]?.quads, [1, 0, 0, 1]);
  assert.deepEqual(countByDay([]), []);
});
