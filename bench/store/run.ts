/**
 * Store throughput on SQLite (and PostgreSQL when BRINK_BENCH_PG_URL is set):
 *   npx tsx bench/store/run.ts [count=1000]
 * Documents are synthetic ~3 KB texts with random SimHashes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { event } from '../../src/store/test-fixtures.js';
import type { Document } from '../../src/domain/types.js';
import type { Store, StoreConfig } from '../../src/store/types.js';

const N = Number(process.argv[2] ?? 1000);
const WORDS =
  'ministers met talks border army ceasefire said officials statement strike drone envoy capital region week'.split(
    ' ',
  );

function makeDoc(i: number): Document {
  const parts: string[] = [];
  let len = 0;
  while (len < 3000) {
    const w = WORDS[(i * 7 + parts.length * 13) % WORDS.length] ?? 'x';
    parts.push(parts.length % 17 === 0 ? `${w}-${i}` : w);
    len += w.length + 1;
  }
  const text = parts.join(' ');
  return {
    id: createHash('sha256').update(text).digest('hex'),
    title: `Synthetic ${i}`,
    outlet: `Wire ${i % 5}`,
    published: '2026-05-07',
    language: 'en',
    supported: true,
    kind: 'text',
    text,
    origin: `bench:${i}`,
    simhash: randomBytes(8).toString('hex'),
  };
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function bench(label: string, config: StoreConfig): Promise<void> {
  const docs = Array.from({ length: N }, (_, i) => makeDoc(i));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const store: Store = await openStore(config);
  try {
    const [, single] = await time(async () => {
      for (const d of docs.slice(0, N / 2)) await store.documents.put(d);
    });
    const [, batched] = await time(() =>
      store.transaction(async (tx) => {
        for (const d of docs.slice(N / 2)) await tx.documents.put(d);
      }),
    );
    const [, dup] = await time(async () => {
      for (const d of docs.slice(0, 200)) await store.documents.put(d);
    });
    const q = docs[0]?.simhash ?? '0000000000000000';
    const [, near] = await time(async () => {
      for (let i = 0; i < 200; i++) await store.documents.findNear(q, 3);
    });
    const saveDoc = docs[1];
    if (!saveDoc) return;
    const events = Array.from({ length: 50 }, (_, i) =>
      event(saveDoc.id, {
        id: `${saveDoc.id}:${i}`,
        src: 'IND',
        tgt: 'PAK',
        date: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const [, save] = await time(async () => {
      for (let i = 0; i < 20; i++)
        await store.articles.save(saveDoc.id, { events, actors: [], roleConflicts: [] }, 'bench');
    });
    const [, query] = await time(async () => {
      for (let i = 0; i < 100; i++)
        await store.events.query({ dyad: ['IND', 'PAK'], from: '2026-05-10', limit: 20 });
    });
    const half = N / 2;
    console.log(`${label}: ${N} docs, ${(bytes / N / 1024).toFixed(1)} KB avg text`);
    console.log(
      `  put, one transaction each : ${(half / (single / 1000)).toFixed(0)} docs/s (${(single / half).toFixed(2)} ms/doc)`,
    );
    console.log(
      `  put, one transaction total: ${(half / (batched / 1000)).toFixed(0)} docs/s (${(batched / half).toFixed(2)} ms/doc)`,
    );
    console.log(`  put of a duplicate        : ${(dup / 200).toFixed(2)} ms`);
    console.log(`  findNear(d<=3) over ${N}   : ${(near / 200).toFixed(2)} ms`);
    console.log(`  articles.save, 50 events  : ${(save / 20).toFixed(2)} ms`);
    console.log(`  events.query dyad+from    : ${(query / 100).toFixed(2)} ms`);
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'brink-bench-'));
try {
  await bench('sqlite', { kind: 'sqlite', path: join(dir, 'bench.db') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.BRINK_BENCH_PG_URL;
if (pgUrl) {
  const schema = `brink_bench_${process.pid}`;
  try {
    await bench('postgres', { kind: 'postgres', url: pgUrl, schema });
  } finally {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  }
}
