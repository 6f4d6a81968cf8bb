/**
 * Pass 1: one walk over the tokens proposing candidate items — names, titles, agent nouns, surnames,
 * pronouns and group nouns — longest match first. Items do not overlap. Nothing is resolved here.
 */
import type { ActorEntry, Token } from '../domain/types.js';
import { leadsAt, type Lead, type Leads, type TextView } from './forms.js';
import type { ActorDictionary, AgentInfo, NameHit, TitleInfo } from './model.js';
import { WordValues, wordIds } from '../nlp/tokenizer.js';
import { isCapitalized } from '../nlp/headline.js';

interface Base {
  /** first token and one past the last */
  start: number;
  end: number;
}

export type Pronoun = { gender: 'm' | 'f' | null; plural: boolean };

/**
 * A candidate item. Every item has every payload field (those of other kinds undefined, see `item`): one
 * object shape for all six kinds, so that the passes reading `kind`, `start` and `end` of any item keep
 * monomorphic property loads (six shapes would make them megamorphic).
 */
export type Item = Base & (
  | { kind: 'name'; hits: NameHit[]; info?: undefined; people?: undefined; pronoun?: undefined }
  | { kind: 'title'; info: TitleInfo; hits?: undefined; people?: undefined; pronoun?: undefined }
  | { kind: 'agent'; info: AgentInfo; hits?: undefined; people?: undefined; pronoun?: undefined }
  | { kind: 'surname'; people: ActorEntry[]; hits?: undefined; info?: undefined; pronoun?: undefined }
  | { kind: 'pronoun'; pronoun: Pronoun; hits?: undefined; info?: undefined; people?: undefined }
  | { kind: 'group'; hits?: undefined; info?: undefined; people?: undefined; pronoun?: undefined }
);

/** A hit naming a region of several states (countries.json `region`: Europe, the West). */
function regionHit(dict: ActorDictionary, hit: NameHit | undefined): boolean {
  if (!hit) return false;
  return dict.regions.has(hit.type === 'entry' ? hit.entry.code : hit.country);
}

/** An aircraft's type designation: "F-35", "Su-30", "MiG-31", "J-10C". */
const AIRCRAFT_TYPE = /^[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?$/;

/** "Italian F-35 fighters", "a Su-30 fighter": fighter aircraft after their type, no fighting men. */
function aircraftFighters(view: TextView, i: number): boolean {
  const t = view.tokens[i]!;
  if (!(t.lower === 'fighters' || t.lower === 'fighter') || i === 0) return false;
  // ("F-35 stealth fighters", "Rafale jet fighters", "stealth fighters"): past a word of aircraft kind
  let k = i - 1;
  if (AIRCRAFT_WORDS.has(view.tokens[k]!.lower)) {
    if (view.tokens[k]!.lower === 'stealth') return true;
    k--;
  }
  return k >= 0 && AIRCRAFT_TYPE.test(view.tokens[k]!.text);
}

/** Words between an aircraft's type and "fighters" ("F-35 stealth fighters", "Su-30 jet fighters"). */
const AIRCRAFT_WORDS = new Set(['stealth', 'jet', 'multirole', 'multi-role']);

/** Nouns of acts and means that "military" before them only describes ("military action"; not its places: "a military base" is the military's). */
const MILITARY_THINGS = new Set(['action', 'actions', 'operation', 'operations', 'intervention', 'interventions', 'force', 'strike', 'strikes',
  'aid', 'assistance', 'exercise', 'exercises', 'drill', 'drills', 'cooperation', 'option', 'options', 'campaign', 'offensive', 'buildup', 'build-up',
  'presence', 'deployment', 'escalation', 'pressure', 'means', 'might', 'threat', 'threats', 'ties', 'relations', 'response', 'solution', 'spending',
  'budget', 'support', 'training', 'power', 'capabilities', 'activity', 'activities', 'equipment', 'hardware']);

/** "threatened military action": the adjective "military" before an act or means, no actor. */
function militaryModifier(view: TextView, i: number): boolean {
  // (not before the people heading them: "military operations chiefs")
  return view.tokens[i]!.lower === 'military' && MILITARY_THINGS.has(view.tokens[i + 1]?.lower ?? '') && !HEADS_OF.has(view.tokens[i + 2]?.lower ?? '');
}

const HEADS_OF = new Set(['chief', 'chiefs', 'director', 'directors', 'commander', 'commanders', 'official', 'officials', 'spokesman', 'spokesperson',
  'spokeswoman', 'head', 'heads', 'officer', 'officers', 'adviser', 'advisers', 'advisor', 'advisors']);

/** Agent nouns for one person of a state ("a Chinese national") that also open names when capitalised. */
const PERSON_WORDS = new Set(['national', 'citizen', 'woman', 'man', 'engineer']);

/** ("the Philippine National Security Council", "the Isle of Man"): such a word capitalised inside a sentence is part of a name. */
function nameWord(view: TextView, i: number): boolean {
  const t = view.tokens[i]!;
  return PERSON_WORDS.has(t.lower) && t.text !== t.lower && i > 0 && view.tokens[i - 1]!.sentence === t.sentence;
}

/** Items of each kind, all in the one shape (fields in one order). */
function nameItem(start: number, end: number, hits: NameHit[]): Item {
  return { start, end, kind: 'name', hits, info: undefined, people: undefined, pronoun: undefined };
}
function titleItem(start: number, end: number, info: TitleInfo): Item {
  return { start, end, kind: 'title', hits: undefined, info, people: undefined, pronoun: undefined };
}
function agentItem(start: number, end: number, info: AgentInfo): Item {
  return { start, end, kind: 'agent', hits: undefined, info, people: undefined, pronoun: undefined };
}
function surnameItem(start: number, end: number, people: ActorEntry[]): Item {
  return { start, end, kind: 'surname', hits: undefined, info: undefined, people, pronoun: undefined };
}
function pronounItem(start: number, end: number, pronoun: Pronoun): Item {
  return { start, end, kind: 'pronoun', hits: undefined, info: undefined, people: undefined, pronoun };
}
function groupItem(start: number, end: number): Item {
  return { start, end, kind: 'group', hits: undefined, info: undefined, people: undefined, pronoun: undefined };
}

const M: Pronoun = { gender: 'm', plural: false };
const F: Pronoun = { gender: 'f', plural: false };
const P: Pronoun = { gender: null, plural: true };
export const PRONOUNS = new Map<string, Pronoun>([['he', M], ['him', M], ['his', M], ['she', F], ['her', F], ['they', P], ['them', P], ['their', P]]);

export { isCapitalized };

/** Modifiers allowed inside a group noun: "the two nuclear-armed neighbours". */
function isModifier(pos: string, text: string): boolean {
  return pos === 'ADJ' || text === '-' || pos === 'NUM' || (pos === 'VERB' && text.endsWith('ed'));
}

/** End of the group noun ("both countries", "the two nuclear-armed neighbours") starting at token `i`, or -1. */
function groupNounEnd(dict: ActorDictionary, view: TextView, i: number, dets: Lead<true> | undefined, length: number): number {
  const det = dict.groupDeterminers;
  const form = det.findIn(dets, view, i, length);
  if (!form) return -1;
  const toks = view.tokens;
  const from = det.end;
  // (the heads of the determiner's own entries: "the neighbours" is the pair, "the countries" is not; keyed by
  // the determiner lower-cased, which is the form matched: the lower-cased text from token i to token `from`)
  const heads = dict.groupHeadsBy.get(form.form) ?? dict.groupHeads;
  for (let j = from; j < Math.min(toks.length, from + 5); j++) {
    const t = toks[j]!;
    if (heads.has(t.lower)) return j + 1;
    // ("the two Southeast Asian neighbours": a region's adjective is a modifier too)
    if (!isModifier(t.pos, t.text) && t.pos !== 'PROPN') return -1;
  }
  return -1;
}

/** `a` ends after `b` (ends: one past the last token; -1 for no match). */
function better(a: number, b: number): boolean {
  return a >= 0 && (b < 0 || a > b);
}

/** Leading words of the token being scanned and of the next one (scratch, reused). */
const here: Leads = { lead: '', lower: '' };
const next: Leads = { lead: '', lower: '' };

/**
 * What the scan reads from the dictionary for a token whose leading word is `lead` (and `lower`
 * lower-cased): the forms led by it in each index, and its pronoun and surname readings. It depends on
 * the word alone, so it is looked up once per word (see `wordForms`).
 */
interface WordForms {
  lead: string;
  lower: string;
  /** the lower-cased word leads a case-insensitive form (title, agent noun, group determiner) */
  caseless: boolean;
  names: Lead<NameHit> | undefined;
  titles: Lead<TitleInfo> | undefined;
  agents: Lead<AgentInfo> | undefined;
  dets: Lead<true> | undefined;
  pronoun: Pronoun | undefined;
  /** listed people of this surname, when the token is capitalised */
  people: ActorEntry[] | undefined;
}

/** A word id's entry in `wordForms` for a token of several leading words ("U.S.-backed"): looked up each time. */
const SEVERAL: WordForms = { lead: '', lower: '', caseless: false, names: undefined, titles: undefined, agents: undefined, dets: undefined, pronoun: undefined, people: undefined };

/**
 * Per dictionary, word id (see `wordIds`) → the word's `WordForms`, null when no item can start at a
 * token of that word (a punctuation mark, or none of its forms is a scan key), `SEVERAL` when the
 * token is more than one leading word. A recurring word costs one array load, no hash lookup.
 */
const wordForms = new WeakMap<ActorDictionary, WordValues<WordForms | null>>();

function wordFormsOf(dict: ActorDictionary): WordValues<WordForms | null> {
  let m = wordForms.get(dict);
  if (m === undefined) {
    m = new WordValues();
    wordForms.set(dict, m);
  }
  return m;
}

/** The dictionary's `WordForms` of token `i`, or null when no item can start there (the key check). */
function formsAt(dict: ActorDictionary, view: TextView, i: number): WordForms | null {
  const tok = view.tokens[i]!;
  if (tok.type === 'punctuation') return null;
  leadsAt(view, i, here);
  const lo = here.lower;
  const le = here.lead;
  const keys = dict.scanKeys;
  // nothing starts here unless the lead (as written or lower-cased) or the form (same) is a key
  const pass = keys.has(lo) || (le !== lo && keys.has(le)) || (tok.lower !== lo && keys.has(tok.lower)) || (tok.text !== le && keys.has(tok.text));
  if (!pass) return null;
  const caseless = dict.caselessLeads.has(lo);
  const people = dict.surnames.get(tok.text);
  return {
    lead: le, lower: lo, caseless, names: dict.names.lead(le, lo),
    titles: caseless ? dict.titles.lead(le, lo) : undefined, agents: caseless ? dict.agents.lead(le, lo) : undefined,
    dets: caseless ? dict.groupDeterminers.lead(le, lo) : undefined,
    pronoun: PRONOUNS.get(tok.lower), people: people && isCapitalized(tok.text) ? people : undefined,
  };
}

/** The item starting at token `i`, whose word id is `word` (0: none, nothing memoized), or null. */
function itemAt(dict: ActorDictionary, view: TextView, i: number, memo: WordValues<WordForms | null>, word: number): Item | null {
  let w = word > 0 ? memo.get(word) : undefined;
  if (w === undefined || w === SEVERAL) {
    const fresh = formsAt(dict, view, i);
    // the whole token is its leading word: what was read depends on this word alone
    if (word > 0 && w === undefined) memo.set(word, fresh === null || (fresh.lead === view.tokens[i]!.text && fresh.lower === view.tokens[i]!.lower) ? fresh : SEVERAL);
    w = fresh;
  }
  if (w === null) return crowdItem(view, i);
  const length = w.lead.length;
  const names = dict.names;
  let name = names.findIn(w.names, view, i, length);
  let nameEnd = name ? names.end : -1;
  if (w.caseless) {
    const g = groupNounEnd(dict, view, i, w.dets, length);
    // ("the three European countries": a name the dictionary holds, as long as the group noun, is that name — the E3)
    if (g >= 0 && !(name && nameEnd >= g)) return groupItem(i, g);
  }
  // "The Corsairs of Umbar": a longer name starting at the next word beats a "the X" alias here
  if (name && (name.form.startsWith('the ') || name.form.startsWith('The ')) && i + 1 < view.tokens.length) {
    leadsAt(view, i + 1, next);
    if (names.find(view, i + 1, next.lead, next.lower) && names.end > nameEnd) { name = null; nameEnd = -1; }
  }
  // ("The West Bengal government", "a village in Western Cambodia", "the Western Balkans": a region's word right before
  // a capitalised word opens a place's name, not the region's states)
  const after = name ? view.tokens[nameEnd] : undefined;
  if (after && regionHit(dict, name!.payloads[0]) && isCapitalized(after.text)) { name = null; nameEnd = -1; }
  const title = w.caseless ? dict.titles.findIn(w.titles, view, i, length) : null;
  const titleEnd = title ? dict.titles.end : -1;
  const agent = w.caseless ? dict.agents.findIn(w.agents, view, i, length) : null;
  const agentEnd = agent ? dict.agents.end : -1;
  const titleInfo = title?.payloads[0];
  const agentInfo = agent?.payloads[0];
  // an agent noun beats a generic title of the same length ("officials" is plural; "official" a class)
  const titleOk = title && titleInfo && !(titleInfo.generic && agent && agentEnd >= titleEnd);
  if (name && !better(titleEnd, nameEnd) && !better(agentEnd, nameEnd)) return nameItem(i, nameEnd, name.payloads);
  if (titleOk && !better(agentEnd, titleEnd)) return titleItem(i, titleEnd, titleInfo);
  if (agent && agentInfo && !(agentEnd === i + 1 && (aircraftFighters(view, i) || militaryModifier(view, i) || nameWord(view, i)))) return agentItem(i, agentEnd, agentInfo);
  if (w.pronoun) return pronounItem(i, i + 1, w.pronoun);
  if (w.people) return surnameItem(i, i + 1, w.people);
  return null;
}

/** Words counting people in the hundreds or more: "Thousands rallied", "tens of thousands marched". */
export const CROWD_COUNTS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens']);
const CROWD_INFO: AgentInfo = { sector: 'CVL', plural: true, bare: false, anaphoric: false };
const OPENERS = new Set([',', ';', '—', '–', '-', '--']);

/**
 * "Thousands rallied in Tel Aviv", "Tens of thousands marched", "Hundreds have protested": a count of people opening
 * its clause as the subject of a verb is a crowd, an agent of people like "thousands of people". Not before "of"
 * ("thousands of troops": the counted noun is the actor) and not elsewhere ("killed hundreds", "hundreds fled" after a
 * noun are counted, not named).
 */
function crowdItem(view: TextView, i: number): Item | null {
  const t = view.tokens[i]!;
  if (!CROWD_COUNTS.has(t.lower)) return null;
  let e = i + 1;
  while (view.tokens[e]?.lower === 'of' && CROWD_COUNTS.has(view.tokens[e + 1]?.lower ?? '') && view.tokens[e + 1]!.sentence === t.sentence) e += 2;
  // ("tens" alone is no crowd)
  if (t.lower === 'tens' && e === i + 1) return null;
  return subjectOpeningClause(view.tokens, i, e) ? agentItem(i, e, CROWD_INFO) : null;
}

/**
 * The words [start, end) open their sentence or clause (nothing before them but a comma, semicolon or dash) and a verb
 * follows them, past auxiliaries and adverbs: they are its subject.
 */
/** Determiners a crowd's noun may open a clause with. */
const CROWD_DETERMINERS = new Set(['the', 'these', 'those', 'some', 'many']);

export function subjectOpeningClause(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start]!;
  // (after a determiner too: "The students blocked the highway")
  const det = tokens[start - 1]?.sentence === t.sentence && CROWD_DETERMINERS.has(tokens[start - 1]!.lower) ? 1 : 0;
  const prev = tokens[start - 1 - det];
  if (prev && prev.sentence === t.sentence && !OPENERS.has(prev.text)) return false;
  let k = end;
  while (tokens[k]?.sentence === t.sentence && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const v = tokens[k];
  return v !== undefined && v.sentence === t.sentence && v.pos === 'VERB';
}

/** Candidate items in text order, with `at[token]` = index of the item starting there (or -1). */
export function scanItems(dict: ActorDictionary, view: TextView): { items: Item[]; at: number[]; covered: number[] } {
  const n = view.tokens.length;
  const items: Item[] = [];
  // plain arrays: a typed array of this size gets its own off-heap buffer, which costs more to make
  const at = new Array<number>(n).fill(-1);
  const covered = new Array<number>(n).fill(-1);
  const memo = wordFormsOf(dict);
  const words = wordIds(view.tokens);
  for (let i = 0; i < n; ) {
    const item = itemAt(dict, view, i, memo, words?.[i] ?? 0);
    if (!item) { i++; continue; }
    at[i] = items.length;
    for (let k = item.start; k < item.end; k++) covered[k] = items.length;
    items.push(item);
    i = item.end;
  }
  return { items, at, covered };
}
