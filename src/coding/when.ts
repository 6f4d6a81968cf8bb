/**
 * Refiner 4 — event time. Order of preference:
 * 1. a time expression in the trigger's own comma segment ("his call to Y on Friday afternoon"); a
 *    dateline ("ISLAMABAD, March 3 (Reuters) -") dates the report, never the sentence's events;
 * 2. the time expression of the sentence nearest to the trigger; not one of another clause ("Y, who
 *    was arrested last year"), nor a possessive after the trigger ("condemned Tuesday's strikes");
 * 3. the article's dominant event date (the first dated expression of the headline and lede, the
 *    first three sentences, a dateline or a possessive, "Tuesday's attack", only when there is no
 *    other; else the most frequent date) — marked inferred; not the event's own sentence's time, which
 *    it turned down;
 * 4. the publication date, inferred.
 * Deadline/until expressions ("until Monday") never date the event itself, nor does a year or month
 * after "since" (the start of a span). A time told by another event ("hours before the truce took effect
 * at 5 pm", see nlp/time/anchor.ts) does not date that event, and a time inside it dates only that event.
 */
import type { EventTime, TimeExpr, Token } from '../domain/types.js';
import { bySentence, type DocContext } from './context.js';
import type { Candidate } from './match.js';
import { inCommaRelative, pastRelativeRunsTo, pastVerbGroup } from './tokens.js';

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
  // the report's day (a dateline, "Tuesday's attack") only when the lede has no event's day
  let reportDay: TimeExpr | undefined;
  // ("agreed to a truce that will take effect at 9:45 p.m. on Monday, X said on Saturday": not a time to come)
  let ahead: TimeExpr | undefined;
  for (const t of doc.times) {
    if (lede && t.start >= lede.end) continue;
    // ("Mali and Algeria held talks in 2019. Algeria recalled its ambassador": a year or a month tells background,
    // no day the article's undated events share)
    if (!usable(t) || t.precision === 'year' || t.precision === 'month') continue;
    if (futureClause(ctx, t)) { ahead ??= t; continue; }
    if (!isDateline(doc.text, t) && !possessive(doc.text, t)) return t;
    reportDay ??= t;
  }
  if (reportDay ?? ahead) return (reportDay ?? ahead) as TimeExpr;
  const counts = new Map<string, { n: number; t: TimeExpr }>();
  for (const t of doc.times) {
    if (!usable(t) || t.precision === 'year' || t.precision === 'month') continue;
    const c = counts.get(t.date as string) ?? { n: 0, t };
    c.n++;
    counts.set(t.date as string, c);
  }
  let best: { n: number; t: TimeExpr } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.t ?? null;
}

/**
 * "divided since 1974, when Turkey invaded", "in March, when the truce collapsed": a trigger in the ", when" clause
 * right after a time is of that time. Null otherwise.
 */
function whenClauseOf(ctx: DocContext, cand: Candidate): TimeExpr | null {
  const tokens = ctx.doc.tokens;
  const lo = (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart;
  for (let i = cand.trigger - 1, n = 0; i > lo + 1 && n < 8; i--, n++) {
    const t = tokens[i] as Token;
    // (a word of an actor's name tagged as a verb is none: "since March, when police arrested")
    if (t.text === ',' || (t.pos === 'VERB' && ctx.actorAt[i] === -1)) return null;
    if (t.lower !== 'when' || (tokens[i - 1] as Token).text !== ',') continue;
    const comma = tokens[i - 1] as Token;
    // (any time, "since 1974" too — but not one after the report: "held until March" read forward)
    for (const x of ctx.doc.times) {
      if (x.end > comma.start) break;
      if (x.date !== undefined && x.date <= ctx.doc.published.slice(0, 10) && ctx.doc.text.slice(x.end, comma.start).trim() === '') return { ...x, role: undefined };
    }
    return null;
  }
  return null;
}

/** The time's day is more than two weeks before the report. */
function longBefore(ctx: DocContext, t: TimeExpr): boolean {
  return t.date !== undefined && ctx.published - Date.parse(t.date) > 14 * DAY_MS;
}

const FUTURE_MARK = new Set(['will', 'would', "'ll", 'shall', 'due', 'effective', 'starting', 'expected']);

/** The time stands in a clause about what is to come ("that will take effect at 9:45 p.m. on Monday"). */
function futureClause(ctx: DocContext, t: TimeExpr): boolean {
  const tokens = ctx.doc.tokens;
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).end <= t.start) i++;
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const w = tokens[k] as Token;
    if (w.sentence !== sentence || w.text === ',' || w.text === ';') return false;
    if (FUTURE_MARK.has(w.lower)) return true;
  }
  return false;
}

/** Upper-case place names opening a line, then a comma: "ISLAMABAD, ", "GAZA/JERUSALEM, ". */
// (the city may be followed by its country in title case: "GOMA, Democratic Republic of Congo, Jan 28 (Wire) —")
// (accented capitals too: "BOGOTÁ, ", "SÃO PAULO, ")
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’/-]{1,40},(?:[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|of|the|and)){0,5},)?[ \t]*$/u;
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
  const before = text.slice(Math.max(0, t.start - 96), t.start);
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
export function eventTime(ctx: DocContext, cand: Candidate, articleTime: TimeExpr | null): { when: EventTime; fromContext: boolean } {
  const { doc } = ctx;
  const s = doc.sentences[cand.sentence];
  const inSentence = s ? timesIn(ctx, cand.sentence) : [];
  // ("Dhaka asks India to hand over Hasina. Dhaka first asked India in a note sent on Dec 23, 2024": a day weeks before
  // the report, told in another sentence, is background — no day for this sentence's undated events)
  const dominant = articleTime && longBefore(ctx, articleTime) && !inSentence.includes(articleTime) ? null : articleTime;
  if (s) {
    const then = whenClauseOf(ctx, cand);
    if (then) return { when: toEventTime(then, false), fromContext: false };
    const t = inSentence.length ? sentenceTime(ctx, cand, inSentence) : null;
    if (t?.t) return { when: shifted(ctx, cand, t.t) ?? toEventTime(t.t, false), fromContext: false };
    const year = namedByYear(ctx, cand);
    if (year) return { when: year, fromContext: false };
    // ("Pakistan struck Kabul on Oct. 11. Afghan forces then attacked border posts": "then" continues the time told
    // just before)
    if (inSentence.length === 0) {
      const comes = comesAfter(ctx, cand, dominant);
      if (comes) return { when: comes, fromContext: false };
      const then = thenTime(ctx, cand) ?? sameSubjectTime(ctx, cand);
      // (not a night's time for an act other than force: see below)
      if (then && !(nightBefore(then, doc.published) && !NIGHT_ACTS.test(cand.pattern.code))) {
        return { when: toEventTime(then, true), fromContext: false };
      }
    }
    // a time of the sentence turned down for this event ("will return weapons seized last year") does not
    // come back as the article's: a day of a later clause of its own stands in, else the publication date
    if (t && dominant && inSentence.includes(dominant)) {
      if (t.fallback) return { when: toEventTime(t.fallback, true), fromContext: false };
      return { when: { date: doc.published, precision: 'day', inferred: true }, fromContext: true };
    }
    // ("summoned India's envoy in January, and New Delhi in turn summoned Bangladesh's": a past day of the sentence's
    // first clause stands in for a coordinated past act's, whatever the article's day)
    if (t?.fallback && pastTrigger(ctx, cand) && coordinatedClauseBetween(ctx, t.fallback.end, cand.trigger)) {
      return { when: toEventTime(t.fallback, true), fromContext: false };
    }
  }
  // ("Forces clashed late on Saturday, officials said on Sunday. ... The army accused Kabul of harbouring militants": a
  // statement, accusation, appeal or threat with no time of its own is made when the lede says the report was made,
  // not on the day of the events it reports)
  const report = dominant?.date !== undefined && VERBAL.test(cand.pattern.code) ? reportDay(ctx) : null;
  if (report && report.date !== undefined && report.date > (dominant as TimeExpr).date! && !futureTrigger(ctx, cand)) {
    return { when: toEventTime(report, true), fromContext: true };
  }
  // ("Chinese ships fired water cannon on Tuesday. Manila summoned China's envoy on Wednesday. Beijing rejected the
  // protest": a statement, rejection or threat told with no time after a later day than the article's is no earlier
  // than that day — a reaction does not come before what it answers)
  const later = dominant?.date !== undefined && VERBAL.test(cand.pattern.code) && !futureTrigger(ctx, cand) ? latestDayBefore(ctx, cand, dominant) : null;
  if (later) return { when: toEventTime(later, true), fromContext: true };
  // ("Russia pounded Kyiv with drones overnight. Russia and Ukraine exchanged prisoners of war": the night before the
  // report dates the night's attacks; other acts told with no time of their own are of the day of the report)
  if (dominant && nightBefore(dominant, doc.published) && !NIGHT_ACTS.test(cand.pattern.code) && !inSentence.includes(dominant)) {
    return { when: { date: doc.published.slice(0, 10), precision: 'day', inferred: true }, fromContext: true };
  }
  // ("Niger's junta expelled the French ambassador. Mali did the same in February": a day after the report, the
  // article's time is no time of an event not told as to come)
  if (dominant && !(dominant.date !== undefined && Date.parse(dominant.date) - ctx.published > DAY_MS && !futureTrigger(ctx, cand))) {
    return { when: toEventTime(dominant, true), fromContext: true };
  }
  return { when: { date: doc.published, precision: 'day', inferred: true }, fromContext: true };
}

/**
 * The latest past day told in the sentences before the candidate's, when it is later than the article's day
 * `dominant` (and not after the publication date, nor a time to come): the day a later reaction is at the earliest.
 */
function latestDayBefore(ctx: DocContext, cand: Candidate, dominant: TimeExpr): TimeExpr | null {
  const { doc } = ctx;
  const s = doc.sentences[cand.sentence];
  if (!s) return null;
  const published = doc.published.slice(0, 10);
  let best: TimeExpr | null = null;
  for (const t of doc.times) {
    if (t.start >= s.start) break;
    if (!usable(t) || t.precision === 'month' || t.precision === 'year' || t.date! > published) continue;
    if (t.date! <= dominant.date! || (best && t.date! <= best.date!)) continue;
    // (not the dateline's day, the report's: "KUALA LUMPUR, July 29 — ... agreed on Monday")
    if (futureClause(ctx, t) || isDateline(doc.text, t)) continue;
    best = t;
  }
  return best;
}

/** Acts of force a night's report tells of (posture, coercion, assault, fighting, mass violence): those the night before dates. */
const NIGHT_ACTS = /^(?:1[5-9]|20)/;

/** "overnight", "last night" before the day of the report: the night of the attacks a morning report tells of. */
function nightBefore(t: TimeExpr, published: string): boolean {
  return t.partOfDay === 'night' && t.date !== undefined && t.date < published.slice(0, 10) && /\b(?:overnight|last night)\b/i.test(t.text);
}

/** Verbal acts, told on the day they are said: statements, appeals, intents, diplomatic words, demands, disapproval, rejection, threats. */
const VERBAL = /^(?:0[1235]|1[0-3])/;

const reportDays = new WeakMap<DocContext, TimeExpr | null>();

/**
 * The day the lede (its first three sentences) says the report was made: a time right after a verb of saying
 * ("officials said on Sunday"), not after the publication date; null when none.
 */
function reportDay(ctx: DocContext): TimeExpr | null {
  let r = reportDays.get(ctx);
  if (r !== undefined) return r;
  r = null;
  const { doc } = ctx;
  const lede = doc.sentences[Math.min(2, doc.sentences.length - 1)];
  const published = doc.published.slice(0, 10);
  const tokens = doc.tokens;
  let k = 0;
  for (const t of doc.times) {
    if (lede && t.start >= lede.end) break;
    if (t.date === undefined || t.date > published || t.precision === 'month' || t.precision === 'year') continue;
    while (k < tokens.length && (tokens[k] as Token).end <= t.start) k++;
    const sentence = tokens[k]?.sentence;
    for (let i = k - 1, n = 0; i >= 0 && n < 3; i--, n++) {
      const p = tokens[i] as Token;
      if (p.sentence !== sentence) break;
      if (SAYING.has(p.lemma) && p.pos === 'VERB') { r = t; break; }
      if (!TIME_PREP.has(p.lower)) break;
    }
    if (r) break;
  }
  reportDays.set(ctx, r);
  return r;
}

/**
 * The time "then" refers back to: the adverb "then" before the trigger in a sentence with no time of its own
 * continues the previous sentence's last time (a past one: not a later plan). Not "since then", "by then",
 * "until then", which open spans.
 */
function thenTime(ctx: DocContext, cand: Candidate): TimeExpr | null {
  if (cand.sentence === 0) return null;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[cand.sentence] as { tokenStart: number };
  let found = false;
  for (let i = cand.trigger - 1; i >= s.tokenStart && i >= cand.trigger - 4; i--) {
    const t = tokens[i] as Token;
    if (t.lower === 'then' && t.pos === 'ADV') {
      const b = tokens[i - 1] as Token | undefined;
      found = !(b && b.sentence === t.sentence && (b.lower === 'since' || b.lower === 'by' || b.lower === 'until' || b.lower === 'till'));
      break;
    }
  }
  if (!found) return null;
  const before = timesIn(ctx, cand.sentence - 1);
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k] as TimeExpr;
    if (t.date !== undefined && t.date <= ctx.doc.published.slice(0, 10) && t.role !== 'effective') return t;
  }
  return null;
}

/**
 * "Zelenskiy said on Wednesday that ... . Zelenskiy also met European leaders in Berlin": a sentence with no time of its
 * own whose subject (its first actor, before the trigger, a past verb) is the first actor of the sentence just before
 * continues that sentence's day — the first past day there, not a span's start nor a time to come.
 */
function sameSubjectTime(ctx: DocContext, cand: Candidate): TimeExpr | null {
  if (cand.sentence === 0 || !pastTrigger(ctx, cand)) return null;
  const doc = ctx.doc;
  const s = doc.sentences[cand.sentence] as { tokenStart: number };
  const p = doc.sentences[cand.sentence - 1] as { tokenStart: number; tokenEnd: number };
  const subject = firstActor(ctx, s.tokenStart, cand.trigger);
  const before = firstActor(ctx, p.tokenStart, p.tokenEnd);
  if (!subject || !before || subject.code !== before.code) return null;
  const published = doc.published.slice(0, 10);
  for (const t of timesIn(ctx, cand.sentence - 1)) {
    if (t.role === 'since' || t.role === 'effective' || t.date === undefined || t.date > published || !NEAR.has(t.precision)) continue;
    return t;
  }
  return null;
}

/** The first actor mention whose tokens lie in [from, to), if any. */
function firstActor(ctx: DocContext, from: number, to: number): { code: string } | null {
  for (let i = from; i < to; i++) {
    const mi = ctx.actorAt[i] as number;
    if (mi >= 0) return ctx.doc.actors[mi] as { code: string };
  }
  return null;
}

/** Verbs of making an agreement: what is made "the 2015 agreement" was made in 2015. */
const MAKING = new Set(['sign', 'reach', 'conclude', 'broker', 'negotiate', 'seal', 'ink', 'initial', 'strike']);

/**
 * "Russia and China, which signed the 2015 agreement", "the parties that negotiated the 2018 accord": a past
 * verb of making an agreement whose object is named by its year ("the <year> <noun>") was done that year
 * (year precision); null otherwise. Only when the sentence gave the event no time of its own.
 */
function namedByYear(ctx: DocContext, cand: Candidate): EventTime | null {
  const toks = ctx.doc.tokens;
  const trig = toks[cand.trigger] as Token;
  const past = trig.lower.endsWith('ed') || trig.lower === 'struck';
  if (trig.pos !== 'VERB' || !MAKING.has(trig.lemma) || !past) return null;
  const det = toks[cand.trigger + 1];
  const y = toks[cand.trigger + 2];
  const head = toks[cand.trigger + 3];
  if (!det || !y || !head || det.lower !== 'the' || !/^(19|20)\d\d$/.test(y.text) || (head.pos !== 'NOUN' && head.pos !== 'ADJ' && head.pos !== 'PROPN')) return null;
  if (Number(y.text) > Number(ctx.doc.published.slice(0, 4))) return null;
  return { date: `${y.text}-01-01`, precision: 'year', text: `the ${y.text} ${head.text}`, inferred: false };
}

const COUNTS: Record<string, number> = { a: 1, an: 1, the: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const DAY_UNITS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

/**
 * The "<count> days/weeks after/before" opening the trigger's clause (no comma nor verb between): the index of
 * "after"/"before", the signed shift in days (negative after "after") and the words, or null.
 */
function countedShift(ctx: DocContext, cand: Candidate, margin: number): { at: number; days: number; text: string } | null {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[cand.sentence] as { tokenStart: number };
  for (let i = cand.trigger - 1, n = 0; i >= s.tokenStart + margin && n < 8; i--, n++) {
    const x = tokens[i] as Token;
    if (x.text === ',' || x.pos === 'VERB') return null;
    if (x.lower !== 'after' && x.lower !== 'before') continue;
    const count = tokens[i - 2] as Token;
    const per = DAY_UNITS[(tokens[i - 1] as Token).lower];
    const k = COUNTS[count.lower] ?? (/^\d{1,2}$/.test(count.text) ? Number(count.text) : undefined);
    if (per === undefined || k === undefined) return null;
    // ("paused the tariffs for 30 days after Ottawa pledged ...": a count after "for" is how long, not how long after)
    if ((tokens[i - 3] as Token | undefined)?.lower === 'for') return null;
    return { at: i, days: (x.lower === 'after' ? -1 : 1) * k * per, text: `${count.text} ${(tokens[i - 1] as Token).text} ${x.text}` };
  }
  return null;
}

/** The day `days` from `ms` (day-precise, inferred), or null when a past act would fall after the report. */
function shiftedDay(ctx: DocContext, cand: Candidate, ms: number, days: number, text: string): EventTime | null {
  const at = ms + days * DAY_MS;
  if (at - ctx.published > DAY_MS && pastTrigger(ctx, cand)) return null;
  return { date: new Date(at).toISOString().slice(0, 10), precision: 'day', text, inferred: true };
}

/**
 * "freed three hostages on Sunday, a day after Israel released 90 prisoners": a trigger in a clause
 * opened by "<count> days after/before" is that many days before/after a time before the clause
 * (day-precise; the clause's own time, if any, dates it as usual). Null when there is no such clause.
 */
function shifted(ctx: DocContext, cand: Candidate, t: TimeExpr): EventTime | null {
  if (t.date === undefined || !NEAR.has(t.precision)) return null;
  const c = countedShift(ctx, cand, 2);
  if (!c || t.end > (ctx.doc.tokens[c.at - 2] as Token).start) return null;
  return shiftedDay(ctx, cand, Date.parse(t.date), c.days, `${c.text} ${t.text}`);
}

/**
 * "The talks come two weeks after Russia and Ukraine exchanged prisoners": a trigger in a clause opened by
 * "<count> days/weeks after/before" right after a present "come(s)" (news style for "happen now") is that
 * many days before/after the publication day; right after a past verb with no time of its own ("The pact was
 * signed eight days after ..."), before/after the article's day (`dominant`, else the publication day).
 * Null when there is no such clause.
 */
function comesAfter(ctx: DocContext, cand: Candidate, dominant: TimeExpr | null): EventTime | null {
  const c = countedShift(ctx, cand, 3);
  if (!c) return null;
  const verb = ctx.doc.tokens[c.at - 3] as Token;
  // ("The pact was signed eight days after Israel struck Doha": a past main clause with no time of its own is of the
  // article's day; "came a day after" the same)
  const present = verb.lower === 'comes' || verb.lower === 'come';
  const past = !present && verb.pos === 'VERB' && pastVerbGroup(ctx.doc.tokens, verb.index);
  if (!present && !past) return null;
  const anchor = present || dominant?.date === undefined || !NEAR.has(dominant.precision) ? ctx.published : Date.parse(dominant.date);
  return shiftedDay(ctx, cand, anchor, c.days, c.text);
}

/** Words opening a clause or infinitive of its own after the trigger: a time inside it is that clause's. */

const OWN_CLAUSE = new Set(['since', 'after', 'before', 'following', 'when', 'while', 'until', 'because', 'as', 'once', 'who', 'which', 'whom', 'whose', 'though', 'although', 'whereas']);
/** A past relative clause opens after offset `from` and before the trigger, which it holds (no comma between). */
function relativeBetween(ctx: DocContext, from: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = trigger - 1; i > 0; i--) {
    const x = tokens[i] as Token;
    if (x.start < from || x.text === ',') return false;
    if (RELATIVE_WORDS.has(x.lower) && (tokens[i - 1] as Token).pos === 'NOUN' && i + 1 < trigger && pastVerbGroup(tokens, i + 1)) return pastRelativeRunsTo(tokens, i, trigger);
  }
  return false;
}

/** Relative words: after a noun they open a clause about another act ("a war that began on June 13"). */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Nouns of answering an act: what follows their "for"/"to" is the act answered ("in retaliation for ..."). */
const AVENGING = new Set(['retaliation', 'response', 'revenge', 'reprisal', 'reprisals', 'answer']);
/** Prepositions whose noun phrase a time after it may date ("after India's strikes overnight"). */
const OWN_PHRASE = new Set(['since', 'after', 'before', 'following']);
/** Verbs of saying and thinking: a time after a clause they report is that clause's ("says it will end next year"). */
const SAYING = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'report', 'insist', 'note', 'believe', 'think', 'hope',
  'expect', 'predict', 'confirm', 'deny', 'disclose', 'reveal', 'declare', 'write']);

/**
 * What `ownClause` finds between the trigger and a later time: nothing; an infinitive, a clause with a
 * verb of its own or the noun phrase of "after" (their day is near enough to stand in for the event's
 * when nothing else is left); the clause a verb of saying reports (its time is another event's).
 */
const NONE = 0;
const CLAUSE = 1;
const OTHER = 2;

/**
 * A time after the trigger that belongs to a clause or phrase of its own: a subordinate or relative clause
 * with its own verb ("the largest operation since Trump took office in January", "Tolu, who was arrested
 * last year", "a helicopter that was captured last week"), an infinitive ("invited Xi to attend the summit
 * in November"), the noun phrase of "after", "before", "since" ("exchanged fire after India's strikes
 * overnight"; not "held since Monday"), the clause a verb of saying reports ("says he doubts the games
 * will go ahead next year"); a comma closes them.
 */
function ownClause(ctx: DocContext, cand: Candidate, t: TimeExpr): number {
  const tokens = ctx.doc.tokens;
  let opener = false;
  let phrase = false;
  let own = NONE;
  let saying = SAYING.has((tokens[cand.trigger] as Token).lemma);
  let relative = false;
  // ("Oman, which had been hosting talks, said a round planned for Sunday would not take place": what comes
  // after the comma closing a relative clause set off by commas is the main clause's)
  const aside = inCommaRelative(tokens, cand.trigger, (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart);
  // (", and the Security Council met on Thursday": a coordinated clause with a subject of its own has its own time)
  let coordinated = false;
  let apposition = false;
  for (let i = cand.end; i < tokens.length; i++) {
    const x = tokens[i] as Token;
    if (x.start >= t.start || x.sentence !== cand.sentence) break;
    if (x.text === ',' && aside) return OTHER;
    // (", and doubled a reward ... in August": so has a coordinated predicate with a verb of its own)
    if (x.text === ',' && (tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === 'but')
      && (CLAUSE_SUBJECT.has(tokens[i + 2]?.pos ?? '') || (tokens[i + 2]?.pos === 'VERB' && !tokens[i + 2]!.lower.endsWith('ing')))) coordinated = true;
    else if (coordinated && (x.pos === 'VERB' || x.pos === 'AUX') && !x.lower.endsWith('ing')) return OTHER;
    if (x.text === ',') {
      // a comma closes the clause or phrase ("Tolu, who was arrested last year, ... said Monday")
      opener = saying = phrase = relative = false;
      own = NONE;
      // (", a ship they seized in November 2023", ", a cousin of Assad accused of torture in 2011": an indefinite
      // apposition after the trigger's clause describes its noun; a verb inside it tells another act, with its own time)
      // (not the speaker of a closing attribution: ", a security official said Tuesday", ", a statement issued by the
      // ministry said today", ", a London court ruled on Tuesday")
      apposition = (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an') && tokens[i + 1]!.sentence === x.sentence && !attributionAfter(tokens, i + 1);
    } else if (apposition && (x.pos === 'VERB' || x.pos === 'AUX')) {
      own = OTHER;
    } else if ((x.lower === 'for' || x.lower === 'to') && i > 0 && AVENGING.has((tokens[i - 1] as Token).lower)) {
      // "fired missiles in retaliation for U.S. strikes on Sunday": the act answered came before
      own = OTHER;
    } else if (OWN_CLAUSE.has(x.lower) || (x.lower === 'that' && x.pos !== 'DET')) {
      opener = true;
      // ("agreed to end a war that began with air strikes on June 13": a relative clause after a noun tells
      // of another act, whose time it is)
      // (", which began on June 13": one set off by a comma after a noun too)
      const before = i > 0 ? tokens[i - 1] as Token : undefined;
      relative = RELATIVE_WORDS.has(x.lower) && before !== undefined && (before.pos === 'NOUN'
        || (before.text === ',' && x.lower !== 'that' && i > 1 && (tokens[i - 2] as Token).sentence === x.sentence
          && ((tokens[i - 2] as Token).pos === 'NOUN' || (tokens[i - 2] as Token).pos === 'PROPN')));
      // a noun phrase follows when the next word is no part of the time
      const next = tokens[i + 1] as Token | undefined;
      phrase = OWN_PHRASE.has(x.lower) && next !== undefined && next.start < t.start && !TIME_PREP.has(next.lower);
    } else if (x.pos === 'VERB' || x.pos === 'AUX') {
      // (a verb after "after" makes its noun phrase a clause's subject)
      phrase = false;
      // (a relative clause in the past tense: "that began", "which was launched", "who had fled"; one in the
      // progressive runs alongside: "a conference that it was hosting Thursday")
      if (saying || (relative && pastVerbGroup(tokens, i)) || reducedRelative(tokens, i, cand.trigger) || contactRelative(tokens, i)) own = OTHER;
      else if (opener || (tokens[i - 1] as Token).lower === 'to') own = Math.max(own, CLAUSE);
    }
  }
  return phrase ? Math.max(own, CLAUSE) : own;
}

/** A verb of saying or ruling from token `from` to the next comma or the sentence's end (a closing attribution). */
function attributionAfter(tokens: readonly Token[], from: number): boolean {
  const sentence = (tokens[from] as Token).sentence;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.text === ',') return false;
    if (t.pos === 'VERB' && (SAYING.has(t.lemma) || t.lemma === 'rule' || t.lemma === 'tell')) return true;
  }
  return false;
}

/** ", and" / ", but" then a subject between offset `from` and the trigger: the trigger's clause is a coordinated one of its own. */
function coordinatedClauseBetween(ctx: DocContext, from: number, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = trigger - 1; i > 0; i--) {
    const t = tokens[i] as Token;
    if (t.start < from) return false;
    if ((t.lower === 'and' || t.lower === 'but') && (tokens[i - 1] as Token).text === ',' && (tokens[i - 1] as Token).start >= from
      && CLAUSE_SUBJECT.has(tokens[i + 1]?.pos ?? '') && i + 1 < trigger) return true;
  }
  return false;
}

/** Subject pronouns that open a relative clause with no relative word ("a ship they seized"). */
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'you']);

/**
 * A past verb group right after a subject pronoun that follows a noun opens a relative clause with no relative word
 * about another act: "released the crew of a ship they seized in November 2023", "the town it captured last year".
 */
function contactRelative(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  const n = tokens[i - 2];
  return !!p && !!n && p.pos === 'PRON' && SUBJECT_PRONOUNS.has(p.lower) && (n.pos === 'NOUN' || n.pos === 'PROPN') && pastVerbGroup(tokens, i);
}

/** Parts of speech opening a subject after ", and". */
const CLAUSE_SUBJECT = new Set(['DET', 'PROPN', 'PRON', 'NOUN']);

/** Participles that, right after a noun, tell how it came about: "a truce agreed in July", "hostages seized in October". */
const MADE = new Set(['agreed', 'signed', 'reached', 'brokered', 'mediated', 'negotiated', 'declared', 'imposed', 'launched', 'captured',
  'seized', 'taken', 'arrested', 'detained', 'abducted', 'kidnapped', 'adopted', 'approved', 'concluded', 'deployed', 'annexed', 'occupied']);

/**
 * A past participle of making right after a noun after the trigger, with a preposition after it, opens a
 * reduced relative clause about another act: "initialled a treaty agreed in March", "accused Y of breaking
 * a truce signed in July" (not after the trigger noun itself: "the ceasefire agreed on Saturday" dates the ceasefire).
 */
function reducedRelative(tokens: readonly Token[], i: number, trigger: number): boolean {
  const x = tokens[i] as Token;
  return i - 1 !== trigger && (tokens[i - 1] as Token).pos === 'NOUN' && x.pos === 'VERB' && MADE.has(x.lower) && tokens[i + 1]?.pos === 'ADP';
}

/** The trigger heads the noun phrase a possessive time opens ("Tuesday's strikes", "last week's deadly attack"). */
function possessedBy(ctx: DocContext, cand: Candidate, x: TimeExpr): boolean {
  const tokens = ctx.doc.tokens;
  for (let i = cand.trigger - 1; i >= 0 && i >= cand.trigger - 5; i--) {
    const t = tokens[i] as Token;
    if (t.end <= x.end) return t.text === "'s" || t.text === '’s' || t.end === x.end;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.text !== '-' && t.text !== "'s" && t.text !== '’s') return false;
  }
  return false;
}

/** Verbs that report, charge or judge another act: a "since" after their object is that act's span. */
const REPORTING = new Set([...SAYING, 'accuse', 'blame', 'condemn', 'criticize', 'criticise', 'denounce', 'warn', 'protest', 'charge', 'allege']);

/**
 * "since Wednesday" opens the span of one act, that of the verb it follows ("fighting has continued since
 * Wednesday", "held since Monday": that act began then). After the trigger, with another verb between
 * ("has accused Y of shelling the villages since Wednesday", "has urged Y to stop its strikes since
 * Monday") or after the object of a verb that reports or judges an act ("has condemned the shelling since
 * Wednesday"), it is the span of the act reported, not the day of the report — not even a stand-in for it
 * (a span's start is no day of a later act). A means after "by" is the act itself ("is violating the truce
 * by continuing to shell the village since Monday night").
 */
function sinceOfAnother(ctx: DocContext, cand: Candidate, t: TimeExpr): boolean {
  const tokens = ctx.doc.tokens;
  if (REPORTING.has((tokens[cand.trigger] as Token).lemma)) return true;
  for (let i = cand.end; i < tokens.length; i++) {
    const x = tokens[i] as Token;
    if (x.start >= t.start || x.sentence !== cand.sentence) break;
    // "is violating the truce by continuing to shell the village since Monday night": a means is the act itself
    if (x.lower === 'by') return false;
    // (a gerund naming a thing is no verb: "killed in the strikes and shelling since May 7")
    if (x.pos === 'VERB' && x.lower.endsWith('ing') && i > 0 && NOUN_SLOT.has((tokens[i - 1] as Token).pos)) continue;
    if (x.pos === 'VERB') return true;
  }
  return false;
}

/** Tags before which an -ing word heads a noun phrase ("and shelling", "the shelling", "heavy shelling"). */
const NOUN_SLOT = new Set(['CCONJ', 'DET', 'ADJ', 'ADP']);

/** "condemned Tuesday's strikes": a possessive time dates its noun, not a verb before it ("a day after Thursday's" is none). */
function possessive(text: string, t: TimeExpr): boolean {
  const c = text.charCodeAt(t.end);
  return (c === 39 || c === 0x2019) && text.charCodeAt(t.end + 1) === 115 && !/\b(?:after|before)\b/i.test(t.text);
}

/** Nouns of a stretch of time: "the night of May 9" is a time, no event dated by it. */
const TIME_NOUNS = new Set(['night', 'morning', 'evening', 'afternoon', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours',
  'end', 'start', 'beginning', 'middle', 'eve', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'period', 'time', 'date', 'anniversary']);

/**
 * The noun a time expression modifies inside a noun phrase, or -1: the head right after "the <time>" ("the October 7
 * attack", "the 2022 Pretoria accord") or the noun before "of <time>" ("the attack of October 7"); not a noun of time
 * itself ("the night of May 9").
 */
function modifiedNoun(ctx: DocContext, x: TimeExpr): number {
  const text = ctx.doc.text;
  const before = text.slice(Math.max(0, x.start - 5), x.start);
  const of = /\bof\s+$/i.test(before);
  if (!of && !/\bthe\s+$/i.test(before)) return -1;
  const tokens = ctx.doc.tokens;
  // the first token of the time (binary search on the token starts)
  let a = 0;
  let b = tokens.length;
  while (a < b) { const m = (a + b) >> 1; if ((tokens[m] as Token).start < x.start) a = m + 1; else b = m; }
  if (of) {
    const k = a - 2;
    const n = tokens[k];
    return n && n.pos === 'NOUN' && !TIME_NOUNS.has(n.lower) && (tokens[a - 1] as Token).lower === 'of' ? k : -1;
  }
  let j = a;
  while (j < tokens.length && (tokens[j] as Token).start < x.end) j++;
  // (a name may come between: "the 2022 Pretoria accord")
  if (j < tokens.length && (tokens[j] as Token).pos === 'PROPN' && j + 1 < tokens.length && (tokens[j + 1] as Token).pos === 'NOUN') j++;
  const n = tokens[j];
  return n && n.pos === 'NOUN' && n.sentence === (tokens[a] as Token | undefined)?.sentence && !TIME_NOUNS.has(n.lower) ? j : -1;
}

/** A verb in the future ("will return", "will not meet"): its act is not before the report. */
function futureTrigger(ctx: DocContext, cand: Candidate): boolean {
  const tokens = ctx.doc.tokens;
  const t = tokens[cand.trigger] as Token;
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return false;
  for (let i = cand.trigger - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const p = tokens[i] as Token;
    if (p.sentence !== t.sentence) return false;
    if (p.lower === 'will' || p.lower === 'shall' || p.lower === "'ll" || p.lower === '’ll') return true;
    if (p.pos !== 'ADV' && p.pos !== 'PART') return false;
  }
  return false;
}

/** The last day a time covers: its range's end, else the end of its year, month or week, else its day. */
function lastDay(t: TimeExpr): string {
  const d = t.date as string;
  if (t.range) return t.range.to;
  if (t.precision === 'year') return `${d.slice(0, 4)}-12-31`;
  if (t.precision === 'month') return `${d.slice(0, 7)}-31`;
  return d;
}

/**
 * The time of the saying in the candidate's sentence ("China said on Monday it would hold drills on
 * Friday": Monday), for the statement of intent a future act makes; null when the sentence dates no saying.
 */
export function sayingTime(ctx: DocContext, cand: Candidate): EventTime | null {
  for (const t of timesIn(ctx, cand.sentence)) if (t.date !== undefined && reportingTime(ctx, cand, t)) return toEventTime(t, false);
  return null;
}

/** A time right after a verb of saying other than the trigger ("China said on Monday it would ..."): the saying's. */
function reportingTime(ctx: DocContext, cand: Candidate, t: TimeExpr): boolean {
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[cand.sentence] as { tokenStart: number; tokenEnd: number };
  let k = s.tokenStart;
  while (k < s.tokenEnd && (tokens[k] as Token).end <= t.start) k++;
  // skip "on", "in a statement", "told reporters"
  for (let n = 0; n < 5 && k > s.tokenStart; n++) {
    const p = tokens[--k] as Token;
    if (k === cand.trigger) return false;
    if (SAYING.has(p.lemma) && (p.pos === 'VERB' || p.pos === 'AUX')) return true;
    if (!TIME_PREP.has(p.lower) && p.pos !== 'DET' && p.pos !== 'NOUN') return false;
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

/** The time `x` sits inside a quotation that closes between it and the trigger. */
function quotedBefore(ctx: DocContext, cand: Candidate, x: TimeExpr): boolean {
  const text = ctx.doc.text;
  const between = text.slice(x.end, (ctx.doc.tokens[cand.trigger] as Token).start);
  if (!/["\u201d]/.test(between)) return false;
  const s = ctx.doc.sentences[cand.sentence] as { start: number };
  return /["\u201c]/.test(text.slice(s.start, x.start));
}

/** A comparison opened in the same phrase before a time: "up from 10 in", "compared with 45 a year earlier" (not "more than": a quantity). */
const COMPARED_BEFORE = /\b(?:up|down|rising|falling|increased?|decreased?|rose|fell)\s+(?:sharply\s+|slightly\s+)?from\s+[^,.;:()]*$|\bcompared\s+(?:with|to)\s+[^,.;:()]*$/i;

/** How a time fits a candidate: it may date it; it is a later clause's own (see `ownClause`); it may not. */
const FITS = 0;
const CLAUSE_TIME = 1;
const UNFIT = 2;

/**
 * Whether the time `x` may date the candidate: not a day after the report for a past-tense verb, nor all
 * before it for a future one (the time of the saying aside: "said on Monday they will ..."), nor a
 * possessive after the trigger, nor a later clause's own (`ownClause`).
 */
function timeFits(ctx: DocContext, cand: Candidate, tense: Tense, published: number, x: TimeExpr, all: readonly TimeExpr[]): number {
  if (otherEvents(ctx, cand, x, all)) return UNFIT;
  // ("64 people were prosecuted in 2024, up from 10 in 2021", "153 aircraft, up from 45 a year earlier"): the time of
  // a figure compared with is that figure's, no act's
  if (COMPARED_BEFORE.test(ctx.doc.text.slice(Math.max(0, x.start - 40), x.start))) return UNFIT;
  // ('"We have not fired a shell since Monday," a spokesman said': a time inside a quotation closed before the trigger
  // is the quoted words', not the saying's)
  if (x.end <= (ctx.doc.tokens[cand.trigger] as Token).start && quotedBefore(ctx, cand, x)) return UNFIT;
  // (a stated year is taken at its word: "on November 18, 2020")
  if (tense === 'past' && x.date !== undefined && Date.parse(x.date) - published > DAY_MS && !STATED_YEAR.test(x.text)) return UNFIT;
  // "imposed sanctions effective Thursday": the day a past act's effect starts, after the report, is not the act's
  // (so for an act told by a noun: "approved sanctions including a ban on imports from 2027")
  if ((tense === 'past' || (tense === null && (ctx.doc.tokens[cand.trigger] as Token).pos === 'NOUN' && x.start > (ctx.doc.tokens[cand.trigger] as Token).end))
    && x.role === 'effective' && x.date !== undefined && x.date > ctx.doc.published.slice(0, 10)) return UNFIT;
  if (tense === 'future' && x.date !== undefined && lastDay(x) < ctx.doc.published.slice(0, 10) && !reportingTime(ctx, cand, x)) return UNFIT;
  // ("a ceasefire took effect on Tuesday ... to end a war that began with Israeli air strikes": a time of the
  // main clause does not date an act inside a past relative clause after it)
  if (x.end <= (ctx.doc.tokens[cand.trigger] as Token).start && relativeBetween(ctx, x.end, cand.trigger)) return UNFIT;
  // ("Riyadh, which signed a pact with Y in September, had urged restraint": a time inside a relative clause set
  // off by commas dates that clause, not the main clause's verb after it)
  if (x.end <= (ctx.doc.tokens[cand.trigger] as Token).start && closedAside(ctx, x, cand.trigger)) return UNFIT;
  // ("accused the RSF of killings after it seized the city on October 26, and the ICC said it was collecting
  // evidence": a time inside a subordinate clause with its own verb, closed before the trigger, is that clause's)
  if (x.end <= (ctx.doc.tokens[cand.trigger] as Token).start && closedSubordinate(ctx, x, cand.trigger)) return UNFIT;
  // ("Thailand will release soldiers captured in July, and both countries will withdraw ...": a time before a
  // coordinated clause with a subject of its own is the first clause's)
  // (but a past act after ", and" is near the first clause's past day, inferred: "summoned India's envoy in January, and
  // New Delhi in turn summoned Bangladesh's")
  if (x.end <= (ctx.doc.tokens[cand.trigger] as Token).start && coordinatedClauseBetween(ctx, x.end, cand.trigger)) {
    return tense === 'past' && x.date !== undefined && x.date <= ctx.doc.published.slice(0, 10) ? CLAUSE_TIME : UNFIT;
  }
  // ("after last week's earthquake, ... declared a truce": a possessive time dates its own noun only)
  if (possessive(ctx.doc.text, x)) return possessedBy(ctx, cand, x) ? FITS : UNFIT;
  // ("condemned the October 7 attack", "the Hamas attack of October 7, 2023"): a time inside a noun phrase after the trigger
  // dates that noun, and the event only when its pattern takes the noun in ("signed the 2022 accord"); a subject's ("The
  // March 17 explosion killed 100 people") dates the clause as before
  const noun = x.start > (ctx.doc.tokens[cand.trigger] as Token).end ? modifiedNoun(ctx, x) : -1;
  if (noun >= 0 && !(noun >= cand.trigger && noun < cand.end)) return UNFIT;
  // ("dissolved parliament and set elections for March 5": the day a thing is scheduled for is that thing's)
  if (scheduledFor(ctx, cand, x)) return UNFIT;
  if (x.start <= (ctx.doc.tokens[cand.trigger] as Token).end) return FITS;
  if (x.role === 'since' && sinceOfAnother(ctx, cand, x)) return UNFIT;
  const own = ownClause(ctx, cand, x);
  // ("agreed to a ceasefire that took effect at 5 p.m. on May 10": the day a truce took effect, past, stands in for the
  // day it was agreed when the sentence tells no other)
  if (own !== NONE && x.role === 'effective' && cand.pattern.code.startsWith('087') && x.date !== undefined && x.date <= ctx.doc.published.slice(0, 10)) return CLAUSE_TIME;
  return own === NONE ? FITS : own === CLAUSE ? CLAUSE_TIME : UNFIT;
}

/** "for" right before a time. */
const FOR_BEFORE = /\bfor\s+$/i;

/** Nouns of events set for a day ("elections for March 5"). */
const SCHEDULED = new Set(['election', 'elections', 'vote', 'polls', 'poll', 'referendum', 'runoff', 'run-off', 'talks', 'summit', 'meeting',
  'hearing', 'trial', 'inauguration']);

/**
 * The time `x` follows "for" right after a noun of a scheduled event ("set elections for March 5", "called a
 * summit for next week"): it is that event's day, not the day of a trigger outside that noun.
 */
function scheduledFor(ctx: DocContext, cand: Candidate, x: TimeExpr): boolean {
  // (most times follow no "for": a look at the text before the time first, no token scan)
  if (!FOR_BEFORE.test(ctx.doc.text.slice(Math.max(0, x.start - 12), x.start))) return false;
  const tokens = ctx.doc.tokens;
  const s = ctx.doc.sentences[(tokens[cand.trigger] as Token).sentence] as { tokenStart: number; tokenEnd: number };
  // the token right before the time
  let j = -1;
  for (let k = s.tokenStart; k < s.tokenEnd && (tokens[k] as Token).end <= x.start; k++) j = k;
  if (j - 1 < s.tokenStart || (tokens[j] as Token).lower !== 'for' || !SCHEDULED.has((tokens[j - 1] as Token).lower)) return false;
  // (the trigger's own words may be the thing scheduled: "will hold talks scheduled for Monday")
  return j - 1 < cand.trigger || j - 1 >= cand.end;
}

/**
 * The time `x` is another event's, by the spans of the sentence's times `all`: a time told by an event
 * ("hours before the ceasefire took effect", "a day after Rohan released prisoners") does not date that
 * event, whose words it holds; and a time inside it ("hours before the truce took effect at 5 pm") is that
 * event's, not one outside it.
 */
function otherEvents(ctx: DocContext, cand: Candidate, x: TimeExpr, all: readonly TimeExpr[]): boolean {
  const trig = ctx.doc.tokens[cand.trigger] as Token;
  if (x.start <= trig.start && trig.end <= x.end) return true;
  for (let k = 0; k < all.length; k++) {
    const y = all[k] as TimeExpr;
    if (y !== x && y.start <= x.start && x.end <= y.end && !(y.start <= trig.start && trig.end <= y.end)) return true;
  }
  return false;
}

/** The time `x`, before the trigger, is inside a ", which ...," relative clause closed by a comma before the trigger. */
function closedAside(ctx: DocContext, x: TimeExpr, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let comma = false;
  let i = trigger - 1;
  for (; i >= 0 && (tokens[i] as Token).start >= x.end; i--) if ((tokens[i] as Token).text === ',') comma = true;
  if (!comma || i < 0) return false;
  const start = (ctx.doc.sentences[(tokens[i] as Token).sentence] as { tokenStart: number }).tokenStart;
  return inCommaRelative(tokens, i, start) || inApposedClause(tokens, i, start);
}

/**
 * Token `i` is inside an indefinite apposition with a verb of its own, opened by a comma ("the Galaxy Leader, a cargo
 * ship they seized in November 2023, ..."): the apposition tells another act.
 */
function inApposedClause(tokens: readonly Token[], i: number, start: number): boolean {
  let verb = false;
  for (let k = i; k > start; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') {
      // (after a noun it describes — not "Separately, a bomber detonated ...")
      const a = tokens[k + 1] as Token | undefined;
      const head = tokens[k - 1] as Token;
      // (not a reporter's tag: ", a monitor said Sunday, as ..." — see `attributionAfter`)
      return verb && !!a && (a.lower === 'a' || a.lower === 'an') && (head.pos === 'NOUN' || head.pos === 'PROPN') && !attributionAfter(tokens, k + 1);
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return false;
}

/** The verb at `trigger` follows "and" (auxiliaries and adverbs between) after an earlier verb of its sentence. */
function andCoordinated(tokens: readonly Token[], trigger: number, start: number): boolean {
  const t = tokens[trigger] as Token;
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  let i = trigger - 1;
  while (i > start && ((tokens[i] as Token).pos === 'AUX' || (tokens[i] as Token).pos === 'ADV')) i--;
  if (i <= start || (tokens[i] as Token).lower !== 'and') return false;
  for (let j = i - 1; j >= start; j--) if ((tokens[j] as Token).pos === 'VERB' && !(tokens[j] as Token).lower.endsWith('ing')) return true;
  return false;
}

/** A finite verb or a clause opener among the tokens from `from` up to offset `until`. */
function verbBefore(tokens: readonly Token[], from: number, until: number): boolean {
  for (let i = from; i < tokens.length && (tokens[i] as Token).start < until; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || CLAUSE_OPENERS.has(t.lower) || t.lower === 'that' || t.lower === 'which') return true;
  }
  return false;
}

/** Conjunctions opening a clause of their own. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'when', 'while', 'because', 'once', 'until', 'as', 'whereas', 'although', 'though']);

/**
 * The time `x`, before the trigger, is inside a subordinate clause (a conjunction, then a finite verb before
 * the time) that a comma closes before the trigger.
 */
function closedSubordinate(ctx: DocContext, x: TimeExpr, trigger: number): boolean {
  const tokens = ctx.doc.tokens;
  let i = trigger - 1;
  let comma = false;
  for (; i >= 0 && (tokens[i] as Token).start >= x.end; i--) if ((tokens[i] as Token).text === ',') comma = true;
  if (!comma) return false;
  let verb = false;
  const sentence = (tokens[trigger] as Token).sentence;
  for (let j = i; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    if (t.start >= x.start) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (SUBORDINATORS.has(t.lower) && t.pos !== 'ADV') return verb && mainVerbBefore(tokens, j, sentence);
  }
  return false;
}

/**
 * The conjunction at `j` follows its comma segment's own finite verb: it opens a clause inside the sentence
 * ("accused X of killings after it seized"); else the verb after it is the segment's main verb ("the first
 * convoys since the agreement reached Tigray on Tuesday"), or the clause opens the sentence and sets its scene
 * ("After the army took the town on Monday, the government said": the saying's day is not told otherwise).
 */
function mainVerbBefore(tokens: readonly Token[], j: number, sentence: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

type Tense = 'past' | 'future' | null;
const STATED_YEAR = /\b(?:1[89]|20)\d\d\b/;

/** Precisions of a time near enough to stand in for an event's own. */
const NEAR = new Set(['minute', 'hour', 'part-of-day', 'day']);

/** The trigger's comma segment opens with "and"/"but" and a verb of its own (", and urged ..."). */
function segStartsWithAnd(tokens: readonly Token[], trigger: number, start: number): boolean {
  let i = trigger - 1;
  while (i > start && ((tokens[i] as Token).pos === 'ADV' || (tokens[i] as Token).pos === 'AUX')) i--;
  return i > start && ((tokens[i] as Token).lower === 'and' || (tokens[i] as Token).lower === 'but') && (tokens[i - 1] as Token).text === ',';
}

/** A finite verb comes before the time `t` in its sentence (the time is inside some verb's clause, not fronted). */
function afterFiniteVerb(tokens: readonly Token[], t: TimeExpr, start: number): boolean {
  for (let i = start; i < tokens.length && (tokens[i] as Token).end <= t.start; i++) {
    const x = tokens[i] as Token;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && !x.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Words opening a clause of its own before a trigger (see sentenceTime). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'when', 'while', 'because', 'once', 'until', 'but', 'whereas', 'although', 'though']);

/**
 * The trigger's own comma segment's time (one not of a verb of saying when there is another: "China said
 * on Monday it would hold drills on Friday"), else the sentence's time nearest to the trigger. Not a time
 * that does not fit (`timeFits`); with none left, null and, as a fallback, the first day of a later
 * clause of its own ("opened fire to disperse protesters on Monday night"; null when none).
 */
function sentenceTime(ctx: DocContext, cand: Candidate, all: TimeExpr[]): { t: TimeExpr | null; fallback: TimeExpr | null } {
  const { doc } = ctx;
  const s = doc.sentences[cand.sentence] as { start: number; end: number; tokenStart: number; tokenEnd: number };
  const trig = doc.tokens[cand.trigger] as Token;
  const tense: Tense = pastTrigger(ctx, cand) ? 'past' : futureTrigger(ctx, cand) ? 'future' : null;
  const published = ctx.published;
  // (most sentences keep all their times: no copy then; plain loops, no callback capturing the locals)
  let inSentence = all;
  let fallback: TimeExpr | null = null;
  for (let k = 0; k < all.length; k++) {
    if (timeFits(ctx, cand, tense, published, all[k] as TimeExpr, all) === FITS) continue;
    inSentence = [];
    for (let j = 0; j < all.length; j++) {
      const t = all[j] as TimeExpr;
      const fit = timeFits(ctx, cand, tense, published, t, all);
      if (fit === FITS) inSentence.push(t);
      else if (fit === CLAUSE_TIME && fallback === null && (NEAR.has(t.precision) || t.precision === 'month')) fallback = t;
    }
    break;
  }
  if (inSentence.length === 0) return { t: null, fallback };
  let segStart = s.start;
  let segEnd = s.end;
  for (let i = cand.trigger - 1; i >= s.tokenStart; i--) if ((doc.tokens[i] as Token).text === ',') { segStart = (doc.tokens[i] as Token).end; break; }
  for (let i = cand.end; i < s.tokenEnd; i++) if ((doc.tokens[i] as Token).text === ',') { segEnd = (doc.tokens[i] as Token).start; break; }
  // ("paused the attacks in January but threatened to resume them after Israel blocked aid in March": a trigger
  // in a clause opened by a subordinator or "but" takes a time of that clause first)
  let clauseAt = segStart;
  let opener = '';
  for (let i = cand.trigger - 1; i >= s.tokenStart && (doc.tokens[i] as Token).start >= segStart; i--) {
    if (CLAUSE_OPENERS.has((doc.tokens[i] as Token).lower)) { clauseAt = (doc.tokens[i] as Token).end; opener = (doc.tokens[i] as Token).lower; break; }
  }
  if (clauseAt > segStart) {
    for (let k = 0; k < inSentence.length; k++) {
      const t = inSentence[k] as TimeExpr;
      if (t.start >= clauseAt && t.end <= segEnd && !reportingTime(ctx, cand, t)) return { t, fallback: null };
    }
    // ("a truce agreed on Wednesday collapsed on Friday when jets struck": a clause of "when" or "as" with no time
    // of its own happens at the time of the clause it hangs on, the one told last before it)
    if (opener === 'when' || opener === 'as') {
      let last: TimeExpr | null = null;
      for (let k = 0; k < inSentence.length; k++) {
        const t = inSentence[k] as TimeExpr;
        if (t.start >= segStart && t.end < clauseAt && !reportingTime(ctx, cand, t)) last = t;
      }
      if (last) return { t: last, fallback: null };
    }
  }
  // ("fought a border war in 1998 and signed a peace deal in 2018": a verb coordinated by "and" takes a time of its
  // own predicate, after it with no other verb between)
  if (andCoordinated(doc.tokens, cand.trigger, s.tokenStart)) {
    for (let k = 0; k < inSentence.length; k++) {
      const t = inSentence[k] as TimeExpr;
      if (t.start >= trig.end && t.end <= segEnd && !verbBefore(doc.tokens, cand.end, t.start) && !reportingTime(ctx, cand, t)) return { t, fallback: null };
    }
  }
  // ("struck Iran on Saturday in retaliation for Iran's missile attack on October 1": a time right after a noun
  // trigger, alone or after "on"/"of", is that event's own)
  if (trig.pos === 'NOUN') {
    const own = nounsOwnTime(doc.tokens, cand.end, inSentence);
    if (own && !reportingTime(ctx, cand, own)) return { t: own, fallback: null };
  }
  // a plain loop, not find(callback): a callback capturing segStart/segEnd would move them to a heap context
  let first: TimeExpr | null = null;
  for (let k = 0; k < inSentence.length; k++) {
    const t = inSentence[k] as TimeExpr;
    if (t.start < segStart || t.end > segEnd) continue;
    if (!reportingTime(ctx, cand, t)) return { t, fallback: null };
    first ??= t;
  }
  if (first) return { t: first, fallback: null };
  // ("said the village had been resettled two months ago, and urged the government to ...": a predicate coordinated
  // after ", and" does not take a time from inside the clause of another verb before it)
  const coordinated = segStart > s.start && segStartsWithAnd(doc.tokens, cand.trigger, s.tokenStart);
  // the nearest; the first of equals (as a stable sort would put it)
  let best: TimeExpr | null = null;
  let bestD = Infinity;
  for (let k = 0; k < inSentence.length; k++) {
    const t = inSentence[k] as TimeExpr;
    if (coordinated && t.end <= segStart && afterFiniteVerb(doc.tokens, t, s.tokenStart)) continue;
    const d = Math.abs(t.start - trig.start);
    if (d < bestD) { best = t; bestD = d; }
  }
  return { t: best, fallback: null };
}

/** The time that starts at token `end` (the one after a noun trigger) or after an "on"/"of" there. */
function nounsOwnTime(tokens: readonly Token[], end: number, times: readonly TimeExpr[]): TimeExpr | null {
  const next = tokens[end];
  if (!next) return null;
  const at = (next.lower === 'on' || next.lower === 'of') && tokens[end + 1]?.sentence === next.sentence ? (tokens[end + 1] as Token).start : next.start;
  for (let k = 0; k < times.length; k++) {
    const t = times[k] as TimeExpr;
    if (t.start === at || t.start === next.start) return t;
  }
  return null;
}
