/**
 * Per-document cost of the worker's write path, in one process (no queue): documents of the scale
 * corpus through `storeDocument` into a fresh PostgreSQL schema. Splits CPU into analysis and the
 * rest (store client work), and counts wall time. Run under `node --cpu-prof` to see where the
 * worker's own CPU goes:
 *
 *   npx tsx bench/scale/profile.ts [--docs 300] [--db postgres://postgres@127.0.0.1:5432/test]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/scale/profile.ts --docs 300
 */
import pg from 'pg';
import { createAnalyzer, toArticleAnalysis } from '../../src/engine/analyze.js';
import { storeDocument } from '../../src/engine/store-document.js';
import { buildDocument, words } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import type { Document } from '../../src/domain/types.js';
import type { ArticleAnalysis } from '../../src/store/types.js';
import { article } from './corpus.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}
const N = Number(arg('docs', '300'));
const PG_URL = arg('db', process.env.BRINK_DB ?? 'postgres://postgres@127.0.0.1:5432/test');
const schema = `bench_profile_${process.pid}`;

const docs: Document[] = Array.from({ length: N + 20 }, (_, i) => {
  const a = article(i, 31);
  return buildDocument({ kind: 'api', origin: `p:${i}`, text: a.text, title: a.title, published: a.published, outlet: a.outlet, url: a.url });
});
const analyzer = await createAnalyzer();
let analyzeMs = 0;
let events = 0;
const analyze = (d: Document): ArticleAnalysis => {
  const c0 = process.cpuUsage();
  const a = toArticleAnalysis(analyzer(d));
  const c = process.cpuUsage(c0);
  analyzeMs += (c.user + c.system) / 1000;
  events += a.events.length;
  return a;
};
// Analyses computed up front too, to time the store path alone (same analyses, no analysis CPU).
const pre = new Map(docs.map((d) => [d.id, toArticleAnalysis(analyzer(d))]));
const store = await openStore({ kind: 'postgres', url: PG_URL, schema });
try {
  // Warm-up (JIT, pool connections), not counted.
  for (const d of docs.slice(N)) await storeDocument(store, d.origin ?? '', d, { analyze, version: 'bench' });
  analyzeMs = 0;
  events = 0;
  const w = docs.slice(0, N).reduce((s, d) => s + words(d.text).length, 0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs.slice(0, N)) {
    const r = await storeDocument(store, d.origin ?? '', d, { analyze, version: 'bench' });
    if (r.status === 'failed') throw new Error(JSON.stringify(r.error));
  }
  const c = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  const cpu = (c.user + c.system) / 1000;
  // The store path alone, into a second schema: the same documents with their analyses ready.
  const store2 = await openStore({ kind: 'postgres', url: PG_URL, schema: `${schema}_b` });
  const s0 = process.cpuUsage();
  const t1 = performance.now();
  for (const d of docs.slice(0, N)) {
    const r = await storeDocument(store2, 'again', d, { analyze: (x) => pre.get(x.id)!, version: 'bench' });
    if (r.status !== 'ok' && r.status !== 'near-duplicate') throw new Error(JSON.stringify(r));
  }
  const sc = process.cpuUsage(s0);
  const swall = performance.now() - t1;
  await store2.close();
  console.log(`store path alone (analysis precomputed): wall ${(swall / N).toFixed(2)} ms, process CPU ${((sc.user + sc.system) / 1000 / N).toFixed(2)} ms per document`);
  console.log(`${N} documents, ${Math.round(w / N)} words and ${(events / N).toFixed(1)} events per document`);
  console.log(`per document: wall ${(wall / N).toFixed(2)} ms, process CPU ${(cpu / N).toFixed(2)} ms = analysis ${(analyzeMs / N).toFixed(2)} ms + store client ${((cpu - analyzeMs) / N).toFixed(2)} ms`);
} finally {
  await store.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`drop schema if exists "${schema}" cascade`);
  await c.query(`drop schema if exists "${schema}_b" cascade`);
  await c.end();
}
