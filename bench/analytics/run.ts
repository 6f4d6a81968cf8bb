/**
 * bench/analytics: dyad series over a year on a store of many synthetic events (default 10 M).
 *
 *   npx tsx bench/analytics/run.ts [--events 10000000] [--queries 50] [--db /tmp/x.sqlite] [--keep]
 *
 * Builds the store (migrations through openStore, events bulk-inserted with better-sqlite3), then
 * times `dyadView` (SQL daily aggregates from the covering dyad index + series + escalation) for
 * random dyads and one-year windows. Prints p50/p95/max, rows and peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { dyadView } from '../../src/engine/corpus.js';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? def) : def;
};
const N = Number(arg('events', '10000000'));
const Q = Number(arg('queries', '50'));
const dir = mkdtempSync(join(tmpdir(), 'brink-bench-analytics-'));
const path = arg('db', join(dir, 'bench.sqlite'));


const COUNTRIES = ['IND', 'PAK', 'USA', 'CHN', 'RUS', 'UKR', 'ISR', 'IRN', 'PSE', 'LBN', 'SAU', 'ARE', 'QAT', 'EGY', 'TUR', 'THA', 'KHM', 'COD', 'RWA', 'ARM', 'AZE', 'SDN', 'YEM', 'PRK', 'KOR', 'TWN', 'JPN', 'GBR', 'FRA', 'DEU'];
const SECTORS = ['', 'GOV', 'MIL', 'GOV', 'MIL', 'CVL'];
const CODES: Array<[string, number, number]> = [['010', 0, 1], ['036', 4, 1], ['041', 1, 1], ['042', 1.9, 1], ['046', 7, 1], ['051', 3.4, 1], ['057', 8, 2], ['0871', 9, 2], ['112', -2, 3], ['138', -7, 3], ['160', -4, 3], ['173', -5, 4], ['190', -10, 4], ['194', -10, 4], ['195', -10, 4]];

function seeded(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

async function build(): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path });
  const docs = 1000;
  for (let i = 0; i < docs; i++) await store.documents.put({ id: `bench-doc-${i}`, language: 'en', supported: true, text: `synthetic ${i}`, kind: 'import' });
  await store.close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const ins = db.prepare(`insert into events (id, doc_id, sentence, span_start, span_end, evidence, source_code, source_country, target_code, target_country, cameo, root, plover, quad, goldstein, event_date, precision, time_inferred, modality, rule, confidence)
    values (?, ?, 0, 0, 0, '', ?, ?, ?, ?, ?, ?, 'OTHER', ?, ?, ?, 'day', 0, ?, 'bench', 0.5)`);
  const rnd = seeded(42);
  const day0 = Date.parse('2024-01-01T00:00:00Z') / 86_400_000;
  const t0 = performance.now();
  const batch = 100_000;
  for (let start = 0; start < N; start += batch) {
    db.transaction(() => {
      for (let i = start; i < Math.min(N, start + batch); i++) {
        // Zipf-like: low-index countries appear far more often, so a few dyads are large
        const a = Math.floor(COUNTRIES.length * rnd() ** 2.5);
        let b = Math.floor(COUNTRIES.length * rnd() ** 2.5);
        if (b === a) b = (a + 1) % COUNTRIES.length;
        const sc = COUNTRIES[a] as string;
        const tc = COUNTRIES[b] as string;
        const [cameo, g, quad] = CODES[Math.floor(rnd() * CODES.length)] as [string, number, number];
        const date = new Date((day0 + Math.floor(rnd() * 730)) * 86_400_000).toISOString().slice(0, 10);
        const ss = SECTORS[Math.floor(rnd() * SECTORS.length)] as string;
        const ts = SECTORS[Math.floor(rnd() * SECTORS.length)] as string;
        ins.run(`e${i}`, `bench-doc-${i % docs}`, sc + ss, sc, tc + ts, tc, cameo, cameo.slice(0, 2), quad, g, date, rnd() < 0.93 ? 'asserted' : 'speculative');
      }
    })();
    if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(N, start + batch).toLocaleString()} events`);
  }
  db.exec('analyze');
  db.close();
  const secs = (performance.now() - t0) / 1000;
  console.log(`\nbuilt ${N.toLocaleString()} events in ${secs.toFixed(1)} s (${Math.round(N / secs).toLocaleString()} rows/s, indexes maintained)`);
}

async function query(): Promise<void> {
  const store = await openStore({ kind: 'sqlite', path });
  const rnd = seeded(7);
  const times: number[] = [];
  let rows = 0;
  for (let q = 0; q < Q + 3; q++) {
    const a = COUNTRIES[Math.floor(8 * rnd())] as string;
    let b = COUNTRIES[Math.floor(8 * rnd())] as string;
    if (a === b) b = 'IND' === a ? 'PAK' : 'IND';
    const startDay = Math.floor(rnd() * 365);
    const from = new Date(Date.parse('2024-01-01T00:00:00Z') + startDay * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + 364 * 86_400_000).toISOString().slice(0, 10);
    const t = performance.now();
    const v = await dyadView(store, a, b, { from, to });
    const ms = performance.now() - t;
    if (q >= 3) times.push(ms); // the first queries warm the page cache
    rows = v.series.reduce((s, r) => s + r.events, 0);
  }
  await store.close();
  times.sort((x, y) => x - y);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
  console.log(`dyad series over one year (SQLite, ${N.toLocaleString()} events): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms over ${Q} queries; last answer covered ${rows.toLocaleString()} events`);
}

await build();
await query();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
