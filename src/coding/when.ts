/**
 * Refiner 4 — event time. Order of preference:
 * 1. a time expression in the trigger's own comma segment ("his call to Y on Friday afternoon"); a
 *    dateline ("ISLAMABAD, March 3 (Reuters) -") dates the report, never the sentence's events;
 * 2. the time expression of the sentence nearest to the trigger;
 * 3. the article's dominant event date (the first dated expression of the headline and lede, the
 *    first three sentences; else the most frequent date) — marked inferred;
 * 4. the publication date, inferred.
 * Deadline/until expressions ("until Monday") never date the event itself, nor does a year or month
 * after "since" (the start of a span).
 */
import type { EventTime, TimeExpr, Token } from '../domain/types.js';
import { bySentence, type DocContext } from './context.js';
import type { Candidate } from './match.js';

function toEventTime(t: TimeExpr, inferred: boolean): EventTime {
  const e = {} as EventTime;
  if (t.utc) e.utc = t.utc;
  if (t.date) e.date = t.date;
  e.precision = t.precision;
  if (t.partOfDay) e.partOfDay = t.partOfDay;
  e.text = t.text;
  e.inferred = inferred || t.inferred;
  return e;
}

/**
 * A time that can date events. Not a deadline ("until Monday"), nor a year or month after "since":
 * "has filed 190 protests since 2022", "the worst fighting since March" open the span the events fall
 * in ("held since Monday" still dates the arrest).
 */
const usable = (t: TimeExpr): boolean => !!t.date && t.role !== 'until' && t.role !== 'deadline'
  && !(t.role === 'since' && (t.precision === 'year' || t.precision === 'month'));

/** The article's dominant event date, computed once per document. */
export function dominantTime(ctx: DocContext): TimeExpr | null {
  const { doc } = ctx;
  const lede = doc.sentences[Math.min(2, doc.sentences.length - 1)];
  const early = doc.times.find((t) => usable(t) && (!lede || t.start < lede.end));
  if (early) return early;
  const counts = new Map<string, { n: number; t: TimeExpr }>();
  for (const t of doc.times) {
    if (!usable(t)) continue;
    const c = counts.get(t.date as string) ?? { n: 0, t };
    c.n++;
    counts.set(t.date as string, c);
  }
  let best: { n: number; t: TimeExpr } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.t ?? null;
}

/** Upper-case place names opening a line, then a comma: "ISLAMABAD, ", "GAZA/JERUSALEM, ". */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*[A-Z][A-Z .'’/-]{1,40},[ \t]*$/;
/** Optionally an agency in brackets, then a dash: " (Reuters) -", " —". */
const DATELINE_AFTER = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-—–]/;

/**
 * A dateline ("ISLAMABAD, March 3 (Reuters) - ...") dates the report, not the events of the sentence it
 * opens: "... agreed on Sunday" happened on Sunday.
 */
export function isDateline(text: string, t: { start: number; end: number }): boolean {
  // (a cheap first test: a comma, and at most a space or tab, right before the time)
  let k = t.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || text.charCodeAt(k) !== 44) return false;
  const before = text.slice(Math.max(0, t.start - 48), t.start);
  return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(t.end, t.end + 48));
}

const NO_TIMES: TimeExpr[] = [];

/** The usable time expressions of a sentence, datelines excepted, in document order (made once per document). */
function timesIn(ctx: DocContext, sentence: number): TimeExpr[] {
  const text = ctx.doc.text;
  return (ctx.timesIn ??= bySentence(ctx.doc, ctx.doc.times, (t) => usable(t) && !isDateline(text, t)))[sentence] ?? NO_TIMES;
}

/**
 * The first token of the time adverbial of `sentence` that ends with token `at` — its expression and the
 * preposition opening it ("*on* Tuesday", "last week") —, or -1 when no time expression ends there.
 */
export function timeStartingBefore(ctx: DocContext, sentence: number, at: number): number {
  const tokens = ctx.doc.tokens;
  const end = tokens[at]!.end;
  for (const t of timesIn(ctx, sentence)) {
    if (t.end !== end) continue;
    let k = at;
    while (k > 0 && tokens[k - 1]!.start >= t.start && tokens[k - 1]!.sentence === sentence) k--;
    if (k > 0 && tokens[k - 1]!.sentence === sentence && TIME_PREP.has(tokens[k - 1]!.lower)) k--;
    return k;
  }
  return -1;
}

/** Does a time expression of `sentence` begin at token `at` ("*two weeks ago*", "*on Monday*")? */
export function timeBeginsAt(ctx: DocContext, sentence: number, at: number): boolean {
  const t0 = ctx.doc.tokens[at]!;
  const start = at > 0 && TIME_PREP.has(t0.lower) ? ctx.doc.tokens[at + 1]?.start : t0.start;
  return timesIn(ctx, sentence).some((t) => t.start === t0.start || t.start === start);
}
/** Words that open a time adverbial before its expression ("on Tuesday", "by March", "late on Monday"). */
const TIME_PREP = new Set(['on', 'in', 'at', 'by', 'during', 'last', 'this', 'next', 'early', 'late']);

/** The event's time and whether it came from the article's context rather than its sentence. */
export function timeOf(ctx: DocContext, cand: Candidate, dominant: TimeExpr | null): EventTime & { fromContext?: true } {
  const { when, fromContext } = eventTime(ctx, cand, dominant);
  return fromContext ? { ...when, fromContext: true } : when;
}

/** As `timeOf`, without copying: the time and the from-context flag apart. */
export function eventTime(ctx: DocContext, cand: Candidate, dominant: TimeExpr | null): { when: EventTime; fromContext: boolean } {
  const { doc } = ctx;
  const s = doc.sentences[cand.sentence];
  if (s) {
    const inSentence = timesIn(ctx, cand.sentence);
    const t = inSentence.length ? sentenceTime(ctx, cand, inSentence) : null;
    if (t) return { when: toEventTime(t, false), fromContext: false };
  }
  if (dominant) return { when: toEventTime(dominant, true), fromContext: true };
  return { when: { date: doc.published, precision: 'day', inferred: true }, fromContext: true };
}

/** Words opening a clause or infinitive of its own after the trigger: a time inside it is that clause's. */
const OWN_CLAUSE = new Set(['since', 'after', 'before', 'when', 'while', 'until', 'because', 'as', 'once']);

/**
 * A time after the trigger that belongs to a clause of its own: a subordinate clause with its own verb
 * ("the largest operation since Trump took office in January") or an infinitive ("invited Xi to attend
 * the summit in November").
 */
function inOwnClause(ctx: DocContext, cand: Candidate, t: TimeExpr): boolean {
  const tokens = ctx.doc.tokens;
  let opener = false;
  for (let i = cand.end; i < tokens.length; i++) {
    const x = tokens[i] as Token;
    if (x.start >= t.start || x.sentence !== cand.sentence) return false;
    if (OWN_CLAUSE.has(x.lower)) opener = true;
    else if (x.lower === 'to' && x.pos === 'PART' && (tokens[i + 1] as Token | undefined)?.pos === 'VERB') return true;
    else if (opener && (x.pos === 'VERB' || x.pos === 'AUX')) return true;
  }
  return false;
}

/** A verb in the simple past or a past participle in a perfect ("agreed", "has agreed"): its act is not after the report. */
function pastTrigger(ctx: DocContext, cand: Candidate): boolean {
  const t = ctx.doc.tokens[cand.trigger] as Token;
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || t.lower.endsWith('s')) return false;
  const prev = cand.trigger > 0 ? (ctx.doc.tokens[cand.trigger - 1] as Token).lower : '';
  return prev !== 'to' && prev !== 'will' && prev !== 'be' && prev !== 'been';
}

const DAY_MS = 86_400_000;

/** The time `x` may date the candidate: not a day after the report for a past-tense verb, not a later clause's own. */
function timeFits(ctx: DocContext, cand: Candidate, past: boolean, published: number, x: TimeExpr): boolean {
  if (past && x.date !== undefined && Date.parse(x.date) - published > DAY_MS) return false;
  return !(x.start > (ctx.doc.tokens[cand.trigger] as Token).end && inOwnClause(ctx, cand, x));
}

/**
 * The trigger's own comma segment's time, else the sentence's time nearest to the trigger; not a time of a
 * clause of its own after the trigger, nor, for a past-tense verb, a day after the report's; null when no
 * time is left.
 */
function sentenceTime(ctx: DocContext, cand: Candidate, all: TimeExpr[]): TimeExpr | null {
  const { doc } = ctx;
  const s = doc.sentences[cand.sentence] as { start: number; end: number; tokenStart: number; tokenEnd: number };
  const trig = doc.tokens[cand.trigger] as Token;
  const past = pastTrigger(ctx, cand);
  const published = Date.parse(doc.published);
  // (most sentences keep all their times: no copy then; plain loops, no callback capturing the locals)
  let inSentence = all;
  for (let k = 0; k < all.length; k++) {
    if (timeFits(ctx, cand, past, published, all[k] as TimeExpr)) continue;
    inSentence = [];
    for (let j = 0; j < all.length; j++) if (timeFits(ctx, cand, past, published, all[j] as TimeExpr)) inSentence.push(all[j] as TimeExpr);
    break;
  }
  if (inSentence.length === 0) return null;
  let segStart = s.start;
  let segEnd = s.end;
  for (let i = cand.trigger - 1; i >= s.tokenStart; i--) if ((doc.tokens[i] as Token).text === ',') { segStart = (doc.tokens[i] as Token).end; break; }
  for (let i = cand.end; i < s.tokenEnd; i++) if ((doc.tokens[i] as Token).text === ',') { segEnd = (doc.tokens[i] as Token).start; break; }
  // a plain loop, not find(callback): a callback capturing segStart/segEnd would move them to a heap context
  for (let k = 0; k < inSentence.length; k++) {
    const t = inSentence[k] as TimeExpr;
    if (t.start >= segStart && t.end <= segEnd) return t;
  }
  // the nearest; the first of equals (as a stable sort would put it)
  let best = inSentence[0] as TimeExpr;
  let bestD = Math.abs(best.start - trig.start);
  for (let k = 1; k < inSentence.length; k++) {
    const t = inSentence[k] as TimeExpr;
    const d = Math.abs(t.start - trig.start);
    if (d < bestD) { best = t; bestD = d; }
  }
  return best;
}
