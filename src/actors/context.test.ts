import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mention, resolve } from './testing.js';

describe('metonymy', () => {
  test('a capital used as an agent', () => {
    const doc = resolve('Minas Tirith said it would retaliate. Talks between Edoras and Annuminas resumed.');
    assert.equal(mention(doc, 'Minas Tirith')?.code, 'GONGOV');
    assert.equal(mention(doc, 'Minas Tirith')?.how, 'metonym');
    assert.equal(mention(doc, 'Edoras')?.code, 'ROHGOV');
    assert.equal(mention(doc, 'Annuminas')?.code, 'ARNGOV');
  });

  test('a seat of the military', () => {
    assert.equal(resolve('Osgiliath has ordered a withdrawal.').actors[0]?.code, 'GONMIL');
  });

  test('confirmation from both capitals', () => {
    const doc = resolve('The confirmation from both Minas Tirith and Edoras followed.');
    assert.deepEqual(doc.actors.map((m) => m.code), ['GONGOV', 'ROHGOV']);
  });

  test('a capital that is the object of a verb of telling, judging or thanking is its government', () => {
    for (const [text, name, code] of [['Rohan accuses Minas Tirith of sheltering the raiders.', 'Minas Tirith', 'GONGOV'], ['The envoy urged Edoras to accept.', 'Edoras', 'ROHGOV']] as const) {
      assert.equal(mention(resolve(text), name)?.code, code, text);
    }
  });

  test('a capital after a locative preposition or a motion verb is a place', () => {
    for (const text of ['The envoy arrived in Minas Tirith on Monday.', 'He travelled to Edoras.', 'Talks were held at Annuminas.', 'A Minas Tirith-based analyst said so.']) {
      assert.equal(resolve(text).actors.filter((m) => m.how === 'metonym').length, 0, text);
    }
  });
});

describe('must-not', () => {
  test('capitalised words that are not actors', () => {
    for (const text of [
      'Will the Council act?',
      'Dale Bracegirdle opened a shop.',
      'The Gondorian Sea is calm.',
      'Rohirric food is hearty.',
      'Arnorian Airways cancelled flights.',
    ]) {
      assert.deepEqual(resolve(text).actors.filter((m) => m.how !== 'coreference'), [], text);
    }
  });
});

describe('homonyms', () => {
  test('a country name that is also a town of the country the article is about', () => {
    const doc = resolve('Arnor held elections. The Arnorian president campaigned in Arnor and then in Bree, where Bree voters cheered.');
    assert.equal(doc.actors.filter((m) => m.code.startsWith('BRE')).length, 0);
    const said = resolve('The mayor of Annuminas said farmers in Tharbad, Bree were angry.');
    assert.equal(said.actors.filter((m) => m.code.startsWith('BRE')).length, 0);
  });

  test('the country when the article names it otherwise', () => {
    const doc = resolve('Arnor and Bree signed a pact. Breelanders celebrated in Arnor.');
    assert.equal(mention(doc, 'Bree')?.code, 'BRE');
  });
});

describe('hyphened sponsors before a state body', () => {
  test('"the army-aligned government": the head noun is the actor, the modifier no actor of its own', () => {
    const doc = resolve('Gondor held elections in May. The army-aligned government did not accept the plan.');
    const codes = doc.actors.map((m) => `${m.text}:${m.code}`);
    assert.ok(codes.includes('government:GONGOV'), codes.join());
    assert.ok(!codes.some((c) => c.startsWith('army:')), codes.join());
  });
});

describe('one unnamed member of a body', () => {
  test('"a Council of the West member" is no actor; the council itself still is', () => {
    const doc = resolve('It was the first time a Council of the West member had fired on Mordor. The Council of the West met on Friday.');
    assert.equal(doc.actors.filter((m) => m.text.includes('Council')).length, 1, doc.actors.map((m) => m.text).join());
  });
});

describe('a capital a measure is laid on', () => {
  test('"sanctions on Minas Tirith" is the government', () => {
    assert.equal(mention(resolve('Rohan called for tougher sanctions on Minas Tirith.'), 'Minas Tirith')?.code, 'GONGOV');
    assert.equal(resolve('The envoy arrived on Minas Tirith.').actors.filter((m) => m.how === 'metonym').length, 0);
  });
});
