import { test } from 'node:test';
import assert from 'node:assert/strict';
import { project, ringPath, geometryPath, pointOf } from './geo.js';

test('equirectangular projection maps the corners and the centre', () => {
  assert.deepEqual(project(-180, 90, 360, 180), [0, 0]);
  assert.deepEqual(project(180, -90, 360, 180), [360, 180]);
  assert.deepEqual(project(0, 0, 360, 180), [180, 90]);
  assert.deepEqual(project(77, 28, 360, 180), [257, 62]);
});

test('rings become closed paths, broken at the antimeridian', () => {
  assert.equal(ringPath([[0, 0], [10, 0], [10, 10]], 360, 180), 'M180.0,90.0L190.0,90.0L190.0,80.0Z');
  const d = ringPath([[179, 60], [-179, 61], [-170, 62]], 360, 180);
  assert.equal((d.match(/M/g) ?? []).length, 2);
  assert.equal(geometryPath({ type: 'LineString', coordinates: [] }), '');
  assert.ok(geometryPath({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 1], [1, 0]]]] }).startsWith('M'));
});

test('points are read defensively', () => {
  assert.deepEqual(pointOf({ type: 'Point', coordinates: [74.3, 31.5] }), [74.3, 31.5]);
  assert.equal(pointOf({ type: 'Point', coordinates: ['x', 1] }), null);
  assert.equal(pointOf(null), null);
});
