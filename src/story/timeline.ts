/**
 * Timeline: asserted events and other dated happenings in time order. Warning signals —
 * intelligence received, warnings issued — are happenings too: an analyst wants to see when the
 * alarm was raised relative to the strikes and the calls.
 */
import type { Event } from '../domain/types.js';
import { type StoryContext, whenOfTime } from './context.js';
import { type TimelineEntry, type When, whenOf } from './types.js';
import { describeEvent } from './describe.js';
import { datelineEnd } from './ceasefires.js';

// ("intelligence chief Hassan Rashad", "the intelligence services": an office, no warning)
const WARNING = /\b(intelligence(?!\s+(?:chiefs?|directors?|ministers?|ministry|services?|agenc(?:y|ies)|officials?|officers?|heads?|committees?|community|sources?|operatives?|agents?|cooperation|sharing)\b)|warn(?:ed|ing|ings|s)?(?!\s+shots?\b)|alert(?:ed|s)?|threat assessment|early warning|tip-?off)\b/i;

export function timeline(ctx: StoryContext, extra: TimelineEntry[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const filed = datelineTimes(ctx);
  for (const e of ctx.asserted) {
    if (!e.when.date && !e.when.utc) continue;
    if (e.when.inferred && !e.when.text) continue; // only the publication date: not a dated happening
    // ("DOHA, May 8 (Wire) -": the filing date is the publication date, no time of the event)
    if (e.when.inferred && e.when.text && filed.has(e.when.text)) continue;
    // ("the truce would last 42 days": the verb "last", no "last 42 days" before the article)
    if (e.when.text && /^last\s/i.test(e.when.text) && new RegExp(`\\b(?:would|will|to|should|could|shall|may|might)\\s+${e.when.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(e.evidence)) continue;
    entries.push(eventEntry(ctx, e));
  }
  entries.push(...warnings(ctx), ...extra);
  return dedupe(entries).sort(byTime);
}

/** The time expressions inside the article's dateline ("May 8" in "DOHA, May 8 (Wire) -"). */
function datelineTimes(ctx: StoryContext): Set<string> {
  const first = ctx.doc.sentences[0];
  if (!first) return new Set();
  const end = first.start + datelineEnd(ctx.text(first));
  return new Set(ctx.doc.times.filter((t) => t.start >= first.start && t.end <= end).map((t) => t.text));
}

function eventEntry(ctx: StoryContext, e: Event): TimelineEntry {
  return {
    kind: 'event', when: whenOf(e.when), what: describeEvent(e, ctx.nameOf), eventId: e.id, cameo: e.cameo,
    evidence: { text: e.evidence, start: e.span[0], end: e.span[1] },
  };
}

/** Sentences that report intelligence or a warning together with their own time expression. */
function warnings(ctx: StoryContext): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const s of ctx.doc.sentences) {
    const text = ctx.text(s);
    const m = WARNING.exec(text);
    if (!m) continue;
    const times = ctx.timesIn(s).filter((t) => t.date || t.utc);
    if (times.length === 0) continue;
    // the time nearest to the warning word belongs to it
    const at = s.start + m.index;
    const t = times.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    out.push({ kind: 'warning', when: whenOfTime(t), what: warningSummary(text, m.index), evidence: ctx.evidence(s) });
  }
  return out;
}

function warningSummary(text: string, at: number): string {
  const quoted = /[“"]([^”"]{3,60})[”"]/.exec(text);
  if (quoted && /intelligence|warning/i.test(quoted[1] ?? '')) return `warning signal: “${quoted[1]}”`;
  const words = text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, ' ').trim();
  return `warning signal: …${words}…`;
}

function dedupe(entries: TimelineEntry[]): TimelineEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const k = `${e.kind}|${e.cameo ?? ''}|${e.when.utc ?? e.when.date}|${e.what}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const PART_ORDER = { 'early-morning': 1, morning: 2, afternoon: 3, evening: 4, night: 5 } as const;

export function sortKey(w: When): string {
  if (w.utc) return w.utc;
  const part = w.partOfDay ? PART_ORDER[w.partOfDay] : 0;
  return `${w.date ?? '9999-12-31'}T0${part}`;
}

function byTime(a: TimelineEntry, b: TimelineEntry): number {
  const ka = sortKey(a.when);
  const kb = sortKey(b.when);
  return ka < kb ? -1 : ka > kb ? 1 : a.evidence.start - b.evidence.start;
}
