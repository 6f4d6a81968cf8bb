import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc } from './testing.js';
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
