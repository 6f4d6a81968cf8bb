import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escalationSeries, explain, topDyads, level, decay } from './escalation.js';
import { dyadSeries, sparkline } from './dyads.js';
import { ev } from './fixtures.test-util.js';

// A constructed series: quiet cooperation, three days of fighting, a truce, then calm.
const series = [
  ev('2024-03-01', 'ARNGOV', 'GONGOV', '051', 3.4),
  ev('2024-03-05', 'ARNMIL', 'GONMIL', '190', -10),
  ev('2024-03-06', 'GONMIL', 'ARNMIL', '195', -10),
  ev('2024-03-06', 'ARNMIL', 'GON', '194', -10),
  ev('2024-03-07', 'GONMIL', 'ARNMIL', '190', -10),
  ev('2024-03-08', 'ARNGOV', 'GONGOV', '0871', 9),
  ev('2024-03-08', 'GONGOV', 'ARNGOV', '0871', 9),
  ev('2024-03-03', 'ROHGOV', 'MORGOV', '112', -2), // another dyad
  ev('2024-03-06', 'ARNMIL', 'GONMIL', '190', -10, { modality: 'hypothetical' }), // not an event
];

test('the index follows the documented recurrence E(d) = λ·E(d−1) + Σ w(e)', () => {
  const rows = escalationSeries(series, { a: 'ARN', b: 'GON' });
  assert.equal(rows[0]?.date, '2024-03-01');
  assert.equal(rows[0]?.index, -3.4);
  const lambda = decay();
  let e = 0;
  const daily: Record<string, number> = { '2024-03-01': -3.4, '2024-03-05': 10, '2024-03-06': 20, '2024-03-07': 10, '2024-03-08': -18 };
  for (const r of rows) {
    e = e * lambda + (daily[r.date] ?? 0);
    assert.ok(Math.abs(r.index - e) < 0.01, `${r.date}: ${r.index} vs ${e}`);
  }
});

test('escalation rises through the fighting and falls after the truce', () => {
  const rows = escalationSeries(series, { a: 'ARN', b: 'GON', to: '2024-03-20' });
  const at = (d: string) => rows.find((r) => r.date === d)?.index ?? NaN;
  assert.ok(at('2024-03-07') > at('2024-03-05'));
  assert.ok(at('2024-03-08') < at('2024-03-07'));
  assert.ok(at('2024-03-20') < 5, 'calm again two weeks later');
  assert.equal(level(at('2024-03-07')), 'crisis');
});

test('explain lists the events behind the index, and their contributions add up to it', () => {
  const x = explain(series, { a: 'ARN', b: 'GON', date: '2024-03-07' });
  const sum = x.contributions.reduce((s, c) => s + c.contribution, 0);
  assert.ok(Math.abs(sum - x.index) < 0.01);
  assert.equal(x.contributions[0]?.event.cameo, '190'); // the most recent strike weighs most
  assert.ok(x.contributions.every((c) => c.event.modality === 'asserted'));
});

test('the index is directional only when asked', () => {
  const undirected = escalationSeries(series, { a: 'GON', b: 'ARN', to: '2024-03-07' });
  const directed = escalationSeries(series, { a: 'GON', b: 'ARN', directed: true, to: '2024-03-07' });
  assert.ok((undirected.at(-1)?.index ?? 0) > (directed.at(-1)?.index ?? 0));
});

test('code-prefix selectors pick a sector', () => {
  const mil = dyadSeries(series, { a: 'ARNMIL', b: 'GON' });
  assert.equal(mil.reduce((s, r) => s + r.events, 0), 4); // every event with ARNMIL on one side and Gondor on the other
});

test('daily and weekly series count quad classes and Goldstein', () => {
  const days = dyadSeries(series, { a: 'ARN', b: 'GON' });
  assert.equal(days.length, 8); // dense from 1 to 8 March
  const d6 = days.find((r) => r.period === '2024-03-06');
  assert.deepEqual(d6?.quad, [0, 0, 0, 2]);
  assert.equal(d6?.goldsteinMean, -10);
  const weeks = dyadSeries(series, { a: 'ARN', b: 'GON', granularity: 'week' });
  assert.equal(weeks[0]?.period, '2024-02-26');
  assert.equal(weeks.reduce((s, r) => s + r.events, 0), 7);
  assert.equal(sparkline([0, 1, 2, 7]).length, 4);
});

test('topDyads ranks the pairs heating up fastest', () => {
  const top = topDyads(series, { now: '2024-03-07' });
  assert.equal(`${top[0]?.a}-${top[0]?.b}`, 'ARN-GON');
  assert.ok((top[0]?.change ?? 0) > 0);
});

test('a party with no country (a bare role code such as MIL) makes no dyad', () => {
  const withUnknown = [...series, ev('2024-03-06', 'MIL', 'GONMIL', '190', -10), ev('2024-03-06', 'ARNGOV', 'GOV', '172', -5)];
  const top = topDyads(withUnknown, { now: '2024-03-07' });
  assert.ok(top.every((d) => d.a !== '' && d.b !== '' && d.a !== 'MIL' && d.b !== 'GOV'), JSON.stringify(top));
});
