/**
 * Pass 1: one walk over the tokens proposing candidate items — names, titles, agent nouns, surnames,
 * pronouns and group nouns — longest match first. Items do not overlap. Nothing is resolved here.
 */
import type { ActorEntry } from '../domain/types.js';
import type { TextView } from './forms.js';
import type { ActorDictionary, AgentInfo, NameHit, TitleInfo } from './model.js';

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

function groupNounAt(dict: ActorDictionary, view: TextView, i: number): Base | null {
  const det = dict.groupDeterminers.match(view, i);
  if (!det) return null;
  const toks = view.tokens;
  for (let j = det.end; j < Math.min(toks.length, det.end + 5); j++) {
    const t = toks[j]!;
    if (dict.groupHeads.has(t.lower)) return { start: i, end: j + 1 };
    if (!isModifier(t.pos, t.text)) return null;
  }
  return null;
}

function better(a: Base | null, b: Base | null): boolean {
  return a !== null && (b === null || a.end > b.end);
}

function itemAt(dict: ActorDictionary, view: TextView, i: number): Item | null {
  const tok = view.tokens[i]!;
  if (tok.type === 'punctuation') return null;
  const lo = view.lowerLead[i]!;
  const le = view.lead[i]!;
  const keys = dict.scanKeys;
  // nothing starts here unless the lead (as written or lower-cased) or the form (same) is a key
  if (!keys.has(lo) && (le === lo || !keys.has(le)) && (tok.lower === lo || !keys.has(tok.lower)) && (tok.text === le || !keys.has(tok.text))) return null;
  const caseless = dict.caselessLeads.has(lo);
  const group = caseless ? groupNounAt(dict, view, i) : null;
  if (group) return { ...group, kind: 'group' };
  let name = dict.names.match(view, i);
  // "The Corsairs of Umbar": a longer name starting at the next word beats a "the X" alias here
  if (name && (name.form.startsWith('the ') || name.form.startsWith('The '))) {
    const inner = dict.names.match(view, i + 1);
    if (inner && inner.end > name.end) name = null;
  }
  const title = caseless ? dict.titles.match(view, i) : null;
  const agent = caseless ? dict.agents.match(view, i) : null;
  const titleInfo = title?.payloads[0];
  const agentInfo = agent?.payloads[0];
  // an agent noun beats a generic title of the same length ("officials" is plural; "official" a class)
  const titleOk = title && titleInfo && !(titleInfo.generic && agent && agent.end >= title.end);
  if (name && !better(title, name) && !better(agent, name)) return { start: name.start, end: name.end, kind: 'name', hits: name.payloads };
  if (titleOk && !better(agent, title)) return { start: title.start, end: title.end, kind: 'title', info: titleInfo };
  if (agent && agentInfo) return { start: agent.start, end: agent.end, kind: 'agent', info: agentInfo };
  const pronoun = PRONOUNS.get(tok.lower);
  if (pronoun) return { start: i, end: i + 1, kind: 'pronoun', pronoun };
  const people = dict.surnames.get(tok.text);
  if (people && isCapitalized(tok.text)) return { start: i, end: i + 1, kind: 'surname', people };
  return null;
}

/** Candidate items in text order, with `at[token]` = index of the item starting there (or -1). */
export function scanItems(dict: ActorDictionary, view: TextView): { items: Item[]; at: Int32Array; covered: Int32Array } {
  const n = view.tokens.length;
  const items: Item[] = [];
  const at = new Int32Array(n).fill(-1);
  const covered = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; ) {
    const item = itemAt(dict, view, i);
    if (!item) { i++; continue; }
    at[i] = items.length;
    for (let k = item.start; k < item.end; k++) covered[k] = items.length;
    items.push(item);
    i = item.end;
  }
  return { items, at, covered };
}
