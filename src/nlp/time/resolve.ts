/**
 * Turns one chrono match into a TimeExpr, applying news semantics chrono lacks: bare weekdays are the
 * most recent such day, story-relative phrases count from the story's last date, undated clock times
 * take the story's day, implied hours are dropped, zones come from the table and the article's countries.
 */
import type { IsoDate, PartOfDay, Precision, TimeExpr } from '../../domain/types.js';
import {
  addDays, daysBetween, lastDayOfMonth, mondayOf, toUtc, weekdayAfter, weekdayOnOrAfter, weekdayOnOrBefore, ymd,
} from './calendar.js';
import {
  forwardWeekday, hasForwardWord, hasLastWord, isDeictic, isJsSpace, isStoryRelative, lastWeekday, monthPhrase, partOfDayIn,
  qualifierBefore, roleBefore, stripLeading, weekPhrase,
} from './rules.js';
import { statedZone } from './zonematch.js';
import { applyEntry, countryZone, formatOffset, pickAbbr, type AppliedZone, type ZoneTable } from './zones.js';

/** The parts of a chrono ParsedResult the resolver reads (a fast path builds these without chrono). */
export interface MatchComponents {
  isCertain(component: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'meridiem'): boolean;
  get(component: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'meridiem'): number | null;
}
export interface Match {
  index: number;
  text: string;
  start: MatchComponents;
  end?: MatchComponents | null;
}
type ParsedResult = Match;

/**
 * Side facts about resolved expressions that the TimeExpr does not carry: the clock as written, whether a
 * zone was stated, whether the match's own words gave the day ("0200 GMT on Thursday", not "0200 GMT"),
 * whether the zone was inferred.
 */
export interface ClockFacts {
  hour: number; minute: number; zoneStated: boolean; dayStated: boolean; zoneInferred: boolean;
  /** "until midnight on Sunday": the midnight ending the day named (24:00), so `date` is the day after it (see `endsDay`) */
  endOfDay?: true;
}
export const clockFacts = new WeakMap<TimeExpr, ClockFacts>();

export interface StoryContext {
  text: string;
  /** Publication date: the reference for deictic and weekday expressions. */
  ref: IsoDate;
  /** The article's countries, most mentioned first. */
  countries: readonly string[];
  zones: ZoneTable;
  /** The last day-precise date resolved so far in the story. */
  lastDate: IsoDate | null;
  /** The country of a place mention within [start, end) of the text, when places were found. */
  placeCountry?: (start: number, end: number) => string | undefined;
}

/** A duration counted from another time ("later", "earlier", "ago", "afterwards"). */
const RELATIVE_END = /\b(?:later|earlier|ago|afterwards?)$/;

/** What the clock part of a match says, if anything. */
interface Clock { hour: number; minute: number; minuteWritten: boolean }

function clockOf(r: ParsedResult, lower: string): Clock | null {
  const s = r.start;
  // ("48 hours later", "two hours ago": chrono moves its reference, noon: no clock the text tells)
  if (!s.isCertain('hour') || RELATIVE_END.test(lower)) return null;
  const hour = s.get('hour') ?? 0;
  const minute = s.get('minute') ?? 0;
  const minuteWritten = /\d[:.]\d\d|\b\d{4}\b/.test(lower) || minute !== 0;
  // "at 10" alone is too weak to be a time ("at 10 sites"); want am/pm, minutes, a zone, o'clock or noon/midnight
  // ("1700 hours" has its minutes written; "48 hours later" is no clock: chrono's hour is the reference's)
  if (!s.isCertain('meridiem') && !minuteWritten && !/o'clock|noon|midnight/.test(lower)) return null;
  // ("moved 2 a 10-year term": the article "a" after a number is no "a.m.")
  if (!minuteWritten && /\d\s*a$/.test(lower)) return null;
  return { hour, minute, minuteWritten };
}

const WEEKDAY_NAME = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/;
const WEEKDAY_INDEX: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

interface DatePart {
  date?: IsoDate;
  precision: Precision;
  inferred: boolean;
  range?: { from: IsoDate; to: IsoDate };
  /** the date anchors later story-relative phrases */
  anchors: boolean;
  /** no calendar word: the day of a clock or part of day is the story's */
  undated?: true;
}

function isoOfResult(r: ParsedResult, which: 'start' | 'end' = 'start'): IsoDate {
  const c = which === 'start' ? r.start : r.end!;
  return ymd(c.get('year') ?? 1970, c.get('month') ?? 1, c.get('day') ?? 1);
}

/** The words before a match and the match's own, as the context rules read them ("will meet on" + "Friday"). */
function joined(before: string, p: Phrase): string {
  return `${before} ${p.rest}`;
}

/** "next Friday": `forwardWeekday` of the joined context, built only when a part holds a forward word. */
function forward(before: string, p: Phrase): boolean {
  return (p.forward || hasForwardWord(before)) && forwardWeekday(joined(before, p));
}

/** "last Friday": `lastWeekday` of the joined context, built only when a part holds such a word. */
function last(before: string, p: Phrase): boolean {
  return (p.last || hasLastWord(before)) && lastWeekday(joined(before, p));
}

/** Resolves the calendar part of a match, whose phrase is `p`, which starts at `at` and which `before` precedes in the text. */
function datePart(r: ParsedResult, p: Phrase, before: string, at: number, ctx: StoryContext, hasClock: boolean, windowEnd = false): DatePart | null {
  const s = r.start;
  const ref = ctx.ref;
  if (p.pastDays !== null) {
    const span = { from: addDays(ref, -p.pastDays), to: ref };
    return { date: span.from, precision: 'day', inferred: false, range: span, anchors: false };
  }
  const week = p.week;
  if (week) {
    const mon = mondayOf(ref);
    const from = week === 'last' ? addDays(mon, -7) : week === 'next' ? addDays(mon, 7) : week === 'past' ? addDays(ref, -7) : mon;
    const to = week === 'past' ? ref : addDays(from, 6);
    // "on Friday last week": that day of the week named
    if (p.weekday >= 0 && week !== 'past') return { date: addDays(from, (p.weekday + 6) % 7), precision: 'day', inferred: false, anchors: true };
    return { date: from, precision: 'week', inferred: false, range: { from, to }, anchors: false };
  }
  if (p.weekend) {
    // "will release them at the weekend": the coming one
    const sat = forward(before, p) ? weekdayAfter(ref, 6) : last(before, p) ? weekdayOnOrBefore(addDays(ref, -2), 6)
      : futureBefore(ctx, at, true) ? weekdayOnOrAfter(addDays(ref, -1), 6) : weekdayOnOrBefore(ref, 6);
    return { date: sat, precision: 'day', inferred: false, range: { from: sat, to: addDays(sat, 1) }, anchors: false };
  }
  const month = p.month;
  if (month) {
    const y = Number(ref.slice(0, 4));
    const m = Number(ref.slice(5, 7)) + (month === 'last' ? -1 : month === 'next' ? 1 : 0);
    const first = ymd(y, m, 1);
    const fy = Number(first.slice(0, 4));
    const fm = Number(first.slice(5, 7));
    return { date: first, precision: 'month', inferred: false, range: { from: first, to: ymd(fy, fm, lastDayOfMonth(fy, fm)) }, anchors: false };
  }
  if (p.season) return seasonPart(p.season, ref, FORWARD.test(before) || futureBefore(ctx, at) !== null);
  if (p.ordinalDay > 0) {
    const ahead = FORWARD.test(before) || futureBefore(ctx, at, true) !== null;
    return { date: dayOfMonth(p.ordinalDay, ref, ahead), precision: 'day', inferred: true, anchors: true };
  }
  // "struck overnight": the night before the report; "will be lifted overnight": tonight
  if (p.lower === 'overnight') {
    return { date: futureBefore(ctx, at) ? ref : addDays(ref, -1), precision: 'day', inferred: false, anchors: true };
  }
  if (p.shift !== 0 && p.weekday >= 0) {
    // "a day after Thursday('s vote)": the weekday as a bare one (chrono takes the nearest), moved
    const named = forward(before, p) ? weekdayAfter(ref, p.weekday) : weekdayOnOrBefore(ref, p.weekday);
    return { date: addDays(named, p.shift), precision: 'day', inferred: true, anchors: true };
  }
  // ("two days after May 3": chrono moved the date named; not counted from the story's date)
  if (p.storyRelative && p.shift === 0 && (s.isCertain('day') || p.relativeWord)) {
    // ("A week later", "the next day" before any date of the story: from no day the reader knows)
    if (ctx.lastDate === null) return null;
    const moved = isoOfResult(r);
    // ("a month later": the same day of the next month, not 30 or 31 days as counted from the report)
    const date = /\b(?:months?|years?)\b/.test(p.lower) ? addMonths(ctx.lastDate, monthsBetween(ref, moved)) : addDays(ctx.lastDate, daysBetween(ref, moved));
    return { date, precision: 'day', inferred: false, anchors: true };
  }
  if (s.isCertain('day')) {
    const date = s.isCertain('year') || s.isCertain('weekday') || p.dayWord
      ? isoOfResult(r) : aheadIfFuture(pastUnlessForward(isoOfResult(r), ref, before, p), addDays(ref, -31), ctx, at);
    const part: DatePart = { date, precision: 'day', inferred: !s.isCertain('year') && !p.statedDay, anchors: true };
    if (r.end && r.end.isCertain('day')) part.range = { from: date, to: isoOfResult(r, 'end') };
    return part;
  }
  const named = s.isCertain('weekday') ? -1 : p.weekday;
  if (s.isCertain('weekday') || named >= 0) {
    // chrono loses the weekday in "early morning Saturday"; the name in the match still counts
    const wd = named >= 0 ? named : s.get('weekday') ?? 0;
    const ahead = forward(before, p);
    const back = !ahead && last(before, p);
    const future = ahead || back ? null : futureBefore(ctx, at, true) ?? (AHEAD_ROLE.test(before) ? aheadMode(ctx, at, at + p.rest.length) : null)
      ?? (!windowEnd && spanEndAhead(ctx, at, at + p.rest.length) ? 'will' : null);
    const date = ahead ? weekdayAfter(ref, wd)
      : back ? weekdayOnOrBefore(addDays(ref, -1), wd)
        : future ? weekdayOnOrAfter(future === 'would' ? addDays(ref, -1) : ref, wd) : weekdayOnOrBefore(ref, wd);
    const part: DatePart = { date, precision: 'day', inferred: true, anchors: true };
    if (r.end && r.end.isCertain('weekday')) {
      // "from Wednesday to Saturday": the end is the first such day on or after the start
      part.range = { from: date, to: addDays(date, ((r.end.get('weekday') ?? 0) - (s.get('weekday') ?? 0) + 7) % 7) };
    }
    return part;
  }
  if (s.isCertain('month')) {
    const y = s.get('year') ?? Number(ref.slice(0, 4));
    const m = s.get('month') ?? 1;
    const first = s.isCertain('year') ? ymd(y, m, 1)
      : aheadIfFuture(pastUnlessForward(ymd(y, m, 1), ref.slice(0, 8) + '01', before, p), ref.slice(0, 8) + '01', ctx, at);
    return { date: first, precision: 'month', inferred: !s.isCertain('year'), anchors: false };
  }
  if (s.isCertain('year')) {
    return { date: ymd(s.get('year') ?? 1970, 1, 1), precision: 'year', inferred: false, anchors: false };
  }
  // no calendar words: "this morning", "5 pm IST", "last night" handled above (chrono marks its day certain)
  if (p.deictic) return { date: ref, precision: 'day', inferred: false, anchors: true };
  if (hasClock || p.partOfDay) {
    return { date: ctx.lastDate ?? ref, precision: 'day', inferred: true, anchors: false, undated: true };
  }
  return null;
}

/** Whole calendar months from `a` to `b` (their days ignored). */
function monthsBetween(a: IsoDate, b: IsoDate): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** `date` moved by `n` calendar months, its day kept (the month's last day when it is shorter). */
function addMonths(date: IsoDate, n: number): IsoDate {
  const m0 = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const y = Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  return ymd(y, m, Math.min(Number(date.slice(8, 10)), lastDayOfMonth(y, m)));
}

/**
 * "on the 25th": the day of the report's month when that is not after the report, else of the month
 * before; in a clause that looks forward ("will resume on the 3rd") the first such day from the report
 * on. A month too short for the day is passed over ("on the 31st" of April is March's).
 */
function dayOfMonth(n: number, ref: IsoDate, ahead: boolean): IsoDate {
  let y = Number(ref.slice(0, 4));
  let m = Number(ref.slice(5, 7));
  const today = Number(ref.slice(8, 10));
  const step = ahead ? 1 : -1;
  if (ahead ? n < today : n > today) m += step;
  for (let k = 0; k < 3; k++, m += step) {
    if (m < 1) { m += 12; y--; }
    if (m > 12) { m -= 12; y++; }
    if (n <= lastDayOfMonth(y, m)) return ymd(y, m, n);
  }
  return ymd(y, m, n);
}

/** A season as written: which one ("last", "this", "next") or of which year ("summer of 2023"). */
interface Season { name: string; which?: 'last' | 'this' | 'next'; year?: number }

const SEASON_WORDS = /^(?:the\s+)?(?:(last|this|next|past|coming)\s+(spring|summer|autumn|fall|winter)|(spring|summer|autumn|winter)\s+(?:of\s+)?((?:19|20)\d\d))$/;
const SEASON_WHICH: Record<string, 'last' | 'this' | 'next'> = { last: 'last', past: 'last', this: 'this', next: 'next', coming: 'next' };

function seasonPhrase(lower: string): Season | null {
  const m = SEASON_WORDS.exec(lower);
  if (!m) return null;
  return m[1] ? { name: m[2]!, which: SEASON_WHICH[m[1]]! } : { name: m[3]!, year: Number(m[4]) };
}

/**
 * First month of each season, as the meteorological seasons of the northern hemisphere, where most of
 * the news we read is written (March–May, June–August, September–November, December–February). A
 * southern-hemisphere story's "last summer" is thus misread; a winter is named by the year of its December.
 */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function seasonOf(name: string, year: number): { from: IsoDate; to: IsoDate } {
  const m0 = SEASON_START[name] ?? 6;
  const endY = m0 + 2 > 12 ? year + 1 : year;
  const endM = ((m0 + 1) % 12) + 1;
  return { from: ymd(year, m0, 1), to: ymd(endY, endM, lastDayOfMonth(endY, endM)) };
}

/**
 * "last summer" is the latest summer over before the report, "next summer" the first to begin after it,
 * "this summer" the one under way, else the nearest (the past one when as near) or, in a clause that looks
 * forward ("to meet this autumn"), the coming one. Month precision over the
 * season's three months.
 */
function seasonPart(season: Season, ref: IsoDate, ahead: boolean): DatePart {
  const y = Number(ref.slice(0, 4));
  let span = season.year !== undefined ? seasonOf(season.name, season.year) : null;
  if (span === null) {
    const all = [y - 2, y - 1, y, y + 1].map((k) => seasonOf(season.name, k));
    if (season.which === 'last') span = all.filter((s) => s.to < ref).pop() ?? null;
    else if (season.which === 'next') span = all.find((s) => s.from > ref) ?? null;
    else span = all.find((s) => s.from <= ref && ref <= s.to) ?? (ahead ? all.find((s) => s.from > ref) ?? null : nearest(all, ref));
  }
  const { from, to } = span ?? seasonOf(season.name, y);
  return { date: from, precision: 'month', inferred: false, range: { from, to }, anchors: false };
}

/** The span nearest to `ref` (none contains it); the earlier of two as near. */
function nearest(spans: Array<{ from: IsoDate; to: IsoDate }>, ref: IsoDate): { from: IsoDate; to: IsoDate } | null {
  let best: { from: IsoDate; to: IsoDate } | null = null;
  let bestD = Infinity;
  for (const s of spans) {
    const d = s.to < ref ? daysBetween(s.to, ref) : daysBetween(ref, s.from);
    if (d < bestD) { best = s; bestD = d; }
  }
  return best;
}

/** The zone that applies to a clock time on `date`. */
function zoneFor(
  ctx: StoryContext, stated: ReturnType<typeof statedZone>, date: IsoDate, sentenceCountry: string | undefined,
): { applied: AppliedZone; inferred: boolean } | null {
  if (stated) {
    if (stated.offsetMinutes !== undefined) return { applied: { zone: formatOffset(stated.offsetMinutes), offsetMinutes: stated.offsetMinutes }, inferred: false };
    if (stated.local) {
      const named = stated.place ? placeZone(ctx, stated.place, date) : null;
      if (named) return { applied: named, inferred: false };
      const c = sentenceCountry ?? ctx.countries[0];
      const z = c ? countryZone(ctx.zones, c, date) : null;
      return z ? { applied: z, inferred: true } : null;
    }
    const entry = stated.entry ?? pickAbbr(ctx.zones, stated.written, ctx.countries);
    if (!entry) return null;
    const applied = stated.fixed ? applyEntry(entry, date) : applyEntry(entry, date, entry.countries[0]);
    return { applied, inferred: false };
  }
  const c = ctx.countries[0];
  const z = c ? countryZone(ctx.zones, c, date) : null;
  return z ? { applied: z, inferred: true } : null;
}

/**
 * "local time in India", "local time in Kabul": the zone of the named place — by the zone table's
 * "<place> time" name ("Kabul time"), else by the country of the place mention there. Null when neither
 * knows it (the sentence's or the article's country then stands in, as for a bare "local time").
 */
function placeZone(ctx: StoryContext, place: { start: number; end: number; name: string }, date: IsoDate): AppliedZone | null {
  const c = ctx.placeCountry?.(place.start, place.end);
  const entry = ctx.zones.byName.get(`${place.name.toLowerCase()} time`);
  // (the place's own country, when the zone is its, for its daylight saving: "Cairo time" is not Kyiv's summer)
  if (entry) return applyEntry(entry, date, c !== undefined && entry.countries.includes(c) ? c : entry.countries[0]);
  return c ? countryZone(ctx.zones, c, date) : null;
}

/** Count words of durations ("a few" and "several" taken as three). */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, 'a few': 3, several: 3 };
const COUNT = 'a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\\d+';
const UNIT = '(?:days?|weeks?|months?|years?|hours?|minutes?)';
const PAST_SPAN = new RegExp(`^(?:the\\s+)?(?:past|last|previous)\\s+(?:(${COUNT})\\s+)?(days?|weeks?|months?|hours?)$`);

/** "the past two days", "last 24 hours": how many days back from the reference day the span starts, or null. */
function pastDays(lower: string): number | null {
  const m = PAST_SPAN.exec(lower);
  if (!m || (m[1] === undefined && !lower.includes('past'))) return null; // "last week" is a calendar week
  const n = m[1] === undefined ? 1 : NUMBER_WORDS[m[1]] ?? Number(m[1]);
  if (!Number.isFinite(n) || n <= 0) return null;
  const unit = m[2]!;
  return unit.startsWith('hour') ? Math.ceil(n / 24) : unit.startsWith('week') ? n * 7 : unit.startsWith('month') ? n * 30 : n;
}

/**
 * "the truce would last 42 days", "is expected to last two weeks": "last" is the verb and what follows a
 * duration, no span before the report. "Last" opens a span ("in the last 24 hours", "over the past
 * week") only after a preposition or a determiner, or opening a clause; after a modal, "to", a noun or
 * an adverb it is the verb.
 */
function lastIsVerb(p: Phrase, before: string): boolean {
  return p.lower.startsWith('last ') && !SPAN_LEAD.test(before);
}
const SPAN_LEAD = /(?:^|[,;:(—–-]\s*|\b(?:in|over|during|for|within|of|the|these|those|its|their|his|her|our|throughout|across|from|since|by|and|or)\s+)$/i;

/** "one month", "after two days", "in three long weeks": a duration, not a point in time. */
const BARE_DURATION = new RegExp(`^(?:(?:after|before|in)\\s+)?(?:${COUNT})\\s+(?:\\w+\\s+)?${UNIT}$`);

/** "lasts", "nexts": a relative word with a unit letter glued on is a word, not "last s" (the last second). */
const GLUED_UNIT = /^(?:this|last|past|next)(?:s|m|h|d|w|y|mo|min|sec|hr|yr)$/;

const NUMBER_LEAD = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|some|many)\b/i;

/** Chrono's match without leading prepositions and trailing punctuation; null for phrases that are not points in time. */
function trimMatch(text: string): { skip: number; rest: string } | null {
  let { skip, rest } = stripLeading(text);
  let tail = /[\s,;:]+$/.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  // "the Great March of Return": chrono's month parser takes an "of" hoping for a year
  const of = /\s+of$/.exec(rest);
  if (of) rest = rest.slice(0, of.index);
  // "1300 local time", "1300 Kyiv time" (see MILITARY): the zone's words, read after the match
  const zoneWords = /\s+(?:local|[A-Z][a-z]+)\s+time$/.exec(rest);
  if (zoneWords) rest = rest.slice(0, zoneWords.index);
  // "1400 GMT)": a bracket closed after the match, not opened in it
  if (rest.endsWith(')') && !rest.includes('(')) {
    rest = rest.slice(0, -1);
    tail = /[\s,;:]+$/.exec(rest);
    if (tail) rest = rest.slice(0, tail.index);
  }
  const lower = rest.toLowerCase();
  // durations and anchors we cannot date: "within 24 hours", "a month after", "the day", "now"
  if (/^(?:within|for|in the past|over the past)\b/.test(lower) || /\b(?:after|before)$/.test(lower)) return null;
  if (/^(?:(?:the|that|this) )?day$|^(?:now|right now|just now)$/.test(lower)) return null;
  // bare durations ("one month", "after two days" of fighting) are not points in time
  if (BARE_DURATION.test(lower)) return null;
  // "lasts", "pasts": chrono reads a unit's abbreviation glued to the word ("last s", the last second)
  if (GLUED_UNIT.test(lower)) return null;
  // "9/11", "26/11", "7/7", "24/7": news writes no numeric date without its year; these are names and rates
  if (/^\d{1,2}\/\d{1,2}$/.test(rest)) return null;
  if (/\bago$/.test(lower)) {
    // "them 18 years ago": start at the number
    const m = NUMBER_LEAD.exec(rest);
    if (!m) return null;
    skip += m.index;
    rest = rest.slice(m.index);
  }
  return rest.length > 0 ? { skip, rest } : null;
}

/**
 * A future tense before a bare weekday in its clause ("Trump said he would speak with Putin on Monday",
 * "the leaders will meet on Saturday", "talks are to resume on Friday"): the weekday is the coming one
 * (today included), not the last. No comma between: another clause may be in the past.
 */
/**
 * A future tense before a weekday in the clause, read in a wider window than `before` (the auxiliary may
 * stand a long object away: "will host a joint summit of East African and southern African leaders on
 * Saturday"): the 160 characters before the match at `at`. Null when there is none, else whether it is
 * a future told in the past ("would"). With `scheduled`, the simple present of a scheduled act counts
 * (before a named day: "meets Xi on Thursday"; not before "overnight", which a headline's present tells
 * of the night past: "ceasefire holds overnight").
 */
function futureBefore(ctx: StoryContext, at: number, scheduled = false): 'will' | 'would' | null {
  let from = Math.max(0, at - 160);
  // Both tests need their word after the window's last , or ; (which the dot removal below keeps), and that
  // word, the dots removed and the word boundaries read the same on the text from there on: start there.
  for (let k = at - 1; k >= from; k--) {
    const c = ctx.text.charCodeAt(k);
    if (c === 44 || c === 59) { from = k + 1; break; }
  }
  // (a dot after a single letter, "4 a.m.", "U.S.", ends no clause; a window with no dot is left as it is, not
  // run through the replacement)
  const raw = ctx.text.slice(from, at);
  const dotted = raw.indexOf('.') < 0 ? raw : raw.replace(/\b(\p{L})\./gu, '$1');
  // Every test below needs its word in the window's last clause (no . ; or , from there to the end: `[^.;,]*$`,
  // CLAUSE_RUN; no lookbehind reaches over such a character): test only what follows the last of them.
  const window = lastClause(dotted);
  if (!FUTURE_TENSE.test(window) && !MAY_FUTURE.test(window) && !HEADLINE_TO.test(window)) {
    return scheduled && (SCHEDULED.test(window) || (SCHEDULED_BASE_WORD.test(window) && SCHEDULED_BASE.test(window))) ? 'will' : null;
  }
  return REPORTED_FUTURE.test(window) ? 'would' : 'will';
}

/** `s` after its last '.', ';' or ',' (all of `s` when it has none). */
function lastClause(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 46 || c === 59 || c === 44) return s.slice(k + 1);
  }
  return s;
}

/**
 * "effective Thursday", "starting on Tuesday", "beginning Monday": the start of a state of affairs, which
 * news names before it comes (or the day it came: a report of Friday says "effective Thursday" of
 * yesterday's measure) — from yesterday on, as a future told in the past. Not "from" ("from Monday to
 * Wednesday", "fled from Monday's shelling"), "as of" ("as of Monday, 300 had died"), "took effect".
 */
const AHEAD_ROLE = /\b(?:effective|with effect|starting|beginning)(?:\s+(?:from|at|on))?\s*$/i;

/**
 * How far back a day after AHEAD_ROLE may lie: from today on when the sentence before it speaks in the
 * plain future, even across a comma ("will impose a curfew, starting on Tuesday"), else from yesterday.
 */
function aheadMode(ctx: StoryContext, at: number, end: number): 'will' | 'would' | null {
  if (pastAfter(ctx.text, end)) return null;
  const window = ctx.text.slice(Math.max(0, at - 200), at).replace(/\b(\p{L})\./gu, '$1');
  const sentence = window.slice(window.search(/[^.!?]*$/));
  return /\b(?:will|shall)\b|['’]ll\b/i.test(sentence) && !/\bwould\b/i.test(sentence) ? 'will' : 'would';
}

/**
 * The rest of the sentence after "starting Monday" speaks of the past: its first auxiliary is a past one
 * ("Starting on Monday, the army had ...", "The curfew, beginning Tuesday, was lifted"), or, before any
 * auxiliary, a verb in -ed takes its object ("Beginning Monday, Gondor shelled the town"). Then the day is
 * the last one, as for any weekday.
 */
function pastAfter(text: string, end: number): boolean {
  const rest = /^[^.;!?]*/.exec(text.slice(end, end + 120))?.[0] ?? '';
  const m = PAST_OR_AUX.exec(rest);
  return m !== null && m[1] === undefined;
}
const PAST_OR_AUX = /\b(?:(will|would|shall|must|can|could|is|are|has|have|may|might)|was|were|had|did|\w+ed\s+(?:the|a|an|its|their|his|her|[A-Z]))\b|['’]ll\b/;

/**
 * The simple present of a scheduled act: "the prime minister meets Xi on Thursday", "talks resume on
 * Monday", "the truce expires on Friday". News tells past acts in the past tense (headlines aside, which
 * seldom name a weekday): a weekday in such a clause is the coming one, as after "will". Verbs of
 * scheduling only (not "votes", "returns", "talks", "signs": nouns as often as verbs; not "holds", a
 * state as often: "ceasefire holds overnight"); within 80
 * characters and with no relative or subordinate clause or past form between, whose verb the weekday may
 * be ("resumes talks that collapsed on Monday", "the envoy who visits Gondor each year was arrested on Monday").
 */
const CLAUSE_RUN = '(?:(?!\\b(?:that|which|who|whom|after|since|when|before|because|as|while|said|says|was|were|had|did|\\w+ed)\\b)[^.;,]){0,80}$';
const SCHEDULED = new RegExp(`\\b(?:meets|visits|hosts|travels|flies|departs|leaves|resumes|begins|starts|opens|reopens|convenes|ends|expires|arrives|takes effect|comes into (?:force|effect)|goes to the polls)\\b${CLAUSE_RUN}`, 'i');
/**
 * The plural's base form ("talks resume on Monday", "the sanctions take effect on Friday"), not after an
 * auxiliary, "to" or "not", which make it a past ("did not resume on Monday"), a modal's or an infinitive,
 * nor after a determiner or "on", which make it a noun ("brought to an end on Monday", "put on hold").
 */
const SCHEDULED_BASE = new RegExp(`(?<!\\b(?:do|does|did|don't|doesn't|didn't|could|couldn't|would|might|may|must|should|can|not|never|to|had|has|have|a|an|the|its|their|on)\\s+)\\b(?:meet|resume|begin|start|end|reopen|convene|expire|take effect|come into (?:force|effect)|go to the polls)\\b${CLAUSE_RUN}`, 'i');
/**
 * A word SCHEDULED_BASE needs (the same alternation, without its look-behind): tested first, as the look-behind
 * makes SCHEDULED_BASE try every position of the window (~0.6 µs a window; this test ~0.1 µs). Without such a
 * word SCHEDULED_BASE cannot match.
 */
const SCHEDULED_BASE_WORD = /\b(?:meet|resume|begin|start|end|reopen|convene|expire|take effect|come into (?:force|effect)|go to the polls)\b/i;

/**
 * The end of a span that is still to come: a weekday after "until", "till", "through" ("the truce runs
 * until Friday") is the coming one (the report's own day included: "until Friday" written on a Friday is
 * that day) when the span is told as running now or from now on, not as over:
 * - a verb of lasting in the present governs it: "runs/lasts/holds/remains/stays/continues until",
 *   "is valid/in force/in effect/in place until", "are closed until" (not after "did", "had", "has",
 *   "have", "never", "not": "the truce did not last until Friday" is over);
 * - it ends a truce noun of the clause, "a truce until Sunday", "a pause in fighting until Sunday", "a truce
 *   with Azerbaijan until Sunday": a truce
 *   is told with its end when it is declared, agreed or proposed, and an end given then lies ahead of the
 *   telling — unless the clause speaks from a past perfect ("had declared a truce until Sunday") or the
 *   truce is the subject of a past predicate right after ("the truce until Sunday collapsed on Saturday");
 *   a passive of its declaring ("was agreed on Tuesday") is the declaring itself;
 * - it is the new end of an extension, "extended the truce until/to Friday": nobody extends a truce to a
 *   day already past.
 * The future auxiliaries ("will last until Friday") are `futureBefore`'s. Anything else keeps a bare
 * weekday's reading, the last such day: "fighting continued until Friday", "shelled the town until
 * Sunday". The end of a from ... to window is left to `fitWindows` (on or after its start).
 */
function spanEndAhead(ctx: StoryContext, at: number, end: number): boolean {
  let from = Math.max(0, at - 160);
  for (let k = at - 1; k >= from; k--) {
    const c = ctx.text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 46 || c === 33 || c === 63 || c === 10) { from = k + 1; break; }
  }
  const clause = ctx.text.slice(from, at);
  const word = SPAN_END_WORD.exec(clause);
  if (word === null) return false;
  const head = clause.slice(0, word.index);
  if (word[1]!.toLowerCase() !== 'to' && LASTING_PRESENT.test(head)) return true;
  if (PAST_PERFECT.test(head)) return false;
  if (EXTENSION_HEAD.test(head)) return true;
  if (word[1]!.toLowerCase() === 'to' || !TRUCE_HEAD.test(head.replace(PARTIES_TAIL, ' '))) return false;
  return !PAST_PREDICATE_AFTER.test(ctx.text.slice(end, end + 60));
}

/** The word ending a span ("until", "till", "through", "up to", "to": the last only after an extension), "the end of" after it. */
const SPAN_END_WORD = /\b(until|till|til|through|up to|to)\s+(?:the\s+end\s+of\s+)?$/i;
/** A verb of lasting in the present right before the end word (`spanEndAhead`). */
const LASTING_PRESENT = /(?:\b(?:runs|lasts|holds|remains|stays|continues|applies|is|are)|(?<!\b(?:did|didn't|had|has|have|never|not|to)\s+)\b(?:run|last|hold|remain|stay|continue|apply))(?:\s+(?:still|only|now|officially|formally))?(?:\s+(?:valid|in\s+(?:force|effect|place)|effective|binding|open|closed|shut|suspended|on\s+hold))?\s*$/i;
/** A truce noun ending the words before the end word: "a truce", "a 72-hour ceasefire", "a pause in (the) fighting". */
const TRUCE_HEAD = /\b(?:truce|cease-?fire|armistice|pause|halt|lull|moratorium|respite|cessation\s+of\s+hostilities)s?(?:\s+(?:in|on|of)\s+(?:the\s+)?(?:fighting|hostilities|attacks|strikes|air\s*strikes|shelling|bombing|combat|military\s+operations|operations))?\s*$/i;
/** The parties after a truce noun, named: "a truce with Azerbaijan", "a ceasefire between Gondor and the Rohirrim" (case-sensitive). */
const PARTIES_TAIL = /\s+(?:with|between)\s+(?:(?:the|and|[A-Z][\w'’-]*)\s+){0,5}[A-Z][\w'’-]*\s*$/;
/** "extended the truce until", "agreed to prolong it to": the new end. */
const EXTENSION_HEAD = /\b(?:extend|prolong)(?:s|ed|ing)?\b(?:(?!\b(?:after|since|when|while|because)\b)[^.;,]){0,80}$/i;
/** The clause speaks from a past perfect: "had declared a truce until Sunday". */
const PAST_PERFECT = /\b(?:had|hadn't)\b/i;
/** The truce noun is the subject of a past predicate right after the time: "(a truce until Sunday) collapsed", "was broken" (not "was agreed"). */
const PAST_PREDICATE_AFTER = /^\s*(?:\w+ly\s+)?(?:(?:was|were)\s+(?!(?:agreed|announced|declared|brokered|reached|signed|struck|proposed|offered|accepted|unveiled|set|put)\b)|(?:had|did)\b|(?:broke|fell|held|collapsed|ended|expired|lapsed|failed|crumbled|unravell?ed|came|went)\b)/i;

/**
 * "said the truce would take effect on Monday": a future told in the past is after the saying, which may
 * be the day before the report (so from yesterday on: Monday's report of a Monday truce, Tuesday's too).
 */
const REPORTED_FUTURE = /\bwould\b[^.;,]*$/i;
/** Future words; also the present progressive of a planned act ("the ministers are meeting on Monday"). */
const FUTURE_TENSE = /\b(?:will|shall|would|must(?!\s+have)|should(?!\s+have)|(?:has|have|needs?) to|is to|are to|scheduled|due to|expected to|set to|plans? to|planning to|planned|upcoming|(?:is|are) (?:meeting|visiting|travelling|traveling|hosting|holding|attending|signing|flying|heading|going|resuming|leaving|arriving|returning|voting))\b[^.;,]*$/i;

/** A headline's plan: names opening the clause, then "to" and a verb ("Trump to meet Putin in Alaska on Friday"). */
const HEADLINE_TO = /^\s*\p{Lu}[\p{L}'’-]*\s+(?:(?:\p{Lu}[\p{L}'’-]*|and|['’]s|envoy|president|minister|prime|foreign|defence|defense|army|chief|leader|leaders|premier|secretary|general|officials|delegation|negotiators|spokesman|king|pope)\s+){0,5}to\s+\p{Ll}+\b[^.;,]*$/u;

/** "talks may resume on Friday", "might": lower case only (capitalised "May" is the month); not "may have". */
const MAY_FUTURE = /\b(?:may|might)\s+(?!have\b|not\s+have\b|already\b)[^.;,]*$/;

/** Words before a year-less date that point forward ("will meet on June 20", "due by"). */
const FORWARD_WORDS = /\b(?:will|shall|would|if|unless|due|scheduled|expected|next|planned|plans?|upcoming|deadline|by|until|till|before|effective|starting|beginning)\b[^.;]*$/i;
/** "to" before a verb ("to hold elections in June"), not the preposition before a name, a number or a determiner
 * ("deployed police officers to Haiti in June", "sent aid to the region in May"). */
const FORWARD_TO = /\b[Tt]o\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|more)\b)[a-z][^.;]*$/;
/** A past verb in the last comma clause: "to resume talks, which had been suspended in April" looks back. */
const PAST_CLAUSE = /\b(?:had|was|were)\b[^,;.]*$/i;
const FORWARD = {
  test: (s: string): boolean => {
    if (!FORWARD_WORDS.test(s) && !FORWARD_TO.test(s)) return false;
    const comma = s.lastIndexOf(',');
    const tail = comma >= 0 ? s.slice(comma + 1) : '';
    return !(comma >= 0 && PAST_CLAUSE.test(tail) && !FORWARD_WORDS.test(tail) && !FORWARD_TO.test(tail));
  },
};

/**
 * "will meet Erdogan on September 28", "elections will be held in February": a year-less date well before
 * the reference (before `floor`), in a clause in the future tense, is next year's.
 */
function aheadIfFuture(date: IsoDate, floor: IsoDate, ctx: StoryContext, at: number): IsoDate {
  if (date >= floor || futureBefore(ctx, at, true) === null) return date;
  return ymd(Number(date.slice(0, 4)) + 1, Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** A year-less date after the reference is last year's unless the clause (`before` and the phrase `p`) looks forward. */

function pastUnlessForward(date: IsoDate, ref: IsoDate, before: string, p: Phrase): IsoDate {
  // (the words before alone too: the phrase's own abbreviation dot, "until Feb. 18", ends FORWARD's clause)
  if (date <= addDays(ref, 1) || FORWARD.test(before) || FORWARD.test(joined(before, p))) return date;
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

const LOWER_CALENDAR = /^(?:(?:on |this |last |next )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri|sat|sun))$/;

/**
 * A match's own words trimmed (`trimMatch`) and lower-cased, and what the rules read off those words
 * alone (the regular expressions of `datePart`); null when they are no time.
 */
interface Phrase {
  skip: number;
  rest: string;
  lower: string;
  /** "the past two days": days back to the span's start (`pastDays`) */
  pastDays: number | null;
  week: ReturnType<typeof weekPhrase>;
  weekend: boolean;
  month: ReturnType<typeof monthPhrase>;
  storyRelative: boolean;
  /** later, earlier, before, after */
  relativeWord: boolean;
  /** a word that fixes a certain day as chrono read it (yesterday ... this) */
  dayWord: boolean;
  /** a word that states the day outright (yesterday, today, tomorrow, last night, ago) */
  statedDay: boolean;
  /** the weekday named in the words (0 = Sunday), or -1 */
  weekday: number;
  deictic: boolean;
  partOfDay: PartOfDay | undefined;
  /** the words hold a forward word (`hasForwardWord`), a "last" word (`hasLastWord`) */
  forward: boolean;
  last: boolean;
  /** "last summer", "summer of 2023" (`seasonPhrase`) */
  season: Season | null;
  /** "the 25th": the day of a month left unsaid, else 0 */
  ordinalDay: number;
  /** "a day after Thursday", "two weeks before May 3": days from the day named after the relation word, else 0 */
  shift: number;
}

/**
 * `phraseOf` results by match text (a few words: "on Friday", "last week"); they depend on nothing else,
 * and news repeats them all the time. Cleared when large.
 */
const phrases = new Map<string, Phrase | null>();

function phraseOf(text: string): Phrase | null {
  let p = phrases.get(text);
  if (p === undefined) {
    const trimmed = trimMatch(text);
    // lower-case month or weekday words alone ("may", "march", "sun") are not dates
    p = trimmed === null || LOWER_CALENDAR.test(trimmed.rest) ? null : readPhrase(trimmed.skip, trimmed.rest);
    if (phrases.size >= 4096) phrases.clear();
    phrases.set(text, p);
  }
  return p;
}

function readPhrase(skip: number, rest: string): Phrase {
  const lower = rest.toLowerCase();
  const named = WEEKDAY_NAME.exec(lower);
  return {
    skip, rest, lower, pastDays: pastDays(lower), week: weekPhrase(lower), weekend: /\bweekend\b/.test(lower), month: monthPhrase(lower),
    storyRelative: isStoryRelative(lower), relativeWord: /\b(?:later|earlier|before|after)\b/.test(lower),
    dayWord: /\b(?:yesterday|today|tomorrow|tonight|night|ago|last|next|this)\b/.test(lower),
    statedDay: /\b(?:yesterday|today|tomorrow|last night|ago)\b/.test(lower),
    weekday: named ? WEEKDAY_INDEX[named[1]!]! : -1, deictic: isDeictic(lower), partOfDay: partOfDayIn(lower),
    forward: hasForwardWord(rest), last: hasLastWord(rest), season: seasonPhrase(lower), ordinalDay: ordinalDay(lower),
    shift: shiftOf(lower),
  };
}

/** "a day after Thursday" (+1), "two weeks before May 3" (−14): a count of days or weeks from a day named after it. */
const SHIFT = new RegExp(`^(${COUNT}|the)\\s+(days?|weeks?)\\s+(after|before)\\s+(?!(?:tomorrow|yesterday|today|tonight)\\b)\\w`);

function shiftOf(lower: string): number {
  const m = SHIFT.exec(lower);
  if (!m) return 0;
  // ("a few days after Thursday": no day)
  if (m[1] === 'few' || m[1] === 'a few' || m[1] === 'several') return 0;
  const n = m[1] === 'the' ? 1 : NUMBER_WORDS[m[1]!] ?? Number(m[1]);
  if (!Number.isFinite(n)) return 0;
  return (m[3] === 'after' ? 1 : -1) * n * (m[2]!.startsWith('week') ? 7 : 1);
}

function ordinalDay(lower: string): number {
  const m = /^the (\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  return m ? Number(m[1]) : 0;
}

/** "the day before", "the night before", "two days after" ending a clause: counted from the story's last date. */
const CLAUSE_END_RELATIVE = new RegExp(`^(?:the|${COUNT})\\s+(?:days?|nights?|weeks?)\\s+(?:before|after)$`, 'i');
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/;

/**
 * The phrase of a match `phraseOf` turns down as a span anchored on what follows ("the day before the
 * vote"), when nothing follows in its clause: "Hamas had fired rockets the day before."
 */
function clauseEndPhrase(r: ParsedResult, offset: number, ctx: StoryContext): Phrase | null {
  const { skip, rest } = stripLeading(r.text);
  if (!CLAUSE_END_RELATIVE.test(rest)) return null;
  const end = offset + r.index + skip + rest.length;
  return CLAUSE_END.test(ctx.text.slice(end, end + 8)) ? { ...readPhrase(skip, rest), storyRelative: true } : null;
}

type Role = NonNullable<TimeExpr['role']>;

/** "(overnight Friday) into Saturday": the day a night runs into. */
const INTO_WEEKDAY = /^\s+(?:into|to)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** "(on Saturday) at dawn", "(May 3,) before daybreak": a turn of the day right after a day named. */
const DAYBREAK_AFTER = /^,?\s+(?:(?:just|shortly)\s+)?(?:at|before|around|after|by)\s+(dawn|daybreak|sunrise|dusk|nightfall|sunset|sundown)\b/i;

/** A weekday or a month alone (or a month and day without year), capitalised: maybe a word of a name. */
const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?)$/;
const MONTH_ALONE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Morning|Afternoon|Evening|Night|Eve)$/;
/** Closed-class words (and time words) that may stand capitalised before a day: "On Sunday Israel struck", "Late Monday ...". */
const LEAD_WORDS = new Set(['on', 'by', 'since', 'until', 'till', 'late', 'early', 'last', 'next', 'this', 'that', 'from', 'through', 'before',
  'after', 'overnight', 'and', 'or', 'but', 'then', 'as', 'each', 'every', 'starting', 'beginning', 'effective', 'of', 'in', 'at', 'to',
  'during', 'between', 'mid', 'also', 'again', 'later', 'earlier', 'following', 'previous', 'past', 'coming', 'so', 'yet']);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A weekday or month that is a word of a name, not a time: "The Sunday Times", "the Good Friday
 * Agreement", "General Sunday Okon", "the March 23 Movement" — a capitalised word follows it and "the" or
 * a capitalised word (not a closed-class one: "On Sunday Israel struck") precedes it —, a month alone after
 * a capitalised word ("the Long March"), and "a March for peace", "a March on the capital" (the noun).
 * Not in a headline in title case ("Israel Strikes Gaza Sunday Killing 20"): only where the line around has running lower-case words; nor after a place ("in Kyiv Sunday Ukraine said") or
 * a lone capitalised word after a verb ("told Reuters Sunday President X was ready").
 */
function inName(ctx: StoryContext, start: number, end: number): boolean {
  const text = ctx.text;
  // the word before: /([A-Za-z]+)\s+$/ on the 24 characters before the match, read backwards (the regex tried
  // every position of them)
  const from = Math.max(0, start - 24);
  let q = start;
  while (q > from && isJsSpace(text.charCodeAt(q - 1))) q--;
  if (q === start) return false;
  let pStart = q;
  while (pStart > from && isAsciiLetter(text.charCodeAt(pStart - 1))) pStart--;
  if (pStart === q) return false;
  const p = text.slice(pStart, q);
  // ("a March for Peace", "a March on the capital": the noun; "a September ceasefire" is a month's)
  if (p === 'a' && text.slice(start, end) === 'March' && /^\s+(?:for|on|of|to|against|through|from|[A-Z])/.test(text.slice(end, end + 12))) return true;
  const named = /^[A-Z][a-z]/.test(p) && !LEAD_WORDS.has(p.toLowerCase());
  const next = /^\s+([A-Z][a-z]+)\b/.exec(text.slice(end, end + 24));
  // ("the Long March", "the Great March of Return": a month alone after a name's word; "Gaza Sunday" is AP's dateless day)
  if (next === null && !(named && MONTH_ALONE.test(text.slice(start, end)))) return false;
  if (next !== null && CALENDAR_WORD.test(next[1]!)) return false;
  if (p.toLowerCase() !== 'the' && !named) return false;
  // ("told Reuters Sunday President X was ready": one capitalised word after a verb is the speaker, then the day)
  if (named && /(?:^|[^\p{L}])[a-z]+\s+$/u.test(text.slice(Math.max(0, pStart - 16), pStart))
    && !/\b(?:the|a|an|its|his|her|their|our|this|that|of)\s+$/.test(text.slice(Math.max(0, pStart - 8), pStart))) return false;
  // ("said in Kyiv Sunday Ukraine would ...": a place before the day is the wire's dateless "on")
  if (named && ctx.placeCountry?.(pStart, pStart + p.length) !== undefined) return false;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(Math.max(0, start - 100, text.lastIndexOf('\n', start) + 1), Math.min(lineEnd < 0 ? text.length : lineEnd, end + 100));
  return /(?:^|[^\p{L}])[a-z]{4,}(?![\p{L}])/u.test(line);
}

/**
 * Midnight as the END of the day named, 24:00, which is 00:00 of the next day. chrono reads "midnight on
 * Sunday" as 00:00 on Sunday, the night between Saturday and Sunday; news writes "until midnight on
 * Sunday" of a truce or curfew that runs through Sunday, so a midnight that ends something (role
 * 'until': "until/till/through midnight ...", or the end of a from ... to window, see finder.ts) is the
 * end of its day, as is any midnight the words tie to that day's night ("midnight on Sunday night"). A
 * midnight after a verb of ending ("expires/ended/runs out at midnight on Sunday") is the same end. A
 * midnight that starts something ("from/at midnight on Sunday") keeps chrono's reading. Only the word
 * "midnight": "until 0000 GMT on Monday" is that instant as written.
 */
function endsDay(lower: string, clock: Clock, role: Role | undefined, after: string, before: string): boolean {
  if (clock.hour !== 0 || clock.minute !== 0 || !lower.includes('midnight')) return false;
  return role === 'until' || /^\s+night\b/i.test(after) || ENDING_VERB.test(before);
}

/** "the truce expires at midnight on Sunday", "ended at midnight", "runs out at midnight": a verb of ending right before the midnight. */
const ENDING_VERB = /\b(?:expir(?:e|es|ed|ing)|end(?:s|ed|ing)?|run(?:s|ning)?\s+out|ran\s+out|laps(?:e|es|ed|ing))\s+(?:at\s+)?$/i;

/**
 * Resolves one chrono match found in a sentence starting at `offset`. Returns null for non-times. `given`
 * is a role the caller knows from the words around the match (the end of a from ... to window), used when
 * the words just before give none.
 */
export function resolveMatch(r: ParsedResult, offset: number, ctx: StoryContext, sentenceCountry?: string, given?: Role): TimeExpr | null {
  const phrase = phraseOf(r.text) ?? clauseEndPhrase(r, offset, ctx);
  if (phrase === null) return null;
  const { skip, rest, lower } = phrase;
  let start = offset + r.index + skip;
  let end = start + rest.length;
  const before = ctx.text.slice(Math.max(0, offset + r.index - 60), start);
  if (phrase.pastDays !== null && lastIsVerb(phrase, before)) return null;
  if (CALENDAR_NAME.test(rest) && inName(ctx, start, end)) return null;
  const clock = clockOf(r, lower);
  // (the end of a from ... to window follows its start, `fitWindows` in finder.ts: not read on its own)
  const part = datePart(r, phrase, before, start, ctx, clock !== null, given === 'until');
  if (!part) return null;

  let partOfDay: PartOfDay | undefined = clock ? undefined : phrase.partOfDay;
  const qual = clock || part.precision !== 'day' ? null : qualifierBefore(ctx.text.slice(Math.max(0, start - 32), start));
  if (qual) {
    start -= qual.length;
    partOfDay = qual.partOfDay;
  }
  if (qual?.partOfDay === 'night' && INTO_WEEKDAY.test(ctx.text.slice(end, end + 24))) {
    // "overnight Friday into Saturday": the night of the first day; the second is its end, no time of its own
    end += INTO_WEEKDAY.exec(ctx.text.slice(end, end + 24))![0].length;
  } else if (!qual && !clock && !partOfDay && part.precision === 'day' && !part.range) {
    // "on Saturday at dawn": the turn of the day after the day is its part
    const turn = DAYBREAK_AFTER.exec(ctx.text.slice(end, end + 32));
    if (turn) {
      end += turn[0].length;
      partOfDay = partOfDayIn(turn[1]!.toLowerCase());
    }
  }
  const expr: TimeExpr = { start, end, text: '', precision: part.precision, inferred: part.inferred };
  if (part.date) expr.date = part.date;
  if (part.range) expr.range = part.range;

  const role = roleBefore(ctx.text.slice(Math.max(0, offset + r.index - 48), offset + r.index) + r.text.slice(0, skip)) ?? given;
  if (clock && part.date && !part.range) {
    const stated = statedZone(ctx.text, start, end, ctx.zones);
    if (stated) expr.end = end = stated.end;
    expr.precision = clock.minuteWritten ? 'minute' : 'hour';
    const endOfDay = endsDay(lower, clock, role, ctx.text.slice(end, end + 8), before);
    const day = endOfDay ? addDays(part.date, 1) : part.date;
    if (endOfDay) expr.date = day;
    // ("local time" names no zone: a bracketed "(0200 GMT)" after it still fixes the instant)
    const z = zoneFor(ctx, stated, day, sentenceCountry);
    const facts: ClockFacts = {
      hour: clock.hour, minute: clock.minute, zoneStated: stated !== null && !stated.local, dayStated: !part.undated, zoneInferred: z?.inferred ?? false,
    };
    if (endOfDay) facts.endOfDay = true;
    clockFacts.set(expr, facts);
    if (z) {
      expr.zone = z.applied.zone;
      expr.offsetMinutes = z.applied.offsetMinutes;
      expr.utc = toUtc(day, clock.hour, clock.minute, z.applied.offsetMinutes);
      if (z.inferred) expr.inferred = true;
    }

  } else if (partOfDay && part.precision === 'day' && !part.range) {
    expr.precision = 'part-of-day';
    expr.partOfDay = partOfDay;
  }
  expr.text = ctx.text.slice(expr.start, expr.end);
  if (role && !(role === 'effective' && part.range)) expr.role = role;
  if (part.anchors && part.date) ctx.lastDate = part.date;
  return expr;
}
