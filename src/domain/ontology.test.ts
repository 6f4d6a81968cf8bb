import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadOntology, lookup, root, quadOf, ploverOf, assertKnown, isUnder } from './ontology.js';
import { BrinkError } from './errors.js';
import { defaultPatterns } from '../coding/load.js';

describe('ontology', () => {
  test('holds every CAMEO root and code with names, quads and Goldstein weights', () => {
    const o = loadOntology();
    assert.equal(o.codes.size, 311);
    for (let r = 1; r <= 20; r++) assert.ok(lookup(String(r).padStart(2, '0')), `root ${r}`);
    for (const c of o.codes.values()) {
      assert.ok(c.name.length > 2 && /^[\x20-\x7e]+$/.test(c.name), c.code);
      assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
      assert.equal(c.quad, quadOf(c.code));
    }
    assert.equal(lookup('044')?.name, 'Meet at a third location');
  });
  test('quad classes follow the roots', () => {
    assert.equal(quadOf('051'), 1);
    assert.equal(quadOf('0871'), 2);
    assert.equal(quadOf('111'), 3);
    assert.equal(quadOf('195'), 4);
    assert.equal(root('0871'), '08');
    assert.ok(isUnder('0871', '087'));
  });
  test('PLOVER mapping', () => {
    assert.deepEqual(ploverOf('0871'), { category: 'RETREAT', mode: 'ceasefire', context: 'military' });
    assert.equal(ploverOf('041').category, 'CONSULT');
    assert.equal(ploverOf('023').category, 'REQUEST');
    assert.equal(ploverOf('010').category, 'OTHER');
  });
  test('unknown codes throw UNKNOWN_CODE; lookups return null', () => {
    assert.equal(lookup('999'), null);
    assert.throws(() => assertKnown('999'), (e: unknown) => e instanceof BrinkError && e.code === 'UNKNOWN_CODE');
    assert.throws(() => quadOf('xx'), (e: unknown) => e instanceof BrinkError && e.code === 'UNKNOWN_CODE');
  });
  test('every code used in data/verbs exists; all roots and >= 250 codes are covered', () => {
    const set = defaultPatterns();
    for (const p of set.patterns) assert.ok(lookup(p.code), `${p.origin}: ${p.code}`);
    const codes = new Set(set.patterns.map((p) => p.code));
    assert.equal(new Set([...codes].map(root)).size, 20);
    assert.ok([...codes].filter((c) => c.length > 2).length >= 250);
  });
});
