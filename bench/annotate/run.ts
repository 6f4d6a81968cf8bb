/**
 * Annotation benchmark: `npx tsx bench/annotate/run.ts [words]` (default 1,000,000).
 * Measures words/s of (a) wink-nlp readDoc + POS output alone (Brink's pipes, and wink's default
 * pipes) and (b) the full Brink annotation (tokenizer + places + times), on the same synthetic
 * news corpus, then prints the ratio and peak RSS.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpus } from './corpus.js';
import { buildPipeline, type Component } from '../../src/nlp/pipeline.js';
import { tokenizer } from '../../src/nlp/tokenizer.js';
import { timeFinder } from '../../src/nlp/time/finder.js';
import { gazetteer, loadGazetteer, placeFinder, type Gazetteer } from '../../src/nlp/places.js';
import { wink } from '../../src/nlp/wink.js';
import { DATA_DIR } from '../../src/engine/paths.js';

const total = Number(process.argv[2] ?? 1_000_000);
const { articles, words } = corpus(total);

function gaz(): { g: Gazetteer; from: string } {
  const file = resolve(DATA_DIR, 'places', 'places.json');
  if (existsSync(file)) return { g: loadGazetteer(file), from: file };
  const names = ['Kashmir', 'Line of Control', 'Gaza', 'New Delhi', 'Islamabad', 'Kyiv', 'Tehran', 'Doha', 'Cairo', 'Geneva', 'Poonch', 'Rafah', 'Kharkiv', 'Beirut'];
  return { g: gazetteer(names.map((name, i) => ({ id: `p${i}`, name, kind: 'city', country: 'XXX', lat: 0, lon: 0 }))), from: 'built-in list' };
}

const ROUNDS = 2;

/**
 * Interleaved timing: every article goes through every method in turn (rotating the order), so that
 * load from other processes on a shared machine hits all methods alike and the ratios stay meaningful.
 * The first round warms the JIT and is discarded. Each method's process CPU time is summed too: wall-clock
 * time includes time the process spent descheduled, CPU time does not (it does include GC threads).
 */
function timeAll(methods: Array<[string, (text: string) => void]>): number[] {
  let ms = methods.map(() => 0);
  let cpu = methods.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) {
    ms = methods.map(() => 0);
    cpu = methods.map(() => 0);
    articles.forEach((a, i) => {
      for (let k = 0; k < methods.length; k++) {
        const m = (i + k) % methods.length;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        methods[m]![1](a);
        ms[m]! += performance.now() - t0;
        const c = process.cpuUsage(c0);
        cpu[m]! += (c.user + c.system) / 1000;
      }
    });
  }
  cpuWps = methods.map((_, m) => words / (cpu[m]! / 1000));
  return methods.map(([label], m) => {
    const wps = words / (ms[m]! / 1000);
    console.log(`${label.padEnd(44)} ${(ms[m]! / 1000).toFixed(2).padStart(6)} s  ${Math.round(wps).toLocaleString('en-US').padStart(9)} words/s` +
      `   cpu ${(cpu[m]! / 1000).toFixed(2).padStart(6)} s  ${Math.round(cpuWps[m]!).toLocaleString('en-US').padStart(9)} words/s`);
    return wps;
  });
}
/** Words per CPU-second of each method (process CPU time: robust to descheduling on a loaded machine). */
let cpuWps: number[] = [];

const brinkWink = wink();
const defaultWink = winkNLP(model);
const about: Component = { name: 'countries', requires: [], assigns: ['countries'], run(d) { d.countries = ['IND', 'PAK']; } };
const { g, from } = gaz();
const full = buildPipeline([tokenizer(), about, placeFinder(g), timeFinder()]);
const tokOnly = buildPipeline([tokenizer()]);

console.log(`corpus: ${articles.length} articles, ${words.toLocaleString('en-US')} words; gazetteer: ${g.places.length} places (${from})`);
let nTimes = 0;
let nPlaces = 0;
const [a1, a2, tk, b] = timeAll([
  ['(a) wink readDoc + pos [sbd,negation,pos]', (t) => { brinkWink.readDoc(t).tokens().out(brinkWink.its.pos); }],
  ['(a) wink readDoc + pos [default pipes]', (t) => { defaultWink.readDoc(t).tokens().out(defaultWink.its.pos); }],
  ['    Brink tokenizer alone', (t) => { tokOnly({ text: t, published: '2025-05-11' }); }],
  ['(b) Brink tokenizer + places + times', (t) => {
    const d = full({ text: t, published: '2025-05-11' });
    nTimes += d.times.length;
    nPlaces += d.places.length;
  }],
]) as [number, number, number, number];
nTimes /= ROUNDS;
nPlaces /= ROUNDS;
console.log(`found ${nTimes} times, ${nPlaces} places`);
const [c1, , ctk, cb] = cpuWps as [number, number, number, number];
console.log(`ratio (b)/(a, same pipes):    ${(100 * b / a1).toFixed(0)}%  (goal >= 60%); by CPU time ${(100 * cb / c1).toFixed(0)}%`);
console.log(`ratio (b)/(a, default pipes): ${(100 * b / a2).toFixed(0)}%`);
console.log(`ratio tokenizer/(a, same):    ${(100 * tk / a1).toFixed(0)}%; by CPU time ${(100 * ctk / c1).toFixed(0)}%`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
