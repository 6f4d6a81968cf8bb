/** Roles on a date: who held what, and whether a title the text states fits the date. */
import type { ActorEntry, IsoDate, RoleSpell } from '../domain/types.js';
import type { ActorDictionary } from './model.js';
import { addDays } from '../nlp/time/calendar.js';

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

/** Days after a role's end during which news of its holder still codes them in it. */
const JUST_ENDED_DAYS = 7;

/**
 * "Israeli forces killed Hossein Salami, the commander of the Revolutionary Guards" in an article of the next day: a role
 * that ended at most a week before `date` (the holder killed, ousted or resigning in the events told), when the person
 * holds no other role on `date`; else undefined.
 */
export function justEndedRole(entry: ActorEntry, date: IsoDate): RoleSpell | undefined {
  const roles = entry.roles;
  if (!roles) return undefined;
  const since = addDays(date, -JUST_ENDED_DAYS);
  let best: RoleSpell | undefined;
  for (const r of roles) if (r.to !== undefined && r.to < date && r.to >= since && (!best || r.to > (best.to as string))) best = r;
  return best;
}

/** A person and one spell of theirs in an office. */
export interface Holding { entry: ActorEntry; role: RoleSpell }

/**
 * The spells of one title, in the order `holdersOn` reports them (holders in dictionary order, each
 * one's spells in file order): all of them, and those of each country; with the latest date's answer
 * for no country.
 */
interface Spells {
  /** the holders list these were made from, and its length then (a list grown since is read again) */
  length: number;
  all: Holding[];
  byOf: Map<string, Holding[]>;
  lastDate: IsoDate | null;
  lastHolders: readonly Holding[];
}

const spellsOf = new WeakMap<readonly ActorEntry[], Spells>();

function spellsFor(title: string, people: readonly ActorEntry[]): Spells {
  let sp = spellsOf.get(people);
  if (sp !== undefined && sp.length === people.length) return sp;
  sp = { length: people.length, all: [], byOf: new Map(), lastDate: null, lastHolders: [] };
  for (const entry of people) {
    for (const role of entry.roles ?? []) {
      if (role.title !== title) continue;
      const h: Holding = { entry, role };
      sp.all.push(h);
      const list = sp.byOf.get(role.of);
      if (list) list.push(h); else sp.byOf.set(role.of, [h]);
    }
  }
  spellsOf.set(people, sp);
  return sp;
}

function activeHoldings(spells: readonly Holding[], date: IsoDate): Holding[] {
  const out: Holding[] = [];
  for (const h of spells) if (activeOn(h.role, date)) out.push(h);
  return out;
}

/**
 * People holding `title` on `date` (of `of`, when given); read-only (shared between calls). A title
 * like "President" has hundreds of holders over the years: their spells of it are listed once per
 * title and country (see `Spells`), so a call reads only the spells of that title (and country), and
 * the article's "the president" mentions, which ask for no country, share one answer per date.
 */
export function holdersOn(dict: ActorDictionary, title: string, date: IsoDate, of?: string): readonly Holding[] {
  const people = dict.holders.get(title);
  if (people === undefined) return [];
  const sp = spellsFor(title, people);
  if (of !== undefined) return activeHoldings(sp.byOf.get(of) ?? [], date);
  if (sp.lastDate !== date) {
    sp.lastHolders = activeHoldings(sp.all, date);
    sp.lastDate = date;
  }
  return sp.lastHolders;
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
