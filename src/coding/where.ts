/**
 * Refiner 5 — place: the place mention of the sentence nearest to the trigger (same sentence only;
 * places elsewhere in the article do not locate an event).
 */
import type { Event, Token } from '../domain/types.js';
import type { DocContext } from './context.js';
import type { Candidate } from './match.js';

export function placeOf(ctx: DocContext, cand: Candidate): Event['where'] | undefined {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return undefined;
  const trig = ctx.doc.tokens[cand.trigger] as Token;
  let best: { d: number; p: (typeof ctx.doc.places)[number] } | null = null;
  for (const p of ctx.doc.places) {
    if (p.start < s.start || p.end > s.end) continue;
    if (p.place.kind === 'country') continue;
    const d = Math.abs(p.start - trig.start);
    if (!best || d < best.d) best = { d, p };
  }
  if (!best) return undefined;
  const pl = best.p.place;
  return { placeId: pl.id, name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon };
}
