/**
 * Scale bench: a synthetic news corpus (NDJSON, stream-generated to a temp dir) pushed through the
 * real queue (Redis/BullMQ) by the real producer, processed by 1 and then 2 worker PROCESSES into
 * PostgreSQL. Reports documents/s, words/s, peak RSS per worker and storage per document.
 *
 *   npx tsx bench/scale/run.ts [--gb 0.003] [--workers 1,2] [--concurrency 2]
 *       [--db postgres://postgres@127.0.0.1:5432/test] [--redis redis://127.0.0.1:6379]
 *       [--generate-only] [--keep]
 *
 * `--gb` sets the corpus size in GB of NDJSON (1 = the full 1 GB target; the default is a slice,
 * since one worker codes roughly 0.05 MB of text a second on this machine — see docs/deployment.md).
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { article } from './corpus.js';
import { readSources } from '../../src/ingest/index.js';
import type { Document } from '../../src/domain/types.js';
import { enqueueDocuments, openQueue } from '../../src/worker/queue.js';
import { startWorkerProcess, type Sandbox } from '../../test/e2e/helpers.js';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] && !process.argv[i + 1]!.startsWith('--') ? process.argv[i + 1]! : dflt;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const GB = Number(arg('gb', '0.003'));
const WORKERS = arg('workers', '1,2').split(',').map(Number).filter((n) => n > 0);
const CONCURRENCY = arg('concurrency', '2');
const PG_URL = arg('db', process.env.BRINK_DB ?? 'postgres://postgres@127.0.0.1:5432/test');
const REDIS_URL = arg('redis', process.env.BRINK_REDIS ?? 'redis://127.0.0.1:6379');
const FILE_BYTES = 8 * 1024 * 1024;
/** Interval of the progress lines during a run. */
const PROGRESS_MS = Number(arg('progress-s', '60')) * 1000;

/** Streams NDJSON files of ~8 MB until `bytes` are written; returns the files and counts. */
async function generate(dir: string, bytes: number): Promise<{ files: string[]; docs: number; bytes: number; seconds: number }> {
  const t = performance.now();
  const files: string[] = [];
  let written = 0;
  let docs = 0;
  while (written < bytes) {
    const file = join(dir, `corpus-${String(files.length).padStart(5, '0')}.ndjson`);
    files.push(file);
    const out = createWriteStream(file);
    let inFile = 0;
    while (inFile < FILE_BYTES && written < bytes) {
      const line = JSON.stringify(article(docs, 7)) + '\n';
      docs++;
      inFile += Buffer.byteLength(line);
      written += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return { files, docs, bytes: written, seconds: (performance.now() - t) / 1000 };
}

function vmHwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) used so far by live processes named `comm` (postgres, redis-server). */
function procCpuSeconds(comm: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name !== comm) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

interface Row {
  workers: number;
  docs: number;
  words: number;
  seconds: number;
  docsPerSec: number;
  wordsPerSec: number;
  peakRssMb: number[];
  failed: number;
  bytesPerDoc: number;
  enqueueSeconds: number;
  /** Worker CPU seconds (user + system) for all workers, startup included. */
  cpuSeconds: number;
  /** CPU seconds of PostgreSQL and Redis processes during the run (other users of them included). */
  pgCpu: number;
  redisCpu: number;
  load: number;
}

async function runOnce(n: number, dir: string, totalDocs: number): Promise<Row> {
  const tag = `${n}w_${process.pid}_${Date.now().toString(36)}`;
  const schema = `bench_scale_${tag}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema if not exists "${schema}"`);
  const queue = openQueue({ redisUrl: REDIS_URL, prefix: `brinkbench-${tag}` });
  const box = { prefix: `brinkbench-${tag}`, db: `${PG_URL}#schema=${schema}` } as Sandbox;
  const workers = Array.from({ length: n }, () => startWorkerProcess(box, ['--concurrency', CONCURRENCY]));
  const hwm = new Map<number, number>();
  const sampler = setInterval(() => {
    for (const w of workers) if (w.child.pid) hwm.set(w.child.pid, Math.max(hwm.get(w.child.pid) ?? 0, vmHwmKb(w.child.pid)));
  }, 500);
  try {
    await Promise.all(workers.map((w) => w.ready));
    const pg0 = procCpuSeconds('postgres');
    const redis0 = procCpuSeconds('redis-server');
    const t0 = performance.now();
    async function* docs(): AsyncGenerator<Document> {
      for await (const item of readSources([dir], { maxBytes: 64 * 1024 * 1024 })) if (item.doc) yield item.doc;
    }
    // The producer runs alongside the progress loop (it waits on back-pressure for most of a run).
    let enqueueSeconds = 0;
    let enqueueError: unknown = null;
    const producing = enqueueDocuments(queue, docs(), { water: { high: 5000, low: 2500 } }).then(
      (r) => {
        enqueueSeconds = (performance.now() - t0) / 1000;
        return r;
      },
      (e: unknown) => {
        enqueueError = e;
        return null;
      },
    );
    let lastReport = performance.now();
    for (;;) {
      if (enqueueError) throw enqueueError;
      const stored = Number((await client.query(`select count(*)::int as n from "${schema}".documents`)).rows[0].n);
      const failed = await queue.getFailedCount();
      if (stored + failed >= totalDocs) break;
      if (performance.now() - lastReport >= PROGRESS_MS) {
        // Progress lines, so a run stopped before its end still tells its rate.
        lastReport = performance.now();
        const s = (lastReport - t0) / 1000;
        const rss = workers.map((w) => ((hwm.get(w.child.pid ?? -1) ?? 0) / 1024).toFixed(0)).join(', ');
        console.log(`  [${n} worker(s)] ${new Date().toISOString().slice(11, 19)} UTC: ${stored} of ${totalDocs} stored in ${s.toFixed(0)} s (${(stored / s).toFixed(1)} docs/s; peak RSS ${rss} MB; load ${loadavg()[0]?.toFixed(1)})`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (performance.now() - t0) / 1000;
    const enq = await producing;
    if (!enq || enq.submitted !== totalDocs) throw new Error(`enqueued ${enq?.submitted ?? 0} of ${totalDocs}`);
    const pgCpu = procCpuSeconds('postgres') - pg0;
    const redisCpu = procCpuSeconds('redis-server') - redis0;
    const size = Number((await client.query(`select coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0)::bigint as b from pg_tables where schemaname = $1`, [schema])).rows[0].b);
    const failed = await queue.getFailedCount();
    const exits = await Promise.all(workers.map((w) => w.stop()));
    clearInterval(sampler);
    const words = exits.reduce((s, e) => s + Number(e?.words ?? 0), 0);
    const done = exits.reduce((s, e) => s + Number(e?.documents ?? 0), 0);
    const cpuSeconds = exits.reduce((s, e) => s + Number(e?.cpuSeconds ?? 0), 0);
    const load = loadavg()[0] ?? 0;
    const peaks = workers.map((w, i) => Math.max(hwm.get(w.child.pid ?? -1) ?? 0, Number(exits[i]?.maxRssKb ?? 0)) / 1024);
    return { workers: n, docs: done, words, seconds, docsPerSec: done / seconds, wordsPerSec: words / seconds, peakRssMb: peaks, failed, bytesPerDoc: size / Math.max(done, 1), enqueueSeconds, cpuSeconds, pgCpu, redisCpu, load };
  } finally {
    clearInterval(sampler);
    for (const w of workers) await w.stop();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    if (!flag('keep')) await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-scale-'));
  try {
    const gen = await generate(dir, GB * 1e9);
    const onDisk = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    console.log(`corpus: ${gen.docs} documents, ${(onDisk / 1e6).toFixed(1)} MB in ${gen.files.length} NDJSON files, generated in ${gen.seconds.toFixed(1)} s (${(gen.bytes / 1e6 / gen.seconds).toFixed(1)} MB/s)`);
    if (flag('generate-only')) return;
    const rows: Row[] = [];
    const header = '| workers | documents | words | seconds | docs/s | words/s | worker CPU-s | docs per worker CPU-s | PostgreSQL CPU-s | Redis CPU-s | peak RSS per worker (MB) | failed | PostgreSQL bytes/doc | load avg |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|';
    const line = (r: Row): string =>
      `| ${r.workers} | ${r.docs} | ${r.words} | ${r.seconds.toFixed(1)} | ${r.docsPerSec.toFixed(1)} | ${Math.round(r.wordsPerSec)} | ${r.cpuSeconds.toFixed(1)} | ${(r.docs / Math.max(r.cpuSeconds, 0.01)).toFixed(1)} | ${r.pgCpu.toFixed(1)} | ${r.redisCpu.toFixed(1)} | ${r.peakRssMb.map((m) => m.toFixed(0)).join(', ')} | ${r.failed} | ${Math.round(r.bytesPerDoc)} | ${r.load.toFixed(1)} |`;
    console.log(`workers × concurrency ${CONCURRENCY}, runs in the order ${WORKERS.join(', ')}`);
    for (const n of WORKERS) {
      const r = await runOnce(n, dir, gen.docs);
      rows.push(r);
      // Each row as soon as its run ends, so a long run stopped later keeps the finished rows.
      console.log(`  ${n} worker(s): done in ${r.seconds.toFixed(1)} s (producer finished after ${r.enqueueSeconds.toFixed(1)} s)\n${header}\n${line(r)}`);
    }
    console.log(`\n${header}`);
    for (const r of rows) console.log(line(r));
    console.log(`(load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores; a shared machine inflates wall times, CPU-seconds less so)`);
    const one = rows.find((r) => r.workers === 1);
    if (one) {
      const fullGbSeconds = (1e9 / (gen.bytes / gen.docs)) / one.docsPerSec;
      console.log(`\nextrapolation: 1 GB (${Math.round(1e9 / (gen.bytes / gen.docs))} such documents) at ${one.docsPerSec.toFixed(1)} docs/s per worker ≈ ${(fullGbSeconds / 3600).toFixed(1)} worker-hours`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
