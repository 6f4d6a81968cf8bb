/**
 * API throughput: a temp SQLite store seeded with synthetic events (default 50,000), the server on
 * 127.0.0.1 (random port), autocannon for 10 s per endpoint with a bearer token.
 *   npx tsx bench/api/run.ts [events=50000] [seconds=10] [connections=10]
 * Loopback only; bounded in time; stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../src/store/index.js';
import type { Document, Event, QuadClass } from '../../src/domain/types.js';
import { addToken, addUser, serve } from '../../src/server/index.js';
import { ROOT } from '../../src/engine/paths.js';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process (its own core): in-process it would compete with the server's event loop. */
function autocannon(opts: { url: string; duration: number; connections: number; headers: Record<string, string> }): Promise<CannonResult> {
  const bin = join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  const args = [bin, '--json', '-d', String(opts.duration), '-c', String(opts.connections), ...Object.entries(opts.headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), opts.url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const killer = setTimeout(() => child.kill('SIGTERM'), (opts.duration + 30) * 1000);
    child.on('close', (code) => {
      clearTimeout(killer);
      if (code !== 0) reject(new Error(`autocannon exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as CannonResult);
    });
  });
}

const N = Number(process.argv[2] ?? 50_000);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = Number(process.argv[4] ?? 10);
const COUNTRIES = ['IND', 'PAK', 'USA', 'CHN', 'RUS', 'UKR', 'ISR', 'IRN', 'SAU', 'QAT', 'TUR', 'GBR', 'FRA', 'DEU', 'AFG', 'BGD'];
const SECTORS = ['', 'GOV', 'MIL'];
const CODES: Array<[string, QuadClass, number]> = [['042', 1, 1.9], ['043', 1, 2.8], ['057', 1, 8], ['070', 2, 7], ['111', 3, -2], ['130', 3, -4.4], ['173', 4, -5], ['190', 4, -10], ['195', 4, -10]];

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function synthEvent(docId: string, i: number): Event {
  // about one event in eight is between India and Pakistan
  const [a, b] = rand() < 0.125 ? ['IND', 'PAK'] : [pick(COUNTRIES), pick(COUNTRIES)];
  const [cameo, quad, goldstein] = pick(CODES);
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 150) * 86_400_000).toISOString().slice(0, 10);
  const src = a + pick(SECTORS);
  const tgt = (b === a ? 'CHN' : b) + pick(SECTORS);
  return {
    id: `${docId}-e${i}`, docId, sentence: i, span: [0, 40], evidence: `synthetic ${src} ${cameo} ${tgt} evidence number ${i}`,
    source: { code: src, country: src.slice(0, 3) }, target: { code: tgt, country: tgt.slice(0, 3) },
    cameo, plover: 'CONSULT', quad, goldstein, when: { date: day, precision: 'day', inferred: false }, modality: rand() < 0.9 ? 'asserted' : 'negated',
    rule: 'bench', confidence: 0.8,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-bench-api-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'bench.db') });
  try {
    const t0 = performance.now();
    const perDoc = 100;
    for (let d = 0; d * perDoc < N; d++) {
      const id = `doc${d}`;
      const doc: Document = { id, language: 'en', supported: true, kind: 'text', text: `Synthetic bench document ${d}.`, title: `Bench ${d}`, outlet: `Wire ${d % 7}`, published: '2026-05-01' };
      await store.transaction(async (tx) => {
        await tx.documents.put(doc);
        await tx.articles.save(id, { events: Array.from({ length: Math.min(perDoc, N - d * perDoc) }, (_, i) => synthEvent(id, i)), actors: [], roleConflicts: [] }, 'bench');
      });
    }
    const ipk = (await store.events.query({ dyad: ['IND', 'PAK'], modality: 'asserted', limit: 5000 })).items.length;
    console.log(`seeded ${N} events in ${((performance.now() - t0) / 1000).toFixed(1)} s (IND–PAK asserted: ${ipk}${ipk === 5000 ? '+' : ''})`);
    const t1 = performance.now();
    for (let i = 0; i < 20; i++) await store.events.query({ dyad: ['IND', 'PAK'], limit: 100 });
    console.log(`store.events.query(dyad IND,PAK, limit 100) alone: ${((performance.now() - t1) / 20).toFixed(1)} ms`);
    await addUser(store, { name: 'bench', password: 'bench password', role: 'viewer' });
    const { token } = await addToken(store, 'bench');
    const server = await serve({ store, port: 0, host: '127.0.0.1', config: { rateLimit: { perMinute: 1e9 }, refreshAlertsOnIngest: false } });
    try {
      for (const path of ['/api/events?dyad=IND,PAK&limit=100', '/api/dyads/IND/PAK']) {
        const t1 = performance.now();
        const first = await fetch(`${server.url.replace(/\/$/, '')}${path}`, { headers: { authorization: `Bearer ${token}` } });
        await first.arrayBuffer();
        console.log(`GET ${path}: first (cold) request ${(performance.now() - t1).toFixed(0)} ms, status ${first.status}`);
        const r = await autocannon({ url: `${server.url.replace(/\/$/, '')}${path}`, duration: SECONDS, connections: CONNECTIONS, headers: { authorization: `Bearer ${token}` } });
        console.log(`GET ${path}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.total} requests, non-2xx ${r.non2xx}, errors ${r.errors}`);
      }
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
