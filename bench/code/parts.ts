/**
 * The coder's later parts alone, on pre-annotated documents: the actor resolver component and
 * `codeEvents`, each run several rounds over the same documents, next to wink-nlp's tagging of the
 * same text (the reference of bench/code/run.ts). For tuning one part without the noise of the rest.
 * Run: `npx tsx bench/code/parts.ts [millionWords=0.3] [rounds=3]`. Numbers, not pass/fail.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { wink } from '../../src/nlp/wink.js';
import { codeEvents } from '../../src/coding/index.js';
import { defaultPatterns } from '../../src/coding/load.js';
import type { AnnotatedDoc } from '../../src/domain/types.js';
import { benchArticles, interleavedRounds } from './text.js';

const target = Number(process.argv[2] ?? 0.3) * 1_000_000;
const rounds = Number(process.argv[3] ?? 3);
const { docs, words } = benchArticles(target);
const components = annotatorComponents();
const resolver = components.find((c) => c.name === 'actorResolver');
if (!resolver) throw new Error('no actorResolver component');
const annotated: AnnotatedDoc[] = docs.map((text) => {
  const doc = emptyDoc({ text, published: '2025-05-11' });
  for (const c of components) c.run(doc);
  return doc;
});
const patterns = defaultPatterns();
const nlp = wink();
const its = nlp.its;

const parts: Array<[string, (i: number) => void]> = [
  ['wink tagging', (i) => { nlp.readDoc(docs[i] as string).tokens().out(its.pos); }],
  ['actorResolver', (i) => { resolver.run(annotated[i] as AnnotatedDoc); }],
  ['codeEvents', (i) => { codeEvents(annotated[i] as AnnotatedDoc, { docId: `d${i}`, patterns }); }],
];
/** Per part: seconds summed over rounds, and the fastest round's (the least disturbed by other processes). */
const { sum, best, cpu } = interleavedRounds(parts, docs.length, rounds, 50);
const mean = (k: number): number => sum[k]! / rounds;
console.log(`words: ${Math.round(words).toLocaleString('en-US')} in ${docs.length} articles, ${rounds} rounds; seconds per round (wall mean, wall best, CPU mean):`);
parts.forEach(([name], k) => console.log(`  ${name.padEnd(15)}${mean(k).toFixed(3)} s ${best[k]!.toFixed(3)} s ${(cpu[k]! / rounds).toFixed(3)} s  (${(100 * mean(k) / mean(0)).toFixed(1)}% / ${(100 * best[k]! / best[0]!).toFixed(1)}% / ${(100 * cpu[k]! / cpu[0]!).toFixed(1)}% of wink's)`));
