/**
 * Organisations the dictionary does not list, recognised by the last word of their name: a run of
 * capitalised words ending in an organisation head ("the Ministry of Health", "the Canadian
 * International Development Agency", "the Ogaden National Liberation Front") is an actor of the
 * head's sector, of the country named inside it ("U.S.", "Canadian"), else of a place inside it or
 * right after it ("the Copenhagen City Court", "the Supreme Court in Dhaka"), else of the country
 * the article is clearly about, else of no country (the sector alone). One pass over the tokens.
 */
import { STATE_SECTORS, type ActorEntry, type ActorMention, type PlaceMention, type Token } from '../domain/types.js';
import { isCapitalized, type Item } from './scan.js';
import { POSSESSIVE } from './context.js';
import { typedName } from './emit.js';
import { countryPart, mark, placeAt, scratchBytes, scratchInts, type Found, type State } from './state.js';
import type { ActorDictionary, NameHit } from './model.js';
import { WordBytes, wordIds } from '../nlp/tokenizer.js';
import { isLexicalWord } from '../nlp/wink.js';

const LINKS = new Set(['of', 'for', 'and', '&', 'on', 'against']);
const RIGHT_LINKS = new Set(['of', 'for', 'on', 'against']);
const INTERNATIONAL = new Set(['international', 'world', 'global', 'intergovernmental', 'inter-governmental', 'multinational']);
const NO_COUNTRY: Record<string, string> = { REB: 'UAF' };

function capWord(s: State, i: number, sentence: number): boolean {
  const t = s.view.tokens[i];
  // (a weekday or month is no word of a name: "the Oval Office on Friday")
  return !!t && t.sentence === sentence && t.type !== 'punctuation' && t.type !== 'number' && t.pos !== 'DET' && isCapitalized(t.text) && !CALENDAR.has(t.lower);
}

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** [start, end) of the capitalised name around the head at `h`, or null. */
function nameSpan(s: State, h: number): [number, number] | null {
  const sentence = s.view.tokens[h]!.sentence;
  let start = h;
  for (;;) {
    if (capWord(s, start - 1, sentence)) { start--; continue; }
    // "Mine Safety and Health Administration", "Immigration and Customs Enforcement"
    if (LINKS.has(s.view.tokens[start - 1]?.lower ?? '') && capWord(s, start - 2, sentence) && start - 1 > 0) { start -= 2; continue; }
    // "the Supreme People's Court": a possessive inside the name, after a word nothing else resolved
    if (POSSESSIVE.has(s.view.tokens[start - 1]?.text ?? '') && capWord(s, start - 2, sentence) && s.items[s.covered[start - 2] ?? -1]?.kind !== 'name'
      && s.items[s.covered[start - 2] ?? -1]?.kind !== 'surname') { start -= 2; continue; }
    break;
  }
  let end = h + 1;
  // "Liberation Front", "Armed Forces Command": the last head names the organisation
  while (capWord(s, end, sentence) && s.dict.orgHeads.has(s.view.tokens[end]!.lower)) end++;
  // "Ministry of Health", "Department of Justice", "Court of Appeal", "Front for the Liberation of ..."
  while (RIGHT_LINKS.has(s.view.tokens[end]?.lower ?? '')) {
    let j = end + 1;
    if (s.view.tokens[j]?.lower === 'the') j++;
    if (!capWord(s, j, sentence)) break;
    while (capWord(s, j, sentence)) j++;
    end = j;
  }
  const words = end - start;
  return words >= 2 ? [start, end] : null;
}

function placeCountry(places: PlaceMention[], from: number, to: number): string | null {
  for (const p of places) if (p.start >= from && p.end <= to && p.place.country) return p.place.country;
  return null;
}

/** A country adjective or name among the name's words ("Canadian", "U.S.", "Pakistan's"). */
function countryWord(s: State, span: [number, number]): string | null {
  for (let k = span[0]; k < span[1]; k++) {
    const item = s.items[s.covered[k] ?? -1];
    // ("The North Sea Commission", "the South Asian Council": a paired short name counts only in news naming its state or the
    // pair's, as everywhere)
    if (item?.kind === 'name' && item.hits.every((h) => h.type === 'entry' && h.pairedWith)
      && !item.hits.some((h) => h.type === 'entry' && h.pairedWith && namesEither(s.items, [h.entry.code, h.pairedWith]))) continue;
    const c = nameCountry(item);
    if (c) return c;
  }
  return null;
}

/**
 * The article names one of `codes` by a name, alias or adjective other than a paired short name ("North Korea",
 * "Pyongyang", "South Korean"): the condition for "the North" to stand for North Korea.
 */
export function namesEither(items: readonly Item[], codes: readonly string[]): boolean {
  for (const it of items) {
    if (it.kind !== 'name') continue;
    for (const h of it.hits) {
      if (h.type === 'entry' ? !h.pairedWith && codes.includes(h.entry.code) : codes.includes(h.country)) return true;
    }
  }
  return false;
}

/** The country a name item stands for (a country, its adjective or a metonym of it), or null. */
export function nameCountry(item: Item | undefined): string | null {
  if (!item || item.kind !== 'name') return null;
  for (const h of item.hits) {
    if (h.type === 'adjective' || h.type === 'metonym') return h.country;
    if (h.type === 'entry' && h.entry.kind === 'country') return h.entry.code;
  }
  return null;
}

function personHit(hits: NameHit[]): ActorEntry | undefined {
  for (const h of hits) if (h.type === 'entry' && h.entry.kind === 'person') return h.entry;
  return undefined;
}

/** The country of the person named at token `k` (by name or surname), or null. */
function personCountry(s: State, k: number): string | null {
  const item = s.items[s.covered[k] ?? -1];
  if (!item) return null;
  const entry = item.kind === 'surname' ? (item.people.length === 1 ? item.people[0] : undefined)
    : item.kind === 'name' ? personHit(item.hits) : undefined;
  const c = entry ? countryPart(entry.code) : '';
  return c && s.dict.countries.has(c) ? c : null;
}

/** The code of an intergovernmental organisation whose name is among the span's words ("UN", "African Union"), not as its tail. */
function igoWord(s: State, span: [number, number]): string | null {
  for (let k = span[0]; k < span[1]; k++) {
    const item = s.items[s.covered[k] ?? -1];
    if (!item || item.kind !== 'name') continue;
    // "the Supreme National Security Council": an organisation's name ending in words that alone name an
    // intergovernmental body is another body of that kind, not the intergovernmental one
    if (item.start > span[0] && item.end >= span[1]) continue;
    for (const h of item.hits) if (h.type === 'entry' && h.entry.kind === 'igo' && h.entry.code.startsWith('IGO')) return h.entry.code;
  }
  return null;
}

function countryOfSpan(s: State, span: [number, number], inside: Found[], places: PlaceMention[]): string | null {
  // "Pakistan's National Security Committee", "Trump's National Security Council": the country of its possessor
  // (before a country named inside the name: "China's Taiwan Affairs Office" is China's)
  if (span[0] >= 2 && POSSESSIVE.has(s.view.tokens[span[0] - 1]!.text)) {
    const owner = countryWord(s, [span[0] - 2, span[0] - 1]) ?? personCountry(s, span[0] - 2);
    if (owner) return owner;
  }
  for (const f of inside) {
    const c = countryPart(f.m.code);
    if (s.dict.countries.has(c)) return c;
  }
  const word = countryWord(s, span);
  if (word) return word;
  const a = s.view.tokens[span[0]]!.start;
  const b = s.view.tokens[span[1] - 1]!.end;
  const own = placeCountry(places, a, b);
  if (own) return own;
  // "the Supreme Court in Dhaka"
  const next = s.view.tokens[span[1]];
  if (next && (next.lower === 'in' || next.lower === 'of')) {
    const t2 = s.view.tokens[span[1] + 1];
    const after = t2 ? placeCountry(places, t2.start, t2.end + 40) : null;
    if (after && t2 && places.some((p) => p.start === t2.start)) return after;
  }
  return null;
}

function mentionOf(s: State, span: [number, number], code: string): ActorMention {
  const a = s.view.tokens[span[0]]!.start;
  const b = s.view.tokens[span[1] - 1]!.end;
  const text = s.view.text.slice(a, b);
  return { start: a, end: b, text, actorId: `unlisted:${text.toLowerCase().replace(/\s+/g, '-')}`, code, name: text, kind: 'agent', how: 'typed' };
}

function lastHead(s: State, span: [number, number]): string {
  let sector = '';
  let party = false;
  let armed = false;
  for (let k = span[0]; k < span[1]; k++) {
    const w = s.view.tokens[k]!.lower;
    sector = s.dict.orgHeads.get(w) ?? sector;
    if (PARTY_WORDS.has(w)) party = true;
    if (ARMED_WORDS.has(w)) armed = true;
  }
  // ("the Cameroon People's Democratic Movement", "the Common Front"): a front or movement named for democracy or a
  // common cause and for no armed struggle is a political one
  return sector === 'REB' && party && !armed ? 'PTY' : sector;
}

/** Words of party names ("Democratic Movement", "Common Front", "Citizens' Movement"). */
const PARTY_WORDS = new Set(['democratic', 'democracy', 'progressive', 'republican', 'socialist', 'common', 'citizens', "citizens'", 'civic', 'electoral', 'renewal', 'rally', 'popular']);
/** Words of armed movements' names ("National Liberation Front", "Revolutionary Armed Forces", "Resistance Movement"). */
const ARMED_WORDS = new Set(['liberation', 'armed', 'revolutionary', 'resistance', 'islamic', 'jihad', 'mujahideen', 'army', 'brigades', 'militia', 'salvation', 'defence', 'defense', 'patriotic']);

/** The span is written in parentheses right after a resolved mention ("the Umma (Nation) party" aside). */
function glossAfterName(s: State, span: [number, number], owner: Int32Array): boolean {
  if (s.view.tokens[span[0] - 1]?.text !== '(' || s.view.tokens[span[1]]?.text !== ')') return false;
  const before = owner[span[0] - 2] ?? -1;
  return before >= 0 && s.found[before]!.end === span[0] - 1;
}

/** Per dictionary, word id (see `wordIds`) → 2 when the word is a capitalised organisation head, else 1 (it reads the text alone). */
const headWords = new WeakMap<ActorDictionary, WordBytes>();

/** A capitalised organisation head ("Ministry", "Front"), whose word id is `word` (0: none, not memoized). */
function isHead(dict: ActorDictionary, memo: WordBytes, t: Token, word: number): boolean {
  let v = word > 0 ? memo.get(word) : 0;
  if (v === 0) {
    v = isCapitalized(t.text) && dict.orgHeads.has(t.lower) ? 2 : 1;
    if (word > 0) memo.set(word, v);
  }
  return v === 2;
}

/**
 * A capitalised organisation head outside a title-case sentence (`heads`, `words`: see `isHead`). A
 * module function, not a closure made per call: tsx (esbuild, keepNames) wraps every named closure it
 * creates in a `__name` call that redefines the function's name property, a cost per document.
 */
function headAt(s: State, heads: WordBytes, words: readonly number[] | undefined, t: Token): boolean {
  return isHead(s.dict, heads, t, words?.[t.index] ?? 0) && !s.titleCase[t.sentence];
}

/** Adds mentions for unlisted organisations; mentions inside their names (a country adjective) give way. */
export function unlistedOrgs(s: State, places: PlaceMention[], main: string | undefined): void {
  if (s.dict.orgHeads.size === 0) return;
  const n = s.view.tokens.length;
  let memo = headWords.get(s.dict);
  if (memo === undefined) {
    memo = new WordBytes();
    headWords.set(s.dict, memo);
  }
  const words = wordIds(s.view.tokens);
  // most articles name no organisation head: nothing to set up then
  let i0 = 0;
  while (i0 < n && !headAt(s, memo, words, s.view.tokens[i0]!)) i0++;
  if (i0 === n) return;
  const owner = scratchInts(n, -1);
  s.found.forEach((f, fi) => mark(owner, fi, f.start, f.end));
  const drop = new Set<number>();
  const extra: Found[] = [];
  for (let i = i0; i < n; i++) {
    const t = s.view.tokens[i]!;
    if (owner[i]! >= 0 || !headAt(s, memo, words, t)) continue;
    const span = nameSpan(s, i);
    if (!span) continue;
    const sector = lastHead(s, span);
    const inside: Found[] = [];
    let person = false;
    for (let k = span[0]; k < span[1]; k++) {
      const fi = owner[k]!;
      if (fi < 0) continue;
      const f = s.found[fi]!;
      if (f.m.kind === 'person' || f.m.kind === 'igo' || f.m.kind === 'group' || f.m.kind === 'media') person = true;
      if (!inside.includes(f)) inside.push(f);
    }
    // a listed person, organisation or outlet inside: not an unknown organisation's name
    if (person) { i = span[1] - 1; continue; }
    // "Hezbollah (Party of God)": an English gloss in parentheses right after a name is that name, not another actor
    if (glossAfterName(s, span, owner)) { i = span[1] - 1; continue; }
    // "the International Labour Office", "the World Food Council": an international body
    const intl = INTERNATIONAL.has(s.view.tokens[span[0]]!.lower);
    // "the UN Mission to Katanga", "the AU Commission": a body of an intergovernmental organisation named inside
    const igo = intl ? null : igoWord(s, span);
    const own = intl || igo ? null : countryOfSpan(s, span, inside, places);
    const country = intl || igo ? null : own ?? main ?? null;
    const code = intl ? 'IGO' : igo ?? (country ? country + sector : (NO_COUNTRY[sector] ?? sector));
    for (const f of inside) drop.add(s.found.indexOf(f));
    extra.push({ m: mentionOf(s, span, code), start: span[0], end: span[1], sentence: t.sentence, plural: true, gender: null, ...(own === null && country !== null && STATE_SECTORS.has(sector) ? { contextual: true as const } : {}) });
    i = span[1] - 1;
  }
  if (extra.length === 0) return;
  s.found = [...s.found.filter((_, fi) => !drop.has(fi)), ...extra].sort((a, b) => a.start - b.start);
}

/** A capitalised proper noun no scan item covers, outside a title-case sentence: it may start an unlisted subject (see `headAt` on closures). */
function opensSubject(s: State, t: Token, i: number): boolean {
  const c = s.covered[i]!;
  return t.pos === 'PROPN' && (c < 0 || givenName(s, c, i)) && isCapitalized(t.text) && !s.titleCase[t.sentence];
}

/**
 * The known surname at `i` (scan item `c`) is the given name of someone unlisted: another capitalised word follows that
 * is no English word ("Ahmed Rashidi condemned ...", with no Ahmed in the article; not "Gorthaur Industries").
 */
function givenName(s: State, c: number, i: number): boolean {
  const next = s.view.tokens[i + 1];
  return s.items[c]!.kind === 'surname' && !!next && next.pos === 'PROPN' && isCapitalized(next.text) && s.covered[i + 1]! < 0 && !isLexicalWord(next.lower);
}

/**
 * Arabic and European particles inside a name, lower-case ("Khaled al-Mishri", "Mohammed bin Salman", "Ursula von der
 * Leyen"): part of the name when a capitalised word follows (across the hyphen of "al-").
 */
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ben', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'la', 'le']);

/** The end of a name particle at `j` and its hyphen ("al-", "bin"), when a capitalised word follows; else `j`. */
function particleEnd(toks: readonly Token[], j: number, n: number): number {
  const t = toks[j];
  if (!t || !NAME_PARTICLES.has(t.text)) return j;
  let k = j + 1;
  if (k < n && toks[k]!.text === '-' && toks[k]!.start === t.end) k++;
  const w = toks[k];
  return w && w.sentence === t.sentence && isCapitalized(w.text) && (k === j + 1 || w.start === toks[k - 1]!.end) ? k : j;
}

/** Verbs of saying: what follows them is a clause, not their object ("X said the Government would ..."). */
const SAYING_LEMMAS = new Set(['say', 'tell', 'add', 'state', 'warn', 'claim', 'announce', 'insist', 'declare', 'note', 'write', 'report']);

/** Nouns of events that open news sentences as subjects ("Clashes erupted", "Talks resumed"): never a person's name. */
const EVENT_NOUNS = new Set(['clashes', 'fighting', 'protests', 'talks', 'negotiations', 'strikes', 'airstrikes', 'shelling', 'explosions', 'blasts',
  'tensions', 'violence', 'riots', 'demonstrations', 'sanctions', 'hostilities', 'skirmishes', 'gunfire', 'attacks', 'raids', 'bombings',
  'elections', 'casualties', 'evacuations', 'ceasefire', 'truce',
  // ("Shells fell on a camp", "Rockets hit a building": weapons opening the sentence are no name)
  'shells', 'rockets', 'missiles', 'drones', 'bombs', 'mortars', 'grenades', 'bullets', 'projectiles', 'munitions', 'explosives', 'mines',
  'landmines', 'shrapnel', 'debris',
  // ("Cholera has killed 300 people", "Floods destroyed homes": a disease or disaster is no actor)
  'cholera', 'malaria', 'measles', 'famine', 'hunger', 'disease', 'floods', 'flooding', 'earthquake', 'drought', 'cyclone', 'hurricane', 'typhoon',
  'storms', 'landslides', 'wildfires', 'heatwave', 'covid', 'ebola', 'mpox',
  // ("Thousands rallied in Tel Aviv": a count of people opening the sentence is no name)
  'thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens']);

/**
 * The finite verb after an apposition set off by commas from token `comma` ("Mirela Popescu, head of the dockers' union, said"):
 * its index, or -1 — the apposition has no verb of its own and closes with a comma within 20 tokens of its sentence.
 */
function appositionVerb(s: State, comma: number): number {
  const toks = s.view.tokens;
  const sentence = toks[comma]!.sentence;
  for (let k = comma + 1; k < toks.length && k < comma + 20 && toks[k]!.sentence === sentence; k++) {
    const t = toks[k]!;
    // (an apposition naming whom the person speaks for is read by the coder: "Ana Ruiz, an envoy of the OAS, said")
    if (t.text === ',') {
      if (s.found.some((f) => f.start > comma && f.start < k && (f.m.kind !== 'agent' || f.m.code.length === 6))) return -1;
      const v = toks[k + 1];
      return v && v.sentence === sentence && v.pos === 'VERB' && !v.lower.endsWith('ing') && SAYING_LEMMAS.has(v.lemma) && k > comma + 2 ? k + 1 : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return -1;
  }
  return -1;
}

/**
 * "The Department of Foreign Affairs summoned Chinese Ambassador Huang Xilian", "The foreign ministry expelled two Indian
 * diplomats": a state body named by its office alone, which took the article's main country, opening its sentence as the
 * subject of a verb whose object is that very state or one of its organs, is another state's — the main country would act
 * on itself. It keeps its sector and loses the country (better no country than the object's).
 */
export function ownCountryObjects(s: State): void {
  const toks = s.view.tokens;
  for (const f of s.found) {
    // (a government, its army or its spies: "Opposition leaders accused the government" is a domestic quarrel)
    if (!f.contextual || !OWN_STATE_ACTORS.has(f.m.code.slice(3, 6))) continue;
    const c = countryPart(f.m.code);
    // the subject opens its sentence (after determiners only)
    // (and the capitalised words of a title before it: "Deputy Foreign Minister X")
    let b = f.start - 1;
    while (b >= 0 && toks[b]!.sentence === f.sentence && (toks[b]!.pos === 'DET' || (f.start - b <= 3 && isCapitalized(toks[b]!.text) && (toks[b]!.pos === 'PROPN' || toks[b]!.pos === 'ADJ' || toks[b]!.pos === 'NOUN')))) b--;
    if (b >= 0 && toks[b]!.sentence === f.sentence) continue;
    // its verb: past an office and name ("Defence ministry spokesman Zhang Xiaogang accused") and a "has"/"had"
    let v = f.end;
    // (and the rest of a hyphened name: "Mohseni-Ejei")
    // (and a possessive with the office it owns: "The junta's spokesman criticised Thailand")
    for (let k = 0; k < 6 && toks[v]?.sentence === f.sentence && (toks[v]!.pos === 'NOUN' || toks[v]!.pos === 'PROPN' || toks[v]!.pos === 'ADJ' || toks[v]!.text === "'s" || toks[v]!.text === '’s' || (toks[v]!.text === '-' && toks[v]!.start === toks[v - 1]!.end)); k++) v++;
    while (toks[v]?.sentence === f.sentence && HAVE_FORMS.has(toks[v]!.lower)) v++;
    // ("The foreign ministry said it had expelled two Indian diplomats": its own act, reported with "it")
    if (toks[v]?.pos === 'VERB' && SAYING_LEMMAS.has(toks[v]!.lemma)) {
      let k = v + 1;
      if (toks[k]?.lower === 'that') k++;
      if (toks[k]?.sentence !== f.sentence || (toks[k]!.lower !== 'it' && toks[k]!.lower !== 'they')) continue;
      k++;
      while (toks[k]?.sentence === f.sentence && HAVE_FORMS.has(toks[k]!.lower)) k++;
      v = k;
    }
    const verb = toks[v];
    if (!verb || verb.sentence !== f.sentence || verb.pos !== 'VERB' || SAYING_LEMMAS.has(verb.lemma) || verb.lower.endsWith('ing')) continue;
    // (a place is no object: "spoke in Gondor")
    const object = s.found.some((o) => o !== f && o.sentence === f.sentence && o.start > v && o.start <= v + 4 && countryPart(o.m.code) === c
      && !LOCATIVE_PREPS.has(toks[o.start - 1]?.lower ?? '') && stateObject(s, o));
    if (!object) continue;
    const sector = f.m.code.slice(3);
    f.m.code = sector;
    // (an unlisted body keeps its own name and id)
    if (f.m.actorId.startsWith('agent:')) { f.m.actorId = `agent:${sector}`; f.m.name = typedName(s, '', sector).trim(); }
    delete f.contextual;
  }
}

const HAVE_FORMS = new Set(['has', 'had', 'have']);
const OWN_STATE_ACTORS = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG']);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'from', 'inside', 'across', 'within', 'throughout', 'around']);
/** Heads after a country adjective that make it the state acted on: its envoys and its attacks. */
const STATE_HEADS = new Set(['ambassador', 'envoy', 'diplomat', 'diplomats', 'embassy', 'consulate', 'charge', 'mission', 'government', 'strike', 'strikes',
  'attack', 'attacks', 'shelling', 'aggression', 'incursion', 'airstrike', 'airstrikes', 'bombardment', 'offensive', 'raid', 'raids', 'provocation', 'provocations']);

/** The mention names the state acted on: by name ("accused the Philippines"), by its envoy, or its act ("the Turkish strike"). */
function stateObject(s: State, o: Found): boolean {
  const toks = s.view.tokens;
  if (o.m.kind === 'country') {
    // (a possessor is the state acted on only through its envoys and its acts: "summoned Russia's ambassador", not
    // "defended China's expansion of reefs" or "allow Haiti's first elections")
    const possessor = toks[o.end]?.text === "'s" || toks[o.end]?.text === '’s' || toks[o.end]?.text === "'";
    if (o.m.how !== 'adjective' && !possessor) return true;
    for (let k = o.end; k < o.end + 3 && toks[k]?.sentence === o.sentence; k++) if (STATE_HEADS.has(toks[k]!.lower)) return true;
    return false;
  }
  // ("Admiral John Aquilino accused Beijing": a capital standing for its government is that state)
  if (o.m.how === 'metonym' && o.m.code.slice(3, 6) === 'GOV') return true;
  // ("Chinese Ambassador Huang Xilian", "two Indian diplomats"): a state's envoys
  const sector = o.m.code.slice(3, 6);
  if (sector !== 'GOV') return false;
  for (let k = o.start; k < o.end; k++) if (STATE_HEADS.has(toks[k]!.lower)) return true;
  return o.m.role !== undefined && /ambassador|envoy|charg/i.test(o.m.role);
}

/** Role nouns an apposition gives a person ("a senior Hezbollah official", "a member of Islamic Jihad"). */
const APPOSITION_ROLES = new Set(['official', 'officials', 'commander', 'leader', 'member', 'spokesman', 'spokeswoman', 'spokesperson',
  'chief', 'head', 'founder', 'co-founder', 'operative', 'militant', 'fighter', 'figure', 'cleric', 'envoy', 'diplomat', 'minister',
  'adviser', 'advisor', 'aide', 'negotiator', 'lawmaker', 'legislator', 'general', 'officer', 'activist', 'politician', 'mediator']);

/**
 * "Israel killed Hassan Bdeir, a senior Hezbollah official,", "arrested Ahmed Khalil, a member of Islamic Jihad.": a name no
 * dictionary lists, followed by an apposition that gives its bearer a role in a named body or state, is that body's
 * (the mention of the body inside the apposition is kept; the name takes its code).
 */
export function appositiveNames(s: State): void {
  const toks = s.view.tokens;
  const n = toks.length;
  let owner: Uint8Array | null = null;
  const extra: Found[] = [];
  for (let i = 1; i < n; i++) {
    const t = toks[i]!;
    if (t.text !== ',' || toks[i + 1]?.sentence !== t.sentence) continue;
    const det = toks[i + 1]!.lower;
    if (det !== 'a' && det !== 'an' && det !== 'the') continue;
    // the name before the comma: one to three capitalised proper nouns no item covers
    owner ??= (() => { const o = scratchBytes(n); for (const f of s.found) mark(o, 1, f.start, f.end); return o; })();
    let a = i;
    while (a > 0 && a > i - 3 && !owner[a - 1] && toks[a - 1]!.pos === 'PROPN' && isCapitalized(toks[a - 1]!.text) && toks[a - 1]!.sentence === t.sentence) a--;
    if (a === i || a === i - 1 && toks[a - 1]?.sentence === t.sentence && toks[a - 1]!.pos === 'PROPN') continue;
    if (a > 0 && toks[a - 1]!.sentence === t.sentence && isCapitalized(toks[a - 1]!.text) && toks[a - 1]!.pos === 'PROPN') continue;
    // the apposition: up to eight words, closed by a comma or the sentence's end, holding a role noun and a named body
    let body: Found | undefined;
    let role = false;
    let k = i + 2;
    for (; k < n && k < i + 10 && toks[k]!.sentence === t.sentence && toks[k]!.text !== ','; k++) {
      // ("Ben Okoro, a spokesman for the UN, said": whom a voice speaks for is told by the attribution, not the name)
      if (APPOSITION_ROLES.has(toks[k]!.lower)) role = toks[k + 1]?.lower !== 'for';
      const f = owner[k] ? s.found.find((x) => x.start <= k && k < x.end) : undefined;
      if (f && !body) body = f;
      if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') { body = undefined; break; }
    }
    if (!body || !role || !(k >= n || toks[k]!.text === ',' || toks[k]!.sentence !== t.sentence || toks[k]!.pos === 'PUNCT')) continue;
    const kind = body.m.kind;
    if (kind !== 'group' && kind !== 'country' && kind !== 'igo' && kind !== 'agent') continue;
    // (a country's people hold its state's offices: "a Lebanese official" is the government's)
    const code = kind === 'country' ? `${countryPart(body.m.code)}GOV` : body.m.code;
    const m = mentionOf(s, [a, i], code);
    m.kind = 'person';
    extra.push({ m, start: a, end: i, sentence: t.sentence, plural: false, gender: null });
  }
  if (extra.length > 0) s.found = [...s.found, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * "Papandreou agreed", "Reliance Jio has agreed": a capitalised name nothing else resolved, directly
 * the subject of a finite verb, is an actor the dictionary does not know — of the country the article
 * is clearly about, else of no known country (code '---').
 */
/** Words a storm's given name follows ("Hurricane Melissa", "Tropical Storm Ana"). */
const STORMS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'super']);

/** Continents and world regions: never an unlisted person's name. */
const WORLD_REGIONS = new Set(['europe', 'africa', 'asia', 'america', 'americas', 'oceania', 'eurasia', 'scandinavia', 'antarctica', 'arabia', 'balkans', 'caucasus', 'sahel', 'maghreb', 'levant']);

export function unlistedSubjects(s: State, main: string | undefined): void {
  const n = s.view.tokens.length;
  // a proper noun no scan item covers starts a candidate; without one, nothing to set up
  let i0 = 0;
  while (i0 < n && !opensSubject(s, s.view.tokens[i0]!, i0)) i0++;
  if (i0 === n) return;
  const owner = scratchBytes(n);
  for (const f of s.found) mark(owner, 1, f.start, f.end);
  const extra: Found[] = [];
  for (let i = i0; i < n; i++) {
    const t = s.view.tokens[i]!;
    if (owner[i] || !opensSubject(s, t, i)) continue;
    let j = i;
    for (let words = 0; j < n && words < 3 && !owner[j] && s.view.tokens[j]!.sentence === t.sentence; words++) {
      // ("Khaled al-Mishri", "Mohammed bin Salman": a particle joins the next word to the name)
      const p = j > i ? particleEnd(s.view.tokens, j, n) : j;
      const w = s.view.tokens[p]!;
      if (owner[p] || !(w.pos === 'PROPN' || (p > j && w.pos === 'NOUN')) || !isCapitalized(w.text)) break;
      j = p + 1;
    }
    const next = s.view.tokens[j];
    const prev = s.view.tokens[i - 1];
    const opens = !prev || prev.sentence !== t.sentence || prev.text === ',' || prev.lower === 'and';
    // ("Clashes erupted overnight": a capital opening a sentence is no mark of a name; an event noun is none)
    if (j === i + 1 && EVENT_NOUNS.has(t.lower)) { i = j; continue; }
    // ("Hurricane Melissa hit Jamaica", "Typhoon Kalmaegi killed 100 people": a storm's name is no one's)
    if (STORMS.has(t.lower)) { i = j; continue; }
    // ("Europe imposed new sanctions on Russia", "Africa has ..."): a continent or world region is no one's name
    if (j === i + 1 && WORLD_REGIONS.has(t.lower)) { i = j; continue; }
    // ("Inflation hit Iran hard", "Money donated by the Irish is ...", "Musicians have lifted a boycott": one capitalised
    // word opening a sentence that is a common English word — wink's lexicon holds it, as it holds no unseen name — is none)
    if (j === i + 1 && (!prev || prev.sentence !== t.sentence) && isLexicalWord(t.lower)) { i = j; continue; }
    // ("Mirela Popescu, head of the union, said": a name with an apposition set off by commas before its verb)
    const verbAt = next && next.text === ',' && opens && j > i + 1 ? appositionVerb(s, j) : -1;
    if ((next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && !next.lower.endsWith('ing') && opens) || verbAt >= 0) {
      // "Texas sued": a place the gazetteer knows is of its own country, whatever the article's main one
      // (not the main country when the clause names it after the verb: "Araqchi condemned Israel" is no Israeli's act)
      const place = placeAt(s, t.start);
      const objectIsMain = main !== undefined && next?.pos === 'VERB' && !SAYING_LEMMAS.has(next.lemma)
        && s.found.some((f) => f.sentence === t.sentence && f.start > j && f.start <= j + 3 && countryPart(f.m.code) === main);
      const code = place ?? (objectIsMain ? undefined : main) ?? '---';
      const m = mentionOf(s, [i, j], code);
      m.kind = 'person';
      extra.push({ m, start: i, end: j, sentence: t.sentence, plural: false, gender: null });
    }
    i = j;
  }
  if (extra.length > 0) s.found = [...s.found, ...extra].sort((a, b) => a.start - b.start);
}
