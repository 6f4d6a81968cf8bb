/**
 * Verb/phrase pattern files (data/verbs/*.txt): parsing, validation and indexing.
 * Syntax (see data/README.md, "verbs/ — pattern syntax"): one pattern a line,
 *   CODE  ELEMENT ELEMENT ...  [; flag flag ...]
 * Elements: `lemma`, `a|b` alternatives, `=form` exact lower-case surface form, `x:N`/`x:V`/`x:A`
 * part-of-speech constraint (noun / verb / adjective), `x?` optional, `TGT`/`TGT?` an actor slot that
 * becomes the target, `...` a gap of up to 5 tokens inside the clause, `$` the clause's end. The first element is the
 * trigger and must be a required word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { BrinkError } from '../domain/errors.js';

export type PosClass = 'N' | 'V' | 'A' | 'P';

export interface WordElem {
  kind: 'word';
  alts: string[];
  exact: boolean;
  pos?: PosClass;
  optional: boolean;
}
export interface SlotElem { kind: 'tgt'; optional: boolean }
export interface GapElem { kind: 'gap' }
/** `$`: the clause ends here (punctuation, a conjunction or the sentence's end; a time phrase may come first). */
export interface EndElem { kind: 'end' }
export type Elem = WordElem | SlotElem | GapElem | EndElem;

/** Flags a pattern may carry (after `;`). `none`: the reading is no event (a figurative use such as
 * "fight poverty"); it outranks overlapping readings like any pattern, then codes nothing. `needtarget`: the reading
 * is an event only when a target is found ("Iran hit Tel Aviv", not "Iran hit a record"). `armed`: only when its
 * source is a state, its forces or an armed group ("troops entered Bukavu", not "officials entered Switzerland").
 * `promise`: the reading is a threat or pledge made by saying what one will do ('"We will respond decisively," he said'):
 * an event only in a future or conditional clause, and then asserted as said; told as done ("responded swiftly"), none. */
export const FLAGS = ['recip', 'notarget', 'self', 'ctx', 'nopassive', 'none', 'needtarget', 'armed', 'promise', 'passive'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Pattern {
  id: string;
  code: string;
  /** v = one verb, n = noun-headed, m = multi-word verbal. */
  kind: 'v' | 'n' | 'm';
  elems: Elem[];
  flags: ReadonlySet<Flag>;
  /** `file:line` it came from. */
  origin: string;
}

export interface PatternSet {
  version: string;
  patterns: Pattern[];
  /** Trigger word (lemma or form) → patterns starting with it. */
  byTrigger: ReadonlyMap<string, Pattern[]>;
}

function parseElem(raw: string, where: string): Elem {
  if (raw === '...') return { kind: 'gap' };
  if (raw === '$') return { kind: 'end' };
  let s = raw;
  const optional = s.endsWith('?');
  if (optional) s = s.slice(0, -1);
  if (s === 'TGT') return { kind: 'tgt', optional };
  let pos: PosClass | undefined;
  const m = /^(.*):([NVAP])$/.exec(s);
  if (m) { s = m[1] as string; pos = m[2] as PosClass; }
  const exact = s.startsWith('=');
  if (exact) s = s.slice(1);
  const alts = s.split('|').filter(Boolean);
  if (alts.length === 0 || alts.some((a) => !/^[a-z][a-z'_-]*$/.test(a))) {
    throw new BrinkError('BAD_DATA_FILE', { file: where, detail: `bad element "${raw}"` }, where);
  }
  // ("cease-fire", "sit-in", "go-between": the tokenizer keeps some hyphenated words whole and splits others into
  // word, hyphen, word, so a hyphenated alternative also matches as those three tokens)
  for (const a of alts.slice()) {
    const split = a.replace(/([a-z])-(?=[a-z])/g, '$1_-_');
    if (split !== a && !alts.includes(split)) alts.push(split);
  }
  // (`pos` always present, undefined when none: every word element has one shape, so the matcher's reads of
  // elements see a few shapes, not one per combination of fields)
  return { kind: 'word', alts, exact, optional, pos };
}

function kindOf(elems: Elem[]): Pattern['kind'] {
  const first = elems[0] as WordElem;
  if (first.pos === 'N') return 'n';
  return elems.filter((e) => e.kind === 'word' && !e.optional).length > 1 ? 'm' : 'v';
}

/** Parses one pattern file's text. `name` is used in ids' origin and errors. */
export function parsePatterns(text: string, name: string): { version?: string; patterns: Pattern[] } {
  const patterns: Pattern[] = [];
  let version: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `${name}:${i + 1}`;
    const t = line.replace(/#.*$/, '').trim();
    if (!t) return;
    const v = /^@version\s+(\S+)$/.exec(t);
    if (v) { version = v[1]; return; }
    const [body, flagText = ''] = t.split(';');
    const parts = (body ?? '').trim().split(/\s+/);
    const code = parts.shift() ?? '';
    if (!/^\d{2,4}$/.test(code) || parts.length === 0) {
      throw new BrinkError('BAD_DATA_FILE', { file: where, detail: 'expected CODE followed by elements' }, where);
    }
    const elems = parts.map((p) => parseElem(p, where));
    const first = elems[0];
    if (!first || first.kind !== 'word' || first.optional) {
      throw new BrinkError('BAD_DATA_FILE', { file: where, detail: 'the first element must be a required word' }, where);
    }
    const flags = new Set<Flag>();
    for (const f of flagText.trim().split(/\s+/).filter(Boolean)) {
      if (!(FLAGS as readonly string[]).includes(f)) throw new BrinkError('BAD_DATA_FILE', { file: where, detail: `unknown flag ${f}` }, where);
      flags.add(f as Flag);
    }
    const kind = kindOf(elems);
    const words = elems.filter((e): e is WordElem => e.kind === 'word' && !e.optional).map((e) => e.alts[0]);
    patterns.push({ id: `${kind}.${words.join('-')}.${code}`, code, kind, elems, flags, origin: where });
  });
  return { ...(version ? { version } : {}), patterns };
}

/** Indexes patterns by every alternative of their trigger; makes ids unique (`~2`, `~3`). */
export function indexPatterns(patterns: Pattern[], version = 'unversioned'): PatternSet {
  const byTrigger = new Map<string, Pattern[]>();
  const seen = new Map<string, number>();
  for (const p of patterns) {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    if (n > 1) p.id = `${p.id}~${n}`;
    for (const alt of (p.elems[0] as WordElem).alts) {
      const a = alt.split('_')[0] as string;
      const list = byTrigger.get(a) ?? [];
      list.push(p);
      byTrigger.set(a, list);
    }
  }
  return { version, patterns, byTrigger };
}

/** Loads every *.txt file of a directory (sorted by name). */
export function loadPatternDir(dir: string): PatternSet {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file: dir, detail: e instanceof Error ? e.message : String(e) }, dir);
  }
  const all: Pattern[] = [];
  let version = '';
  for (const f of files) {
    const parsed = parsePatterns(readFileSync(join(dir, f), 'utf8'), basename(f));
    if (parsed.version && parsed.version > version) version = parsed.version;
    all.push(...parsed.patterns);
  }
  return indexPatterns(all, version || 'unversioned');
}
