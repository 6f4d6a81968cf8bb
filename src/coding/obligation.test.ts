import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc, mention, placeActors } from './testing.js';
import type { Event } from '../domain/types.js';

const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
const demands = (text: string): string[] =>
  code(text).filter((e) => e.rule.startsWith('obligation.')).map((e) => `${e.source.country}>${e.target?.country ?? '-'}`);

describe('reported obligations', () => {
  test('"X said Y must ..." is a demand by X on Y', () => {
    assert.deepEqual(demands('Queen Arwen said Mordor must withdraw its troops.'), ['ARN>MOR']);
  });
  test('the subject of the modal may be a longer noun phrase', () => {
    assert.deepEqual(demands('Queen Arwen said that Mordor and other neighbouring states must withdraw their troops.'), ['ARN>MOR']);
  });
  test('a demand at home: another actor of the same country', () => {
    assert.deepEqual(demands('Arnorian protesters said Queen Arwen must resign.'), ['ARN>ARN']);
  });
  test('no demand on oneself', () => {
    assert.deepEqual(demands('Queen Arwen said Queen Arwen must stay.'), []);
  });
  test('"the government said the rebels must withdraw": a noun referring back to another side is another actor; "it" is the speaker', () => {
    const onRebels = 'Arnor said the rebels must withdraw.';
    const rebels = { ...mention('rebels', onRebels.indexOf('rebels'), { code: 'ARNREB', kind: 'agent' }), how: 'coreference' as const };
    const es = codeEvents(fixtureDoc(onRebels, { actors: [...placeActors(onRebels), rebels].sort((a, b) => a.start - b.start) }), { docId: 't' });
    assert.deepEqual(es.filter((e) => e.rule.startsWith('obligation.')).map((e) => `${e.source.code}>${e.target?.code}`), ['ARN>ARNREB']);
    const self = 'Arnor said it must defend itself.';
    const it = { ...mention('it', self.indexOf(' it ') + 1, { code: 'ARNGOV', kind: 'agent' }), how: 'coreference' as const };
    const own = codeEvents(fixtureDoc(self, { actors: [...placeActors(self), it].sort((a, b) => a.start - b.start) }), { docId: 't' });
    assert.deepEqual(own.filter((e) => e.rule.startsWith('obligation.')), []);
  });
  test('a reminder or a reiteration carries the demand too', () => {
    assert.deepEqual(demands('Queen Arwen reiterated that Mordor must withdraw its troops.'), ['ARN>MOR']);
    assert.deepEqual(demands('King Elessar issued a stern reminder to Mordor that Mordor must cooperate.'), ['GON>MOR']);
  });
  test('agreeing that both should act is no demand', () => {
    assert.deepEqual(demands('Arnor and Gondor agreed that Gondor should cooperate.'), []);
  });
});

describe('reported obligations: a common noun subject', () => {
  test('"saying the paramilitary force must withdraw": the modal\'s subject is no actor, no demand on an earlier one', () => {
    assert.deepEqual(demands('Mordor said it had agreed to the truce, but Queen Arwen rejected it, saying the paramilitary force must first withdraw.'), []);
  });
});
