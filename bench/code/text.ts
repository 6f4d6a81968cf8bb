/**
 * The benchmarks' texts: generated news-like text (our own template sentences), the news documents (bundled
 * articles and, when `../shared` is present, the seed article and the development sets' sentences), and the
 * loader of another checkout's modules for A/B runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { annotatorComponents } from '../../src/engine/annotate.js';
import type { codeEvents } from '../../src/coding/index.js';
import type { defaultPatterns } from '../../src/coding/load.js';

const ACTORS = ['India', 'Pakistan', 'the United States', 'China', 'Russia', 'Ukraine', 'Israel', 'Iran', 'Turkey', 'France', 'the United Nations', 'Egypt', 'Qatar'];
const VERBS = ['condemned', 'praised', 'accused', 'met', 'urged', 'threatened', 'criticized', 'welcomed', 'shelled', 'attacked', 'called', 'thanked'];
const TAILS = ['on Friday', 'on Saturday afternoon', 'last week', 'in a statement', 'after talks in Geneva', 'over the border dispute', 'for its role in the crisis'];
const FRAMES = [
  (a: string, v: string, b: string, t: string) => `${a} ${v} ${b} ${t}, officials said.`,
  (a: string, v: string, b: string, t: string) => `According to diplomats, ${a} ${v} ${b} ${t} amid rising tensions in the region.`,
  (a: string, _v: string, b: string, t: string) => `${a} and ${b} agreed to a ceasefire ${t} after days of cross-border shelling.`,
  (a: string, _v: string, b: string, t: string) => `${a} did not rule out new sanctions on ${b} ${t}, a spokesman told reporters.`,
  (a: string, v: string, b: string, t: string) => `If ${a} ${v} ${b} again, the talks could collapse ${t}, analysts warned.`,
];

export function article(seed: number): string {
  let s = seed;
  const pick = <T>(xs: T[]): T => { s = (s * 1103515245 + 12345) % 2147483648; return xs[s % xs.length] as T; };
  const sents: string[] = [];
  for (let i = 0; i < 12; i++) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b === a) b = pick(ACTORS);
    sents.push(pick(FRAMES)(a, pick(VERBS), b, pick(TAILS)));
  }
  return sents.join(' ');
}

/** Articles until `target` words (whitespace-separated) are reached; seeds from `firstSeed` + 1. */
export function benchArticles(target: number, firstSeed = 0): { docs: string[]; words: number } {
  const docs: string[] = [];
  let words = 0;
  for (let i = 0; words < target; i++) {
    const d = article(firstSeed + i + 1);
    docs.push(d);
    words += d.split(/\s+/).length;
  }
  return { docs, words };
}

/**
 * The part run k-th on document i: the order is rotated from one document to the next and runs
 * backwards on every other document, so that each part runs right after each other part equally
 * often. (A plain rotation always runs part j + 1 right after part j on the same document, which
 * then finds that document's data in the CPU caches: an A/A comparison of codeEvents came out 11%
 * in favour of the later copy.)
 */
export function order(i: number, k: number, n: number): number {
  const r = (i >> 1) % n;
  return i % 2 === 0 ? (r + k) % n : (r - k + n) % n;
}

/**
 * Times `parts` over `n` documents in `rounds` rounds, the parts interleaved per document (their
 * order rotated and reversed, see `order`) so that load from other processes hits each part alike; `warmup` documents are
 * run once first. Returns seconds per part: the sum over rounds and the fastest round, in wall-clock
 * time, and the process CPU time summed over rounds (`cpu`: on a shared, overloaded machine the
 * wall clock also counts the time the process waited for a core; CPU time does not).
 */
export function interleavedRounds(
  parts: Array<[string, (i: number) => void]>,
  n: number,
  rounds: number,
  warmup: number,
): { sum: number[]; best: number[]; cpu: number[] } {
  for (let i = 0; i < Math.min(warmup, n); i++) for (const [, f] of parts) f(i);
  const sum = parts.map(() => 0);
  const best = parts.map(() => Infinity);
  const cpu = parts.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    const round = parts.map(() => 0);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < parts.length; k++) {
        const m = order(i, k, parts.length);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        parts[m]![1](i);
        round[m]! += (performance.now() - t0) / 1000;
        const c = process.cpuUsage(c0);
        cpu[m]! += (c.user + c.system) / 1e6;
      }
    }
    round.forEach((x, k) => { sum[k]! += x; best[k] = Math.min(best[k]!, x); });
  }
  return { sum, best, cpu };
}

/** A document to time: its text and the date it is coded on. */
export interface BenchInput { text: string; date: string }

/** The template articles of about `millionWords` million words, dated alike. */
export function templateInputs(millionWords: number): BenchInput[] {
  return benchArticles(millionWords * 1_000_000).docs.map((text) => ({ text, date: '2025-05-11' }));
}

const root = new URL('../../', import.meta.url).pathname;

/**
 * The news documents (only their text and date are read, never labels): the bundled sample corpus and test
 * articles, and, when `../shared` is present, the seed article and the development sets' sentences — the 1,734
 * documents the coder is checked on. `group` says which set each comes from.
 */
export function newsDocs(): Array<BenchInput & { group: string }> {
  const docs: Array<BenchInput & { group: string }> = [];
  const corpus = join(root, 'samples', 'corpus');
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.ndjson'))) {
    for (const line of readFileSync(join(corpus, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { text: string; published: string };
      docs.push({ group: 'sample corpus', text: r.text, date: r.published.slice(0, 10) });
    }
  }
  const arts = join(root, 'test', 'articles');
  for (const f of readdirSync(arts).filter((x) => x.endsWith('.txt'))) {
    docs.push({ group: 'test articles', text: readFileSync(join(arts, f), 'utf8'), date: '2025-01-01' });
  }
  const shared = join(root, '..', 'shared');
  if (!existsSync(shared)) return docs;
  const seed = join(shared, 'seed', 'ceasefire-article.txt');
  if (existsSync(seed)) docs.push({ group: 'test articles', text: readFileSync(seed, 'utf8'), date: '2025-05-10' });
  for (const [file, group] of [['plover-gsr.jsonl', 'PLOVER sentences'], ['conflibert-quad-train.jsonl', 'ConfliBERT sentences']] as const) {
    const p = join(shared, 'eval', 'sentences', file);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { text: string; date?: string };
      docs.push({ group, text: r.text, date: r.date ?? '2020-01-01' });
    }
  }
  return docs;
}

/** The real documents: the NDJSON `{text, date}` file named by $BRINK_REAL_INPUT, else `newsDocs()`. */
export function realInputs(): BenchInput[] {
  const file = process.env['BRINK_REAL_INPUT'];
  if (!file) return newsDocs();
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as BenchInput);
}

/** A command-line choice of texts: `real` for `realInputs()`, else a number of million template words. */
export function benchInputs(which: string): BenchInput[] {
  return which === 'real' ? realInputs() : templateInputs(Number(which));
}

/** An importer of another checkout's modules by path relative to its root (`src/coding/index.ts`), for A/B runs. */
export function checkout(dir: string): <T>(file: string) => Promise<T> {
  return async <T>(file: string): Promise<T> => (await import(pathToFileURL(resolve(dir, file)).href)) as T;
}

/** Another checkout's annotation components, `codeEvents` and patterns: the A side of an A/B run of the coder. */
export async function codingOf(dir: string): Promise<{
  annotatorComponents: typeof annotatorComponents; codeEvents: typeof codeEvents; defaultPatterns: typeof defaultPatterns;
}> {
  const from = checkout(dir);
  return {
    ...(await from<{ annotatorComponents: typeof annotatorComponents }>('src/engine/annotate.ts')),
    ...(await from<{ codeEvents: typeof codeEvents }>('src/coding/index.ts')),
    ...(await from<{ defaultPatterns: typeof defaultPatterns }>('src/coding/load.ts')),
  };
}
