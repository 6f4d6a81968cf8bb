/** Roles on a date: who held what, and whether a title the text states fits the date. */
import type { ActorEntry, IsoDate, RoleSpell } from '../domain/types.js';
import type { ActorDictionary } from './model.js';

export function activeOn(r: RoleSpell, date: IsoDate): boolean {
  return r.from <= date && (r.to === undefined || date <= r.to);
}

/** The roles a person held on `date`, in file order. */
export function rolesOn(entry: ActorEntry, date: IsoDate): RoleSpell[] {
  return (entry.roles ?? []).filter((r) => activeOn(r, date));
}

/** The first role a person held on `date` (= `rolesOn(entry, date)[0]`, without building the list). */
export function firstRoleOn(entry: ActorEntry, date: IsoDate): RoleSpell | undefined {
  const roles = entry.roles;
  if (!roles) return undefined;
  for (const r of roles) if (activeOn(r, date)) return r;
  return undefined;
}

/** The role to code a person with: the one matching `preferTitle` if held, else the first held. */
export function roleFor(entry: ActorEntry, date: IsoDate, preferTitle?: string): RoleSpell | undefined {
  const held = rolesOn(entry, date);
  return (preferTitle ? held.find((r) => r.title === preferTitle) : undefined) ?? held[0];
}

/** People holding `title` on `date` (of `of`, when given). */
export function holdersOn(dict: ActorDictionary, title: string, date: IsoDate, of?: string): { entry: ActorEntry; role: RoleSpell }[] {
  const out: { entry: ActorEntry; role: RoleSpell }[] = [];
  for (const entry of dict.holders.get(title) ?? []) {
    for (const r of entry.roles ?? []) {
      if (r.title === title && activeOn(r, date) && (of === undefined || r.of === of)) out.push({ entry, role: r });
    }
  }
  return out;
}

export function holdsOn(entry: ActorEntry, title: string, date: IsoDate): boolean {
  return (entry.roles ?? []).some((r) => r.title === title && activeOn(r, date));
}

/** Spell `a` is nearer `date` than `b`: begun by then and later, or (neither begun) sooner. */
export function nearer(a: RoleSpell, b: RoleSpell | undefined, date: IsoDate): boolean {
  if (!b) return true;
  const aPast = a.from <= date;
  const bPast = b.from <= date;
  return aPast !== bPast ? aPast : aPast ? a.from > b.from : a.from < b.from;
}

/** The spell of `title` nearest to `date` (the last one begun by then, else the first after), if ever held. */
export function nearestSpell(entry: ActorEntry, title: string, date: IsoDate): RoleSpell | undefined {
  let best: RoleSpell | undefined;
  for (const r of entry.roles ?? []) if (r.title === title && nearer(r, best, date)) best = r;
  return best;
}

export function everHeld(entry: ActorEntry, title: string): boolean {
  return (entry.roles ?? []).some((r) => r.title === title);
}

/** The date part of a published date or instant. */
export function dayOf(published: string): IsoDate {
  return published.slice(0, 10);
}
