/**
 * Pass 1: one walk over the tokens proposing candidate items — names, titles, agent nouns, surnames,
 * pronouns and group nouns — longest match first. Items do not overlap. Nothing is resolved here.
 */
import type { ActorEntry } from '../domain/types.js';
import { leadsAt, type Leads, type TextView } from './forms.js';
import type { ActorDictionary, AgentInfo, NameHit, TitleInfo } from './model.js';
import { WordBytes, wordIds } from '../nlp/tokenizer.js';

interface Base {
  /** first token and one past the last */
  start: number;
  end: number;
}

export type Pronoun = { gender: 'm' | 'f' | null; plural: boolean };

export type Item = Base & (
  | { kind: 'name'; hits: NameHit[] }
  | { kind: 'title'; info: TitleInfo }
  | { kind: 'agent'; info: AgentInfo }
  | { kind: 'surname'; people: ActorEntry[] }
  | { kind: 'pronoun'; pronoun: Pronoun }
  | { kind: 'group' }
);

const M: Pronoun = { gender: 'm', plural: false };
const F: Pronoun = { gender: 'f', plural: false };
const P: Pronoun = { gender: null, plural: true };
export const PRONOUNS = new Map<string, Pronoun>([['he', M], ['him', M], ['his', M], ['she', F], ['her', F], ['they', P], ['them', P], ['their', P]]);

export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0]!;
  return ch !== ch.toLowerCase();
}

/** Modifiers allowed inside a group noun: "the two nuclear-armed neighbours". */
function isModifier(pos: string, text: string): boolean {
  return pos === 'ADJ' || text === '-' || pos === 'NUM' || (pos === 'VERB' && text.endsWith('ed'));
}

/** End of the group noun ("both countries", "the two nuclear-armed neighbours") starting at token `i`, or -1. */
function groupNounEnd(dict: ActorDictionary, view: TextView, i: number, lead: string, lower: string): number {
  const det = dict.groupDeterminers;
  if (!det.find(view, i, lead, lower)) return -1;
  const toks = view.tokens;
  const from = det.end;
  for (let j = from; j < Math.min(toks.length, from + 5); j++) {
    const t = toks[j]!;
    if (dict.groupHeads.has(t.lower)) return j + 1;
    if (!isModifier(t.pos, t.text)) return -1;
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
 * Per dictionary, word id (see `wordIds`) → the key check of `itemAt` for a token of that word: 1 it
 * fails, 2 it passes, 3 it passes and the lower-cased form leads a case-insensitive form; 4 the token
 * is more than one leading word (checked each time). The check reads the token's text and lower-cased
 * form alone, so a recurring word costs one array load.
 */
const keyMemos = new WeakMap<ActorDictionary, WordBytes>();

function keyMemo(dict: ActorDictionary): WordBytes {
  let m = keyMemos.get(dict);
  if (m === undefined) {
    m = new WordBytes();
    keyMemos.set(dict, m);
  }
  return m;
}

/** The item starting at token `i`, whose word id is `word` (0: none, not memoized), or null. */
function itemAt(dict: ActorDictionary, view: TextView, i: number, memo: WordBytes, word: number): Item | null {
  const tok = view.tokens[i]!;
  if (tok.type === 'punctuation') return null;
  const known = word > 0 ? memo.get(word) : 0;
  if (known === 1) return null;
  let le: string;
  let lo: string;
  let caseless: boolean;
  if (known === 2 || known === 3) {
    // a one-word token: its leading word is the token itself
    le = tok.text;
    lo = tok.lower;
    caseless = known === 3;
  } else {
    leadsAt(view, i, here);
    lo = here.lower;
    le = here.lead;
    const keys = dict.scanKeys;
    // nothing starts here unless the lead (as written or lower-cased) or the form (same) is a key
    const pass = keys.has(lo) || (le !== lo && keys.has(le)) || (tok.lower !== lo && keys.has(tok.lower)) || (tok.text !== le && keys.has(tok.text));
    caseless = pass && dict.caselessLeads.has(lo);
    if (word > 0 && known === 0) memo.set(word, le !== tok.text || lo !== tok.lower ? 4 : !pass ? 1 : caseless ? 3 : 2);
    if (!pass) return null;
  }
  if (caseless) {
    const g = groupNounEnd(dict, view, i, le, lo);
    if (g >= 0) return { start: i, end: g, kind: 'group' };
  }
  const names = dict.names;
  let name = names.find(view, i, le, lo);
  let nameEnd = name ? names.end : -1;
  // "The Corsairs of Umbar": a longer name starting at the next word beats a "the X" alias here
  if (name && (name.form.startsWith('the ') || name.form.startsWith('The ')) && i + 1 < view.tokens.length) {
    leadsAt(view, i + 1, next);
    if (names.find(view, i + 1, next.lead, next.lower) && names.end > nameEnd) { name = null; nameEnd = -1; }
  }
  const title = caseless ? dict.titles.find(view, i, le, lo) : null;
  const titleEnd = title ? dict.titles.end : -1;
  const agent = caseless ? dict.agents.find(view, i, le, lo) : null;
  const agentEnd = agent ? dict.agents.end : -1;
  const titleInfo = title?.payloads[0];
  const agentInfo = agent?.payloads[0];
  // an agent noun beats a generic title of the same length ("officials" is plural; "official" a class)
  const titleOk = title && titleInfo && !(titleInfo.generic && agent && agentEnd >= titleEnd);
  if (name && !better(titleEnd, nameEnd) && !better(agentEnd, nameEnd)) return { start: i, end: nameEnd, kind: 'name', hits: name.payloads };
  if (titleOk && !better(agentEnd, titleEnd)) return { start: i, end: titleEnd, kind: 'title', info: titleInfo };
  if (agent && agentInfo) return { start: i, end: agentEnd, kind: 'agent', info: agentInfo };
  const pronoun = PRONOUNS.get(tok.lower);
  if (pronoun) return { start: i, end: i + 1, kind: 'pronoun', pronoun };
  const people = dict.surnames.get(tok.text);
  if (people && isCapitalized(tok.text)) return { start: i, end: i + 1, kind: 'surname', people };
  return null;
}

/** Candidate items in text order, with `at[token]` = index of the item starting there (or -1). */
export function scanItems(dict: ActorDictionary, view: TextView): { items: Item[]; at: number[]; covered: number[] } {
  const n = view.tokens.length;
  const items: Item[] = [];
  // plain arrays: a typed array of this size gets its own off-heap buffer, which costs more to make
  const at = new Array<number>(n).fill(-1);
  const covered = new Array<number>(n).fill(-1);
  const memo = keyMemo(dict);
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
