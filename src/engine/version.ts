import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR } from './paths.js';

let cached: string | null = null;

/**
 * The version of the domain data that produced a result: a short hash over every file in data/
 * (dictionaries, patterns, ontology, lexicons). Any edit to the data changes it, so stored events
 * know when they are stale and `brink recode` knows what to redo.
 */
export function dataVersion(dir = DATA_DIR): string {
  if (cached && dir === DATA_DIR) return cached;
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(json|txt|tsv|csv)$/.test(name)) h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  const v = `data-${h.digest('hex').slice(0, 12)}`;
  if (dir === DATA_DIR) cached = v;
  return v;
}
