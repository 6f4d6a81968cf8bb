import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStore, storeConfigFrom } from './config.js';
import { bands, hamming } from './simhash.js';

test('storeConfigFrom picks the dialect from the value', () => {
  assert.deepEqual(storeConfigFrom(undefined, '/r'), { kind: 'sqlite', path: '/r/var/brink.db' });
  assert.deepEqual(storeConfigFrom('  ', '/r'), { kind: 'sqlite', path: '/r/var/brink.db' });
  assert.deepEqual(storeConfigFrom('db/x.db', '/r'), { kind: 'sqlite', path: '/r/db/x.db' });
  assert.deepEqual(storeConfigFrom('/abs/x.db', '/r'), { kind: 'sqlite', path: '/abs/x.db' });
  assert.deepEqual(storeConfigFrom(':memory:', '/r'), { kind: 'sqlite', path: ':memory:' });
  assert.deepEqual(storeConfigFrom('postgres://u:p@h/db', '/r', 's1'), {
    kind: 'postgres',
    url: 'postgres://u:p@h/db',
    schema: 's1',
  });
  assert.deepEqual(storeConfigFrom('postgresql://h/db', '/r'), {
    kind: 'postgres',
    url: 'postgresql://h/db',
  });
});

test('describeStore masks passwords', () => {
  assert.equal(
    describeStore({ kind: 'postgres', url: 'postgres://u:secret@h:5432/db' }),
    'postgres:postgres://u:***@h:5432/db',
  );
  assert.equal(describeStore({ kind: 'sqlite', path: '/x.db' }), 'sqlite:/x.db');
});

test('simhash bands and Hamming distance', () => {
  assert.deepEqual(bands('0123456789abcdef'), [0x0123, 0x4567, 0x89ab, 0xcdef]);
  assert.equal(bands('0123'), null);
  assert.equal(bands('0123456789abcdeg'), null);
  assert.equal(hamming('0000000000000000', 'ffffffffffffffff'), 64);
  assert.equal(hamming('0123456789ABCDEF', '0123456789abcdef'), 0);
  assert.equal(hamming('8000000000000001', '0000000000000000'), 2);
  assert.equal(hamming('x', '0000000000000000'), Infinity);
});
