import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, evidenceSimilarity } from './clusters.js';
import { ev } from './fixtures.test-util.js';
import { contactsFromEvents, potentialMediators } from './mediation.js';

test('the same happening from several outlets is one cluster with mention/article/source counts', () => {
  const events = [
    ev('2024-03-06', 'ARNMIL', 'GONMIL', '1951', -10, { docId: 'd1', outlet: 'Herald', evidence: 'Arnorian jets struck a Gondorian depot on Wednesday' }),
    ev('2024-03-06', 'ARNMIL', 'GONMIL', '195', -10, { docId: 'd2', outlet: 'Courier', evidence: 'Arnor bombed a depot' }),
    ev('2024-03-06', 'ARNMIL', 'GONMIL', '195', -10, { docId: 'd2', outlet: 'Courier', evidence: 'the depot strike' }),
    // near-duplicate evidence a day later (a wire story reprinted), different 4-digit code
    ev('2024-03-07', 'ARNMIL', 'GONMIL', '190', -10, { docId: 'd3', outlet: 'Post', evidence: 'Arnorian jets struck a Gondorian depot on Wednesday night' }),
    ev('2024-03-06', 'GONMIL', 'ARNMIL', '195', -10, { docId: 'd4', outlet: 'Herald', evidence: 'Gondor struck back' }),
  ];
  const clusters = clusterEvents(events).sort((a, b) => b.mentions - a.mentions);
  assert.equal(clusters.length, 2);
  assert.equal(clusters[0]?.mentions, 4);
  assert.equal(clusters[0]?.articles, 3);
  assert.equal(clusters[0]?.sources, 3);
  assert.equal(clusters[1]?.mentions, 1);
});

test('evidence similarity is a word-set Jaccard', () => {
  assert.equal(evidenceSimilarity('a b c', 'a b c'), 1);
  assert.equal(evidenceSimilarity('a b', 'c d'), 0);
});

test('mediation contacts come from consultation codes across countries', () => {
  const contacts = contactsFromEvents([
    ev('2024-03-07', 'ROHGOV', 'ARNGOV', '041', 1),
    ev('2024-03-07', 'ROHGOV', 'GONGOV', '042', 1.9),
    ev('2024-03-07', 'ARNGOV', 'ARNMIL', '041', 1), // internal: not a mediation contact
    ev('2024-03-07', 'ROHGOV', 'GONGOV', '045', 5, { modality: 'hypothetical' }),
  ]);
  assert.deepEqual(contacts.map((c) => c.channel), ['phone-call', 'visit']);
});

test('potential mediators need cooperation with both sides and are penalised for hostility', () => {
  const events = [
    ev('2024-01-01', 'ROHGOV', 'ARNGOV', '057', 8), ev('2024-01-02', 'GONGOV', 'ROHGOV', '051', 3.4),
    ev('2024-01-01', 'MORGOV', 'ARNGOV', '057', 8), // only one side
    ev('2024-01-01', 'UMBGOV', 'ARNGOV', '057', 8), ev('2024-01-02', 'UMBGOV', 'GONGOV', '051', 3.4), ev('2024-01-03', 'UMBMIL', 'GONMIL', '190', -10),
  ];
  const ranks = potentialMediators(events, 'ARN', 'GON');
  assert.deepEqual(ranks.map((r) => r.actor), ['ROH', 'UMB']);
  assert.ok(ranks[0]!.score > ranks[1]!.score);
  assert.ok(ranks[0]!.events.length >= 2);
});
