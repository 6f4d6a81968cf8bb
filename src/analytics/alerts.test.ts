import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateAlerts, type AlertConfig } from './alerts.js';
import { ceasefireStatus, mergeCeasefires } from './ceasefires.js';
import { ev } from './fixtures.test-util.js';

const nuclear = new Set(['ARN', 'GON']);
const fighting = [
  ev('2024-03-05', 'ARNMIL', 'GONMIL', '190', -10),
  ev('2024-03-06', 'GONMIL', 'ARNMIL', '195', -10),
  ev('2024-03-06', 'ARNMIL', 'GON', '194', -10),
  ev('2024-03-07', 'GONMIL', 'ARNMIL', '190', -10),
  ev('2024-03-07', 'ARNMIL', 'GONMIL', '190', -10),
];

test('threshold rule fires once when the index crosses, listing the events that moved it', () => {
  const cfg: AlertConfig = { cooldownHours: 72, rules: [{ id: 't', type: 'threshold', threshold: 30 }] };
  const alerts = evaluateAlerts(fighting, { nuclear: new Set() }, cfg);
  assert.equal(alerts.length, 1);
  assert.equal(alerts[0]?.firedOn, '2024-03-07');
  assert.deepEqual(alerts[0]?.dyad, ['ARN', 'GON']);
  assert.ok((alerts[0]?.events.length ?? 0) >= 3);
  assert.ok(alerts[0]?.events.every((e) => typeof e.contribution === 'number'));
});

test('z-score spike fires against the dyad baseline; quiet history makes a spike', () => {
  const quiet = Array.from({ length: 20 }, (_, i) => ev(`2024-02-${String(i + 1).padStart(2, '0')}`, 'ARNGOV', 'GONGOV', '010', 0));
  const cfg: AlertConfig = { cooldownHours: 24, rules: [{ id: 'z', type: 'spike', method: 'zscore', baselineDays: 28, z: 3, minEvents: 2 }] };
  const alerts = evaluateAlerts([...quiet, ...fighting], { nuclear: new Set() }, cfg);
  assert.ok(alerts.some((a) => a.firedOn === '2024-03-06'));
});

test('CUSUM accumulates sustained deviations', () => {
  const cfg: AlertConfig = { cooldownHours: 24, rules: [{ id: 'c', type: 'spike', method: 'cusum', baselineDays: 14, k: 0.5, h: 5, minEvents: 1 }] };
  const alerts = evaluateAlerts(fighting, { nuclear: new Set() }, cfg);
  assert.ok(alerts.length >= 1);
  assert.equal(alerts[0]?.rule, 'c');
});

test('material conflict between nuclear-armed states is a trigger; cooldown suppresses repeats', () => {
  const cfg: AlertConfig = { cooldownHours: 72, rules: [{ id: 'n', type: 'nuclear-conflict' }] };
  const alerts = evaluateAlerts(fighting, { nuclear }, cfg);
  assert.equal(alerts.length, 1, 'three days of fighting, one alert within the cooldown');
  assert.equal(alerts[0]?.firedOn, '2024-03-05');
  const none = evaluateAlerts(fighting, { nuclear: new Set(['ARN']) }, cfg);
  assert.equal(none.length, 0);
});

test('use of force between ceasefire parties after the effective time fires; before it does not', () => {
  const cfg: AlertConfig = { cooldownHours: 1, rules: [{ id: 'cv', type: 'ceasefire-violation', roots: ['18', '19', '20'] }] };
  const ctx = { nuclear: new Set<string>(), ceasefires: [{ id: 'cf1', parties: ['ARN', 'GON'], effectiveUtc: '2024-03-06T12:00:00Z' }] };
  const events = [
    ev('2024-03-06', 'ARNMIL', 'GONMIL', '190', -10, { utc: '2024-03-06T08:00:00Z' }), // before: not a violation
    ev('2024-03-06', 'GONMIL', 'ARNMIL', '195', -10), // same day, no time: ambiguous, not counted
    ev('2024-03-06', 'GONMIL', 'ARNMIL', '194', -10, { utc: '2024-03-06T20:00:00Z' }),
    ev('2024-03-08', 'ARNMIL', 'GONMIL', '112', -2), // an accusation is not use of force
  ];
  const alerts = evaluateAlerts(events, ctx, cfg);
  assert.equal(alerts.length, 1);
  assert.equal(alerts[0]?.events[0]?.cameo, '194');
});

test('fighting after a truce expired or collapsed breaks no truce: no ceasefire-violation alert', () => {
  const cfg: AlertConfig = { cooldownHours: 1, rules: [{ id: 'cv', type: 'ceasefire-violation', roots: ['18', '19', '20'] }] };
  const window = { id: 'cf1', parties: ['ARN', 'GON'], effectiveUtc: '2024-03-06T12:00:00Z' };
  const events = [
    ev('2024-03-10', 'ARNMIL', 'GONMIL', '190', -10), // while in force: a violation
    ev('2024-04-07', 'GONMIL', 'ARNMIL', '194', -10, { utc: '2024-04-07T20:00:00Z' }), // two hours before the expiry
    ev('2024-04-08', 'GONMIL', 'ARNMIL', '194', -10), // the day after it expired
  ];
  const expired = evaluateAlerts(events, { nuclear: new Set<string>(), ceasefires: [{ ...window, endedAt: '2024-04-07T22:00:00Z' }] }, cfg);
  assert.deepEqual(expired.map((a) => a.events[0]?.date), ['2024-03-10', '2024-04-07']);
  const collapsed = evaluateAlerts(events, { nuclear: new Set<string>(), ceasefires: [{ ...window, endedAt: '2024-04-07' }] }, cfg);
  assert.deepEqual(collapsed.map((a) => a.events[0]?.date), ['2024-03-10']);
});

test('non-asserted events never fire alerts', () => {
  const cfg: AlertConfig = { cooldownHours: 1, rules: [{ id: 'n', type: 'nuclear-conflict' }] };
  const hypothetical = fighting.map((e) => ({ ...e, modality: 'speculative' as const }));
  assert.equal(evaluateAlerts(hypothetical, { nuclear }, cfg).length, 0);
});

test('a truce past the end it was given: fighting after that end raises no ceasefire-violation alert', () => {
  const cfg: AlertConfig = { cooldownHours: 1, rules: [{ id: 'cv', type: 'ceasefire-violation', roots: ['18', '19', '20'] }] };
  const [rec] = mergeCeasefires([{
    docId: 'd1', parties: ['ARN', 'GON'], mediators: [], date: '2031-03-07', announcedBy: [], evidence: ['a truce until midnight on Sunday'],
    effectiveUtc: '2031-03-08T16:00:00Z', statements: [{ party: 'ARN+GON', kind: 'until', statedTime: '2031-03-09T21:00:00Z', evidence: 'a truce until midnight on Sunday' }],
  }]);
  const events = [
    ev('2031-03-09', 'ARNMIL', 'GONMIL', '190', -10, { utc: '2031-03-09T10:00:00Z' }), // during the truce
    ev('2031-03-10', 'GONMIL', 'ARNMIL', '194', -10, { utc: '2031-03-10T03:00:00Z' }), // after its end
  ];
  // (as engine/alerts.ts builds the window: the end from the status history)
  const endedAt = ceasefireStatus(rec!, events, '2031-03-12T00:00:00Z').history.find((h) => h.status === 'expired')?.from;
  assert.equal(endedAt, '2031-03-09T21:00:00Z');
  const alerts = evaluateAlerts(events, { nuclear: new Set<string>(), ceasefires: [{ id: rec!.id, parties: rec!.parties, effectiveUtc: rec!.effectiveUtc!, endedAt }] }, cfg);
  assert.deepEqual(alerts.map((a) => a.events[0]?.date), ['2031-03-09']);
});
