/**
 * Refiner 5 — place: the place mention of the sentence nearest to the trigger (same sentence only;
 * places elsewhere in the article do not locate an event).
 */
import type { Event, Token } from '../domain/types.js';
import type { DocContext } from './context.js';
import type { Candidate } from './match.js';

type PlaceMention = DocContext['doc']['places'][number];

/** The sentence's place mentions that are no country, in document order (made once per sentence). */
function placesIn(ctx: DocContext, sentence: number, s: { start: number; end: number }): PlaceMention[] {
  const memo = (ctx.placesIn ??= []);
  let list = memo[sentence];
  if (!list) {
    list = [];
    for (const p of ctx.doc.places) if (!(p.start < s.start || p.end > s.end) && p.place.kind !== 'country') list.push(p);
    memo[sentence] = list;
  }
  return list;
}

export function placeOf(ctx: DocContext, cand: Candidate): Event['where'] | undefined {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return undefined;
  const trig = ctx.doc.tokens[cand.trigger] as Token;
  const list = placesIn(ctx, cand.sentence, s);
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
