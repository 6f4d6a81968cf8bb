/**
 * `codeEvents` alone, for a focused CPU profile: per round, each document is annotated (untimed), then
 * coded `reps` times in a row.
 * Run: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/p bench/code/coding-only.ts [rounds=10] [real|millionWords] [reps=3]`
 * then `npx tsx bench/code/profile.ts /tmp/p 60`.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { benchInputs } from './text.js';

const rounds = Number(process.argv[2] ?? 10);
const which = process.argv[3] ?? 'real';
const reps = Number(process.argv[4] ?? 3);
const inputs = benchInputs(which);
const comps = annotatorComponents();
const patterns = defaultPatterns();
// (each document annotated right before it is coded, untimed: the coder reads the word ids of the tokenizer's last document)
// (process CPU per document, unless BRINK_WALL is set: under --cpu-prof, process.cpuUsage per document is a fifth of the profile)
let cpu = process.env['BRINK_WALL'] ? -1 : 0;
let wall = 0;
let n = 0;
for (let r = 0; r < rounds; r++) {
  for (const input of inputs) {
    const doc = emptyDoc({ text: input.text, published: input.date });
    for (const c of comps) c.run(doc);
    const c0 = cpu === -1 ? null : process.cpuUsage();
    const w0 = performance.now();
    for (let k = 0; k < reps; k++) n += codeEvents(doc, { docId: 'd', patterns }).length;
    wall += (performance.now() - w0) / 1e3;
    if (c0) { const d = process.cpuUsage(c0); cpu += (d.user + d.system) / 1e6; }
  }
}
console.log(`${inputs.length} documents × ${rounds} rounds × ${reps} runs: ${n} events, ${wall.toFixed(2)} s coding (wall clock)${cpu >= 0 ? `, ${cpu.toFixed(2)} s CPU` : ''}`);
