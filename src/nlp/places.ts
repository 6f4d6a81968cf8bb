/**
 * Place finder: case-sensitive longest match of gazetteer names and aliases over tokens.
 * Names are tokenized with the same tokenizer as documents, so "Pakistan-administered Kashmir" or
 * "Line of Control" match exactly the token sequences a text produces. Candidates are indexed by
 * their first token, so matching costs one hash lookup per token.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../engine/paths.js';
import { BrinkError } from '../domain/errors.js';
import type { AnnotatedDoc, Place, PlaceKind, PlaceMention, Token } from '../domain/types.js';
import type { Component } from './pipeline.js';
import { isCapitalized } from './headline.js';
import { tokenize, wordIds, WordValues } from './tokenizer.js';

export interface GazetteerEntry extends Place {
  aliases?: string[];
  /** for country centroids: one-word adjectives and demonyms that point to the country ("Lebanese") */
  adjectives?: string[];
}

interface Pattern {
  /** token surfaces after the first */
  rest: string[];
  place: Place;
  /** other places of the same name ("Tripoli" in Libya and in Lebanon); `place` is the default reading */
  alts?: Place[];
}

export interface Gazetteer {
  places: Place[];
  /** first token surface → patterns, longest first */
  byFirst: Map<string, Pattern[]>;
  /** UTF-16 code unit → 1 when some first token starts with it: most tokens skip the hash lookup */
  firstChar?: Uint8Array;
  /** first two characters (ASCII, `c0 << 7 | c1`, 0 for none) → 1 when some first token starts with them */
  firstTwo?: Uint8Array;
  /** country adjective or demonym → ISO3, to read a shared place name by the text's other cues */
  cues?: Map<string, string>;
}

/** Key of the first two characters of a token when both are ASCII (a one-character token: c1 = 0), else -1. */
function twoKey(s: string): number {
  const c0 = s.charCodeAt(0);
  const c1 = s.length > 1 ? s.charCodeAt(1) : 0;
  return c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
}

function firstTwos(byFirst: Map<string, Pattern[]>): Uint8Array {
  const flags = new Uint8Array(1 << 14);
  for (const k of byFirst.keys()) {
    const key = twoKey(k);
    if (key >= 0) flags[key] = 1;
  }
  return flags;
}

const KINDS = new Set<PlaceKind>(['country', 'capital', 'city', 'region', 'disputed', 'site', 'water']);

function toPlace(e: GazetteerEntry): Place {
  const p: Place = { id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon };
  if (e.claimedBy && e.claimedBy.length > 0) p.claimedBy = e.claimedBy.slice();
  if (e.frontier === true) p.frontier = true;
  return p;
}

/** Builds a gazetteer from entries (names and aliases, de-duplicated; the first entry wins a shared name). */
export function gazetteer(entries: GazetteerEntry[]): Gazetteer {
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Map<string, Pattern>();
  const places: Place[] = [];
  const cues = new Map<string, string>();
  for (const e of entries) {
    const place = toPlace(e);
    places.push(place);
    if (e.kind === 'country') for (const a of e.adjectives ?? []) if (!cues.has(a)) cues.set(a, e.country);
    for (const name of [e.name, ...(e.aliases ?? [])]) {
      if (name.trim() === '') continue;
      const known = seen.get(name);
      if (known) {
        if (known.place !== place && known.place.country !== place.country && !(known.alts ?? []).includes(place)) (known.alts ??= []).push(place);
        continue;
      }
      const surfaces = tokenize(name).tokens.map((t) => t.text);
      const first = surfaces[0];
      if (first === undefined) continue;
      const pattern: Pattern = { rest: surfaces.slice(1), place };
      seen.set(name, pattern);
      const list = byFirst.get(first) ?? [];
      list.push(pattern);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { places, byFirst, firstChar: firstChars(byFirst), firstTwo: firstTwos(byFirst), cues };
}

/**
 * A name shared by places in different countries ("Tripoli", "Punjab") takes the reading whose
 * country the rest of the text supports more (its other places, country names and adjectives: "the
 * north Lebanese port"); with no more support than the default's, the default (first) entry stays.
 */
function readShared(doc: AnnotatedDoc, gaz: Gazetteer, out: PlaceMention[], shared: { at: number; alts: Place[] }[]): void {
  const support = new Map<string, number>();
  const isShared = new Set(shared.map((x) => x.at));
  out.forEach((m, k) => {
    if (!isShared.has(k) && m.place.country) support.set(m.place.country, (support.get(m.place.country) ?? 0) + 1);
  });
  const cues = gaz.cues;
  if (cues && cues.size > 0) {
    for (const t of doc.tokens) {
      const c = cues.get(t.text);
      if (c) support.set(c, (support.get(c) ?? 0) + 1);
    }
  }
  for (const { at, alts } of shared) {
    const m = out[at]!;
    let best = m.place;
    let top = support.get(best.country) ?? 0;
    for (const p of alts) {
      const n = support.get(p.country) ?? 0;
      if (n > top) { best = p; top = n; }
    }
    if (best !== m.place) out[at] = { ...m, place: best };
  }
}

function firstChars(byFirst: Map<string, Pattern[]>): Uint8Array {
  const flags = new Uint8Array(65536);
  for (const k of byFirst.keys()) flags[k.charCodeAt(0)] = 1;
  return flags;
}

function validate(e: unknown, i: number, file: string): GazetteerEntry {
  const o = e as Partial<GazetteerEntry>;
  const ok = typeof o.id === 'string' && typeof o.name === 'string' && typeof o.country === 'string' &&
    typeof o.lat === 'number' && typeof o.lon === 'number' && typeof o.kind === 'string' && KINDS.has(o.kind) &&
    (o.aliases === undefined || Array.isArray(o.aliases));
  if (!ok) throw new BrinkError('BAD_DATA_FILE', { file, detail: `entry ${i} (${String(o.id)}) lacks id/name/kind/country/lat/lon` }, file);
  return o as GazetteerEntry;
}

/** Reads a gazetteer file in the data/README.md "places/places.json" format. */
export function loadGazetteer(file = resolve(DATA_DIR, 'places', 'places.json')): Gazetteer {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'BAD_DATA_FILE';
    throw new BrinkError(code, { file, detail: e instanceof Error ? e.message : String(e) }, file);
  }
  const entries = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) throw new BrinkError('BAD_DATA_FILE', { file, detail: 'no entries array' }, file);
  return gazetteer(entries.map((e, i) => validate(e, i, file)));
}

/**
 * The patterns of one first token, as the matcher tries them: those of several tokens by their second
 * token's text (a common first token has many: "the" leads some forty names, and each "the" would
 * otherwise compare its next token with every one), each list in `byFirst` order (longest first); and
 * the first one-token pattern, which matches whenever no longer one does.
 */
interface Firsts {
  bySecond: Map<string, Pattern[]> | null;
  single: Pattern | null;
}

/** Per gazetteer, first token text → its `Firsts` (built on first use). */
const firstsByText = new WeakMap<Gazetteer, Map<string, Firsts>>();

/**
 * Per gazetteer, word id (see `wordIds`) → the `Firsts` of that word, null for none (undefined: not
 * looked up yet): a recurring word costs one array load.
 */
const firstByWord = new WeakMap<Gazetteer, WordValues<Firsts | null>>();

/** The `Firsts` of the first token text `text`, or null when no pattern starts with it. */
function firstsOf(gaz: Gazetteer, flags: Uint8Array, two: Uint8Array, text: string): Firsts | null {
  const key = twoKey(text);
  const maybe = key >= 0 ? two[key] === 1 : flags[text.charCodeAt(0)] === 1;
  const list = maybe ? gaz.byFirst.get(text) : undefined;
  if (list === undefined) return null;
  let byText = firstsByText.get(gaz);
  if (byText === undefined) {
    byText = new Map();
    firstsByText.set(gaz, byText);
  }
  let f = byText.get(text);
  if (f === undefined) {
    f = { bySecond: null, single: null };
    for (const p of list) {
      const second = p.rest[0];
      if (second === undefined) {
        f.single ??= p;
        continue;
      }
      f.bySecond ??= new Map();
      const same = f.bySecond.get(second);
      if (same) same.push(p);
      else f.bySecond.set(second, [p]);
    }
    byText.set(text, f);
  }
  return f;
}

/** Longest gazetteer matches over the document's tokens, within sentences, left to right. */
export function findPlaces(doc: AnnotatedDoc, gaz: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = doc.tokens;
  const n = tokens.length;
  const flags = gaz.firstChar ?? firstChars(gaz.byFirst);
  const two = gaz.firstTwo ?? firstTwos(gaz.byFirst);
  const words = wordIds(tokens);
  let byWord = firstByWord.get(gaz);
  if (byWord === undefined) {
    byWord = new WordValues();
    firstByWord.set(gaz, byWord);
  }
  let shared: { at: number; alts: Place[] }[] | undefined;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    const word = words?.[i] ?? 0;
    let firsts: Firsts | null | undefined;
    if (word === 0) firsts = firstsOf(gaz, flags, two, t.text);
    else {
      firsts = byWord.get(word);
      if (firsts === undefined) {
        firsts = firstsOf(gaz, flags, two, t.text);
        byWord.set(word, firsts);
      }
    }
    if (firsts === null) {
      i++;
      continue;
    }
    // the longest pattern of several tokens that matches (only those whose second token is the next one can),
    // else the one-token pattern
    let match: Pattern | null = null;
    const next = tokens[i + 1];
    const cands = firsts.bySecond !== null && next !== undefined && next.sentence === t.sentence ? firsts.bySecond.get(next.text) : undefined;
    if (cands) {
      for (let ci = 0; ci < cands.length && match === null; ci++) {
        const c = cands[ci]!;
        if (i + c.rest.length + 1 > n) continue;
        let ok = true;
        for (let k = 1; k < c.rest.length; k++) {
          const u = tokens[i + 1 + k]!;
          if (u.text !== c.rest[k] || u.sentence !== t.sentence) { ok = false; break; }
        }
        if (ok) match = c;
      }
    }
    match ??= firsts.single;
    if (match === null) {
      i++;
      continue;
    }
    // ("the Gulf of Oman": a name opened by "the" yields to a longer one starting at its next word)
    if (match.rest.length >= 1 && t.lower === 'the' && longerAfter(tokens, gaz, flags, two, i + 1, i + match.rest.length + 1)) {
      i++;
      continue;
    }
    const len = match.rest.length + 1;
    const end = tokens[i + len - 1]!.end;
    if (match.alts) (shared ??= []).push({ at: out.length, alts: match.alts });
    // a one-token name is the token's text (text.slice(start, end) === token.text): no new string
    out.push({ start: t.start, end, text: len === 1 ? t.text : doc.text.slice(t.start, end), place: match.place });
    i += len;
  }
  if (shared) readShared(doc, gaz, out, shared);
  datelinePlaces(doc, gaz, out);
  return out;
}

/** Some multi-token gazetteer name starts at token `i` and ends after token `end` (exclusive end `end`). */
function longerAfter(tokens: readonly Token[], gaz: Gazetteer, flags: Parameters<typeof firstsOf>[1], two: Parameters<typeof firstsOf>[2], i: number, end: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.sentence !== t.sentence) return false;
  const firsts = firstsOf(gaz, flags, two, t.text);
  const cands = firsts?.bySecond?.get(next.text);
  if (!cands) return false;
  for (const c of cands) {
    if (i + c.rest.length + 1 <= end || i + c.rest.length + 1 > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < c.rest.length; k++) {
      const u = tokens[i + 1 + k]!;
      if (u.text !== c.rest[k] || u.sentence !== t.sentence) { ok = false; break; }
    }
    if (ok) return true;
  }
  return false;
}

/** Words a dateline puts after its place: a month or a bracketed outlet ("KHARTOUM, Nov 6 (Wire)", "GAZA, (Reuters)"). */
const DATELINE_NEXT = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$|^\($/;

/**
 * Wire datelines: the first sentences opening with place names in capitals, one or more joined by "/", then
 * a comma and a date or a bracketed outlet ("KHARTOUM, Nov 6 (Wire) —", "TAIPEI/BEIJING, April 1",
 * "ADDIS ABABA, March 24"). The gazetteer is case-sensitive; a dateline's names are read in title case.
 * Each place found is added (in text order) and marked `dateline`.
 */
function datelinePlaces(doc: AnnotatedDoc, gaz: Gazetteer, out: PlaceMention[]): void {
  const tokens = doc.tokens;
  const added: PlaceMention[] = [];
  for (const s of doc.sentences.slice(0, 4)) {
    let i = s.tokenStart;
    const found: PlaceMention[] = [];
    while (i < s.tokenEnd && i < s.tokenStart + 8) {
      // a run of capitalised words ("ADDIS ABABA")
      // (and names joined by hyphens with no spaces: "PORT-AU-PRINCE")
      let j = i;
      while (j < s.tokenEnd && j < i + 6 && (isUpperWord(tokens[j]!.text) || (j > i && tightHyphen(tokens, j) && isUpperWord(tokens[j + 1]?.text ?? '')))) j++;
      if (j === i) break;
      const place = lookUpTitled(gaz, tokens.slice(i, j).map((t) => titled(t.text)));
      if (place) found.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, text: doc.text.slice(tokens[i]!.start, tokens[j - 1]!.end), place, dateline: true });
      i = j;
      if (tokens[i]?.text !== '/') break;
      i++;
    }
    let comma = tokens[i];
    let after = tokens[i + 1];
    // ("GOMA, Democratic Republic of Congo, Jan 28 (Wire) —", "KHARTOUM, Sudan (AP) —": the country after the city, in
    // title case, is part of the dateline)
    let country: PlaceMention | undefined;
    if (found.length && comma?.text === ',' && after && isCapitalizedWord(after.text) && !DATELINE_NEXT.test(after.text)) {
      let j = i + 1;
      while (j < s.tokenEnd && j < i + 7 && (isCapitalizedWord(tokens[j]!.text) || (j > i + 1 && COUNTRY_LINKS.has(tokens[j]!.text)))) j++;
      const next = tokens[j];
      if (next && (next.text === '(' || (next.text === ',' && tokens[j + 1] && DATELINE_NEXT.test(tokens[j + 1]!.text)))) {
        country = out.find((p) => p.start === tokens[i + 1]!.start && p.end === tokens[j - 1]!.end);
        comma = next;
        after = tokens[j + 1];
      }
    }
    if (found.length && comma && (comma.text === ',' || comma.text === '(') && (comma.text === '(' || (after && DATELINE_NEXT.test(after.text)))) {
      added.push(...found);
      if (country) country.dateline = true;
      break;
    }
  }
  if (added.length === 0) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}

/** Lower-case words inside a country's name ("Democratic Republic of Congo"). */
const COUNTRY_LINKS = new Set(['of', 'the', 'and']);

/** A word in title case ("Congo", "Democratic"), not in the dateline's capitals. */
function isCapitalizedWord(w: string): boolean {
  return w.length > 1 && isCapitalized(w) && !isUpperWord(w);
}

/** The token at `j` is a hyphen with no space on either side. */
function tightHyphen(tokens: readonly Token[], j: number): boolean {
  const h = tokens[j];
  const a = tokens[j - 1];
  const b = tokens[j + 1];
  return !!h && !!a && !!b && h.text === '-' && a.end === h.start && h.end === b.start;
}

function isUpperWord(text: string): boolean {
  // (accented capitals too: "BELÉM", "SÃO PAULO", "BOGOTÁ")
  return text.length >= 2 && /^\p{Lu}[\p{Lu}'.-]*\p{Lu}$/u.test(text);
}

function titled(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** The place a gazetteer pattern of exactly these (title-cased) words names, or null. */
function lookUpTitled(gaz: Gazetteer, words: string[]): Place | null {
  const list = gaz.byFirst.get(words[0]!);
  if (!list) return null;
  // (the rest compared without case: "Port-au-Prince" read from "PORT-AU-PRINCE")
  for (const p of list) if (p.rest.length === words.length - 1 && p.rest.every((r, k) => r.toLowerCase() === words[k + 1]!.toLowerCase())) return p.place;
  return null;
}

/** The place component: requires tokens and sentences, assigns places. */
export function placeFinder(gaz: Gazetteer): Component {
  return {
    name: 'places',
    requires: ['sentences', 'tokens'],
    assigns: ['places'],
    run(doc) {
      doc.places = findPlaces(doc, gaz);
    },
  };
}
