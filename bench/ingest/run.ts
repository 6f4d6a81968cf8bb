/**
 * Ingestion throughput: generates a mixed corpus (txt, md, html, rss with several items, ndjson)
 * in a temp dir, reads it all with readSources, and prints documents/s, MB/s and peak RSS.
 * Run: npx tsx bench/ingest/run.ts [--docs 10000] [--keep]
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../../src/ingest/index.js';

const args = process.argv.slice(2);
const docsWanted = Number(args[args.indexOf('--docs') + 1] ?? 10_000) || 10_000;
const keep = args.includes('--keep');

let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const SUBJ = ['The foreign minister', 'Army officials', 'A government spokesman', 'Rebel commanders', 'The prime minister', 'Diplomats', 'Police', 'The defence ministry', 'Aid workers', 'The president'];
const VERB = ['said', 'announced', 'denied', 'warned', 'confirmed', 'rejected claims', 'told reporters', 'agreed'];
const REST = ['that troops had withdrawn from two border posts', 'that talks would resume next week in the capital', 'that shelling overnight wounded several civilians', 'that a ceasefire would take effect at midnight', 'that sanctions would be extended for six months', 'that a drone was shot down near the frontier', 'that the envoy would travel to the region on Friday', 'that thousands of people had fled the fighting'];
const WHEN = ['on Monday', 'on Tuesday', 'late on Wednesday', 'on Thursday morning', 'at the weekend', 'earlier this month'];
const sentence = (): string => `${pick(SUBJ)} ${pick(VERB)} ${pick(WHEN)} ${pick(REST)}.`;
const paragraph = (): string => Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' ');
const article = (): string[] => Array.from({ length: 4 + Math.floor(rnd() * 6) }, paragraph);
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(i: number): string {
  const ps = article().map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story ${i} | Bench News</title>
<meta property="og:site_name" content="Bench News"><meta property="article:published_time" content="2026-05-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z">
<link rel="canonical" href="https://bench.test/story/${i}"><script>window.analytics = {};</script><style>body{font:14px sans-serif}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Story ${i}</h1><p class="byline">By Staff</p>${ps}</article><aside><h3>Most read</h3><ul><li>Other story</li><li>Another</li></ul></aside></main>
<footer><p>© 2026 Bench News. All rights reserved.</p></footer></body></html>`;
}
function rss(start: number, n: number): string {
  const items = Array.from({ length: n }, (_, k) => `<item><title>Item ${start + k}</title><link>https://bench.test/i/${start + k}</link><pubDate>Tue, 12 May 2026 0${k % 10}:00:00 GMT</pubDate><description>${esc(article().map((p) => `<p>${p}</p>`).join(''))}</description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench Wire</title><link>https://bench.test</link>\n${items}\n</channel></rss>`;
}

async function makeCorpus(dir: string, target: number): Promise<{ files: number; bytes: number }> {
  let docs = 0;
  let files = 0;
  let bytes = 0;
  const put = async (name: string, content: string, n: number): Promise<void> => {
    const sub = join(dir, String(files % 50).padStart(2, '0'));
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, name), content);
    files++;
    docs += n;
    bytes += Buffer.byteLength(content);
  };
  for (let i = 0; docs < target; i++) {
    const kind = i % 10;
    if (kind < 3) await put(`t${i}.txt`, `Story ${i} headline\n\n${article().join('\n\n')}\n`, 1);
    else if (kind < 5) await put(`m${i}.md`, `# Story ${i}\n\n${article().map((p, k) => (k === 1 ? `**${p}**` : p)).join('\n\n')}\n`, 1);
    else if (kind < 8) await put(`h${i}.html`, html(i), 1);
    else if (kind === 8) await put(`f${i}.rss`, rss(i * 100, 8), 8);
    else await put(`n${i}.ndjson`, Array.from({ length: 12 }, (_, k) => JSON.stringify({ url: `https://bench.test/n/${i}/${k}`, title: `N ${i}.${k}`, published: '2026-05-12', text: article().join('\n\n') })).join('\n') + '\n', 12);
  }
  return { files, bytes };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'brink-bench-ingest-'));
  try {
    const t0 = performance.now();
    const { files, bytes } = await makeCorpus(dir, docsWanted);
    const genMs = performance.now() - t0;
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    let docs = 0;
    let errors = 0;
    const byKind: Record<string, number> = {};
    const t1 = performance.now();
    for await (const item of readSources([dir])) {
      if (item.doc) {
        docs++;
        byKind[item.doc.kind] = (byKind[item.doc.kind] ?? 0) + 1;
      } else errors++;
    }
    const secs = (performance.now() - t1) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const mb = bytes / 1e6;
    console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB, generated in ${(genMs / 1000).toFixed(1)} s`);
    console.log(`documents: ${docs} (${Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ')}), errors: ${errors}`);
    console.log(`time: ${secs.toFixed(2)} s  →  ${(docs / secs).toFixed(0)} documents/s, ${(mb / secs).toFixed(2)} MB/s`);
    console.log(`peak RSS: ${(peak / 1e6).toFixed(0)} MB sampled, ${(maxRss / 1e6).toFixed(0)} MB maxRSS`);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
    else console.log(`corpus kept in ${dir}`);
  }
}

await main();
