import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { BrinkError } from '../../domain/errors.js';
import { openStore } from '../index.js';

test('sqlite: WAL, foreign keys and busy timeout are on; parent directories are created', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-sqlite-'));
  try {
    const s = await openStore({ kind: 'sqlite', path: join(dir, 'a', 'b', 'brink.db') });
    const pragma = async (name: string) => {
      const r = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(s.db);
      return Object.values(r.rows[0] ?? {})[0];
    };
    assert.equal(await pragma('journal_mode'), 'wal');
    assert.equal(await pragma('foreign_keys'), 1);
    assert.equal(await pragma('busy_timeout'), 5000);
    await s.close();
    await s.close(); // closing twice is harmless
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: an in-memory store works', async () => {
  const s = await openStore({ kind: 'sqlite', path: ':memory:' });
  await s.documents.put({ id: 'm', language: 'en', supported: true, text: 't', kind: 'text' });
  assert.equal(await s.documents.count(), 1);
  await s.close();
});

test('sqlite: a path that cannot be opened is STORE_FAILED', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-sqlite-'));
  try {
    writeFileSync(join(dir, 'file'), 'x');
    await assert.rejects(
      openStore({ kind: 'sqlite', path: join(dir, 'file', 'brink.db') }),
      (e: unknown) => e instanceof BrinkError && e.code === 'STORE_FAILED',
    );
    writeFileSync(
      join(dir, 'garbage.db'),
      'this is not a database, just text that is long enough '.repeat(20),
    );
    await assert.rejects(openStore({ kind: 'sqlite', path: join(dir, 'garbage.db') }), BrinkError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
