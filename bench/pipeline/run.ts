/**
 * bench/pipeline: the full pipeline into the store — read NDJSON, annotate, code, synthesize,
 * store document + analysis in one transaction each — on a generated corpus (default ≥ 100 MB).
 *
 *   npx tsx bench/pipeline/run.ts [--mb 100] [--db /tmp/x.sqlite]
 *
 * Prints documents/s, words/s, MB/s and peak RSS.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { ingest } from '../../src/engine/ingest.js';
import { createAnalyzer, toArticleAnalysis } from '../../src/engine/analyze.js';
import { article } from '../scale/corpus.js';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? def) : def;
};
const MB = Number(arg('mb', '100'));
const dir = mkdtempSync(join(tmpdir(), 'brink-bench-pipeline-'));
const corpus = join(dir, 'corpus');
/** Files of ~10 MB: under the 20 MB per-input cap, as a feed dump or a daily export would be. */
const FILE_BYTES = 10_000_000;

async function generate(): Promise<{ docs: number; words: number; bytes: number }> {
  mkdirSync(corpus);
  let bytes = 0;
  let docs = 0;
  let words = 0;
  let file = 0;
  let out = createWriteStream(join(corpus, `part-000.ndjson`));
  let inFile = 0;
  while (bytes < MB * 1_000_000) {
    const a = article(docs);
    const line = `${JSON.stringify({ title: a.title, outlet: a.outlet, published: a.published, url: a.url, text: a.text })}\n`;
    if (inFile + line.length > FILE_BYTES) {
      out.end();
      await once(out, 'finish');
      out = createWriteStream(join(corpus, `part-${String(++file).padStart(3, '0')}.ndjson`));
      inFile = 0;
    }
    bytes += Buffer.byteLength(line);
    inFile += Buffer.byteLength(line);
    words += a.text.split(/\s+/).length;
    docs++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { docs, words, bytes };
}

const gen = await generate();
const size = gen.bytes;
console.log(`corpus: ${gen.docs.toLocaleString()} documents, ${gen.words.toLocaleString()} words, ${(size / 1e6).toFixed(1)} MB`);
const store = await openStore({ kind: 'sqlite', path: arg('db', join(dir, 'bench.sqlite')) });
const analyzer = await createAnalyzer();
const t0 = performance.now();
let ok = 0;
let failed = 0;
let events = 0;
const run = ingest(store, [corpus], { analyze: (d) => toArticleAnalysis(analyzer(d)), version: analyzer.version });
for (let r = await run.next(); !r.done; r = await run.next()) {
  if (r.value.status === 'failed') failed++;
  else ok++;
  events += r.value.events ?? 0;
  if (process.stderr.isTTY && (ok + failed) % 500 === 0) process.stderr.write(`\r${ok + failed} documents`);
}
const secs = (performance.now() - t0) / 1000;
await store.close();
console.log(`\npipeline into SQLite: ${ok.toLocaleString()} stored, ${failed} failed, ${events.toLocaleString()} events in ${secs.toFixed(0)} s`);
console.log(`${(ok / secs).toFixed(1)} documents/s, ${Math.round(gen.words / secs).toLocaleString()} words/s, ${(size / 1e6 / secs).toFixed(2)} MB/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(dir, { recursive: true, force: true });
