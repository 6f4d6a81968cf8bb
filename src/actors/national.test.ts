/**
 * National offices and bodies on the real dictionaries: a prosecutor's office is judicial, not a
 * general's; weapons take a side only from a country word.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorDictionary } from './dictionary.js';
import { mention, resolve } from './testing.js';

const dict = loadActorDictionary();
const codes = (text: string): string[] => resolve(text, '2024-03-01', dict).actors.map((m) => m.code);

describe('prosecutors and justice ministers', () => {
  test('an attorney general or prosecutor general is judicial', () => {
    assert.deepEqual(codes("Chile's Attorney General opened an inquiry."), ['CHLJUD']);
    assert.deepEqual(codes('The Moldovan Prosecutor General charged the mayor.'), ['MDAJUD']);
  });
  test('a justice minister is government', () => {
    assert.equal(mention(resolve('The Peruvian Justice Minister resigned.', '2024-03-01', dict), 'Peruvian Justice Minister')?.code, 'PERGOV');
  });
});

describe('a ministry named with its portfolio and its country', () => {
  test('"the Ministry of X of <country>" is that country\'s ministry', () => {
    assert.deepEqual(codes('The Ministry of Foreign Affairs of Lithuania protested.'), ['LTUGOV']);
    assert.deepEqual(codes('The Ministry of Culture and Sport of Greece replied.'), ['GRCGOV']);
  });
  test('a defence portfolio is the military', () => {
    assert.deepEqual(codes('The Ministry of Defence of Georgia denied it.'), ['GEOMIL']);
  });
});
