/**
 * Titles: "Vice President JD Vance" (title + name, checked against the roles held on the date),
 * "Pakistan's army chief" (the holder on the date), "a minister" / "the president of the club"
 * (generic: a class, not an office), and "Senator X" when X was no senator that day (a role conflict).
 */
import { countryPart, STATE_SECTORS, type ActorEntry, type ActorKind, type RoleSpell } from '../domain/types.js';
import { exBefore, FORMER, GENERIC_DETS, allyAfter, givenNameOfAnother, nameContinues, particleName } from './context.js';
import { personMention, typedMention, typedName } from './emit.js';
import type { ActorDictionary, TitleInfo } from './model.js';
import { everHeld, holdersOn, holdsOn, nearer, nearestSpell } from './roles.js';
import { isCapitalized, type Item } from './scan.js';
import { pickBySurname } from './surnames.js';
import type { Found, State } from './state.js';

/** The actor a title or agent noun belongs to, from a word before it ("Pakistan's", "Indian", "UN"). */
export interface Modifier {
  code: string;
  /** display name of the modifying actor */
  name: string;
  kind: ActorKind;
  start: number;
  former: boolean;
  /** "former", "ex-", "late" before it (not "then"): of people who no longer hold the office */
  ex?: boolean;
  /** The state of a party's, spy agency's or company's name (`kind` 'group'): a governing head after it is the state's. */
  organ?: string;
}

type TitleItem = Item & { kind: 'title' };

function formerBefore(s: State, start: number): boolean {
  const p = s.view.tokens[start - 1];
  if (!p) return false;
  // ("ex-prime minister X": wink keeps "ex-" with the title's first word)
  if (FORMER.has(p.lower) || (p.lower.startsWith('ex-') && p.lower.length > 3)) return true;
  // "ex-President", "then-Senator"
  return p.text === '-' && FORMER.has(s.view.tokens[start - 2]?.lower ?? '');
}

/** A former holder's office ("former President", "ex-minister", "the late President"): see `exBefore`. */
function exOffice(s: State, start: number, item: TitleItem): boolean {
  return exBefore(s.view.tokens, start) || exBefore(s.view.tokens, item.start);
}

function genericBefore(s: State, start: number): boolean {
  return GENERIC_DETS.has(s.view.tokens[start - 1]?.lower ?? '');
}

/** "Prime Minister of India": "of" + a country, IGO or group after the title. */
function ofActor(s: State, end: number): { code: string; end: number; itemIdx: number } | null {
  if (s.view.tokens[end]?.lower !== 'of') return null;
  let j = end + 1;
  if (s.view.tokens[j]?.lower === 'the' && s.at[j]! < 0) j++;
  const idx = s.at[j] ?? -1;
  const item = s.items[idx];
  if (!item || item.kind !== 'name') return null;
  // "the second-in-command of Mordor's proxy ally": not Mordor's chief
  if (allyAfter(s, item.end, false)) return null;
  for (const h of item.hits) {
    if (h.type === 'entry' && (h.entry.kind === 'country' || h.entry.kind === 'igo' || h.entry.kind === 'group')) {
      return { code: h.entry.code, end: item.end, itemIdx: idx };
    }
    if (h.type === 'adjective' && !h.demonym) return null;
  }
  return null;
}

/** Honorifics written before a given name ("Sheikh Tamim", "Prince Faisal"), not a surname. */
export const GIVEN_NAME_HONORIFICS = new Set(['Sheikh', 'Sheik', 'Shaikh', 'Prince', 'Princess', 'Emir', 'Sultan', 'Sayyid', 'Sheikha']);

/** The person named before `start` whose name or mention has `word` as a given name (its first word, or right after an honorific). */
export function givenNameBefore(s: State, start: number, word: string): Found | null {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= start || f.m.kind !== 'person') continue;
    if (f.m.name.split(' ')[0] === word) return f;
    for (let i = f.start; i + 1 < f.end; i++) if (GIVEN_NAME_HONORIFICS.has(s.view.tokens[i]!.text) && s.view.tokens[i + 1]!.text === word) return f;
  }
  return null;
}

/** The person is of state `c`: their country, or a role held for it at any time. */
function ofState(e: ActorEntry, c: string): boolean {
  return e.country === c || (e.roles ?? []).some((r) => r.of === c || r.code.startsWith(c));
}

/** A name right after the title: a listed person, a surname, or an unlisted capitalised name. */
function nameAfter(s: State, item: TitleItem, info: TitleInfo, start: number, former: boolean, of: string | undefined): boolean {
  const written = s.view.text.slice(s.view.tokens[item.start]!.start, s.view.tokens[item.end - 1]!.end);
  const stated = { info, written, former };
  const idx = s.at[item.end] ?? -1;
  const next = s.items[idx];
  if (next?.kind === 'name') {
    const hit = next.hits.find((h) => h.type === 'entry' && h.entry.kind === 'person');
    // ("Colombian Defense Minister Pedro Sanchez": a listed person of another state, after an office the text gives to this
    // one, is a namesake — someone no list holds, of the office's state)
    if (hit && hit.type === 'entry' && of !== undefined && info.sector && !info.generic && s.dict.countries.has(of) && !ofState(hit.entry, of)) {
      s.consumed[idx] = 1;
      const name = s.view.text.slice(s.view.tokens[next.start]!.start, s.view.tokens[next.end - 1]!.end);
      unlistedPerson(s, of + info.sector, name, start, next.end, info.title, written);
      return true;
    }
    if (hit && hit.type === 'entry' && !givenNameOfAnother(s, hit.entry, next.start, next.end)) {
      s.consumed[idx] = 1;
      personMention(s, hit.entry, 'title+name', start, next.end, stated);
      return true;
    }
  }
  // ("Sheikh Mohammed said": after an Arab honorific a name is a given name — the person named so before, else one no list holds)
  if (next?.kind === 'surname' && GIVEN_NAME_HONORIFICS.has(s.view.tokens[item.end - 1]!.text)) {
    const given = givenNameBefore(s, start, s.view.tokens[next.start]!.text);
    if (given && given.m.actorId) {
      const e = s.dict.entries.get(given.m.actorId);
      if (e) {
        s.consumed[idx] = 1;
        personMention(s, e, 'title+name', start, next.end, stated);
        return true;
      }
    }
    return unlistedAfter(s, item, info, start, of, former);
  }
  // "President Sharon Osbourne": the name continues past the surname, somebody else
  if (next?.kind === 'surname' && !nameContinues(s, next.start)) {
    // an office + a surname: someone who holds or held the office, or was named in full above;
    // anyone else with that surname is probably somebody else ("President Chaudhry")
    const title = info.title;
    const e = info.generic ? pickBySurname(s, next.people) :
      pickBySurname(s, next.people.filter((p) => everHeld(p, title) || s.named.has(p.id)), (p) => holdsOn(p, title, s.date)) ??
      pastHolder(s, next.people, title, of);
    if (e) {
      s.consumed[idx] = 1;
      personMention(s, e, 'title+name', start, next.end, stated);
      return true;
    }
  }
  return unlistedAfter(s, item, info, start, of, former);
}

/**
 * "President Carter" in a text dated years after his term: nobody with that surname holds the office
 * on the date, but people who held it at another time are still the best reading of a title + surname.
 * All such holders must have held it for one country (or \`of\`, when the text names it); the one whose
 * term is nearest the date (the last before it, else the first after) is chosen.
 */
function pastHolder(s: State, people: ActorEntry[], title: string, of: string | undefined): ActorEntry | null {
  let best: ActorEntry | null = null;
  let bestSpell: RoleSpell | undefined;
  let country: string | undefined;
  for (const p of people) {
    const spell = nearestSpell(p, title, s.date);
    if (!spell || (of !== undefined && spell.of !== of)) continue;
    if (country !== undefined && spell.of !== country) return null;
    country = spell.of;
    if (nearer(spell, bestSpell, s.date)) { best = p; bestSpell = spell; }
  }
  return best;
}

/** Token `j` is in no item, or only in a surname item (a surname of somebody else here). */
function freeOrSurname(s: State, j: number): boolean {
  const c = s.covered[j] ?? -1;
  return c < 0 || s.items[c]?.kind === 'surname';
}

/** A capitalised word of a name: a proper noun, or any capitalised word before one ("Prosper Avril", tagged a verb). */
function nameWord(s: State, j: number): boolean {
  const t = s.view.tokens[j];
  if (!t || t.type !== 'word' || !isCapitalized(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  const n = s.view.tokens[j + 1];
  return !!n && n.sentence === t.sentence && n.pos === 'PROPN' && isCapitalized(n.text) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ');
}

/** The first word written before a surname fits the person: an initial, or the first word of the name or an alias. */
function firstNameFits(e: ActorEntry, first: string): boolean {
  if (first.length <= 2 || first.includes('.')) return true;
  return [e.name, ...(e.aliases ?? [])].some((n) => n.startsWith(first + ' '));
}

/** `a` and `b` differ by at most one inserted, deleted or replaced character. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "President Francois Mitterand", "President Laurent Gbago": a surname misspelt by one letter after
 * an office title is the one listed person with a surname one edit away who ever held that office
 * (for \`of\`, when given). Short names (under six letters in the listed form) are left alone.
 */
function misspeltHolder(s: State, word: string, title: string, of: string | undefined, firstName?: string): ActorEntry | null {
  if (word.length < 5 || !isCapitalized(word)) return null;
  let found: ActorEntry | null = null;
  for (const p of s.dict.holders.get(title) ?? []) {
    const sur = p.surname;
    if (!sur || sur.length < 6 || sur === word || !oneEditApart(sur, word)) continue;
    if (of !== undefined && !(p.roles ?? []).some((r) => r.title === title && r.of === of)) continue;
    // ("Foreign Minister Mahmoud Thabit Kombo" is no misspelt Constantinos Kombos: a first name written must fit)
    if (firstName !== undefined && !firstNameFits(p, firstName)) continue;
    if (found && found !== p) return null;
    found = p;
  }
  return found;
}

/** A person no list holds, named after an office (`written` as the text gives it), typed `code`. */
function unlistedPerson(s: State, code: string, name: string, start: number, end: number, title: string | undefined, written: string): Found {
  const f = typedMention(s, code, name, 'title+name', start, end, false, title);
  f.m.actorId = `unlisted:${name.toLowerCase().replace(/\s+/g, '-')}`;
  f.m.kind = 'person';
  f.m.statedTitle = written;
  return f;
}

/** "Foreign Minister Jane Roe" with Jane Roe not in the dictionary: a person of the title's country. */
function unlistedAfter(s: State, item: TitleItem, info: TitleInfo, start: number, of: string | undefined, former = false): boolean {
  if (!isCapitalized(s.view.tokens[item.start]!.text) || s.titleCase[s.view.tokens[item.start]!.sentence]) return false;
  let j = item.end;
  for (;;) {
    if (j < item.end + 3 && freeOrSurname(s, j) && nameWord(s, j)) { j++; continue; }
    // ("Information Minister Hamza al-Mustafa", "Ahmed bin Saleh": a particle of a name, its next word capitalised)
    const n = particleName(s, j);
    if (j > item.end && n > 0 && j < item.end + 4) { j += n; continue; }
    // ("Army chief Waker-Uz-Zaman": the parts of a hyphened name are one name, no misspelt "Walker")
    const h = s.view.tokens[j];
    const w = s.view.tokens[j + 1];
    if (j > item.end && j < item.end + 5 && h?.text === '-' && h.start === s.view.tokens[j - 1]!.end && w && w.start === h.end && isCapitalized(w.text)) { j += 2; continue; }
    break;
  }
  if (j === item.end) return false;
  for (let k = item.end; k < j; k++) if (s.covered[k]! >= 0) s.consumed[s.covered[k]!] = 1;
  const last = s.view.tokens[j - 1]!.text;
  // "President Vladimir V. Putin": first names and initials before a listed holder's surname
  const firstName = s.view.tokens[item.end]!.text;
  const listed = info.generic || j - item.end < 2 ? undefined :
    s.dict.surnames.get(last)?.filter((p) => firstNameFits(p, firstName));
  const misspelt = info.generic || !info.sector ? null :
    (listed ? pastHolder(s, listed, info.title, of) : null) ?? misspeltHolder(s, last, info.title, of, j - item.end >= 2 ? firstName : undefined);
  if (misspelt) {
    const written = s.view.text.slice(s.view.tokens[item.start]!.start, s.view.tokens[item.end - 1]!.end);
    personMention(s, misspelt, 'title+name', start, j, { info, written, former });
    return true;
  }
  const stated = of ?? (info.countries?.length === 1 ? info.countries[0] : undefined);
  // ("PORT-AU-PRINCE, June 3 (Reuters) - Defence Minister X met Kenyan officials": with no country clearly most named, the
  // dateline's)
  const guess = stated ? undefined : mainCountry(s) ?? datelineCountry(s) ?? groupsCountry(s);
  // a one-holder office (not "Senator") whose holder there the article names: the unlisted person is of another country
  const country = stated ?? (guess && (info.many || info.generic || !otherHolderNamed(s, info.title, guess)) ? guess : undefined);
  if (!info.sector || info.title === 'honorific') return true; // a name we cannot code: not an office either
  const name = s.view.text.slice(s.view.tokens[item.end]!.start, s.view.tokens[j - 1]!.end);
  // no country in sight: the office's sector alone ("President Jane Roe" in a lone sentence)
  // (an unlisted former holder with a country: "former Haitian President Michel Martelly" is an elite of Haiti)
  const sector = former && country && exOffice(s, start, item) ? 'ELI' : info.sector;
  const code = !country ? info.sector : s.dict.countries.has(country) ? country + sector : country;
  const f = unlistedPerson(s, code, name, start, j, info.generic || sector === 'ELI' ? undefined : info.title,
    s.view.text.slice(s.view.tokens[item.start]!.start, s.view.tokens[item.end - 1]!.end));
  if (j - item.end > 1) s.unlisted.set(s.view.tokens[j - 1]!.text, f);
  // (a guessed country: "Judiciary chief X accused Israel" is not Israel's — see orgs.ts `ownCountryObjects`)
  if (!stated && country) f.contextual = true;
  return true;
}

/**
 * "President Jane Roe conceded to the demands of the Gondor Liberation Front": with no country named at all,
 * the one country of the listed groups the article names (their home state) is the office's country.
 */
function groupsCountry(s: State): string | undefined {
  let found: string | undefined;
  for (const code of s.counts.keys()) {
    if (s.dict.countries.has(code)) return undefined;
    const c = code.slice(0, 3);
    if (code.startsWith('IGO') || code.startsWith('NGO') || !s.dict.countries.has(c)) continue;
    if (found !== undefined && found !== c) return undefined;
    found = c;
  }
  return found;
}

/**
 * "Prime Minister Jane Roe sent condolences to Gondorian Prime Minister John Doe": the article names a listed
 * person who holds (or held) the same office for the guessed country, so the unlisted holder is of another one.
 */
function otherHolderNamed(s: State, title: string, country: string): boolean {
  const held = (e: ActorEntry): boolean => e.kind === 'person' && (e.roles ?? []).some((r) => r.title === title && r.of === country);
  for (const item of s.items) {
    if (item.kind === 'name' && item.hits.some((h) => h.type === 'entry' && held(h.entry))) return true;
    // "Netanyahu" alone: only when every listed bearer of the surname held the office there
    if (item.kind === 'surname' && item.people.length > 0 && item.people.every(held)) return true;
  }
  return false;
}

/** The country the article is clearly most about (strictly ahead of the next), if any: computed once per article. */
export function mainCountry(s: State): string | undefined {
  return s.main;
}

/** The country of the wire dateline's place, when the document opens with one. */
export function datelineCountry(s: State): string | undefined {
  const p = s.places[0];
  return p && p.dateline && p.place.country && s.dict.countries.has(p.place.country) ? p.place.country : undefined;
}

/** The country most counted, strictly ahead of the next. */
export function mainOf(counts: ReadonlyMap<string, number>, dict: ActorDictionary): string | undefined {
  let best: string | undefined;
  let first = 0;
  let second = 0;
  // forEach: no entry array per key
  counts.forEach((n, code) => {
    if (!dict.countries.has(code)) return;
    if (n > first) { second = first; first = n; best = code; }
    else if (n > second) second = n;
  });
  return first > second ? best : undefined;
}

/** The holder of a specific office on the date: in the given country, else the article's most mentioned one. */
function holder(s: State, info: TitleInfo, of: string | undefined) {
  const hs = holdersOn(s.dict, info.title, s.date, of);
  if (of !== undefined || hs.length === 0) return hs[0];
  // the holder whose country the article mentions most, strictly ahead of the other holders' countries
  let best = hs[0]!;
  let bestScore = -1;
  let runnerUp = -1;
  for (const h of hs) {
    const score = s.counts.get(h.role.of) ?? 0;
    if (score > bestScore) { runnerUp = bestScore; best = h; bestScore = score; }
    else if (score > runnerUp && h.role.of !== best.role.of) runnerUp = score;
  }
  if (hs.length === 1 && info.countries?.length === 1) return best;
  // ("an armed convoy led by the defence minister" in an article about South Sudan: not the one listed defence
  // minister of a state named once in passing, when the article is clearly about another)
  if (s.main !== undefined && s.main !== best.role.of && (s.counts.get(s.main) ?? 0) > bestScore) return undefined;
  return bestScore > 0 && bestScore > runnerUp ? best : undefined;
}

/** The country of a place named right after "of" at token `at`, and the token after the place; null when none. */
function placeOf(s: State, at: number): { code: string; end: number } | null {
  if (s.view.tokens[at]?.lower !== 'of') return null;
  const t = s.view.tokens[at + 1];
  const p = t ? s.places.find((x) => x.start === t.start) : undefined;
  // (a place only — a name of an actor is `ofActor`'s to read, and refuses "the commander of Gondor's proxy force")
  if (!p || !p.place.country || !s.dict.countries.has(p.place.country) || s.items[s.at[at + 1] ?? -1]?.kind === 'name') return null;
  let end = at + 1;
  while (s.view.tokens[end] && s.view.tokens[end]!.end <= p.end) end++;
  const next = s.view.tokens[end]?.lower;
  return next === "'s" || next === '’s' ? null : { code: p.place.country, end };
}

export function handleTitle(s: State, idx: number, mod: Modifier | null): void {
  const item = s.items[idx] as TitleItem;
  const info = item.info;
  const start = mod ? mod.start : item.start;
  const former = (mod?.former ?? false) || formerBefore(s, start) || formerBefore(s, item.start);
  let of = mod?.code;
  // ("Israel's U.N. ambassador": a state's envoy to an organisation is the state's; the organisation says where)
  if (mod && mod.kind === 'igo' && ENVOY_TITLE.test(info.title)) of = possessorCountry(s, mod.start) ?? of;
  let end = item.end;
  let ofWord = false;
  if (!mod) {
    const o = ofActor(s, item.end);
    if (o) { of = o.code; end = o.end; s.consumed[o.itemIdx] = 1; }
    else ofWord = s.view.tokens[item.end]?.lower === 'of';
    // ("the governor of Benue state", "the mayor of Kharkiv": an office of a place is an office of the place's country)
    const place = o ? null : placeOf(s, item.end);
    if (place) { of = place.code; end = place.end; }
  }
  // ("Iran offered to mediate, its foreign ministry spokesman said": "its" stands for the actor named just before)
  if (!mod && of === undefined && s.view.tokens[start - 1]?.lower === 'its') of = itsOwner(s, start - 1);
  if (end === item.end && nameAfter(s, item, info, start, former, of)) return;
  // ("The Houthis said their prime minister had been killed", "Netanyahu and his defence minister"): an office after a
  // possessive pronoun is its owner's — a group's own office is the group; with no owner found, no holder is guessed
  const ownerTok = s.view.tokens[start - 1]?.lower ?? '';
  let unowned = false;
  if (!mod && of === undefined && OWNING_PRONOUNS.has(ownerTok)) {
    const owner = s.found[s.found.length - 1];
    if (owner && owner.end === start) {
      const c = countryPart(owner.m.code);
      if (s.dict.countries.has(c) && (owner.m.kind === 'country' || owner.m.kind === 'person' || STATE_SECTORS.has(owner.m.code.slice(3, 6)))) of = c;
      else if (owner.m.kind === 'group') {
        typedMention(s, owner.m.code, owner.m.name, 'title', start, end, info.plural || pluralTitle(info.title), info.title);
        return;
      } else unowned = true;
    } else unowned = true;
  }
  // (a lower-case title that is also a common word counts with its country: "Qatar's emir", "the emir of Qatar")
  if ((info.contextOnly || (info.capitalized && !isCapitalized(s.view.tokens[item.start]!.text))) && !mod && of === undefined) return;
  if (info.title === 'honorific') return;
  if (former) {
    // ("two former Haitian presidents", "a former Pakistani general"): the country's elites
    if (of !== undefined && info.sector && s.dict.countries.has(of) && exOffice(s, start, item)) {
      typedMention(s, of + 'ELI', typedName(s, of, 'ELI'), 'typed', start, end, info.plural || pluralTitle(info.title));
    }
    return;
  }
  const generic = info.generic || info.many || info.plural || ofWord || genericBefore(s, start);
  if (!generic && !unowned) {
    const h = holder(s, info, of);
    if (h) {
      const written = s.view.text.slice(s.view.tokens[item.start]!.start, s.view.tokens[item.end - 1]!.end);
      personMention(s, h.entry, 'title', start, end, { info, written, former: false });
      return;
    }
  }
  // (a specific office of no listed holder, in an article clearly about one state: that state's)
  // (not one that a possessor before it owns: "Maduro's vice president")
  const owned = POSSESSOR_END.has(s.view.tokens[start - 1]?.lower ?? '');
  if (of === undefined && !generic && !owned && info.sector && s.main !== undefined && !info.countries) of = s.main;
  if (of === undefined || !info.sector) return;
  const isCountry = s.dict.countries.has(of);
  const code = isCountry ? of + info.sector : of;
  const name = isCountry ? typedName(s, of, info.sector) : (mod?.name ?? s.dict.entries.get(of)?.name ?? of);
  typedMention(s, code, name, generic ? 'typed' : 'title', start, end, info.plural || pluralTitle(info.title), generic ? undefined : info.title);
}

/** The state the possessive "its" at token `at` stands for: the latest actor named before it (in its sentence or the one before), when that is a state's. */
function itsOwner(s: State, at: number): string | undefined {
  const sentence = s.view.tokens[at]!.sentence;
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= at) continue;
    if (f.sentence < sentence - 1) return undefined;
    if (f.m.kind === 'media' || f.m.kind === 'person') continue;
    // (a state or its body only: "Hamas ... its commander" is the group's, which no office of a state names)
    const c = countryPart(f.m.code);
    const sector = f.m.code.slice(3, 6);
    return s.dict.countries.has(c) && (sector === '' || STATE_SECTORS.has(sector)) ? c : undefined;
  }
  return undefined;
}

/** Possessive pronouns before an office: whose office it is. */
const OWNING_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** Titles of a state's envoys ("Ambassador", "UN Ambassador", "Special Envoy", "Permanent Representative"). */
const ENVOY_TITLE = /ambassador|envoy|representative|delegate/i;

/** The country of a possessor ending right before token `at` ("Israel's"), from the mentions found so far. */
function possessorCountry(s: State, at: number): string | undefined {
  const poss = s.view.tokens[at - 1];
  if (!poss || (poss.text !== "'s" && poss.text !== '’s')) return undefined;
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.end === at - 1) return s.dict.countries.has(f.m.code.slice(0, 3)) ? f.m.code.slice(0, 3) : undefined;
    if (f.end < at - 1) break;
  }
  return undefined;
}

/** Tokens that end a possessor right before a title ("Maduro's", "his"). */
const POSSESSOR_END = new Set(["'s", '’s', "'", 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A title's number is its head's, the word before "of" when there is one ("Director General of Military Operations" is one person). */
function pluralTitle(title: string): boolean {
  const of = title.indexOf(' of ');
  return (of >= 0 ? title.slice(0, of) : title).endsWith('s');
}
