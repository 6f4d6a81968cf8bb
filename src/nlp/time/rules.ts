/** Word-level rules of English news time expressions: roles, parts of day, deixis. Pure functions. */
import type { PartOfDay, TimeExpr } from '../../domain/types.js';

type Role = NonNullable<TimeExpr['role']>;

const ROLE_RULES: Array<[RegExp, Role]> = [
  [/\b(?:effective|with effect)(?:\s+(?:from|at|on|as of))?\s*$/, 'effective'],
  [/\b(?:comes?|came|coming) into (?:force|effect)(?:\s+(?:at|from|on|as of))?\s*$/, 'effective'],
  [/\b(?:takes?|took|taking|taken) effect(?:\s+(?:at|from|on|as of))?\s*$/, 'effective'],
  [/\b(?:starting|beginning|as of)(?:\s+(?:from|at|on))?\s*$/, 'effective'],
  [/\bfrom(?:\s+(?:at|on))?\s*$/, 'effective'],
  [/\b(?:until|till|til|up to|through)\s*$/, 'until'],
  // "until the end of Sunday": through Sunday (a day-precise 'until' is the end of its day)
  [/\b(?:until|till|til|through|to)\s+the\s+end\s+of\s*$/, 'until'],
  // ("since the spring of 2022", "since early 2023", "since late last year")
  [/\bsince(?:\s+(?:the|early|late|mid))?\s*$/, 'since'],
  [/\b(?:by|deadline(?:\s+of)?|no later than|before the|ultimatum expiring(?:\s+(?:at|on))?)\s*$/, 'deadline'],
];

/** JavaScript's `\s` (what the rule patterns' `\s` matches). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** JavaScript's `\w` without the `u` flag. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The last word of `s` (the run of `\w` characters before trailing whitespace; '' when something else
 * ends it), the word before it when only whitespace separates them (else ''), and whether whitespace
 * trails. Every rule below ends with a keyword preceded by `\b` and followed by `\s*$` or `\s+$`, so it
 * can match only when the last word is one of its final keywords: checked first, without a regex.
 */
function lastWords(s: string): { last: string; prev: string; trailing: boolean } {
  let e = s.length;
  while (e > 0 && isJsSpace(s.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && isWordChar(s.charCodeAt(b - 1))) b--;
  let p = b;
  while (p > 0 && isJsSpace(s.charCodeAt(p - 1))) p--;
  let q = p;
  if (p < b) while (q > 0 && isWordChar(s.charCodeAt(q - 1))) q--;
  return { last: s.slice(b, e), prev: s.slice(q, p), trailing: e < s.length };
}

/** Final keywords of the role rules; "on"/"at" and "of" end a rule only after these words. */
const ROLE_LAST = new Set(['effective', 'effect', 'from', 'at', 'on', 'of', 'force', 'starting', 'beginning', 'until', 'till',
  'til', 'to', 'through', 'since', 'by', 'deadline', 'than', 'the', 'expiring', 'early', 'late', 'mid']);
const ROLE_BEFORE_ON_AT = new Set(['effective', 'effect', 'force', 'starting', 'beginning', 'of', 'from', 'expiring']);
const ROLE_BEFORE_OF = new Set(['as', 'deadline', 'end']);

/** The role given by the words just before an expression ("effective from" → effective). */
export function roleBefore(before: string): Role | undefined {
  const tail = before.slice(-48).toLowerCase();
  const { last, prev } = lastWords(tail);
  if (!ROLE_LAST.has(last)) return undefined;
  if ((last === 'on' || last === 'at') && !ROLE_BEFORE_ON_AT.has(prev)) return undefined;
  if (last === 'of' && !ROLE_BEFORE_OF.has(prev)) return undefined;
  for (const [re, role] of ROLE_RULES) if (re.test(tail)) return role;
  return undefined;
}

const LEADING = /^[,(（\s]*(?:(?:at|on|from|in|by|since|until|till|during|around|about|as of)\s+)*/i;

/** Splits leading prepositions off a chrono match: they belong to the clause, not the time. */
export function stripLeading(text: string): { skip: number; rest: string } {
  const m = LEADING.exec(text);
  if (!m || m[0].length >= text.length) return { skip: 0, rest: text };
  return { skip: m[0].length, rest: text.slice(m[0].length) };
}

/** Words of the day's turns that qualify a day after them ("at dusk on Saturday"). */
const DAYBREAK = ['daybreak', 'sunrise', 'dusk', 'nightfall', 'sunset', 'sundown'];

/** Words before an expression that qualify its part of day ("early hours of", "late on"). */
const QUALIFIERS: Array<[RegExp, PartOfDay]> = [
  [/\bovernight\s+(?:into|to)\s+$/i, 'early-morning'],
  [/\bovernight\s+(?:on\s+)?$/i, 'night'],
  [/\b(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+(?:on\s+)?$/i, 'early-morning'],
  [/\b(?:before\s+)?(?:dawn|daybreak|sunrise)\s+(?:on\s+)?$/i, 'early-morning'],
  [/\b(?:(?:at|by|before|after)\s+)?(?:dusk|nightfall|sunset|sundown)\s+(?:on\s+)?$/i, 'evening'],
  [/\bearly\s+(?:on\s+)?$/i, 'early-morning'],
  [/\blate\s+(?:on\s+)?$/i, 'night'],
  [/\b(?:the\s+)?night\s+of\s+$/i, 'night'],
];

const QUALIFIER_BEFORE_ON = new Set(['of', 'dawn', 'early', 'late', 'overnight', ...DAYBREAK]);

/** A part-of-day qualifier ending right before an expression: its length and part of day. */
export function qualifierBefore(before: string): { length: number; partOfDay: PartOfDay } | null {
  const tail = before.slice(-32);
  // every qualifier ends with "of", "on", "into", "to", "dawn", "early", "late" or "overnight" and whitespace (see lastWords)
  const w = lastWords(tail);
  if (!w.trailing) return null;
  const last = w.last.toLowerCase();
  const prev = w.prev.toLowerCase();
  if (last === 'on') {
    if (!QUALIFIER_BEFORE_ON.has(prev)) return null;
  } else if (last === 'of') {
    if (prev !== 'hours' && prev !== 'night') return null;
  } else if (last === 'into' || last === 'to') {
    if (prev !== 'overnight') return null;
  } else if (last !== 'dawn' && last !== 'early' && last !== 'late' && last !== 'overnight' && !DAYBREAK.includes(last)) {

    return null;
  }
  for (const [re, pod] of QUALIFIERS) {
    const m = re.exec(tail);
    if (m) return { length: m[0].length, partOfDay: pod };
  }
  return null;
}

/** Part of day named inside an expression's own words. */
export function partOfDayIn(lower: string): PartOfDay | undefined {
  if (/\b(?:early hours|dawn|daybreak|sunrise|pre-dawn|early morning)\b/.test(lower)) return 'early-morning';
  if (/\bmorning\b/.test(lower)) return 'morning';
  if (/\b(?:afternoon|midday)\b/.test(lower)) return 'afternoon';
  if (/\b(?:evening|dusk|nightfall|sunset|sundown)\b/.test(lower)) return 'evening';
  if (/\b(?:night|tonight|overnight)\b/.test(lower)) return 'night';
  return undefined;
}

/** Counted from the story's last date rather than the publication date. */
export function isStoryRelative(lower: string): boolean {
  return /\b(?:later|earlier|afterwards?|(?:next|following) (?:day|morning|afternoon|evening|night)|previous (?:day|night|morning|afternoon|evening)|(?:day|night) before|day after|that (?:day|morning|afternoon|evening|night)|same day)\b/.test(lower);
}

/** Deictic to the publication date ("this morning", "tonight", "today", "earlier today"). */
export function isDeictic(lower: string): boolean {
  return /^(?:this (?:morning|afternoon|evening)|tonight|today|now)\b/.test(lower);
}

/** A week range phrase, with which week. */
export function weekPhrase(lower: string): 'last' | 'past' | 'this' | 'next' | null {
  // ("earlier in the week", "later in the week": the week of publication)
  if (/\b(?:earlier|later)\s+in\s+the\s+week\b/.test(lower)) return 'this';
  const m = /\b(last|previous|past|this|next|coming)\s+week\b/.exec(lower);
  if (!m) return null;
  const w = m[1]!;
  return w === 'previous' ? 'last' : w === 'coming' ? 'next' : (w as 'last' | 'past' | 'this' | 'next');
}

/** A month-relative phrase ("last month"). */
export function monthPhrase(lower: string): 'last' | 'this' | 'next' | null {
  const m = /\b(last|previous|this|next)\s+month\b/.exec(lower);
  if (!m) return null;
  return m[1] === 'previous' ? 'last' : (m[1] as 'last' | 'this' | 'next');
}

/**
 * `s` holds "next" or "coming" in any letter case: without, `forwardWeekday` is false. (Words of letters
 * only: text joined from parts by a space holds them exactly when a part does.)
 */
export function hasForwardWord(s: string): boolean {
  return FORWARD_WORDS.test(s);
}

/** `s` holds "last", "previous" or "past" in any letter case: without, `lastWeekday` is false (as `hasForwardWord`). */
export function hasLastWord(s: string): boolean {
  return LAST_WORDS.test(s);
}

/** "next Friday", "this coming Friday": forward-looking weekday. */
export function forwardWeekday(context: string): boolean {
  // the pattern's ASCII words need "next" or "coming" in any letter case (a cheap test first, no lower-cased copy:
  // without the u flag, /i folds ASCII letters only, and no other character lower-cases into these words)
  if (!hasForwardWord(context)) return false;
  return /\b(?:next|coming|upcoming)\s+(?:\w+day)\b/i.test(context);
}

const FORWARD_WORDS = /next|coming/i;
const LAST_WORDS = /last|previous|past/i;

/** "last Friday": strictly before the reference day. */
export function lastWeekday(context: string): boolean {
  if (!hasLastWord(context)) return false;
  return /\b(?:last|previous|past)\s+(?:\w+day)\b/i.test(context);
}
