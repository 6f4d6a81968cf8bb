import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { isBrinkError } from '../../domain/errors.js';
import register, { annotationJson, annotationText, parsePublished } from './annotate.js';
import { createAnnotator } from '../../engine/annotate.js';

function program(): Command {
  const p = new Command();
  p.exitOverride();
  register(p);
  return p;
}

async function run(args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (s: unknown) => { lines.push(String(s)); };
  try {
    await program().parseAsync(['node', 'brink', 'annotate', ...args]);
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}

test('parsePublished accepts days and instants, refuses the rest with BAD_DATE', () => {
  assert.deepEqual(parsePublished('2025-05-11'), { published: '2025-05-11' });
  assert.deepEqual(parsePublished('2025-05-10T23:30:00+05:30'), { published: '2025-05-10', publishedUtc: '2025-05-10T18:00:00.000Z' });
  for (const bad of ['2025-13-45', '2025-02-30', 'yesterday', undefined]) {
    assert.throws(() => parsePublished(bad), (e) => isBrinkError(e) && e.code === 'BAD_DATE', String(bad));
  }
});

test('a missing file is NOT_FOUND', async () => {
  await assert.rejects(run(['/no/such/file.txt', '--published', '2025-05-11']), (e) => isBrinkError(e) && e.code === 'NOT_FOUND');
});

test('human-readable and JSON output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-annotate-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'India and Pakistan agreed to a ceasefire on Saturday. Both sides said it held.');
  const text = await run([file, '--published', '2025-05-11']);
  assert.match(text, /2 sentences/);
  assert.match(text, /IND\s+India/);
  assert.match(text, /group-noun/);
  const json = JSON.parse(await run([file, '--published', '2025-05-11', '--json'])) as { sentences: number; actors: { code: string }[]; countries: string[] };
  assert.equal(json.sentences, 2);
  assert.deepEqual(json.countries, ['IND', 'PAK']);
  assert.ok(json.actors.some((a) => a.code === 'PAK'));
});

test('renderers list role conflicts', () => {
  const doc = createAnnotator()({ text: 'Senator Marco Rubio spoke.', published: '2025-05-11' });
  if (doc.roleConflicts.length === 0) return; // people data absent
  assert.match(annotationText(doc), /text says "Senator"/);
  assert.equal((annotationJson(doc) as { roleConflicts: unknown[] }).roleConflicts.length, 1);
});
