/**
 * Coder throughput on news text rather than run.ts's generated template sentences: the bundled sample
 * corpus and test articles (wire-style articles of our own) and, when `../shared` is present, the seed
 * article and the development sets' sentences (real news sentences; only their text is read, the labels
 * are not). Same measure as run.ts: wink-nlp's tagging alone, the engine's annotation and the whole coder,
 * interleaved per document, in process CPU time and in the best round's wall clock.
 *
 * The template text of run.ts is the coder's best case: short sentences of one event each, few distinct
 * words, so the JIT and every per-word memo are warm within a few thousand sentences. Real news is
 * slower per word for the coder (longer sentences with more clauses, names, times and titles to look
 * at) and for wink (more new words for its lexeme cache), so the ratio here is the one a user sees.
 *
 * Run: `npx tsx bench/code/real.ts [rounds=5] [warmupRounds=2]`. Numbers, not pass/fail.
 */
import { createCoder } from '../../src/engine/coder.js';
import { annotatorComponents } from '../../src/engine/annotate.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { wink } from '../../src/nlp/wink.js';
import { interleavedRounds, newsDocs } from './text.js';

type Doc = ReturnType<typeof newsDocs>[number];
const docs = newsDocs();
if (!docs.some((d) => d.group !== 'sample corpus' && d.group !== 'test articles')) console.log(`(../shared not found: timing the bundled articles only)`);

const rounds = Number(process.argv[2] ?? 5);
const warmRounds = Number(process.argv[3] ?? 2);
const coder = createCoder();
const nlp = wink();
const its = nlp.its;
const components = annotatorComponents();
const parts: Array<[string, (i: number) => void]> = [
  ['wink tagging', (i) => { nlp.readDoc(docs[i]!.text).tokens().out(its.pos); }],
  ['annotation', (i) => { const d = emptyDoc({ text: docs[i]!.text, published: docs[i]!.date }); for (const c of components) c.run(d); }],
  ['coder', (i) => { coder({ id: `d${i}`, text: docs[i]!.text, date: docs[i]!.date }); }],
];
let peak = process.memoryUsage().rss;
for (let r = 0; r < warmRounds; r++) for (let i = 0; i < docs.length; i++) for (const [, f] of parts) f(i);
const words = (ds: Doc[]): number => ds.reduce((a, d) => a + d.text.split(/\s+/).length, 0);
const r = (x: number): string => Math.round(x).toLocaleString('en-US');

const groups = [...new Set(docs.map((d) => d.group))];
console.log(`${docs.length} documents, ${r(words(docs))} words; ${warmRounds} warm-up rounds, then ${rounds} timed rounds`);
for (const g of [...groups, 'all']) {
  const idx = docs.map((d, i) => (g === 'all' || d.group === g ? i : -1)).filter((i) => i >= 0);
  const w = words(idx.map((i) => docs[i]!));
  const sub: typeof parts = parts.map(([name, f]) => [name, (k: number) => f(idx[k]!)]);
  const { best, cpu } = interleavedRounds(sub, idx.length, rounds, 0);
  peak = Math.max(peak, process.memoryUsage().rss);
  const perS = (k: number): number => (w * rounds) / cpu[k]!;
  console.log(`${g} (${idx.length} documents, ${r(w)} words):`);
  console.log(`  by CPU time: wink ${r(perS(0))}, annotation ${r(perS(1))} (${(100 * cpu[0]! / cpu[1]!).toFixed(0)}% of wink), coder ${r(perS(2))} words/s (${(100 * cpu[0]! / cpu[2]!).toFixed(0)}% of wink)`);
  console.log(`  best round, wall clock: wink ${r(w / best[0]!)}, coder ${r(w / best[2]!)} words/s (${(100 * best[0]! / best[2]!).toFixed(0)}% of wink)`);
}
console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
