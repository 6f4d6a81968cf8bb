import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeConfig, DEFAULT_DB_PATH } from './config.js';

test('an empty setting means the embedded SQLite default under the working directory', () => {
  assert.deepEqual(storeConfig({ cwd: '/tmp/x' }), { kind: 'sqlite', path: `/tmp/x/${DEFAULT_DB_PATH}` });
});

test('a postgres URL selects PostgreSQL', () => {
  assert.deepEqual(storeConfig({ db: 'postgres://u@127.0.0.1:5432/test' }), {
    kind: 'postgres',
    url: 'postgres://u@127.0.0.1:5432/test',
  });
  assert.equal(storeConfig({ db: 'postgresql://h/db' }).kind, 'postgres');
});

test('any other value is an SQLite path', () => {
  assert.deepEqual(storeConfig({ db: 'data.sqlite', cwd: '/w' }), { kind: 'sqlite', path: '/w/data.sqlite' });
});
