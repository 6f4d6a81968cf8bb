/**
 * The actor resolver component: finds actor mentions and resolves them on the article's date.
 * Pass 1 (scan) proposes items with hash lookups, one walk over the tokens; pass 2 (compose) turns
 * them into mentions using a few tokens of context; then the article's countries are counted.
 */
import type { AnnotatedDoc, ActorMention } from '../domain/types.js';
import type { Component } from '../nlp/pipeline.js';
import { titleCaseSentences } from './context.js';
import { viewOf } from './forms.js';
import type { ActorDictionary } from './model.js';
import { firstRoleOn, dayOf } from './roles.js';
import { compose } from './compose.js';
import { unlistedOrgs, unlistedSubjects } from './orgs.js';
import { mainCountry, mainOf } from './titles.js';
import { scanItems, type Item } from './scan.js';
import { countryPart, weight, type ActorNote, type Found, type State } from './state.js';

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
  if (h.type === 'adjective' || h.type === 'metonym') return h.country;
  const e = h.entry;
  if (e.kind === 'person') return firstRoleOn(e, date)?.of ?? e.country ?? null;
  if (e.kind === 'media') return null;
  return e.kind === 'group' ? e.code : e.code;
}

/** Weighted counts of countries (and IGOs, groups) named in the candidate items, for titles alone. */
function preCount(items: Item[], doc: AnnotatedDoc, date: string): { counts: Map<string, number>; signalled: Set<string> } {
  const counts = new Map<string, number>();
  const signalled = new Set<string>();
  for (const it of items) {
    const c = itemCountry(it, date);
    // "ethnic Albanians" in Serbia do not make the article about Albania
    if (!c || doc.tokens[it.start - 1]?.lower === 'ethnic') continue;
    counts.set(c, (counts.get(c) ?? 0) + weight(doc.tokens[it.start]!.sentence));
    if (it.kind === 'name' && (it.hits[0]!.type !== 'entry' || it.hits[0]!.entry.kind === 'person')) signalled.add(c);
  }
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

/** As `articleCountries`, over the resolver's findings (which know their sentence). */
function foundCountries(found: Found[], dict: ActorDictionary): string[] {
  const counts = new Map<string, number>();
  for (const f of found) countMention(counts, f.m, f.sentence, dict);
  return ranked(counts);
}

/** "Foreign Minister Jane Roe ... Roe said": later surnames of unlisted people named after a title. */
function laterSurnames(s: State): void {
  const used = new Uint8Array(s.view.tokens.length);
  for (const f of s.found) used.fill(1, f.start, f.end);
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

export function resolveActors(dict: ActorDictionary, doc: AnnotatedDoc): State {
  const view = viewOf(doc.text, doc.tokens);
  const date = dayOf(doc.published);
  const { items, at, covered } = scanItems(dict, view);
  const { counts, signalled } = preCount(items, doc, date);
  const s: State = {
    dict, view, date, items, at, covered, consumed: new Uint8Array(items.length), counts, main: mainOf(counts, dict), signalled,
    titleCase: titleCaseSentences(doc.tokens, doc.sentences.length), found: [], conflicts: [], notes: [],
    named: new Map(), unlisted: new Map(), homonymSense: new Map(), pair: null, people: null, lastMetonym: null,
    places: doc.places ?? [], placeCountries: null,
  };
  compose(s);
  unlistedOrgs(s, doc.places ?? [], mainCountry(s));
  unlistedSubjects(s, mainCountry(s));
  if (s.unlisted.size > 0) laterSurnames(s);
  return s;
}

export function actorResolver(dict: ActorDictionary, opts: ResolverOptions = {}): Component {
  return {
    name: 'actorResolver',
    requires: ['sentences', 'tokens'],
    assigns: ['actors', 'roleConflicts', 'countries'],
    run(doc: ActorAnnotatedDoc) {
      const s = resolveActors(dict, doc);
      doc.actors = s.found.map((f) => f.m);
      doc.roleConflicts = s.conflicts;
      doc.countries = foundCountries(s.found, dict);
      if (opts.notes !== false && s.notes.length > 0) doc.actorNotes = s.notes;
    },
  };
}
