/**
 * The time-expression component. Runs chrono-node (see parser.ts) only on sentences that contain a
 * time word, resolves matches in story order (resolve.ts), then merges "5pm (1130 GMT)" pairs.
 */
import type { AnnotatedDoc, Sentence, TimeExpr, Token } from '../../domain/types.js';
import type { Component } from '../pipeline.js';
import { timeParser } from './parser.js';
import { clockFacts, resolveMatch, type StoryContext } from './resolve.js';
import { defaultZones, formatOffset, type ZoneTable } from './zones.js';
import { parseIso } from './calendar.js';


/** Calendar names: triggers only when capitalised ("May", not the modal "may"). */
const CALENDAR = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY',
]);

/** Other words that may carry or anchor a time expression (lower-cased). */
const TRIGGERS = new Set([
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight',
  'week', 'weekend', 'month', 'ago', 'later', 'earlier', 'day', 'days', 'weeks', 'months',
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'hrs', 'hours', 'dawn',
]);

/** Tokens on either side of a trigger that chrono gets to see ("the early hours of Wednesday", "5 pm IST on 10 May 2025"). */
const WINDOW = 6;

function isTrigger(t: Token, zones: ZoneTable): boolean {
  if (t.type === 'time' || t.type === 'date' || t.type === 'ordinal') return true;
  if (t.type === 'number') return t.text.length === 4 || t.text.includes(':');
  if (CALENDAR.has(t.text)) return true;
  if (TRIGGERS.has(t.lower)) return true;
  return t.text.length <= 5 && zones.byAbbr.has(t.text);
}

/**
 * Character windows of a sentence worth parsing: WINDOW tokens around each trigger, merged.
 * Chrono's cost grows with the text it scans, so it never sees sentences or stretches without a time word.
 */
function windows(tokens: Token[], s: Sentence, zones: ZoneTable): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let curFrom = -1;
  let curTo = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!isTrigger(tokens[i]!, zones)) continue;
    const from = Math.max(s.tokenStart, i - WINDOW);
    const to = Math.min(s.tokenEnd, i + WINDOW + 1);
    if (curTo >= from) curTo = Math.max(curTo, to);
    else {
      if (curFrom >= 0) out.push([tokens[curFrom]!.start, tokens[curTo - 1]!.end]);
      curFrom = from;
      curTo = to;
    }
  }
  if (curFrom >= 0) out.push([tokens[curFrom]!.start, tokens[curTo - 1]!.end]);
  return out;
}

/** Country of the first place mentioned in the sentence, if places ran before. */
function sentenceCountry(doc: AnnotatedDoc, s: Sentence): string | undefined {
  for (const p of doc.places) if (p.start >= s.start && p.end <= s.end) return p.place.country;
  return undefined;
}

/** "5pm (1130 GMT)": a zoneless clock followed by a zoned clock in brackets is one expression. */
function mergeParenthetical(text: string, times: TimeExpr[]): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    const fa = clockFacts.get(a);
    const fb = b ? clockFacts.get(b) : undefined;
    if (b && fa && fb && !fa.zoneStated && fb.zoneStated && b.utc !== undefined && /^\s*\($/.test(text.slice(a.end, b.start))) {
      const close = text.indexOf(')', b.start);
      const hm = Number(b.utc.slice(11, 13)) * 60 + Number(b.utc.slice(14, 16));
      let offset = fa.hour * 60 + fa.minute - hm;
      if (offset > 840) offset -= 1440;
      if (offset < -720) offset += 1440;
      const merged: TimeExpr = { ...b, start: a.start, text: '', offsetMinutes: offset, zone: formatOffset(offset) };
      if (close >= 0 && close < b.end) {
        // chrono ran on past the bracket ("1130 GMT) on Saturday"): the day words belong to the whole
      } else if (text.charCodeAt(b.end) === 41) merged.end = b.end + 1;
      merged.text = text.slice(merged.start, merged.end);
      if (a.role) merged.role = a.role;
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

export function findTimes(doc: AnnotatedDoc, zones: ZoneTable): TimeExpr[] {
  const parser = timeParser();
  const ref = doc.published.slice(0, 10);
  const instant = new Date(parseIso(ref) + 12 * 3_600_000);
  const ctx: StoryContext = { text: doc.text, ref, countries: doc.countries, zones, lastDate: null };
  const times: TimeExpr[] = [];
  for (const s of doc.sentences) {
    const wins = windows(doc.tokens, s, zones);
    if (wins.length === 0) continue;
    const country = sentenceCountry(doc, s);
    for (const [from, to] of wins) {
      const results = parser.parse(doc.text.slice(from, to), { instant, timezone: 0 }, { forwardDate: false });
      for (const r of results) {
        const t = resolveMatch(r, from, ctx, country);
        if (t) times.push(t);
      }
    }
  }
  return mergeParenthetical(doc.text, times);
}

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
