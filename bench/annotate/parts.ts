/**
 * The annotation layer part by part, on the coder bench text (bench/code/text.ts): wink's readDoc
 * alone, Brink's tokenizer (readDoc + glue; glue = tokenizer − readDoc), and the later components
 * (places, actorResolver, times) on documents the earlier components have filled, each run several
 * rounds, interleaved per article. CPU time is the figure to compare on a shared machine.
 * Run: `npx tsx bench/annotate/parts.ts [millionWords=0.3] [rounds=3]`. Numbers, not pass/fail.
 * Caveat: the prefilled documents keep the earlier components' output alive, so V8 may allocate objects
 * from those sites (mentions, places) straight into the old generation, which the coder, whose documents
 * die young, does not do: output-heavy parts read slower here than in bench/code/run.ts.
 */
import { annotatorComponents } from '../../src/engine/annotate.js';
import { emptyDoc } from '../../src/nlp/pipeline.js';
import { wink } from '../../src/nlp/wink.js';
import type { AnnotatedDoc } from '../../src/domain/types.js';
import { benchArticles, interleavedRounds } from '../code/text.js';

const target = Number(process.argv[2] ?? 0.3) * 1_000_000;
const rounds = Number(process.argv[3] ?? 3);
const { docs, words } = benchArticles(target);
const components = annotatorComponents();
const nlp = wink();
const filled: AnnotatedDoc[][] = components.map(() => []);
for (const text of docs) {
  const doc = emptyDoc({ text, published: '2025-05-11' });
  components.forEach((c, k) => {
    filled[k]!.push({ ...doc });
    c.run(doc);
  });
}
const parts: Array<[string, (i: number) => void]> = [['wink readDoc', (i) => { nlp.readDoc(docs[i] as string); }]];
components.forEach((c, k) => {
  // each run starts from a shallow copy of the document as the earlier components left it
  parts.push([c.name, (i) => { c.run({ ...filled[k]![i]! }); }]);
});
const { sum, best, cpu } = interleavedRounds(parts, docs.length, rounds, 50);
console.log(`words: ${Math.round(words).toLocaleString('en-US')} in ${docs.length} articles, ${rounds} rounds; seconds per round (wall mean, wall best, CPU mean):`);
parts.forEach(([name], k) => console.log(`  ${name.padEnd(15)}${(sum[k]! / rounds).toFixed(3)} s ${best[k]!.toFixed(3)} s ${(cpu[k]! / rounds).toFixed(3)} s`));
const c = (name: string): number => cpu[parts.findIndex(([n]) => n === name)]! / rounds;
const glue = c('tokenizer') - c('wink readDoc');
const rest = parts.slice(2).reduce((a, [name]) => a + c(name), 0);
console.log(`CPU: tokenizer glue ${glue.toFixed(3)} s + places/actors/times ${rest.toFixed(3)} s = ${(glue + rest).toFixed(3)} s per round`);
