import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escalationFromDaily, seriesFromDaily, type DailyAggregate } from './daily.js';
import { dyadSeries } from './dyads.js';
import { escalationSeries } from './escalation.js';
import { ev } from './fixtures.test-util.js';

const events = [
  ev('2024-03-01', 'ARNGOV', 'GONGOV', '051', 3.4),
  ev('2024-03-05', 'ARNMIL', 'GONMIL', '190', -10),
  ev('2024-03-06', 'GONMIL', 'ARNMIL', '195', -10),
  ev('2024-03-06', 'ARNMIL', 'GON', '112', -2),
  ev('2024-03-08', 'ARNGOV', 'GONGOV', '0871', 9),
];

/** What the database returns: count and Goldstein sum per day and quad. */
function aggregate(): DailyAggregate[] {
  const m = new Map<string, DailyAggregate>();
  for (const e of events) {
    const k = `${e.date}|${e.quad}`;
    const r = m.get(k) ?? { date: e.date, quad: e.quad, n: 0, goldsteinSum: 0 };
    r.n++;
    r.goldsteinSum += e.goldstein;
    m.set(k, r);
  }
  return [...m.values()];
}

test('series and escalation from daily aggregates equal the per-event computation (one outlet per event)', () => {
  assert.deepEqual(seriesFromDaily(aggregate(), {}), dyadSeries(events, { a: 'ARN', b: 'GON' }));
  assert.deepEqual(seriesFromDaily(aggregate(), { granularity: 'week' }), dyadSeries(events, { a: 'ARN', b: 'GON', granularity: 'week' }));
  assert.deepEqual(escalationFromDaily(aggregate(), { to: '2024-03-12' }), escalationSeries(events, { a: 'ARN', b: 'GON', to: '2024-03-12' }));
});

test('a from-date keeps the history before it in the index', () => {
  const rows = escalationFromDaily(aggregate(), { from: '2024-03-07' });
  assert.equal(rows[0]?.date, '2024-03-07');
  assert.ok((rows[0]?.index ?? 0) > 10);
});
