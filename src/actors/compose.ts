/**
 * Pass 2: turns candidate items into mentions, left to right: a country word before a title or an
 * agent noun makes one phrase ("Pakistan's army chief", "Indian troops"); names, adjectives, capitals
 * and surnames are checked against their context; pronouns and group nouns go to coreference.
 */
import { AMERICAS, exBefore, FORMER, GENERIC_DETS, NO_ACTOR_COMPOUNDS, SEAT_COMPOUNDS, SPONSOR_COMPOUNDS, compoundAfter, formerState, givenNameOfAnother, MISSIONS, POSSESSIVE, SHIP_PREFIXES, allyAfter, insideLongerName, isFiller, metonymIsAgent, nameBefore, nameContinues, sentenceInitial } from './context.js';
import { groupNoun, pronoun, sectorOfEach, sectorOfGroup, SPEECH } from './coref.js';
import { affiliateOf, entryMention, push, groupCodeOn, personMention, sharedSurnameMention, typedMention, typedName } from './emit.js';
import type { ActorDictionary, AgentInfo, NameHit } from './model.js';
import { pickBySurname } from './surnames.js';
import { firstRoleOn, rolesOn } from './roles.js';
import { CROWD_COUNTS, isCapitalized, subjectOpeningClause, type Item } from './scan.js';
import { countryPart, openingQuote, placeAt, QUOTE_MARKS, tokenAtOffset, weight, type Found, type State } from './state.js';
import { COMPASS, STATE_SECTORS, type ActorEntry, type ActorMention } from '../domain/types.js';
import { GIVEN_NAME_HONORIFICS, givenNameBefore, handleTitle, mainCountry, datelineCountry, type Modifier } from './titles.js';
import { nameCountry, namesEither } from './orgs.js';

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const TIME_PREPS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'during', 'of', 'before', 'after']);

/**
 * A person as the modifier of a noun after it: of their state ("Modi's government", "the Trump administration") — but
 * a leader of an armed group on the date leads that group's men ("Dagalo's forces" in 2025 are the RSF's).
 */
function personModifier(s: State, e: ActorEntry, start: number): Modifier {
  const role = firstRoleOn(e, s.date);
  if (role && ARMED_GROUP_SECTORS.has(role.code.slice(3, 6))) return { code: role.code, name: e.name, kind: 'group', start, former: false };
  return { code: e.country ?? e.code, name: e.name, kind: 'person', start, former: false };
}

/** The actor a name item can modify a following noun with, if any. */
function modifierOf(item: Item, s: State): Modifier | null {
  if (item.kind !== 'name') return null;
  // ("a Philippine National Security Council spokesperson": a state's own council modifies as the state)
  const council = nationalCouncil(s, item);
  if (council !== undefined) return { code: council, name: council, kind: 'country', start: item.start, former: false };
  for (const h of item.hits) {
    if (h.type === 'adjective' && !h.demonym) return { code: h.country, name: h.country, kind: 'country', start: item.start, former: false };
    // "Beijing police", "Kabul authorities"
    // ("Awami League leaders", "Mossad agents": a party's, a spy agency's or a company's name is the body, whose people
    // the head names — but "the Awami League government" is the state's, see `typedFromModifier`)
    if (h.type === 'metonym' && ORGANIZATION_SECTORS.has(h.sector)) return { code: h.country + h.sector, name: typedName(s, h.country, h.sector), kind: 'group', start: item.start, former: false, organ: h.country };
    if (h.type === 'metonym') return { code: h.country, name: h.country, kind: 'country', start: item.start, former: false };
    if (h.type === 'entry' && h.entry.kind !== 'media') {
      // ("the Taliban government" in 2025: a group that governs a state by then modifies as that government)
      // ("Islamic State fighters in northern Somalia": a group with affiliates modifies as the one of its place)
      const e = h.entry.affiliates ? affiliateOf(s, h.entry, item.end) : h.entry;
      if (e.kind === 'person') return personModifier(s, e, item.start);
      return { code: groupCodeOn(e, s.date), name: e.name, kind: e.kind, start: item.start, former: false };
    }
  }
  return null;
}

/** A title or agent noun following a modifier: "Pakistan's (top) army chief", "Indian troops". */
function headAfter(s: State, mod: Modifier, end: number): number {
  let j = end;
  const possessive = POSSESSIVE.has(s.view.tokens[j]?.text ?? '');
  if (possessive) j++;
  // "the New People's Army (NPA) rebels": an acronym in parentheses between the name and its head
  let acronym = -1;
  // (not a wire's name after a dateline: "KUNMING, China (AP) - The army said")
  if (s.view.tokens[j]?.text === '(' && s.view.tokens[j + 2]?.text === ')' && /^[A-Z][A-Z0-9]{1,5}$/.test(s.view.tokens[j + 1]?.text ?? '')
    && !DASHES.has(s.view.tokens[j + 3]?.text ?? '')) {
    acronym = s.at[j + 1]!;
    j += 3;
  }
  const personal = mod.kind === 'person';
  for (let k = 0; k < 2 && s.at[j]! < 0; k++) {
    const t = s.view.tokens[j];
    // "Indian senior officials", "the Latvian Constitutional Court"
    // "Kazakh oil workers": one noun modifier may stand before the head too
    // (or two: "a Bangladeshi war crimes tribunal", "Russian air defence forces")
    const nounModifier = t?.pos === 'NOUN' && (k === 0 ? s.items[s.at[j + 1] ?? -1]?.kind === 'agent' || (s.view.tokens[j + 1]?.pos === 'NOUN' && s.items[s.at[j + 2] ?? -1]?.kind === 'agent')
      : s.items[s.at[j + 1] ?? -1]?.kind === 'agent' && s.view.tokens[j - 1]?.pos === 'NOUN');
    // (a capital is no name's mark in a headline, nor is a verb ever a modifier: "Iran Fires Missiles")
    const capital = t?.type === 'word' && isCapitalized(t.text) && t.pos !== 'VERB' && !s.titleCase[t.sentence];
    // ("Yemen's internationally recognised government": an adverb and a participle before the head)
    // (after a possessive only: "Ukraine exchanged prisoners" is a verb and its object)
    const participle = possessive && t?.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && s.items[s.at[j + 1] ?? -1]?.kind === 'agent';
    const adverb = possessive && t?.pos === 'ADV' && k === 0 && s.view.tokens[j + 1]?.pos === 'VERB' && /(?:ed|en)$/.test(s.view.tokens[j + 1]!.lower);
    if (!t || !(isFiller(t) || nounModifier || capital || participle || adverb) || s.covered[j]! >= 0) return -1;
    if (FORMER.has(t.lower)) { mod.former = true; if (t.lower !== 'then') mod.ex = true; }
    j++;
  }
  let idx = s.at[j] ?? -1;
  // ("Sudan's army-aligned government", "Yemen's Saudi-backed government": an agent noun before a sponsor's participle only
  // says whose side the noun after it is on — that noun is the head)
  const first = s.items[idx];
  // ("Yemen's Saudi-backed government": a sponsor's name and participle between the owner and the head)
  if (first?.kind === 'name' && possessive) {
    const c = compoundAfter(s.view.tokens, first.end);
    const next = c !== undefined && (SPONSOR_COMPOUNDS.has(c) || c === 'led') ? s.at[first.end + 2] ?? -1 : -1;
    if (next >= 0 && s.items[next]?.kind === 'agent') idx = next;
  }
  if (first?.kind === 'agent') {
    const c = compoundAfter(s.view.tokens, first.end);
    const next = c !== undefined && (SPONSOR_COMPOUNDS.has(c) || c === 'led') ? s.at[first.end + 2] ?? -1 : -1;
    if (next >= 0 && s.items[next]?.kind === 'agent') idx = next;
  }
  const head = s.items[idx];
  // ("the Haitian group Veye Yo", "a German organization": a word that only refers back heads no typed actor)
  if (!head || (head.kind !== 'title' && head.kind !== 'agent') || (head.kind === 'agent' && head.info.anaphoric)) return -1;
  // "Modi's government", "the Trump administration"
  if (personal && (head.kind !== 'agent' || (!possessive && head.info.sector !== 'GOV'))) return -1;
  if (acronym >= 0) s.consumed[acronym] = 1;
  // "Somali government troops": the government's armed men are the head
  const after = s.items[s.at[head.end] ?? -1];
  if (head.kind === 'agent' && head.info.sector === 'GOV' && after?.kind === 'agent' && (after.info.sector === 'MIL' || after.info.sector === 'COP') && !personal) {
    s.consumed[idx] = 1;
    return s.at[head.end]!;
  }
  return idx;
}

function agentCode(mod: Modifier, sector: string): string {
  return mod.kind === 'country' || mod.kind === 'person' ? mod.code + sector : mod.code;
}

function typedFromModifier(s: State, mod: Modifier, info: AgentInfo, start: number, end: number): void {
  // ("Pakistan's Director General of Military Operations called his Indian counterpart": the same office's sector)
  const byCountry = mod.kind === 'country' || mod.kind === 'person';
  // ("former Pakistani officials", "ex-Colombian soldiers"): people of the state's bodies no longer, its elites (CAMEO ELI)
  const ex = (mod.ex === true || exBefore(s.view.tokens, start)) && byCountry && info.sector !== '' && STATE_SECTORS.has(info.sector);
  const sector = ex ? 'ELI' : COUNTERPART.has(s.view.tokens[end - 1]!.lower) ? counterpartSector(s, start) ?? info.sector : info.sector;
  // ("Taliban forces", "Taliban fighters" in 2025: the armed men of a group that governs a state by then are that
  // state's forces, as its government is the group — not the government itself)
  const ruled = mod.kind === 'group' && mod.code.length === 6 && mod.code.endsWith('GOV') && s.dict.countries.has(mod.code.slice(0, 3))
    && ARMED_SECTORS.has(sector) ? mod.code.slice(0, 3) + (sector === 'COP' || sector === 'SPY' ? sector : 'MIL') : undefined;
  // ("the Awami League government": a party's name before a body that governs names the state's; "GOP senators" are
  // the state's lawmakers — only the body's own leaders, officials, members and supporters are the body)
  const governs = mod.organ !== undefined && (sector === 'GOV' ? GOVERNING_HEADS.has(s.view.tokens[end - 1]!.lower) : sector !== 'CVL' && sector !== mod.code.slice(3))
    ? mod.organ : undefined;
  const code = ruled ?? (governs ? governs + sector : agentCode(mod, sector));
  const name = ruled ? typedName(s, ruled.slice(0, 3), ruled.slice(3)) : byCountry ? typedName(s, mod.code, sector) : governs ? typedName(s, governs, sector) : mod.name;
  typedMention(s, code, name, 'typed', start, end, info.plural);
}

const COUNTERPART = new Set(['counterpart', 'counterparts']);

/** Heads of the bodies that govern a state. */
const GOVERNING_HEADS = new Set(['government', 'governments', 'administration', 'regime', 'cabinet', 'coalition', 'ministry', 'ministries']);

/**
 * "the internationally recognised government", "the newly formed government": lower-case adverbs, adjectives and
 * participles from token `at` back to "the" (three at most) — the head after them is definite.
 */
function theBeforeModifiers(s: State, at: number): boolean {
  const t = s.view.tokens;
  let k = at;
  while (k > 0 && at - k < 3 && t[k]!.text === t[k]!.lower && !BEYOND_STATE.has(t[k]!.lower)
    && (t[k]!.pos === 'ADV' || t[k]!.pos === 'ADJ' || (t[k]!.pos === 'VERB' && t[k]!.lower.endsWith('ed')))) k--;
  return k < at && t[k]!.lower === 'the' && t[k]!.sentence === t[at]!.sentence;
}

/** Modifiers of a body above or beside the state ("the international criminal court", "a foreign government"). */
const BEYOND_STATE = new Set(['international', 'regional', 'global', 'world', 'foreign', 'transnational', 'multinational', 'supranational', 'other']);

/** Sectors of armed men: a state's forces, police and intelligence, and armed bands. */
const ARMED_SECTORS = new Set(['MIL', 'COP', 'SPY', 'REB', 'INS', 'UAF']);

/**
 * The latest mention found before token `start`, in its sentence or the `back` sentences before, whose code
 * has a sector (country + sector) that `keep` accepts.
 */
/** The entry of a person named before token `at` whose name's last word is the token ("Wagner"), if any. */
function personBySurname(s: State, at: number): ActorEntry | undefined {
  const word = s.view.tokens[at]!.text;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.start >= at || x.m.kind !== 'person' || !x.m.actorId) continue;
    const name = x.m.name ?? '';
    if (name.endsWith(` ${word}`)) return s.dict.entries.get(x.m.actorId);
  }
  return undefined;
}

/** Nouns of a kind of place, before "of" and its name ("the city of Sumy"). */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'region', 'province', 'district', 'port', 'capital', 'state', 'governorate', 'oblast', 'county', 'island', 'area', 'outskirts', 'suburbs']);

/** Nouns of the people who live in a place ("residents of Khartoum"). */
const DWELLERS = new Set(['residents', 'resident', 'people', 'citizens', 'inhabitants', 'population', 'civilians', 'families', 'children', 'women', 'streets', 'outskirts', 'suburbs', 'centre', 'center']);

/** Head nouns of a state body that name one body only ("the junta", "the regime"): `sameHead` looks for their antecedent. */
const ONE_BODY_HEADS = new Set(['junta', 'juntas', 'regime', 'putschists']);

/**
 * The latest agent mention of the last ten sentences, with a country, whose head noun is the item's own, for the
 * heads of `ONE_BODY_HEADS` (a junta named again); null when none.
 */
function sameHead(s: State, item: Item & { kind: 'agent' }): Found | null {
  const head = s.view.tokens[item.end - 1]!.lower;
  // ("South Korea's defence ministry criticised North Korea. The ministry also demanded": a ministry named again by its
  // head noun, within the two sentences before, is the one named so)
  const ministry = head === 'ministry' && s.view.tokens[item.start - 1]?.lower === 'the';
  if (!ONE_BODY_HEADS.has(head) && !ministry) return null;
  const sentence = s.view.tokens[item.start]!.sentence;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence < sentence - (ministry ? 2 : 10)) break;
    if (x.start >= item.start || x.m.kind !== 'agent' || x.m.code.length < 6 || !s.dict.countries.has(countryPart(x.m.code))) continue;
    if (s.view.tokens[x.end - 1]!.lower === head) return x;
  }
  return null;
}

function latestSectored(s: State, start: number, back: number, keep: (sector: string, country: string, f: Found) => boolean): Found | null {
  const sentence = s.view.tokens[start]!.sentence;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence < sentence - back) break;
    if (x.start >= start || x.m.code.length < 6) continue;
    if (keep(x.m.code.slice(3, 6), countryPart(x.m.code), x)) return x;
  }
  return null;
}

/** The sector of the latest state office named earlier in the sentence: whose counterpart is meant. */
function counterpartSector(s: State, start: number): string | null {
  return latestSectored(s, start, 0, (sector) => sector !== '' && STATE_SECTORS.has(sector))?.m.code.slice(3, 6) ?? null;
}

function pickHit(hits: NameHit[]): NameHit {
  return hits.find((h) => h.type === 'entry') ?? hits[0]!;
}

const DIPLOMATIC = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'diplomat', 'diplomats', 'mission', 'missions', 'legation']);

const SETTLEMENTS = new Set(['town', 'city', 'village', 'capital', 'port', 'province', 'region', 'district', 'state', 'enclave', 'border', 'camp']);

/** "(the) northern Gondorian city": lower-case modifiers, a country adjective, a settlement noun from token `i`. */
function adjectiveSettlement(s: State, i: number): { code: string; end: number } | null {
  let j = i;
  while (j < i + 3 && s.view.tokens[j] && s.at[j]! < 0 && s.covered[j]! < 0 && (s.view.tokens[j]!.pos === 'ADJ' || s.view.tokens[j]!.text === '-') && !isCapitalized(s.view.tokens[j]!.text)) j++;
  const idx = s.at[j] ?? -1;
  const item = s.items[idx];
  if (!item || item.kind !== 'name' || s.consumed[idx]) return null;
  const h = item.hits[0]!;
  if (h.type !== 'adjective' || h.demonym || h.among || !SETTLEMENTS.has(s.view.tokens[item.end]?.lower ?? '')) return null;
  s.consumed[idx] = 1;
  return { code: h.country, end: item.end + 1 };
}

const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'evening', 'night', 'week', 'month', 'year']);

/** A lower-case common noun right after token `end - 1`, in the same sentence and in no item ("U.S. airliner"). */
function modifiesNoun(s: State, end: number): boolean {
  const n = s.view.tokens[end];
  return !!n && n.sentence === s.view.tokens[end - 1]!.sentence && n.pos === 'NOUN' && !isCapitalized(n.text) && s.covered[end]! < 0 && !TIME_NOUNS.has(n.lower);
}

/** "the government of Gondor": an agent noun followed by "of" and a country. */

function ofCountry(s: State, at: number): { code: string; end: number } | null {
  let end = at;
  let w = s.view.tokens[end]?.lower;
  // "a group based in Mordor", "fighters loyal to Gondor's regent": the place or the patron's country
  const w2 = s.view.tokens[end + 1]?.lower;
  if ((w === 'based' && w2 === 'in') || (w === 'loyal' && w2 === 'to')) { end++; w = w2 === 'in' ? 'in' : 'of'; }
  else if (w === 'throughout' || w === 'across') w = 'in';
  // "the government of Gondor", "militants from Mordor", "rebels in Rohan"
  if (w !== 'of' && w !== 'from' && w !== 'in') return null;
  // "marchers in the northern Rohirric village of X": the country of the adjective before a settlement noun
  if (w !== 'of' && s.view.tokens[end + 1]?.lower === 'the') {
    const town = adjectiveSettlement(s, end + 2);
    if (town) return town;
  }
  // "militants in northern Mali", "rebels from eastern Congo": a compass adjective before the country's name
  if (w !== 'of' && COMPASS.has(s.view.tokens[end + 1]?.lower ?? '') && s.items[s.at[end + 2] ?? -1]?.kind === 'name' && s.at[end + 1]! < 0) end++;
  // "rebels in the Ivory Coast": a country name written with its article
  if (s.view.tokens[end + 1]?.lower === 'the' && s.items[s.at[end + 2] ?? -1]?.kind === 'name' && s.at[end + 1]! < 0) end++;
  const item = s.items[s.at[end + 1] ?? -1];
  // "police in Lahore", "a court in Istanbul": a place the dictionary knows as a place only
  const place = placeAt(s, s.view.tokens[end + 1]?.start ?? -1);
  if (place && (!item || item.kind !== 'name') && s.dict.countries.has(place)) return { code: place, end: placeEnd(s, end + 1) };
  if (!item || item.kind !== 'name') return null;
  // "the leader of Israel's militia ally": not Israel's leader
  if (allyAfter(s, item.end, false)) return null;
  const h = pickHit(item.hits);
  // "the government in Kabul", "officials in Washington": a capital after "in" or "from" is the place of its state;
  // but an embassy (or diplomats) in a capital are another state's mission there
  // "militias in Tripoli" where the text is about Lebanon: the place finder's reading of a shared name wins
  if (place && !dated(h) && (h.type === 'metonym' || (h.type === 'entry' && h.entry.kind === 'country')) && place !== (h.type === 'metonym' ? h.country : h.entry.code) && s.dict.countries.has(place)) {
    s.consumed[s.at[end + 1]!] = 1;
    return { code: place, end: item.end };
  }
  if (h.type === 'metonym' && w !== 'of' && s.dict.countries.has(h.country) && !(w === 'in' && DIPLOMATIC.has(s.view.tokens[at - 1]?.lower ?? ''))) {
    s.consumed[s.at[end + 1]!] = 1;
    return { code: h.country, end: item.end };
  }
  if (h.type !== 'entry' || (h.entry.kind !== 'country' && h.entry.kind !== 'igo' && h.entry.kind !== 'group')) return null;
  // "bombers of the U.S. airliner": the name modifies a noun after it; the agent is not of that country
  if (h.entry.kind === 'country' && modifiesNoun(s, item.end)) return null;
  s.consumed[s.at[end + 1]!] = 1;
  return { code: h.entry.code, end: item.end };
}

/** The token before `start` is a comma after a place (not the country itself) of `code`: "Jeddah, Saudi Arabia". */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

function placeComma(s: State, start: number, code: string): boolean {
  const comma = s.view.tokens[start - 1];
  const prev = s.view.tokens[start - 2];
  if (!comma || !prev || comma.text !== ',' || prev.sentence !== comma.sentence || prev.pos !== 'PROPN') return false;
  for (const p of s.places) if (p.end === prev.end && p.place.country === code && p.place.kind !== 'country') return true;
  return false;
}

/** "Central American bishops", "South America's insurgency": a region of the Americas, not the United States. */
function americasRegion(s: State, start: number): boolean {
  return AMERICAS.has(s.view.tokens[start - 1]?.text ?? '') && s.view.tokens[start]!.text.startsWith('America');
}

/** A name that meant this state only for a time ("Congo" in 1985): the place finder, which reads no dates, does not overrule it. */
function dated(h: NameHit): boolean {
  return h.type === 'entry' && (h.from !== undefined || h.to !== undefined);
}

/** The place finder read the name at token `start` as a place of another country ("Georgia" beside "Texas"). */
function otherPlace(s: State, start: number, code: string): boolean {
  if (nationalOffice(s, start + 1)) return false;
  const place = placeAt(s, s.view.tokens[start]!.start);
  return place !== undefined && place !== code && s.dict.countries.has(place);
}

/**
 * "villagers of the Moroccan-administered territory", "people living in Turkish-held northern Cyprus": where someone
 * lives or comes from, not an actor; an attack "on the rebel-held town" still has the holder as its target.
 */
const HOLDER_COMPOUNDS = new Set(['occupied', 'held', 'controlled', 'ruled', 'administered', 'annexed']);
const LOCATING_PREPS = new Set(['of', 'in', 'from', 'inside', 'within', 'throughout', 'across']);

function locatingHolder(s: State, start: number, compound: string | undefined): boolean {
  if (!compound || !HOLDER_COMPOUNDS.has(compound)) return false;
  let k = start - 1;
  if (s.view.tokens[k]?.lower === 'the') k--;
  return LOCATING_PREPS.has(s.view.tokens[k]?.lower ?? '');
}

/** Bodies said to be based somewhere: monitors, think tanks, firms, outlets. */
const SEATED = new Set(['monitor', 'watchdog', 'observatory', 'tank', 'institute', 'organisation', 'organization', 'firm', 'company', 'group',
  'charity', 'agency', 'newspaper', 'broadcaster', 'outlet', 'network', 'bank', 'website', 'centre', 'center', 'foundation', 'council', 'body']);

/** One of the three words from `i` ("war monitor", "human rights group") is a body that is based somewhere. */
function seatedBody(s: State, i: number): boolean {
  const t = s.view.tokens;
  for (let k = i; k < i + 3; k++) {
    const w = t[k];
    if (!w || w.type !== 'word' || w.pos === 'DET' || w.pos === 'ADP') return false;
    if (SEATED.has(w.lower)) return true;
  }
  return false;
}

/** Possessive pronouns that own what follows ("his Security Council"). */
const PRONOUN_OWNERS = new Set(['his', 'her', 'its', 'their']);
const UNNAMED_MEMBER_DET = new Set(['a', 'an', 'another', 'one', 'any', 'each', 'every', 'no']);
const MEMBER_NOUNS = new Set(['member', 'state', 'country', 'nation', 'ally', 'government']);

function doName(s: State, idx: number, item: Item & { kind: 'name' }): void {
  const first = pickHit(item.hits);
  // ("the North fired two missiles": a paired short name stands for its state only in news naming it or its pair)
  if (first.type === 'entry' && first.pairedWith && !namesEither(s.items, [first.entry.code, first.pairedWith])) return;
  // ("Congo's foreign minister, Therese Kayikwamba Wagner, ... Wagner said": a one-word name that is the surname of a
  // person the text has named is that person, not a group or place of the same name)
  if (item.end - item.start === 1 && first.type === 'entry' && first.entry.kind !== 'person') {
    const named = personBySurname(s, item.start);
    if (named) { personMention(s, named, 'surname', item.start, item.end); return; }
  }
  // ("the Belgian envoy Jean-Pierre Vandermeulen": a person's several-word or hyphened surname read as a name, right before
  // another capitalised name, is the given name of someone else — not Karine Jean-Pierre)
  if (first.type === 'entry' && first.entry.kind === 'person' && givenNameOfAnother(s, first.entry, item.start, item.end)) return;
  // ("Amnesty International Kenya", "Save the Children UK": a country right after an organisation's name is
  // its branch's, part of the name)
  const last = s.found[s.found.length - 1];
  if (last && last.end === item.start && first.type === 'entry' && first.entry.kind === 'country' && (last.m.kind === 'igo' && last.m.code.startsWith('NGO'))) return;
  if (first.type === 'entry' && first.entry.kind === 'country' && (homonymPlace(s, item.start, item.end, first.entry.code) || (!dated(first) && otherPlace(s, item.start, first.entry.code)))) return;
  // ("talks in Jeddah, Saudi Arabia", "a strike on Kramatorsk, Ukraine"): a country after a comma that follows a place of
  // that country only says where the place is
  // (not a possessor: "captured Pokrovsk, Ukraine's General Staff said" — the country owns what follows)
  if (first.type === 'entry' && first.entry.kind === 'country' && placeComma(s, item.start, first.entry.code)
    && !POSSESSIVE_MARKS.has(s.view.tokens[item.end]?.lower ?? '')) return;
  const compound = compoundAfter(s.view.tokens, item.end);
  if (compound && (NO_ACTOR_COMPOUNDS.has(compound) || SPONSOR_COMPOUNDS.has(compound) || locatingHolder(s, item.start, compound))) return;
  if (allyAfter(s, item.end)) return;
  // ("the first time a NATO member has fired", "an EU member state objected": one member, unnamed, is no actor —
  // neither the body nor any state)
  if (first.type === 'entry' && first.entry.kind === 'igo' && UNNAMED_MEMBER_DET.has(s.view.tokens[item.start - 1]?.lower ?? '')
    && MEMBER_NOUNS.has(s.view.tokens[item.end]?.lower ?? '')) return;
  // ("Putin told his Security Council", "the president convened their security council"): a security council owned by a
  // pronoun is the owner's state's, never the UN's
  if (first.type === 'entry' && first.entry.code === 'IGOUNSC' && PRONOUN_OWNERS.has(s.view.tokens[item.start - 1]?.lower ?? '')) {
    const sentence = s.view.tokens[item.start]!.sentence;
    let owner: string | undefined;
    for (let f = s.found.length - 1; f >= 0 && owner === undefined; f--) {
      const x = s.found[f]!;
      if (x.start >= item.start) continue;
      if (s.view.tokens[x.start]!.sentence !== sentence) break;
      const c = countryPart(x.m.code);
      if (c && s.dict.countries.has(c)) owner = c;
    }
    if (owner) typedMention(s, `${owner}GOV`, typedName(s, owner, 'GOV'), 'typed', item.start, item.end, false);
    return;
  }
  if (s.view.tokens[item.start - 1]?.lower === 'ethnic' && first.type !== 'entry') return ethnic(s, item, first);
  // ("talks in the Chinese city of Kunming", "the Saudi port of Jeddah": a country word describing a place named after it)
  if (first.type === 'adjective' && PLACE_KINDS.has(s.view.tokens[item.end]?.lower ?? '') && s.view.tokens[item.end + 1]?.lower === 'of') return;
  // "peace in (the) former Yugoslavia", "across the former Soviet Union": the lands of a dissolved state, no actor
  if (formerState(s.view, item)) return;
  if (americasRegion(s, item.start)) return;
  // ("a market in Amhara", "fighting in Tigray": a people's adjective that is also its region's name, after a locative
  // preposition with no noun after it, is the place)
  if (first.type === 'adjective' && item.end - item.start === 1 && PLACE_PREPS.has(s.view.tokens[item.start - 1]?.lower ?? '')
    && placeAt(s, s.view.tokens[item.start]!.start) !== undefined && !NOMINAL.has(s.view.tokens[item.end]?.pos ?? '')) return;
  const mod = modifierOf(item, s);
  // "Vietnamese-led forces": the forces X leads are X's; "a US-led coalition" stays the leader's ("US")
  if (mod && compound === 'led' && mod.kind !== 'person') {
    const head = headAfter(s, mod, item.end + 2);
    if (head >= 0) return doHead(s, mod, head);
  }
  // "Pakistan-based militants" are of the country they are based in, like "militants based in Pakistan"; "a
  // Britain-based war monitor", "a Qatar-based think tank" name no actor (other heads keep the country)
  if (compound && SEAT_COMPOUNDS.has(compound)) {
    const head = mod && mod.kind === 'country' ? headAfter(s, mod, item.end + 2) : -1;
    if (head >= 0) return doHead(s, mod as Modifier, head);
    if (seatedBody(s, item.end + 2)) return;
  }
  if (mod) {
    const head = headAfter(s, mod, item.end);
    if (head >= 0) return doHead(s, mod, head);
    if (coordinated(s, mod, item)) return;
  }
  if (mod && mod.kind === 'country' && ownBody(s, item, mod.code)) return;
  const hit = pickHit(item.hits);
  const council = nationalCouncil(s, item);
  if (council !== undefined) {
    typedMention(s, `${council}GOV`, typedName(s, council, 'GOV'), 'typed', item.start, item.end, false);
    return;
  }
  if (hit.type === 'metonym') {
    // a shared name the place finder read as another country's city ("Tripoli" in a report on Lebanon)
    const place = placeAt(s, s.view.tokens[item.start]!.start);
    if (place && place !== hit.country && s.dict.countries.has(place)) return;
    // ("Residents of Khartoum said", "the people of Kyiv": the city its people live in, no government)
    if (s.view.tokens[item.start - 1]?.lower === 'of' && DWELLERS.has(s.view.tokens[item.start - 2]?.lower ?? '')) return;
    // ("Azerbaijan's State Security Service", "Uzbekistan's State Security Service": a body's name many states give theirs,
    // after another state's possessive, is that state's body)
    const owner = s.found[s.found.length - 1];
    if (owner && owner.end === item.start - 1 && POSSESSIVE.has(s.view.tokens[item.start - 1]!.text) && owner.m.kind === 'country'
      && owner.m.code !== hit.country && s.dict.countries.has(owner.m.code)) {
      typedMention(s, owner.m.code + hit.sector, typedName(s, owner.m.code, hit.sector), 'typed', item.start, item.end, false);
      return;
    }
    // "the CIA", "ICE in Miami": an acronym names an agency, never a place
    // ("Bangladesh banned the Awami League", "arrested Muslim Brotherhood leaders": a party's, a spy agency's, a company's
    // name that is no place is the body wherever it stands — the tests of a capital's use are for names of places)
    const agent = acronymItem(s, item) || (ORGANIZATION_SECTORS.has(hit.sector) && place === undefined) || metonymIsAgent(s, item.start, item.end);
    s.lastMetonym = { end: item.end, agent };
    if (agent) typedMention(s, hit.country + hit.sector, typedName(s, hit.country, hit.sector), 'metonym', item.start, item.end, true);
    return;
  }
  if (hit.type === 'entry' && hit.entry.kind === 'person') {
    personMention(s, hit.entry, hit.how, item.start, item.end);
    return;
  }
  if (insideLongerName(s, item.start, item.end)) return;
  // "the U.S. airliner", "Pakistan cricket": a country name used as a modifier of a thing, no actor
  if (hit.type === 'entry' && hit.entry.kind === 'country' && s.dict.nonActorHeads.has(s.view.tokens[item.end]?.lower ?? '')) return;
  // ("An Azerbaijan Airlines jet crashed", "Pakistan International Airlines": a country's name opening an airline's is no actor)
  if (hit.type === 'entry' && hit.entry.kind === 'country' && airlineAfter(s, item.end)) return;
  if (hit.type === 'entry') {
    entryMention(s, hit.entry, hit.how, item.start, item.end);
    return;
  }
  if (s.dict.nonActorHeads.has(s.view.tokens[item.end]?.lower ?? '')) return;
  const country = s.dict.countries.get(hit.country);
  if (!country) return;
  // "Gondorians", "Pakistanis": the people of the country; "the Iranians", "the Israelis": its side, in
  // news the state's ("held contacts with the Iranians")
  // (not a people placed elsewhere: "the Albanians of southern Serbia", "the Kurds in Syria")
  const side = hit.demonym && s.view.tokens[item.start - 1]?.lower === 'the' && !PLACED.has(s.view.tokens[item.end]?.lower ?? '');
  if (hit.demonym) typedMention(s, country.code + (side ? 'GOV' : 'CVL'), typedName(s, country.code, side ? 'GOV' : 'CVL'), 'typed', side ? item.start - 1 : item.start, item.end, true);
  else entryMention(s, country, 'adjective', item.start, item.end);
  void idx;
}

/**
 * "the Iranian Revolutionary Guards", "the Israeli Knesset": a country adjective (or possessive) right before a listed
 * body of the same country is part of its name; the body alone makes the mention.
 */
function ownBody(s: State, item: Item & { kind: 'name' }, country: string): boolean {
  // "Lebanon's Hezbollah" too
  const h0 = item.hits[0]!;
  const possessive = h0.type === 'entry' && h0.entry.kind === 'country' && POSSESSIVE.has(s.view.tokens[item.end]?.text ?? '');
  if (h0.type !== 'adjective' && !possessive) return false;
  const next = s.items[s.at[item.end + (possessive ? 1 : 0)] ?? -1];
  if (!next || next.kind !== 'name') return false;
  const h = pickHit(next.hits);
  if (h.type === 'metonym') return h.country === country && isCapitalized(s.view.tokens[next.start]!.text) && metonymIsAgent(s, next.start, next.end);
  if (h.type === 'entry' && nationalCouncil(s, next) !== undefined) return true;
  return h.type === 'entry' && h.entry.kind !== 'country' && h.entry.kind !== 'person' && h.entry.kind !== 'media' && h.entry.code.startsWith(country);
}

/**
 * "Russia's Security Council", "the Armenian Security Council": the U.N. body's short name after a country's
 * adjective or possessive is that state's own council, part of its government: the country's code, else undefined.
 */
function nationalCouncil(s: State, item: Item): string | undefined {
  if (item.kind !== 'name') return undefined;
  const h = pickHit(item.hits);
  if (h.type !== 'entry' || h.entry.code !== 'IGOUNSC') return undefined;
  for (let k = item.start; k < item.end; k++) if (UN_WORDS.has(s.view.tokens[k]!.text)) return undefined;
  let p = item.start - 1;
  // ("a Philippine National Security Council spokesperson")
  if (s.view.tokens[p]?.text === 'National') p--;
  if (s.view.tokens[p]?.lower === 'the') p--;
  if (POSSESSIVE.has(s.view.tokens[p]?.text ?? '')) p--;
  for (let j = p; j >= 0 && j >= p - 3; j--) {
    const before = s.items[s.at[j] ?? -1];
    if (!before || before.kind !== 'name' || before.end !== p + 1) continue;
    const b = pickHit(before.hits);
    if (b.type === 'adjective') return b.country;
    if (b.type === 'entry' && b.entry.kind === 'country') return b.entry.code;
    return undefined;
  }
  return undefined;
}

/** Words that name the United Nations inside a body's name. */
const UN_WORDS = new Set(['UN', 'U.N.', 'United', 'Nations', 'UNSC']);

/** A one-token item written in capitals only ("FBI", "ICE"). */
function acronymItem(s: State, item: Item): boolean {
  if (item.end !== item.start + 1) return false;
  const t = s.view.tokens[item.start]!.text;
  return t.length >= 2 && /^[A-Z]+$/.test(t) && !s.titleCase[s.view.tokens[item.start]!.sentence];
}

/** The country counted most in the article apart from `except`, strictly ahead of the others. */
function mainExcept(s: State, except: string): string | undefined {
  let best: string | undefined;
  let first = 0;
  let second = 0;
  for (const [code, n] of s.counts) {
    if (code === except || !s.dict.countries.has(code)) continue;
    if (n > first) { second = first; first = n; best = code; }
    else if (n > second) second = n;
  }
  return first > second ? best : undefined;
}

/** A noun or adjective follows at token `i` in the same sentence (the word before it is a modifier). */
function nounAfter(s: State, i: number): boolean {
  const t = s.view.tokens[i];
  return !!t && t.sentence === s.view.tokens[i - 1]?.sentence && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-');
}

/**
 * "ethnic Albanians", "ethnic Turk guerrillas": a minority where they live, not the state of X. Their
 * country is the one named right after ("in Serbia"), else the article's main country other than X;
 * else the sector alone; their forces or leaders are an armed group (REB), no organ of that state.
 * "ethnic Albanian unrest" (no people noun) makes no actor.
 */
function ethnic(s: State, item: Item & { kind: 'name' }, hit: NameHit): void {
  const x = hit.type === 'entry' ? hit.entry.code : hit.country;
  let sector: string | undefined;
  let end = item.end;
  let plural = true;
  const mod: Modifier = { code: x, name: x, kind: 'country', start: item.start, former: false };
  const headIdx = headAfter(s, mod, item.end);
  const head = s.items[headIdx];
  if (head?.kind === 'agent') {
    s.consumed[headIdx] = 1;
    sector = head.info.sector;
    end = head.end;
    plural = head.info.plural;
  } else if (hit.type === 'adjective' && (hit.demonym || !nounAfter(s, item.end))) sector = 'CVL'; // "ethnic Albanians", "an ethnic Chechen who"
  if (!sector) return;
  // ("ethnic Armenian forces in Nagorno-Karabakh", "ethnic Albanian leaders": a minority's own army or government is no organ
  // of the state it lives in — an armed or separatist group of it)
  if (sector === 'MIL' || sector === 'GOV') sector = 'REB';
  const of = ofCountry(s, end);
  const country = of?.code ?? mainExcept(s, x);
  const code = country && s.dict.countries.has(country) ? country + sector : sector;
  typedMention(s, code, country ? typedName(s, country, sector) : typedName(s, '', sector).trim(), 'typed', item.start - 1, of?.end ?? end, plural);
}

/**
 * "Georgia" the US state, not the country: the name is a homonym of a place in a country the
 * article is more about, and nothing else in the article (adjective, capital, person) names the
 * state; or the text says so ("Atlanta, Georgia", "the state of Georgia").
 */
function homonymPlace(s: State, start: number, end: number, code: string): boolean {
  // one token: its text is the span's (no slice for the usual one-word country name)
  const text = end === start + 1 ? s.view.tokens[start]!.text : s.view.text.slice(s.view.tokens[start]!.start, s.view.tokens[end - 1]!.end);
  const others = s.dict.homonyms.get(text);
  if (!others) return false;
  let sense = s.homonymSense.get(text);
  if (sense === undefined) {
    sense = senseOf(s, text, code, others);
    s.homonymSense.set(text, sense);
  }
  return sense;
}

/** First words of offices and bodies only a sovereign state has ("Georgia's prime minister", "Georgia's army"). */
const NATIONAL_OFFICES = new Set(['prime', 'president', 'foreign', 'defence', 'defense', 'army', 'military', 'troops', 'ambassador', 'embassy',
  'parliament', 'ruling', 'border', 'armed', 'central', 'national']);

/** Token `i` opens "'s" and an office only a sovereign state has. */
function nationalOffice(s: State, i: number): boolean {
  const n1 = s.view.tokens[i];
  const n2 = s.view.tokens[i + 1];
  return !!n1 && !!n2 && (n1.text === "'s" || n1.text === '’s') && NATIONAL_OFFICES.has(n2.lower);
}

/** One sense per article: an explicit cue anywhere decides; else the balance of the article's countries. */
function senseOf(s: State, text: string, code: string, others: string[]): boolean {
  let own = 0;
  for (const item of s.items) {
    if (item.kind !== 'name') continue;
    const a = s.view.tokens[item.start]!;
    if (s.view.text.slice(a.start, s.view.tokens[item.end - 1]!.end) !== text) continue;
    own += weight(a.sentence);
    const p1 = s.view.tokens[item.start - 1];
    const p2 = s.view.tokens[item.start - 2];
    if (p1?.text === ',' && p2 && s.covered[item.start - 2]! < 0 && p2.pos === 'PROPN') return true;
    if (p1?.lower === 'of' && p2?.lower === 'state') return true;
    // ("Georgia's prime minister", "Georgia's foreign ministry": offices a state of a federation does not have)
    if (nationalOffice(s, item.end)) return false;
  }
  if (s.signalled.has(code)) return false;
  return others.some((o) => (s.counts.get(o) ?? 0) >= own);
}

/** "Hungarian and Romanian officials": the first of two coordinated modifiers shares the head. */
function coordinated(s: State, mod: Modifier, item: Item): boolean {
  const and = s.view.tokens[item.end];
  if (!and || (and.lower !== 'and' && and.text !== ',' && and.lower !== 'or')) return false;
  // "killed in Baghdad, Iraqi police said", "In Gondor, Rohirric officials": a place after a preposition
  // and a comma ends a phrase; a capital names no list of nationalities
  if (and.text === ',' && (s.view.tokens[item.start - 1]?.pos === 'ADP' || (item.kind === 'name' && item.hits.some((h) => h.type === 'metonym')))) return false;
  const nextIdx = s.at[item.end + 1] ?? -1;
  const next = s.items[nextIdx];
  if (!next) return false;
  const mod2 = modifierOf(next, s);
  if (!mod2 || mod2.kind !== mod.kind) return false;
  const headIdx = headAfter(s, mod2, next.end);
  const head = s.items[headIdx];
  if (!head || head.kind !== 'agent') return false;
  // "Hamas attacked Israel, Israeli officials said": a list names different countries; the same one twice
  // after a comma is a new clause's subject
  if (and.text === ',' && mod.code === mod2.code) return false;
  typedFromModifier(s, mod, head.info, item.start, item.end);
  return true;
}

function doHead(s: State, mod: Modifier, headIdx: number): void {
  const head = s.items[headIdx]!;
  s.consumed[headIdx] = 1;
  // ("GOP senators", "a BNP lawmaker": a party's name before an office is the office's state)
  if (head.kind === 'title') return handleTitle(s, headIdx, mod.organ !== undefined ? { code: mod.organ, name: mod.organ, kind: 'country', start: mod.start, former: false } : mod);
  if (head.kind === 'agent') typedFromModifier(s, mod, head.info, mod.start, head.end);
}

const PORTFOLIO_HEADS = new Set(['ministry', 'ministries', 'department']);

/**
 * "the Ministry of Foreign Affairs of Ukraine", "the Ministry of Defence of Armenia": the portfolio
 * (capitalised words, "and") after a ministry, when a second "of" follows it; -1 when there is none.
 */
function portfolioEnd(s: State, item: Item & { kind: 'agent' }): number {
  if (!PORTFOLIO_HEADS.has(s.view.tokens[item.end - 1]!.lower) || s.view.tokens[item.end]?.lower !== 'of') return -1;
  let j = item.end + 1;
  const stop = Math.min(j + 6, s.view.tokens.length);
  for (; j < stop; j++) {
    const t = s.view.tokens[j]!;
    if (s.covered[j]! >= 0 || t.type !== 'word') return -1;
    if (t.lower === 'of') return j > item.end + 1 ? j : -1;
    if (!isCapitalized(t.text) && t.lower !== 'and') return -1;
  }
  return -1;
}

/**
 * "civilian casualties", "a prisoner exchange", "tourist buses": a singular civilian noun (with no country word)
 * right before another noun modifies it; no people are named.
 */
function civilianModifier(s: State, item: Item & { kind: 'agent' }): boolean {
  if (item.info.sector !== 'CVL' || item.info.plural) return false;
  const n = s.view.tokens[item.end];
  return !!n && n.sentence === s.view.tokens[item.start]!.sentence && n.pos === 'NOUN' && !isCapitalized(n.text) && s.covered[item.end]! < 0;
}

/** The country named right after "and" at token `at` ("of Armenia and Azerbaijan"), other than `not`: its code and end; consumes it. */
function andCountry(s: State, at: number, not: string): { code: string; end: number } | null {
  if (s.view.tokens[at]?.lower !== 'and') return null;
  const idx = s.at[at + 1] ?? -1;
  const item = s.items[idx];
  if (!item || item.kind !== 'name' || s.consumed[idx]) return null;
  const h = pickHit(item.hits);
  if (h.type !== 'entry' || h.entry.kind !== 'country' || h.entry.code === not) return null;
  // ("the leaders of Armenia and Azerbaijan's president": a possessive starts a phrase of its own)
  if (POSSESSIVE.has(s.view.tokens[item.end]?.text ?? '')) return null;
  s.consumed[idx] = 1;
  return { code: h.entry.code, end: item.end };
}

/**
 * ", France and Germany" after a country's name at `at`: the further countries of a list written with commas and a last
 * "and" (", and"), each a country item no one has used, none of them `not`; their items are consumed. Null when the list
 * does not close so.
 */
function countryList(s: State, at: number, not: string): { codes: string[]; end: number } | null {
  const codes: string[] = [];
  const idxs: number[] = [];
  let j = at;
  for (let n = 0; n < 8; n++) {
    const w = s.view.tokens[j];
    if (!w || (w.text !== ',' && w.lower !== 'and')) return null;
    const last = w.lower === 'and' || (w.text === ',' && s.view.tokens[j + 1]?.lower === 'and');
    const k = w.text === ',' && last ? j + 2 : j + 1;
    const idx = s.at[k] ?? -1;
    const item = s.items[idx];
    if (!item || item.kind !== 'name' || s.consumed[idx] || item.start !== k) return null;
    const h = pickHit(item.hits);
    if (h.type !== 'entry' || h.entry.kind !== 'country' || h.entry.code === not || codes.includes(h.entry.code)) return null;
    if (POSSESSIVE.has(s.view.tokens[item.end]?.text ?? '')) return null;
    codes.push(h.entry.code);
    idxs.push(idx);
    j = item.end;
    if (last) {
      for (const x of idxs) s.consumed[x] = 1;
      return { codes, end: item.end };
    }
  }
  return null;
}

/** Prepositions placing something in a region: "in Amhara", "across Tigray". */
const PLACE_PREPS = new Set(['in', 'across', 'throughout', 'inside', 'into', 'near']);
/** Tags of a head noun an adjective would modify. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Buildings named after who sits in them ("the government headquarters", "the army barracks"). */
const SEATS = new Set(['headquarters', 'building', 'buildings', 'offices', 'compound', 'palace', 'residence', 'barracks', 'premises', 'complex']);

const REMOVAL_N = new Set(['withdrawal', 'pullout', 'pull-out', 'evacuation', 'redeployment', 'removal', 'departure', 'drawdown', 'exit']);
const REMOVAL_V = new Set(['withdraw', 'pull', 'evacuate', 'remove', 'recall', 'redeploy', 'move', 'bring']);

/**
 * "withdrew its troops from Georgia", "the withdrawal of 2,000 troops from Syria": "from" after forces that
 * are being moved names where they leave, not whose they are.
 */
function movedFrom(s: State, item: Item & { kind: 'agent' }): boolean {
  const t = s.view.tokens;
  if (t[item.end]?.lower !== 'from') return false;
  let k = item.start - 1;
  for (let n = 0; n < 4 && k >= 0 && (t[k]!.pos === 'NUM' || t[k]!.pos === 'ADJ' || t[k]!.pos === 'DET'); n++) k--;
  const w = t[k];
  if (!w || w.sentence !== t[item.start]!.sentence) return false;
  if (w.lower === 'its' || w.lower === 'their' || w.lower === 'his' || w.lower === 'her') return true;
  if (w.lower === 'of') return REMOVAL_N.has(t[k - 1]?.lower ?? '');
  return w.pos === 'VERB' && REMOVAL_V.has(w.lemma);
}

/** Adjectives of regions and blocs, no one state's: "European leaders", "Western diplomats", "Gulf officials". */
const REGIONAL = new Set(['european', 'western', 'arab', 'african', 'asian', 'gulf', 'nordic', 'baltic', 'balkan', 'foreign']);

/**
 * "European leaders", "Western diplomats", "foreign ministers" (no country word): people of several states
 * or of none said — an actor of the sector alone, never the article's main country.
 */
function regionalAgent(s: State, item: Item & { kind: 'agent' }): boolean {
  const prev = s.view.tokens[item.start - 1];
  if (!prev || prev.sentence !== s.view.tokens[item.start]!.sentence || !REGIONAL.has(prev.lower) || s.covered[item.start - 1]! >= 0) return false;
  // (peacekeepers with no country word are the blue helmets of the body the article names: definiteAgent)
  if (s.view.tokens[item.start]!.lower.startsWith('peacekeep')) return false;
  // (a capitalised region, or "foreign" before people: "foreign diplomats", not the "foreign ministry" nor
  // "Russian foreign ministers", "Iran's foreign ministers")
  if (prev.lower === 'foreign' ? !item.info.plural : !isCapitalized(prev.text)) return false;
  // ("the foreign ministers of Britain, France and Germany", "foreign ministers from Saudi Arabia and Qatar": the states
  // named after "of" or "from" are whose they are)
  if (s.view.tokens[item.end]?.lower === 'of' || s.view.tokens[item.end]?.lower === 'from') return false;
  const before = s.view.tokens[item.start - 2];
  if (before && before.sentence === prev.sentence && (s.covered[item.start - 2]! >= 0 || POSSESSIVE.has(before.text))) return false;
  const sector = item.info.sector === 'REB' || item.info.sector === 'INS' ? 'UAF' : item.info.sector;
  typedMention(s, sector, typedName(s, '', sector).trim(), 'typed', item.start - 1, item.end, item.info.plural);
  return true;
}

/** Modifiers of a body that breaks from the state it is in ("separatist authorities", "breakaway government"). */
const SEPARATIST = new Set(['separatist', 'breakaway', 'secessionist', 'self-proclaimed', 'self-declared']);

/** Words saying the doers are not known ("unknown gunmen", "unidentified assailants"). */
const UNKNOWN_DOERS = new Set(['unknown', 'unidentified', 'unnamed']);

/** First words of an agent noun for men who hid their faces ("masked men", "hooded gunmen"). */
const MASKED = new Set(['masked', 'hooded']);

/**
 * ("The Israeli military said gunmen had opened fire on its troops in Khan Younis"): a state body after "its" is of the
 * speaker — a singular state or state body that says the clause — when no other singular state is named between them;
 * before any place after it says otherwise.
 */
function itsOpeningState(s: State, item: Item & { kind: 'agent' }): boolean {
  const pp = s.view.tokens[item.start - 1];
  if (!STATE_BODY.has(item.info.sector) || !pp || pp.lower !== 'its' || pp.sentence !== s.view.tokens[item.start]!.sentence) return false;
  let first: Found | undefined;
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.sentence !== pp.sentence || f.start >= item.start) { if (f.sentence < pp.sentence) break; continue; }
    if (f.plural || f.m.kind === 'media' || !(f.m.kind === 'country' || STATE_SECTORS.has(f.m.code.slice(3, 6)))) continue;
    first = f;
    break;
  }
  const said = first ? s.view.tokens[first.end] : undefined;
  const c = first ? countryPart(first.m.code) : '';
  if (!first || !said || said.pos !== 'VERB' || !TAG_VERBS.has(said.lemma) || !s.dict.countries.has(c)) return false;
  // ("Boulos said Rwanda must withdraw its troops": a state's name between the speaker and "its", not yet resolved, is nearer)
  for (let j = first.end + 1; j < item.start - 1; j++) {
    const other = countryWordAt(s, j);
    if (other !== undefined && other !== c) return false;
  }
  typedMention(s, c + item.info.sector, typedName(s, c, item.info.sector), 'typed', item.start, item.end, item.info.plural);
  return true;
}

function doAgent(s: State, item: Item & { kind: 'agent' }): void {
  if (civilianModifier(s, item)) return;
  // ("supporters of opposition leader Alexei Navalny"): whose supporters they are is told after them
  if (s.view.tokens[item.end - 1]!.lower === 'supporters' && s.view.tokens[item.end]?.lower === 'of' && item.end - item.start === 1) return;
  if (itsOpeningState(s, item)) return;
  // ("Unknown gunmen shot dead a cleric in Quetta": armed men said to be unknown are unidentified attackers of no country,
  // wherever they struck)
  const unknown = s.view.tokens[item.start - 1];
  if (unknown && UNKNOWN_DOERS.has(unknown.lower) && unknown.sentence === s.view.tokens[item.start]!.sentence && (item.info.sector === 'REB' || item.info.sector === 'INS')) {
    typedMention(s, 'UAF', typedName(s, '', 'UAF').trim(), 'typed', item.start - 1, item.end, item.info.plural);
    return;
  }
  // ("masked men torched the party's offices", "hooded gunmen"): men who hid their faces are unidentified too, with no
  // country but the one a country word before them gives
  if (MASKED.has(s.view.tokens[item.start]!.lower) && item.info.sector === 'REB' && !(unknown && unknown.sentence === s.view.tokens[item.start]!.sentence && s.covered[item.start - 1]! >= 0)) {
    typedMention(s, 'UAF', typedName(s, '', 'UAF').trim(), 'typed', item.start, item.end, item.info.plural);
    return;
  }
  // ("the aircraft carrier USS Harry S. Truman", "the destroyer HMS Diamond": an agent noun before a ship's name is its
  // description; the named ship, a country's navy, is the actor)
  if (SHIP_PREFIXES.has(s.view.tokens[item.end]?.text ?? '')) return;
  // ("the army-aligned government", "army-backed militias": an agent noun before a sponsor's participle only
  // says whose side the head noun is on; the head is the actor)
  const sponsor = compoundAfter(s.view.tokens, item.end);
  if (sponsor !== undefined && (SPONSOR_COMPOUNDS.has(sponsor) || sponsor === 'led')) return;
  if (regionalAgent(s, item)) return;
  // "The group fired a missile", "the movement accused Kinshasa": the named armed group just mentioned
  // (not "the group of mediators"); with none, no actor
  if (item.info.anaphoric) {
    // ("accused the group of dragging its feet": an "of" before a gerund is the verb's, not the noun's)
    // (an adverb may come first: "accused the group of deliberately targeting civilians")
    const g = s.view.tokens[item.end + 1]?.pos === 'ADV' ? item.end + 2 : item.end + 1;
    const of = s.view.tokens[item.end]?.lower === 'of' && !(s.view.tokens[g]?.lower.endsWith('ing') && s.view.tokens[g]?.pos === 'VERB');
    // ("Armenia froze its participation in the CSTO ... quit the bloc", "the IAEA ... the agency said": an
    // international body named in the sentence or the two before)
    const owner = of ? null : item.info.sector === 'IGO' ? igoOwner(s, item.start) : groupOwner(s, item.start);
    if (owner) typedMention(s, owner.m.code, owner.m.name, 'coreference', item.start, item.end, item.info.plural);
    return;
  }
  // "the leaders of both countries", "commanders from both sides", "officials of the two neighbours"
  // ("Military commanders from both sides": a title or one more noun may come between)
  const ni = s.at[item.end] ?? -1;
  const between = ni >= 0 && (s.items[ni]!.kind === 'title' || s.items[ni]!.kind === 'agent') ? s.items[ni]!.end
    : s.view.tokens[item.end]?.pos === 'NOUN' && s.covered[item.end]! < 0 ? item.end + 1 : item.end;
  const w = s.view.tokens[between]?.lower;
  const gi = w === 'of' || w === 'from' ? s.at[between + 1] ?? -1 : -1;
  const group = gi >= 0 ? s.items[gi] : undefined;
  if (group && group.kind === 'group' && !s.consumed[gi]
    && sectorOfGroup(s, item.start, group.end, group.start, item.info.sector, (c) => typedName(s, c, item.info.sector))) {
    s.consumed[gi] = 1;
    if (ni >= 0 && between > item.end) s.consumed[ni] = 1;
    return;
  }
  const portfolio = portfolioEnd(s, item);
  // ("the government headquarters in Yerevan", "the army barracks in Gao": the seat's place is its owner's)
  const seat = portfolio < 0 && SEATS.has(s.view.tokens[item.end]?.lower ?? '') && s.covered[item.end]! < 0 ? item.end + 1 : -1;
  const of = portfolio < 0 && movedFrom(s, item) ? null : ofCountry(s, portfolio >= 0 ? portfolio : item.end) ?? (seat >= 0 && s.view.tokens[seat]?.lower === 'in' ? ofCountry(s, seat) : null);
  if (of) {
    const isCountry = s.dict.countries.has(of.code);
    let sector = item.info.sector;
    // "the Ministry of Defence of Armenia" is the defence ministry
    for (let k = item.end + 1; k < portfolio; k++) if (s.view.tokens[k]!.lower === 'defence' || s.view.tokens[k]!.lower === 'defense') sector = 'MIL';
    // "the leaders of Armenia and Azerbaijan": the body of each
    const other = isCountry && item.info.plural ? andCountry(s, of.end, of.code) : null;
    if (other) {
      sectorOfEach(s, item.start, other.end, [of.code, other.code], sector, (c) => typedName(s, c, sector), 'typed');
      return;
    }
    // ("the foreign ministers of Britain, France and Germany": each of a longer list)
    const list = isCountry && item.info.plural ? countryList(s, of.end, of.code) : null;
    if (list) {
      sectorOfEach(s, item.start, list.end, [of.code, ...list.codes], sector, (c) => typedName(s, c, sector), 'typed');
      return;
    }
    // ("separatist authorities in Nagorno-Karabakh", "the breakaway government in Transnistria": a separatist body in a
    // state is an armed group of it, not its organ)
    if (isCountry && (sector === 'GOV' || sector === 'MIL') && SEPARATIST.has(s.view.tokens[item.start - 1]?.lower ?? '')) sector = 'REB';
    const code = isCountry ? of.code + sector : of.code;
    typedMention(s, code, isCountry ? typedName(s, of.code, sector) : (s.dict.entries.get(of.code)?.name ?? of.code), 'typed', item.start, of.end, item.info.plural);
    return;
  }
  const before = placeBefore(s, item.start);
  if (before) {
    // "Tigray forces", "Donbas fighters": a region's own armed men are not the state's army
    const sector = before.region && item.info.sector === 'MIL' ? 'REB' : item.info.sector;
    typedMention(s, before.code + sector, typedName(s, before.code, sector), 'typed', before.start, item.end, item.info.plural);
    return;
  }
  const shared = sharedCountry(s, item.start);
  if (shared) {
    typedMention(s, shared + item.info.sector, typedName(s, shared, item.info.sector), 'typed', item.start, item.end, item.info.plural);
    return;
  }
  if (item.info.sector === 'MED' && namedOutlet(s, item)) return;
  if (countrysAgent(s, item)) return;
  if (item.info.sector === 'PTY' && namedParty(s, item)) return;
  // "a human rights group said", "aid agencies warned": with no country word, a non-governmental body of no state
  if (item.info.sector === 'NGO') {
    typedMention(s, 'NGO', typedName(s, '', 'NGO').trim(), 'typed', item.start, item.end, item.info.plural);
    return;
  }
  // "thousands of people", "5,000 students": a crowd, an actor like "protesters"
  const crowd = item.info.sector === 'CVL' && !item.info.bare && (crowdBefore(s, item.start) || openingCrowd(s, item));
  if (!item.info.bare && !crowd) {
    // "an Israeli military official said troops had fired": the speaker's own (else the definite reading)
    // (not when the same body was named with another country before: "Sudan's army said ... Britain said the army had bombed")
    const own = speakersCountry(s, item.start, item.info.sector);
    const named = own ? sectorBefore(s, item.start, item.info.sector) : null;
    if (own && (!named || named === own)) { typedMention(s, own + item.info.sector, typedName(s, own, item.info.sector), 'typed', item.start, item.end, item.info.plural); return; }
    return definiteAgent(s, item);
  }
  // "the Jenin refugee camp", "shelled a refugee camp in Gaza": a camp's refugees are of the camp's place, not of
  // the country of another actor of the sentence
  if (item.info.sector === 'REF' && item.info.bare) {
    const camp = campCountry(s, item);
    if (camp) {
      typedMention(s, camp + 'REF', typedName(s, camp, 'REF'), 'typed', item.start, item.end, item.info.plural);
      return;
    }
  }
  // ("Leftist rebels with the Revolutionary Armed Forces of Colombia said", "fighters from the ADF"): members of the
  // group named right after them
  const member = item.info.bare && (item.info.sector === 'REB' || item.info.sector === 'INS') ? groupAfter(s, item.end) : null;
  if (member) {
    typedMention(s, member.code, member.name, 'typed', item.start, item.end, item.info.plural);
    return;
  }
  // "The Houthis vowed to retaliate. ... its fighters had fired": an armed group's own fighters
  const owner = item.info.bare && (item.info.sector === 'REB' || item.info.sector === 'INS') ? groupOwner(s, item.start) : null;
  if (owner) {
    typedMention(s, owner.m.code, owner.m.name, 'coreference', item.start, item.end, item.info.plural);
    return;
  }
  // "rebels" in an article about one country are that country's ("Shona rebels" in Mozambique);
  // a crowd with no such country is of the one country where the sentence puts it ("marched in Hong Kong")
  // (a crowd is of the country where the sentence puts it first: "hundreds of people demonstrated in Kinshasa")
  // (not captives: "exchanged 390 prisoners each, agreed at talks in Istanbul" — they are held elsewhere)
  // ("a drone struck a bus in the Sumy region, killing nine civilians": else where the sentence put the act before them)
  // ("600 people were killed in Israeli strikes", "civilians killed by Russian shelling": not of the country
  // whose attack the sentence names, when only the article's count made them its)
  const civilian = item.info.sector === 'CVL';
  const main = civilian && !(CAPTIVES.has(s.view.tokens[item.end - 1]!.lower) && verbBefore(s, item.start))
    ? placedIn(s, item.end) ?? placedBefore(s, item.start) ?? unlessAttacker(s, item.start, mainCountry(s))
    : armedOrMain(s, item.start, item.end, item.info.sector);
  if (main) {
    typedMention(s, main + item.info.sector, typedName(s, main, item.info.sector), 'typed', item.start, item.end, item.info.plural);
    return;
  }
  const sector = item.info.sector === 'REB' || item.info.sector === 'INS' ? 'UAF' : item.info.sector;
  typedMention(s, sector, typedName(s, '', sector).trim(), 'typed', item.start, item.end, item.info.plural);
}

/** The armed group named right after "with", "from" or "of" (and "the") at `end`, in the same sentence. */
function groupAfter(s: State, end: number): ActorEntry | null {
  const toks = s.view.tokens;
  const p = toks[end];
  if (!p || !(p.lower === 'with' || p.lower === 'from' || p.lower === 'of') || p.sentence !== toks[end - 1]!.sentence) return null;
  const j = toks[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const it = s.items[s.at[j] ?? -1];
  if (!it || it.kind !== 'name' || it.start !== j) return null;
  const h = it.hits.find((x) => x.type === 'entry' && x.entry.kind === 'group');
  return h && h.type === 'entry' ? h.entry : null;
}

/** Sectors of non-state armed groups. */
const ARMED_GROUP_SECTORS = new Set(['REB', 'INS', 'SEP', 'UAF']);

/**
 * The article's main country — but for "the army", "troops" with no country word, when the article has named armed
 * groups of one other country only and none of the main one, that country: the army is the one its rebels fight ("DOHA,
 * July 23 — Congo and the M23 signed a declaration in Doha ... The army said M23 fighters attacked": Congo's army, not the
 * venue's).
 */
function armedOrMain(s: State, start: number, end: number, sector: string): string | undefined {
  const main = mainCountry(s);
  // (and gangs: "gang members killed 20 people in Delmas" are Haiti's, as gunmen there would be)
  if (sector !== 'MIL' && sector !== 'REB' && sector !== 'INS' && sector !== 'CRM') return main;
  const groups = groupCodes(s.dict);
  let only: string | undefined;
  for (const f of s.found) {
    if (f.start >= start) break;
    const c = countryPart(f.m.code);
    if (!s.dict.countries.has(c) || !(ARMED_GROUP_SECTORS.has(f.m.code.slice(3, 6)) || groups.has(f.m.code))) continue;
    if (c === main) return main;
    if (only !== undefined && only !== c) return main;
    only = c;
  }
  // ("Iran-backed militias attacked a U.S. base in Syria": with no armed group named before, irregulars fight
  // where the sentence puts them, before the article's main country)
  const placed = only ?? (sector === 'MIL' ? undefined : placedIn(s, end));
  if (placed !== undefined || sector === 'MIL') return placed ?? main;
  // ("Gunmen kidnapped five Indian nationals", "Kidnappers freed the two Emiratis"): a country the sentence names only as
  // the nationality of people after the doers is the victims', not the doers'; unplaced, they are unidentified
  return main !== undefined && victimsNationalityOnly(s, start, end, main) && datelineCountry(s) !== main ? undefined : main;
}

/**
 * The sentence of the agent at `start`–`end` names `main` only after it, and there only as a nationality: a demonym
 * ("two Emiratis") or an adjective before a noun of people ("Indian nationals", "a Swiss woman").
 */
function victimsNationalityOnly(s: State, start: number, end: number, main: string): boolean {
  const toks = s.view.tokens;
  const sentence = toks[start]!.sentence;
  let seen = false;
  for (let j = start - 1; j >= 0 && toks[j]!.sentence === sentence; j--) if (countryWordAt(s, j) === main) return false;
  for (let j = end; j < toks.length && toks[j]!.sentence === sentence; j++) {
    if (countryWordAt(s, j) !== main) continue;
    const it = s.items[s.at[j]!];
    if (!it || it.kind !== 'name') return false;
    const h = it.hits.find((x) => x.type === 'adjective' && x.country === main);
    if (!h || h.type !== 'adjective') return false;
    if (!h.demonym) {
      let k = it.end;
      while (k < it.end + 2 && k < toks.length && toks[k]!.pos === 'ADJ') k++;
      if (!VICTIM_HEADS.has(toks[k]?.lower ?? '')) return false;
    }
    seen = true;
    j = it.end - 1;
  }
  return seen;
}

/** Nouns of people a nationality adjective may head as victims ("Indian nationals", "a Swiss woman"). */
const VICTIM_HEADS = new Set(['national', 'nationals', 'citizen', 'citizens', 'woman', 'women', 'man', 'men', 'tourist', 'tourists', 'worker', 'workers',
  'engineer', 'engineers', 'missionary', 'missionaries', 'priest', 'priests', 'nun', 'nuns', 'journalist', 'journalists', 'businessman', 'businessmen',
  'aid', 'couple', 'family', 'children', 'child', 'girl', 'girls', 'boy', 'boys', 'pilgrims', 'students', 'student', 'doctor', 'doctors', 'teacher', 'teachers',
  'truck', 'drivers', 'driver', 'crew', 'sailors', 'fishermen', 'hostage', 'hostages', 'expatriates', 'expats', 'employees', 'contractors', 'traders']);

/** Heads of a noun phrase naming an attack, its weapon or its fire ("Israeli air strikes", "Russian shelling"). */
/** Heads of a noun phrase naming armed forces ("US forces", "Israeli jets"). */
const FORCE_HEADS = new Set(['forces', 'troops', 'military', 'army', 'navy', 'soldiers', 'jets', 'warplanes', 'warships', 'aircraft', 'drones', 'missiles', 'helicopters']);

const ATTACK_HEADS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombardment', 'bombardments', 'bombing', 'bombings',
  'attack', 'attacks', 'raid', 'raids', 'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'fire', 'gunfire', 'artillery', 'shell', 'shells',
  'airstrike', 'bombs', 'bomb', 'offensive', 'assault', 'incursion']);

/**
 * `main`, unless the sentence names it only as the one attacking: a country adjective heading (through at
 * most two modifiers) an attack noun — "killed in Israeli air strikes", "by Russian shelling".
 */
function unlessAttacker(s: State, at: number, main: string | undefined): string | undefined {
  if (!main) return main;
  const toks = s.view.tokens;
  const sentence = toks[at]!.sentence;
  let attacker = false;
  // (before them, a country word naming an attack is the attacker's: "the U.S. strike had killed four civilians")
  for (let j = at - 1; j >= 0 && toks[j]!.sentence === sentence; j--) {
    if (countryWordAt(s, j) !== main) continue;
    const it = s.items[s.at[j]!];
    let k = it ? it.end : j + 1;
    while (k < at && k < (it ? it.end : j + 1) + 3 && !ATTACK_HEADS.has(toks[k]!.lower) && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ')) k++;
    // (not in a war at home: "Sudanese army jets bombed a market in Nyala, killing 20 civilians")
    if (k < at && ATTACK_HEADS.has(toks[k]!.lower)) { if (placedAt(s, sentence, main)) return main; attacker = true; continue; }
    return main;
  }
  for (let j = at + 1; j < toks.length && toks[j]!.sentence === sentence; j++) {
    const c = countryWordAt(s, j);
    if (c === undefined) continue;
    if (c !== main) continue;
    const adj = s.items[s.at[j]!];
    // ("people were killed when their boat was struck by US forces": the agent of a passive act of force is the attacker)
    const by = toks[j - 1]?.lower === 'by' || (toks[j - 1]?.lower === 'the' && toks[j - 2]?.lower === 'by');
    if (by && adj && FORCE_HEADS.has(toks[adj.end]?.lower ?? '')) { attacker = true; continue; }
    if (!adj || adj.kind !== 'name' || !adj.hits.some((h) => h.type === 'adjective' && h.country === main)) return main;
    let k = adj.end;
    while (k < adj.end + 3 && k < toks.length && !ATTACK_HEADS.has(toks[k]!.lower) && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ')) k++;
    if (k >= toks.length || !ATTACK_HEADS.has(toks[k]!.lower)) return main;
    attacker = true;
  }
  return attacker ? undefined : main;
}

/**
 * For a state body in a speaker's tag after a comma (", the foreign ministry said."), the state named first in its
 * sentence, when that is a state's name (not after a preposition); else undefined.
 */
function tagSpeakerState(s: State, item: Item & { kind: 'agent' }): string | undefined {
  const toks = s.view.tokens;
  let b = item.start - 1;
  if (toks[b]?.lower === 'the') b--;
  const v = toks[item.end];
  if (toks[b]?.text !== ',' || !v || v.sentence !== toks[item.start]!.sentence || v.pos !== 'VERB' || !TAG_VERBS.has(v.lemma)) return undefined;
  return openingState(s, toks[item.start]!.sentence, b);
}

/**
 * The state that opens sentence `sentence`: its first actor (no outlet) when that is a state's name before token `before`,
 * not governed by a preposition ("Israel said its soldiers ...", "South Korea summoned ..., the foreign ministry said").
 */
function openingState(s: State, sentence: number, before: number): string | undefined {
  const first = s.found.find((f) => f.sentence === sentence && f.m.kind !== 'media');
  if (!first || first.start >= before || first.m.kind !== 'country' || LOCATIVE_BEFORE.has(s.view.tokens[first.start - 1]?.lower ?? '')) return undefined;
  const c = countryPart(first.m.code);
  return s.dict.countries.has(c) ? c : undefined;
}
const TAG_VERBS = new Set(['say', 'add', 'announce', 'report', 'confirm', 'state', 'tell']);

/** A place of `country` named in the sentence. */
function placedAt(s: State, sentence: number, country: string): boolean {
  for (const p of s.places) {
    if (p.place.country !== country || p.place.kind === 'country') continue;
    const k = tokenAtOffset(s.view.tokens, p.start);
    if (k >= 0 && s.view.tokens[k]!.sentence === sentence) return true;
  }
  return false;
}

/** The country a name item starting at token `j` stands for (a country, its adjective or metonym), if any. */
function countryWordAt(s: State, j: number): string | undefined {
  return nameCountry(s.items[s.at[j] ?? -1]) ?? undefined;
}

const PLACED = new Set(['of', 'in', 'from', 'living']);
/** A verb before token `at` in its sentence: a noun phrase there is an object, not the subject. */
function verbBefore(s: State, at: number): boolean {
  const sentence = s.view.tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && s.view.tokens[k]!.sentence === sentence; k--) if (s.view.tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** People held by others: where a sentence puts them as objects says nothing of whose they are ("Prisoners rioted in Dili" keeps its place). */
const CAPTIVES = new Set(['prisoners', 'prisoner', 'detainees', 'detainee', 'hostages', 'hostage', 'captives', 'captive', 'pows', 'inmates', 'abductees']);

const groupCodesOf = new WeakMap<ActorDictionary, Set<string>>();

/** The codes of the dictionary's armed groups (made once per dictionary). */
function groupCodes(dict: ActorDictionary): Set<string> {
  let codes = groupCodesOf.get(dict);
  if (!codes) {
    codes = new Set();
    for (const e of dict.entries.values()) if (e.kind === 'group') codes.add(e.code);
    groupCodesOf.set(dict, codes);
  }
  return codes;
}

/**
 * The armed group a bare fighters' noun after "its"/"their"/"the" stands for or belongs to ("its
 * fighters", "their militants", "Rwanda denies supporting the rebels" after "M23 rebels captured
 * Bukavu"): the most recent named group of the sentence or the two before. Null when none.
 */
function groupOwner(s: State, start: number): Found | null {
  const t = s.view.tokens;
  const det = t[start - 1]?.lower;
  if (det !== 'its' && det !== 'their' && det !== 'the') return null;
  const sentence = t[start]!.sentence;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence < sentence - 2) break;
    if (x.start >= start) continue;
    // (or one of its people: "A senior Houthi official said ... The group fired a missile")
    if (x.m.kind === 'group' || (x.m.how !== 'coreference' && groupCodes(s.dict).has(x.m.code))) return x;
    // (for its/their, an actor of another kind nearer in the same sentence is the owner: "the army said its
    // fighters" — unless a named group is the sentence's subject: "the RSF agreed to a truce proposed by the
    // United States ..., days after its fighters captured El Fasher")
    if (det !== 'the' && x.sentence === sentence && x.m.kind !== 'media' && x.m.kind !== 'person') return subjectGroup(s, sentence);
  }
  return null;
}

/** The international body named last, after "the", in the sentence of token `start` or the two before; null when none. */
function igoOwner(s: State, start: number): Found | null {
  const t = s.view.tokens;
  if (t[start - 1]?.lower !== 'the') return null;
  const sentence = t[start]!.sentence;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence < sentence - 2) break;
    if (x.start < start && x.m.kind === 'igo' && x.m.code.startsWith('IGO') && x.m.how !== 'coreference') return x;
  }
  return null;
}

/** The one named armed group of sentence `sentence` so far, if there is exactly one. */
function subjectGroup(s: State, sentence: number): Found | null {
  let group: Found | null = null;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence < sentence) break;
    if (x.sentence !== sentence || x.m.kind !== 'group') continue;
    if (group && group.m.code !== x.m.code) return null;
    group = x;
  }
  return group;
}

/** Verbs whose object is the subject's own force ("ordered the army to respond", "deployed troops"). */
const FORCES = new Set(['MIL', 'COP']);
const COMMANDING = new Set(['ordered', 'instructed', 'directed', 'deployed', 'mobilised', 'mobilized', 'dispatched', 'sent']);

/**
 * "An Israeli military official ... said troops had fired warning shots", "the ministry said the army
 * had withdrawn": an agent noun with no country word opening what a speaker of a country reports is that
 * country's; so is the object of a verb of command ("Defence Minister Katz ordered the army to respond").
 * The speaker (or commander) is the last actor of the sentence before the verb. Null otherwise.
 */
function speakersCountry(s: State, start: number, sector: string): string | null {
  let k = start - 1;
  const t = s.view.tokens;
  if (t[k]?.lower === 'the') k--;
  if (t[k]?.lower === 'that' && SPEECH.has(t[k - 1]?.lower ?? '')) k--;
  const verb = t[k];
  if (!verb || !(SPEECH.has(verb.lower) || (COMMANDING.has(verb.lower) && FORCES.has(sector))) || verb.sentence !== t[start]!.sentence) return null;
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.sentence !== verb.sentence) return null;
    if (x.end > k) continue;
    if (x.m.kind === 'media') return null;
    const c = countryPart(x.m.code);
    return c && s.dict.countries.has(c) ? c : null;
  }
  return null;
}

const DASHES = new Set(['—', '–', '-', '--']);

const ABOUT = new Set(['some', 'about', 'around', 'nearly', 'over', 'least', 'at', 'than', 'more', 'up', 'to', 'almost', 'roughly', 'an', 'estimated']);

/**
 * "Thousands of people marched", "Some 5,000 students rallied": a counted crowd opening the sentence or clause
 * is its subject. Counted people elsewhere ("killed 19 people", "detained 12 people") are victims, not actors.
 */
function crowdBefore(s: State, start: number): boolean {
  const sentence = s.view.tokens[start]!.sentence;
  let k = start - 1;
  const p = s.view.tokens[k];
  if (!p || p.sentence !== sentence) return false;
  if (p.type === 'number' || p.pos === 'NUM') k--;
  else {
    // "(tens of) thousands of", "hundreds of thousands of"
    let counted = false;
    while (s.view.tokens[k]?.lower === 'of' && CROWD_COUNTS.has(s.view.tokens[k - 1]?.lower ?? '')) { k -= 2; counted = true; }
    if (!counted) return false;
  }
  while (ABOUT.has(s.view.tokens[k]?.lower ?? '') && s.view.tokens[k]!.sentence === sentence) k--;
  const before = s.view.tokens[k];
  // (also after a dateline's dash: "BELGRADE, June 28 (Wire) — Tens of thousands of people rallied")
  return !before || before.sentence !== sentence || before.text === ',' || before.text === ';' || before.lower === 'and' || DASHES.has(before.text);
}

/**
 * "Thousands rallied" (the scan's crowd item), "Students marched in Dhaka", "People protested outside parliament":
 * people with no article opening the sentence or clause as the subject of a verb are a crowd, an actor. Not "people
 * familiar with the matter", nor people after a determiner ("the students' union", "some people say").
 */
function openingCrowd(s: State, item: Item & { kind: 'agent' }): boolean {
  const t = s.view.tokens[item.start]!;
  if (CROWD_COUNTS.has(t.lower)) return true;
  return item.info.plural && subjectOpeningClause(s.view.tokens, item.start, item.end);
}

/** The one country of the places written after "in" (or "across", "through", "throughout") later in the sentence from token `from`. */
/** Prepositions that place a clause in a place or by a place close to it. */
const LOCATING = new Set(['in', 'across', 'throughout', 'through', 'near', 'outside']);

/**
 * `w` (after `before`) opens a phrase that places the clause: "in", "near", "outside", "on the outskirts of"; and the
 * place an attack was on ("ten people were killed in Israeli strikes on Tehran").
 */
function locating(w: string, before: string | undefined): boolean {
  return LOCATING.has(w) || (w === 'of' && before === 'outskirts') || (w === 'on' && ATTACK_HEADS.has(before ?? ''));
}

/** Buildings of a state's missions abroad, whose state's word before them places no one of that state. */
const MISSION_BUILDINGS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'legation']);

/** A mission's noun comes within three tokens from `j` (after the state's word: "the U.S. consulate", "the British embassy"). */
function missionAfter(s: State, j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const t = s.view.tokens[k];
    if (!t || t.sentence !== s.view.tokens[j]!.sentence) return false;
    if (MISSION_BUILDINGS.has(t.lower)) return true;
  }
  return false;
}

function placedIn(s: State, from: number): string | undefined {
  const sentence = s.view.tokens[from - 1]!.sentence;
  let found: string | undefined;
  for (let j = from + 1; s.view.tokens[j]?.sentence === sentence; j++) {
    const w = s.view.tokens[j - 1]!.lower;
    // ("abducted two aid workers near Mirebalais", "outside Kaduna", "on the outskirts of Goma": as "in")
    if (!locating(w, s.view.tokens[j - 2]?.lower)) continue;
    // ("agreed a truce with two rebel movements at talks in South Sudan": where they meet is no home of theirs)
    if (meetingBefore(s, j - 2, sentence)) continue;
    // ("in northern Ivory Coast": a compass adjective before the place; "in the Kaduna region": an article)
    const c = placeAt(s, s.view.tokens[j]!.start) ?? ((COMPASS.has(s.view.tokens[j]!.text) || s.view.tokens[j]!.lower === 'the') && s.view.tokens[j + 1]?.sentence === sentence ? placeAt(s, s.view.tokens[j + 1]!.start) : undefined)
      ?? settlementOf(s, j, sentence);
    if (!c || !s.dict.countries.has(c)) continue;
    // ("protested outside the U.S. consulate in Nuuk": a state's mission is where the crowd went, not whose it is)
    if (missionAfter(s, j)) continue;
    if (found !== undefined && found !== c) return undefined;
    found = c;
  }
  return found;
}

/**
 * "in the coastal town of Baniyas", "in the southern province of Sweida": the country of the place named after "the",
 * up to three modifiers, a noun of settlement and "of", starting at token `j`; else undefined.
 */
function settlementOf(s: State, j: number, sentence: number): string | undefined {
  const toks = s.view.tokens;
  if (toks[j]?.lower !== 'the') return undefined;
  let k = j + 1;
  while (k < j + 4 && toks[k]?.sentence === sentence && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'PROPN') && !SETTLEMENTS.has(toks[k]!.lower)) k++;
  if (!SETTLEMENTS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'of' || toks[k + 2]?.sentence !== sentence) return undefined;
  return placeAt(s, toks[k + 2]!.start);
}

/**
 * A gathering word ends at `k` or up to six words before it, no punctuation between ("talks in Doha", "held talks
 * with Congolese officials in Qatar", "met the envoy in Doha"): the place after the "in" that follows is a venue.
 */
function meetingBefore(s: State, k: number, sentence: number): boolean {
  for (let i = k; i >= 0 && i > k - 7; i--) {
    const t = s.view.tokens[i]!;
    if (t.sentence !== sentence || t.type === 'punctuation') return false;
    if (i === k ? MEETINGS.has(t.lower) : (MEETINGS.has(t.lower) && t.lower !== 'held') || t.lower === 'met' || t.lower === 'meets') return true;
  }
  return false;
}

/** Gatherings: the place after "<gathering> in" is a venue. */
const MEETINGS = new Set(['talks', 'meeting', 'meetings', 'summit', 'conference', 'negotiations', 'consultations', 'held']);

/** Words that end the clause a noun phrase stands in, for `placedInClause`. */
const CLAUSE_ENDS = new Set([',', ';', ':', 'after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'who', 'which', 'that', 'where', 'but']);

/**
 * The country of the first place named after "in", "across", "through" or "throughout" from token `from` to the end of its
 * clause ("fired tear gas at demonstrators in Nairobi"; not "... after the court freed a man living in exile in Britain").
 */
function placedInClause(s: State, from: number): string | undefined {
  const toks = s.view.tokens;
  const sentence = toks[from - 1]!.sentence;
  for (let j = from; toks[j]?.sentence === sentence; j++) {
    const w = toks[j]!.lower;
    if (CLAUSE_ENDS.has(w)) return undefined;
    if (!locating(w, toks[j - 1]?.lower)) continue;
    const next = toks[j + 1];
    const c = next && (placeAt(s, next.start) ?? (next.lower === 'the' && toks[j + 2] ? placeAt(s, toks[j + 2]!.start) : undefined));
    if (c && s.dict.countries.has(c)) return c;
  }
  return undefined;
}

/** The country of the last place named after "in", "across" or "near" in the sentence before token `to`, when one. */
function placedBefore(s: State, to: number): string | undefined {
  const sentence = s.view.tokens[to]!.sentence;
  let found: string | undefined;
  for (let j = to - 1; j > 0 && s.view.tokens[j]!.sentence === sentence; j--) {
    const w = s.view.tokens[j - 1]!.lower;
    // (also "attacked the city of Sumy, killing three civilians": a place named by its kind)
    // (and the place an attack was on: "missile strikes on Erbil killed four civilians")
    if (w !== 'in' && w !== 'across' && w !== 'near' && !(w === 'the' && s.view.tokens[j - 2]?.lower === 'in')
      && !(w === 'of' && PLACE_KINDS.has(s.view.tokens[j - 2]?.lower ?? '')) && !(w === 'on' && ATTACK_HEADS.has(s.view.tokens[j - 2]?.lower ?? ''))) continue;
    const c = placeAt(s, s.view.tokens[j]!.start);
    if (c && s.dict.countries.has(c)) { found = c; break; }
  }
  return found;
}

/**
 * The country of the camp a refugees' noun names ("refugee camp", "displaced persons camps"): that of a known place
 * whose name holds the noun ("the Jenin refugee camp"), else of the place the sentence puts the camp in or near.
 */
function campCountry(s: State, item: Item): string | undefined {
  const next = s.view.tokens[item.end];
  if (next?.lower !== 'camp' && next?.lower !== 'camps') return undefined;
  const from = s.view.tokens[item.start]!.start;
  for (const p of s.places) {
    if (p.start > from) break;
    if (p.end >= next.end && p.place.country && s.dict.countries.has(p.place.country)) return p.place.country;
  }
  return placedIn(s, item.end + 1) ?? placedBefore(s, item.start);
}

/** "the country's army", "the nation's police": the agent of the country the article is about. */
function countrysAgent(s: State, item: Item & { kind: 'agent' }): boolean {
  const poss = s.view.tokens[item.start - 1];
  const noun = s.view.tokens[item.start - 2];
  if (!poss || !POSSESSIVE.has(poss.text) || (noun?.lower !== 'country' && noun?.lower !== 'nation') || s.view.tokens[item.start - 3]?.lower !== 'the') return false;
  const country = mainCountry(s);
  if (!country) return false;
  typedMention(s, country + item.info.sector, typedName(s, country, item.info.sector), 'typed', item.start - 3, item.end, item.info.plural);
  return true;
}

const PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'of', 'on', 'across', 'outside', 'inside', 'around', 'throughout']);

/** "Airlines"/"Airways" (after "International") at token `i`: the rest of an airline's name. */
function airlineAfter(s: State, i: number): boolean {
  const a = s.view.tokens[i]?.text;
  const b = s.view.tokens[i + 1]?.text;
  return a === 'Airlines' || a === 'Airways' || (a === 'International' && (b === 'Airlines' || b === 'Airways'));
}

/** Lower-case words of a level of administration between a place and its body ("regional", "provincial"). */
const ADMINISTRATIVE = new Set(['regional', 'provincial', 'district', 'municipal', 'oblast', 'city', 'state', 'county']);

/**
 * "Punjab police", "a Tamil Nadu court", "Borno State government": a place the gazetteer knows (and
 * no actor item covers) right before an agent noun is the agent's country — unless the place ends a
 * prepositional phrase ("fighting in Helmand, police said" has a comma; "in Helmand police" is no head).
 */
function placeBefore(s: State, start0: number): { code: string; start: number; region: boolean } | null {
  // ("Donetsk regional governor", "Kherson regional military administration": a lower-case word of administration between)
  const adj = s.view.tokens[start0 - 1];
  const start = adj && ADMINISTRATIVE.has(adj.text) && s.covered[start0 - 1]! < 0 ? start0 - 1 : start0;
  // ("the Benue state governor": a place whose name ends in the word of administration, "Benue state")
  return placeEndingAt(s, start) ?? (start !== start0 ? placeEndingAt(s, start0) : null);
}

/** The place of a country that ends right before token `start`, not after a preposition; null when none. */
function placeEndingAt(s: State, start: number): { code: string; start: number; region: boolean } | null {
  const last = s.view.tokens[start - 1];
  if (!last || last.type !== 'word' || s.covered[start - 1]! >= 0 || s.places.length === 0) return null;
  for (const p of s.places) {
    if (p.end !== last.end || !p.place.country || !s.dict.countries.has(p.place.country)) continue;
    let k = start - 1;
    while (k > 0 && s.view.tokens[k - 1]!.start >= p.start) k--;
    if (s.view.tokens[k]!.start !== p.start || PREPS.has(s.view.tokens[k - 1]?.lower ?? '')) return null;
    for (let i = k; i < start; i++) if (s.covered[i]! >= 0) return null;
    return { code: p.place.country, start: k, region: p.place.kind === 'region' || p.place.kind === 'disputed' };
  }
  return null;
}

/** The last token of the place mention starting at token `i` (plus one). */
function placeEnd(s: State, i: number): number {
  let j = i + 1;
  while (s.view.tokens[j] && s.view.tokens[j]!.type === 'word' && isCapitalized(s.view.tokens[j]!.text) && placeAt(s, s.view.tokens[j]!.start) === undefined) j++;
  return j;
}

/** "Israeli helicopters and tanks": the country word of the first conjunct is shared by the second. */
function sharedCountry(s: State, start: number): string | null {
  // "Gondorian troops and allied militias": up to two lower-case modifiers before the second noun
  let k = start - 1;
  while (k >= start - 2 && s.covered[k]! < 0 && s.view.tokens[k] && !isCapitalized(s.view.tokens[k]!.text) && (s.view.tokens[k]!.pos === 'ADJ' || (s.view.tokens[k]!.pos === 'VERB' && s.view.tokens[k]!.lower.endsWith('ed')))) k--;
  const link = s.view.tokens[k];
  // "Gondorian aircraft including helicopter gunships": a part named after "including" is of the whole's country
  if (!link || (link.lower !== 'and' && link.lower !== 'or' && link.lower !== 'including')) return null;
  const last = s.found[s.found.length - 1];
  if (!last || last.end !== k || last.m.how !== 'typed' || last.m.kind !== 'agent') return null;
  const c = last.m.code.slice(0, 3);
  return last.m.code.length === 6 && s.dict.countries.has(c) ? c : null;
}

/**
 * "the opposition newspaper La Prensa", "the daily Al-Watan": an outlet noun followed by its name (a
 * run of capitalised words no item covers) is that outlet, of the country the article is about.
 */
function namedOutlet(s: State, item: Item & { kind: 'agent' }): boolean {
  if (!OUTLETS.has(s.view.tokens[item.end - 1]!.lower)) return false;
  const sentence = s.view.tokens[item.start]!.sentence;
  if (s.titleCase[sentence]) return false;
  const word = (k: number): boolean => s.covered[k]! < 0 && s.view.tokens[k]?.sentence === sentence && s.view.tokens[k]!.type === 'word' && isCapitalized(s.view.tokens[k]!.text);
  let j = item.end;
  while (j < item.end + 5) {
    if (word(j)) { j++; continue; }
    // "Al-Watan": a hyphen glued between two capitalised words
    if (j > item.end && s.view.tokens[j]?.text === '-' && s.view.tokens[j - 1]!.end === s.view.tokens[j]!.start && s.view.tokens[j + 1]?.start === s.view.tokens[j]!.end && word(j + 1)) { j += 2; continue; }
    break;
  }
  if (j === item.end) return false;
  const country = mainCountry(s);
  typedMention(s, country ? country + 'MED' : 'MED', country ? typedName(s, country, 'MED') : typedName(s, '', 'MED').trim(), 'typed', item.start, j, false);
  return true;
}

/**
 * "the fundamentalist Umma (Nation) party", "the Islamist Ennahda party": capitalised words no item
 * covers right before "party" (an English gloss in parentheses may follow them) name a party of the
 * country the article is about.
 */
function namedParty(s: State, item: Item & { kind: 'agent' }): boolean {
  if (s.view.tokens[item.end - 1]!.lower !== 'party') return false;
  const sentence = s.view.tokens[item.start]!.sentence;
  if (s.titleCase[sentence]) return false;
  let j = item.start - 1;
  if (s.view.tokens[j]?.text === ')') {
    let k = j - 1;
    while (k > j - 5 && s.view.tokens[k] && s.view.tokens[k]!.text !== '(') k--;
    if (s.view.tokens[k]?.text !== '(') return false;
    j = k - 1;
  }
  const end = j + 1;
  while (j >= 0 && s.covered[j]! < 0 && s.view.tokens[j]!.sentence === sentence && s.view.tokens[j]!.type === 'word' && isCapitalized(s.view.tokens[j]!.text) && !sentenceInitial(s, j)) j--;
  if (j + 1 === end) return false;
  const country = mainCountry(s);
  typedMention(s, country ? country + 'PTY' : 'PTY', country ? typedName(s, country, 'PTY') : typedName(s, '', 'PTY').trim(), 'typed', j + 1, item.end, false);
  return true;
}

const OUTLETS = new Set(['newspaper', 'daily', 'weekly', 'agency', 'broadcaster', 'magazine', 'television', 'tv', 'radio']);

/**
 * Weapons named without their side: an actor only with a country word ("Pakistani drones"). Bare, they are
 * no actor — the article's country is usually their target ("missiles struck Kyiv"). War machines with
 * crews (jets, warplanes, tanks) stay agents of the article's country.
 */
const WEAPONS = new Set(['drone', 'drones', 'missiles', 'artillery']);

const DEFINITE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/**
 * "The government conceded", "police detained", "officials said": a state agent noun with no country
 * word but a definite reading (after "the", or a plural without determiner) is the agent of the
 * country the article is clearly about; with none, the sector alone.
 */
/** The one intergovernmental body the article names (not an NGO), else the generic IGO code. */
function articleIgo(s: State): { code: string; name: string } {
  const none = { code: 'IGO', name: 'international organization' };
  let found: { code: string; name: string } | undefined;
  for (const item of s.items) {
    if (item.kind !== 'name') continue;
    const h = item.hits[0]!;
    if (h.type !== 'entry' || h.entry.kind !== 'igo' || !h.entry.code.startsWith('IGO')) continue;
    if (found !== undefined && found.code !== h.entry.code) return none;
    found = { code: h.entry.code, name: h.entry.name };
  }
  return found ?? none;
}

function definiteAgent(s: State, item: Item & { kind: 'agent' }): void {
  // ("accused the opposition of attempting a coup": "the opposition" heading its phrase is the country's, as a state body is)
  // (and "opposition leaders", "opposition parties": the plural heads are the country's opposition too)
  const theOpposition = item.info.sector === 'OPP' && ((item.info.plural && s.view.tokens[item.start]!.lower === 'opposition' && (mainCountry(s) !== undefined || placedIn(s, item.end) !== undefined)) || s.view.tokens[item.start - 1]?.lower === 'the')
    && s.view.tokens[item.end]?.pos !== 'NOUN' && s.view.tokens[item.end]?.pos !== 'PROPN';
  if (!DEFINITE_SECTORS.has(item.info.sector) && !theOpposition) return;
  // ("Netanyahu said he would convene his government", "Russia said its army had"): a state body after a
  // possessive pronoun standing for a state or its people is that state's
  const owner = s.found[s.found.length - 1];
  if (STATE_BODY.has(item.info.sector) && owner && owner.end === item.start && owner.m.how === 'coreference' && POSSESSIVE_PRONOUNS.has(s.view.tokens[item.start - 1]!.lower)) {
    const c = countryPart(owner.m.code);
    const sec = owner.m.code.slice(3, 6);
    if (s.dict.countries.has(c) && (owner.m.kind === 'country' || STATE_SECTORS.has(sec))) {
      typedMention(s, c + item.info.sector, typedName(s, c, item.info.sector), 'typed', item.start, item.end, item.info.plural);
      return;
    }
  }
  // ("Israel said its soldiers had been killed": the state named before the possessive pronoun in its sentence)
  const pp = s.view.tokens[item.start - 1];
  // (as the subject of a verb only — "withdraw its troops", "offered its troops" are things moved — and of the state that
  // opens the sentence, not one named in a phrase: "deploying troops to the mission in Mali, its defence ministry said")
  const after = s.view.tokens[item.end];
  if (STATE_BODY.has(item.info.sector) && pp && (pp.lower === 'its' || pp.lower === 'their') && pp.sentence === s.view.tokens[item.start]!.sentence
    && after && after.sentence === pp.sentence && (after.pos === 'VERB' || after.pos === 'AUX')) {
    const c = openingState(s, pp.sentence, item.start);
    if (c) {
      typedMention(s, c + item.info.sector, typedName(s, c, item.info.sector), 'typed', item.start, item.end, item.info.plural);
      return;
    }
  }
  // "artillery pounded the town", "supplying drones to X": a weapon with no country word names no actor
  if (WEAPONS.has(s.view.tokens[item.end - 1]!.lower)) return;
  // (past a hyphened modifier: "the army-aligned government", "the Western-backed government")
  let p = item.start - 1;
  const t = s.view.tokens;
  // (a tight hyphen only: the dash after a dateline, "MANILA, June 19 (Wire) - The foreign ministry", opens the text)
  const tight = (k: number): boolean => k > 0 && t[k]!.text === '-' && t[k - 1]!.end === t[k]!.start && t[k + 1]?.start === t[k]!.end;
  while (p > 0 && p >= item.start - 4 && t[p]!.sentence === t[item.start]!.sentence && (tight(p) || tight(p - 1))) p--;
  const prevAt = p === item.start - 1 ? item.start - 1 : p - 1;
  const prev = t[prevAt];
  const sameSentence = prev && prev.sentence === s.view.tokens[item.start]!.sentence;
  // ("said on Tuesday that troops had killed": "that" before a plural is the clause's "that", no demonstrative — that is "those")
  // ("detained two soldiers", "kidnapped four police officers": a count of a state's armed men is of that state too)
  // (not troops or forces counted as what is sent: "sending 500 troops to join the AU force")
  const counted = item.info.plural && (item.info.sector === 'MIL' || item.info.sector === 'COP') && prev?.pos === 'NUM' && COUNTED_PEOPLE.has(s.view.tokens[item.end - 1]!.lower);
  const definite = sameSentence ? prev.lower === 'the' || counted || theBeforeModifiers(s, prevAt) || (item.info.plural && !GENERIC_DETS.has(prev.lower) && (prev.pos !== 'DET' || prev.lower === 'that') && prev.pos !== 'NUM' && prev.pos !== 'PRON') : item.info.plural || isCapitalized(s.view.tokens[item.start]!.text);
  if (!definite) {
    // "rebels ambushed a government convoy", "shelled an army base in Y": a state's body used as a modifier
    // is that state's, whatever the determiner of the noun it modifies — the state where the sentence puts
    // it, else the one its rebels fight
    if (!modifierUse(s, item)) return;
    const country = placeInSentence(s, item.end) ?? rebelsCountry(s, item.start);
    if (country) typedMention(s, country + item.info.sector, typedName(s, country, item.info.sector), 'typed', item.start, item.end, false);
    return;
  }
  // "peacekeepers came under fire": with no country word, the blue helmets of the body the article names
  if (s.view.tokens[item.start]!.lower.startsWith('peacekeep')) {
    const igo = articleIgo(s);
    typedMention(s, igo.code, igo.name, 'typed', item.start, item.end, item.info.plural);
    return;
  }
  // "Sudan's army and the RSF agreed ... The army accused the RSF": the same sector named lately with its country
  // ("Security forces opened fire on protesters in Yangon": with no country in the article, the one the sentence is in)
  // ("the RSF ... captured El Fasher from the army": with no main country, a state body facing a named armed
  // group of its sentence is that group's state's)
  // ("CAPSAT soldiers had joined the protesters": a body named by an unlisted name is a unit of the article's
  // country (or of none), not the same sector's last owner — "a French military aircraft" two sentences before)
  const unit = unlistedNameBefore(s, item.start);
  // ("LONDON, May 8 — ... Police arrested two men": with no country named for them, the police are those of the place the
  // story was filed from, before the country the article is most about; "Police fired tear gas at demonstrators in
  // Nairobi": first those of the place the sentence puts them in — police act at home)
  // ("the military junta that seized power in Niger ... Nigeria's president ... The junta rejected the ultimatum": a
  // body named again by its own head noun is the one named so before, within ten sentences)
  // ("the military junta that seized power in Niger": a body that rules one country only is of the place the sentence
  // puts it in)
  const again = sameHead(s, item);
  const ruled = again ? null : ONE_BODY_HEADS.has(s.view.tokens[item.end - 1]!.lower) ? placedIn(s, item.end) : undefined;
  if (again) {
    typedMention(s, again.m.code, again.m.name, 'typed', item.start, item.end, item.info.plural);
    return;
  }
  if (ruled) {
    typedMention(s, ruled + item.info.sector, typedName(s, ruled, item.info.sector), 'typed', item.start, item.end, item.info.plural);
    return;
  }
  const police = item.info.sector === 'COP' ? placedInClause(s, item.end) ?? placedBefore(s, item.start) ?? datelineCountry(s) : undefined;
  // ("MANILA, June 19 — The foreign ministry summoned China's ambassador": a government body named by its office alone,
  // with none of its sector named before, is the government of the place the story was filed from)
  // (not when the article is about another country: "KUNMING — Myanmar's army retook Lashio ... The junta said")
  const dl = !unit && item.info.sector === 'GOV' && s.view.tokens[item.start - 1]?.lower === 'the' ? datelineCountry(s) : undefined;
  const filed = dl !== undefined && (mainCountry(s) === undefined || mainCountry(s) === dl) ? dl : undefined;
  // ("South Korea summoned the Russian ambassador, the foreign ministry said": a body named by its office in a speaker's tag
  // after the clause speaks for the state the clause opens with)
  // (one office only: "officials said" may be anyone's)
  const tagged = !unit && STATE_BODY.has(item.info.sector) && !item.info.plural ? tagSpeakerState(s, item) : undefined;
  const stated = police ?? tagged ?? (unit ? mainCountry(s) : null) ?? (unit ? null : sectorBefore(s, item.start, item.info.sector)) ?? filed;
  const guessed = stated ? undefined : armedOrMain(s, item.start, item.end, item.info.sector);
  let country = stated ?? guessed ?? placedIn(s, item.end) ?? (STATE_BODY.has(item.info.sector) ? rebelsCountry(s, item.start) ?? rebelsAhead(s, item) : undefined) ?? null;
  // ("Eritrea closed its border. The federal government appealed for calm": only a federation has a federal government —
  // the article's country when it is one, else the federation named last before, else none)
  if (country && federalWord(s, item) && !s.dict.federations.has(country)) {
    const main = mainCountry(s);
    country = main && s.dict.federations.has(main) ? main : federationBefore(s, item.start);
  }
  const code = country ? country + item.info.sector : item.info.sector;
  const f = typedMention(s, code, country ? typedName(s, country, item.info.sector) : typedName(s, '', item.info.sector).trim(), 'typed', item.start, item.end, item.info.plural);
  if (guessed !== undefined && guessed === mainCountry(s)) f.contextual = true;
}

/** The country of the latest mention of a federation before token `at`, or null. */
function federationBefore(s: State, at: number): string | null {
  for (let f = s.found.length - 1; f >= 0; f--) {
    const x = s.found[f]!;
    if (x.start >= at) continue;
    const c = countryPart(x.m.code);
    if (s.dict.federations.has(c)) return c;
  }
  return null;
}

/** Sectors of metonyms that name organizations, not seats of power: parties, spy agencies, companies, churches. */
const ORGANIZATION_SECTORS = new Set(['PTY', 'OPP', 'SPY', 'BUS', 'NGO', 'REB', 'REL', 'HLH', 'EDU', 'CVL']);

/** The agent is named "federal ...", or "federal" comes right before it ("the federal government", "federal troops"). */
function federalWord(s: State, item: Item): boolean {
  return s.view.tokens[item.start]!.lower === 'federal' || s.view.tokens[item.start - 1]?.lower === 'federal';
}

/**
 * The word right before token `start`, in its sentence, is a capitalised name that no actor or place covers
 * ("CAPSAT soldiers", "Gen Z protesters"): not a title-case headline, a month or weekday, nor an adjective of a region.
 */
function unlistedNameBefore(s: State, start: number): boolean {
  const t = s.view.tokens[start - 1];
  const head = s.view.tokens[start];
  if (!t || !head || t.sentence !== head.sentence || t.type !== 'word' || t.pos !== 'PROPN' || s.titleCase[t.sentence]) return false;
  // (not an adjective of a region or people: "their European counterparts", "Western diplomats")
  return isCapitalized(t.text) && s.covered[start - 1]! < 0 && placeAt(s, t.start) === undefined && !MONTHS.has(t.text) && !WEEKDAYS.has(t.text)
    && !/(?:an|ern|ese|ish|ic)$/.test(t.text);
}


const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

const STATE_BODY = new Set(['MIL', 'GOV', 'COP']);
const LOCATIVE_BEFORE = new Set(['in', 'to', 'from', 'at', 'into', 'on', 'against', 'with', 'by', 'of']);
/** Armed men counted one by one: "two soldiers", "four police officers" (not "300 troops", sent as a force). */
const COUNTED_PEOPLE = new Set(['soldiers', 'policemen', 'officers', 'servicemen', 'guards', 'marines', 'sailors', 'gendarmes', 'conscripts']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our']);

/** "a government convoy", "an army base": a singular state body noun right before another noun it modifies. */
function modifierUse(s: State, item: Item & { kind: 'agent' }): boolean {
  if (item.info.plural || !MODIFIER_SECTORS.has(item.info.sector) || item.end - item.start !== 1) return false;
  const next = s.view.tokens[item.end];
  return !!next && next.pos === 'NOUN' && HELD_NOUNS.has(next.lower) && s.covered[item.end]! < 0 && next.sentence === s.view.tokens[item.start]!.sentence;
}

/** What a state body has or sends, as the noun a body modifies ("a government convoy", "an army base"), not what it
 * does ("military action", "government policy"). */
const HELD_NOUNS = new Set(['base', 'bases', 'convoy', 'convoys', 'post', 'posts', 'outpost', 'outposts', 'checkpoint', 'checkpoints',
  'headquarters', 'barracks', 'vehicle', 'vehicles', 'patrol', 'patrols', 'position', 'positions', 'camp', 'camps', 'station', 'stations',
  'building', 'buildings', 'office', 'offices', 'facility', 'facilities', 'airfield', 'airbase', 'compound', 'installation', 'installations',
  'garrison', 'garrisons', 'depot', 'depots', 'unit', 'units', 'plane', 'helicopter', 'helicopters', 'aircraft', 'truck', 'trucks',
  'officer', 'officers', 'commander', 'commanders', 'building', 'headquarter', 'stronghold', 'strongholds', 'buildings', 'ministry']);

/** The country of the first place named after `from` in its sentence ("an army camp in western Kabul"). */
function placeInSentence(s: State, from: number): string | undefined {
  const sentence = s.view.tokens[from - 1]!.sentence;
  for (let j = from; s.view.tokens[j]?.sentence === sentence; j++) {
    const c = placeAt(s, s.view.tokens[j]!.start);
    if (c && s.dict.countries.has(c)) return c;
  }
  return undefined;
}

const MODIFIER_SECTORS = new Set(['GOV', 'MIL', 'COP']);
const REBEL_SECTORS = new Set(['REB', 'INS', 'OPP']);

/** The country of rebels, insurgents or an opposition named earlier in the sentence ("Angolan rebels"). */
function rebelsCountry(s: State, start: number): string | undefined {
  const x = latestSectored(s, start, 0, (sector, c) => REBEL_SECTORS.has(sector) && s.dict.countries.has(c));
  return x ? countryPart(x.m.code) : undefined;
}

/**
 * ("The army accused Chad of arming the RSF", "fighting between the army and the RSF"): with nothing before it to say
 * whose, a state body facing an armed group named later in its sentence is that group's state's (as `rebelsCountry`
 * for one named before).
 */
function rebelsAhead(s: State, item: Item): string | undefined {
  const sentence = s.view.tokens[item.start]!.sentence;
  for (let i = item.end; i < s.view.tokens.length && s.view.tokens[i]!.sentence === sentence; i++) {
    const k = s.at[i] ?? -1;
    const it = k >= 0 ? s.items[k] : undefined;
    if (!it || it.kind !== 'name' || it.start !== i) continue;
    const h = pickHit(it.hits);
    if (h.type === 'entry' && h.entry.kind === 'group' && REBEL_SECTORS.has(h.entry.code.slice(3, 6)) && s.dict.countries.has(h.entry.code.slice(0, 3))) return h.entry.code.slice(0, 3);
  }
  return undefined;
}

/** A state's mission or envoy abroad ("the French embassy", "the U.S. ambassador"): no antecedent of the state's body at home. */
function mission(text: string): boolean {
  return MISSIONS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase());
}

/** The country of the latest mention of `sector` with a country, in this sentence or the three before. */
function sectorBefore(s: State, start: number, sector: string): string | null {
  // ('"We urge the government of India to hand them over," the foreign ministry said': a body the quotation it reports
  // names is not the reporter)
  const [qo, qc] = quotationReported(s, start);
  const outside = (f: Found): boolean => f.start < qo || f.start > qc;
  // ("Netanyahu said he would convene his government ... and thanked Trump. The cabinet approved": a body named
  // lately as a body, before any person of that sector)
  // (not a state's mission abroad: "setting fire to the door of the French embassy. The junta ordered ...")
  const body = latestSectored(s, start, 3, (sec, c, f) => sec === sector && s.dict.countries.has(c) && f.m.kind === 'agent' && !mission(f.m.text) && outside(f));
  const x = body ?? latestSectored(s, start, 3, (sec, c, f) => sec === sector && s.dict.countries.has(c) && !mission(f.m.text) && outside(f));
  if (!x) return null;
  // ("ISLAMABAD — Pakistani and Afghan forces clashed ... The army said": of two bodies of the sector named together,
  // the one of the country the story was filed from)
  const k = s.found.indexOf(x);
  const y = k > 0 ? s.found[k - 1]! : null;
  const home = datelineCountry(s);
  if (y && home && y.sentence === x.sentence && y.m.code.slice(3, 6) === sector && y.end + 1 === x.start && countryPart(y.m.code) === home
    && (s.view.tokens[y.end]!.lower === 'and' || s.view.tokens[y.end]!.text === ',')) return home;
  return countryPart(x.m.code);
}

/**
 * The quotation closed right before the noun phrase at `start` ('...," the ministry said'): its opening and closing
 * marks' token indices, else [-1, -1].
 */
function quotationReported(s: State, start: number): [number, number] {
  const t = s.view.tokens;
  let k = start - 1;
  if (t[k]?.lower === 'the') k--;
  if (!QUOTE_MARKS.has(t[k]?.text ?? '')) return [-1, -1];
  const open = openingQuote(s, k);
  return open >= 0 ? [open, k] : [-1, -1];
}

/** The word before token `k` is a lower-case noun of a person ("envoy Kim Song", "spokesman Lin Jian"). */
function nounBefore(s: State, k: number): boolean {
  const p = s.view.tokens[k - 1];
  return !!p && p.pos === 'NOUN' && p.text === p.lower && p.sentence === s.view.tokens[k]!.sentence;
}

/** Token `k` starts a surname item, capitalised, in the same sentence as its neighbour. */
function surnameAt(s: State, k: number): boolean {
  const idx = k >= 0 ? s.at[k] ?? -1 : -1;
  const it = idx >= 0 ? s.items[idx] : undefined;
  const t = s.view.tokens[k];
  return !!it && it.kind === 'surname' && it.start === k && !!t && isCapitalized(t.text) && t.pos === 'PROPN';
}

/** The latest person mention before token `start`, named with more than one word, one of them `word`, that no list holds. */
function namedBefore(s: State, start: number, word: string): Found | null {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= start || f.m.kind !== 'person' || f.end - f.start < 2) continue;
    if (!f.m.actorId?.startsWith('unlisted:')) continue;
    for (let i = f.start; i < f.end; i++) if (s.view.tokens[i]!.text === word) return f;
  }
  return null;
}

/**
 * A listed person named before `start` by a full name (two words or more) whose last word is `word`, when none of
 * `people` (those the lists give that surname) is named in the article: that person, else null.
 */
function listedFullNameBefore(s: State, start: number, word: string, people: readonly ActorEntry[]): Found | null {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= start || f.m.kind !== 'person' || f.end - f.start < 2 || f.m.actorId.startsWith('unlisted:')) continue;
    if (people.some((p) => p.id === f.m.actorId)) return null;
    if (s.view.tokens[f.end - 1]!.text === word && f.m.name.endsWith(` ${word}`)) return f;
  }
  return null;
}

function doSurname(s: State, item: Item & { kind: 'surname' }): void {
  const t = s.view.tokens[item.start]!;
  const prev = s.view.tokens[item.start - 1];
  const next = s.view.tokens[item.end];
  // "May 5", "5 May" (a month), "Trump 2024" (a campaign's year) — but "gave Putin 10 days", "in 2016 Trump won"
  if ((prev?.type === 'number' || next?.type === 'number') && (MONTHS.has(t.text) || /^\d{4}$/.test(next?.text ?? ''))) return;
  if (MONTHS.has(t.text) && prev && TIME_PREPS.has(prev.lower)) return; // "in May"
  if (t.pos !== 'PROPN' && sentenceInitial(s, item.start)) return; // "Will the council act?"
  if (nameContinues(s, item.start) || nameBefore(s, item.start)) return; // "Sharon Osbourne", "Prophet Mohammed"
  // ("North Korea's envoy Kim Song": two surnames of listed people side by side, no listed name together, are one person
  // no list holds)
  // (nor when they open the sentence: "Hassan Ali, a farmer, said")
  const opens = (k: number): boolean => s.view.tokens[k - 1]?.sentence !== s.view.tokens[k]?.sentence;
  if ((surnameAt(s, item.start - 1) && (nounBefore(s, item.start - 1) || opens(item.start - 1))) || (surnameAt(s, item.end) && (nounBefore(s, item.start) || opens(item.start)))) return;
  if (next && next.start === t.end + 1 && next.text === next.lower && placeAt(s, t.start) !== undefined) return; // "Dar es Salaam": a place's first word
  // ("Sheikh Mohammed said", "Prince Khalid met": after an Arab honorific a name is a given name — the person named so
  // in full before, else nobody the surname lists hold)
  if (prev && GIVEN_NAME_HONORIFICS.has(prev.text)) {
    const given = givenNameBefore(s, item.start, t.text);
    if (given) {
      const m: ActorMention = { ...given.m, start: t.start, end: t.end, text: t.text, how: 'surname' };
      delete m.statedTitle;
      push(s, m, item.start, item.end, false, given.gender);
    }
    return;
  }
  // ("Chinese Ambassador Huang Xilian ... Huang said": a name the article gave in full before, for a person no list
  // holds, is that person, not a listed one of the same surname)
  // ("Tanzanian President Samia Suluhu Hassan ... Hassan said": a word of the full name of a listed person the article
  // named before is that person, before anyone else the lists give that surname)
  const named = namedBefore(s, item.start, t.text) ?? listedFullNameBefore(s, item.start, t.text, item.people);
  if (named) {
    const m: ActorMention = { ...named.m, start: t.start, end: t.end, text: t.text, how: 'surname' };
    delete m.statedTitle;
    push(s, m, item.start, item.end, false, named.gender);
    return;
  }
  const e = pickBySurname(s, item.people);
  // ("M23 entered Uvira and Baraka", "Trinidad"): a bare surname that is also a place the place finder found here, with the
  // person not named before in the article, is the place
  if (e && placeAt(s, t.start) !== undefined && !s.found.some((f) => f.m.actorId === e.id)) return;
  if (e) {
    // "the Trump administration", "Modi's government"
    const mod = personModifier(s, e, item.start);
    const head = headAfter(s, mod, item.end);
    if (head >= 0) return doHead(s, mod, head);
    personMention(s, e, 'surname', item.start, item.end);
    return;
  }
  // ("Barzani met Sudani" in 2025: the two Barzanis in office hold one code; one out of office does not stop it)
  const inOffice = item.people.filter((p) => rolesOn(p, s.date).length > 0);
  // ("Dagalo's forces": the men of two brothers who lead one armed group are that group's)
  const mods = inOffice.map((p) => personModifier(s, p, item.start));
  if (mods.length >= 2 && mods.every((m) => m.kind === 'group' && m.code === mods[0]!.code)) {
    const head = headAfter(s, mods[0]!, item.end);
    if (head >= 0) return doHead(s, mods[0]!, head);
  }
  sharedSurnameMention(s, inOffice.length >= 2 ? inOffice : item.people, item.start, item.end);
  s.notes.push({
    start: t.start, end: t.end, text: t.text, actorId: '', code: '', name: t.text, kind: 'person', how: 'surname',
    candidates: item.people.map((p) => p.id),
  });
}

/** "Texas Governor Jane Roe", "the Punjab Chief Minister": a place right before a title is the office's country. */
function titleAlone(s: State, idx: number, item: Item & { kind: 'title' }): void {
  const before = placeBefore(s, item.start);
  handleTitle(s, idx, before ? { code: before.code, name: before.code, kind: 'country', start: before.start, former: false } : bodyBefore(s, item));
}

/**
 * "the Gondorian Parliament Speaker Jane Roe", "Cuban Parliament President X": a country's body written right before a
 * capitalised title heads it; the body and the title make one mention, of the body's country.
 */
function bodyBefore(s: State, item: Item & { kind: 'title' }): Modifier | null {
  const last = s.found[s.found.length - 1];
  if (!last || last.end !== item.start || last.m.how !== 'typed' || last.m.kind !== 'agent' || last.m.code.length !== 6) return null;
  if (!isCapitalized(s.view.tokens[item.start]!.text) || !isCapitalized(s.view.tokens[item.start - 1]!.text)) return null;
  const country = last.m.code.slice(0, 3);
  if (!s.dict.countries.has(country)) return null;
  s.found.pop();
  return { code: country, name: country, kind: 'country', start: last.start, former: false };
}

/** Runs pass 2 over all items. */
export function compose(s: State): void {
  for (let idx = 0; idx < s.items.length; idx++) {
    if (s.consumed[idx]) continue;
    const item = s.items[idx]!;
    s.consumed[idx] = 1;
    switch (item.kind) {
      case 'name': doName(s, idx, item); break;
      case 'title': titleAlone(s, idx, item); break;
      case 'agent': doAgent(s, item); break;
      case 'surname': doSurname(s, item); break;
      case 'pronoun': pronoun(s, item); break;
      case 'group': groupNoun(s, item); break;
    }
  }
}
