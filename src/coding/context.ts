/**
 * Per-document lookup tables the matcher and refiners share: which actor mention covers each token,
 * clause boundaries, the article's dominant parties. Built once per document, O(tokens + mentions).
 */
import { MEDIATING, STATE_SECTORS, THIRD_PARTY, type ActorMention, type AnnotatedDoc, type Token } from '../domain/types.js';
import type { Attached, Party } from './attach.js';
import type { Lexicon } from './lexicon.js';

export interface DocContext {
  doc: AnnotatedDoc;
  /** Token index → index into doc.actors of the mention covering it, or -1. */
  actorAt: Int32Array;
  /** Mention index → first and one-past-last token index. */
  mentionTokens: Array<[number, number]>;
  /** Countries the article is mostly about (by mention count), media excluded. */
  parties: string[];
  /** The article's main pair of countries: the pair most often written together ("India and
   * Pakistan", "both sides"), when any. */
  dyad: [string, string] | null;
  /** Counter of candidate checks (for the linearity test). */
  work: { checks: number };
  /** The publication date (`doc.published`) in milliseconds since the epoch, parsed once per document. */
  published: number;
  /** Sentence → the last event attached to a finite verb so far (what a participle clause hangs on);
   * filled while the sentence's candidates are attached, in text order. */
  finite: Array<Attached | undefined>;
  /** Mention index → its parties (one per code it stands for), made on first use and shared (never mutated). */
  partiesOf?: Array<Party[] | undefined>;
  /** The tokens' word classes (lexicon.ts), made on first use. */
  lexicon?: Lexicon | undefined;
  /** Per form-class bit number, per sentence: whether it holds a word of the class (lexicon.ts `sentenceHas`), made on first use. */
  hints?: Array<Uint8Array | undefined> | undefined;
  /** Sentence → its place mentions that are no country (where.ts), made for all sentences on first use. */
  placesIn?: Array<Array<AnnotatedDoc['places'][number]> | undefined>;
  /** Sentence → its time expressions that may date its events (when.ts), made for all sentences on first use. */
  timesIn?: Array<Array<AnnotatedDoc['times'][number]> | undefined>;
  /** Room for the document's per-token Int32 columns: `actorAt`, then the lexicon's four (see `columns`). */
  columns: Int32Array;
}

/**
 * The per-token Int32 columns of a context (its `actorAt`, the lexicon's four) lie in one buffer of
 * 5 × tokens. A typed array costs about a microsecond to allocate (its memory lives outside the JS
 * heap, and the collector tracks it), more than coding a short sentence; so `codeEvents` hands the
 * buffer back when it is done with the document (`releaseContext`) and the next document reuses it.
 * A context built while the buffer is out (a test holding several contexts) gets a buffer of its own.
 */
let spare: Int32Array | null = null;

function takeColumns(tokens: number): Int32Array {
  const need = 5 * tokens;
  const have = spare;
  spare = null;
  return have && have.length >= need ? have : new Int32Array(Math.max(need, 4096));
}

/** The context is no longer used: its column buffer goes to the next document's context. */
export function releaseContext(ctx: DocContext): void {
  spare = ctx.columns;
}

const CLAUSE_PUNCT = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

export function isClauseBreak(t: Token): boolean {
  return CLAUSE_PUNCT.has(t.text) || (t.text === '-' && t.pos === 'PUNCT' && false);
}

export function countryOf(code: string): string {
  return code.startsWith('IGO') ? 'IGO' : code.slice(0, 3);
}

/** Possessive determiners ("its visiting king", "their demands"). */
export const POSSESSIVE_DET: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

export { STATE_SECTORS };

export { MEDIATING, THIRD_PARTY };

/**
 * The side an actor code is on: its country for the state and its organs ("PAK", "PAKMIL"), the country
 * with the sector for a non-state party ("SDNREB"), so a civil war has two sides; each intergovernmental body is
 * its own side ("IGOUNO", "IGOEU").
 */
/** Sides by code, made once per code (codes are few: the actor dictionary's and their country parts). */
const sides = new Map<string, string>();

export function sideOf(code: string): string {
  let side = sides.get(code);
  if (side === undefined) {
    const c = countryOf(code);
    const sector = code.slice(3, 6);
    // (each intergovernmental body is a side of its own: the UN and the EU condemning are two acts)
    side = c === 'IGO' ? code : STATE_SECTORS.has(sector) ? c : `${c}${sector}`;
    sides.set(code, side);
  }
  return side;
}

/** Codes a mention stands for (its members for group nouns such as "both sides"). */
export function mentionCodes(m: ActorMention): string[] {
  return m.members && m.members.length > 0 ? m.members : [m.code];
}

export function buildContext(doc: AnnotatedDoc): DocContext {
  const columns = takeColumns(doc.tokens.length);
  const actorAt = columns.subarray(0, doc.tokens.length).fill(-1);
  // tokens and mentions are both in text order: one merge pass
  const actors = doc.actors;
  const na = actors.length;
  // the resolver emits mentions in text order: sort (stably, by start) only when they are not
  let sorted = true;
  for (let i = 1; i < na && sorted; i++) if ((actors[i] as ActorMention).start < (actors[i - 1] as ActorMention).start) sorted = false;
  const order = sorted ? null : actors.map((m, i) => i).sort((a, b) => (actors[a]?.start ?? 0) - (actors[b]?.start ?? 0));
  let ti = 0;
  const spans: Array<[number, number]> = new Array(na);
  for (let oi = 0; oi < na; oi++) {
    const mi = order === null ? oi : (order[oi] as number);
    const m = actors[mi] as ActorMention;
    while (ti < doc.tokens.length && (doc.tokens[ti] as Token).end <= m.start) ti++;
    let j = ti;
    let first = -1;
    let last = -1;
    while (j < doc.tokens.length && (doc.tokens[j] as Token).start < m.end) {
      if (actorAt[j] === -1) actorAt[j] = mi;
      if (first < 0) first = j;
      last = j;
      j++;
    }
    spans[mi] = [first, last + 1];
  }
  const mentionTokens = spans;
  const parties = doc.countries.length > 0 ? doc.countries : countedParties(doc);
  return { doc, actorAt, mentionTokens, parties, dyad: dyadOf(doc, actorAt, mentionTokens), work: { checks: 0 }, published: Date.parse(doc.published), finite: [], partiesOf: [], lexicon: undefined, hints: undefined, placesIn: undefined, timesIn: undefined, columns };
}

/**
 * Spans (time or place mentions) by the sentence that holds them whole, in document order within a
 * sentence, those `keep` accepts only: one pass over the spans, each one's sentence found by binary
 * search (sentences are in text order and do not overlap). Sentences holding none get no list.
 */
export function bySentence<T extends { start: number; end: number }>(doc: AnnotatedDoc, spans: readonly T[], keep: (t: T) => boolean): Array<T[] | undefined> {
  const out: Array<T[] | undefined> = [];
  const ss = doc.sentences;
  for (let k = 0; k < spans.length; k++) {
    const t = spans[k] as T;
    if (!keep(t)) continue;
    // the last sentence starting at or before the span
    let lo = 0;
    let hi = ss.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ss[mid] as { start: number }).start <= t.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (at < 0 || t.end > (ss[at] as { end: number }).end) continue;
    (out[at] ??= []).push(t);
  }
  return out;
}

/** Countries by mention count, most mentioned first (media and IGOs excluded). */
function countedParties(doc: AnnotatedDoc): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.actors) {
    if (m.kind === 'media') continue;
    for (const c of mentionCodes(m)) {
      const k = countryOf(c);
      if (k === 'IGO') continue;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** Pairs of sides (first < second) in the order first seen, with how often each was seen. */
interface PairCounts { first: string[]; second: string[]; n: number[] }

function addPair(counts: PairCounts, a: string, b: string): void {
  if (a === b || a === 'IGO' || b === 'IGO') return;
  const x = a < b ? a : b;
  const y = a < b ? b : a;
  for (let k = 0; k < counts.n.length; k++) {
    if (counts.first[k] === x && counts.second[k] === y) { counts.n[k] = (counts.n[k] as number) + 1; return; }
  }
  counts.first.push(x);
  counts.second.push(y);
  counts.n.push(1);
}

const PAIR_PRONOUNS = new Set(['they', 'them', 'their', 'theirs']);

function dyadOf(doc: AnnotatedDoc, actorAt: Int32Array, mt: Array<[number, number]>): [string, string] | null {
  const counts: PairCounts = { first: [], second: [], n: [] };
  const actors = doc.actors;
  for (let mi = 0; mi < actors.length; mi++) {
    const m = actors[mi] as ActorMention;
    if (m.kind === 'media') continue;
    const ms = m.members;
    // (a pronoun standing for a pair just named — "Germany and Norway closed their embassies" — is no second mention of it)
    if (ms !== undefined && ms.length === 2 && !PAIR_PRONOUNS.has(m.text.toLowerCase())) addPair(counts, sideOf(ms[0] as string), sideOf(ms[1] as string));
    // "X and Y", "X, Y"
    const end = (mt[mi] as [number, number])[1];
    let j = end + 1;
    // "X and the Y"
    if (j < actorAt.length && actorAt[j] === -1 && doc.tokens[j]?.lower === 'the') j++;
    const link = doc.tokens[end];
    if (!link || (link.lower !== 'and' && link.text !== ',')) continue;
    const other = j < actorAt.length ? (actorAt[j] as number) : -1;
    const om = other >= 0 ? actors[other] : undefined;
    if (om && om.kind !== 'media') addPair(counts, sideOf(m.code), sideOf(om.code));
  }
  // the most frequent pair, the first seen of equals
  let best = -1;
  for (let k = 0; k < counts.n.length; k++) if (best < 0 || (counts.n[k] as number) > (counts.n[best] as number)) best = k;
  if (best < 0 || (counts.n[best] as number) < 2) return null;
  return [counts.first[best] as string, counts.second[best] as string];
}
