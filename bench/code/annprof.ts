/**
 * The annotation pipeline alone, for profiling: every template article (or, with `real`, the 1,734
 * news documents of `realInputs` in text.ts) through `annotatorComponents` `rounds`
 * times, printing CPU seconds per component. No coding, so a CPU profile shows the annotation layer only.
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/code/annprof.ts [millionWords=0.3] [rounds=3] [real]
 *   npx tsx bench/code/profile.ts /tmp/prof 60
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { realInputs, templateInputs } from './text.js';

const rounds = Number(process.argv[3] ?? 3);
const real = process.argv[4] === 'real';
const inputs = real ? realInputs() : templateInputs(Number(process.argv[2] ?? 0.3));
const components = annotatorComponents();
const cpu = components.map(() => 0);
for (let r = 0; r < rounds; r++) {
  for (const input of inputs) {
    const doc = emptyDoc({ text: input.text, published: input.date });
    for (let c = 0; c < components.length; c++) {
      const c0 = process.cpuUsage();
      components[c]!.run(doc);
      const d = process.cpuUsage(c0);
      cpu[c]! += (d.user + d.system) / 1e6;
    }
  }
}
components.forEach((c, k) => console.log(`${c.name.padEnd(16)} ${cpu[k]!.toFixed(2)} s`));
