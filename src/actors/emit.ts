/** Building mention records and role conflicts. */
import { COMPASS, STATE_SECTORS, THIRD_PARTY, type ActorEntry, type ActorMention, type Resolution } from '../domain/types.js';
import { activeOn, roleFor, holdsOn, justEndedRole, nearestSpell } from './roles.js';
import type { TitleInfo } from './model.js';
import { countryPart, placeAt, type Found, type State } from './state.js';
import { compoundAfter, SPONSOR_COMPOUNDS } from './context.js';

function spanText(s: State, start: number, end: number): { start: number; end: number; text: string } {
  const a = s.view.tokens[start]!.start;
  const b = s.view.tokens[end - 1]!.end;
  return { start: a, end: b, text: s.view.text.slice(a, b) };
}

/** A mention record with one fixed property order (one object shape for the engine). */
function record(s: State, start: number, end: number, actorId: string, code: string, name: string, kind: ActorMention['kind'], how: Resolution): ActorMention {
  const first = s.view.tokens[start]!;
  const a = first.start;
  const b = s.view.tokens[end - 1]!.end;
  // one token: its own text (text.slice(start, end) === token.text), no new string
  return { start: a, end: b, text: end === start + 1 ? first.text : s.view.text.slice(a, b), actorId, code, name, kind, how };
}

export function push(s: State, m: ActorMention, start: number, end: number, plural: boolean, gender: 'm' | 'f' | null): Found {
  const f: Found = { m, start, end, sentence: s.view.tokens[start]!.sentence, plural, gender };
  s.found.push(f);
  trackPair(s, f);
  return f;
}

/** Token `i` only joins list items: "," "and" ", and". */
function joins(s: State, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const t = s.view.tokens[k]!;
    if (t.text !== ',' && t.lower !== 'and') return false;
  }
  return true;
}

/** Remembers "A, B and C" lists of people, the antecedent of "they". */
function trackPeople(s: State, f: Found): void {
  if (f.m.kind !== 'person' || f.m.how === 'coreference') return;
  const last = s.found[s.found.length - 2];
  if (last && last.m.kind === 'person' && joins(s, last.end, f.start)) {
    s.people = s.people && s.people[s.people.length - 1] === last ? [...s.people, f] : [last, f];
  }
}

/** Verbs of appealing to others: "Britain and France called on both sides", "Germany and Italy urged restraint" — their
 * subjects address the sides of a conflict, they are none of them. */
const ADDRESSING = new Set(['urge', 'call', 'appeal', 'press', 'ask', 'implore', 'exhort', 'encourage']);

/** Remembers "X and Y" of two different sides (countries, or a state and an armed group of it), the antecedent of "both sides". */
function trackPair(s: State, f: Found): void {
  trackPeople(s, f);
  if (f.m.how === 'coreference' || f.m.how === 'group-noun' || f.m.kind === 'media') return;
  // ("The leaders of Armenia and Azerbaijan signed ...", "the foreign ministers of Rwanda and Congo": one mention of the
  // bodies of two sides is a pair of its own — not of go-betweens: "Saudi and U.S. mediators")
  const members = f.m.members;
  if (members && members.length === 2 && sideOf(members[0]!) !== sideOf(members[1]!)) {
    if (!GO_BETWEENS.has(s.view.tokens[f.end - 1]!.lower)) s.pair = [{ ...f, m: { ...f.m, code: members[0]! } }, { ...f, m: { ...f.m, code: members[1]! } }];
    return;
  }
  const prev = s.found[s.found.length - 2];
  if (!prev || prev.m.kind === 'media' || prev.m.how === 'coreference') return;
  const between = s.view.tokens[prev.end];
  if (!between || (between.lower !== 'and' && between.text !== '&')) return;
  // ("X and the paramilitary Y", "X and the Rwanda-backed Y": a determiner, lower-case adjectives and a
  // sponsor's compound may open the second)
  for (let k = prev.end + 1; k < f.start; k++) {
    const t = s.view.tokens[k]!;
    const c = compoundAfter(s.view.tokens, k + 1);
    if (c !== undefined && (SPONSOR_COMPOUNDS.has(c) || c === 'led')) { k += 2; continue; }
    if (!(t.pos === 'DET' || (t.pos === 'ADJ' && t.text === t.lower))) return;
  }
  if (sideOf(prev.m.code) === sideOf(f.m.code)) return;
  // "Saudi and U.S. mediators said": the go-betweens are never "both sides"
  if (GO_BETWEENS.has(s.view.tokens[f.end - 1]!.lower) || GO_BETWEENS.has(s.view.tokens[f.end]?.lower ?? '')) return;
  // (nor "Cuba and Norway, guarantor countries of the talks,": an apposition naming them go-betweens)
  if (s.view.tokens[f.end]?.text === ',') {
    for (let k = f.end + 1; k < f.end + 4; k++) {
      const t = s.view.tokens[k];
      if (!t || t.sentence !== s.view.tokens[f.end]!.sentence) break;
      if (GO_BETWEENS.has(t.lower)) return;
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')) break;
    }
  }
  // nor are "mediators Egypt and Qatar", or the agents of "a truce brokered by Saudi Arabia and the United States"
  let b = prev.start - 1;
  if (s.view.tokens[b]?.pos === 'DET') b--;
  const before = s.view.tokens[b];
  if (goBetweenBefore(s, prev.start)) return;
  // nor the partners of a go-between ("Egypt and Qatar, which mediated the deal together with the United States and
  // Turkey,": a "with"/"alongside" pair after a go-between's verb of the same clause)
  if (before && (before.lower === 'with' || before.lower === 'alongside')) {
    for (let k = b - 1; k >= 0 && k >= b - 8; k--) {
      const t = s.view.tokens[k]!;
      if (t.sentence !== before.sentence || t.text === ',') break;
      if (t.pos === 'VERB' && THIRD_PARTY.has(t.lemma)) return;
    }
  }
  // nor the subjects of a go-between's verb ("Qatar and Oman might try to mediate"; not the places visited to
  // mediate: "will visit X and Y to mediate")
  const next = s.view.tokens[f.end];
  // (also through a relative clause: "Egypt and Qatar, which mediated the deal, urged both sides")
  const rel = next?.text === ',' && (s.view.tokens[f.end + 1]?.lower === 'which' || s.view.tokens[f.end + 1]?.lower === 'who') ? 2 : 0;
  if (next && (next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'ADV' || rel)) {
    for (let k = f.end + rel; k < f.end + rel + 5; k++) {
      const t = s.view.tokens[k];
      if (!t || t.pos === 'PUNCT' || t.pos === 'NOUN' || t.pos === 'ADP') break;
      if (t.pos === 'VERB' && (THIRD_PARTY.has(t.lemma) || ADDRESSING.has(t.lemma))) return;
    }
  }
  // nor the reporters of a pair's act told in their sentence ("Sudan's army and the RSF signed a truce, Saudi Arabia and
  // the United States said in a joint statement")
  if (next && s.pair && s.pair[1].sentence === f.sentence && s.pair[1].end <= prev.start) {
    for (let k = f.end; k < f.end + 3; k++) {
      const t = s.view.tokens[k];
      if (!t || t.sentence !== f.sentence || (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADV')) break;
      if (t.pos === 'VERB' && REPORTING.has(t.lemma)) return;
    }
  }
  // nor the last two of a longer list ("embassies of France, Belgium and the United States")
  if (before && before.text === ',' && s.found.length >= 3 && s.found[s.found.length - 3]!.end === b) return;
  s.pair = [prev, f];
}


/**
 * The mention starting at `start` is named as a go-between or onlooker: after "mediators", or after "by" of a go-between's
 * participle or noun ("a truce brokered by X", "a ceremony witnessed by X", "after mediation by X", "the auspices of X").
 */
export function goBetweenBefore(s: State, start: number): boolean {
  let b = start - 1;
  if (s.view.tokens[b]?.pos === 'DET') b--;
  const before = s.view.tokens[b];
  const participle = s.view.tokens[b - 1];
  if (!before) return false;
  return GO_BETWEENS.has(before.lower) || (before.lower === 'by' && !!participle && (participle.pos === 'VERB' || participle.pos === 'ADJ') && (THIRD_PARTY.has(participle.lemma) || THIRD_PARTY_PARTICIPLES.has(participle.lower) || WITNESSING.has(participle.lower)))
    || ((before.lower === 'by' || before.lower === 'of') && !!participle && MEDIATION_NOUNS.has(participle.lower));
}

/** Nouns of a third party's good offices, before "by" or "of" and the go-betweens ("mediation by X and Y", "the auspices of"). */
const MEDIATION_NOUNS = new Set(['mediation', 'mediations', 'facilitation', 'auspices', 'brokering', 'intercession', 'good_offices']);

/** Verbs of reporting what others did. */
const REPORTING = new Set(['say', 'announce', 'state', 'report', 'confirm', 'add']);

/** Participles of looking on: their agents are no parties ("witnessed by X and Y", "attended by", "observed by"). */
const WITNESSING = new Set(['witnessed', 'observed', 'overseen', 'attended', 'monitored', 'hosted', 'chaired']);

/** Nouns of the third parties between two sides. */
/** The go-betweens' verbs as participles wink tags as adjectives with the participle for lemma ("talks, mediated by X and Y,"). */
const THIRD_PARTY_PARTICIPLES = new Set(['mediated', 'brokered', 'facilitated', 'hosted', 'sponsored', 'convened', 'organised', 'organized', 'chaired']);
const GO_BETWEENS = new Set(['mediator', 'mediators', 'facilitator', 'facilitators', 'guarantor', 'guarantors', 'go-between', 'go-betweens']);
/**
 * The side of a code: a state and its organs are one ("Sudan and its army"), any other sector is a side
 * of its own ("Sudan's army and the RSF"). (As coding/context.ts `sideOf`, but by country part: bare
 * role codes, of no country, are all one side here.)
 */
export function sideOf(code: string): string {
  const c = countryPart(code);
  const sector = code.slice(3, 6);
  return c === 'IGO' || STATE_SECTORS.has(sector) ? c : c + sector;
}

/**
 * The code of a dictionary entry on `date`: a group that had become a state's government by then is that government
 * ("the Taliban" in 2025 is AFGGOV, in 2010 AFGINS); any other entry keeps its code.
 */
export function groupCodeOn(e: ActorEntry, date: string): string {
  return e.governs && activeOn(e.governs, date) ? e.governs.code : e.code;
}

/**
 * "Islamic State fighters in northern Somalia", "Islamic State" in an article about Nigeria: a group with
 * affiliates is the affiliate of the state its sentence puts it in ("in <place>" after it), else of the state the
 * article is most about; the group itself when it has none there.
 */
export function affiliateOf(s: State, e: ActorEntry, end: number): ActorEntry {
  const toks = s.view.tokens;
  const sentence = toks[end - 1]?.sentence;
  let country: string | undefined;
  for (let j = end; j < toks.length && toks[j]!.sentence === sentence && j < end + 6; j++) {
    if (toks[j]!.lower !== 'in') continue;
    // (compass words and "the" before the place: "in northern Somalia")
    let k = j + 1;
    while (k < toks.length && k < j + 3 && (toks[k]!.lower === 'the' || COMPASS.has(toks[k]!.lower))) k++;
    const c = toks[k] ? placeAt(s, toks[k]!.start) : undefined;
    if (c) { country = c; break; }
  }
  country ??= s.main;
  // (one active on the article's date: no province before it was founded)
  return e.affiliates?.find((a) => a.country === country && (!a.from || a.from <= s.date) && (!a.to || s.date <= a.to))?.entry ?? e;
}


/** A dictionary entry (country, IGO, group, outlet) named in the text. */
export function entryMention(s: State, e0: ActorEntry, how: Resolution, start: number, end: number, plural = false): Found {
  const e = e0.affiliates ? affiliateOf(s, e0, end) : e0;
  const m = record(s, start, end, e.id, groupCodeOn(e, s.date), e.name, e.kind, how);
  return push(s, m, start, end, plural || e.kind === 'country' || e.kind === 'group' || e.kind === 'igo', null);
}

/** The code a listed person has on the date (the first role held, else as `offDutyCode`). */
export function codeOn(s: State, e: ActorEntry): string {
  return roleFor(e, s.date)?.code ?? offDutyCode(s, e);
}

/**
 * A surname several listed people share, none of them picked, when all of them code alike on the date
 * ("Papandreou" father and son, both former Greek prime ministers): one mention of that code.
 */
export function sharedSurnameMention(s: State, people: ActorEntry[], start: number, end: number): Found | null {
  const code = codeOn(s, people[0]!);
  for (const p of people) if (codeOn(s, p) !== code) return null;
  const g = people[0]!.gender ?? null;
  const gender = people.every((p) => (p.gender ?? null) === g) ? g : null;
  const m = record(s, start, end, `surname:${people.map((p) => p.id).join('+')}`, code, s.view.tokens[start]!.text, 'person', 'surname');
  return push(s, m, start, end, false, gender);
}

/**
 * The code of a person holding no role on the date: a former office holder is an elite of their
 * country (CAMEO ELI, "USAELI"); someone whose offices all lie ahead, or who has none, the country.
 */
function offDutyCode(s: State, e: ActorEntry): string {
  const country = e.country ?? e.code;
  const past = (e.roles ?? []).some((r) => r.to !== undefined && r.to < s.date);
  return past && s.dict.countries.has(country) ? country + 'ELI' : e.code;
}

/**
 * A person holding no listed role on the date whom the text presents with a current office
 * ("US envoy Steve Witkoff" days before the appointment took effect): the text is the evidence of
 * the role, so the office's sector codes the person (the role conflict is still recorded).
 */
function statedCode(s: State, e: ActorEntry, stated?: { info: TitleInfo; former: boolean }): string | undefined {
  const country = e.country ?? e.code;
  if (!stated || stated.former || !stated.info.sector || stated.info.title === 'honorific') return undefined;
  // "President Carter" in a text dated years later: the office they held with that title
  const spell = stated.info.generic ? undefined : nearestSpell(e, stated.info.title, s.date);
  if (spell) return spell.code;
  if (!s.dict.countries.has(country)) return undefined;
  return country + stated.info.sector;
}

/** A person on the article's date; `stated` is a title the text attached to them. */
export function personMention(s: State, e: ActorEntry, how: Resolution, start: number, end: number,
  stated?: { info: TitleInfo; written: string; former: boolean }): Found {
  // (a role ended in the last week is still the news's: a commander killed yesterday — not when the text says "former")
  const role = roleFor(e, s.date, stated && !stated.info.generic ? stated.info.title : undefined) ?? (stated?.former ? undefined : justEndedRole(e, s.date));
  const m = record(s, start, end, e.id, role?.code ?? statedCode(s, e, stated) ?? offDutyCode(s, e), e.name, 'person', how);
  if (role) m.role = role.title;
  if (stated) m.statedTitle = stated.written;
  if (stated && !stated.info.generic && !stated.former && !holdsOn(e, stated.info.title, s.date)) {
    // the role the mention is coded with (the first held on the date, in file order)
    s.conflicts.push({
      actorId: e.id, name: e.name, statedInText: stated.info.title, heldOnDate: role?.title ?? null,
      date: s.date, evidence: spanText(s, start, end),
    });
  }
  const f = push(s, m, start, end, false, e.gender ?? null);
  if (how !== 'coreference') s.named.set(e.id, f);
  return f;
}

/** An unnamed actor of a type: "Indian troops" → agent:INDMIL. */
/** code → "agent:" + code (a handful of codes recur in every article: built once each). */
const agentIds = new Map<string, string>();

function agentId(code: string): string {
  let id = agentIds.get(code);
  if (id === undefined) {
    id = `agent:${code}`;
    if (agentIds.size >= 4096) agentIds.clear();
    agentIds.set(code, id);
  }
  return id;
}

export function typedMention(s: State, code: string, name: string, how: Resolution, start: number, end: number, plural: boolean, role?: string): Found {
  const m = record(s, start, end, agentId(code), code, name, 'agent', how);
  if (role) m.role = role;
  return push(s, m, start, end, plural, null);
}

/** A name for a typed actor: "Gondor (government)". */
export function typedName(s: State, country: string, sector: string): string {
  const base = s.dict.countries.get(country)?.name ?? s.dict.entries.get(country)?.name ?? country;
  return `${base} ${SECTOR_NAMES[sector] ?? sector}`;
}

const SECTOR_NAMES: Record<string, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', SPY: 'intelligence', REB: 'rebels', INS: 'insurgents', UAF: 'armed group',
  CVL: 'civilians', OPP: 'opposition', LEG: 'legislature', JUD: 'judiciary', MED: 'media', BUS: 'business', NGO: 'NGOs',
  REF: 'refugees', IGO: 'organization', ELI: 'elites',
};
