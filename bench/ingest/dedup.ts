/**
 * Calibrates the near-duplicate threshold: SimHash distances between synthetic stories and
 * lightly edited copies (3 words changed, one sentence added) versus unrelated stories drawn
 * from the same small news vocabulary (a pessimistic stand-in for "another story on the same
 * event": they share far more shingles than real rewrites do).
 * Run: npx tsx bench/ingest/dedup.ts
 */
import { hamming, simhash } from '../../src/ingest/simhash.js';

let seed = 42;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const vocab = ('the of and to in a is that for on was with said as by at from officials minister border troops ' +
  'talks ceasefire government army police village city attack strike killed wounded agreed meeting statement ' +
  'president foreign defence security forces rebels militants region capital week month spokesman reporters ' +
  'conference aid refugees displaced shelling artillery drone missile launched crossing river valley dispute ' +
  'peace negotiations mediator envoy summit sanctions trade economy').split(' ');
const pick = (): string => vocab[Math.floor(rnd() * vocab.length)]!;
const sentence = (): string => Array.from({ length: 12 + Math.floor(rnd() * 14) }, pick).join(' ') + '.';
const story = (n: number): string => Array.from({ length: n }, sentence).join(' ');
const pct = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const runs = 300;
console.log('sentences  words  edited: median p90 p95 max | different: min p5 median');
for (const n of [8, 15, 25, 40, 60]) {
  const edited: number[] = [];
  const different: number[] = [];
  for (let t = 0; t < runs; t++) {
    const s = story(n);
    const w = s.split(' ');
    for (let k = 0; k < 3; k++) w[Math.floor(rnd() * w.length)] = pick();
    edited.push(hamming(simhash(s), simhash(w.join(' ') + ' ' + sentence())));
    different.push(hamming(simhash(s), simhash(story(n))));
  }
  edited.sort((a, b) => a - b);
  different.sort((a, b) => a - b);
  console.log(
    `${String(n).padStart(9)} ${String(n * 18).padStart(6)}  ${pct(edited, 0.5)} ${pct(edited, 0.9)} ${pct(edited, 0.95)} ${edited[runs - 1]} | ${different[0]} ${pct(different, 0.05)} ${pct(different, 0.5)}`,
  );
}
