/** Choosing among people who share a surname. */
import type { ActorEntry } from '../domain/types.js';
import { rolesOn } from './roles.js';
import type { State } from './state.js';

/**
 * Of several people in office who share a surname, the only one whose office's country the article names at all — by a
 * name, adjective, capital or person, or as the country of a place ("Haddad said Brasilia would retaliate" is Brazil's
 * finance minister, "Israel said it had targeted Haddad in Gaza City" the Hamas commander); null when none or several
 * are (an article naming both Koreas leaves a bare "Kim" open).
 */
function onlyOneNamed(s: State, active: ActorEntry[]): ActorEntry | null {
  let found: ActorEntry | null = null;
  for (const e of active) {
    const named = rolesOn(e, s.date).some((r) => (s.counts.get(r.of) ?? 0) > 0 || s.places.some((p) => p.place.country === r.of && p.place.kind !== 'water'));
    if (!named) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

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
  if (active.length > 1 && !prefer) {
    const e = onlyOneNamed(s, active);
    if (e) return e;
  }
  // the only listed person with that surname, out of office on the date ("Obama said" in 2020)
  return active.length === 0 && people.length === 1 && !prefer ? people[0]! : null;
}
