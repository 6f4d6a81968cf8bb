import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dstActive, isoOf, isoOfDate } from './calendar.js';

describe('calendar', () => {
  test('isoOf agrees with Date#toISOString on any instant (years 0–9999 and beyond)', () => {
    const MAX = 8.64e15;
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -62167219200000, max: 253402300799999 }), fc.double({ min: -MAX, max: MAX, noNaN: true })), (ms) => {
      assert.equal(isoOf(ms), isoOfDate(ms));
    }), { numRuns: 5000 });
    for (const ms of [0, -1, 86_399_999, 86_400_000, -86_400_000, Date.UTC(2024, 1, 29), Date.UTC(2000, 1, 29), Date.UTC(1900, 2, 1), Date.UTC(0, 0, 1) - 1, -0.5, 0.5]) {
      assert.equal(isoOf(ms), isoOfDate(ms), String(ms));
    }
    assert.throws(() => isoOf(NaN), RangeError);
  });

  test('dstActive is stable when asked again (memoized)', () => {
    for (const d of ['2025-03-09', '2025-03-08', '2025-11-02', '2025-11-01']) assert.equal(dstActive('us', d), dstActive('us', d));
    assert.equal(dstActive('us', '2025-03-09'), true);
    assert.equal(dstActive('us', '2025-03-08'), false);
    assert.equal(dstActive('eu', '2025-03-30'), true);
    assert.equal(dstActive('eu', '2025-03-29'), false);
  });
});
