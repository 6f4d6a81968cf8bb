import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mention, resolve } from './testing.js';

describe('coreference', () => {
  test('he/she take the compatible person', () => {
    const doc = resolve('Eowyn Eorling met Aragorn Elessar. She said he had agreed.');
    assert.equal(mention(doc, 'She')?.actorId, 'eowyn-eorling');
    assert.equal(mention(doc, 'She')?.how, 'coreference');
    assert.equal(mention(doc, 'he')?.actorId, 'aragorn-elessar');
  });

  test('a sentence-initial pronoun prefers the topic of the previous sentence', () => {
    const doc = resolve("The talks built on Elrond Peredhil's visit to Gondor and his meeting with King Aragorn Elessar. He briefed the council.");
    assert.equal(mention(doc, 'his')?.actorId, 'elrond-peredhil');
    assert.equal(mention(doc, 'He')?.actorId, 'elrond-peredhil');
  });

  test('"X thanked Y for his mediation": the pronoun after "for" is whom the verb thanks or blames', () => {
    const doc = resolve('Eowyn Eorling said the talks went well and thanked Aragorn Elessar for his mediation.');
    assert.equal(mention(doc, 'his')?.actorId, 'aragorn-elessar');
    const plain = resolve('Elrond Peredhil met Aragorn Elessar for his annual review.');
    assert.equal(mention(plain, 'his')?.actorId, 'elrond-peredhil');
  });

  test('"X and the Y-backed Z signed ...": the pair is X and Z, a sponsor\'s compound between them', () => {
    const doc = resolve('Gondor and the Mordor-backed Corsairs of Umbar signed a truce. Both sides agreed to talks.');
    assert.deepEqual(mention(doc, 'Both sides')?.members, ['GON', 'UMBREB']);
  });

  test('"X and Y might try to mediate": go-betweens set up no pair; "visit X and Y to mediate" still does', () => {
    const doc = resolve('Gondor fought Mordor. Arnor and Rohan might try to mediate if both sides agreed.');
    assert.deepEqual(mention(doc, 'both sides')?.members, ['GON', 'MOR']);
    const visited = resolve('Queen Arwen will visit Gondor and Mordor to mediate between both sides.');
    assert.deepEqual(mention(visited, 'both sides')?.members, ['GON', 'MOR']);
  });

  test('"the governments of X and Y": the body of each country', () => {
    const doc = resolve('The governments of Gondor and Mordor signed a truce.');
    assert.deepEqual(mention(doc, 'governments of Gondor and Mordor')?.members, ['GONGOV', 'MORGOV']);
  });

  test('"held a call with Y and urged him": an object pronoun after its verb is the nearest person, not the topic', () => {
    const doc = resolve('Eowyn Eorling and Elrond Peredhil held a call with Aragorn Elessar and urged him to act.');
    assert.equal(mention(doc, 'him')?.actorId, 'aragorn-elessar');
  });

  test('they takes a plural actor or a country', () => {
    const doc = resolve('Gondorian troops advanced. They met no resistance.');
    assert.equal(mention(doc, 'They')?.code, 'GONMIL');
  });

  test('"both sides" and "the two nuclear-armed neighbours" are the last pair', () => {
    const doc = resolve('Gondor and Mordor signed a truce. Both sides agreed to talks. Arnor welcomed the deal between the two nuclear-armed neighbours.');
    const both = mention(doc, 'Both sides');
    assert.equal(both?.how, 'group-noun');
    assert.deepEqual(both?.members, ['GON', 'MOR']);
    assert.deepEqual(mention(doc, 'the two nuclear-armed neighbours')?.members, ['GON', 'MOR']);
  });

  test('without an "X and Y" pair, a group noun takes the two most mentioned countries', () => {
    const doc = resolve('Rohan warned Mordor. Rohan massed troops. Mordor answered. Both countries then paused.');
    assert.deepEqual(mention(doc, 'Both countries')?.members?.slice().sort(), ['MOR', 'ROH']);
  });
});

test('they after a list of people is the list', () => {
  const doc = resolve('The roles of Aragorn Elessar, Imrahil Dol and Eowyn Eorling were noted. Their work paid off.');
  const their = mention(doc, 'Their');
  assert.equal(their?.how, 'coreference');
  assert.deepEqual(their?.members, ['GONGOV', 'ROHGOV']);
  assert.equal(their?.name, 'Aragorn Elessar and Imrahil Dol and Eowyn Eorling');
});

describe('the speaker after a quotation', () => {
  test('\'"Aragorn Elessar is playing games," he said\': none of the people the quotation names', () => {
    const doc = resolve('Elrond Peredhil met the council on Wednesday. "Aragorn Elessar is playing games," he said.');
    assert.equal(mention(doc, 'he')?.actorId, 'elrond-peredhil');
  });
});

