/**
 * A/B of one annotation component (tokenizer, places, actorResolver, times) or of `codeEvents` (after the
 * whole annotation) of this checkout (B) against
 * another (A), in one process: per document, each checkout runs its own pipeline up to the component
 * (untimed, so the component reads the word ids of its own checkout's tokenizer, as in the coder), then
 * the component `reps` times in a row, timed in process CPU. The two checkouts alternate per document
 * (which goes first flips every document). Finer than compare.ts's `annotation` parts for a component
 * that is a few percent of the coder: the rest of the pipeline is not in the measured time.
 * Run: `npx tsx bench/code/component.ts /path/to/other/checkout times [millionWords=0.2] [rounds=5] [reps=3] [real]`
 * (or `codeEvents` in place of `times`);
 * `real` times the 1,734 news documents (`realInputs` in text.ts) instead of the
 * template articles.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import type { Component } from '../../src/nlp/pipeline.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { codingOf, realInputs, templateInputs } from './text.js';

const other = process.argv[2];
const name = process.argv[3];
if (!other || !name) throw new Error('usage: component.ts /path/to/other/checkout componentName [millionWords] [rounds] [reps] [real]');
const A = await codingOf(other);
const rounds = Number(process.argv[5] ?? 5);
const reps = Number(process.argv[6] ?? 3);
const real = process.argv[7] === 'real';
const inputs = real ? realInputs() : templateInputs(Number(process.argv[4] ?? 0.2));

/** `codeEvents` as a component after the annotation ones (its patterns loaded once per checkout). */
const coding = (code: typeof codeEvents, patterns: ReturnType<typeof defaultPatterns>): Component => ({
  name: 'codeEvents', requires: [], assigns: [], run: (doc) => { code(doc, { docId: 'd', patterns }); },
});
const sides = [[...A.annotatorComponents(), coding(A.codeEvents, A.defaultPatterns())], [...annotatorComponents(), coding(codeEvents, defaultPatterns())]];
const at = sides.map((cs) => cs.findIndex((c) => c.name === name));
if (at.some((k) => k < 0)) throw new Error(`no component ${name}`);

const cpu = [0, 0];
function run(side: number, i: number, timed: boolean): void {
  const cs = sides[side]!;
  const input = inputs[i]!;
  const doc = emptyDoc({ text: input.text, published: input.date });
  for (let c = 0; c < at[side]!; c++) cs[c]!.run(doc);
  const comp = cs[at[side]!]!;
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) comp.run(doc);
  const d = process.cpuUsage(c0);
  if (timed) cpu[side]! += (d.user + d.system) / 1e6;
}

// warm-up: every document once on both sides
for (let i = 0; i < inputs.length; i++) { run(0, i, false); run(1, i, false); }
const perRound: number[][] = [[], []];
for (let r = 0; r < rounds; r++) {
  const before = cpu.slice();
  for (let i = 0; i < inputs.length; i++) {
    const first = (i + r) % 2;
    run(first, i, true);
    run(1 - first, i, true);
  }
  for (const s of [0, 1]) perRound[s]!.push(cpu[s]! - before[s]!);
}
const fmt = (x: number): string => (x / reps).toFixed(4);
console.log(`${name}: ${inputs.length} ${real ? 'real' : 'template'} documents, ${rounds} rounds, ${reps} runs per document; CPU s per round (one run):`);
console.log(`  A ${perRound[0]!.map(fmt).join(' ')}`);
console.log(`  B ${perRound[1]!.map(fmt).join(' ')}`);
console.log(`  B / A: ${(100 * cpu[1]! / cpu[0]!).toFixed(1)}% (per round: ${perRound[1]!.map((b, k) => (100 * b / perRound[0]![k]!).toFixed(1)).join(' ')})`);
