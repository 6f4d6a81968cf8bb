import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute, href, withQuery, isRouteHash } from './router.js';

test('routes parse from the hash', () => {
  assert.equal(parseRoute('').name, 'overview');
  assert.equal(parseRoute('#/').name, 'overview');
  const a = parseRoute('#/article/abc123');
  assert.deepEqual([a.name, a.params], ['article', ['abc123']]);
  const d = parseRoute('#/dyad/IND/PAK');
  assert.deepEqual([d.name, d.params], ['dyad', ['IND', 'PAK']]);
  const q = parseRoute('#/search?q=water%20treaty');
  assert.equal(q.name, 'search');
  assert.equal(q.query.get('q'), 'water treaty');
  assert.equal(parseRoute('#/nope').name, 'not-found');
  assert.deepEqual(parseRoute('#/article/%E0%A4').params, ['%E0%A4']);
});

test('hrefs encode their parts and round-trip', () => {
  assert.equal(href('dyad', 'IND', 'PAK'), '#/dyad/IND/PAK');
  assert.deepEqual(parseRoute(href('article', 'a/b c')).params, ['a/b c']);
  assert.equal(withQuery('#/search', { q: 'a b', x: undefined }), '#/search?q=a+b');
  assert.equal(isRouteHash('#main'), false);
  assert.equal(isRouteHash('#/map'), true);
});
