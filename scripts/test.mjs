#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with node's test runner through tsx.
// Extra arguments are passed on (e.g. a path filter: `npm test -- src/ingest`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = [];
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
}
walk('src');
walk('test');
const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
chosen.sort();
if (chosen.length === 0) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...chosen], { stdio: 'inherit' });
process.exit(r.status ?? 1);
