/**
 * Calibration for the capacity estimate: analyzer CPU per word on the synthetic scale corpus vs.
 * on real articles (read at run time from the shared evaluation folder when present; nothing is
 * copied). Real news has longer, more varied sentences than the templates.
 *   npx tsx bench/scale/calibrate.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, toArticleAnalysis } from '../../src/engine/analyze.js';
import { SHARED_DIR } from '../../src/engine/paths.js';
import { buildDocument, words } from '../../src/ingest/index.js';
import type { Document } from '../../src/domain/types.js';
import { article } from './corpus.js';

function cpuMsPerWord(analyze: (d: Document) => unknown, docs: Document[], rounds: number): { msPerWord: number; words: number } {
  const w = docs.reduce((s, d) => s + words(d.text).length, 0) * rounds;
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) analyze(d);
  const c = process.cpuUsage(c0);
  return { msPerWord: (c.user + c.system) / 1000 / w, words: w };
}

const a = await createAnalyzer();
const analyze = (d: Document): unknown => toArticleAnalysis(a(d));
const synthetic = Array.from({ length: 300 }, (_, i) => {
  const x = article(i, 9);
  return buildDocument({ kind: 'api', origin: 'cal', text: x.text, published: x.published });
});
analyze(synthetic[0]!);
const s = cpuMsPerWord(analyze, synthetic, 1);
console.log(`synthetic: ${s.words} words, ${s.msPerWord.toFixed(4)} CPU-ms/word (${Math.round(1000 / s.msPerWord)} words per CPU-s)`);
const dirs = [join(SHARED_DIR, 'eval', 'articles'), join(SHARED_DIR, 'seed')].filter(existsSync);
const real = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8')))
  .map((text, i) => buildDocument({ kind: 'text', origin: `real:${i}`, text, published: '2025-01-15' }));
if (!real.length) console.log('real articles: none found under the shared folder; skipped');
else {
  const r = cpuMsPerWord(analyze, real, 3);
  const avg = Math.round(r.words / 3 / real.length);
  console.log(`real: ${real.length} articles (avg ${avg} words), ${r.msPerWord.toFixed(4)} CPU-ms/word (${Math.round(1000 / r.msPerWord)} words per CPU-s); ratio real/synthetic ${(r.msPerWord / s.msPerWord).toFixed(2)}`);
}
