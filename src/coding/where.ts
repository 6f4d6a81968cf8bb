/**
 * Refiner 5 — place: the place mention of the sentence nearest to the trigger (same sentence only;
 * places elsewhere in the article do not locate an event).
 */
import type { Event, Token } from '../domain/types.js';
import { bySentence, type DocContext } from './context.js';
import type { Candidate } from './match.js';

type PlaceMention = DocContext['doc']['places'][number];

const NO_PLACES: PlaceMention[] = [];
/** "a London-based monitor": where someone is based is not where anything happens. */
const SEAT = /^-(?:based|headquartered)\b/;

/** The sentence's place mentions that are no country nor a seat, in document order (made once per document). */
function placesIn(ctx: DocContext, sentence: number): PlaceMention[] {
  if (ctx.placesIn) return ctx.placesIn[sentence] ?? NO_PLACES;
  const text = ctx.doc.text;
  // (nor a capital that stands for its government: "what Beijing called a stern warning")
  const acting = new Set<number>();
  for (const m of ctx.doc.actors) if (m.how === 'metonym') acting.add(m.start);
  // (nor a word of a person's name: "Victoria Furtuna", "Jordan Bardella")
  const people = ctx.doc.actors.filter((m) => m.kind === 'person');
  const named = (p: PlaceMention): boolean => people.some((m) => m.start <= p.start && p.end <= m.end);
  // (nor where the story was filed: a dateline)
  ctx.placesIn = bySentence(ctx.doc, ctx.doc.places, (p) => p.place.kind !== 'country' && !p.dateline && !acting.has(p.start) && !SEAT.test(text.slice(p.end, p.end + 14)) && !named(p));
  return ctx.placesIn[sentence] ?? NO_PLACES;
}

export function placeOf(ctx: DocContext, cand: Candidate): Event['where'] | undefined {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return undefined;
  const trig = ctx.doc.tokens[cand.trigger] as Token;
  const list = placesIn(ctx, cand.sentence);
  if (list.length === 0) return undefined;
  // the nearest; the first of equals; not one inside a clause of another act after the trigger
  let best: PlaceMention | null = null;
  let bestD = Infinity;
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as PlaceMention;
    const d = Math.abs(p.start - trig.start);
    if (d < bestD && !(p.start > trig.start && clauseOfItsOwn(ctx, cand, p.start))) { best = p; bestD = d; }
  }
  if (best === null) return undefined;
  const pl = best.place;
  return { placeId: pl.id, name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon };
}

/** Words opening a clause about another act ("days after the group captured the city of X"). */
// (not "when", "while", "as": what happens at the same time happens at the same place — "a soldier was killed when a
// drone struck a site near Lahore")
const OPENERS = new Set(['after', 'before', 'since', 'because', 'once', 'until', 'which', 'who', 'whom', 'whose', 'where', 'although', 'though', 'whereas']);

/**
 * The place at `offset`, after the trigger, is inside a clause with its own finite verb opened after the
 * trigger ("agreed to a truce, days after the group captured the city of El Fasher", "struck the port
 * before Y attacked the town of Z"): that clause's act's place, not the trigger's.
 */
function clauseOfItsOwn(ctx: DocContext, cand: Candidate, offset: number): boolean {
  const tokens = ctx.doc.tokens;
  let opened = false;
  for (let i = cand.end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= offset) return false;
    // ("an attack in which gunmen stormed a mosque in Sinai": a relative after a preposition tells the act itself)
    if (OPENERS.has(t.lower) && !(i > 0 && (tokens[i - 1] as Token).pos === 'ADP')) opened = true;
    // (a participle after a hyphen is a modifier: "the army-held city"; a participle of a reduced relative is none)
    else if (opened && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && (tokens[i - 1] as Token).text !== '-') return true;
  }
  return false;
}
