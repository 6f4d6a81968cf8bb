import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../engine/paths.js';
import { readSources } from './sources.js';

const SEED = join(SHARED_DIR, 'seed', 'ceasefire-article.txt');

test('the seed article (read from ../shared at run time) ingests as one English document', async (t) => {
  if (!existsSync(SEED)) return t.skip(`${SEED} not present`);
  const firstLine = readFileSync(SEED, 'utf8').split('\n')[0]!.trim();
  const items = [];
  for await (const i of readSources([SEED], { published: '2025-05-10', outlet: 'Seed Outlet' })) items.push(i);
  assert.equal(items.length, 1);
  const doc = items[0]!.doc;
  assert.ok(doc, items[0]!.error?.describe());
  assert.equal(doc.kind, 'text');
  assert.equal(doc.language, 'en');
  assert.equal(doc.supported, true);
  assert.equal(doc.title, firstLine);
  assert.ok(!doc.text.startsWith(firstLine), 'the repeated headline is not part of the body');
  assert.equal(doc.published, '2025-05-10');
  assert.equal(doc.outlet, 'Seed Outlet');
  assert.ok(doc.text.length > 5000);
});
