/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`) by self time: top files and top functions.
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/code/run.ts 0.3
 *   npx tsx bench/code/profile.ts /tmp/prof [topN=30]
 *
 * A directory argument picks its largest .cpuprofile (the main thread). Paths are shown relative
 * to the repository; node_modules packages are grouped by package name in the per-file table.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function pick(arg: string): string {
  if (!statSync(arg).isDirectory()) return arg;
  const files = readdirSync(arg).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(arg, f));
  files.sort((a, b) => statSync(b).size - statSync(a).size);
  if (files[0] === undefined) throw new Error(`no .cpuprofile in ${arg}`);
  return files[0];
}

function shortUrl(url: string): string {
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + 14);
  const i = u.indexOf('/src/');
  const j = u.indexOf('/bench/');
  const k = i >= 0 ? i : j;
  return k >= 0 ? u.slice(k + 1) : u || '(native)';
}

function packageOf(file: string, url: string): string {
  if (!url.includes('/node_modules/')) return file;
  const parts = file.split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function add(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

function table(title: string, m: Map<string, number>, total: number, top: number): void {
  console.log(`\n${title}`);
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, v] of rows) console.log(`${(100 * v / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

const file = pick(process.argv[2] ?? '.');
const top = Number(process.argv[3] ?? 30);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  const dt = p.timeDeltas[i] ?? 0;
  self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
  total += dt;
}
const byFile = new Map<string, number>();
const byFn = new Map<string, number>();
for (const [id, us] of self) {
  const cf = byId.get(id)!.callFrame;
  const f = shortUrl(cf.url);
  add(byFile, packageOf(f, cf.url), us);
  add(byFn, `${cf.functionName || '(anonymous)'}  ${f}:${cf.lineNumber + 1}`, us);
}
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled`);
table('self time by file (node_modules grouped by package)', byFile, total, top);
table('self time by function', byFn, total, top);
