/**
 * Builds data/ontology/cameo.json from the public lookup tables in ../shared/eval/reference
 * (CAMEO event codes + names, Goldstein weights, CAMEO→PLOVER 2021 table).
 * Run: `npx tsx data/ontology/build.ts [referenceDir]`. The output is committed; this script only
 * documents and reproduces how it was made. Names are re-cased into sentence case and the garbled
 * 044 name is fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const refDir = resolve(process.argv[2] ?? resolve(here, '..', '..', '..', 'shared', 'eval', 'reference'));

interface Entry {
  code: string;
  name: string;
  root: string;
  level: 2 | 3 | 4;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: string;
  ploverMode?: string;
  ploverContext?: string;
}

function tsv(file: string): Map<string, string> {
  const m = new Map<string, string>();
  const lines = readFileSync(resolve(refDir, file), 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [code, value] = line.split('\t');
    if (code && value !== undefined) m.set(code.trim(), value.trim());
  }
  return m;
}

function plover(): Map<string, { cat: string; mode?: string; context?: string }> {
  const m = new Map<string, { cat: string; mode?: string; context?: string }>();
  for (const raw of readFileSync(resolve(refDir, 'CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const mm = /^(\d{2,4}):\s*(.*)$/.exec(line);
    if (!mm) continue;
    const parts = (mm[2] ?? '').split(',').map((s) => s.trim());
    const cat = parts[0] ?? '';
    if (!cat) continue;
    const mode = parts[1] || undefined;
    const context = parts[2] ? parts[2].split(';').map((s) => s.trim()).filter(Boolean).join(';') : undefined;
    m.set(mm[1] as string, { cat, ...(mode ? { mode } : {}), ...(context ? { context } : {}) });
  }
  return m;
}

function quadOfRoot(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

function niceName(code: string, raw: string): string {
  if (code === '044') return 'Meet at a third location';
  let s = raw.replace(/[^\x20-\x7e]/g, '').replace(/\s+/g, ' ').trim();
  if (s === s.toUpperCase()) s = s.charAt(0) + s.slice(1).toLowerCase();
  s = s.replace('matyerial', 'material').replace('radiologicalweapons', 'radiological weapons');
  return s;
}

const names = tsv('CAMEO.eventcodes.txt');
const gold = tsv('CAMEO.goldsteinscale.txt');
const pl = plover();
const entries: Entry[] = [];
for (const [code, raw] of names) {
  const root = code.slice(0, 2);
  // PLOVER: the code's own row, else its 3-digit parent, else its root.
  // The 2021 table has no rows for roots 01 and 02: appeals (02) are PLOVER REQUEST (the PLOVER
  // manual folds CAMEO appeals and demands into REQUEST); plain statements (01) have no PLOVER
  // event category and are marked OTHER.
  const p = pl.get(code) ?? pl.get(code.slice(0, 3)) ?? pl.get(root) ?? (root === '02' ? { cat: 'REQUEST' } : undefined);
  const g = Number(gold.get(code) ?? gold.get(code.slice(0, 3)) ?? gold.get(root) ?? 0);
  entries.push({
    code, name: niceName(code, raw), root, level: code.length as 2 | 3 | 4, quad: quadOfRoot(root), goldstein: g,
    plover: p?.cat ?? 'OTHER',
    ...(p?.mode ? { ploverMode: p.mode } : {}),
    ...(p?.context ? { ploverContext: p.context } : {}),
  });
}
entries.sort((a, b) => (a.code < b.code ? -1 : 1));
const out = {
  version: '2026.11.1',
  description: 'CAMEO event codes (roots, 3- and 4-digit) with name, quad class, Goldstein weight and PLOVER category/mode/context. Built by data/ontology/build.ts.',
  sources: [
    'CAMEO event codebook code/name table (GDELT lookup table)',
    'Goldstein conflict-cooperation scale per CAMEO code (GDELT lookup table)',
    'CAMEO to PLOVER conversion table, PLOVER manual draft 0.8, 2021 (openeventdata/PLOVER, CC BY-SA 4.0)',
  ],
  entries,
};
writeFileSync(resolve(here, 'cameo.json'), JSON.stringify(out, null, 1) + '\n');
