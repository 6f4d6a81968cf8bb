/**
 * Coder throughput: words/s of raw text → events (annotation included) and wink-nlp's own tagging
 * alone, in the same run (interleaved per article), over generated news-like text (our own template
 * sentences), plus the annotation layer alone and peak RSS.
 * Run: `npx tsx bench/code/run.ts [millionWords=1]`. Numbers, not pass/fail.
 */
import { createCoder } from '../../src/engine/coder.js';
import { annotatorComponents } from '../../src/engine/annotate.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { wink } from '../../src/nlp/wink.js';
import { benchArticles, order } from './text.js';

const target = Number(process.argv[2] ?? 1) * 1_000_000;
const { docs, words } = benchArticles(target);
let peak = process.memoryUsage().rss;
const sample = (): void => { peak = Math.max(peak, process.memoryUsage().rss); };

const coder = createCoder();
const nlp = wink();
const its = nlp.its;
/**
 * Warm-up, untimed: the JIT compiles wink's few hot functions within a few documents but the coder's
 * hundreds only after some thousands of sentences (the first 250 k words run at about half the later
 * speed), so every method first runs over its own warm-up articles (other seeds than the timed ones).
 * Pass 0 as the second argument to time a cold start instead.
 */
const warmWords = Number(process.argv[3] ?? 0.1) * 1_000_000;
const warm = benchArticles(warmWords, 1_000_000).docs;

/** The engine's annotation pipeline run component by component, timing each. */
const components = annotatorComponents();
const compMs = components.map(() => 0);
function annotateTimed(text: string): void {
  const doc = emptyDoc({ text, published: '2025-05-11' });
  for (let c = 0; c < components.length; c++) {
    const t0 = performance.now();
    components[c]!.run(doc);
    compMs[c]! += performance.now() - t0;
  }
}

const methods0: Array<(text: string) => void> = [
  (text) => { nlp.readDoc(text).tokens().out(its.pos); },
  (text) => { annotateTimed(text); },
  (text) => { coder({ id: 'warm', text, date: '2025-05-11' }); },
];
for (const text of warm) for (const m of methods0) m(text);
compMs.fill(0);

/**
 * Interleaved timing (as in bench/annotate): every article goes through wink, the annotator alone and
 * the whole coder in turn, rotating and reversing the order (see text.ts `order`), so that load from other processes on a shared machine
 * hits all three alike and the ratios stay meaningful. Coding alone = coder − annotator.
 */
let events = 0;
let toks = 0;
const ms = [0, 0, 0];
const cpu = [0, 0, 0];
const methods: Array<(text: string, i: number) => void> = [
  (text) => { toks += nlp.readDoc(text).tokens().out(its.pos).length; },
  (text) => { annotateTimed(text); },
  (text, i) => { events += coder({ id: `d${i}`, text, date: '2025-05-11' }).length; },
];
docs.forEach((text, i) => {
  for (let k = 0; k < methods.length; k++) {
    const m = order(i, k, methods.length);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    methods[m]!(text, i);
    ms[m]! += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu[m]! += (c.user + c.system) / 1000;
  }
  if (i % 200 === 0) sample();
});
sample();
const [winkSec, annSec, coderSec] = ms.map((x) => x / 1000) as [number, number, number];
const codingSec = Math.max(1e-9, coderSec - annSec);
const [winkCpu, annCpu, coderCpu] = cpu.map((x) => x / 1000) as [number, number, number];

const r = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`words: ${r(words)} in ${docs.length} articles; events: ${r(events)}; wink tokens: ${r(toks)}`);
console.log(`wink tagging alone:          ${r(words / winkSec).padStart(9)} words/s (${winkSec.toFixed(1)} s)`);
console.log(`annotation (engine pipeline):${r(words / annSec).padStart(9)} words/s (${annSec.toFixed(1)} s)  ${(100 * winkSec / annSec).toFixed(0)}% of wink`);
components.forEach((c, k) => console.log(`  ${c.name.padEnd(27)}${r(words / (compMs[k]! / 1000)).padStart(9)} words/s (${(compMs[k]! / 1000).toFixed(1)} s)`));
console.log(`coding alone (coder − annot.):${r(words / codingSec).padStart(8)} words/s (${codingSec.toFixed(1)} s)`);
console.log(`coder (annotation + coding): ${r(words / coderSec).padStart(9)} words/s (${coderSec.toFixed(1)} s)  ${(100 * winkSec / coderSec).toFixed(0)}% of wink (goal >= 50%)`);
console.log(`by process CPU time (robust to load): wink ${r(words / winkCpu)}, annotation ${r(words / annCpu)} (${(100 * winkCpu / annCpu).toFixed(0)}%), coder ${r(words / coderCpu)} words/s (${(100 * winkCpu / coderCpu).toFixed(0)}% of wink)`);
console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
