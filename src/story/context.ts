/** Lookups over an annotated document that the story builders share. */
import type { ActorMention, AnnotatedDoc, Event, Sentence, TimeExpr } from '../domain/types.js';
import type { Evidence, When } from './types.js';

export interface StoryContext {
  doc: AnnotatedDoc;
  events: Event[];
  asserted: Event[];
  sentenceOf(offset: number): Sentence | undefined;
  actorsIn(s: Sentence): ActorMention[];
  timesIn(s: Sentence): TimeExpr[];
  eventsIn(s: Sentence): Event[];
  text(s: Sentence): string;
  evidence(s: Sentence): Evidence;
  nameOf(code: string): string | undefined;
}

export function storyContext(doc: AnnotatedDoc, events: Event[]): StoryContext {
  const byStart = (xs: Array<{ start: number }>, s: Sentence) => xs.filter((x) => x.start >= s.start && x.start < s.end);
  const names = new Map<string, string>();
  for (const a of doc.actors) if (a.kind === 'country' && !names.has(a.code)) names.set(a.code, a.name);
  // (a group mention — "the leaders of X and Y" — carries its first member's code but names them all)
  for (const a of doc.actors) if (!names.has(a.code) && !(a.members && a.members.length > 1)) names.set(a.code, a.name);
  return {
    doc,
    events,
    asserted: events.filter((e) => e.modality === 'asserted'),
    sentenceOf: (offset) => doc.sentences.find((s) => offset >= s.start && offset < s.end),
    actorsIn: (s) => byStart(doc.actors, s) as ActorMention[],
    timesIn: (s) => byStart(doc.times, s) as TimeExpr[],
    eventsIn: (s) => events.filter((e) => e.sentence === s.index),
    text: (s) => doc.text.slice(s.start, s.end),
    evidence: (s) => ({ text: doc.text.slice(s.start, s.end).trim(), start: s.start, end: s.end }),
    nameOf: (code) => names.get(code) ?? names.get(code.slice(0, 3)),
  };
}

export function whenOfTime(t: TimeExpr): When {
  return {
    ...(t.utc ? { utc: t.utc } : {}), ...(t.date ? { date: t.date } : {}), precision: t.precision,
    ...(t.partOfDay ? { partOfDay: t.partOfDay } : {}), stated: t.text, inferred: t.inferred,
  };
}

/** Case-insensitive whole-word test for any of the words/phrases. */
export function hasAny(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

export function country(code: string | null | undefined): string {
  return (code ?? '').slice(0, 3);
}

/**
 * The country of a mention, or null when its code names only a sector ("civilians" → `CVL`,
 * "troops" → `MIL` without a nationality): such codes have no country part.
 */
export function mentionCountry(m: { code: string; kind: string }): string | null {
  if (m.kind === 'agent' && m.code.length === 3) return null;
  if (m.kind === 'media') return null;
  return m.code.slice(0, 3);
}
