/** The per-document state of the resolver passes. */
import type { ActorMention, IsoDate, PlaceMention, RoleConflict } from '../domain/types.js';
import type { TextView } from './forms.js';
import type { ActorDictionary } from './model.js';
import type { Item } from './scan.js';

/** Double quotation marks, straight and curly: what opens and closes a quotation in news text. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/** The opening quotation mark before the closing one at token `close` (within its sentence and the three before), or -1. */
export function openingQuote(s: State, close: number): number {
  const toks = s.view.tokens;
  const sentence = toks[close]!.sentence;
  for (let j = close - 1; j >= 0 && toks[j]!.sentence >= sentence - 3; j--) if (QUOTE_MARKS.has(toks[j]!.text)) return j;
  return -1;
}

/** A resolved mention plus what coreference needs to know about it. */
export interface Found {
  m: ActorMention;
  /** token span */
  start: number;
  end: number;
  sentence: number;
  plural: boolean;
  gender: 'm' | 'f' | null;
  /** A state body named by its office alone, given the article's main country (no country word of its own). */
  contextual?: true;
}

/** A mention the resolver could not settle (an ambiguous surname), for diagnostics. */
export interface ActorNote extends ActorMention {
  candidates: string[];
}

export interface State {
  dict: ActorDictionary;
  view: TextView;
  date: IsoDate;
  items: Item[];
  /** token → index of the item starting there, or -1 */
  at: number[];
  /** token → index of the item covering it, or -1 */
  covered: number[];
  /** item → 1 once used (plain arrays here and above: a typed array of this size gets its own off-heap buffer) */
  consumed: number[];
  /** weighted mention counts of country / IGO codes, from the candidate items */
  counts: Map<string, number>;
  /** the country the article is clearly most about, from `counts` (see `mainOf` in titles.ts) */
  main: string | undefined;
  /** countries named by an adjective, a capital or a person (not only by a name that may be a homonym) */
  signalled: Set<string>;
  /** homonym name → true when this article uses it for the other country's place */
  homonymSense: Map<string, boolean>;
  /** per sentence: written in title case (a headline), where capitalisation says nothing */
  titleCase: Uint8Array;
  found: Found[];
  conflicts: RoleConflict[];
  notes: ActorNote[];
  /** people named in full so far, id → last mention */
  named: Map<string, Found>;
  /** unlisted people named after a title so far, surname → mention */
  unlisted: Map<string, Found>;
  /** the last two actors of different countries joined by "and" */
  pair: [Found, Found] | null;
  /** the last list of people joined by commas and "and" ("Vance, Rubio, and Wiles"), for "they" */
  people: Found[] | null;
  /** the document's place mentions */
  places: PlaceMention[];
  /** character offset where a place mention starts → the place's country; set up on first use (see `placeAt`) */
  placeCountries: Map<number, string> | null;
  /** the last metonym decision, for "New Delhi and Islamabad" */
  lastMetonym: { end: number; agent: boolean } | null;
}

/** `placeCountries` of a document whose places are in text order: `placeAt` searches them, no map is built. */
const IN_ORDER = new Map<number, string>();

/** The token starting at character `offset` (-1 when none): a binary search over tokens in text order. */
export function tokenAtOffset(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const st = tokens[mid]!.start;
    if (st === offset) return mid;
    if (st < offset) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/**
 * The country of the place mention starting at character offset `offset` ("police in Lahore"), if any — never of a sea
 * or strait ("warships arrived in the Caribbean" are no navy of the state the gazetteer files that sea under).
 */
export function placeAt(s: State, offset: number): string | undefined {
  const places = s.places;
  if (!s.placeCountries) {
    // the place finder's output: starts strictly increasing (then a binary search finds what the map would)
    let inOrder = true;
    for (let i = 1; i < places.length; i++) if (places[i]!.start <= places[i - 1]!.start) { inOrder = false; break; }
    if (inOrder) s.placeCountries = IN_ORDER;
    else {
      s.placeCountries = new Map();
      for (const p of places) if (p.place.country && p.place.kind !== 'water') s.placeCountries.set(p.start, p.place.country);
    }
  }
  if (s.placeCountries !== IN_ORDER) return s.placeCountries.get(offset);
  let lo = 0;
  let hi = places.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = places[mid]!;
    if (p.start === offset) return p.place.kind === 'water' ? undefined : p.place.country || undefined;
    if (p.start < offset) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

/** Sentence weight for counting: the headline and lead count more. */
export function weight(sentence: number): number {
  return sentence === 0 ? 3 : sentence <= 2 ? 2 : 1;
}

/** Country or IGO part of an actor code ("PAKMIL" → "PAK", "IGOUNO" → "IGOUNO"). */
export function countryPart(code: string): string {
  // (memoized per code: codes are few — the dictionary's and their sectors; bounded all the same — and a slice
  // is a new string each time, whose hash every Map or Set lookup of it then computes again)
  let c = parts.get(code);
  if (c === undefined) {
    c = code.startsWith('IGO') ? code : code.slice(0, 3);
    if (parts.size >= 4096) parts.clear();
    parts.set(code, c);
  }
  return c;
}
const parts = new Map<string, string>();

let bytes = new Uint8Array(1024);
let ints = new Int32Array(1024);

/**
 * A zeroed Uint8Array of length `n` over a buffer reused from call to call: for marks a pass makes and
 * drops (a typed array of a few hundred bytes gets its own off-heap buffer, which costs more than
 * zeroing). Valid until the next call; callers must not keep it or nest.
 */
export function scratchBytes(n: number): Uint8Array {
  if (bytes.length < n) bytes = new Uint8Array(Math.max(n, 2 * bytes.length));
  bytes.fill(0, 0, n);
  return bytes.subarray(0, n);
}

/**
 * Sets `a[from, to)` to `value`: a loop, not `TypedArray#fill`, whose builtin call costs more than the one to
 * three cells of a mention's tokens it is used for.
 */
export function mark(a: Uint8Array | Int32Array, value: number, from: number, to: number): void {
  for (let k = from; k < to; k++) a[k] = value;
}

/** As `scratchBytes`, an Int32Array of length `n` filled with `value`. */
export function scratchInts(n: number, value: number): Int32Array {
  if (ints.length < n) ints = new Int32Array(Math.max(n, 2 * ints.length));
  ints.fill(value, 0, n);
  return ints.subarray(0, n);
}
