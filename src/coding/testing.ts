/**
 * Test helper: a hand-built AnnotatedDoc over a small fictional world (Arnor ARN, Gondor GON,
 * Rohan ROH, Mordor MOR, plus a news outlet). Tokens come from the real tokenizer; actor mentions
 * are placed by exact name search, longest names first; times are given by the test.
 */
import type { ActorKind, ActorMention, AnnotatedDoc, PlaceMention, Resolution, TimeExpr } from '../domain/types.js';
import { tokenize } from '../nlp/tokenizer.js';

interface WorldEntry { code: string; kind: ActorKind; members?: string[]; how?: Resolution }

export const WORLD: Record<string, WorldEntry> = {
  'Arnor': { code: 'ARN', kind: 'country' },
  'Gondor': { code: 'GON', kind: 'country' },
  'Rohan': { code: 'ROH', kind: 'country' },
  'Mordor': { code: 'MOR', kind: 'country' },
  'Arnorian': { code: 'ARN', kind: 'country' },
  'Gondorian': { code: 'GON', kind: 'country' },
  'King Elessar': { code: 'GONGOV', kind: 'person' },
  'Elessar': { code: 'GONGOV', kind: 'person' },
  'Queen Arwen': { code: 'ARNGOV', kind: 'person' },
  'Arwen': { code: 'ARNGOV', kind: 'person' },
  'Theoden': { code: 'ROHGOV', kind: 'person' },
  'Sauron': { code: 'MORGOV', kind: 'person' },
  'Mordor army': { code: 'MORMIL', kind: 'agent' },
  'both sides': { code: 'ARN', kind: 'country', members: ['ARN', 'GON'] },
  'Minas Herald': { code: 'GONMED', kind: 'media' },
  'Palantir News': { code: 'ARNMED', kind: 'media' },
  'he': { code: 'GONGOV', kind: 'person' },
};

export function mention(text: string, start: number, e: WorldEntry): ActorMention {
  return {
    start, end: start + text.length, text, actorId: `${e.kind}:${text}`, code: e.code, name: text, kind: e.kind,
    how: e.how ?? 'name', ...(e.members ? { members: e.members } : {}),
  };
}

/** Places world names in `text` (whole words, longest first, no overlaps). */
export function placeActors(text: string, world: Record<string, WorldEntry> = WORLD): ActorMention[] {
  const names = Object.keys(world).sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  const out: ActorMention[] = [];
  for (const n of names) {
    const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, n === 'he' ? 'g' : 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + n.length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      taken.push([s, e]);
      out.push(mention(n, s, world[n] as WorldEntry));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A document as the annotator would give it, with hand-placed actors and optional times. */
export function fixtureDoc(text: string, opts: { published?: string; times?: TimeExpr[]; actors?: ActorMention[]; places?: PlaceMention[] } = {}): AnnotatedDoc {
  const { sentences, tokens } = tokenize(text);
  return {
    text, published: opts.published ?? '2025-05-11', sentences, tokens, times: opts.times ?? [], places: opts.places ?? [],
    actors: opts.actors ?? placeActors(text), roleConflicts: [], countries: [],
  };
}

/** A day-precision time expression over the first occurrence of `phrase`. */
export function dayTime(text: string, phrase: string, date: string): TimeExpr {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, date, precision: 'day', inferred: false };
}

/** Place mentions of the fictional world's towns: every occurrence of each name, in text order. */
export function placeMentions(text: string, towns: Record<string, string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const [name, country] of Object.entries(towns)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ start: i, end: i + name.length, text: name, place: { id: name.toLowerCase(), name, kind: 'city', country, lat: 0, lon: 0 } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
