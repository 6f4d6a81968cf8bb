/**
 * The actor resolver component: finds actor mentions and resolves them on the article's date.
 * Pass 1 (scan) proposes items with hash lookups, one walk over the tokens; pass 2 (compose) turns
 * them into mentions using a few tokens of context; then the article's countries are counted.
 */
import type { AnnotatedDoc, ActorMention, PlaceMention, Token } from '../domain/types.js';
import type { Component } from '../nlp/pipeline.js';
import { AMERICAS, compoundAfter, formerState, originOrSponsor, titleCaseSentences } from './context.js';
import { viewOf } from './forms.js';
import { adjectiveHit, type ActorDictionary, type NameHit } from './model.js';
import { firstRoleOn, dayOf } from './roles.js';
import { compose } from './compose.js';
import { appositiveNames, namesEither, ownCountryObjects, unlistedOrgs, unlistedSubjects } from './orgs.js';
import { mainCountry, mainOf } from './titles.js';
import { scanItems, type Item } from './scan.js';
import { countryPart, mark, QUOTE_MARKS, scratchBytes, tokenAtOffset, weight, type ActorNote, type Found, type State } from './state.js';

export type { ActorNote } from './state.js';

/** AnnotatedDoc plus the resolver's diagnostics (mentions it could not settle). */
export type ActorAnnotatedDoc = AnnotatedDoc & { actorNotes?: ActorNote[] };

export interface ResolverOptions {
  /** Keep unresolved ambiguous mentions in `doc.actorNotes` (default true). */
  notes?: boolean;
}

function itemCountry(item: Item, date: string): string | null {
  if (item.kind !== 'name') return null;
  const h = item.hits[0]!;
  if (h.type === 'adjective') return h.among ? null : h.country;
  if (h.type === 'metonym') return h.country;
  const e = h.entry;
  if (e.kind === 'person') return firstRoleOn(e, date)?.of ?? e.country ?? null;
  if (e.kind === 'media') return null;
  return e.kind === 'group' ? e.code : e.code;
}

/** The place mention at token `start` lies in another country than `code` (`inOrder`: place starts strictly increase). */
function readElsewhere(doc: AnnotatedDoc, start: number, code: string, inOrder: boolean): boolean {
  const at = doc.tokens[start]!.start;
  const places = doc.places ?? [];
  if (!inOrder) {
    for (let k = 0; k < places.length; k++) if (places[k]!.start === at) return places[k]!.place.country !== code;
    return false;
  }
  let lo = 0;
  let hi = places.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = places[mid]!;
    if (p.start === at) return p.place.country !== code;
    if (p.start < at) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Place starts strictly increase (the place finder's output): a binary search finds the first place at an offset. */
function placesInOrder(places: readonly PlaceMention[]): boolean {
  for (let i = 1; i < places.length; i++) if (places[i]!.start <= places[i - 1]!.start) return false;
  return true;
}

const LOCATIVE_PREPS = new Set(['in', 'inside', 'across', 'throughout', 'within']);

/** Weighted counts of countries (and IGOs, groups) named in the candidate items, for titles alone. */
/** The state of the paired short name `it` ("the North") or its pair is named by another name in the items. */
function pairedStateNamed(items: Item[], it: Item & { kind: 'name' }): boolean {
  const h0 = it.hits[0];
  return !!h0 && h0.type === 'entry' && !!h0.pairedWith && namesEither(items, [h0.entry.code, h0.pairedWith]);
}

function preCount(items: Item[], doc: AnnotatedDoc, date: string): { counts: Map<string, number>; signalled: Set<string> } {
  const counts = new Map<string, number>();
  const signalled = new Set<string>();
  const inOrder = placesInOrder(doc.places ?? []);
  // the countries the lead sentence (the one holding the dateline) places its events in
  const leadCountries = new Set<string>();
  const leadSentence = doc.places?.some((p) => p.dateline) ? leadOf(doc) : -1;
  // ("KUNMING, China (AP) —": the country written after the dateline's city is the dateline, counted below)
  const dateline = leadSentence >= 0 ? doc.places!.find((p) => p.dateline) : undefined;
  // (a town or region of the lead places its events too: "KUNMING — Myanmar's army retook the town of Lashio")
  // (counted as half a mention of its country, like a country named as where events are; a dateline abroad then counts a
  // quarter: "KUNMING, China (AP) — The army said it had retaken the town of Lashio" is Myanmar's army)
  let leadPlaced = false;
  if (leadSentence >= 0) {
    for (const p of doc.places ?? []) {
      // (not a contested line or land: "along the Line of Control" is no one country's)
      if (p.dateline || !p.place.country || p.place.kind === 'country' || p.place.kind === 'water' || p.place.kind === 'disputed' || (p.place.claimedBy?.length ?? 0) > 0) continue;
      const ti = tokenAtOffset(doc.tokens, p.start);
      if (ti < 0 || doc.tokens[ti]!.sentence !== leadSentence || leadCountries.has(p.place.country)) continue;
      leadCountries.add(p.place.country);
      leadPlaced = true;
      counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + weight(leadSentence) / 2);
    }
  }
  for (const it of items) {
    const c = itemCountry(it, date);
    if (dateline && /^,\s*$/.test(doc.text.slice(dateline.end, doc.tokens[it.start]!.start))) continue;
    // "ethnic Albanians" in Serbia do not make the article about Albania
    // nor do "Iran-backed militias" and "Russian-made tanks"
    // (nor does "a Kenyan-led mission" make a story about Haiti one about Kenya)
    // ("the North region" of Cameroon: a paired short name counts only in news naming its state or the pair's)
    if (c && it.kind === 'name' && it.hits.every((h) => h.type === 'entry' && h.pairedWith) && !pairedStateNamed(items, it)) continue;
    if (!c || doc.tokens[it.start - 1]?.lower === 'ethnic' || formerState(doc, it) || originOrSponsor(doc.tokens, it.end) || compoundAfter(doc.tokens, it.end) === 'led' || (c === 'USA' && AMERICAS.has(doc.tokens[it.start - 1]?.text ?? '') && doc.tokens[it.start]!.text.startsWith('America'))) continue;
    // "Georgia" that the place finder read as the US state (beside "Texas") does not count for the country
    if (it.kind === 'name' && it.hits[0]!.type === 'entry' && it.hits[0]!.entry.kind === 'country' && it.hits[0]!.from === undefined && it.hits[0]!.to === undefined && readElsewhere(doc, it.start, c, inOrder)) continue;
    // "living in exile in Britain": a country named only as where something is counts less than a party
    const w = weight(doc.tokens[it.start]!.sentence);
    const located = it.kind === 'name' && it.hits[0]!.type === 'entry' && it.hits[0]!.entry.kind === 'country' && LOCATIVE_PREPS.has(doc.tokens[it.start - 1]?.lower ?? '');
    counts.set(c, (counts.get(c) ?? 0) + (located ? w / 2 : w));
    // (where the lead puts the events: "Fighting raged in Sudan's Darfur region", not "a truce proposed by Egypt")
    if (located && doc.tokens[it.start]!.sentence === leadSentence) leadCountries.add(c);
    if (it.kind === 'name' && (it.hits[0]!.type !== 'entry' || it.hits[0]!.entry.kind === 'person')) signalled.add(c);
  }
  // ("KHARTOUM, Nov 6 (Wire) —": where the story was filed counts as one mention of its country in the lead)
  // (only half a mention, as "in X", when the lead places its events in another country: "GENEVA — Fighting raged in
  // Sudan's Darfur region ... the army" is Sudan's army, not Switzerland's)
  // (once: "KUNMING, China (AP) —" is one dateline, its city and country both read as its places)
  for (const p of doc.places ?? []) {
    if (!p.dateline || !p.place.country) continue;
    const other = leadCountries.size > 0 && !leadCountries.has(p.place.country);
    counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + (other ? weight(0) / (leadPlaced ? 4 : 2) : weight(0)));
    break;
  }
  // (a headline kept apart from the text: its countries count as the lead's, "Myanmar military announces ceasefire" over
  // a BANGKOK dateline)
  for (const c of doc.headlineCountries ?? []) counts.set(c, (counts.get(c) ?? 0) + weight(0));
  return { counts, signalled };
}

function countMention(counts: Map<string, number>, m: ActorMention, sentence: number, dict: ActorDictionary): void {
  if (m.kind === 'media' || m.how === 'coreference' || m.how === 'group-noun') return;
  const c = countryPart(m.code);
  if (!dict.countries.has(c)) return;
  counts.set(c, (counts.get(c) ?? 0) + weight(sentence));
}

/** Keys by count, highest first; equal counts in insertion order (as a stable sort). */
function ranked(counts: Map<string, number>): string[] {
  const keys: string[] = [];
  const vals: number[] = [];
  counts.forEach((v, k) => {
    let j = keys.length;
    keys.push(k);
    vals.push(v);
    for (; j > 0 && (vals[j - 1] as number) < v; j--) { keys[j] = keys[j - 1] as string; vals[j] = vals[j - 1] as number; }
    keys[j] = k;
    vals[j] = v;
  });
  return keys;
}

/** The article's countries, most mentioned first (headline and lead weigh more). */
export function articleCountries(mentions: ActorMention[], sentenceOf: (offset: number) => number, dict: ActorDictionary): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) countMention(counts, m, sentenceOf(m.start), dict);
  return ranked(counts);
}

/** Scratch of `foundCountries`: codes in order of first mention and their weighted counts. */
const codes: string[] = [];
const sums: number[] = [];

/**
 * As `articleCountries`, over the resolver's findings (which know their sentence); the same ranking
 * (count, then first mention) without a map: an article names few countries.
 */
function foundCountries(found: Found[], dict: ActorDictionary): string[] {
  codes.length = 0;
  sums.length = 0;
  for (const f of found) {
    const m = f.m;
    if (m.kind === 'media' || m.how === 'coreference' || m.how === 'group-noun') continue;
    const c = countryPart(m.code);
    if (!dict.countries.has(c)) continue;
    const k = codes.indexOf(c);
    if (k >= 0) sums[k] = sums[k]! + weight(f.sentence);
    else { codes.push(c); sums.push(weight(f.sentence)); }
  }
  // insertion sort, highest first, equal counts in first-mention order (as `ranked`)
  const out: string[] = [];
  const vals: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const k = codes[i]!;
    const v = sums[i]!;
    let j = out.length;
    out.push(k);
    vals.push(v);
    for (; j > 0 && vals[j - 1]! < v; j--) { out[j] = out[j - 1]!; vals[j] = vals[j - 1]!; }
    out[j] = k;
    vals[j] = v;
  }
  return out;
}

/** "Foreign Minister Jane Roe ... Roe said": later surnames of unlisted people named after a title. */
function laterSurnames(s: State): void {
  const used = scratchBytes(s.view.tokens.length);
  for (const f of s.found) mark(used, 1, f.start, f.end);
  const extra: Found[] = [];
  for (const t of s.view.tokens) {
    const first = s.unlisted.get(t.text);
    if (!first || used[t.index] || s.covered[t.index]! >= 0 || t.index < first.end) continue;
    const m = { ...first.m, start: t.start, end: t.end, text: t.text, how: 'surname' as const };
    delete m.statedTitle;
    extra.push({ ...first, m, start: t.index, end: t.index + 1, sentence: t.sentence });
  }
  if (extra.length > 0) s.found = [...s.found, ...extra].sort((a, b) => a.start - b.start);
}

/** An acronym as defined in parentheses: two to six capitals, the first a letter ("NAF", "DSS", "M23"). */
function isAcronym(t: string): boolean {
  if (t.length < 2 || t.length > 6) return false;
  const c0 = t.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * "the Nigerian Air Force (NAF) ... NAF said": an acronym defined in parentheses right after a resolved
 * name stands for the same actor wherever it recurs unresolved later in the article.
 */
function laterAcronyms(s: State): void {
  const toks = s.view.tokens;
  let defs: Map<string, Found> | null = null;
  for (const f of s.found) {
    const open = toks[f.end];
    const a = toks[f.end + 1];
    if (open?.text !== '(' || !a || toks[f.end + 2]?.text !== ')' || s.covered[f.end + 1]! >= 0 || !isAcronym(a.text)) continue;
    if (f.m.how === 'coreference' || f.m.how === 'group-noun' || f.m.kind === 'person') continue;
    defs ??= new Map();
    if (!defs.has(a.text)) defs.set(a.text, f);
  }
  if (!defs) return;
  const used = scratchBytes(toks.length);
  for (const f of s.found) mark(used, 1, f.start, f.end);
  const extra: Found[] = [];
  for (const t of toks) {
    const first = defs.get(t.text);
    if (!first || used[t.index] || s.covered[t.index]! >= 0 || t.index <= first.end + 1) continue;
    const m = { ...first.m, start: t.start, end: t.end, text: t.text, how: 'alias' as const };
    delete m.statedTitle;
    extra.push({ ...first, m, start: t.index, end: t.index + 1, sentence: t.sentence });
  }
  if (extra.length > 0) s.found = [...s.found, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * "Kurdish fighters", "Pashtun elders": an adjective of a people living in several states takes the
 * state the article supports most — its country mentions, and places named after "in" in the same
 * sentence ("Kurdish forces in northern Syria") counting double; with no clear winner, no actor.
 */
function settleShared(s: State, places: PlaceMention[]): void {
  for (let idx = 0; idx < s.items.length; idx++) {
    const item = s.items[idx]!;
    if (item.kind !== 'name') continue;
    const h = item.hits[0]!;
    if (h.type !== 'adjective' || !h.among) continue;
    const sentence = s.view.tokens[item.start]!.sentence;
    let best: string | null = null;
    let top = 0;
    let tie = false;
    for (const c of h.among) {
      let n = s.counts.get(c) ?? 0;
      for (const p of places) {
        if (p.place.country !== c) continue;
        const t = tokenAtOffset(s.view.tokens, p.start);
        if (t >= 0 && s.view.tokens[t]!.sentence === sentence && locatedIn(s, t)) n += 2;
      }
      if (n > top) { best = c; top = n; tie = false; } else if (n === top && n > 0) tie = true;
    }
    if (best && !tie) {
      item.hits = [adjectiveHit(best, h.demonym)];
      continue;
    }
    // unsettled: the words stay unresolved (and no longer block other readings)
    s.consumed[idx] = 1;
    s.at[item.start] = -1;
    s.covered.fill(-1, item.start, item.end);
  }
}

/** "in Syria", "in north-eastern Syria": "in" or "inside" up to three words before the place at token `t`. */
function locatedIn(s: State, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k--) {
    const w = s.view.tokens[k]!.lower;
    if (w === 'in' || w === 'inside') return true;
    if (w === ',' || w === '.' || w === 'and') return false;
  }
  return false;
}


/** A hit that holds only for a time ("Congo" before 1997-05-17, "Sanaa" as Yemen's government after 2014-09-20) and not on `date`. */
function outOfDate(h: NameHit, date: string): boolean {
  return (h.from !== undefined && date < h.from) || (h.to !== undefined && date > h.to);
}

function anyOutOfDate(hits: NameHit[], date: string): boolean {
  for (let k = 0; k < hits.length; k++) if (outOfDate(hits[k]!, date)) return true;
  return false;
}

/** Drops the readings of a name that do not hold on the article's date (a copy: the hits belong to the index). */
function datedHits(items: Item[], date: string): void {
  for (const item of items) {
    if (item.kind !== 'name' || !anyOutOfDate(item.hits, date)) continue;
    const kept = item.hits.filter((h) => !outOfDate(h, date));
    if (kept.length > 0) item.hits = kept;
  }
}

export function resolveActors(dict: ActorDictionary, doc: AnnotatedDoc): State {
  const view = viewOf(doc.text, doc.tokens);
  const date = dayOf(doc.published);
  const { items, at, covered } = scanItems(dict, view);
  datedHits(items, date);
  const { counts, signalled } = preCount(items, doc, date);
  const s: State = {
    dict, view, date, items, at, covered, consumed: new Array<number>(items.length).fill(0), counts, main: mainOf(counts, dict), signalled,
    titleCase: titleCaseSentences(doc.tokens, doc.sentences.length), found: [], conflicts: [], notes: [],
    named: new Map(), unlisted: new Map(), homonymSense: new Map(), pair: null, people: null, lastMetonym: null,
    places: doc.places ?? [], placeCountries: null,
  };
  settleShared(s, doc.places ?? []);
  compose(s);
  unlistedOrgs(s, doc.places ?? [], mainCountry(s));
  unlistedSubjects(s, mainCountry(s));
  appositiveNames(s);
  ownCountryObjects(s);
  if (s.unlisted.size > 0) laterSurnames(s);
  laterAcronyms(s);
  quotedFirstPerson(s);
  return s;
}

const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours', 'i', 'my', 'me']);
/** The first person singular: the speaker alone ('"I urge the government to show restraint," Turk said'). */
const FIRST_SINGULAR = new Set(['i', 'my', 'me']);
/** Prepositions placing a body somewhere: "the mission in Libya", "the embassy at Kabul". */
const PLACING = new Set(['in', 'at']);
const SPEAKING = new Set(['say', 'tell', 'add', 'write', 'declare', 'state', 'insist', 'warn', 'stress']);

/**
 * '"We will attack Hezbollah," Netanyahu said', 'Peskov told reporters: "We will not accept a truce"': "we" and
 * "our" ("I", "my", "me": the speaker alone) inside a quotation are the speaker's side — the speaker named right
 * before or after the saying verb of the same sentence, outside the quotation (a state, its organ or a group; a person stands for his state's organ).
 */
function quotedFirstPerson(s: State): void {
  const toks = s.view.tokens;
  let extra: Found[] | null = null;
  let sentence = -1;
  let inQuote = false;
  let speaker: Found | null | undefined;
  let start = 0;
  for (const t of toks) {
    if (t.sentence !== sentence) { sentence = t.sentence; start = t.index; inQuote = false; speaker = undefined; }
    if (QUOTE_MARKS.has(t.text)) { inQuote = t.text === '“' ? true : t.text === '”' ? false : !inQuote; continue; }
    if (!inQuote || !FIRST_PERSON.has(t.lower) || s.covered[t.index]! >= 0) continue;
    if (speaker === undefined) speaker = quoteSpeaker(s, start);
    if (!speaker) continue;
    const m = { ...speaker.m, start: t.start, end: t.end, text: t.text, how: 'coreference' as const };
    delete m.statedTitle;
    (extra ??= []).push({ ...speaker, m, start: t.index, end: t.index + 1, sentence: t.sentence, plural: !FIRST_SINGULAR.has(t.lower) });
  }
  if (extra) s.found = [...s.found, ...extra].sort((a, b) => a.start - b.start);
}

/** The mention that speaks the quotation of the sentence opening at token `start`: next to a saying verb outside quotation marks. */
function quoteSpeaker(s: State, start: number): Found | null {
  const toks = s.view.tokens;
  const sentence = toks[start]!.sentence;
  let inQuote = false;
  for (let i = start; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.sentence > sentence) break;
    if (QUOTE_MARKS.has(t.text)) { inQuote = t.text === '“' ? true : t.text === '”' ? false : !inQuote; continue; }
    if (inQuote || t.pos !== 'VERB' || !SPEAKING.has(t.lemma)) continue;
    // the mention ending right before the verb ("Netanyahu said") or starting right after it ("said Netanyahu")
    for (let k = 0; k < s.found.length; k++) {
      const f = s.found[k]!;
      if (f.sentence !== sentence || f.m.kind === 'media' || f.m.how === 'coreference') continue;
      if (f.start === t.index + 1) return f;
      if (f.end !== t.index) continue;
      // ("the UN mission in Libya said": the place a body is in is no speaker; the body is)
      let p = f.start - 1;
      if (toks[p]?.lower === 'the') p--;
      const owner = k > 0 ? s.found[k - 1]! : null;
      // (a head noun no mention covers may come between: "the UN mission in Libya")
      let q = p;
      while (owner && q > owner.end && q > p - 3 && toks[q - 1]!.pos === 'NOUN') q--;
      if (owner && PLACING.has(toks[p]?.lower ?? '') && owner.end === q && owner.m.kind !== 'media' && owner.m.how !== 'coreference') return owner;
      return f;
    }
  }
  return null;
}

/**
 * A capitalised word inside a dictionary name that the tagger read as a verb ("Human Rights Watch", "Hope Not Hate") is
 * part of the name: retagged as a proper noun, so that the clause's real verb after it is found ("Human Rights Watch
 * condemned ...").
 */
function nameWordsAsNames(toks: Token[], found: readonly Found[]): void {
  for (const f of found) {
    if (f.m.kind === 'agent' || f.m.how === 'coreference' || f.end - f.start < 2) continue;
    for (let i = f.start + 1; i < f.end; i++) {
      const t = toks[i] as Token;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text[0] !== undefined && t.text[0] !== t.text[0].toLowerCase()) { t.pos = 'PROPN'; t.lemma = t.lower; }
    }
  }
}

export function actorResolver(dict: ActorDictionary, opts: ResolverOptions = {}): Component {
  return {
    name: 'actorResolver',
    requires: ['sentences', 'tokens'],
    assigns: ['actors', 'roleConflicts', 'countries'],
    run(doc: ActorAnnotatedDoc) {
      const s = resolveActors(dict, doc);
      nameWordsAsNames(doc.tokens, s.found);
      doc.actors = s.found.map((f) => f.m);
      doc.roleConflicts = s.conflicts;
      doc.countries = foundCountries(s.found, dict);
      if (opts.notes !== false && s.notes.length > 0) doc.actorNotes = s.notes;
    },
  };
}

/** The sentence holding the wire dateline's place (-1 when none). */
function leadOf(doc: AnnotatedDoc): number {
  const p = doc.places?.find((x) => x.dateline);
  return p ? doc.sentences.findIndex((s) => s.start <= p.start && p.start < s.end) : -1;
}
