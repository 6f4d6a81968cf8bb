/** The default pattern set (data/verbs), loaded once per process. */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPatternDir, type PatternSet } from './patterns.js';

export const VERBS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'verbs');
let cached: PatternSet | null = null;

export function defaultPatterns(): PatternSet {
  cached ??= loadPatternDir(VERBS_DIR);
  return cached;
}
