/**
 * Actor dictionary look-ups for the API and CLI: prefix search over names and aliases
 * (case-insensitive) and get by id. The dictionary is loaded once, on first use.
 */
import type { ActorEntry } from '../domain/types.js';
import { loadActorDictionary, type ActorDictionary } from '../actors/index.js';

let dict: ActorDictionary | null = null;

function dictionary(): ActorDictionary {
  dict ??= loadActorDictionary();
  return dict;
}

export interface ActorHit {
  id: string;
  kind: ActorEntry['kind'];
  name: string;
  code: string;
  country?: string;
  /** The name or alias that matched. */
  matched: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Entries whose name or an alias starts with `q` (or has a word starting with it), exact prefixes first. */
export function searchActors(q: string, limit = 20, entries: Iterable<ActorEntry> = dictionary().entries.values()): ActorHit[] {
  const needle = fold(q.trim());
  if (!needle) return [];
  const hits: Array<ActorHit & { rank: number }> = [];
  for (const e of entries) {
    let best: { rank: number; form: string } | null = null;
    for (const form of [e.name, ...e.aliases]) {
      const f = fold(form);
      const rank = f.startsWith(needle) ? (f === needle ? 0 : 1) : f.split(/[\s-]+/).some((w) => w.startsWith(needle)) ? 2 : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, form };
    }
    if (best) hits.push({ id: e.id, kind: e.kind, name: e.name, code: e.code, ...(e.country ? { country: e.country } : {}), matched: best.form, rank: best.rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
}

export function getActor(id: string, entries: Map<string, ActorEntry> = dictionary().entries): ActorEntry | null {
  return entries.get(id) ?? null;
}
