/**
 * Coder throughput: words/s of raw text → events (annotation included) and wink-nlp's own tagging
 * alone, in the same run, over generated news-like text (our own template sentences), plus peak RSS.
 * Run: `npx tsx bench/code/run.ts [millionWords=1]`. Numbers, not pass/fail.
 */
import { createCoder } from '../../src/engine/coder.js';
import { wink } from '../../src/nlp/wink.js';

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

function article(seed: number): string {
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

const target = Number(process.argv[2] ?? 1) * 1_000_000;
const docs: string[] = [];
let words = 0;
for (let i = 0; words < target; i++) {
  const d = article(i + 1);
  docs.push(d);
  words += d.split(/\s+/).length;
}
let peak = process.memoryUsage().rss;
const sample = (): void => { peak = Math.max(peak, process.memoryUsage().rss); };

const coder = createCoder();
coder({ id: 'warm', text: docs[0] as string, date: '2025-05-11' });
let events = 0;
let t0 = performance.now();
docs.forEach((text, i) => {
  events += coder({ id: `d${i}`, text, date: '2025-05-11' }).length;
  if (i % 200 === 0) sample();
});
const coderSec = (performance.now() - t0) / 1000;

const nlp = wink();
const its = nlp.its;
t0 = performance.now();
let toks = 0;
docs.forEach((text, i) => {
  toks += nlp.readDoc(text).tokens().out(its.pos).length;
  if (i % 200 === 0) sample();
});
const winkSec = (performance.now() - t0) / 1000;
sample();

const r = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`words: ${r(words)} in ${docs.length} articles; events: ${r(events)}`);
console.log(`coder (annotation + coding): ${r(words / coderSec)} words/s (${coderSec.toFixed(1)} s)`);
console.log(`wink tagging alone:          ${r(words / winkSec)} words/s (${winkSec.toFixed(1)} s, ${r(toks)} tokens)`);
console.log(`ratio coder/wink: ${(winkSec / coderSec).toFixed(2)}; peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
