/**
 * Times told by another event of the story: "hours before the ceasefire took effect", "a day after the
 * talks", "the night before the vote", "on the eve of the summit", "within hours of the agreement".
 * The phrase names an offset and an event X; when the article states X's time (in the phrase itself,
 * "two days after Thursday's vote", or in an earlier sentence that names X: "The ceasefire took effect at
 * 5 pm on Saturday"), the phrase is a time: X's day moved by the offset, at day precision (part of day
 * for "the night before"); offsets of hours that may cross midnight from a known clock span both days.
 * When X's time is unknown the phrase is no time. Pure functions over tokens and resolved times.
 */
import type { IsoDate, PartOfDay, Sentence, TimeExpr, Token } from '../../domain/types.js';
import { addDays } from './calendar.js';
import { NUMBER_WORDS, clockFacts } from './resolve.js';

/** Words that may open or join an anchored phrase ("before", "after", "the eve of", "within hours of"). */
export const RELATION_WORDS: ReadonlySet<string> = new Set(['before', 'after', 'eve', 'within']);

/** How far from X the phrase puts its event: whole days, or up to `minutes` on one side (`exact`: "two hours"). */
interface Offset { days: number; minutes: number; exact: boolean; partOfDay?: PartOfDay }

/** An anchored phrase as written: its first token, its event X (head word, verb, onset), X's clause. */
export interface AnchoredPhrase {
  /** first token of the phrase ("Hours", "the" of "the day before") */
  from: number;
  /** first token of X, one past the last token of X's noun phrase and verb, one past X's clause */
  xFrom: number;
  xTo: number;
  clauseTo: number;
  offset: Offset;
  /** X's head word (lemma, lower case) and whether it is a name ("Rohan released ..."); X's verb lemma */
  head: string;
  name: boolean;
  verb: string | null;
  /** X's verb tells an onset ("took effect", "began", "came into force") */
  onset: boolean;
}

/** "hours before", "a few hours after", "several hours": up to half a day. */
const VAGUE_HOURS = 12 * 60;
/** "minutes after", "moments before", "just after": within the hour; "shortly/soon after": within a few hours. */
const SUB_DAY: Record<string, number> = { minutes: 60, moments: 60, just: 60, immediately: 60, right: 60, shortly: 180, soon: 180 };
/** Day units and the part of day "the night before" names. */
const DAY_UNITS: Record<string, { days: number; partOfDay?: PartOfDay }> = {
  day: { days: 1 }, days: { days: 1 }, week: { days: 7 }, weeks: { days: 7 },
  night: { days: 1, partOfDay: 'night' }, morning: { days: 1, partOfDay: 'morning' },
  evening: { days: 1, partOfDay: 'evening' }, afternoon: { days: 1, partOfDay: 'afternoon' },
};

/** The count word before a unit ("two", "a", "the", "48"), or NaN; NaN for the vague "few", "several". */
function countOf(t: Token | undefined): number {
  if (t === undefined || t.lower === 'few' || t.lower === 'several') return NaN;
  if (t.lower === 'the') return 1;
  if (/^\d{1,3}$/.test(t.text)) return Number(t.text);
  return NUMBER_WORDS[t.lower] ?? NaN;
}

/**
 * The offset a phrase states before the relation word at token `i` ("two days" before "after"), and the
 * phrase's first token; null when the words before name none ("after the talks", "days after": too vague).
 */
function offsetBefore(tokens: Token[], s: Sentence, i: number): { offset: Offset; from: number } | null {
  const p1 = i - 1 >= s.tokenStart ? tokens[i - 1] : undefined;
  if (p1 === undefined) return null;
  const p2 = i - 2 >= s.tokenStart ? tokens[i - 2] : undefined;
  const n = countOf(p2);
  const w = p1.lower;
  if (w === 'hours' || w === 'hour') {
    // "a few hours", "several hours", "hours": vague; "two hours", "an hour": that many; "48 hours": two days
    if (p2 && (p2.lower === 'few' || p2.lower === 'several')) {
      const a = i - 3 >= s.tokenStart && tokens[i - 3]!.lower === 'a' ? i - 3 : i - 2;
      return { offset: { days: 0, minutes: VAGUE_HOURS, exact: false }, from: a };
    }
    if (Number.isNaN(n) || p2!.lower === 'the') return w === 'hours' ? { offset: { days: 0, minutes: VAGUE_HOURS, exact: false }, from: i - 1 } : null;
    if (n >= 24) return { offset: { days: Math.round(n / 24), minutes: 0, exact: false }, from: i - 2 };
    return { offset: { days: 0, minutes: n * 60, exact: true }, from: i - 2 };
  }
  const sub = SUB_DAY[w];
  if (sub !== undefined) return { offset: { days: 0, minutes: sub, exact: false }, from: i - 1 };
  const unit = DAY_UNITS[w];
  if (unit === undefined || Number.isNaN(n)) return null;
  // "the day before", "a week after", "two days after"; not "the days before" nor "the two weeks after"
  if (p2!.lower === 'the' && (w.endsWith('s') || unit.days === 7)) return null;
  const offset: Offset = { days: n * unit.days, minutes: 0, exact: true };
  if (unit.partOfDay && n === 1) offset.partOfDay = unit.partOfDay;
  return { offset, from: i - 2 };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'last', 'first', 'latest']);
/** Verbs of onset after X ("the truce took effect"): a "take effect" and its kin are read with their complements. */
const ONSET_VERBS = new Set(['begin', 'start', 'commence']);
/** Prepositions that carry a phrase of X ("the ceasefire between Gondor and Rohan", "the talks in Arnor on Tuesday"). */
const X_PREPOSITIONS = new Set(['of', 'between', 'with', 'in', 'on', 'at', 'by', 'over', 'from', 'to', 'against', 'for']);
/** Punctuation that closes X's clause. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);

const isNominal = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';
const inNounPhrase = (t: Token): boolean => isNominal(t) || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === "'s" || t.text === '’s' || t.text === '-';

/**
 * "took effect", "came into force", "went into effect", "entered into force", "kicked in", "took hold":
 * the tokens of the complement after the verb at `k` (0 when none).
 */
function onsetComplement(tokens: Token[], k: number, end: number): number {
  const v = tokens[k]!.lemma;
  const a = k + 1 < end ? tokens[k + 1]!.lower : '';
  const b = k + 2 < end ? tokens[k + 2]!.lower : '';
  if (v === 'take' && (a === 'effect' || a === 'hold')) return 1;
  if ((v === 'come' || v === 'go' || v === 'enter') && a === 'into' && (b === 'force' || b === 'effect')) return 2;
  if (v === 'kick' && a === 'in') return 1;
  return 0;
}

/**
 * The anchored phrase whose relation word is token `i` of sentence `s`, as written; null when the words
 * do not make one (no offset, no event after it: "after that", "two days after Monday").
 */
export function anchoredPhrase(tokens: Token[], s: Sentence, i: number): AnchoredPhrase | null {
  const rel = tokens[i]!.lower;
  let offset: Offset;
  let from: number;
  let x: number;
  if (rel === 'before' || rel === 'after') {
    const o = offsetBefore(tokens, s, i);
    if (o === null) return null;
    offset = rel === 'before' ? { ...o.offset, days: -o.offset.days, minutes: -o.offset.minutes } : o.offset;
    from = o.from;
    x = i + 1;
  } else if (rel === 'eve') {
    // "on the eve of the summit": the day before
    if (i - 1 < s.tokenStart || tokens[i - 1]!.lower !== 'the' || i + 1 >= s.tokenEnd || tokens[i + 1]!.lower !== 'of') return null;
    offset = { days: -1, minutes: 0, exact: true };
    from = i - 1;
    x = i + 2;
  } else {
    // "within hours of the agreement", "within minutes of the announcement": soon after
    const unit = i + 1 < s.tokenEnd ? tokens[i + 1]!.lower : '';
    if ((unit !== 'hours' && unit !== 'minutes') || i + 2 >= s.tokenEnd || tokens[i + 2]!.lower !== 'of') return null;
    offset = { days: 0, minutes: unit === 'hours' ? VAGUE_HOURS : 60, exact: false };
    from = i;
    x = i + 3;
  }
  return eventAfter(tokens, s, x, from, offset);
}

/** Reads X from token `x` on: its noun phrase (and phrases of it), its verb, its clause. */
function eventAfter(tokens: Token[], s: Sentence, x: number, from: number, offset: Offset): AnchoredPhrase | null {
  const end = s.tokenEnd;
  let k = x;
  while (k < end && DETERMINERS.has(tokens[k]!.lower)) k++;
  let head = -1;
  // ("Gondor and Rohan signed": a coordinated subject)
  while (k < end && (inNounPhrase(tokens[k]!) || (head >= 0 && tokens[k]!.pos === 'CCONJ' && k + 1 < end && isNominal(tokens[k + 1]!)))) {
    if (isNominal(tokens[k]!)) head = k;
    k++;
  }
  if (head < 0) return null;
  // phrases of X: "between Gondor and Rohan", "in Arnor", "of the referendum"
  while (k + 1 < end && X_PREPOSITIONS.has(tokens[k]!.lower)) {
    let j = k + 1;
    while (j < end && (DETERMINERS.has(tokens[j]!.lower) || inNounPhrase(tokens[j]!)
      || (tokens[j]!.pos === 'CCONJ' && j + 1 < end && isNominal(tokens[j + 1]!)))) j++;
    if (j === k + 1) break;
    k = j;
  }
  // X's verb: "the truce took effect", "the deal was signed", "Rohan released"
  let verb: string | null = null;
  let onset = false;
  let v = k;
  while (v < end && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART')) v++;
  if (v < end && tokens[v]!.pos === 'VERB') {
    const more = onsetComplement(tokens, v, end);
    verb = tokens[v]!.lemma;
    onset = more > 0 || ONSET_VERBS.has(verb);
    k = v + 1 + more;
  }
  const xTo = k;
  // X's clause: to a clause mark, or a conjunction or another verb after X's own words
  let c = k;
  while (c < end) {
    const t = tokens[c]!;
    if (CLAUSE_PUNCT.has(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'VERB' && c > xTo)) break;
    c++;
  }
  const h = tokens[head]!;
  return { from, xFrom: x, xTo, clauseTo: c, offset, head: h.pos === 'PROPN' ? h.lower : h.lemma, name: h.pos === 'PROPN', verb, onset };
}

/**
 * Words for one kind of event, whatever the word chosen ("the truce" of "a ceasefire", "the vote" of "a
 * referendum", "the talks" of "negotiations").
 */
const FAMILY: Record<string, string> = {
  ceasefire: 'truce', 'cease-fire': 'truce', truce: 'truce', armistice: 'truce',
  vote: 'vote', referendum: 'vote', election: 'vote', ballot: 'vote', poll: 'vote', polls: 'vote',
  talk: 'talk', talks: 'talk', negotiation: 'talk', negotiate: 'talk', meeting: 'meet', meet: 'meet',
};

/**
 * The stem an event's noun and verb share: "announcement" and "announced" → "announc", "strikes" and
 * "struck" (lemma strike) → "strik", "invasion" and "invade" → "invad", "withdrawal" → "withdraw",
 * "assassination" → "assassin"; a family's name for the words of `FAMILY`.
 */
export function eventStem(lemma: string): string {
  let w = lemma.toLowerCase();
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  const f = FAMILY[w];
  if (f !== undefined) return f;
  if (w.endsWith('sion')) w = `${w.slice(0, -4)}d`;
  else if (w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.endsWith('ion')) w = w.slice(0, -3);
  else if (w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('al') && w.length > 6) w = w.slice(0, -2);
  if (w.endsWith('ate') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Two stems of one event ("airstrik" and "strik": a compound ends in its head). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length >= 5 && b.length >= 5) && (a.endsWith(b) || b.endsWith(a));
}

/** An onset in tokens [from, to): "took effect", "began", "came into force", "effective". */
function hasOnset(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === 'effective' || (t.pos === 'VERB' && ONSET_VERBS.has(t.lemma)) || onsetComplement(tokens, k, to) > 0) return true;
  }
  return false;
}

/** Precisions of a time that can anchor a day's offset. */
const DAY_OR_FINER = new Set(['minute', 'hour', 'part-of-day', 'day']);

/** A time that states when an event happened, to the day or finer (not a span, a deadline or a start of a span). */
export function anchorable(t: TimeExpr): boolean {
  return t.date !== undefined && DAY_OR_FINER.has(t.precision) && t.range === undefined && t.role !== 'until' && t.role !== 'deadline' && t.role !== 'since';
}

/** Verbs of saying: a time right after one dates the saying ("said on Monday the truce was fragile"), not X. */
const SAYING = new Set(['say', 'tell', 'add', 'report', 'claim']);

/**
 * The time the sentence `s` states for the phrase's event X, among `times` (the sentence's, in text
 * order): when the sentence names X (its head word or a word of its kind; its verb too, or an onset for
 * "the truce took effect"), the usable time nearest that word, not one of a saying. Null otherwise.
 */
export function anchorIn(tokens: Token[], s: Sentence, times: readonly TimeExpr[], p: AnchoredPhrase): TimeExpr | null {
  const headStem = p.name ? p.head : eventStem(p.head);
  let at = -1;
  for (let k = s.tokenStart; k < s.tokenEnd && at < 0; k++) {
    const t = tokens[k]!;
    if (p.name ? t.lower === headStem : (t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'PUNCT' && sameStem(eventStem(t.lemma), headStem))) at = k;
  }
  if (at < 0) return null;
  // ("the truce took effect": the sentence tells the truce's onset, or its time is one of taking effect)
  const onsetTold = !p.onset || hasOnset(tokens, s.tokenStart, s.tokenEnd);
  // the first time after the word (a clause tells its time after its subject: "The truce took effect at 5
  // pm"), else the nearest before it ("On Saturday, the truce took effect"; not a dateline's before "A truce")
  let best: TimeExpr | null = null;
  const word = tokens[at]!.start;
  for (const t of times) {
    if (!anchorable(t) || saidOn(tokens, s, t) || (!onsetTold && t.role !== 'effective')) continue;
    if (best !== null && best.start > word) break;
    best = t;
  }
  if (best === null) return null;
  if (p.verb !== null && !p.onset && !sameVerb(tokens, s, p.verb)) return null;
  return best;
}

/** The sentence holds X's verb ("the deal was signed": "signed"; "the announcement" for "was announced"). */
function sameVerb(tokens: Token[], s: Sentence, verb: string): boolean {
  const stem = eventStem(verb);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (sameStem(eventStem(tokens[k]!.lemma), stem)) return true;
  return false;
}

/** The time follows a verb of saying ("said on Monday", "told reporters on Monday"). */
function saidOn(tokens: Token[], s: Sentence, t: TimeExpr): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd && tokens[k]!.end <= t.start) k++;
  for (let n = 0; n < 3 && k - 1 >= s.tokenStart; n++) {
    const p = tokens[--k]!;
    if (SAYING.has(p.lemma) && p.pos === 'VERB') return true;
    if (p.pos !== 'ADP' && p.pos !== 'NOUN') return false;
  }
  return false;
}

const DAY_MINUTES = 1440;

/** The local minute of the day of a clock time (as written, else from its instant and offset), or -1. */
function minuteOfDay(t: TimeExpr): number {
  const f = clockFacts.get(t);
  if (f) return f.hour * 60 + f.minute;
  if (t.utc === undefined || t.offsetMinutes === undefined || (t.precision !== 'minute' && t.precision !== 'hour')) return -1;
  const m = Math.round(Date.parse(t.utc) / 60_000) + t.offsetMinutes;
  return ((m % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/**
 * The time of the phrase `p` (text [start, end) of `text`) from X's time `x`: X's day moved by whole days
 * ("a day after" +1, "the night before" −1, night); for hours or minutes, X's day, or both days when the
 * span may cross midnight from X's clock ("hours before" 4 a.m.: the day before too), or the day it lands
 * on for a stated count ("two hours after" 11 p.m.). As certain as X's time.
 */
export function anchoredTime(p: AnchoredPhrase, x: TimeExpr, text: string, start: number, end: number): TimeExpr {
  const day = x.date as IsoDate;
  const out: TimeExpr = { start, end, text: text.slice(start, end), precision: 'day', inferred: x.inferred };
  const o = p.offset;
  if (o.minutes === 0) {
    out.date = addDays(day, o.days);
    if (o.partOfDay) {
      out.precision = 'part-of-day';
      out.partOfDay = o.partOfDay;
    }
    return out;
  }
  const m = minuteOfDay(x);
  if (m < 0) {
    out.date = day;
    return out;
  }
  const landing = Math.floor((m + o.minutes) / DAY_MINUTES);
  if (o.exact || landing === 0) {
    out.date = addDays(day, landing);
    return out;
  }
  const other = addDays(day, landing < 0 ? -1 : 1);
  out.range = landing < 0 ? { from: other, to: day } : { from: day, to: other };
  out.date = out.range.from;
  return out;
}
