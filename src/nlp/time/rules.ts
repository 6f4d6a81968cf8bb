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
  [/\bsince\s*$/, 'since'],
  [/\b(?:by|deadline(?:\s+of)?|no later than|before the|ultimatum expiring(?:\s+(?:at|on))?)\s*$/, 'deadline'],
];

/** The role given by the words just before an expression ("effective from" → effective). */
export function roleBefore(before: string): Role | undefined {
  const tail = before.slice(-48).toLowerCase();
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

/** Words before an expression that qualify its part of day ("early hours of", "late on"). */
const QUALIFIERS: Array<[RegExp, PartOfDay]> = [
  [/\b(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+(?:on\s+)?$/i, 'early-morning'],
  [/\b(?:before\s+)?dawn\s+(?:on\s+)?$/i, 'early-morning'],
  [/\bearly\s+(?:on\s+)?$/i, 'early-morning'],
  [/\blate\s+(?:on\s+)?$/i, 'night'],
  [/\b(?:the\s+)?night\s+of\s+$/i, 'night'],
];

/** A part-of-day qualifier ending right before an expression: its length and part of day. */
export function qualifierBefore(before: string): { length: number; partOfDay: PartOfDay } | null {
  const tail = before.slice(-32);
  for (const [re, pod] of QUALIFIERS) {
    const m = re.exec(tail);
    if (m) return { length: m[0].length, partOfDay: pod };
  }
  return null;
}

/** Part of day named inside an expression's own words. */
export function partOfDayIn(lower: string): PartOfDay | undefined {
  if (/\b(?:early hours|dawn|daybreak|pre-dawn|early morning)\b/.test(lower)) return 'early-morning';
  if (/\bmorning\b/.test(lower)) return 'morning';
  if (/\b(?:afternoon|midday)\b/.test(lower)) return 'afternoon';
  if (/\bevening\b/.test(lower)) return 'evening';
  if (/\b(?:night|tonight|overnight)\b/.test(lower)) return 'night';
  return undefined;
}

/** Counted from the story's last date rather than the publication date. */
export function isStoryRelative(lower: string): boolean {
  return /\b(?:later|earlier|afterwards?|next day|following (?:day|morning|afternoon|evening|night)|previous (?:day|night|evening)|day before|day after|that (?:day|morning|afternoon|evening|night)|same day)\b/.test(lower);
}

/** Deictic to the publication date ("this morning", "tonight", "today", "earlier today"). */
export function isDeictic(lower: string): boolean {
  return /^(?:this (?:morning|afternoon|evening)|tonight|today|now)\b/.test(lower);
}

/** A week range phrase, with which week. */
export function weekPhrase(lower: string): 'last' | 'past' | 'this' | 'next' | null {
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

/** "next Friday", "this coming Friday": forward-looking weekday. */
export function forwardWeekday(context: string): boolean {
  return /\b(?:next|coming|upcoming)\s+(?:\w+day)\b/i.test(context);
}

/** "last Friday": strictly before the reference day. */
export function lastWeekday(context: string): boolean {
  return /\b(?:last|previous|past)\s+(?:\w+day)\b/i.test(context);
}
