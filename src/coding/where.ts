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
  // (nor where the story was filed: a dateline)
  ctx.placesIn = bySentence(ctx.doc, ctx.doc.places, (p) => p.place.kind !== 'country' && !p.dateline && !acting.has(p.start) && !SEAT.test(text.slice(p.end, p.end + 14)));
  return ctx.placesIn[sentence] ?? NO_PLACES;
}

export function placeOf(ctx: DocContext, cand: Candidate): Event['where'] | undefined {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return undefined;
  const trig = ctx.doc.tokens[cand.trigger] as Token;
  const list = placesIn(ctx, cand.sentence);
  if (list.length === 0) return undefined;
  // the nearest; the first of equals
  let best = list[0] as PlaceMention;
  let bestD = Math.abs(best.start - trig.start);
  for (let k = 1; k < list.length; k++) {
    const p = list[k] as PlaceMention;
    const d = Math.abs(p.start - trig.start);
    if (d < bestD) { best = p; bestD = d; }
  }
  const pl = best.place;
  return { placeId: pl.id, name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon };
}
