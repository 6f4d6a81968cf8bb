/**
 * Checks that `codeEvents` of this checkout gives the same events as another's (JSON-equal, document by
 * document) on the template articles and the real documents: the byte-identity check of the CLI run, for
 * the benchmark's texts too. Run: `npx tsx bench/code/same-coding.ts /path/to/other/checkout [millionWords=0.2]`.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { codingOf, realInputs, templateInputs } from './text.js';

const other = process.argv[2];
if (!other) throw new Error('usage: same-coding.ts /path/to/other/checkout [millionWords]');
const A = await codingOf(other);
const inputs = [...templateInputs(Number(process.argv[3] ?? 0.2)), ...realInputs()];
const sides = [
  { annotate: A.annotatorComponents(), code: A.codeEvents, patterns: A.defaultPatterns() },
  { annotate: annotatorComponents(), code: codeEvents, patterns: defaultPatterns() },
];
let differ = 0;
let events = 0;
for (let i = 0; i < inputs.length; i++) {
  const out = sides.map((s) => {
    const doc = emptyDoc({ text: inputs[i]!.text, published: inputs[i]!.date });
    for (const c of s.annotate) c.run(doc);
    return JSON.stringify(s.code(doc, { docId: `d${i}`, patterns: s.patterns }));
  });
  events += (JSON.parse(out[1]!) as unknown[]).length;
  if (out[0] !== out[1] && differ++ < 3) console.log(`document ${i} differs`);
}
console.log(`${inputs.length} documents, ${events} events: ${differ === 0 ? 'all the same' : `${differ} differ`}`);
process.exitCode = differ === 0 ? 0 : 1;
