/** Finds a zone stated inside or right after a time expression: "IST", "(GMT)", "India time", "local time", "GMT+5". */
import type { ZoneEntry, ZoneTable } from './zones.js';

export interface StatedZone {
  /** End of the text the zone extends the expression to (absolute offset). */
  end: number;
  entry?: ZoneEntry;
  /** The stated form picks a fixed offset (abbreviation or "… Standard Time"), not the local season. */
  fixed: boolean;
  /** "local time": the zone of the place the story is about. */
  local?: boolean;
  /** "local time in India": the place named, whose zone the local time is (absolute offsets, its name). */
  place?: { start: number; end: number; name: string };
  /** "GMT+5", "UTC+05:30": an explicit offset. */
  offsetMinutes?: number;
  /** The abbreviation or name as written. */
  written: string;
}

const FIXED_NAME = /(?:standard|mean|daylight|summer|universal) time$/i;

function isUpper(c: number): boolean { return c >= 65 && c <= 90; }
function isLetter(c: number): boolean { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

/** Upper-case word at `i` (1–5 letters, not followed by a letter), or null. */
function upperWord(text: string, i: number): string | null {
  let j = i;
  while (j < text.length && isUpper(text.charCodeAt(j))) j++;
  if (j === i || j - i > 5 || (j < text.length && isLetter(text.charCodeAt(j)))) return null;
  return text.slice(i, j);
}

const OFFSET = /^(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d\d))?/;

/** Matches a zone phrase starting at `i`. */
function zoneAt(text: string, i: number, table: ZoneTable): Omit<StatedZone, 'end'> & { length: number } | null {
  const head = text.slice(i, i + 64);
  const off = OFFSET.exec(head);
  if (off) {
    const minutes = Number(off[2]) * 60 + Number(off[3] ?? 0);
    return { length: off[0].length, fixed: true, offsetMinutes: off[1] === '+' ? minutes : -minutes, written: off[0] };
  }
  if (/^local time\b/i.test(head)) return { length: 10, fixed: false, local: true, written: head.slice(0, 10) };
  // names, longest first ("Pakistan Standard Time" before "Pakistan time")
  const words = /^[A-Za-z]+(?: [A-Za-z]+){0,4}/.exec(head);
  if (words) {
    const parts = words[0].split(' ');
    for (let n = Math.min(parts.length, table.maxNameWords); n >= 2; n--) {
      const phrase = parts.slice(0, n).join(' ');
      const entry = table.byName.get(phrase.toLowerCase());
      if (entry && isUpper(phrase.charCodeAt(0))) return { length: phrase.length, entry, fixed: FIXED_NAME.test(phrase), written: phrase };
    }
  }
  const abbr = upperWord(text, i);
  if (abbr !== null && table.byAbbr.has(abbr)) return { length: abbr.length, fixed: true, written: abbr };
  return null;
}

/**
 * A zone written inside [start, end) (chrono sometimes swallows "IST") or right after `end`
 * ("5 pm India time", "5 pm (IST)"). Returns null when none is stated.
 */
export function statedZone(text: string, start: number, end: number, table: ZoneTable): StatedZone | null {
  // inside: an upper-case abbreviation word
  for (let i = start; i < end; i++) {
    if (isUpper(text.charCodeAt(i)) && (i === start || !isLetter(text.charCodeAt(i - 1)))) {
      const z = zoneAt(text, i, table);
      if (z && z.entry === undefined && z.local === undefined) return { ...z, end: Math.max(end, i + z.length) };
    }
  }
  let p = end;
  while (p < text.length && text.charCodeAt(p) === 32) p++;
  const paren = text.charCodeAt(p) === 40;
  if (paren) p++;
  const z = zoneAt(text, p, table);
  if (!z) return null;
  let e = p + z.length;
  if (paren) {
    if (text.charCodeAt(e) !== 41) return null;
    e++;
  }
  if (z.local && !paren) {
    const place = placeAfterLocal(text, e);
    if (place) return { ...z, end: place.end, place };
  }
  return { ...z, end: e };
}

/**
 * "5 p.m. local time in India", "midnight local time in the Gaza Strip": the place whose local time it
 * is, capitalised words after "in" (the expression runs on over them, so a bracket or a day after
 * still joins it: "local time in India (1130 GMT)", "local time in Gaza on Friday"); a weekday or month
 * name ends them ("local time in Kyiv Monday").
 */
const CALENDAR_WORD = "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)";
const LOCAL_IN = new RegExp(`^\\s+in\\s+(?:the\\s+)?(${CALENDAR_WORD}[A-Z][\\p{L}'’-]*(?:\\s+${CALENDAR_WORD}[A-Z][\\p{L}'’-]*){0,3})`, 'u');

function placeAfterLocal(text: string, at: number): { start: number; end: number; name: string } | null {
  const m = LOCAL_IN.exec(text.slice(at, at + 64));
  if (!m) return null;
  const name = m[1]!;
  const end = at + m[0].length;
  return { start: end - name.length, end, name };
}
