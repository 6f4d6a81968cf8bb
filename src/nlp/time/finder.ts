/**
 * The time-expression component. Runs chrono-node (see parser.ts) only on sentences that contain a
 * time word, resolves matches in story order (resolve.ts), merges "5pm (1130 GMT)" pairs, then adds the
 * sentence's times told by another event of the story ("a day after the talks", anchor.ts).
 */
import type { AnnotatedDoc, Sentence, TimeExpr, Token } from '../../domain/types.js';
import type { Component } from '../pipeline.js';
import { BrinkError } from '../../domain/errors.js';
import { parseTimes } from './parser.js';
import { NUMBER_WORDS, clockFacts, resolveMatch, type Match, type MatchComponents, type StoryContext } from './resolve.js';
import { defaultZones, formatOffset, type ZoneTable } from './zones.js';
import { addDays, daysBetween, isoOf, parseIso, toUtc } from './calendar.js';
import { WordBytes, wordIds } from '../tokenizer.js';
import { RELATION_WORDS, anchoredPhrase, anchoredTime, anchorIn, anchorable } from './anchor.js';


const MONTH_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b/;
/** Capitalised words that may stand right before a date: weekdays, prepositions opening a sentence. */
const BEFORE_DATE = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'On', 'In', 'By', 'Since', 'Until', 'Till',
  'From', 'Before', 'After', 'Through', 'Between', 'Last', 'Next', 'Early', 'Late', 'As', 'Of', 'And', 'Or', 'To', 'For', 'Starting', 'Effective', 'Dated']);

/**
 * A month and day right after a capitalised word of a name, not at the start of a sentence, are part of the name
 * ("the Philippine supply boat Unaizah May 4", "the Unaizah May 1"): no date.
 */
function inName(doc: AnnotatedDoc, t: TimeExpr): boolean {
  // (with a year it is a date: "in Hamburg, Germany July 7, 2017")
  if (!MONTH_DAY.test(t.text) || /\b(?:19|20)\d\d\b/.test(t.text)) return false;
  const text = doc.text;
  // (a place the gazetteer knows ends right before it)
  for (const p of doc.places) if (p.end <= t.start && t.start - p.end <= 2) return false;
  const m = /(^|[^\s])(\s*)\b([A-Z][a-z]+(?:-[A-Za-z]+)?)\s+$/.exec(text.slice(Math.max(0, t.start - 40), t.start));
  if (!m || BEFORE_DATE.has(m[3]!)) return false;
  // (a place after a preposition: "shops reopened in Kabul April 27")
  if (/\b(?:in|at|near|from|to|outside|inside|across)\s+[A-Z][a-z]+(?:-[A-Za-z]+)?\s+$/.test(text.slice(Math.max(0, t.start - 50), t.start))) return false;
  // (the word opens a sentence or a line: "Since May 4 ...")
  const lead = m[1]!;
  return !(lead === '' || lead === '.' || lead === '"' || lead === '“' || lead === '—' || lead === '(' || lead === ':');
}

/** Calendar names: triggers only when capitalised ("May", not the modal "may"). */
const CALENDAR = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY',
  // holidays of a fixed day ("Christmas Eve", "New Year's Eve", "Halloween"; "... Day" has the trigger "day")
  'Christmas', 'Eve', 'Halloween',
]);

/** Other words that may carry or anchor a time expression (lower-cased). */
const TRIGGERS = new Set([
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight',
  'week', 'weekend', 'month', 'ago', 'later', 'earlier', 'day', 'days', 'weeks', 'months',
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'hrs', 'hours', 'dawn', 'year',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'daybreak', 'sunrise', 'dusk', 'nightfall', 'sunset', 'sundown',
]);

/** Seasons are triggers only after these ("last summer") or before a year or "of" ("summer 2023"): not "the fall of the city". */
const SEASON_LEAD = new Set(['last', 'this', 'next', 'past', 'coming']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

function seasonTrigger(tokens: Token[], s: Sentence, i: number): boolean {
  const prev = i > s.tokenStart ? tokens[i - 1]! : undefined;
  const next = i + 1 < s.tokenEnd ? tokens[i + 1]! : undefined;
  return (prev !== undefined && SEASON_LEAD.has(prev.lower)) || (next !== undefined && (next.lower === 'of' || /^(?:19|20)\d\d$/.test(next.text)));
}

/** "year" is a trigger only after these ("last year"; not "a 10-year term", "the year before"). */
const YEAR_LEAD = new Set(['last', 'this', 'next']);

/**
 * Plural time units: triggers because chrono reads durations ("two days ago", "in three weeks"), but every
 * duration or relative date chrono reads has, right before the unit (whitespace between), a count starting
 * at a word boundary (its NUMBER_PATTERN: digits, one ... twelve, a, an, few, several, the, half, couple of)
 * or this/last/past/next. A unit after any other plain word ("after days of shelling", "for weeks") is part
 * of no chrono result: see `inertUnit`.
 */
const UNITS = new Set(['days', 'weeks', 'months', 'hours']);
const COUNTING = new Set(['a', 'an', 'few', 'several', 'the', 'half', 'couple', 'of', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'this', 'last', 'past', 'next', 'about', 'around']);

/** Tokens on either side of a trigger that chrono gets to see ("the early hours of Wednesday", "5 pm IST on 10 May 2025"). */
const WINDOW = 6;

/** Memo of `isTrigger` for one zone table. */
interface TriggerWords {
  /** word id (see `wordIds`) → 1 no trigger, 2 trigger, 3 a trigger of UNITS: `isTrigger` reads the token's text, lower-cased form and type alone */
  byWord: WordBytes;
  /** case-folded first-two-letter key → 1 when some calendar word, trigger word or zone abbreviation has it */
  prefix: Uint8Array;
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Case-folded key of the first two characters (0 for a missing second one); -1 when either is not ASCII. */
function prefixKey(s: string): number {
  const c0 = s.charCodeAt(0);
  const c1 = s.length > 1 ? s.charCodeAt(1) : 0;
  if (!(c0 < 128) || c1 >= 128) return -1;
  return (fold(c0) << 7) | fold(c1);
}

/**
 * Whether token `t`, whose word id is `word` (0: none, not memoized), is a trigger: 1 no, 2 yes, 3 yes, of
 * UNITS; 4 no, but a word that may relate a time to another event (`RELATION_WORDS`: "before", "after").
 */
function triggerKind(t: Token, word: number, zones: ZoneTable, words: TriggerWords): number {
  let v = word > 0 ? words.byWord.get(word) : 0;
  if (v === 0) {
    v = !isTrigger(t, zones, words) ? (RELATION_WORDS.has(t.lower) ? 4 : 1) : UNITS.has(t.lower) ? 3 : 2;
    if (word > 0) words.byWord.set(word, v);
  }
  return v;
}

/**
 * A UNITS trigger at token `i` of sentence `s` that no chrono result can contain: it opens the sentence,
 * or the word before it is letters only (a count could only be that whole word) and no COUNTING word.
 */
function inertUnit(tokens: Token[], s: Sentence, i: number): boolean {
  if (i === s.tokenStart) return true;
  const prev = tokens[i - 1]!;
  return LETTERS_ONLY.test(prev.text) && !COUNTING.has(prev.lower);
}

const LETTERS_ONLY = /^[A-Za-z]+$/;

function isTrigger(t: Token, zones: ZoneTable, words: TriggerWords): boolean {
  if (t.type === 'time' || t.type === 'date' || t.type === 'ordinal') return true;
  if (t.type === 'number') return t.text.length === 4 || t.text.includes(':') || (t.text.length >= 8 && (t.text.includes('-') || t.text.includes('/')));
  // "mid-January" is one token
  if (t.text.startsWith('mid-') && CALENDAR.has(t.text.slice(4))) return true;

  // no calendar word, trigger word or abbreviation starts like this (lower is text.toLowerCase(): same folded key)
  const key = prefixKey(t.text);
  if (key >= 0 && words.prefix[key] === 0) return false;
  return CALENDAR.has(t.text) || TRIGGERS.has(t.lower) || (t.text.length <= 5 && zones.byAbbr.has(t.text));
}

const wordMemo = new WeakMap<ZoneTable, TriggerWords>();

function memoFor(zones: ZoneTable): TriggerWords {
  let words = wordMemo.get(zones);
  if (words === undefined) {
    const prefix = new Uint8Array(1 << 14);
    const mark = (w: string): void => {
      const k = prefixKey(w);
      if (k >= 0) prefix[k] = 1;
    };
    for (const w of CALENDAR) mark(w);
    for (const w of TRIGGERS) mark(w);
    for (const a of zones.byAbbr.keys()) if (a.length <= 5) mark(a);
    words = { byWord: new WordBytes(), prefix };
    wordMemo.set(zones, words);
  }
  return words;
}

type Part = Parameters<MatchComponents['get']>[0];

/** What a fast-path weekday match says: the weekday, certain (a class: no closures per match). */
class WeekdayComponents implements MatchComponents {
  constructor(private readonly wd: number) {}
  isCertain(c: Part): boolean { return c === 'weekday'; }
  get(c: Part): number | null { return c === 'weekday' ? this.wd : null; }
}

/** What a fast-path "yesterday/today/tomorrow" says: year, month and day, certain. */
class DayComponents implements MatchComponents {
  constructor(private readonly year: number, private readonly month: number, private readonly day: number) {}
  isCertain(c: Part): boolean { return c === 'year' || c === 'month' || c === 'day'; }
  get(c: Part): number | null { return c === 'year' ? this.year : c === 'month' ? this.month : c === 'day' ? this.day : null; }
}

const WEEKDAYS: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const WEEKDAY_LEAD = new Set(['last', 'next', 'this', 'coming', 'Last', 'Next', 'This']);

/**
 * A token window chrono may parse: [from, to), its triggers other than inert units (`inertUnit`: they
 * widen the window but make no time of their own) and the first of those (-1 for none).
 */
interface Window { from: number; to: number; triggers: number; first: number }

const NO_WINDOWS: Window[] = [];

/**
 * Token windows of a sentence worth parsing: WINDOW tokens around each trigger (inert units too), merged;
 * with their other triggers. The sentence's relation words go to `relations` (emptied first).
 */
function windows(tokens: Token[], words: readonly number[] | undefined, s: Sentence, zones: ZoneTable, memo: TriggerWords, relations: number[]): Window[] {
  let out: Window[] | null = null;
  let cur: Window | null = null;
  relations.length = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const kind = triggerKind(tokens[i]!, words?.[i] ?? 0, zones, memo);
    if (kind === 1) continue;
    if (kind === 4) {
      relations.push(i);
      continue;
    }
    if (tokens[i]!.lower === 'year' && (i === s.tokenStart || !YEAR_LEAD.has(tokens[i - 1]!.lower))) continue;
    if (SEASONS.has(tokens[i]!.lower) && !seasonTrigger(tokens, s, i)) continue;
    const live = kind === 2 || !inertUnit(tokens, s, i);
    const from = Math.max(s.tokenStart, i - WINDOW);
    const to = Math.min(s.tokenEnd, i + WINDOW + 1);
    if (cur && cur.to >= from) {
      cur.to = Math.max(cur.to, to);
      if (live) {
        cur.triggers++;
        if (cur.first < 0) cur.first = i;
      }
    } else {
      if (cur) (out ??= []).push(cur);
      cur = { from, to, triggers: live ? 1 : 0, first: live ? i : -1 };
    }
  }
  if (cur) (out ??= []).push(cur);
  // most sentences hold no trigger: one shared empty list, no array each
  return out ?? NO_WINDOWS;
}

/**
 * Fast path for the commonest news time, a lone weekday ("on Friday", "last Sunday", "Friday night"):
 * builds the match chrono would return without running its ~20 parsers. Null when the window holds
 * any other trigger (inert units aside: they make no time), which then goes to chrono.
 */
function weekdayMatch(doc: AnnotatedDoc, w: Window): { match: Match; offset: number } | null {
  if (w.first < 0) return null;
  const tokens = doc.tokens;
  const t = tokens[w.first]!;
  const wd = WEEKDAYS[t.text];
  // ("Earlier in the week": two triggers, one phrase)
  if (wd === undefined && w.triggers === 2 && (t.lower === 'earlier' || t.lower === 'later') && tokens[w.first + 3]?.text === 'week') {
    return weekMatch(doc, tokens[w.first + 3]!);
  }
  if (wd === undefined) return w.triggers === 1 ? deicticMatch(doc, t) ?? weekMatch(doc, t) ?? yearMatch(doc, t) : null;
  const next = tokens[w.first + 1];
  const part = next !== undefined && next.sentence === t.sentence && DAY_PARTS.has(next.text) ? next : undefined;
  if (w.triggers !== (part ? 2 : 1)) return null;
  const prev = tokens[w.first - 1];
  const lead = prev !== undefined && prev.sentence === t.sentence && WEEKDAY_LEAD.has(prev.text) ? prev : undefined;
  const start = lead ? lead.start : t.start;
  const end = part ? part.end : t.end;
  return { match: { index: 0, text: doc.text.slice(start, end), start: new WeekdayComponents(wd), end: null }, offset: start };
}

const WEEK_LEAD = new Set(['last', 'this', 'next', 'previous', 'past']);
const NOTHING: MatchComponents = { isCertain: () => false, get: () => null };

/** Fast path for a lone "last week", "this week", "next week", "(the) weekend", "last weekend": resolved from the words. */
function weekMatch(doc: AnnotatedDoc, t: Token): { match: Match; offset: number } | null {
  if (t.text !== 'week' && t.text !== 'weekend') return null;
  const prev = doc.tokens[t.index - 1];
  // ("Earlier in the week, Trump said": the week of publication)
  const inThe = t.text === 'week' && prev?.lower === 'the' && doc.tokens[t.index - 2]?.lower === 'in' ? doc.tokens[t.index - 3] : undefined;
  if (inThe !== undefined && inThe.sentence === t.sentence && (inThe.lower === 'earlier' || inThe.lower === 'later')) {
    return { match: { index: 0, text: doc.text.slice(inThe.start, t.end), start: NOTHING, end: null }, offset: inThe.start };
  }
  const lead = prev !== undefined && prev.sentence === t.sentence && WEEK_LEAD.has(prev.lower) ? prev : undefined;
  if (t.text === 'week' && (lead === undefined || lead.lower === 'past' || lead.lower === 'previous')) return null;
  if (t.text === 'weekend' && lead !== undefined && !WEEKDAY_LEAD.has(lead.text)) return null;
  const next = doc.tokens[t.index + 1];
  if (next !== undefined && next.sentence === t.sentence && (next.text === "'s" || next.text === '’s')) return null;
  const start = lead ? lead.start : t.start;
  return { match: { index: 0, text: doc.text.slice(start, t.end), start: NOTHING, end: null }, offset: start };
}

/** What a fast-path "last year" says: the year, certain. */
class YearComponents implements MatchComponents {
  constructor(private readonly year: number) {}
  isCertain(c: Part): boolean { return c === 'year'; }
  get(c: Part): number | null { return c === 'year' ? this.year : null; }
}

const YEAR_DELTA: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Fast path for a lone "last year", "this year", "next year": the year relative to publication. */
function yearMatch(doc: AnnotatedDoc, t: Token): { match: Match; offset: number } | null {
  const prev = doc.tokens[t.index - 1];
  if (t.lower !== 'year' || prev === undefined || prev.sentence !== t.sentence) return null;
  const delta = YEAR_DELTA[prev.lower];
  if (delta === undefined) return null;
  const components = new YearComponents(Number(doc.published.slice(0, 4)) + delta);
  return { match: { index: 0, text: doc.text.slice(prev.start, t.end), start: components, end: null }, offset: prev.start };
}

const DEICTIC_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/** Fast path for a lone "yesterday" / "today" / "tomorrow": the day relative to publication. */
function deicticMatch(doc: AnnotatedDoc, t: Token): { match: Match; offset: number } | null {
  const delta = DEICTIC_DAYS[t.lower];
  if (delta === undefined) return null;
  const date = addDays(doc.published.slice(0, 10), delta);
  const components = new DayComponents(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return { match: { index: 0, text: t.text, start: components, end: null }, offset: t.start };
}

/** Country of the first place mentioned in the sentence, if places ran before (not a dateline's: where the story was filed is not where its clocks run). */
function sentenceCountry(doc: AnnotatedDoc, s: Sentence, from = 0): string | undefined {
  const places = doc.places;
  for (let i = from; i < places.length; i++) {
    const p = places[i]!;
    if (p.start >= s.start && p.end <= s.end && !p.dateline) return p.place.country;
  }
  return undefined;
}

/** Country of the first place mention lying within [start, end) ("local time in *India*"). */
function placeCountry(doc: AnnotatedDoc, start: number, end: number): string | undefined {
  for (const p of doc.places) if (p.start >= start && p.end <= end) return p.place.country;
  return undefined;
}

/** True when places are in text order (the place finder's output): sentences can then walk them with a cursor. */
function placesSorted(doc: AnnotatedDoc): boolean {
  for (let i = 1; i < doc.places.length; i++) if (doc.places[i]!.start < doc.places[i - 1]!.start) return false;
  return true;
}

/**
 * "5pm (1130 GMT)", "6 p.m. Moscow time (1500 GMT)": a clock followed by a zoned clock in brackets is one
 * expression, the bracket's instant (a restatement in another zone, most often GMT): the offset is
 * derived from the two clocks; a zone stated with the first clock keeps its name when it agrees.
 */
function mergeParenthetical(text: string, times: TimeExpr[]): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    const fa = clockFacts.get(a);
    const fb = b ? clockFacts.get(b) : undefined;
    if (b && fa && fb && fb.zoneStated && b.utc !== undefined && /^\s*\($/.test(text.slice(a.end, b.start))) {
      const close = text.indexOf(')', b.start);
      const hm = Number(b.utc.slice(11, 13)) * 60 + Number(b.utc.slice(14, 16));
      let offset = fa.hour * 60 + fa.minute - hm;
      if (offset > 840) offset -= 1440;
      if (offset < -720) offset += 1440;
      const zone = fa.zoneStated && a.offsetMinutes === offset && a.zone !== undefined ? a.zone : formatOffset(offset);
      const merged: TimeExpr = { ...b, start: a.start, text: '', offsetMinutes: offset, zone };
      const ranPast = close >= 0 && close < b.end && /\p{L}/u.test(text.slice(close + 1, b.end));
      // the local day, not the bracket's UTC day — unless chrono ran on past the bracket ("1130 GMT) on
      // Saturday"): then the day words belong to the whole, and b's day is theirs; "midnight local time
      // (2000 GMT on Wednesday)": the bracket alone names the day, the local day is its instant's
      if (!ranPast && fb.dayStated && !fa.dayStated) merged.date = isoOf(Date.parse(b.utc) + offset * 60_000);
      else if (a.date !== undefined && !ranPast) merged.date = a.date;
      if (!ranPast && text.charCodeAt(b.end) === 41) merged.end = b.end + 1;
      merged.text = text.slice(merged.start, merged.end);
      if (a.role) merged.role = a.role;
      clockFacts.set(merged, { hour: fa.hour, minute: fa.minute, zoneStated: true, dayStated: fa.dayStated || fb.dayStated, zoneInferred: false });
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * "3 a.m. local time on Thursday", "2 a.m. Tehran time, Saturday": chrono stops at the zone, and the day
 * after it is a match of its own. A clock with no day of its own, then only "on" or a comma, then a day:
 * one expression, on that day.
 */
/**
 * "in July last year", "October this year": a month and the year said right after it (read apart) are one month of
 * that year, not this year's month and a year.
 */
function mergeMonthOfYear(text: string, times: TimeExpr[]): TimeExpr[] {
  let out: TimeExpr[] | null = null;
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    if (b && a.precision === 'month' && b.precision === 'year' && a.date !== undefined && b.date !== undefined && !a.range && !b.range
      && /^\s*(?:of\s+)?$/.test(text.slice(a.end, b.start)) && /^(?:last|this|next|the\s+previous|the\s+following)\s+year$/i.test(b.text)) {
      const merged: TimeExpr = { ...a, end: b.end, text: text.slice(a.start, b.end), date: `${b.date.slice(0, 4)}${a.date.slice(4)}`, inferred: false };
      (out ??= times.slice(0, i)).push(merged);
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? times;
}

function mergeDayAfterZone(text: string, times: TimeExpr[]): TimeExpr[] {
  let out: TimeExpr[] | null = null;
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    const fa = clockFacts.get(a);
    // (a clock whose zone is unknown, "4:30 a.m. local time" in an article of no country, takes the day all the same)
    if (b && fa && !fa.dayStated && (a.offsetMinutes !== undefined || /\btime$/.test(a.text)) && b.date !== undefined && !b.range && !clockFacts.has(b)
      && (b.precision === 'day' || b.precision === 'part-of-day') && /^\s*(?:,\s*)?(?:on\s+)?$/.test(text.slice(a.end, b.start))) {
      const merged: TimeExpr = { ...a, end: b.end, text: text.slice(a.start, b.end), date: b.date, inferred: b.inferred || fa.zoneInferred };
      if (a.offsetMinutes !== undefined) merged.utc = toUtc(b.date, fa.hour, fa.minute, a.offsetMinutes);
      clockFacts.set(merged, { ...fa, dayStated: true });
      (out ??= times.slice(0, i)).push(merged);
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? times;
}

/**
 * The joint of a from ... to window that chrono read as one range: its range refiner joins two times by
 * "to", "until", "till", "through" or a dash.
 */
const WINDOW_JOINT = /\s+(?:until|till|through|to)\s+|\s*[–—]\s*|\s+-\s+/i;

/**
 * The two ends of a window (see `windowEnds`); `weekdayEnd`: the end's day is a weekday name alone;
 * `yearlessStart`: the start names no year.
 */
interface WindowEnds { start: Match; end: Match; weekdayEnd: boolean; yearlessStart: boolean }

/**
 * "from 6 p.m. on Saturday until midnight on Sunday", "from midnight on May 8 to midnight on May 11",
 * "Saturday 6 p.m. to Sunday midnight": a range chrono read with a clock at either end is a window with a
 * start and an end, two times, not a span of days: its two matches, split at the joint. A range of days
 * alone ("from Wednesday to Saturday") stays one expression. Null when `r` is no such range.
 */
function windowEnds(r: Match): WindowEnds | null {
  const e = r.end;
  if (!e || !(r.start.isCertain('hour') || e.isCertain('hour'))) return null;
  const j = WINDOW_JOINT.exec(r.text);
  if (j === null || j.index === 0) return null;
  const at = j.index + j[0].length;
  return {
    start: { index: r.index, text: r.text.slice(0, j.index), start: r.start, end: null },
    end: { index: r.index + at, text: r.text.slice(at), start: e, end: null },
    weekdayEnd: e.isCertain('weekday') && !e.isCertain('day'),
    yearlessStart: !r.start.isCertain('year'),
  };
}

/** The end of a window (role 'until') → its start as resolved, and what `WindowEnds` says of the two. */
const windowStarts = new WeakMap<TimeExpr, { start: TimeExpr; weekdayEnd: boolean; yearlessStart: boolean }>();

/** Resolves the two ends of a window (`windowEnds`) into `out`: the start, then the end with role 'until'. */
function resolveWindow(w: WindowEnds, from: number, ctx: StoryContext, country: string | undefined, out: TimeExpr[]): void {
  const a = resolveMatch(w.start, from, ctx, country);
  const b = resolveMatch(w.end, from, ctx, country, 'until');
  if (a) out.push(a);
  if (!b) return;
  out.push(b);
  if (a) windowStarts.set(b, { start: a, weekdayEnd: w.weekdayEnd, yearlessStart: w.yearlessStart });
}

/** "a 72-hour truce", "for three days": the hours a sentence states a span lasts, else null. */
const STATED_SPAN = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s](hour|day)s?\b/i;

function statedHours(sentence: string): number | null {
  const m = STATED_SPAN.exec(sentence);
  if (m === null) return null;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return m[2]!.toLowerCase() === 'day' ? n * 24 : n;
}

/** Moves a clock time by whole days (its date and instant). */
function shiftDays(t: TimeExpr, days: number): void {
  if (t.date !== undefined) t.date = addDays(t.date, days);
  if (t.utc !== undefined) t.utc = toUtc(addDays(t.utc.slice(0, 10), days), Number(t.utc.slice(11, 13)), Number(t.utc.slice(14, 16)), 0);
}

/**
 * The two ends of each window among a sentence's times (after the bracket merges, so the start may be
 * "6 p.m. Moscow time (1500 GMT) on Saturday" as one), read together:
 * - a zone stated at one end only is the other's too ("from 6 p.m. Moscow time ... until midnight");
 * - an end named by a weekday alone is the first such day on or after the start (a bare weekday is
 *   otherwise the last one: "from Saturday until Sunday" written on a Saturday);
 * - a start that names no year lies within the year before its end ("from midnight on May 8 to midnight
 *   on May 11" written on May 5: the end's "to" looks forward, and the start is that year's);
 * - "from midnight on May 8 to midnight on May 11": a midnight start is 00:00 of its day (chrono's
 *   reading), and the midnight ending the window is then read the same way, 00:00 of its day, not the
 *   end of it (`endsDay` in resolve.ts), unless a span stated in the sentence ("a 96-hour truce") is the
 *   length of the end-of-day reading;
 * - "from 10 p.m. to 3 a.m.": an end naming no day, earlier on the clock than the start, is the next day.
 */
function fitWindows(times: TimeExpr[], sentence: string): void {
  for (let i = 1; i < times.length; i++) {
    const b = times[i]!;
    const w = windowStarts.get(b);
    const a = times[i - 1]!;
    if (w === undefined || a.start > w.start.start || a.end < w.start.end) continue;
    const fa = clockFacts.get(a);
    const fb = clockFacts.get(b);
    if (fa && fb && fa.zoneStated !== fb.zoneStated) {
      const [stated, other, f] = fa.zoneStated ? [a, b, fb] : [b, a, fa];
      if (stated.offsetMinutes !== undefined && stated.zone !== undefined && other.date !== undefined) {
        other.zone = stated.zone;
        other.offsetMinutes = stated.offsetMinutes;
        other.utc = toUtc(other.date, f.hour, f.minute, stated.offsetMinutes);
      }
    }
    if (w.weekdayEnd && a.date !== undefined && b.date !== undefined) while (b.date < a.date) shiftDays(b, 7);
    if (w.yearlessStart && a.date !== undefined && b.date !== undefined && daysBetween(a.date, b.date) >= 365) {
      const moved = `${b.date.slice(0, 4)}${a.date.slice(4)}`;
      shiftDays(a, daysBetween(a.date, moved <= b.date ? moved : `${Number(b.date.slice(0, 4)) - 1}${a.date.slice(4)}`));
    }
    if (fa && fb?.endOfDay && !fa.endOfDay && fa.hour === 0 && fa.minute === 0 && a.text.toLowerCase().includes('midnight')
      && a.date !== undefined && b.date !== undefined && statedHours(sentence) !== daysBetween(a.date, b.date) * 24) {
      shiftDays(b, -1);
      delete fb.endOfDay;
    }
    // "from 10 p.m. to 3 a.m.": an end that names no day and whose clock comes before the start's is the next day's
    if (fa && fb && !fb.dayStated && a.date !== undefined && a.date === b.date
      && (a.utc !== undefined && b.utc !== undefined ? b.utc < a.utc : fb.hour * 60 + fb.minute < fa.hour * 60 + fa.minute)) {
      shiftDays(b, 1);
    }
  }
}

/**
 * chrono's results per (publication day, window text), shared by all documents of the process: chrono
 * reads nothing else (reference instant = noon UTC of that day, timezone 0, forwardDate false) and
 * resolveMatch only reads the results, so a repeated window (wire copy run by many outlets, a dateline
 * formula, a document coded again) gets the same answer without parsing. Keyed by day, then window text
 * (no key string to build per window); cleared when it holds CHRONO_MEMO_MAX windows.
 */
const chronoMemo = new Map<string, Map<string, Match[]>>();
let chronoMemoSize = 0;
const CHRONO_MEMO_MAX = 4096;

/** The publication day `findTimes` last found valid (`YYYY-MM-DD` of a real date). */
let validRef = '';

/** `fastPath: false` sends every window to chrono (used to test that the fast path agrees). */
export function findTimes(doc: AnnotatedDoc, zones: ZoneTable, fastPath = true): TimeExpr[] {
  const ref = doc.published.slice(0, 10);
  // (the last day found valid needs no second test: a batch of documents shares a publication day or a few)
  if (ref !== validRef) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || Number.isNaN(parseIso(ref))) throw new BrinkError('BAD_DATE', { value: doc.published });
    validRef = ref;
  }
  // chrono's reference instant, made when a window is not in the memo (most are)
  let instant: Date | undefined;
  const ctx: StoryContext = { text: doc.text, ref, countries: doc.countries, zones, lastDate: null, placeCountry: (start, end) => placeCountry(doc, start, end) };
  const times: TimeExpr[] = [];
  // the sentence of each time (anchored phrases look for their event's sentence)
  const sentenceOf: number[] = [];
  const memo = memoFor(zones);
  const words = wordIds(doc.tokens);
  const relations: number[] = [];
  // places in text order: those starting before a sentence cannot lie in it or in any later one
  const sorted = placesSorted(doc);
  let cursor = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    const wins = windows(doc.tokens, words, s, zones, memo, relations);
    if (wins.length === 0 && relations.length === 0) continue;
    if (sorted) while (cursor < doc.places.length && doc.places[cursor]!.start < s.start) cursor++;
    const country = sentenceCountry(doc, s, sorted ? cursor : 0);
    let local: TimeExpr[] = [];
    for (const w of wins) {
      const fast = fastPath ? weekdayMatch(doc, w) : null;
      if (fast) {
        const t = resolveMatch(fast.match, fast.offset, ctx, country);
        if (t) local.push(t);
        continue;
      }
      const from = doc.tokens[w.from]!.start;
      const windowText = doc.text.slice(from, doc.tokens[w.to - 1]!.end);
      // same window text, same reference instant: chrono's answer is the same (resolveMatch only reads it)
      let byText = chronoMemo.get(ref);
      let results = byText?.get(windowText);
      if (results === undefined) {
        instant ??= new Date(parseIso(ref) + 12 * 3_600_000);
        results = parseTimes(windowText, { instant, timezone: 0 }, { forwardDate: false });
        if (chronoMemoSize >= CHRONO_MEMO_MAX) { chronoMemo.clear(); chronoMemoSize = 0; byText = undefined; }
        if (byText === undefined) { byText = new Map(); chronoMemo.set(ref, byText); }
        byText.set(windowText, results);
        chronoMemoSize++;
      }
      for (const r of results) {
        const ends = r.end ? windowEnds(r) : null;
        if (ends !== null) {
          resolveWindow(ends, from, ctx, country, local);
          continue;
        }
        const t = resolveMatch(r, from, ctx, country);
        // (a time the one before took in, "overnight Friday into Saturday"; a name's part, "the boat Unaizah May 4")
        if (t && !(local.length > 0 && local[local.length - 1]!.end > t.start) && !inName(doc, t)) local.push(t);
      }
    }
    if (local.length > 1) {
      local = mergeMonthOfYear(doc.text, mergeParenthetical(doc.text, mergeDayAfterZone(doc.text, local)));
      fitWindows(local, doc.text.slice(s.start, s.end));
    }
    if (relations.length > 0) local = withAnchored(doc, ctx, s, relations, local, times, sentenceOf);
    for (const t of local) {
      times.push(t);
      sentenceOf.push(si);
    }
  }
  return times;
}

/**
 * The sentence's times `local` with the anchored phrases of its relation words that resolve ("hours before
 * the ceasefire took effect", see anchor.ts), in text order: X's time is the one in X's own clause, else
 * that of the latest earlier sentence naming X (`earlier`, whose sentences are `sentenceOf`). A relation
 * word inside a time already found is that time's ("the day after tomorrow").
 */
function withAnchored(
  doc: AnnotatedDoc, ctx: StoryContext, s: Sentence, relations: readonly number[], local: TimeExpr[],
  earlier: readonly TimeExpr[], sentenceOf: readonly number[],
): TimeExpr[] {
  const tokens = doc.tokens;
  let out = local;
  for (const i of relations) {
    const word = tokens[i]!;
    if (local.some((t) => t.start <= word.start && word.end <= t.end)) continue;
    const p = anchoredPhrase(tokens, s, i);
    if (p === null) continue;
    const xStart = tokens[p.xFrom]!.start;
    const clauseEnd = tokens[p.clauseTo - 1]!.end;
    // X's own time ("two days after Thursday's vote", "hours before the truce took effect at 5 pm")
    const own = local.find((t) => t.start >= xStart && t.end <= clauseEnd);
    let x: TimeExpr | null = null;
    if (own !== undefined) {
      // "shortly after midnight", "just before 9 p.m. on Saturday": X is a time, no event; the time is told
      if (own.start === xStart && !POSSESSIVE.test(doc.text.slice(own.end, own.end + 2))) continue;
      if (!anchorable(own)) continue;
      x = own;
    } else {
      for (let k = earlier.length - 1; k >= 0 && x === null; k--) {
        const si = sentenceOf[k]!;
        // (each earlier sentence once: its times are consecutive)
        if (k + 1 < earlier.length && sentenceOf[k + 1] === si) continue;
        let first = k;
        while (first > 0 && sentenceOf[first - 1] === si) first--;
        x = anchorIn(tokens, doc.sentences[si]!, earlier.slice(first, k + 1), p);
      }
    }
    if (x === null) continue;
    const start = tokens[p.from]!.start;
    const end = Math.max(tokens[p.xTo - 1]!.end, own?.end ?? 0);
    const t = anchoredTime(p, x, doc.text, start, end);
    // (the story's date from here on, unless a later time of the sentence is)
    if (t.range === undefined && t.date !== undefined && !local.some((u) => u.start > t.start && u.date !== undefined)) ctx.lastDate = t.date;
    if (out === local) out = local.slice();
    out.push(t);
  }
  return out === local ? local : out.sort((a, b) => a.start - b.start);
}

/** "Thursday's vote": a time that opens X's noun phrase as its possessor. */
const POSSESSIVE = /^['’]s\b/;

/** The time-expression component: requires sentences and tokens, assigns times. */
export function timeFinder(opts: { zones?: ZoneTable } = {}): Component {
  let zones = opts.zones ?? null;
  return {
    name: 'times',
    requires: ['sentences', 'tokens'],
    assigns: ['times'],
    run(doc) {
      if (zones === null) zones = defaultZones();
      doc.times = findTimes(doc, zones);
    },
  };
}
