/**
 * A/B in one process: this checkout (B) against another one (A, e.g. a `git archive` of main
 * with node_modules linked), interleaved per article so that load from other processes on a shared
 * machine hits both alike. Times wink-nlp's tagging, the whole coder, the actor resolver component and
 * `codeEvents` (the last two on documents annotated once by B). Reports mean and best round.
 * Run: `npx tsx bench/code/compare.ts /path/to/other/checkout [millionWords=0.3 | real] [rounds=5] [parts]`, where
 * `parts` (optional) picks the A/B pairs to time: a comma list of coder, resolver, codeEvents, annotation.
 * `annotation` runs each checkout's whole annotation pipeline per article and also reports each component's
 * CPU time (tokenizer, places, actorResolver, times) — there, unlike in `resolver` (pre-annotated documents),
 * the components read the word ids of the tokenizer run just before them, as in the coder.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { createCoder } from '../../src/engine/coder.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { wink } from '../../src/nlp/wink.js';
import type { AnnotatedDoc } from '../../src/domain/types.js';
import { benchArticles, checkout, codingOf, interleavedRounds, realInputs } from './text.js';

const other = process.argv[2];
if (!other) throw new Error('usage: compare.ts /path/to/other/checkout [millionWords] [rounds]');
const A = {
  ...(await codingOf(other)),
  ...(await checkout(other)<{ createCoder: typeof createCoder }>('src/engine/coder.ts')),
};
/** `real` instead of a word count: the texts of the real documents (`realInputs`), dated alike. */
const realTexts = (): { docs: string[]; words: number } => {
  const docs = realInputs().map((d) => d.text);
  return { docs, words: docs.reduce((n, d) => n + d.split(/\s+/).length, 0) };
};
const { docs, words } = process.argv[3] === 'real' ? realTexts() : benchArticles(Number(process.argv[3] ?? 0.3) * 1_000_000);
const rounds = Number(process.argv[4] ?? 5);

const comps = annotatorComponents();
const warmA = A.annotatorComponents();
const resolverOf = (cs: ReturnType<typeof annotatorComponents>) => {
  const r = cs.find((c) => c.name === 'actorResolver');
  if (!r) throw new Error('no actorResolver component');
  return r;
};
const resA = resolverOf(A.annotatorComponents());
const resB = resolverOf(comps);
const annotated: AnnotatedDoc[] = docs.map((text) => {
  const doc = emptyDoc({ text, published: '2025-05-11' });
  for (const c of comps) c.run(doc);
  return doc;
});
// A's annotation code runs over the same documents too (output dropped), so that both checkouts' code is
// as warm in the JIT (and in its per-word memos) when timing starts: B's alone would favour B (an A/A run
// showed B's annotation ~5% and its resolver ~8% faster)
for (const text of docs) {
  const doc = emptyDoc({ text, published: '2025-05-11' });
  for (const c of warmA) c.run(doc);
}
const compsA = A.annotatorComponents();
const compsB = annotatorComponents();
const compCpu = [compsA.map(() => 0), compsB.map(() => 0)];
const annotateTimed = (cs: ReturnType<typeof annotatorComponents>, side: number, i: number): void => {
  const doc = emptyDoc({ text: docs[i] as string, published: '2025-05-11' });
  for (let c = 0; c < cs.length; c++) {
    const c0 = process.cpuUsage();
    cs[c]!.run(doc);
    const d = process.cpuUsage(c0);
    compCpu[side]![c]! += (d.user + d.system) / 1e6;
  }
};
const WARMUP = 100;
let annotationCalls = 0;
const coderA = A.createCoder();
const coderB = createCoder();
const patA = A.defaultPatterns();
const patB = defaultPatterns();
const nlp = wink();
const its = nlp.its;
const date = '2025-05-11';

const all: Array<[string, (i: number) => void]> = [
  ['wink tagging', (i) => { nlp.readDoc(docs[i] as string).tokens().out(its.pos); }],
  ['coder A', (i) => { coderA({ id: `d${i}`, text: docs[i] as string, date }); }],
  ['coder B', (i) => { coderB({ id: `d${i}`, text: docs[i] as string, date }); }],
  ['resolver A', (i) => { resA.run(annotated[i] as AnnotatedDoc); }],
  ['resolver B', (i) => { resB.run(annotated[i] as AnnotatedDoc); }],
  ['codeEvents A', (i) => { A.codeEvents(annotated[i] as AnnotatedDoc, { docId: `d${i}`, patterns: patA }); }],
  ['codeEvents B', (i) => { codeEvents(annotated[i] as AnnotatedDoc, { docId: `d${i}`, patterns: patB }); }],
  ['annotation A', (i) => { annotateTimed(compsA, 0, i); }],
  ['annotation B', (i) => {
    annotateTimed(compsB, 1, i);
    // (the warm-up runs every part on the first WARMUP documents, B's annotation last: its component times start after)
    if (++annotationCalls === WARMUP) for (const side of compCpu) side.fill(0);
  }],
];
const picked = process.argv[5]?.split(',');
const parts = all.filter(([name], k) => k === 0 || !picked || picked.includes(name.split(' ')[0] as string));
const { sum, best, cpu } = interleavedRounds(parts, docs.length, rounds, WARMUP);
console.log(`A = ${other}, B = this checkout; ${Math.round(words).toLocaleString('en-US')} words, ${rounds} rounds; seconds per round (wall mean, wall best, CPU mean), % of wink's time (wall mean / best / CPU):`);
parts.forEach(([name], k) => {
  const mean = sum[k]! / rounds;
  console.log(`  ${name.padEnd(14)}${mean.toFixed(3)} s ${best[k]!.toFixed(3)} s ${(cpu[k]! / rounds).toFixed(3)} s  ${(100 * sum[k]! / sum[0]!).toFixed(1)}% / ${(100 * best[k]! / best[0]!).toFixed(1)}% / ${(100 * cpu[k]! / cpu[0]!).toFixed(1)}%`);
});
/** B's time relative to A's for each A/B pair (CPU time; < 100% = B faster). */
for (let k = 1; k + 1 < parts.length; k += 2) {
  const [a, b] = [parts[k]![0], parts[k + 1]![0]];
  console.log(`  ${b} / ${a}: ${(100 * cpu[k + 1]! / cpu[k]!).toFixed(1)}% CPU, ${(100 * sum[k + 1]! / sum[k]!).toFixed(1)}% wall`);
}
if (parts.some(([name]) => name === 'annotation B')) {
  console.log('  annotation components, CPU s per round (A, B, B / A):');
  compsB.forEach((c, k) => {
    const [a, b] = [compCpu[0]![k]! / rounds, compCpu[1]![k]! / rounds];
    console.log(`    ${c.name.padEnd(14)}${a.toFixed(3)} s ${b.toFixed(3)} s  ${(100 * b / a).toFixed(1)}%`);
  });
}
