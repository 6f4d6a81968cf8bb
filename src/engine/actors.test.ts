import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorEntry } from '../domain/types.js';
import { getActor, searchActors } from './actors.js';

const entries: ActorEntry[] = [
  { id: 'c:PAK', kind: 'country', name: 'Pakistan', code: 'PAK', aliases: ['Islamic Republic of Pakistan'] },
  { id: 'c:PLW', kind: 'country', name: 'Palau', code: 'PLW', aliases: [] },
  { id: 'p:x', kind: 'person', name: 'Zed Pakman', code: 'USAGOV', aliases: [], country: 'USA' },
  { id: 'c:CIV', kind: 'country', name: "Côte d'Ivoire", code: 'CIV', aliases: ['Ivory Coast'] },
];

test('prefix search over names and aliases, case- and accent-insensitive, exact and name prefixes first', () => {
  assert.deepEqual(searchActors('pak', 10, entries).map((h) => h.id), ['c:PAK', 'p:x']);
  assert.deepEqual(searchActors('PA', 10, entries).map((h) => h.id), ['c:PLW', 'c:PAK', 'p:x']);
  assert.equal(searchActors('cote', 10, entries)[0]?.code, 'CIV');
  assert.equal(searchActors('ivory', 10, entries)[0]?.matched, 'Ivory Coast');
  assert.deepEqual(searchActors('  ', 10, entries), []);
  assert.deepEqual(searchActors('xyz', 10, entries), []);
});

test('the real dictionary: countries are found and got by id', () => {
  const hit = searchActors('pakistan').find((h) => h.code === 'PAK');
  assert.ok(hit);
  assert.equal(getActor(hit.id)?.code, 'PAK');
  assert.equal(getActor('no-such-id'), null);
});
