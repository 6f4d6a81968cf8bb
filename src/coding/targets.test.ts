import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc, placeMentions } from './testing.js';

const TOWNS = { 'Osgiliath': 'GON', 'Annuminas': 'ARN' };

test('targets: the place of the infinitive completing the trigger is its place', () => {
  const text = 'Queen Arwen threatened to impose a curfew in Osgiliath.';
  const es = codeEvents(fixtureDoc(text, { places: placeMentions(text, TOWNS) }), { docId: 't' }).filter((e) => e.cameo.startsWith('13'));
  assert.ok(es.length > 0 && es.every((e) => e.target?.country === 'GON'), es.map((e) => `${e.source.country}>${e.target?.country ?? '-'}:${e.cameo}`).join());
});
