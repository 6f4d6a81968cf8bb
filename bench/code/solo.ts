/**
 * One checkout's annotation pipeline alone in this process (no second checkout sharing the heap and the
 * CPU caches, as in compare.ts and component.ts, whose A/A runs came out up to 2–5% apart per component and
 * 2.4% apart for the whole coder): every template article once per round, after a warm-up
 * over other articles, timing each component (wall clock, performance.now). For A/B runs in separate
 * processes, alternated: `for i in 1 2 3; do npx tsx bench/code/solo.ts /work/ref; npx tsx bench/code/solo.ts .; done`
 * (wall clock: meaningful on an otherwise idle machine only).
 * Run: `npx tsx bench/code/solo.ts /path/to/checkout [millionWords=0.3] [rounds=5] [real]`.
 */
import type { annotatorComponents as AnnotatorComponents } from '../../src/engine/annotate.js';
import type { emptyDoc as EmptyDoc } from '../../src/nlp/pipeline.js';
import { benchArticles, checkout, realInputs, templateInputs } from './text.js';

const dir = process.argv[2] ?? '.';
const from = checkout(dir);
const { annotatorComponents } = await from<{ annotatorComponents: typeof AnnotatorComponents }>('src/engine/annotate.ts');
const { emptyDoc } = await from<{ emptyDoc: typeof EmptyDoc }>('src/nlp/pipeline.ts');
const rounds = Number(process.argv[4] ?? 5);
const real = process.argv[5] === 'real';
const inputs = real ? realInputs() : templateInputs(Number(process.argv[3] ?? 0.3));
const warm = benchArticles(100_000, 1_000_000).docs.map((text) => ({ text, date: '2025-05-11' }));
const cs = annotatorComponents();
const ms = cs.map(() => 0);
const run = (input: { text: string; date: string }, timed: boolean): void => {
  const doc = emptyDoc({ text: input.text, published: input.date });
  for (let c = 0; c < cs.length; c++) {
    const t0 = performance.now();
    cs[c]!.run(doc);
    if (timed) ms[c]! += performance.now() - t0;
  }
};
for (const input of warm) run(input, false);
for (let r = 0; r < rounds; r++) for (const input of inputs) run(input, true);
console.log(`${dir}: ${cs.map((c, k) => `${c.name} ${(ms[k]! / rounds).toFixed(1)}`).join(', ')} ms per round`);
