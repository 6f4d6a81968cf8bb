import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dstActive, isoOf, isoOfDate, parseIso, weekday } from './calendar.js';

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

  test('parseIso agrees with Date.UTC on any YYYY-MM-DD of digits (two-digit years, month and day overflow), weekday with getUTCDay', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      assert.equal(parseIso(iso), Date.UTC(y, m - 1, d), iso);
      assert.equal(weekday(iso), new Date(Date.UTC(y, m - 1, d)).getUTCDay(), iso);
    }), { numRuns: 5000 });
    for (const iso of ['0000-01-01', '0099-12-31', '0100-01-01', '1970-01-01', '2024-02-29', '2025-00-00', '2025-13-45', '9999-12-31', '9999-99-99']) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      assert.equal(parseIso(iso), Date.UTC(y, m - 1, d), iso);
    }
  });

  test('dstActive is stable when asked again (memoized)', () => {
    for (const d of ['2025-03-09', '2025-03-08', '2025-11-02', '2025-11-01']) assert.equal(dstActive('us', d), dstActive('us', d));
    assert.equal(dstActive('us', '2025-03-09'), true);
    assert.equal(dstActive('us', '2025-03-08'), false);
    assert.equal(dstActive('eu', '2025-03-30'), true);
    assert.equal(dstActive('eu', '2025-03-29'), false);
  });
});
