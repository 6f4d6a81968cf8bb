/**
 * Coreference, kept deliberately simple and local: a pronoun takes the nearest compatible antecedent
 * (for he/she: the first matching person of the current sentence, else of the previous one — the
 * sentence topic —, else the most recent within three sentences; for they/their: the most recent
 * plural actor, country or group). A group noun ("both sides", "the two nuclear-armed neighbours")
 * takes the last "X and Y" pair of different countries, else the two most mentioned countries.
 */
import { STATE_SECTORS, type ActorMention } from '../domain/types.js';
import { goBetweenBefore, push, sideOf, typedName } from './emit.js';
import type { Item } from './scan.js';
import { countryPart, openingQuote, QUOTE_MARKS, type Found, type State } from './state.js';

const WINDOW = 3;

function compatible(f: Found, p: { gender: 'm' | 'f' | null; plural: boolean }): boolean {
  // (nor the press named by its sector: "state television MRTV reported, but the military warned ... its forces")
  if (f.m.kind === 'media' || (f.m.kind === 'agent' && f.m.code.endsWith('MED'))) return false;
  // news uses "they" for governments, administrations and countries as much as for plurals
  if (p.plural) return f.plural || f.m.kind === 'agent';
  // (a singular office holder named by title alone is a person too: "Pakistan's Director General of Military Operations called his ...")
  // (and one named by a noun of a person in apposition to a name no list holds: "Hikmat al-Hijri, a Druze spiritual
  // leader, ... called on his followers")
  return (f.m.kind === 'person' || (f.m.kind === 'agent' && !f.plural && (f.m.how === 'title' || personNoun(f.m.text)))) && (f.gender === null || f.gender === p.gender);
}

/** Singular agent nouns that name one person ("a Druze spiritual leader", "the rebel commander"). */
const PERSON_NOUNS = new Set(['leader', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'cleric', 'imam', 'priest', 'bishop', 'rabbi',
  'preacher', 'negotiator', 'diplomat', 'official', 'envoy', 'minister', 'general', 'colonel', 'warlord', 'dissident', 'activist', 'lawyer', 'journalist']);

function personNoun(text: string): boolean {
  return PERSON_NOUNS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase());
}

function antecedent(s: State, at: number, sentence: number, p: { gender: 'm' | 'f' | null; plural: boolean }): Found | null {
  let firstHere: Found | null = null;
  let firstPrev: Found | null = null;
  // (the first one outside a quotation: '"Erdogan is lying," Netanyahu said. He accused Ankara ...' is Netanyahu)
  let firstPrevOut: Found | null = null;
  let recent: Found | null = null;
  // ("the ministers of her cabinet, whom they seized": the subject of an object relative is not its head)
  const toks = s.view.tokens;
  const rel = at > 0 && (toks[at - 1]!.lower === 'whom' || toks[at - 1]!.lower === 'which') ? at - 1 : -1;
  const head = rel > 0 && toks[rel - 1]!.text === ',' ? rel - 1 : rel;
  // ('"Putin is playing games," he said': the speaker after a quotation is none of the people the quotation names)
  const quoted = quotationBefore(s, at);
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.sentence < sentence - WINDOW) break;
    if (f.start >= at || !compatible(f, p)) continue;
    if (quoted >= 0 && f.start > quoted) continue;
    // ("Former Soviet leader Mikhail Gorbachev ... his": a noun right before a person's name is that person)
    if (f.m.kind === 'agent' && s.found[k + 1]?.start === f.end && s.found[k + 1]!.m.kind === 'person') continue;
    if (head > 0 && f.end === head) continue;
    recent ??= f;
    if (f.sentence === sentence) firstHere = f;
    else if (f.sentence === sentence - 1) {
      firstPrev = f;
      if (!insideQuotation(s, f.start)) firstPrevOut = f;
    }
  }
  // "militants loyal to X's leader said they ...": after a speech verb, the speakers (the sentence's first plural actor)
  if (p.plural) {
    if (firstHere && reported(s, at)) return firstHere;
    // ("the stranded sailors ..., as her government pledged to bring them home": an object pronoun is not its own clause's
    // subject — a body noun in the singular with a verb between; the plural of the sentence before it)
    if (s.view.tokens[at]!.lower === 'them' && recent && !recent.plural && recent.m.kind === 'agent' && recent.sentence === sentence && verbBetween(s, recent.end, at)) {
      for (let k = s.found.length - 1; k >= 0; k--) {
        const f = s.found[k]!;
        if (f.sentence !== sentence) break;
        // (people named in the plural, not a country the sentence only places something in: "stranded off Malaysia")
        if (f.start < recent.start && f.plural && compatible(f, p) && f.m.kind !== 'person' && f.m.kind !== 'country') return f;
      }
    }
    // ("The Houthis began attacking ships in solidarity with Palestinians in Gaza. They paused the attacks in January":
    // a "they" opening a sentence as its subject continues the subject of the sentence before, not its last plural)
    if (firstPrev && recent && recent.sentence === sentence - 1 && recent !== firstPrev && openingSubject(s, at) && subjectOfSentence(s, firstPrev)) return firstPrev;
    return recent;
  }
  // ("Macron held a call with Trump and urged him to ...": an object pronoun right after its verb is not that
  // clause's subject — the nearest person before it in the sentence, not the sentence's topic)
  if (s.view.tokens[at]!.lower === 'him' && s.view.tokens[at - 1]?.pos === 'VERB' && recent && recent.sentence === sentence && recent !== firstHere) return recent;
  // ("Araghchi said ..., while Saudi Foreign Minister Faisal spoke by phone with his counterparts": a possessive in
  // a clause of its own whose subject is a person is that person's)
  if ((s.view.tokens[at]!.lower === 'his' || s.view.tokens[at]!.lower === 'her') && recent && recent.sentence === sentence && recent !== firstHere
    && recent.m.kind === 'person' && opensClause(s, recent.start) && FINITE_AFTER.has(s.view.tokens[recent.end]?.pos ?? '') && !commaBetween(s, recent.end, at)) return recent;
  return firstHere ?? firstPrevOut ?? firstPrev ?? recent;
}

/** Token `at` is inside a quotation of its sentence (an odd number of straight double quotes, or an open curly one, before it). */
function insideQuotation(s: State, at: number): boolean {
  const toks = s.view.tokens;
  let straight = 0;
  let open = 0;
  for (let k = at - 1; k >= 0 && toks[k]!.sentence === toks[at]!.sentence; k--) {
    const t = toks[k]!.text;
    if (t === '"' || t === "''" || t === '``') straight++;
    else if (t === '\u201c') open++;
    else if (t === '\u201d') open--;
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * The pronoun at `at` is the subject of a verb of saying right after a closing quotation mark ('...," he said'):
 * the token index of the quotation's opening mark, or -1.
 */
function quotationBefore(s: State, at: number): number {
  const toks = s.view.tokens;
  let k = at - 1;
  if (toks[k]?.text === ',') k--;
  if (!QUOTE_MARKS.has(toks[k]?.text ?? '') || !SPEECH.has(toks[at + 1]?.lower ?? '')) return -1;
  return openingQuote(s, k);
}

/** The pronoun at `at` opens its sentence and is followed by a verb: the sentence's subject. */
function openingSubject(s: State, at: number): boolean {
  const toks = s.view.tokens;
  const t = toks[at]!;
  if (t.lower !== 'they' || (at > 0 && toks[at - 1]!.sentence === t.sentence)) return false;
  // ("They later paused the attacks": adverbs between the pronoun and its verb)
  let k = at + 1;
  while (toks[k]?.pos === 'ADV' && toks[k]!.sentence === t.sentence) k++;
  const next = toks[k];
  return !!next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** The mention opens its sentence (after at most a determiner or adjective) before any verb: its subject. */
function subjectOfSentence(s: State, f: Found): boolean {
  const toks = s.view.tokens;
  for (let k = f.start - 1; k >= 0 && toks[k]!.sentence === f.sentence; k--) {
    const p = toks[k]!.pos;
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') return false;
  }
  return true;
}

const FINITE_AFTER = new Set(['VERB', 'AUX']);

/** Clause openers before a subject: "while", "and", "but", "as", "when", "whereas", or a comma. */
const CLAUSE_OPEN = new Set(['while', 'and', 'but', 'as', 'when', 'whereas', 'although', 'after', 'before', 'because', ',']);

/** The mention at token `start` opens a clause (after a determiner or title words it covers). */
function opensClause(s: State, start: number): boolean {
  const prev = s.view.tokens[start - 1];
  return !!prev && CLAUSE_OPEN.has(prev.lower);
}

function commaBetween(s: State, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.view.tokens[k]!.text === ',') return true;
  return false;
}

function verbBetween(s: State, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.view.tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Forms of verbs of speech: the pronoun or agent noun after one opens what a speaker reports. */
export const SPEECH: ReadonlySet<string> = new Set(['said', 'say', 'says', 'claimed', 'claim', 'claims', 'announced', 'stated', 'insisted', 'added', 'warned',
  'vowed', 'declared', 'threatened', 'told', 'confirmed', 'reported']);

/** The pronoun at token `at` opens the clause a speech verb reports ("said they", "said that they"). */
function reported(s: State, at: number): boolean {
  const toks = s.view.tokens;
  const prev = toks[at - 1];
  const verb = prev?.lower === 'that' ? toks[at - 2] : prev;
  return !!verb && SPEECH.has(verb.lower);
}

/** Verbs that thank, praise or blame somebody "for" what that somebody did. */
const CREDIT = new Set(['thank', 'praise', 'credit', 'congratulate', 'commend', 'hail', 'applaud', 'laud', 'blame', 'criticize', 'criticise',
  'condemn', 'fault', 'rebuke', 'reprimand', 'punish', 'sanction', 'reward', 'honour', 'honor', 'salute', 'fine']);

/**
 * "Aliyev thanked Trump for his mediation", "praised Qatar's emir for his role": the pronoun after "for"
 * is the object of the verb of thanking or blaming before it (its last mention before "for"). Null otherwise.
 */
function creditedObject(s: State, at: number, p: { gender: 'm' | 'f' | null; plural: boolean }): Found | null {
  const toks = s.view.tokens;
  if (toks[at - 1]?.lower !== 'for') return null;
  const sentence = toks[at]!.sentence;
  let verb = -1;
  for (let k = at - 2; k >= 0 && k >= at - 8 && toks[k]!.sentence === sentence; k--) {
    if (toks[k]!.pos === 'VERB') { verb = CREDIT.has(toks[k]!.lemma) ? k : -1; break; }
  }
  if (verb < 0) return null;
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= at - 1) continue;
    if (f.start <= verb) return null;
    if (compatible(f, p)) return f;
  }
  return null;
}

export function pronoun(s: State, item: Item & { kind: 'pronoun' }): void {
  const t = s.view.tokens[item.start]!;
  const a = creditedObject(s, item.start, item.pronoun) ?? antecedent(s, item.start, t.sentence, item.pronoun);
  const people = s.people;
  const lastPerson = people?.[people.length - 1];
  if (item.pronoun.plural && people && lastPerson && lastPerson.start < item.start && t.sentence - lastPerson.sentence <= 1 &&
    (!a || a.start <= lastPerson.start)) {
    // "Vance, Rubio and Wiles ... Their collaboration"
    const members = [...new Set(people.map((f) => f.m.code))];
    const m = membersMention(s, t.start, t.end, members, people.map((f) => f.m.name), 'coreference');
    m.actorId = `group:${people.map((f) => f.m.actorId).join('+')}`;
    push(s, m, item.start, item.end, true, null);
    return;
  }
  if (!a) return;
  if (item.pronoun.plural && s.pair && (s.pair[1] === a || s.pair[0] === a)) {
    // "India and Pakistan ... their conflict": both of the pair (also when the first of the pair was read as the
    // antecedent: "Eritrea and Ethiopia fought a war. They signed a peace deal in 2018")
    push(s, pairMention(s, t.start, t.end, s.pair, 'coreference'), item.start, item.end, true, null);
    return;
  }
  const m: ActorMention = { ...a.m, start: t.start, end: t.end, text: t.text, how: 'coreference' };
  delete m.statedTitle;
  push(s, m, item.start, item.end, a.plural, a.gender);
}

/** The two most mentioned countries so far. */
function salientPair(s: State, before: number): string[] {
  return leading(s, before, countryPart, addressers(s, before, countryPart, false));
}

/**
 * ("Washington was in contact with both sides", "Saudi Arabia and Qatar urged both sides"): when the group noun at `before`
 * is an object, the actors of its sentence before it — who address both sides — are none of them (their `key`s).
 */
function addressers(s: State, before: number, key: (code: string) => string, anyObject = true): Set<string> {
  const t = s.view.tokens;
  // (any object for the sides of a conflict; for any pair, only the addressee of an appeal — "sources on both sides
  // reported" are of the pair named before)
  const prev = t[before - 1];
  const object = before > 0 && prev!.sentence === t[before]!.sentence && (anyObject ? prev!.pos === 'ADP' || prev!.pos === 'VERB'
    : (prev!.pos === 'VERB' && APPEALING.has(prev!.lemma)) || ((prev!.lower === 'on' || prev!.lower === 'to') && APPEALING.has(t[before - 2]?.lemma ?? '')));
  const third = new Set<string>();
  for (const f of s.found) {
    if (f.start >= before || t[f.start]!.sentence !== t[before]!.sentence) continue;
    // ("After mediation by Turkey and Qatar, both sides agreed"): go-betweens are never the sides either
    // (for any pair, the appeal's subject only — no verb before it in the sentence: "Rubio called Munir ... and urged both
    // sides" leaves Munir one of them)
    if ((object && (anyObject || noVerbBefore(s, f.start))) || goBetweenBefore(s, f.start) || (f.m.members === undefined && pairedGoBetween(s, f))) third.add(key(f.m.code));
  }
  return third;
}

/**
 * The two sides mentioned most before token `before`, a state with its organs one side and an armed group
 * of it another ("the army ... the RSF ... in contact with both sides": Sudan and the RSF); empty unless two
 * sides of one conflict lead — the top two not a third party's (an IGO) and neither a bare sector.
 */
function salientSides(s: State, before: number): string[] {
  // ("Washington was in contact with both sides", "Egypt urged both sides": the actors of the sentence that
  // address both sides, as an object, are none of them)
  return leading(s, before, sideOf, addressers(s, before, sideOf));
}

/** The two keys (`key` of each mention's code, of a known country) mentioned most before token `before`, none of `skip`. */
function leading(s: State, before: number, key: (code: string) => string, skip: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const f of s.found) {
    if (f.start >= before) break;
    if (f.m.how === 'coreference' || f.m.how === 'group-noun' || f.m.kind === 'media') continue;
    const k = key(f.m.code);
    // (the sides of a conflict are states and armed groups: "both sides" after "Palestinian prisoners" and "Hamas")
    if (skip.has(k) || (k.length === 6 && !ARMED_SIDES.has(k.slice(3)))) continue;
    if (s.dict.countries.has(countryPart(k))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([c]) => c);
}

/** Sectors of a non-state side of a conflict. */
const ARMED_SIDES = new Set(['REB', 'INS', 'UAF', 'SEP']);

const COUNTRY_HEADS = new Set(['countries', 'nations', 'neighbours', 'neighbors', 'states', 'capitals', 'powers']);

function pairMention(s: State, start: number, end: number, pair: [Found, Found], how: 'coreference' | 'group-noun', byCountry = false): ActorMention {
  const members = pair.map((f) => (byCountry ? countryPart(f.m.code) : f.m.code));
  const names = pair.map((f, i) => (byCountry ? (s.dict.countries.get(members[i]!)?.name ?? f.m.name) : f.m.name));
  return membersMention(s, start, end, members, names, how);
}

function membersMention(s: State, start: number, end: number, members: string[], names: string[], how: 'coreference' | 'group-noun'): ActorMention {
  const allCountries = members.every((c) => s.dict.countries.has(c));
  return {
    start, end, text: s.view.text.slice(start, end), actorId: `group:${members.join('+')}`,
    code: members[0]!, name: names.join(' and '), kind: allCountries ? 'country' : 'agent', how, members,
  };
}

/**
 * The countries a group noun at token `start` stands for ("both sides", "the two countries"): the pair
 * the text set up, else the two countries mentioned most before it; null when there are not two.
 */
export function groupCountries(s: State, start: number): string[] | null {
  const pair = usablePair(s, start);
  const members = pair ? pair.map((f) => countryPart(f.m.code)) : salientPair(s, start);
  return members.length === 2 && members[0] !== members[1] && members.every((c) => s.dict.countries.has(c)) ? members : null;
}

/** "leaders of both countries", "commanders from both sides": the sector's actors of each of the group's countries. */
export function sectorOfGroup(s: State, start: number, end: number, groupStart: number, sector: string, sectorName: (c: string) => string): boolean {
  const countries = groupCountries(s, groupStart);
  if (!countries) return false;
  sectorOfEach(s, start, end, countries, sector, sectorName);
  return true;
}

/** One mention over tokens [start,end) for the sector's actors of each of `countries` ("the leaders of X and Y"). */
export function sectorOfEach(s: State, start: number, end: number, countries: string[], sector: string, sectorName: (c: string) => string, how: 'group-noun' | 'typed' = 'group-noun'): void {
  const members = countries.map((c) => c + sector);
  const first = s.view.tokens[start]!;
  const last = s.view.tokens[end - 1]!;
  const m: ActorMention = {
    start: first.start, end: last.end, text: s.view.text.slice(first.start, last.end), actorId: `group:${members.join('+')}`,
    code: members[0]!, name: countries.map(sectorName).join(' and '), kind: 'agent', how, members,
  };
  push(s, m, start, end, true, null);
}

/** Group-noun heads that name a state body ("the two foreign ministers", "both armies"): its sector. */
const SECTOR_HEADS: Record<string, string> = {
  ministers: 'GOV', presidents: 'GOV', leaders: 'GOV', governments: 'GOV', envoys: 'GOV', negotiators: 'GOV', delegates: 'GOV',
  delegations: 'GOV', capitals: 'GOV', armies: 'MIL', militaries: 'MIL', commanders: 'MIL', chiefs: 'MIL',
};

/**
 * The last "X and Y" pair, unless the sentence of the group noun opens with one of its members: "Saudi Arabia
 * and Iran offered to help. Iran's foreign minister said Tehran would use its good offices with both capitals" —
 * a member does not go between itself and another; the group is the article's other pair.
 */
function usablePair(s: State, at: number, countries = false): [Found, Found] | null {
  if (!s.pair) return null;
  const sentence = s.view.tokens[at]!.sentence;
  // ("... paused them for Mexico and Canada. [four paragraphs on China and the US] ... the two countries imposed tariffs":
  // for "the two countries", a pair named long before gives way to the two countries the article names most, when they
  // are another pair; "both sides" stay the sides last paired)
  if (countries && sentence - s.pair[1].sentence > 3) {
    const salient = salientPair(s, at);
    const members = s.pair.map((f) => countryPart(f.m.code));
    if (salient.length === 2 && !salient.every((c) => members.includes(c))) return null;
  }
  if (s.pair[1].sentence === sentence) {
    // ("X and Y said in a joint statement that they called on both sides": the pair opening the sentence addresses the
    // group noun, an object, and is not it)
    const before = s.view.tokens[at - 1];
    const object = !!before && before.sentence === sentence && (before.pos === 'ADP' || before.pos === 'VERB');
    if (!object) return s.pair;
    // (the pair is the sentence's subject: no verb before it)
    for (let k = s.pair[0].start - 1; k >= 0 && s.view.tokens[k]!.sentence === sentence; k--) if (s.view.tokens[k]!.pos === 'VERB') return s.pair;
    return null;
  }
  const members = new Set(s.pair.map((f) => countryPart(f.m.code)));
  for (const f of s.found) {
    if (f.sentence < sentence) continue;
    if (f.sentence > sentence || f.start >= at) break;
    return members.has(countryPart(f.m.code)) ? null : s.pair;
  }
  return s.pair;
}

/** A group-noun mention of two members after the pair's last member and before token `before`, the latest; null when none. */
function laterGroup(s: State, pair: [Found, Found], before: number): ActorMention | null {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start <= pair[1].start) return null;
    if (f.start < before && f.m.how === 'group-noun' && f.m.members?.length === 2) return f.m;
  }
  return null;
}

/** Counts of a group noun of more than two ("the three countries", "all four states"). */
const COUNTS: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5 };

/**
 * The codes of the latest list of exactly `n` states named before token `before` within the three sentences before
 * ("Mali, Burkina Faso and Niger left ECOWAS ... The three countries accused"), joined by commas and "and"; null when none.
 */
function listOf(s: State, before: number, n: number): string[] | null {
  const toks = s.view.tokens;
  const sentence = toks[before]!.sentence;
  const found = s.found;
  let k = found.length - 1;
  while (k >= 0 && found[k]!.start >= before) k--;
  for (; k >= 0 && sentence - found[k]!.sentence <= 3; k--) {
    // a run of mentions ending at k, each joined to the next by "," or "and" (or ", and")
    const run = [found[k]!];
    let j = k - 1;
    for (; j >= 0; j--) {
      const a = found[j]!;
      const b = run[0]!;
      const gap = b.start - a.end;
      const joined = (gap === 1 && (toks[a.end]!.text === ',' || toks[a.end]!.lower === 'and')) || (gap === 2 && toks[a.end]!.text === ',' && toks[a.end + 1]!.lower === 'and');
      if (!joined) break;
      run.unshift(a);
    }
    const codes = run.map((f) => countryPart(f.m.code));
    if (run.length === n && run.every((f) => f.m.kind === 'country' || f.m.how !== 'coreference') && new Set(codes).size === n) return codes;
    k = j + 1;
  }
  return null;
}

/** Group-noun heads that stand for people, not states ("the two men"). */
const PEOPLE_HEADS = new Set(['men', 'women']);

/**
 * The two people "the two men" at token `at` stand for: the named persons of its sentence before it and of the
 * sentence before, when there are exactly two and they act for different actors; null otherwise (two suspects
 * police arrested are no one the dictionary names).
 */
function namedPair(s: State, at: number): [Found, Found] | null {
  const sentence = s.view.tokens[at]!.sentence;
  const people: Found[] = [];
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k]!;
    if (f.start >= at) continue;
    if (f.sentence < sentence - 1) break;
    if (f.m.kind !== 'person' || people.some((p) => p.m.actorId === f.m.actorId)) continue;
    people.unshift(f);
  }
  if (people.length !== 2 || people[0]!.m.code === people[1]!.m.code) return null;
  return [people[0]!, people[1]!];
}

export function groupNoun(s: State, item: Item & { kind: 'group' }): void {
  const first = s.view.tokens[item.start]!;
  const last = s.view.tokens[item.end - 1]!;
  let m: ActorMention;
  // ("Putin met Xi in Moscow. The two men signed ...": the two people named last, not a pair of states)
  if (PEOPLE_HEADS.has(last.lower)) {
    const people = namedPair(s, item.start);
    if (people) push(s, membersMention(s, first.start, last.end, people.map((f) => f.m.code), people.map((f) => f.m.name), 'group-noun'), item.start, item.end, true, null);
    return;
  }
  const sector = SECTOR_HEADS[last.lower];
  // ("The three countries accused the bloc", "all four governments": the list of that many states named just before)
  const count = COUNTS[s.view.tokens[item.start + 1]?.lower ?? ''] ?? COUNTS[first.lower];
  if (count !== undefined) {
    const list = listOf(s, item.start, count);
    if (!list) return;
    const members = sector ? list.map((c) => c + sector) : list;
    push(s, membersMention(s, first.start, last.end, members, members.map((c) => (sector ? typedName(s, c.slice(0, 3), sector) : s.dict.countries.get(c)?.name ?? c)), 'group-noun'), item.start, item.end, true, null);
    return;
  }
  const lastPair = usablePair(s, item.start, COUNTRY_HEADS.has(last.lower));
  if (sector) {
    // ("Rubio met the two foreign ministers": the state body of each of the pair's countries; an armed group
    // of the pair stays itself: "Israel and Hamas held talks ... met both delegations")
    const pair = lastPair ? lastPair.map((f) => f.m.code) : groupCountries(s, item.start);
    if (!pair) return;
    const members = pair.map((c) => (STATE_SECTORS.has(c.slice(3, 6)) ? countryPart(c) + sector : c.slice(0, 6)));
    if (members[0] === members[1]) return;
    m = membersMention(s, first.start, last.end, members, members.map((c, i) => (c.length === 6 && c.slice(3) === sector ? typedName(s, c.slice(0, 3), sector) : lastPair?.[i]?.m.name ?? c)), 'group-noun');
  } else if (lastPair && laterGroup(s, lastPair, item.start)) {
    // ("Eritrea and a TPLF faction were colluding ... The two countries fought a war ... urged both sides": a group
    // noun read since the last pair stands for the group named last)
    const g = laterGroup(s, lastPair, item.start) as ActorMention & { members: string[] };
    m = membersMention(s, first.start, last.end, g.members, g.members.map((c) => s.dict.countries.get(c)?.name ?? c), 'group-noun');
  } else if (lastPair) {
    m = pairMention(s, first.start, last.end, lastPair, 'group-noun', COUNTRY_HEADS.has(last.lower));
  } else {
    // ("both sides", "the warring parties": the two leading sides, an armed group one of them; "both countries": two states)
    const sides = COUNTRY_HEADS.has(last.lower) ? [] : salientSides(s, item.start);
    const members = sides.length === 2 && sides.some((c) => c.length > 3) ? sides : salientPair(s, item.start);
    if (members.length < 2) return;
    m = membersMention(s, first.start, last.end, members, members.map((c) => s.dict.countries.get(c)?.name ?? c), 'group-noun');
  }
  push(s, m, item.start, item.end, true, null);
}

/** No verb between the start of the sentence of token `at` and it. */
function noVerbBefore(s: State, at: number): boolean {
  const t = s.view.tokens;
  for (let k = at - 1; k >= 0 && t[k]!.sentence === t[at]!.sentence; k--) if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return false;
  return true;
}

/** Verbs of appeal whose object, "both sides", is addressed by the subject ("urged both sides", "called on both sides"). */
const APPEALING = new Set(['urge', 'call', 'appeal', 'press', 'ask', 'implore', 'exhort', 'encourage', 'warn', 'tell', 'caution']);

/** The second of "X and Y" named as go-betweens ("mediation by Turkey and Qatar": Qatar). */
function pairedGoBetween(s: State, f: Found): boolean {
  const k = s.found.indexOf(f);
  const prev = k > 0 ? s.found[k - 1] : undefined;
  if (!prev || s.view.tokens[prev.end]?.lower !== 'and' || prev.end + 1 > f.start || f.start - prev.end > 3) return false;
  return goBetweenBefore(s, prev.start);
}
