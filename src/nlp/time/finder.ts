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


const TRIGGERS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midnight',
  'week', 'weekend', 'month', 'year', 'ago', 'later', 'earlier', 'day', 'days', 'weeks', 'months', 'years',
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'hrs', 'hours', 'dawn',
]);

/** Whether a sentence may hold a time expression (cheap token test before running chrono). */
function mayHoldTime(tokens: Token[], s: Sentence, zones: ZoneTable): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.type === 'time' || t.type === 'date' || t.type === 'ordinal') return true;
    if (t.type === 'number' && t.text.length === 4) return true;
    if (TRIGGERS.has(t.lower)) return true;
    if (t.text.length <= 5 && zones.byAbbr.has(t.text)) return true;
  }
  return false;
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
    if (!mayHoldTime(doc.tokens, s, zones)) continue;
    const results = parser.parse(doc.text.slice(s.start, s.end), { instant, timezone: 0 }, { forwardDate: false });
    const country = sentenceCountry(doc, s);
    for (const r of results) {
      const t = resolveMatch(r, s.start, ctx, country);
      if (t) times.push(t);
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
