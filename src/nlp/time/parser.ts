/**
 * The configured chrono-node instance: English casual parsers plus news-specific parsers for
 * military/24-hour times followed by a zone ("1700 IST", "0300 GMT") and bare years after a
 * preposition ("in 2022", "since 1947").
 */
import * as chrono from 'chrono-node';

let instance: chrono.Chrono | null = null;
let gated: GatedParser | null = null;

/**
 * 4-digit 24-hour time followed by a zone abbreviation or "hours/hrs"; or by "local time", "Kyiv time",
 * taken in (longer than chrono's "at 1300", which it drops; the resolver gives the words back to the zone).
 */
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h)\b|(?=\s*\(?\s*(?:[A-Z]{1,4}T|UTC|GMT|Z)\b)|\s+(?:local|[A-Z][a-z]+)\s+time\b)/;

/** A year after a preposition, not part of a larger number. */
const YEAR = /\b(?:in|since|by|until|till|before|after|during|from|through|throughout|early|late|mid|mid-)\s+((?:19|20)\d\d)\b(?![.,:]\d|\s*(?:people|troops|soldiers|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|dollars|rupees|men|women|children|%))/i;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "to 7", "-7", "/7", "into 7": the second day of a night told as two ("the night of May 6-7"). */
const SECOND_DAY = '(?:\\s*[-–/]\\s*|\\s+(?:to|into)\\s+)\\d{1,2}';
/**
 * "the night of May 6-7", "the morning of October 7", "the evening of 7 October 2023", "the night of
 * Saturday to Sunday", "in the night from Saturday to Sunday": a part of a day named after "of" (chrono
 * reads the part of day and loses the day). The first day named, the part of day read by the resolver.
 */
const PART_OF = new RegExp(`\\b(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight) (?:of|from) (?:(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:${SECOND_DAY})?(?:,?\\s+((?:19|20)\\d\\d))?|(\\d{1,2})(?:st|nd|rd|th)?(?:${SECOND_DAY})? (${MONTH_NAMES})(?:,?\\s+((?:19|20)\\d\\d))?|(${WEEKDAY_NAMES})(?:\\s+(?:to|into)\\s+(?:${WEEKDAY_NAMES}))?)\\b`);
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAY_NUMBERS: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };

function partOfDate(m: RegExpMatchArray): Record<string, number> {
  if (m[7] !== undefined) return { weekday: WEEKDAY_NUMBERS[m[7]]! };
  const out: Record<string, number> = { month: MONTHS[(m[1] ?? m[5])!.slice(0, 3).toLowerCase()]!, day: Number(m[2] ?? m[4]) };
  const year = m[3] ?? m[6];
  if (year !== undefined) out.year = Number(year);
  return out;
}

/**
 * "early May", "until May", "mid-May": chrono keeps a bare "May" only after "in" (the modal otherwise);
 * capitalised after these words it is the month. The word stays in the match (chrono's filter drops a
 * match that is "May" alone); the resolver strips the prepositions and reads the month.
 */
const MAY = /\b(?:(?:early|late|mid|since|until|till|by|through|throughout|during|before|after|from)\s+|mid-)May\b(?![-‐]\w|\s*\d)/;

/**
 * "at dawn", "before daybreak", "at dusk", "by nightfall": a part of the story's day (the day after it,
 * "at dawn on Sunday", is read by the resolver's qualifier; a day before it, "on Sunday at dawn", takes it).
 */
const DAYBREAK = new RegExp(`(?<!\\b(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\\d{1,2}(?:st|nd|rd|th)?)\\.?,?\\s+)` + /\b(?:[Aa]t|[Bb]efore|[Aa]fter|[Aa]round|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince)\s+(?:dawn|daybreak|sunrise|dusk|nightfall|sunset|sundown)\b/.source
  + `(?!\\s*,?\\s*(?:on\\s+|of\\s+)?(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\\d|the\\s+\\d))`);

/**
 * Days told from the story's last date that chrono misses: "the previous day", "the same day", "later
 * that day", "the following morning", "hours later", "the night before" (ending a clause). The match is
 * the reference day moved as much; the resolver moves the story's last date by the same number of days.
 */
const STORY_DAY = /\b(?:(?:later|earlier)\s+)?(?:the\s+(previous|following|next|same)|that)\s+(?:day|morning|afternoon|evening|night)\b(?!-)|\b(?:hours|minutes|moments)\s+(?:later|earlier|afterwards)\b|\bthe\s+night\s+(before)(?=\s*(?:[.,;:!?)]|$))/i;
const STORY_DAY_DELTA: Record<string, number> = { previous: -1, following: 1, next: 1, same: 0, before: -1 };

/**
 * "Drones struck overnight": the night before the reference day. An adjective after a determiner ("an
 * overnight curfew") is no time; before a day ("overnight on Saturday") the day carries it.
 */
const OVERNIGHT = /(?<!\b(?:an?|the|its|their|this|that)\s+)\bovernight\b(?!-)(?!\s+(?:(?:on|into|to|of)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

/**
 * Holidays on a fixed day of the Western calendar: "Christmas Day", "Christmas Eve", "New Year's Day",
 * "New Year's Eve", "Boxing Day", "Valentine's Day", "Halloween"; a bare "Christmas" only after a
 * preposition ("on", "at", "by", "until", "since", "during"; the resolver strips it) and ending its phrase or
 * before a part of day ("on Christmas morning", "by Christmas.":
 * not "Christmas Island", "a Christmas market"). The month and day, no year: the resolver picks the year
 * as for "on May 3". Holidays of a moving or lunar date (Easter, Eid, Lunar New Year) are left out: a
 * day only a calendar of their own gives.
 */
const HOLIDAY = /\b(?:(Christmas|New Year['’]s) (Day|Eve)\b|(Boxing|Valentine['’]s) Day\b|(Halloween)\b|(?:on|at|by|until|till|since|during) (Christmas)(?=\s*(?:[.,;:!?)]|$|\s+(?:morning|afternoon|evening)\b)))(?:\s+(?:morning|afternoon|evening)\b)?/;
const HOLIDAY_DAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'boxing day': [12, 26], "valentine's day": [2, 14], halloween: [10, 31], christmas: [12, 25],
};

function holidayDay(m: RegExpMatchArray): { month: number; day: number } {
  const name = (m[1] ? `${m[1]} ${m[2]}` : m[3] ? `${m[3]} day` : m[4] ?? m[5] ?? '').toLowerCase().replace('’', "'");
  const [month, day] = HOLIDAY_DAYS[name] ?? [12, 25];
  return { month, day };
}

/**
 * "on the 25th", "by the 3rd": a day of a month left unsaid, ending its phrase (not "the 25th
 * anniversary", "the 3rd Division", "the 25th of May", which chrono reads). The day alone is known: the
 * resolver takes the report's month, or the one before or after.
 */
const ORDINAL_DAY = /\b(?:on|by|until|till|since|from)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$|\s+(?:and|when|as|at|morning|afternoon|evening|night)\b))/;

/**
 * Seasons: "last summer", "this spring", "next winter", "the past autumn", "(the) summer (of) 2023". The
 * resolver makes their span of months from the words (see `seasonSpan`); the match only needs a month.
 */
const SEASON = /\b(?:(?:last|this|next|past|coming)\s+(?:spring|summer|autumn|fall|winter)|(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d)\b/i;

/** The year putting the first of `month` nearest to `ref` (as chrono's month parser implies it). */
function closestYear(ref: Date, month: number): number {
  const y = ref.getUTCFullYear();
  let best = y;
  for (const c of [y - 1, y + 1]) if (Math.abs(Date.UTC(c, month - 1, 1) - ref.getTime()) < Math.abs(Date.UTC(best, month - 1, 1) - ref.getTime())) best = c;
  return best;
}

/** The reference day moved by `delta` days, as chrono components (year, month and day: all certain). */
function refDay(ctx: chrono.ParsingContext, delta: number): { year: number; month: number; day: number } {
  const d = new Date(ctx.reference.instant.getTime() + delta * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The full configured chrono instance (every parser runs on every text). */
export function timeParser(): chrono.Chrono {
  if (instance !== null) return instance;
  const c = chrono.en.casual.clone();
  c.parsers.push(withGate(DIGIT, {
    pattern: () => MILITARY,
    extract: (_ctx, m) => ({ hour: Number(m[1]), minute: Number(m[2]) }),
  }));
  c.parsers.push(withGate(DIGIT | WEEKDAY, { pattern: () => PART_OF, extract: (_ctx, m) => partOfDate(m) }));
  c.parsers.push(withGate(MONTH, { pattern: () => MAY, extract: (ctx) => ctx.createParsingComponents({ month: 5 }).imply('year', closestYear(ctx.reference.instant, 5)) }));
  c.parsers.push(withGate(DAYBREAK_WORDS, { pattern: () => DAYBREAK, extract: (ctx) => ctx.createParsingComponents() }));
  c.parsers.push(withGate(STORY, {
    pattern: () => STORY_DAY,
    extract: (ctx, m) => refDay(ctx, STORY_DAY_DELTA[(m[1] ?? m[2] ?? 'same').toLowerCase()] ?? 0),
  }));
  c.parsers.push(withGate(OVER, {
    pattern: () => OVERNIGHT,
    extract: (ctx) => refDay(ctx, -1),
  }));
  c.parsers.push(withGate(HOLIDAYS, { pattern: () => HOLIDAY, extract: (_ctx, m) => holidayDay(m) }));
  c.parsers.push(withGate(DIGIT, { pattern: () => ORDINAL_DAY, extract: (_ctx, m) => ({ day: Number(m[1]) }) }));
  c.parsers.push(withGate(SEASONS, { pattern: () => SEASON, extract: (ctx) => ({ month: ctx.reference.instant.getUTCMonth() + 1 }) }));
  c.parsers.push(withGate(DIGIT, {
    pattern: () => YEAR,
    // the preposition stays in the match (chrono drops bare-number results); the resolver strips it
    extract: (_ctx, m) => ({ year: Number(m[1]) }),
  }));
  instance = c;
  return c;
}

/*
 * Parser gating. chrono runs every parser's regex over the whole text, and most windows can match only
 * two or three of the ~20 parsers. Each parser below is given a NECESSARY condition: a set of features
 * of which the text must show at least one for the parser's pattern to be able to match (read off the
 * pattern itself: e.g. every alternative of the month-name parsers contains a 3-letter month prefix,
 * the "ago" parser needs "ago", "before" or "earlier"). A parser whose condition fails would return no
 * result, so skipping it leaves chrono's result list, and therefore every refiner's output, unchanged.
 * A parser not listed here (another chrono version) always runs. gate.test.ts checks the conditions
 * against the full parser on our test sentences.
 */
const GATE = Symbol('gate');
const DIGIT = 1;
const MONTH = 2; // jan feb mar apr may jun jul aug sep oct nov dec
const WEEKDAY = 4; // sun mon tue wed thu fri sat week(end|day)
const AGO = 8; // ago before earlier
const LATER = 16; // later after "from now" henceforth forward out
const RELATIVE = 32; // this last past next after + -
const RELDATE = 64; // this last past next
const CASUAL_DATE = 128; // now today tonight tomorrow overmorrow tmr yesterday "last night"
const CASUAL_TIME = 256; // morning afternoon evening night midnight midday noon
const MONTH_WORD = 512; // "end of (the) month", "last day of the month"
const IN_FOR = 1024; // within in for
const STORY = 2048; // day morning evening night noon hours minutes moments (the story-day parser)
const OVER = 4096; // overnight
const HOLIDAYS = 8192; // christmas year (New Year's) boxing valentine halloween
const SEASONS = 16384; // spring summer autumn fall winter
const DAYBREAK_WORDS = 32768; // dawn daybreak sunrise dusk nightfall sunset sundown
const ALWAYS = -1;

/** Necessary feature set (any of) per chrono parser, by class name. */
const CHRONO_GATES: Record<string, number> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENTimeUnitWithinFormatParser: IN_FOR,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: WEEKDAY,
  ENTimeUnitAgoFormatParser: AGO,
  ENTimeUnitLaterFormatParser: LATER,
  ENCasualDateParser: CASUAL_DATE,
  ENCasualTimeParser: CASUAL_TIME,
  ENEndOfCurrentMonthParser: MONTH_WORD,
  ENRelativeDateFormatParser: RELDATE,
  ENTimeUnitCasualRelativeFormatParser: RELATIVE,
};

const FEATURE_WORDS: Array<[string, number]> = [
  ['jan', MONTH], ['feb', MONTH], ['mar', MONTH], ['apr', MONTH], ['may', MONTH], ['jun', MONTH],
  ['jul', MONTH], ['aug', MONTH], ['sep', MONTH], ['oct', MONTH], ['nov', MONTH], ['dec', MONTH],
  ['sun', WEEKDAY], ['mon', WEEKDAY], ['tue', WEEKDAY], ['wed', WEEKDAY], ['thu', WEEKDAY], ['fri', WEEKDAY],
  ['sat', WEEKDAY], ['week', WEEKDAY],
  ['ago', AGO], ['before', AGO], ['earlier', AGO],
  ['now', CASUAL_DATE], ['today', CASUAL_DATE], ['night', CASUAL_DATE | CASUAL_TIME], ['morrow', CASUAL_DATE],
  ['tmr', CASUAL_DATE], ['yesterday', CASUAL_DATE],
  ['morning', CASUAL_TIME], ['noon', CASUAL_TIME], ['evening', CASUAL_TIME], ['midday', CASUAL_TIME],
  ['month', MONTH_WORD], ['day', STORY], ['morning', STORY], ['evening', STORY], ['night', STORY], ['noon', STORY],
  ['hours', STORY], ['minutes', STORY], ['moments', STORY], ['overnight', OVER],
  ['christmas', HOLIDAYS], ['year', HOLIDAYS], ['boxing', HOLIDAYS], ['valentine', HOLIDAYS], ['halloween', HOLIDAYS],
  ['spring', SEASONS], ['summer', SEASONS], ['autumn', SEASONS], ['fall', SEASONS], ['winter', SEASONS],
  ['dawn', DAYBREAK_WORDS], ['daybreak', DAYBREAK_WORDS], ['sunrise', DAYBREAK_WORDS], ['dusk', DAYBREAK_WORDS],
  ['nightfall', DAYBREAK_WORDS], ['sunset', DAYBREAK_WORDS], ['sundown', DAYBREAK_WORDS],
];
// RELATIVE, RELDATE and IN_FOR are found at word starts (see wordStartFeatures), LATER by laterCanMatch

/** The "later" parser's keywords: its pattern is a duration, `\s{0,5}`, then one of these. */
const LATER_WORDS = ['later', 'after', 'from now', 'henceforth', 'forward', 'out'];
/** chrono's time units (TIME_UNIT_DICTIONARY keys): a duration ends with one of them. */
const UNIT_WORDS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters',
  'y', 'yr', 'year', 'years'];

/**
 * LATER's condition: some keyword of the "later" parser has, before it and at most five `\s` away, the
 * end of a time unit ("two days after" yes, "the talks after" yes, "the dispute after" no: a necessary
 * condition, chrono decides). `lower` is the lower-cased text.
 */
function laterCanMatch(lower: string): boolean {
  for (const kw of LATER_WORDS) {
    for (let at = lower.indexOf(kw); at >= 0; at = lower.indexOf(kw, at + 1)) {
      let end = at;
      while (end > 0 && at - end < 5 && isJsSpace(lower.charCodeAt(end - 1))) end--;
      if (end > 0 && isJsSpace(lower.charCodeAt(end - 1))) continue; // more than five spaces
      for (const u of UNIT_WORDS) if (end >= u.length && lower.startsWith(u, end - u.length)) return true;
    }
  }
  return false;
}

/** Bit set of the letters a-z in `w`. */
function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
  }
  return m;
}

/** Letters of which one occurs in every keyword of LATER_WORDS (t: later after henceforth out; w: from now, forward). */
const LATER_LETTERS = (1 << (116 - 97)) | (1 << (119 - 97));

/** FEATURE_WORDS with their letters. */
const KEYWORDS = FEATURE_WORDS.map(([w, bits]) => ({ w, bits, letters: letterMask(w) }));

/** JavaScript's `\s`. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Does `text` hold `w` (lower-case ASCII) at `at`, ignoring ASCII case? */
function wordAt(text: string, at: number, w: string): boolean {
  if (at + w.length > text.length) return false;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(at + k);
    const l = c >= 65 && c <= 90 ? c + 32 : c;
    if (l !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** The first character at or after `at` that is not `\s`, lower-cased if ASCII (NaN past the end). */
function nextNonSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * What can open a duration (chrono's TIME_UNITS): a digit or the first letter of one..twelve, half,
 * a/an, few, several, the, couple, about, around. The "within" parser also allows roughly,
 * approximately and just before it.
 */
const NUMBER_START = new Set('0123456789otfsenhac'.split('').map((ch) => ch.charCodeAt(0)));
const WITHIN_START = new Set([...NUMBER_START, 'r'.charCodeAt(0), 'j'.charCodeAt(0)]);
/** First letters of chrono's time units (quarter, second/sec/s, minute/min/mon/mo/m, hour/hr/h, week/w, year/yr/y, day/d). */
const UNIT_START = new Set('qsmhwyd'.split('').map((ch) => ch.charCodeAt(0)));

/**
 * Features of keywords that chrono's patterns put right after their `(\W|^)` boundary, so only at a
 * word start (`at` is one): "in/for/within" + a duration (IN_FOR), "this/last/past/next/after" or a
 * `+`/`-` + a duration (RELATIVE), "this/last/past/next" or "after this" + a time unit (RELDATE).
 */
function wordStartFeatures(text: string, at: number, l: number): number {
  let f = 0;
  if (l === 105 /* i */ || l === 102 /* f */ || l === 119 /* w */) {
    const w = l === 105 ? 'in' : l === 102 ? 'for' : 'within';
    if (wordAt(text, at, w) && WITHIN_START.has(nextNonSpace(text, at + w.length))) f |= IN_FOR;
  } else if (l === 116 /* t */ || l === 108 /* l */ || l === 112 /* p */ || l === 110 /* n */) {
    const w = l === 116 ? 'this' : l === 108 ? 'last' : l === 112 ? 'past' : 'next';
    if (wordAt(text, at, w)) {
      const next = nextNonSpace(text, at + 4);
      if (NUMBER_START.has(next)) f |= RELATIVE;
      if (UNIT_START.has(next)) f |= RELDATE;
    }
  } else if (l === 97 /* a */) {
    if (wordAt(text, at, 'after')) {
      let i = at + 5;
      if (NUMBER_START.has(nextNonSpace(text, i))) f |= RELATIVE;
      while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
      if (wordAt(text, i, 'this') && UNIT_START.has(nextNonSpace(text, i + 4))) f |= RELDATE;
    }
  }
  return f;
}

/**
 * The features a text shows (see the gates above). The patterns are ASCII and case-insensitive without
 * the `u` flag, so only ASCII letters can match them: one pass notes digits, + and -, and which ASCII
 * letters occur (either case); a keyword is searched for (in the lower-cased text) only when all its
 * letters occur.
 */
export function textFeatures(text: string): number {
  let f = 0;
  let letters = 0;
  let prevWord = false; // the previous character is \w: no pattern boundary (\W|^) before this one
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = c | 32; // A-Z → a-z; only A-Z and a-z land in a-z
    if (l >= 97 && l <= 122) {
      letters |= 1 << (l - 97);
      if (!prevWord) f |= wordStartFeatures(text, i, l);
      prevWord = true;
      continue;
    }
    if (c >= 48 && c <= 57) f |= DIGIT;
    else if ((c === 43 || c === 45) && !prevWord && NUMBER_START.has(nextNonSpace(text, i + 1))) f |= RELATIVE;
    prevWord = c === 95 || (c >= 48 && c <= 57);
  }
  let lower: string | null = null;
  for (const k of KEYWORDS) {
    if ((f & k.bits) === k.bits || (letters & k.letters) !== k.letters) continue;
    if (lower === null) lower = text.toLowerCase();
    if (lower.includes(k.w)) f |= k.bits;
  }
  if ((letters & LATER_LETTERS) !== 0 && laterCanMatch(lower ?? text.toLowerCase())) f |= LATER;
  return f;
}

/** Number of feature bits: textFeatures(...) < 1 << FEATURE_BITS. */
const FEATURE_BITS = 16;

interface GatedParser {
  chrono: chrono.Chrono;
  gates: number[];
  /** feature set → a chrono instance with only the parsers that can run (refiners shared), null when none can */
  byFeatures: Array<chrono.Chrono | null | undefined>;
}

/** Marks one of our own parsers with its necessary condition. */
function withGate(gate: number, p: chrono.Parser): chrono.Parser {
  (p as { [GATE]?: number })[GATE] = gate;
  return p;
}

function gateOf(p: chrono.Parser): number {
  const own = (p as { [GATE]?: number })[GATE];
  if (own !== undefined) return own;
  return CHRONO_GATES[p.constructor.name] ?? ALWAYS;
}

/** Names of configured parsers that have no gate (they always run); empty for the chrono version we use. */
export function ungatedParsers(): string[] {
  return timeParser().parsers.filter((p) => gateOf(p) === ALWAYS).map((p) => p.constructor.name);
}

/**
 * Parses `text` like `timeParser().parse(text, ref, option)` would, running only the parsers whose
 * necessary condition the text meets (identical results, see above).
 */
export function parseTimes(text: string, ref: chrono.ParsingReference, option: chrono.ParsingOption): chrono.ParsedResult[] {
  if (gated === null) {
    const c = timeParser();
    gated = { chrono: c, gates: c.parsers.map(gateOf), byFeatures: new Array<chrono.Chrono | null | undefined>(1 << FEATURE_BITS) };
  }
  let f = textFeatures(text);
  // with forwardDate, the "within" parser also takes a bare duration ("2 days"): no "in"/"for" needed
  if (option.forwardDate) f |= IN_FOR;
  let c = gated.byFeatures[f];
  if (c === undefined) {
    const gates = gated.gates;
    const parsers = gated.chrono.parsers.filter((_p, i) => (gates[i]! & f) !== 0);
    // no parser can match: chrono would return no result (refiners only filter, merge and annotate results)
    c = parsers.length === 0 ? null : new chrono.Chrono({ parsers, refiners: gated.chrono.refiners });
    gated.byFeatures[f] = c;
  }
  return c === null ? [] : c.parse(text, ref, option);
}
