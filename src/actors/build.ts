/** Builds the compiled dictionary (indexes) from parsed data parts. */
import { countryPart, type ActorEntry } from '../domain/types.js';
import { FormIndex } from './forms.js';
import { PRONOUNS } from './scan.js';
import { adjectiveHit, entryHit, metonymHit, type ActorDictionary, type AgentInfo, type NameHit, type TitleInfo } from './model.js';
import type { AgentFileEntry, CountryData, DictionaryParts, PersonData, TitleData } from './schema.js';

/**
 * Adds a form and, for forms starting with "the ", its sentence-initial "The " variant; a form with a
 * straight apostrophe also as typeset ("People’s", "Lord’s").
 */
function addName(names: FormIndex<NameHit>, form: string, hit: NameHit): void {
  names.add(form, hit);
  if (form.startsWith('the ')) names.add('The' + form.slice(3), hit);
  if (form.includes("'")) addName(names, form.replaceAll("'", '\u2019'), hit);
}

function countryEntry(c: CountryData): ActorEntry {
  return { id: c.code, kind: 'country', name: c.name, code: c.code, aliases: c.aliases, country: c.code };
}

function addCountry(d: ActorDictionary, c: CountryData): void {
  const entry = countryEntry(c);
  d.entries.set(entry.id, entry);
  d.countries.set(c.code, entry);
  if (c.federal) d.federations.add(c.code);
  if (c.region) d.regions.add(c.code);
  addName(d.names, c.name, entryHit(entry, 'name'));
  for (const a of c.aliases) addName(d.names, a, entryHit(entry, 'alias'));
  for (const a of c.adjectives) d.names.add(a, adjectiveHit(c.code, false));
  for (const a of c.demonyms) d.names.add(a, adjectiveHit(c.code, true));
  for (const m of c.metonyms) addName(d.names, m.text, metonymHit(c.code, m.sector, { from: m.from || undefined, to: m.to || undefined }));
  // ("the North", "the South": only in an article naming the state or its pair — compose.ts doName)
  for (const x of c.paired) addName(d.names, x.text, entryHit(entry, 'alias', {}, x.with));
  for (const x of c.dated) {
    const span = { from: x.from || undefined, to: x.to || undefined };
    if (x.as === 'alias') addName(d.names, x.text, entryHit(entry, 'alias', span));
    else d.names.add(x.text, adjectiveHit(c.code, x.as === 'demonym', undefined, span));
  }
}

function addNamed(d: ActorDictionary, entry: ActorEntry): void {
  d.entries.set(entry.id, entry);
  addName(d.names, entry.name, entryHit(entry, 'name'));
  for (const a of entry.aliases) addName(d.names, a, entryHit(entry, 'alias'));
}

function lastWord(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

const fold = (x: string): string => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * The surname, without its Arabic article ("al-Sharaa": "Sharaa"), and its other spellings found as the last word of an alias: with diacritics ("Erdogan",
 * "Erdoğan") or transliterated otherwise ("Zelensky", "Zelenskiy", "Zelenskyy": the same first four
 * letters and at most two letters changed, added or dropped).
 */
function surnameForms(surname: string, aliases: string[]): string[] {
  const out = [surname];
  // ("al-Sharaa" is also written "Sharaa", after a capitalised article "Al-Sharaa" too: the name after the Arabic article)
  const bare = /^(?:al|el|ad|as|ash|at|az|an|ar)-(.{3,})$/i.exec(surname);
  if (bare && !out.includes(bare[1]!)) out.push(bare[1]!);
  const plain = fold(surname);
  for (const a of aliases) {
    const w = lastWord(a);
    const fw = fold(w);
    if (w !== surname && !out.includes(w) && (fw === plain || (plain.length >= 6 && fw.slice(0, 4) === plain.slice(0, 4) && editDistance(fw, plain) <= 2))) out.push(w);
  }
  return out;
}

/** Levenshtein distance (short words only: surnames). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}

function addPerson(d: ActorDictionary, p: PersonData): void {
  const entry: ActorEntry = {
    id: p.id, kind: 'person', name: p.name, code: p.country ?? p.roles[0]?.of ?? '---', aliases: p.aliases,
    roles: p.roles.map((r) => ({ ...r })), surname: p.surname ?? lastWord(p.name),
  };
  if (p.gender) entry.gender = p.gender;
  if (p.country) entry.country = p.country;
  addNamed(d, entry);
  for (const sn of surnameForms(entry.surname!, p.aliases)) {
    const list = d.surnames.get(sn) ?? [];
    if (!list.includes(entry)) list.push(entry);
    d.surnames.set(sn, list);
  }
  for (const r of p.roles) {
    const h = d.holders.get(r.title) ?? [];
    if (!h.includes(entry)) h.push(entry);
    d.holders.set(r.title, h);
  }
}

function addTitle(d: ActorDictionary, t: TitleData): void {
  const base: TitleInfo = {
    title: t.title, sector: t.sector, countries: t.countries, many: t.many === true, generic: t.generic === true, capitalized: t.capitalized === true,
    contextOnly: false, plural: false,
  };
  d.titleInfo.set(t.title, base);
  d.titles.add(t.title, base);
  // a plural form is another form plus "s" ("Vice Presidents", "DGMOs"): a class, not one office
  const forms = new Set([t.title, ...t.aliases].map((a) => a.toLowerCase()));
  for (const a of t.aliases) {
    const lower = a.toLowerCase();
    const plural = !base.generic && lower.endsWith('s') && forms.has(lower.slice(0, -1));
    d.titles.add(a, plural ? { ...base, plural: true } : base);
  }
  for (const a of t.contextAliases) d.titles.add(a, { ...base, contextOnly: true });
}

function addAgents(d: ActorDictionary, e: AgentFileEntry): void {
  if (e.kind === 'agent') {
    const one: AgentInfo = { sector: e.sector, plural: false, bare: e.bare === true, anaphoric: e.anaphoric === true };
    const many: AgentInfo = { ...one, plural: true };
    for (const n of e.singular) d.agents.add(n, one);
    for (const n of e.plural) d.agents.add(n, many);
  } else if (e.kind === 'group-noun') {
    for (const det of e.determiners) {
      d.groupDeterminers.add(det, true);
      const key = det.toLowerCase();
      const heads = d.groupHeadsBy.get(key) ?? new Set<string>();
      for (const h of e.heads) heads.add(h.toLowerCase());
      d.groupHeadsBy.set(key, heads);
    }
    for (const h of e.heads) d.groupHeads.add(h.toLowerCase());
  } else if (e.kind === 'non-actor') {
    for (const n of e.nouns) d.nonActorHeads.add(n.toLowerCase());
  } else if (e.kind === 'org-head') {
    for (const h of e.heads) if (!d.orgHeads.has(h.toLowerCase())) d.orgHeads.set(h.toLowerCase(), e.sector);
  } else if (e.kind === 'shared-adjective') {
    // `country` is a placeholder: the resolver settles the country per article (see settleShared)
    for (const a of e.adjectives) d.names.add(a, adjectiveHit(e.countries[0]!, false, e.countries));
    for (const a of e.demonyms) d.names.add(a, adjectiveHit(e.countries[0]!, true, e.countries));
  } else {
    d.homonyms.set(e.text, [...(d.homonyms.get(e.text) ?? []), e.country]);
  }
}

/**
 * A surname of several words ("Kayikwamba Wagner", "Sassou Nguesso") or hyphened ("Mohseni-Ejei", three tokens) is
 * also read as a name form: the surname index is keyed by one token, and the last word alone may be another actor's name ("Wagner").
 * Only a capitalised one that one listed person bears: a patronymic shared by brothers ("bin Salman") or a
 * particle-led one ("de Klerk") stays a surname only.
 */
function addSurnameNames(d: ActorDictionary): void {
  for (const [sn, people] of d.surnames) {
    if (!/[\s-]/.test(sn) || people.length !== 1 || !/^\p{Lu}/u.test(sn)) continue;
    const entry = people[0]!;
    if (entry.name === sn || entry.aliases.includes(sn)) continue;
    addName(d.names, sn, entryHit(entry, 'alias'));
  }
}

export function emptyDictionary(version = ''): ActorDictionary {
  return {
    version, entries: new Map(), names: new FormIndex<NameHit>(false), titles: new FormIndex<TitleInfo>(true),
    agents: new FormIndex<AgentInfo>(true), groupDeterminers: new FormIndex<true>(true), groupHeads: new Set(), groupHeadsBy: new Map(),
    nonActorHeads: new Set(), orgHeads: new Map(), homonyms: new Map(), caselessLeads: new Set(), scanKeys: new Set(), surnames: new Map(), holders: new Map(), titleInfo: new Map(), countries: new Map(), federations: new Set(), regions: new Set(),
  };
}

/** Indexes parsed parts. Later entries with an already indexed form add a reading; they never replace one. */
export function compile(parts: DictionaryParts): ActorDictionary {
  const d = emptyDictionary(parts.version ?? '');
  for (const c of parts.countries ?? []) addCountry(d, c);
  for (const g of parts.igos ?? []) addNamed(d, { id: g.id, kind: 'igo', name: g.name, code: g.code, aliases: g.aliases, country: g.code.slice(0, 3) });
  // (affiliates: a group's `parent` lists it under the parent, by its country)
  const byId = new Map<string, ActorEntry>();
  const children: Array<{ parent: string; country: string; entry: ActorEntry; from?: string; to?: string }> = [];
  for (const g of parts.groups ?? []) {
    const e: ActorEntry = { id: g.id, kind: 'group', name: g.name, code: g.code, aliases: g.aliases };
    byId.set(g.id, e);
    if (g.parent && g.country) children.push({ parent: g.parent, country: g.country, entry: e, ...(g.active?.from ? { from: g.active.from } : {}), ...(g.active?.to ? { to: g.active.to } : {}) });
    if (g.country) e.country = g.country;
    if (g.governs?.country) e.governs = { country: g.governs.country, title: 'government', of: g.governs.country, code: g.governs.country + 'GOV', from: g.governs.from, ...(g.governs.to ? { to: g.governs.to } : {}) };
    addNamed(d, e);
  }
  for (const c of children) {
    const p = byId.get(c.parent);
    if (p && c.country !== countryPart(p.code)) (p.affiliates ??= []).push({ country: c.country, entry: c.entry, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) });
  }
  for (const m of parts.media ?? []) {
    const e: ActorEntry = { id: m.id, kind: 'media', name: m.name, code: m.code, aliases: m.aliases };
    if (m.country) e.country = m.country;
    addNamed(d, e);
  }
  for (const t of parts.titles ?? []) addTitle(d, t);
  for (const a of parts.agents ?? []) addAgents(d, a);
  for (const p of parts.people ?? []) addPerson(d, p);
  addSurnameNames(d);
  for (const index of [d.titles, d.agents, d.groupDeterminers]) for (const k of index.leads()) d.caselessLeads.add(k);
  d.scanKeys = new Set([...d.caselessLeads, ...d.names.leads(), ...PRONOUNS.keys(), ...d.surnames.keys()]);
  return d;
}
