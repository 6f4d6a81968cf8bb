import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotatorComponents, createAnnotator } from './annotate.js';

test('the pipeline runs tokens, places, actors, then times (times need the article countries)', () => {
  const names = annotatorComponents().map((c) => c.name);
  assert.deepEqual(names.filter((n) => n !== 'places'), ['tokenizer', 'actorResolver', 'times']);
  assert.ok(names.indexOf('actorResolver') < names.indexOf('times'));
});

test('an annotated document has sentences, tokens, actors and times', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'The ceasefire took effect at 5 pm on Saturday. India and Pakistan agreed.', published: '2025-05-11' });
  assert.equal(doc.sentences.length, 2);
  assert.ok(doc.tokens.length > 10);
  assert.ok(doc.times.length >= 1);
  assert.deepEqual(doc.actors.map((m) => m.code), ['IND', 'PAK']);
  assert.deepEqual(doc.countries, ['IND', 'PAK']);
});
