/**
 * One queue worker IN this process (so `node --cpu-prof` sees it) over N generated documents
 * enqueued first into a fresh prefix and schema; prints wall and CPU per document.
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/scale/worker-profile.ts [N=400] [concurrency=1]
 */
import pg from 'pg';
import { startWorker } from '../../src/worker/worker.js';
import { enqueueDocuments, openQueue } from '../../src/worker/queue.js';
import { buildDocument } from '../../src/ingest/index.js';
import { article } from './corpus.js';
const N = Number(process.argv[2] ?? 400);
const PG = 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = 'redis://127.0.0.1:6379';
const tag = `wprof_${process.pid}`;
const c = new pg.Client({ connectionString: PG }); await c.connect();
await c.query(`create schema if not exists ${tag}`);
const queue = openQueue({ redisUrl: REDIS, prefix: tag });
const docs = Array.from({ length: N }, (_, i) => { const a = article(i, 77); return buildDocument({ kind: 'api', origin: `w:${i}`, text: a.text, title: a.title, published: a.published, outlet: a.outlet, url: a.url }); });
await enqueueDocuments(queue, docs);
const w = await startWorker({ redisUrl: REDIS, storeUrl: `${PG}#schema=${tag}`, prefix: tag, concurrency: Number(process.argv[3] ?? 1) });
const c0 = process.cpuUsage(); const t0 = performance.now();
while (w.stats.documents < N) await new Promise((r) => setTimeout(r, 100));
const cu = process.cpuUsage(c0); const wall = performance.now() - t0;
console.log(`worker in-process: ${N} docs, wall ${(wall / N).toFixed(2)} ms/doc, CPU ${((cu.user + cu.system) / 1000 / N).toFixed(2)} ms/doc`);
await w.close(); await queue.obliterate({ force: true }); await queue.close();
await c.query(`drop schema ${tag} cascade`); await c.end();
