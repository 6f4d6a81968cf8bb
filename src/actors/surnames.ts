/** Choosing among people who share a surname. */
import type { ActorEntry } from '../domain/types.js';
import { rolesOn } from './roles.js';
import type { State } from './state.js';

/** Chooses among people sharing a surname; null when it stays ambiguous. */
export function pickBySurname(s: State, people: ActorEntry[], prefer?: (e: ActorEntry) => boolean): ActorEntry | null {
  if (prefer) {
    const p = people.filter(prefer);
    if (p.length === 1) return p[0]!;
  }
  let last: ActorEntry | null = null;
  let lastAt = -1;
  for (const e of people) {
    const f = s.named.get(e.id);
    if (f && f.start > lastAt) { last = e; lastAt = f.start; }
  }
  if (last) return last;
  const active = people.filter((e) => rolesOn(e, s.date).length > 0);
  if (active.length === 1) return active[0]!;
  // the only listed person with that surname, out of office on the date ("Obama said" in 2020)
  return active.length === 0 && people.length === 1 && !prefer ? people[0]! : null;
}

