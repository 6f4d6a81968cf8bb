/**
 * Per-token access to a wink-nlp document (`winkTokens`), without wink's per-column `out()` map-reduce.
 *
 * wink keeps each document as a flat number array (4 numbers per token: lexeme index, normal/spaces,
 * pos+lemma, negation flag) plus a process-wide lexeme cache. Its public `out(its.x)` walks the whole
 * document once per column and recomputes lemmas on every call. Here we read the raw array directly and
 * memoize, per process, what depends only on the lexeme (type) or on (lexeme, POS) (lemma):
 * wink's cache gives each lexeme, including out-of-vocabulary ones, a stable index for the process.
 *
 * Access to the raw array goes through wink's own `its` contract: a probe mapper registered in wink's
 * allow-list receives `(index, rdd, addons)` like `its.lemma` does. If that internal shape is not what
 * we expect (another wink version), `winkTokens` reads through the public API instead.
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
 * What a token's reads depend on through its lexeme alone (its surface) or through (lexeme, POS) (its
 * lemma): one record per lexeme, so that a token's reads load one object rather than one slot in each of
 * several parallel arrays (wink's lexeme indices are spread over a large range: each array read is a
 * cache miss of its own).
 */
export interface Lexeme {
  /** the lexeme's word id (see `WinkTokens.word`) */
  readonly word: number;
  readonly surface: string;
  /** the surface lower-cased */
  readonly lower: string;
  /** wink's token type */
  readonly type: string;
  /** the POS index the lexeme was first seen with (-1: no lemma yet) and its lemma under it */
  pos: number;
  lemma: string;
}

/**
 * Per-process memo (one per wink instance), like wink's own cache: lexeme index → slot (1-based; 0 = not
 * seen yet), and per slot the lexeme's record (wink's lexemes never change). Lemmas under POS tags other
 * than the one a lexeme was first seen with (a noun also used as a verb) go to `otherLemma`, keyed by
 * lexeme * 64 + POS index.
 */
interface Memo {
  slotOf: Int32Array;
  lexemes: Lexeme[];
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
    m = { slotOf: new Int32Array(1 << 17), lexemes: [{ word: 0, surface: '', lower: '', type: '', pos: -1, lemma: '' }], otherLemma: new Map(), posNames: [] };
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

/**
 * Per-token reads of a wink document: what the tokenizer takes from wink for each token, read where it is
 * needed (no column arrays written and read back; nothing read for the whitespace tokens it drops).
 * `lexeme(i)` (or `surface(i)`) must be called for a token before its other reads (it memoizes the
 * token's lexeme).
 */
export interface WinkTokens {
  /** number of tokens */
  readonly n: number;
  /** sentence spans, [first, last] token */
  readonly spans: readonly (readonly number[])[];
  /** what token i's reads depend on through its lexeme: surface, lower-cased surface, type, word id */
  lexeme(i: number): Lexeme;
  surface(i: number): string;
  pos(i: number): string;
  /** the lemma of token i, whose `lexeme(i)` is `lx` */
  lemmaOf(i: number, lx: Lexeme): string;
  lemma(i: number): string;
  type(i: number): string;
  negated(i: number): boolean;
  /** the surface lower-cased */
  lower(i: number): string;
  /**
   * the token's word id: a dense number >= 1 standing for the surface, the same for every occurrence of
   * that surface in the process (the memo slot of its wink lexeme, see `Memo`); 0 on the public-API path
   */
  word(i: number): number;
}

/** `WinkTokens` over wink's raw array and the process's memo. */
class RawTokens implements WinkTokens {
  readonly n: number;
  readonly spans: readonly (readonly number[])[];
  private readonly rdd: Rdd;
  private readonly addons: unknown;
  private readonly tk: number[];
  private readonly memo: Memo;
  private readonly its: Record<'pos' | 'lemma' | 'type', ItsFn>;

  constructor(nlp: Wink, rdd: Rdd, addons: unknown) {
    this.its = nlp.its as unknown as Record<'pos' | 'lemma' | 'type', ItsFn>;
    this.rdd = rdd;
    this.addons = addons;
    this.tk = rdd.tokens;
    this.n = rdd.numOfTokens;
    this.spans = rdd.sentences;
    this.memo = memoOf(rdd.cache);
  }

  lexeme(i: number): Lexeme {
    const memo = this.memo;
    const lex = this.tk[i * TK]!;
    // a seen lexeme's record from its slot: no read of wink's large lexeme list per token
    const slot = slotFor(memo, lex);
    if (slot !== 0) return memo.lexemes[slot]!;
    const surface = this.rdd.cache.value(lex);
    const word = memo.lexemes.length;
    const lx: Lexeme = { word, surface, lower: surface.toLowerCase(), type: this.its.type(i, this.rdd, this.addons) as string, pos: -1, lemma: '' };
    memo.slotOf[lex] = word;
    memo.lexemes.push(lx);
    return lx;
  }

  surface(i: number): string {
    return this.lexeme(i).surface;
  }

  pos(i: number): string {
    const p = (this.tk[i * TK + 2]! & POS_MASK) >>> BITS_LEMMA;
    const names = this.memo.posNames;
    let pn = names[p];
    if (pn === undefined) { pn = this.its.pos(i, this.rdd, this.addons) as string; names[p] = pn; }
    return pn;
  }

  lemmaOf(i: number, lx: Lexeme): string {
    const b = i * TK;
    if (this.tk[b + 1]! > CONTRACTION) return this.its.lemma(i, this.rdd, this.addons) as string; // stored inline for contractions
    const p = (this.tk[b + 2]! & POS_MASK) >>> BITS_LEMMA;
    if (lx.pos === p) return lx.lemma;
    if (lx.pos === -1) {
      const l = sameOr(this.its.lemma(i, this.rdd, this.addons) as string, lx.lower);
      lx.pos = p;
      lx.lemma = l;
      return l;
    }
    const otherLemma = this.memo.otherLemma;
    const key = this.tk[b]! * 64 + p;
    let l = otherLemma.get(key);
    if (l === undefined) { l = sameOr(this.its.lemma(i, this.rdd, this.addons) as string, lx.lower); otherLemma.set(key, l); }
    return l;
  }

  /** Token i's lexeme record (seen: `lexeme` was called for it). */
  private seen(i: number): Lexeme {
    return this.memo.lexemes[this.memo.slotOf[this.tk[i * TK]!]!]!;
  }

  lemma(i: number): string {
    return this.lemmaOf(i, this.seen(i));
  }

  type(i: number): string {
    return this.seen(i).type;
  }

  negated(i: number): boolean {
    return this.tk[i * TK + 3]! >= NEGATION;
  }

  lower(i: number): string {
    return this.seen(i).lower;
  }

  word(i: number): number {
    return this.seen(i).word;
  }
}

/** `WinkTokens` over the public API's columns (reference path, and fallback). */
class PublicTokens implements WinkTokens {
  readonly n: number;
  readonly spans: readonly (readonly number[])[];

  constructor(private readonly cols: WinkColumns) {
    this.n = cols.surfaces.length;
    this.spans = cols.spans;
  }

  lexeme(i: number): Lexeme {
    const surface = this.cols.surfaces[i]!;
    return { word: 0, surface, lower: surface.toLowerCase(), type: this.cols.type[i]!, pos: -1, lemma: '' };
  }

  surface(i: number): string { return this.cols.surfaces[i]!; }
  pos(i: number): string { return this.cols.pos[i]!; }
  lemmaOf(i: number): string { return this.cols.lemma[i]!; }
  lemma(i: number): string { return this.cols.lemma[i]!; }
  type(i: number): string { return this.cols.type[i]!; }
  negated(i: number): boolean { return this.cols.neg[i] === true; }
  lower(i: number): string { return this.cols.surfaces[i]!.toLowerCase(); }
  word(): number { return 0; }
}

/**
 * `doc`'s tokens for per-token reads: from wink's raw data, or through the
 * public API when that is not reachable (`raw` false: no word ids).
 */
export function winkTokens(nlp: Wink, doc: ReturnType<Wink['readDoc']>): { tokens: WinkTokens; raw: boolean } {
  const raw = rawOf(doc);
  if (raw === null) return { tokens: new PublicTokens(publicColumns(nlp, doc)), raw: false };
  return { tokens: new RawTokens(nlp, raw.rdd, raw.addons), raw: true };
}

/** All columns of `doc` in one pass; null when wink's raw data is not reachable (use the public API). */
export function rawColumns(nlp: Wink, doc: ReturnType<Wink['readDoc']>): WinkColumns | null {
  const raw = rawOf(doc);
  if (raw === null) return null;
  const t = new RawTokens(nlp, raw.rdd, raw.addons);
  const cols: Required<WinkColumns> = { surfaces: [], pos: [], lemma: [], type: [], neg: [], spans: [], lower: [], word: [] };
  for (let i = 0; i < t.n; i++) {
    cols.surfaces.push(t.surface(i));
    cols.pos.push(t.pos(i));
    cols.lemma.push(t.lemma(i));
    cols.type.push(t.type(i));
    cols.neg.push(t.negated(i));
    cols.lower.push(t.lower(i));
    cols.word.push(t.word(i));
  }
  cols.spans = t.spans.map((s) => [s[0]!, s[1]!]);
  return cols;
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
