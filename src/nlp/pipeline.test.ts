import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, type Component } from './pipeline.js';
import { BrinkError } from '../domain/errors.js';

const tok: Component = {
  name: 'fake-tokens',
  requires: ['text'],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    doc.tokens.push({ index: 0, start: 0, end: doc.text.length, text: doc.text, lower: doc.text.toLowerCase(), pos: 'X', lemma: doc.text, sentence: 0, type: 'word' });
  },
};
const needsTimes: Component = { name: 'needs-times', requires: ['tokens', 'times'], assigns: ['places'], run() {} };

describe('buildPipeline', () => {
  test('starts from an empty doc with the given fields and runs components in order', () => {
    const order: string[] = [];
    const a: Component = { name: 'a', requires: ['text', 'published'], assigns: ['countries'], run(d) { order.push('a'); d.countries.push('IND'); } };
    const b: Component = { name: 'b', requires: ['countries'], assigns: [], run(d) { order.push(`b:${d.countries.join()}`); } };
    const doc = buildPipeline([a, b])({ text: 'Hello', published: '2025-05-11', publishedUtc: '2025-05-11T08:00:00Z' });
    assert.deepEqual(order, ['a', 'b:IND']);
    assert.equal(doc.text, 'Hello');
    assert.equal(doc.published, '2025-05-11');
    assert.equal(doc.publishedUtc, '2025-05-11T08:00:00Z');
    for (const f of ['sentences', 'tokens', 'times', 'places', 'actors', 'roleConflicts'] as const) assert.deepEqual(doc[f], []);
    assert.deepEqual(doc.countries, ['IND']);
  });

  test('each call gets a fresh document', () => {
    const run = buildPipeline([tok]);
    assert.equal(run({ text: 'x', published: '2025-01-01' }).tokens.length, 1);
    const d = run({ text: 'y', published: '2025-01-01' });
    assert.equal(d.tokens.length, 1);
    assert.equal(d.publishedUtc, undefined);
  });

  test('a component requiring a field no earlier component assigns fails at build time', () => {
    assert.throws(
      () => buildPipeline([tok, needsTimes]),
      (e: unknown) => e instanceof BrinkError && e.code === 'PIPELINE_MISSING' && e.params.component === 'needs-times' && e.params.requires === 'times',
    );
    // order matters: assigned later does not count
    assert.throws(() => buildPipeline([needsTimes, tok]), (e: unknown) => e instanceof BrinkError && e.code === 'PIPELINE_MISSING');
  });
});
