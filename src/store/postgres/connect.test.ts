import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrinkError } from '../../domain/errors.js';
import { openStore } from '../index.js';
import { PG_URL, harness, pgSkip } from '../test-fixtures.js';

const skip = await pgSkip();

test('postgres: schemas isolate stores from each other', { skip }, async () => {
  const h1 = harness('postgres');
  const h2 = harness('postgres');
  const a = await h1.open();
  const b = await h2.open();
  try {
    await a.documents.put({ id: 'only-in-a', language: 'en', supported: true, text: 't', kind: 'text' });
    assert.equal(await a.documents.count(), 1);
    assert.equal(await b.documents.count(), 0);
  } finally {
    await a.close();
    await b.close();
    await h1.dispose();
    await h2.dispose();
  }
});

test('postgres: an unsafe schema name is refused', { skip }, async () => {
  await assert.rejects(
    openStore({ kind: 'postgres', url: PG_URL, schema: 'x; drop table y' }),
    (e: unknown) => e instanceof BrinkError && e.code === 'STORE_FAILED',
  );
});

test('postgres: an unreachable server is STORE_FAILED', async () => {
  await assert.rejects(
    openStore({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none?connect_timeout=2' }),
    (e: unknown) => e instanceof BrinkError && e.code === 'STORE_FAILED',
  );
});
