/**
 * Column access to a wink-nlp document in one pass, without wink's per-column `out()` map-reduce.
 *
 * wink keeps each document as a flat number array (4 numbers per token: lexeme index, normal/spaces,
 * pos+lemma, negation flag) plus a process-wide lexeme cache. Its public `out(its.x)` walks the whole
 * document once per column and recomputes lemmas on every call. Here we read the raw array once and
 * memoize, per process, what depends only on the lexeme (type) or on (lexeme, POS) (lemma):
 * wink's cache gives each lexeme, including out-of-vocabulary ones, a stable index for the process.
 *
 * Access to the raw array goes through wink's own `its` contract: a probe mapper registered in wink's
 * allow-list receives `(index, rdd, addons)` like `its.lemma` does. If that internal shape is not what
 * we expect (another wink version), `rawColumns` returns null and the tokenizer uses the public API.
 * `winkraw.test.ts` checks that both paths give identical columns.
 */
import { createRequire } from 'node:module';
import type { Wink } from './wink.js';

/** What the tokenizer reads from wink for each token, plus sentence spans ([first, last] token). */
export interface WinkColumns {
  surfaces: string[];
  pos: string[];
  lemma: string[];
  type: string[];
  neg: boolean[];
  spans: number[][];
  /** surfaces lower-cased (memoized per lexeme); absent on the public-API path */
  lower?: string[];
  /**
   * per token, its word id: a dense number >= 1 standing for the surface, the same for every
   * occurrence of that surface in the process (the memo slot of its wink lexeme, see `Memo`); absent
   * on the public-API path
   */
  word?: number[];
}

/** wink's raw document data: the parts we read. */
interface Rdd {
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  cache: { value(i: number): string };
}

type ItsFn = (index: number, rdd: Rdd, addons: unknown) => unknown;

const TK = 4; // numbers per token
const POS_MASK = 0x3f00000;
const BITS_LEMMA = 20;
const NEGATION = 2 ** 31;
const CONTRACTION = 65535; // tokens[i*4+1] above this: a contraction's expansion, lemma stored inline

let probeRdd: Rdd | null = null;
let probeAddons: unknown = null;
const probe: ItsFn = (_i, rdd, addons) => {
  probeRdd = rdd;
  probeAddons = addons;
  return null;
};

/** null until tried; false when wink's internals do not look as expected. */
let installed: boolean | null = null;

function install(): boolean {
  try {
    const req = createRequire(import.meta.url);
    const allowed = req('wink-nlp/src/allowed.js') as { its4token?: unknown };
    if (!(allowed.its4token instanceof Set)) return false;
    allowed.its4token.add(probe);
    return true;
  } catch {
    return false;
  }
}

/** The raw data of a wink document, or null when not reachable. */
function rawOf(doc: ReturnType<Wink['readDoc']>): { rdd: Rdd; addons: unknown } | null {
  if (installed === null) installed = install();
  if (!installed) return null;
  const toks = doc.tokens();
  if (toks.length() === 0) return null; // nothing to probe: the public API handles the empty document
  probeRdd = null;
  toks.itemAt(0).out(probe as never);
  const rdd = probeRdd as Rdd | null;
  probeRdd = null;
  if (rdd === null || !Array.isArray(rdd.tokens) || !Array.isArray(rdd.sentences) || rdd.tokens.length !== rdd.numOfTokens * TK) return null;
  return { rdd, addons: probeAddons };
}

/**
 * Per-process memo (one per wink instance), like wink's own cache: lexeme index → slot (1-based; 0 = not seen yet); per slot the
 * surface (wink's lexemes never change), the token type, the lower-cased surface and the lemma under the POS the lexeme was first seen with. Lemmas under other POS tags
 * (a noun also used as a verb) go to `otherLemma`, keyed by lexeme * 64 + POS index.
 */
interface Memo {
  slotOf: Int32Array;
  slotSurface: string[];
  slotType: string[];
  slotLower: string[];
  slotPos: number[];
  slotLemma: string[];
  otherLemma: Map<number, string>;
  posNames: string[];
}

/** One memo per wink lexeme cache: lexeme indices of out-of-vocabulary words differ between wink instances. */
const memos = new WeakMap<object, Memo>();
let lastCache: object | null = null;
let lastMemo: Memo | null = null;

function memoOf(cache: object): Memo {
  if (cache === lastCache && lastMemo !== null) return lastMemo;
  let m = memos.get(cache);
  if (m === undefined) {
    m = { slotOf: new Int32Array(1 << 17), slotSurface: [''], slotType: [''], slotLower: [''], slotPos: [-1], slotLemma: [''], otherLemma: new Map(), posNames: [] };
    memos.set(cache, m);
  }
  lastCache = cache;
  lastMemo = m;
  return m;
}

function slotFor(m: Memo, lex: number): number {
  if (lex >= m.slotOf.length) {
    const grown = new Int32Array(Math.max(lex + 1, m.slotOf.length * 2));
    grown.set(m.slotOf);
    m.slotOf = grown;
  }
  return m.slotOf[lex]!;
}

/**
 * `lower` itself when `lemma` has the same characters (most words: "talks" under NOUN, "the"), so that a
 * token's lemma and lower-cased form are one string: consumers' `lemma !== lower` tests compare
 * pointers, and their Map/Set lookups of either form read one string's cached hash.
 */
function sameOr(lemma: string, lower: string): string {
  return lemma === lower ? lower : lemma;
}

/** All columns of `doc` in one pass; null when wink's raw data is not reachable (use the public API). */
export function rawColumns(nlp: Wink, doc: ReturnType<Wink['readDoc']>): WinkColumns | null {
  const cols: Required<WinkColumns> = { surfaces: [], pos: [], lemma: [], type: [], neg: [], spans: [], lower: [], word: [] };
  const n = fillColumns(nlp, doc, cols);
  if (n === null) return null;
  for (const k of ['surfaces', 'pos', 'lemma', 'type', 'neg', 'lower', 'word'] as const) cols[k].length = n;
  return cols;
}

/**
 * `rawColumns` into arrays the caller owns and reuses from one document to the next (no six fresh
 * arrays per document): fills the first n entries of each column and returns n, or null when wink's raw
 * data is not reachable (the arrays are then untouched). Entries from n on are left over from earlier
 * documents; `spans` is replaced.
 */
export function fillColumns(nlp: Wink, doc: ReturnType<Wink['readDoc']>, cols: Required<WinkColumns>): number | null {
  const raw = rawOf(doc);
  if (raw === null) return null;
  const { rdd, addons } = raw;
  const its = nlp.its as unknown as Record<'pos' | 'lemma' | 'type', ItsFn>;
  const tk = rdd.tokens;
  const n = rdd.numOfTokens;
  const { surfaces, pos, lemma, type, neg, lower, word } = cols;
  const memo = memoOf(rdd.cache);
  const { slotSurface, slotType, slotLower, slotPos, slotLemma, otherLemma, posNames } = memo;
  for (let i = 0; i < n; i++) {
    const b = i * TK;
    const lex = tk[b]!;
    // a seen lexeme's surface from its slot: no read of wink's large lexeme list per token
    let slot = slotFor(memo, lex);
    let surface: string;
    if (slot === 0) {
      surface = rdd.cache.value(lex);
      slot = slotType.length;
      memo.slotOf[lex] = slot;
      slotSurface.push(surface);
      slotType.push(its.type(i, rdd, addons) as string);
      slotLower.push(surface.toLowerCase());
      slotPos.push(-1);
      slotLemma.push('');
    } else surface = slotSurface[slot]!;
    surfaces[i] = surface;
    const p = (tk[b + 2]! & POS_MASK) >>> BITS_LEMMA;
    let pn = posNames[p];
    if (pn === undefined) { pn = its.pos(i, rdd, addons) as string; posNames[p] = pn; }
    pos[i] = pn;
    type[i] = slotType[slot]!;
    lower[i] = slotLower[slot]!;
    word[i] = slot;
    if (tk[b + 1]! > CONTRACTION) {
      lemma[i] = its.lemma(i, rdd, addons) as string; // stored inline for contractions
    } else if (slotPos[slot] === p) {
      lemma[i] = slotLemma[slot]!;
    } else if (slotPos[slot] === -1) {
      const l = sameOr(its.lemma(i, rdd, addons) as string, slotLower[slot]!);
      slotPos[slot] = p;
      slotLemma[slot] = l;
      lemma[i] = l;
    } else {
      const key = lex * 64 + p;
      let l = otherLemma.get(key);
      if (l === undefined) { l = sameOr(its.lemma(i, rdd, addons) as string, slotLower[slot]!); otherLemma.set(key, l); }
      lemma[i] = l;
    }
    neg[i] = tk[b + 3]! >= NEGATION;
  }
  cols.spans = rdd.sentences.map((s) => [s[0]!, s[1]!]);
  return n;
}

/** The same columns through wink's public API (reference path, and fallback). */
export function publicColumns(nlp: Wink, doc: ReturnType<Wink['readDoc']>): WinkColumns {
  const its = nlp.its;
  const toks = doc.tokens();
  return {
    surfaces: toks.out() as string[],
    pos: toks.out(its.pos) as string[],
    lemma: (toks.out as (f: unknown) => unknown)(its.lemma) as string[],
    type: toks.out(its.type) as string[],
    neg: toks.out(its.negationFlag) as unknown as boolean[],
    spans: doc.sentences().out(its.span) as unknown as number[][],
  };
}

/**
 * wink's lemma of `word` under the POS tag `pos` (its own lemmatizer, as `its.lemma` calls it), or null when
 * wink's internals are not reachable. For tokens whose tag Brink corrects after wink has run.
 */
export function lemmaUnder(nlp: Wink, word: string, pos: string): string | null {
  const raw = rawOf(nlp.readDoc(word));
  const lemmatize = (raw?.addons as { lemmatize?: (v: string, p: string, c: unknown) => string } | undefined)?.lemmatize;
  if (!raw || typeof lemmatize !== 'function') return null;
  return lemmatize(word, pos, raw.rdd.cache);
}
