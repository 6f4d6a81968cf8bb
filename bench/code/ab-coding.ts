/**
 * A/B of `codeEvents` of this checkout (B) against another (A), as component.ts's `codeEvents`, with more
 * rounds and robust summaries: per document each side annotates it with its own pipeline (untimed), then
 * codes it `reps` times (timed in process CPU and in wall clock); the sides alternate per document, which
 * goes first flipping every document. Printed: B / A of the totals, the median of the per-round ratios, and
 * both again for the rounds after the first `warm` (the JIT's warm-up aside), in process CPU and in wall clock.
 * Run: `npx tsx bench/code/ab-coding.ts /path/to/other/checkout [rounds=10] [reps=3] [real|millionWords=real] [warm=2]`.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { benchInputs, codingOf } from './text.js';

const other = process.argv[2];
if (!other) throw new Error('usage: ab-coding.ts /path/to/other/checkout [rounds] [reps] [real|millionWords] [warm]');
const A = await codingOf(other);
const rounds = Number(process.argv[3] ?? 10);
const reps = Number(process.argv[4] ?? 3);
const which = process.argv[5] ?? 'real';
const warm = Number(process.argv[6] ?? 2);
const inputs = benchInputs(which);

const sides = [
  { annotate: A.annotatorComponents(), code: A.codeEvents, patterns: A.defaultPatterns() },
  { annotate: annotatorComponents(), code: codeEvents, patterns: defaultPatterns() },
];
const cpu = [0, 0];
const wall = [0, 0];

function run(side: number, i: number): void {
  const s = sides[side]!;
  const input = inputs[i]!;
  const doc = emptyDoc({ text: input.text, published: input.date });
  for (const c of s.annotate) c.run(doc);
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let r = 0; r < reps; r++) s.code(doc, { docId: 'd', patterns: s.patterns });
  wall[side]! += performance.now() - w0;
  const d = process.cpuUsage(c0);
  cpu[side]! += (d.user + d.system) / 1e3;
}

// warm-up: every document once on both sides (untimed: the counters are reset after)
for (let i = 0; i < inputs.length; i++) { run(0, i); run(1, i); }
cpu.fill(0);
wall.fill(0);
const perRound: Array<{ cpu: number[]; wall: number[] }> = [];
for (let r = 0; r < rounds; r++) {
  const c = cpu.slice();
  const w = wall.slice();
  for (let i = 0; i < inputs.length; i++) {
    const first = (i + r) % 2;
    run(first, i);
    run(1 - first, i);
  }
  perRound.push({ cpu: [cpu[0]! - c[0]!, cpu[1]! - c[1]!], wall: [wall[0]! - w[0]!, wall[1]! - w[1]!] });
}
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
function summary(kind: 'cpu' | 'wall', rs: typeof perRound): string {
  const a = rs.reduce((t, x) => t + x[kind][0]!, 0);
  const b = rs.reduce((t, x) => t + x[kind][1]!, 0);
  return `total ${pct(b / a)}, median round ${pct(median(rs.map((x) => x[kind][1]! / x[kind][0]!)))} (A ${(a / rs.length / reps).toFixed(1)} ms per run)`;
}
console.log(`codeEvents B / A: ${inputs.length} ${which === 'real' ? 'real' : 'template'} documents, ${rounds} rounds, ${reps} runs per document`);
console.log(`  per round CPU: ${perRound.map((x) => (100 * x.cpu[1]! / x.cpu[0]!).toFixed(1)).join(' ')}`);
console.log(`  CPU  all rounds: ${summary('cpu', perRound)}; after ${warm}: ${summary('cpu', perRound.slice(warm))}`);
console.log(`  wall all rounds: ${summary('wall', perRound)}; after ${warm}: ${summary('wall', perRound.slice(warm))}`);
