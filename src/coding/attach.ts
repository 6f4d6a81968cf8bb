/**
 * Refiner 1 — attach source and target (runs first: every later refiner needs the parties).
 * No parser: part-of-speech patterns and rules of English word order.
 * - subject: nearest actor left of the trigger in its clause, skipping comma segments that interrupt
 *   it — relative clauses, reduced relatives ("the deal, brokered by X, was"), prepositional phrases,
 *   appositions ("Gondor, a close ally of Arnor, refused") — and then taking the noun phrase before the
 *   interruption (no actor there: no subject); in a full clause before a comma only actors before its
 *   verb ("X rejected Y's plan, and said"); an object relative ("whom X blamed"), a finite subordinate
 *   clause ("as the opposition threatened") or a noun subject of its own ("..., a rights group said")
 *   keeps the search inside; a verb coordinated by "and" shares the first verb's subject; actors
 *   governed by a preposition other than "of" are skipped ("the envoy in Y"), "groups in Y are
 *   demanding" being a fallback; "the Turkish and Greek sides of Cyprus" → the modifiers of the head
 *   noun; "X said they ..." → the reporter; compounds "X and Y" are collected;
 * - infinitives: after a control verb the object is the subject ("urged X to withdraw", "called on X
 *   to"), after any other verb the main subject ("summoned X's envoy to complain");
 * - nominal triggers (any pattern whose trigger is a noun or adjective): the possessor ("X's call to
 *   Y", "his call" → the last person mentioned), a "by" agent, or a subject through its own support
 *   verb ("X launched strikes"); a participle used as an adjective ("the occupied West Bank") is none;
 * - passive "Y was attacked by X" → source X, target Y ("X is committed to" with no agent: active);
 * - object: the TGT slot, else the first actor after the match in the clause, through the infinitive
 *   completing the trigger ("threatened to deliver blows to X") and past a possessive pronoun standing
 *   for the source ("reneged on his commitment to X"); "against X" for untargeted patterns;
 * - "talks between X and Y", "X and Y agreed" (reciprocal patterns) → both directions;
 * - mediation/negotiation with no stated target ("mediated the truce") → the article's main parties.
 */
import { COMPASS, countryPart, ROLE_ONLY_CODES, type ActorMention, type PlaceMention, type Token } from '../domain/types.js';
import { BE_FORMS, HELD_NOUNS, INTENT_NOUNS, PRONOUNS, REL, STOP_RIGHT, TIME_LIMIT, appealConjunctOf, appositionComma, datelineEnd, freeRelativeNaming, isMedia, mentionAt, plainVerbAt, roughCount, tightNameHyphen, tok } from './tokens.js';
import { ADDRESSED, acrossFrontier, coordinatedPlaceAfter, locativeCountry, placeAfter, protestTarget, thatAfter } from './targets.js';
import { insideTime, type Candidate } from './match.js';
import type { Pattern } from './patterns.js';
import { countryOf, MEDIATING, mentionCodes, THIRD_PARTY, POSSESSIVE_DET, sideOf, STATE_SECTORS, isClauseBreak, type DocContext } from './context.js';
import { formClass, lemmaClass, lexicon } from './lexicon.js';
import { timeBeginsAt } from './when.js';
import { isLexicalWord } from '../nlp/wink.js';

/** Word and tag sets tested per token (module-level so that no array is built per call). */
const JOINERS = new Set([',', 'and', '&', 'as well as']);
const CLAUSE_PUNCT = new Set([';', ':', '—', '–']);
const CLAUSE_END_PUNCT = new Set([';', ':', '—', '–', '.', '?', '!']);
const WH_RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
const PREMOD_TAGS = new Set(['PROPN', 'ADJ', 'DET', 'NUM']);
const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const CLAUSE_CONJ = new Set(['and', 'but', 'or']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it']);
const NP_WORD_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const AUX_TAGS = new Set(['AUX', 'ADV', 'PART']);
const NP_START_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const DET_ADJ_NUM = new Set(['DET', 'ADJ', 'NUM']);
const SUBJECT_RELATIVES = new Set(['who', 'which', 'that', 'whose']);
const ADDRESS_PREPS = new Set(['on', 'upon', 'to', 'for']);
const AREA_PREPS = new Set(['in', 'throughout', 'across']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const PERSON_FORMS = new Set(['he', 'she', 'his', 'her', 'him']);
const IN_DURING_BY = new Set(['in', 'during', 'by']);
const NOUN_ADJ = new Set(['NOUN', 'ADJ']);
const ANAPHORS = new Set(['he', 'she', 'they', 'it']);

export interface Party { mention: ActorMention; code: string }
export interface Pair { source: Party; target: Party | null }
export interface Attached { cand: Candidate; pairs: Pair[]; passive: boolean; how: string }

const POSSESSIVE_S = new Set(["'s", '’s']);


/** Token `j` is part of a tight "<Name>-<participle>" modifier ("Rwanda-backed", "Saudi-led"). */
function nameParticiple(ctx: DocContext, j: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[j] as Token;
  return t.text === '-' ? tightNameHyphen(toks, j) : t.pos === 'PROPN' ? tightNameHyphen(toks, j + 1) : t.lower.endsWith('ed') && tightNameHyphen(toks, j - 1);
}

/** The mention ends a list (names, "and", commas, determiners) that opens after a preposition: "by Qatar and Turkey". */
function listAfterPreposition(ctx: DocContext, mi: number, lo: number): boolean {
  const k = beforeList(ctx, mi, lo);
  return k >= lo && tok(ctx, k).pos === 'ADP';
}

/** The token right before the list (names, "and", commas, determiners) that ends with the mention, or lo - 1. */
function beforeList(ctx: DocContext, mi: number, lo: number): number {
  let k = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (k >= lo) {
    const t = tok(ctx, k);
    const m = mentionAt(ctx, k);
    if (m >= 0) { k = (ctx.mentionTokens[m] as [number, number])[0] - 1; continue; }
    if (t.lower === 'and' || t.lower === 'or' || t.text === ',' || t.pos === 'DET') { k--; continue; }
    return k;
  }
  return lo - 1;
}

/** Nouns of a person acting for a body, after the body's agent noun ("government representative"). */
const PERSON_AFTER_AGENT = new Set(['representative', 'negotiator', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'delegate', 'delegation', 'minister', 'adviser', 'advisor']);

/** Heads naming another person by their relation to the possessor ("Nduhungirehe's Congolese counterpart"). */
const COUNTERPART_HEADS = new Set(['counterpart', 'counterparts', 'successor', 'predecessor', 'rival', 'rivals', 'opponent', 'envoy', 'deputy']);

/** People of a body named after it ("army commanders", "party leaders"): the head of the list member before them. */
const MEMBER_HEADS = new Set(['commanders', 'commander', 'leaders', 'leader', 'officials', 'official', 'officers', 'members', 'chiefs', 'generals']);

/** Mentions chained to `mi` by "and" / "," / "as well as" on the given side (left: -1, right: +1). */
/** Prepositions a list may repeat before each member ("by X and by Y"). */
const REPEATED_PREPS = new Set(['by', 'with', 'from', 'between']);

/** The mention starting at `ms` is the object of an -ing participle right after another mention ("rebels holding [ten soldiers]"). */
function participleObject(ctx: DocContext, ms: number, s: number): boolean {
  let q = ms - 1;
  while (q > s && mentionAt(ctx, q) < 0 && DET_ADJ_NUM.has(tok(ctx, q).pos)) q--;
  const v = q > s ? tok(ctx, q) : null;
  return !!v && v.pos === 'VERB' && v.lower.endsWith('ing') && mentionAt(ctx, q) < 0 && mentionAt(ctx, q - 1) >= 0;
}

/** The comma opening a relative clause (", who", ", which") that ends at the comma `close`, within 15 tokens; -1 when none. */
function relativeOpenBefore(ctx: DocContext, close: number, lo: number): number {
  for (let k = close - 1; k >= lo && k >= close - 15; k--) {
    if (tok(ctx, k).text !== ',') continue;
    const w = k + 1 < close ? tok(ctx, k + 1).lower : '';
    return (w === 'who' || w === 'which') && k > lo && mentionAt(ctx, k - 1) >= 0 ? k : -1;
  }
  return -1;
}

function compound(ctx: DocContext, mi: number, dir: -1 | 1, lo: number, hi: number): number[] {
  const out = [mi];
  let cur = mi;
  let closed = false;
  // ("condemned by Taipei and by Washington", "talks with Kyiv and with Moscow": the first member's preposition,
  // repeated after the joiner)
  const ms0 = (ctx.mentionTokens[mi] as [number, number])[0];
  const p0 = ms0 - 1 >= 0 && tok(ctx, ms0 - 1).pos === 'DET' ? ms0 - 2 : ms0 - 1;
  const firstPrep = dir > 0 && p0 >= 0 && tok(ctx, p0).sentence === tok(ctx, ms0).sentence && REPEATED_PREPS.has(tok(ctx, p0).lower) ? tok(ctx, p0).lower : '';
  for (;;) {
    const [s, e] = ctx.mentionTokens[cur] as [number, number];
    // "Israeli-Palestinian": two actors joined by a hyphen with no space are a pair
    const h = dir < 0 ? hyphenPartner(ctx, cur, lo) : e + 1 < hi ? mentionAt(ctx, e + 1) : -1;
    if (h >= 0 && !out.includes(h) && (dir < 0 || hyphenPartner(ctx, h, lo) === cur)) { out.push(h); cur = h; continue; }
    let j = dir < 0 ? s - 1 : e;
    // ("X and his Cambodian counterpart Hun Manet signed": an agent noun of the same code right before a name, with its
    // possessive determiner, is the name's apposition — one member, read past)
    if (dir < 0 && j >= lo) {
      const ap = mentionAt(ctx, j);
      const apm = ap >= 0 && ap !== cur ? ctx.doc.actors[ap] as ActorMention : null;
      if (apm && apm.kind === 'agent' && apm.code === (ctx.doc.actors[cur] as ActorMention).code && (ctx.doc.actors[cur] as ActorMention).kind === 'person') {
        j = (ctx.mentionTokens[ap] as [number, number])[0] - 1;
        const det = j >= lo ? mentionAt(ctx, j) : -1;
        if (det >= 0 && POSSESSIVES.has(tok(ctx, j).lower)) j = (ctx.mentionTokens[det] as [number, number])[0] - 1;
      }
    }
    let joined = false;
    let hopWord = false;
    let including = false;
    let adjective = false;
    let comma = false;
    let joinedAt = -1;
    let commaAt = -1;
    while (j >= lo && j < hi && mentionAt(ctx, j) < 0) {
      const t = tok(ctx, j);
      if (t.text === ',') { comma = true; if (commaAt < 0) commaAt = j; }
      // ("Rahmon, who arrived on Wednesday, and Japarov signed": read leftwards past "and", a relative clause set off by
      // commas after the first member is passed over)
      if (dir < 0 && t.text === ',' && joinedAt > j) {
        const k = relativeOpenBefore(ctx, j, lo);
        if (k >= 0) { j = k - 1; continue; }
      }
      // ("Congolese government representative Sumbu Sita Mambu and M23 negotiator X": read leftwards past "and", an
      // unlisted name and the noun of a person before it belong to the agent mention they follow)
      if (dir < 0 && joinedAt >= 0 && joinedAt - j <= 5 && (t.pos === 'PROPN' ? t.text !== t.lower : t.pos === 'NOUN' && PERSON_AFTER_AGENT.has(t.lower))) { j += dir; continue; }
      // "X, Y and Z": after the "and" of a list read rightwards, a comma ends it ("X and Y, a weekly")
      if (dir > 0 && closed && t.text === ',') break;
      if (JOINERS.has(t.lower)) { joined = true; if (t.lower !== ',') { closed = true; hopWord = true; joinedAt = j; } }
      // "Gondorian aircraft including helicopter gunships": the included are part of the noun phrase
      // before, whose head noun the nationality modifies
      else if (dir < 0 && t.lower === 'including' && !joined) { joined = true; including = true; hopWord = true; }
      else if (including && t.pos === 'NOUN') { /* the head noun of the including phrase */ }
      // ("sanctions on Rwandan army commanders and M23 leaders": the people of a body, the member's own head noun)
      else if (dir > 0 && !joined && t.pos === 'NOUN' && j === e && MEMBER_HEADS.has(t.lower)) { /* the member's head noun */ }
      // "Pakistan and Afghanistan's Taliban government": a possessor no mention covers opens the member
      else if (POSSESSIVE_S.has(t.text) || (t.pos === 'PROPN' && j + 1 < hi && POSSESSIVE_S.has(tok(ctx, j + 1).text))) { /* part of the next member */ }
      // "X and the paramilitary Y": lower-case adjectives between the joiner and the next member
      // (and a lower-case hyphened modifier wink tags as a name: "and pro-Russian separatists")
      else if ((t.pos === 'ADJ' ? t.text === t.lower : t.pos === 'PROPN' && t.text.includes('-') && t.text.charCodeAt(0) >= 97)
        && (dir < 0 ? !joined : joined)) { adjective = true; }
      // ("India and nuclear-armed Pakistan": the hyphen inside a compound adjective split into three tokens)
      else if (t.text === '-' && adjective && j > lo && tok(ctx, j - 1).end === t.start && tok(ctx, j + 1).start === t.end
        && (dir < 0 ? !joined : joined)) { /* part of the adjective */ }
      // ("X and the Rwanda-backed M23": a name-participle modifier, written as three tight tokens)
      else if (nameParticiple(ctx, j) && (dir < 0 ? !joined : joined)) { adjective = true; }
      // ("Zelensky and seven European leaders": a count before the next member)
      else if (t.pos === 'NUM' && (dir < 0 ? !joined : joined)) { adjective = true; }
      // ("the Radaa force and government troops": a lower-case noun modifying the agent noun right after it)
      else if (dir > 0 && joined && t.pos === 'NOUN' && t.text === t.lower && j + 1 < hi && mentionAt(ctx, j + 1) >= 0
        && (ctx.doc.actors[mentionAt(ctx, j + 1)] as ActorMention).kind === 'agent') { adjective = true; }
      else if (dir > 0 && joined && firstPrep !== '' && t.lower === firstPrep) { /* the preposition repeated */ }
      else if (t.pos !== 'DET' && t.lower !== 'both') break;
      j += dir;
    }
    let next = mentionAt(ctx, j);
    // ("hosted Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe": a possessive pronoun opening the next
    // member is its determiner; the member is the mention after it)
    if (dir > 0 && joined && next >= 0 && POSSESSIVES.has(tok(ctx, j).lower) && j + 1 < hi && mentionAt(ctx, j + 1) >= 0) next = mentionAt(ctx, j + 1);
    if (!joined || next < 0 || out.includes(next) || isMedia(ctx.doc.actors[next] as ActorMention)) break;
    // (adjectives only after a word joiner: ", a key ally" is an apposition, not a list)
    if (adjective && !hopWord) break;
    // "mediated by Qatar and Turkey, Qatar's foreign ministry said": read leftwards from a subject across a bare
    // comma, a list that is a preposition's object belongs to another phrase
    if (dir < 0 && out.length === 1 && !hopWord && listAfterPreposition(ctx, next, lo)) break;
    // ("After mediation by Turkey and Qatar, Pakistan and Afghanistan agreed", "In Minsk, Russia and Belarus signed"): the
    // comma closing a fronted prepositional phrase ends the list on either side — leftwards always, rightwards when the
    // members after it are the subject of the main clause's verb ("After mediation by Turkey, Pakistan and Afghanistan
    // agreed"), not the rest of the phrase's own list ("After talks between Russia, Ukraine and the US, Putin said")
    if (!hopWord && commaAt >= 0 && frontedCloser(ctx, commaAt) && (dir < 0 || listThenVerb(ctx, next, hi))) break;
    // "In Colombia, the ELN declared ...": a fronted prepositional phrase joined only by its comma is no list member
    // (nor one before ", and": "sanctioned X over its support for M23, and Britain suspended aid" — a new clause)
    if (dir < 0 && (!hopWord || comma)) {
      const before = (ctx.mentionTokens[next] as [number, number])[0] - 1;
      // (not the first member of a people noun's "from" list: "Envoys from Spain, Italy and Portugal met")
      if (before >= lo && tok(ctx, before).pos === 'ADP' && !(tok(ctx, before).lower === 'from' && before - 1 >= lo && (tok(ctx, before - 1).pos === 'NOUN' || tok(ctx, before - 1).pos === 'PROPN')
        && mentionAt(ctx, before - 1) < 0 && tok(ctx, before - 1).lower.endsWith('s'))) break;
      // ("Israel had not killed civilians, the army said": a verb's object before a bare comma is no list member;
      // nor before ", and": "were accused of killing Syrian civilians, and Israel launched airstrikes")
      let b = before;
      while (b >= lo && (tok(ctx, b).pos === 'DET' || tok(ctx, b).pos === 'ADJ' || tok(ctx, b).pos === 'NUM')) b--;
      if (b >= lo && tok(ctx, b).pos === 'VERB') break;
      // ("In a letter to the U.N. Security Council, Britain, France and Germany said": a determiner may come between)
      if (b < before && b >= lo && (tok(ctx, b).pos === 'ADP' || tok(ctx, b).lower === 'to')) break;
    }
    // "troops landed in Gondor, King Elessar said": a mention after a comma alone that a verb follows is
    // the subject of a new clause, no list member
    // (so is one after ", and": "killed hundreds of civilians, and the UN said")
    // (also past a noun or two the mention modifies: "attacked the rebels, UN experts said")
    if (dir > 0 && (!hopWord || comma)) {
      let after = (ctx.mentionTokens[next] as [number, number])[1];
      while (after < hi && after < (ctx.mentionTokens[next] as [number, number])[1] + 2 && tok(ctx, after).pos === 'NOUN') after++;
      if (after < hi && (tok(ctx, after).pos === 'VERB' || (hopWord && tok(ctx, after).pos === 'AUX'))) break;
      // (nor one that opens a pair of speakers: "attacked government troops in Mukalla, officials and residents said")
      if (!hopWord && after + 1 < hi && (tok(ctx, after).lower === 'and' || tok(ctx, after).lower === 'or')) {
        let a = after + 1;
        while (a < hi && (tok(ctx, a).pos === 'DET' || tok(ctx, a).pos === 'ADJ')) a++;
        const m2 = a < hi ? mentionAt(ctx, a) : -1;
        if (m2 >= 0) a = (ctx.mentionTokens[m2] as [number, number])[1];
        else while (a < hi && tok(ctx, a).pos === 'NOUN') a++;
        if (a > after + 1 && a < hi && tok(ctx, a).pos === 'VERB' && REPORTING.has(tok(ctx, a).lemma)) break;
      }
    }
    // "Y, the Arnorian envoy,": a title after a person's name joined by a comma alone is that person in
    // the capacity the sentence means — an apposition, not a second member
    if (dir > 0 && !hopWord && appositiveTitle(ctx, cur, next)) { out[out.length - 1] = next; cur = next; continue; }
    out.push(next);
    cur = next;
  }
  return out;
}

/** Words opening a fronted adverbial phrase ("After talks with X, ...", "Following mediation by Y, ..."). */
const FRONTING = new Set(['after', 'before', 'following', 'despite', 'amid', 'amidst', 'during', 'since', 'upon', 'under', 'with', 'without',
  'through', 'in', 'on', 'at', 'from', 'by', 'as']);

/** The comma at `c` is the first of its sentence, after a phrase the sentence opens with a preposition. */
function frontedCloser(ctx: DocContext, c: number): boolean {
  const sent = ctx.doc.sentences[tok(ctx, c).sentence];
  if (!sent) return false;
  let i = sent.tokenStart;
  while (i < c && tok(ctx, i).pos === 'PUNCT') i++;
  const first = tok(ctx, i);
  if (i >= c || !(first.pos === 'ADP' || first.pos === 'SCONJ' || FRONTING.has(first.lower))) return false;
  for (let k = i + 1; k < c; k++) if (tok(ctx, k).text === ',') return false;
  return true;
}

/** The mention `mi` and the members joined to it by "and"/"or" are followed by a verb: a clause's subject. */
function listThenVerb(ctx: DocContext, mi: number, hi: number): boolean {
  let k = (ctx.mentionTokens[mi] as [number, number])[1];
  while (k + 1 < hi && (tok(ctx, k).lower === 'and' || tok(ctx, k).lower === 'or')) {
    let a = k + 1;
    while (a < hi && tok(ctx, a).pos === 'DET') a++;
    const m = a < hi ? mentionAt(ctx, a) : -1;
    if (m < 0) return false;
    k = (ctx.mentionTokens[m] as [number, number])[1];
  }
  return k < hi && (tok(ctx, k).pos === 'VERB' || tok(ctx, k).pos === 'AUX');
}

/**
 * The antecedent of a possessive pronoun opening the event's object ("bombed its territory", "hit their
 * positions"): the first actor mention of the sentence before the trigger whose side is none of the
 * source's, the sentence's topic ("Iran launched missiles at a base in Qatar in retaliation for U.S.
 * strikes on its nuclear sites": Iran's); media and the press never; -1 when there is no such pronoun or antecedent.
 */
function possessiveOwner(ctx: DocContext, cand: Candidate, sentStart: number, hi: number, src: Party[]): number {
  if (possessiveAfter(ctx, cand, hi) < 0) return -1;
  const sides = new Set(src.map((x) => sideOf(x.code)));
  for (let i = sentStart; i < cand.trigger; i++) {
    const mi = mentionAt(ctx, i);
    if (mi < 0) continue;
    const m = ctx.doc.actors[mi] as ActorMention;
    // (nor the press known by its sector: "state television MRTV reported, but the military warned ... its forces")
    if (isMedia(m) || m.code.endsWith('MED') || sides.has(sideOf(m.code))) continue;
    return mi;
  }
  return -1;
}

/** What a state owns as land, sea or air ("its airspace", "their territorial waters"). */
const TERRITORY_NOUNS = new Set(['airspace', 'territory', 'territorial', 'waters', 'soil', 'border', 'borders', 'sovereignty', 'land', 'coast']);

/** "its"/"their" opening the event's object, within the match or just after it, before any punctuation or later verb; or -1. */
function possessiveAfter(ctx: DocContext, cand: Candidate, hi: number): number {
  for (let i = cand.trigger + 1; i < hi && i < cand.end + 3; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'its' || t.lower === 'their') return i;
    if (t.type === 'punctuation' || (t.pos === 'VERB' && i >= cand.end)) return -1;
  }
  return -1;
}

/** The event's object opens with "its"/"their" and a noun of a state's territory ("violated its airspace"). */
function ownedTerritory(ctx: DocContext, cand: Candidate, hi: number): boolean {
  const at = possessiveAfter(ctx, cand, hi);
  return at >= 0 && at + 1 < hi && TERRITORY_NOUNS.has(tok(ctx, at + 1).lower);
}

/** A person's title (`b`) right after a person's name (`a`): "Kofi Annan, UN secretary-general". */
function appositiveTitle(ctx: DocContext, a: number, b: number): boolean {
  const ma = ctx.doc.actors[a] as ActorMention;
  const mb = ctx.doc.actors[b] as ActorMention;
  return ma.kind === 'person' && ma.how === 'name' && mb.kind === 'person' && mb.how === 'title';
}

// (the comma and the clause marks as word classes: the scans test the tokens' class bits, not their text)
const F_COMMA = formClass([',']);
const F_CLAUSE = formClass(CLAUSE_PUNCT);
const F_CLAUSE_END = formClass(CLAUSE_END_PUNCT);

/** The start of the comma segment of [lo, …) that ends at `end`: the token after the last comma before `end`, else `lo`. */
function segmentStart(ctx: DocContext, lo: number, end: number): number {
  const form = lexicon(ctx).form;
  for (let i = end - 1; i >= lo; i--) if (((form[i] as number) & F_COMMA) !== 0) return i + 1;
  return lo;
}

function clauseStart(ctx: DocContext, trigger: number, sentStart: number): number {
  const form = lexicon(ctx).form;
  for (let i = trigger - 1; i >= sentStart; i--) if (((form[i] as number) & F_CLAUSE) !== 0) return i + 1;
  // (not inside a wire dateline: "KHARTOUM, May 3 (AFP) - A drone strike killed ..." opens its clause at "A")
  return datelineEnd(ctx, sentStart, trigger);
}

export function clauseEnd(ctx: DocContext, from: number, sentEnd: number): number {
  const form = lexicon(ctx).form;
  for (let i = from; i < sentEnd; i++) if (((form[i] as number) & F_CLAUSE_END) !== 0) return i;
  return sentEnd;
}

/**
 * Verbs whose object is the subject of a following infinitive ("urged X to withdraw", "called on X
 * to ..."); after any other verb the infinitive is a purpose clause of the verb's own subject
 * ("summoned X's ambassador to complain", "sent envoys to Y to investigate": whoever sends people
 * somewhere to do something is the one doing it).
 */
const CONTROL = new Set(['urge', 'ask', 'call', 'tell', 'order', 'force', 'allow', 'invite', 'persuade', 'press', 'pressure', 'pressurize',
  'encourage', 'request', 'want', 'expect', 'permit', 'enable', 'help', 'instruct', 'warn', 'advise', 'require', 'cause', 'prompt', 'compel',
  'oblige', 'authorize', 'authorise', 'push', 'challenge', 'beg', 'implore', 'exhort', 'convince', 'induce', 'forbid', 'prohibit', 'direct',
  'empower', 'appeal', 'lead', 'leave', 'need', 'prefer', 'like', 'get', 'train', 'arm', 'recruit', 'mobilize',
  'mobilise', 'commission', 'mandate', 'pay', 'bribe', 'incite', 'provoke', 'inspire', 'motivate', 'entitle', 'trust', 'choose', 'elect',
  'appoint', 'nominate', 'select', 'assign', 'hire', 'employ', 'use', 'wish', 'beseech', 'entreat', 'petition', 'lobby',
  // ("gave the rebels 48 hours to surrender": see passesObject)
  'give', 'grant']);

/** Verbs of appeal, command and cause whose object does what the infinitive after it says. */
const ADDRESSING = new Set(['urge', 'ask', 'call', 'tell', 'order', 'force', 'allow', 'invite', 'persuade', 'press', 'pressure', 'pressurize',
  'encourage', 'request', 'permit', 'enable', 'instruct', 'advise', 'require', 'prompt', 'compel', 'oblige', 'authorize', 'authorise', 'push',
  'challenge', 'beg', 'implore', 'exhort', 'convince', 'induce', 'forbid', 'prohibit', 'direct', 'appeal', 'warn', 'cause', 'incite', 'provoke',
  'recruit', 'train', 'pay', 'bribe', 'mobilize', 'mobilise', 'lobby', 'petition']);

/**
 * The token at `end` (right before an infinitive's "to") ends a noun phrase that names no actor and is the object
 * (or, after "on/to", the addressee) of an ADDRESSING verb: "urged all parties", "called on the warring sides",
 * "prompting the bank", "forced aid agencies" (not at or before `lo`).
 */
function unnamedAddressee(ctx: DocContext, end: number, lo: number): boolean {
  let i = end;
  let noun = false;
  while (i > lo) {
    const t = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) return false;
    if (t.pos === 'NOUN') noun = true;
    else if (t.pos !== 'ADJ' && t.pos !== 'DET' && t.pos !== 'NUM') break;
    i--;
  }
  if (!noun || i <= lo - 1) return false;
  if (ADDRESS_PREPS.has(tok(ctx, i).lower) && i - 1 >= lo) i--;
  const v = tok(ctx, i);
  return v.pos === 'VERB' && ADDRESSING.has(v.lemma) && passesObject(ctx, i);
}

/**
 * The verb at `v` passes its object the infinitive after it (a CONTROL verb). "Call" does so only as
 * "call on": "called Y on Friday to press him" is a phone call made to press Y.
 */
function passesObject(ctx: DocContext, v: number): boolean {
  const t = tok(ctx, v);
  if (!CONTROL.has(t.lemma)) return false;
  // (giving passes its object the infinitive only with a time limit: "gave the rebels 48 hours to surrender", but
  // "gave Tanzania a grant to finance projects" is the giver's purpose)
  if (t.lemma === 'give' || t.lemma === 'grant') {
    for (let j = v + 1; j < v + 7 && j < ctx.doc.tokens.length; j++) {
      const w = tok(ctx, j).lower;
      if (w === 'to' || w === '.') return false;
      if (TIME_LIMIT.has(w)) return true;
    }
    return false;
  }
  if (t.lemma !== 'call') return true;
  const n = ctx.doc.tokens[v + 1]?.lower;
  return n === 'on' || n === 'upon';
}

/** Words opening a subordinate clause or adjunct whose subject, when finite, is inside it. */
const SUBORD = new Set([...REL].filter((w) => !WH_RELATIVES.has(w)).concat(['until', 'once', 'whereas']));

/**
 * The noun phrase right before the finite verb at `trigger` (adverbs and auxiliaries between), when
 * it ends in a common noun: its actor mention (-1 when none; "..., a human rights group protested").
 */
const NO_PHRASE = { mention: -1, noun: false, start: 0 } as const;

function ownSubject(ctx: DocContext, s: number, trigger: number): { mention: number; noun: boolean; start: number } {
  // (no phrase: the callers read `start` only of a noun phrase)
  const none = NO_PHRASE;
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || (trigger > s && tok(ctx, trigger - 1).lower === 'to')) return none;
  for (let i = trigger - 1; i >= s; i--) {
    const b = tok(ctx, i);
    if (b.pos === 'ADV' || b.pos === 'AUX' || b.lower === 'not') continue;
    if (b.pos !== 'NOUN' || mentionAt(ctx, i) >= 0) return none;
    const np = nounPhraseBefore(ctx, i + 1, s);
    if (np.mention >= 0) return np;
    // "after a drone strike on a bus in the Sumy region killed": back over prepositional phrases with no
    // actor in them to the head noun phrase (its subordinator is then right before it)
    let head = np;
    for (let hops = 0; hops < 3 && head.start - 1 > s && tok(ctx, head.start - 1).pos === 'ADP' && !SUBORD.has(tok(ctx, head.start - 1).lower); hops++) {
      const before = nounPhraseBefore(ctx, head.start - 1, s);
      if (before.mention >= 0 || !before.noun) return np;
      head = before;
    }
    return head.start > s && SUBORD.has(tok(ctx, head.start - 1).lower) ? head : np;
  }
  return none;
}

export const REPORTING = new Set(['say', 'announce', 'declare', 'state', 'claim', 'warn', 'add', 'insist', 'tell', 'stress', 'affirm', 'assert',
  'indicate', 'determine', 'conclude', 'confirm', 'report', 'signal', 'vow', 'pledge', 'promise', 'threaten', 'admit', 'acknowledge', 'deny', 'maintain', 'reiterate']);

/** A reporting verb right before a pronoun subject ("said they", "announced that it"), or -1. */
function reportingVerbBefore(ctx: DocContext, ms: number, s: number): number {
  const pr = tok(ctx, ms);
  if (!SUBJECT_PRONOUNS.has(pr.lower)) return -1;
  let i = ms - 1;
  if (i >= s && tok(ctx, i).lower === 'that') i--;
  while (i >= s && tok(ctx, i).pos === 'ADV') i--;
  // ("announced on Monday they were leaving"): a time told after the reporting verb
  if (i >= s && insideTime(ctx, tok(ctx, i))) {
    while (i >= s && insideTime(ctx, tok(ctx, i))) i--;
    if (i >= s && (tok(ctx, i).lower === 'on' || tok(ctx, i).lower === 'in')) i--;
  }
  return i >= s && tok(ctx, i).pos === 'VERB' && REPORTING.has(tok(ctx, i).lemma) ? i : -1;
}

/**
 * The noun phrase ending at `end` (exclusive), back to `start`: its last actor mention (-1 when
 * none) and whether it has a common noun of its own. Stops at a preposition or verb.
 */
export function nounPhraseBefore(ctx: DocContext, end: number, start: number): { mention: number; noun: boolean; start: number } {
  let noun = false;
  let i = end - 1;
  for (; i >= start; i--) {
    const mi = mentionAt(ctx, i);
    if (mi >= 0) return { mention: mi, noun, start: (ctx.mentionTokens[mi] as [number, number])[0] };
    const t = tok(ctx, i);
    if (t.pos === 'NOUN') { noun = true; continue; }
    if (PREMOD_TAGS.has(t.pos) || t.text === '-' || t.lower === "'s" || t.lower === '’s') continue;
    break;
  }
  return { mention: -1, noun, start: i + 1 };
}

/** Nouns of a body made of its members: "a coalition of armed groups" acts as they do. */
const COLLECTIVE = new Set(['coalition', 'alliance', 'bloc', 'union', 'federation', 'grouping', 'consortium', 'league', 'umbrella', 'network', 'front']);

/**
 * The "of" at `of` completes a prepositional phrase ("in defiance of X", "on behalf of X", "in the wake
 * of X"): a preposition, a determiner perhaps, a common noun, then "of". X is that phrase's, not a subject.
 */
function ofPhrase(ctx: DocContext, of: number, s: number): boolean {
  let i = of - 1;
  // ("after a coalition of armed groups declared a truce": a body made of X is X acting)
  if (i < s || tok(ctx, i).pos !== 'NOUN' || mentionAt(ctx, i) >= 0 || COLLECTIVE.has(tok(ctx, i).lemma)) return false;
  i--;
  if (i >= s && tok(ctx, i).pos === 'DET') i--;
  return i >= s && tok(ctx, i).pos === 'ADP' && tok(ctx, i).lower !== 'of';
}

/** Gerunds naming combat, used as nouns ("the shelling", "strikes and shelling"). */
const COMBAT_GERUNDS = new Set(['shelling', 'bombing', 'fighting', 'firing', 'shooting', 'looting', 'rioting', 'bombardment', 'killing', 'killings']);

/** An -ing form after "<common noun> of|and" ("days of fighting", "strikes and shelling"): a noun, not a verb. */
function gerundOfNoun(ctx: DocContext, i: number, lo: number): boolean {
  const t = tok(ctx, i);
  // (a gerund of combat also when coordinated with a noun: "in the strikes and shelling")
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || i - 2 < lo) return false;
  const and = tok(ctx, i - 1).lower === 'and' && COMBAT_GERUNDS.has(t.lower);
  if (!(tok(ctx, i - 1).lower === 'of' || and)) return false;
  const n = tok(ctx, i - 2);
  return n.pos === 'NOUN' && mentionAt(ctx, i - 2) < 0;
}

/**
 * An actor written as the first half of a hyphenated participle ("the Gondor-occupied valley", "the
 * Rohan-backed militia"): it modifies what follows — the place or group is someone else.
 */
/** The mention at `mi` modifies a noun through a go-between's or proposer's participle: "U.S.-brokered", "Qatari-mediated", "Egyptian-proposed". */
function goBetweenModifier(ctx: DocContext, mi: number): boolean {
  const me = (ctx.mentionTokens[mi] as [number, number])[1];
  if (me + 1 >= ctx.doc.tokens.length || !tightNameHyphen(ctx.doc.tokens, me)) return false;
  const v = tok(ctx, me + 1);
  return THIRD_PARTY.has(v.lemma) || THIRD_PARTY.has(verbLemmaOf(v.lower)) || v.lower === 'proposed' || v.lower === 'drafted';
}

/** The mention at `mi` opens a tight "<Name>-<participle>" modifier of another mention right after it ("Kurdish-led SDF"). */
function sponsorOf(ctx: DocContext, mi: number, hi: number): boolean {
  const me = (ctx.mentionTokens[mi] as [number, number])[1];
  if (me + 2 >= hi || !tightNameHyphen(ctx.doc.tokens, me)) return false;
  for (let k = me + 2; k < hi && k <= me + 4; k++) {
    const m = mentionAt(ctx, k);
    if (m >= 0 && m !== mi) return true;
    if (tok(ctx, k).pos !== 'ADJ' && tok(ctx, k).pos !== 'PROPN') return false;
  }
  return false;
}

/** The base form of a regular past participle ("brokered" → "broker", "mediated" → "mediate"). */
function verbLemmaOf(w: string): string {
  if (!w.endsWith('ed')) return w;
  const stem = w.slice(0, -2);
  return THIRD_PARTY.has(stem) ? stem : stem + 'e';
}

function hyphenModifier(ctx: DocContext, mi: number): boolean {
  const me = (ctx.mentionTokens[mi] as [number, number])[1];
  if (me + 1 >= ctx.doc.tokens.length || tok(ctx, me).text !== '-') return false;
  const v = tok(ctx, me + 1);
  if (mentionAt(ctx, me + 1) >= 0 || !(v.pos === 'VERB' || v.pos === 'ADJ') || !(v.lower.endsWith('ed') || v.lower.endsWith('en'))) return false;
  // only when what follows is an actor or a place of its own ("a Rohan-claimed bomb" is Rohan's bomb)
  if (me + 2 >= ctx.doc.tokens.length) return false;
  const next = tok(ctx, me + 2);
  if (mentionAt(ctx, me + 2) >= 0) return true;
  const places = ctx.doc.places;
  for (let k = 0; k < places.length; k++) {
    const pm = places[k] as (typeof places)[number];
    if (pm.start <= next.start && pm.end > next.start) return true;
  }
  return false;
}

/**
 * "the Kurds of northern Gondor": for a mention after "of" (determiners and adjectives between), the
 * actor right before the "of" when it is a people or group with a country of its own, not a country's name
 * nor a title ("the president of Gondor" is Gondor's). -1 when none.
 */
function headOfPlace(ctx: DocContext, ms: number, s: number): number {
  let i = ms - 1;
  while (i >= s && mentionAt(ctx, i) < 0 && DET_ADJ_NUM.has(tok(ctx, i).pos)) i--;
  if (i - 1 < s || tok(ctx, i).lower !== 'of') return -1;
  const head = mentionAt(ctx, i - 1);
  if (head < 0) return -1;
  const m = ctx.doc.actors[head] as ActorMention;
  return m.kind === 'agent' && m.how === 'typed' && !countryless(m) && !isMedia(m) && !STATE_SECTORS.has(m.code.slice(3, 6)) ? head : -1;
}

/**
 * Left of the "of" at `of`: the noun phrase it hangs on ("the Greek sides of", through further "of"s);
 * the actor mention in it that modifies a following common noun, or -1.
 */
function modifierOfHead(ctx: DocContext, of: number, s: number): number {
  for (let i = of - 1; i >= s; i--) {
    const mi = mentionAt(ctx, i);
    if (mi >= 0) {
      const me = (ctx.mentionTokens[mi] as [number, number])[1];
      const next = tok(ctx, me);
      const m = ctx.doc.actors[mi] as ActorMention;
      // a nationality or a country, not a bare sector word ("the military government of X")
      return me < of && next.pos === 'NOUN' && mentionAt(ctx, me) < 0 && (m.kind === 'country' || m.how === 'adjective') ? mi : -1;
    }
    const t = tok(ctx, i);
    if (t.lower === 'of' || NP_TAGS.has(t.pos) || modifierVerb(ctx, i, of)) continue;
    return -1;
  }
  return -1;
}

/**
 * The finite verb a verb at `trigger` is coordinated with ("killed two soldiers and wounded five"):
 * "and"/"but"/"or" right before it (adverbs and auxiliaries between), a finite verb before that in
 * the segment with only its object (no other verb, no clause opener) between. -1 when none.
 */
function coordinatedWith(ctx: DocContext, s: number, trigger: number): number {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB') return -1;
  // ("some waving Russian flags and setting fire to the embassy": a participle coordinated with another shares its subject)
  if (t.lower.endsWith('ing')) return coordinatedParticiple(ctx, s, trigger);
  let i = trigger - 1;
  while (i >= s && (tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'AUX')) i--;
  if (i < s || !CLAUSE_CONJ.has(tok(ctx, i).lower)) return -1;
  for (let j = i - 1; j >= s; j--) {
    const b = tok(ctx, j);
    if (mentionAt(ctx, j) >= 0) continue;
    // an infinitive is part of the first verb's object ("urged X to halt its offensive and called on Y")
    if (b.pos === 'VERB' && j > s && tok(ctx, j - 1).lower === 'to' && tok(ctx, j - 1).pos === 'PART') { j--; continue; }
    // so is a gerund after a preposition ("accused Y of violating the truce and resumed strikes")
    if (b.pos === 'VERB' && b.lower.endsWith('ing') && j > s && tok(ctx, j - 1).pos === 'ADP') { j--; continue; }
    // and a gerund joined to such a gerund ("accused Y of arming and funding the Houthis and warned Z")
    if (b.pos === 'VERB' && b.lower.endsWith('ing') && j - 2 >= s && (tok(ctx, j - 1).lower === 'and' || tok(ctx, j - 1).lower === 'or')
      && (tok(ctx, j - 2).pos === 'VERB' || tok(ctx, j - 2).pos === 'NOUN') && tok(ctx, j - 2).lower.endsWith('ing') && j - 3 >= s && tok(ctx, j - 3).pos === 'ADP') { j--; continue; }
    // and a gerund right after a finite verb ("denied targeting civilians and said"): the finite verb is the first
    if (b.pos === 'VERB' && b.lower.endsWith('ing') && j > s && tok(ctx, j - 1).pos === 'VERB' && !tok(ctx, j - 1).lower.endsWith('ing')) continue;
    // ("threatened to use force if Bazoum was not reinstated and imposed sanctions": an active past verb is not
    // coordinated with the passive of a condition or time clause before it; the verb before that clause is)
    if (((b.pos === 'VERB' && !modifierVerb(ctx, j, i) && beBefore(ctx, j, s)) || (b.pos === 'AUX' && BE_FORMS.has(b.lower)))
      && i + 1 === trigger && t.lower.endsWith('ed')) {
      let sub = j - 1;
      while (sub > s && !ADVERBIAL_CLAUSE.has(tok(ctx, sub).lower) && tok(ctx, sub).text !== ',') sub--;
      if (sub > s && ADVERBIAL_CLAUSE.has(tok(ctx, sub).lower) && hasFiniteVerb(ctx, s, sub)) { j = sub; continue; }
    }
    // ("Washington was pressing both sides ... and would hold talks": a progressive is a finite verb too)
    if (b.pos === 'VERB' && !modifierVerb(ctx, j, i)) return b.lower.endsWith('ing') ? (j - 1 >= s && PROGRESSIVE_AUX.has(tok(ctx, j - 1).lower) ? j : -1) : reportingInstead(ctx, s, j, i, trigger);
    // ("praised Y as a reliable partner and invited Z": "as" before a noun phrase is a preposition)
    // (also a quoted label: 'condemned the strikes as "excessive use of force" and said')
    const q = j + 1 < i && QUOTE_MARKS.has(tok(ctx, j + 1).text) ? j + 2 : j + 1;
    if (b.lower === 'as' && q < i && NP_START_TAGS.has(tok(ctx, q).pos) && tok(ctx, q).pos !== 'PRON') continue;
    // ("said Moscow was not serious about peace and urged allies to ...": a simple past after "and" does not
    // continue a reported copula clause; it continues the reporting verb)
    if (b.pos === 'AUX' && COPULA_PAST.has(b.lower) && i === trigger - 1 && t.lower.endsWith('ed')) return reportingBefore(ctx, s, j);
    // ("has hosted Hamas's office since 2012 at Y's request and has mediated": a preposition opening a phrase with no
    // verb of its own is part of the first verb's phrase)
    if (ADVERBIAL_P.has(b.lower) && !hasFiniteVerb(ctx, j + 1, i)) continue;
    // ("thanked both Washington and Brussels and urged": an "and" joining two names in the object is the object's)
    if (b.pos === 'CCONJ' && j > s && j + 1 < i && NAME_OR_NOUN.has(tok(ctx, j - 1).pos) && NAME_OR_NOUN.has(tok(ctx, j + 1).pos)) continue;
    if (b.pos === 'AUX' || (b.pos === 'PRON' && !POSSESSIVES.has(b.lower)) || REL.has(b.lower) || b.lower === 'that' || b.pos === 'CCONJ') return -1;
  }
  return -1;
}

const NAME_OR_NOUN = new Set(['PROPN', 'NOUN']);


/** The -ing participle an -ing trigger after "and" is coordinated with, only its object between; -1 when none. */
function coordinatedParticiple(ctx: DocContext, s: number, trigger: number): number {
  if (trigger - 1 <= s || tok(ctx, trigger - 1).lower !== 'and') return -1;
  for (let j = trigger - 2; j >= s && j >= trigger - 8; j--) {
    const b = tok(ctx, j);
    // (an -ing form the tagger read as an adjective or noun before its object too: "some waving Russian flags")
    if (b.lower.endsWith('ing') && b.lower.length > 4 && (b.pos === 'VERB' || ((b.pos === 'ADJ' || b.pos === 'NOUN') && j + 1 < trigger - 1))) return !(j > s && tok(ctx, j - 1).pos === 'ADP') ? j : -1;
    if (b.pos === 'VERB') return -1;
    if (b.text === ',' || b.pos === 'AUX' || b.pos === 'CCONJ' || b.pos === 'SCONJ') return -1;
  }
  return -1;
}

const COPULA_PAST = new Set(['was', 'were']);
/** A form of "be" right before the verb at `j` ("not" or adverbs between): a passive or progressive. */
function beBefore(ctx: DocContext, j: number, s: number): boolean {
  let k = j - 1;
  while (k > s && (tok(ctx, k).pos === 'PART' || tok(ctx, k).pos === 'ADV')) k--;
  return k >= s && tok(ctx, k).pos === 'AUX' && BE_FORMS.has(tok(ctx, k).lower);
}

/** Verbs that link a subject to an adjective as "be" does ("remained open to talks", "stays ready to"). */
const COPULAS = new Set(['remain', 'stay', 'seem', 'appear', 'become']);

/** A linking verb other than "be" right before `j` (past adverbs and particles). */
function copulaBefore(ctx: DocContext, j: number, s: number): boolean {
  let k = j - 1;
  while (k > s && (tok(ctx, k).pos === 'PART' || tok(ctx, k).pos === 'ADV')) k--;
  return k >= s && tok(ctx, k).pos === 'VERB' && COPULAS.has(tok(ctx, k).lemma);
}

/** Verbs of answering an act ("would be met with force", "will be answered with"). */
const ANSWERED = new Set(['meet', 'answer', 'consider', 'regard', 'treat', 'deem', 'see']);

/** Words opening a clause of condition or time inside a predicate ("... if Y was not reinstated"). */
const ADVERBIAL_CLAUSE = new Set(['if', 'unless', 'when', 'because', 'after', 'before', 'while', 'once', 'until']);
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been']);
/** Verbs whose infinitive is their own subject's act ("vowed to retaliate", "agreed to withdraw"). */
const SUBJECT_CONTROL = new Set(['vow', 'pledge', 'promise', 'agree', 'decide', 'plan', 'threaten', 'refuse', 'decline', 'try', 'seek', 'intend', 'hope', 'prepare', 'fail', 'attempt', 'swear', 'resolve', 'choose', 'opt', 'claim']);

/**
 * The speaker of a tag ", X said," set off by commas right before an -ing verb at `trigger` (", India said, condemning"), or -1.
 */
export function speakerTagBefore(ctx: DocContext, trigger: number, lo: number): number {
  const trig = tok(ctx, trigger);
  if (!trig.lower.endsWith('ing') || !SPEECH_PARTICIPLES.has(trig.lemma) || trigger - 3 < lo || tok(ctx, trigger - 1).text !== ',') return -1;
  const v = tok(ctx, trigger - 2);
  if (v.pos !== 'VERB' || !SAYING.has(v.lemma) || v.lower.endsWith('ing')) return -1;
  const mi = mentionAt(ctx, trigger - 3);
  if (mi < 0) return -1;
  const [ms] = ctx.mentionTokens[mi] as [number, number];
  let b = ms - 1;
  // (a speaker with its possessor: ", Ukraine's General Staff said, dismissing ...")
  if (b - 1 >= lo && (tok(ctx, b).lower === "'s" || tok(ctx, b).lower === '’s') && mentionAt(ctx, b - 1) >= 0) b = (ctx.mentionTokens[mentionAt(ctx, b - 1)] as [number, number])[0] - 1;
  if (b >= lo && tok(ctx, b).lower === 'the') b--;
  return b >= lo && tok(ctx, b).text === ',' ? mi : -1;
}

/** The reporting verb (not an -ing form) before token `at` in [s, at), across its reported subject; -1 at a comma or none. */
function reportingBefore(ctx: DocContext, s: number, at: number): number {
  for (let k = at - 1; k >= s; k--) {
    const r = tok(ctx, k);
    if (r.pos === 'VERB' && REPORTING.has(r.lemma) && !r.lower.endsWith('ing')) return k;
    if (r.text === ',' || r.text === ';') return -1;
  }
  return -1;
}

/** "investigate who launched", "did not say what hit": "who"/"what" right before the verb group, after a verb, opens a question. */
function embeddedQuestion(ctx: DocContext, trigger: number, lo: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  let i = trigger - 1;
  while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV')) i--;
  const w = tok(ctx, i);
  return i > lo && (w.lower === 'who' || w.lower === 'what') && (tok(ctx, i - 1).pos === 'VERB' || tok(ctx, i - 1).lower === 'know' || tok(ctx, i - 1).lower === 'unclear' || tok(ctx, i - 1).lower === 'whether');
}

/**
 * The noun phrase a subject relative right before the trigger's verb group hangs on ("a ceasefire *that*
 * ended", "the militia *which* has attacked"): NO_PHRASE when the trigger's verb group has no such relative
 * pronoun right before it.
 */
function relativeSubject(ctx: DocContext, trigger: number, lo: number): { mention: number; noun: boolean; start: number } {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB') return NO_PHRASE;
  let i = trigger - 1;
  // (a progressive's own "be": "villagers who were protesting against the fence")
  if (t.lower.endsWith('ing')) {
    let k = i;
    while (k > lo && tok(ctx, k).pos === 'ADV') k--;
    if (!(k > lo && tok(ctx, k).lemma === 'be')) return NO_PHRASE;
  }
  while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  if (i <= lo || !SUBJECT_RELATIVES.has(tok(ctx, i).lower) || tok(ctx, i).lower === 'whose') return NO_PHRASE;
  const before = tok(ctx, i - 1);
  // ("vowed to prosecute those who collaborated with Israel", "anyone who attacks"): people no one names did it
  if (mentionAt(ctx, i - 1) < 0 && UNNAMED_PEOPLE.has(before.lower)) return { mention: -1, noun: true, start: i - 1 };
  if (mentionAt(ctx, i - 1) < 0 && before.pos !== 'NOUN') return NO_PHRASE;
  // ("a statement which urged Y", "a resolution which condemned Y": a text acts for its author, found as usual)
  if (mentionAt(ctx, i - 1) < 0 && DOCUMENT_N.has(before.lemma)) return NO_PHRASE;
  const np = nounPhraseBefore(ctx, i, lo);
  // ("a bomb attack in Gondor that wounded five": a country after a locative preposition is where, not the head;
  // "from Mordor rebels who overran" keeps the rebels)
  if (np.mention >= 0 && np.start > lo && LOCATIVE_P.has(tok(ctx, np.start - 1).lower)
    && (ctx.doc.actors[np.mention] as ActorMention).kind === 'country') return { mention: -1, noun: true, start: np.start };
  return np;
}

const LOCATIVE_P = new Set(['in', 'at', 'near', 'across', 'inside', 'outside', 'within']);
/** Pronouns of people no one names, before a relative "who" ("those who", "anyone who"). */
const UNNAMED_PEOPLE = new Set(['those', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'others', 'whoever']);

/** Texts that act for their authors ("a statement which urged", "a resolution which condemned"). */
const DOCUMENT_N = new Set(['report', 'statement', 'resolution', 'letter', 'communique', 'declaration', 'decree', 'bill', 'ruling',
  'verdict', 'judgment', 'judgement', 'memo', 'plan', 'proposal', 'document', 'study', 'editorial', 'article', 'post', 'message', 'video']);

/** A finite verb at `trigger` right after the conjunction opening its segment [s, trigger): ", and (then) warned". */
function elidedSubject(ctx: DocContext, s: number, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  let i = trigger - 1;
  while (i > s && (tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'AUX')) i--;
  return i === s && CLAUSE_CONJ.has(tok(ctx, i).lower);
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Auxiliaries whose tense a reported clause keeps apart from the reporting verb's simple past. */
const REPORTED_AUX = new Set(['had', 'would', 'could', 'might', 'should']);

/** Verbs that need an object (what is done to someone): with none after them they are passive. */
const DONE_TO = new Set(['kill', 'wound', 'injure', 'arrest', 'detain', 'abduct', 'kidnap', 'capture', 'jail', 'execute', 'free', 'release', 'deport', 'expel', 'shoot', 'behead', 'sentence']);
/** Acts of force besides those done to people (DONE_TO): a reporter tells of them, does not do them in the same breath. */
const FORCE_ACTS = new Set(['attack', 'shell', 'bomb', 'burn', 'torch', 'loot', 'destroy', 'seize', 'raid', 'storm', 'rape', 'ambush', 'occupy',
  'massacre', 'besiege', 'invade', 'fire', 'strike', 'hit', 'abduct', 'displace', 'plunder', 'ransack']);
/** The verb at `i` names an act of force, done to people (DONE_TO) or not (FORCE_ACTS). */
function forceAct(ctx: DocContext, i: number): boolean {
  const l = tok(ctx, i).lemma;
  return DONE_TO.has(l) || FORCE_ACTS.has(l);
}

/** Words that may follow a passive participle with no object: a preposition, a clause break, the end. */
const AFTER_ELIDED = new Set(['in', 'by', 'at', 'near', 'during', 'after', 'on', 'as', 'while', 'outside', 'inside', ';', ',', ':', '.', 'over', 'for']);

/**
 * "Kosovo police officer killed in gun battle", "Two journalists arrested in Minsk" (headlines drop "is"/"was"): a
 * participle of a verb that needs an object, right after a noun and followed by a preposition or a break, with
 * no object, is passive.
 */
function elidedPassive(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (!DONE_TO.has(t.lemma) || t.lower === t.lemma || t.lower.endsWith('ing') || trigger === 0) return false;
  const before = tok(ctx, trigger - 1);
  if (before.sentence !== t.sentence || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  const next = ctx.doc.tokens[trigger + 1];
  if (next === undefined || next.sentence !== t.sentence) return true;
  // (a count is the object: "killed at least 75 people")
  const after = ctx.doc.tokens[trigger + 2];
  if (next.lower === 'at' && (after?.lower === 'least' || after?.lower === 'most')) return false;
  return AFTER_ELIDED.has(next.lower);
}

/** Verbs of staying, before a passive participle ("remains detained", "stayed closed"). */
const STAYING = new Set(['remain', 'stay']);
/** Forms of "be" before a passive participle ("were killed", "are held"). */
const BE_PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'being']);
/** Verbs of asking, urging, appealing and other acts of speech: acts of a speaker, never of a thing. */
const ASKING = new Set(['ask', 'urge', 'call', 'appeal', 'demand', 'request', 'invite', 'implore', 'beg', 'press', 'petition',
  // (and other acts of speech: "said the veto sent a dangerous message and accused the council of failing Gaza")
  'accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce', 'thank', 'praise', 'welcome', 'warn', 'vow', 'pledge', 'promise', 'threaten']);

/**
 * "Hamas said Israel had overturned the agreement and called on mediators to act": a simple past after
 * "and" does not continue a reported past perfect ("had overturned") or conditional ("would not be
 * intimidated"); it continues the reporting verb of its tense ("said"). The reporting verb's index when so,
 * else `verb`.
 */
function reportingInstead(ctx: DocContext, s: number, verb: number, conj: number, trigger: number): number {
  // (a quotation mark may open the quoted words: 'had "turned the page" and thanked')
  let h = verb - 1 >= s && QUOTES.has(tok(ctx, verb - 1).text) ? verb - 2 : verb - 1;
  // (so does a modal's verb group: "said Venezuela would not be intimidated and ordered ...")
  while (h > s && !REPORTED_AUX.has(tok(ctx, h).lower) && (tok(ctx, h).pos === 'AUX' || tok(ctx, h).pos === 'PART' || tok(ctx, h).lower === 'not')) h--;
  // ("said the strikes amounted to executions and asked the UN to intervene": a thing that is the reported
  // clause's subject asks nothing; a verb of asking after "and" continues the reporting verb)
  // ("Pakistan said 31 civilians were killed and claimed to have shot down five jets": so does a verb of saying or
  // asking after a reported passive, whose subject was acted upon)
  // ("said dozens of prisoners were still held in Baku and urged their release": adverbs inside the passive)
  let be = verb - 1;
  while (be > s && tok(ctx, be).pos === 'ADV') be--;
  if (conj === trigger - 1 && (ASKING.has(tok(ctx, trigger).lemma) || REPORTING.has(tok(ctx, trigger).lemma))
    && (tok(ctx, verb).lower.endsWith('ed') || tok(ctx, verb).lower.endsWith('en') || tok(ctx, verb).lower !== tok(ctx, verb).lemma) && be >= s && BE_PASSIVE.has(tok(ctx, be).lower)) {
    for (let k = be - 1; k >= s; k--) {
      const r = tok(ctx, k);
      if (r.pos === 'VERB' && REPORTING.has(r.lemma) && !r.lower.endsWith('ing')) return k;
      if (r.text === ',' || r.pos === 'VERB' || r.pos === 'AUX' || r.pos === 'CCONJ') break;
    }
  }
  if (conj === trigger - 1 && ASKING.has(tok(ctx, trigger).lemma) && h >= s && tok(ctx, h).pos === 'NOUN' && mentionAt(ctx, h) < 0) {
    let k = h;
    while (k > s && (tok(ctx, k - 1).pos === 'NOUN' || tok(ctx, k - 1).pos === 'ADJ') && mentionAt(ctx, k - 1) < 0) k--;
    if (k > s && tok(ctx, k - 1).pos === 'DET') k--;
    const r = k - 1 >= s ? tok(ctx, k - 1) : null;
    if (r && r.pos === 'VERB' && REPORTING.has(r.lemma) && !r.lower.endsWith('ing')) return k - 1;
  }
  if (h < s || !REPORTED_AUX.has(tok(ctx, h).lower) || conj !== trigger - 1) return verb;
  // ("said Eritrean soldiers had crossed into Tigray and abducted civilians": an act of force after "and" is the
  // second participle of the reported "had", not the reporter's deed)
  if (tok(ctx, h).lower === 'had' && forceAct(ctx, trigger)) return verb;
  for (let k = h - 1; k >= s; k--) {
    const r = tok(ctx, k);
    if (r.pos === 'VERB' && REPORTING.has(r.lemma) && !r.lower.endsWith('ing')) return k;
    // (a conjunction inside the reported subject — "said X and Y had ..." — is no clause boundary)
    if (r.text === ',' || (r.pos === 'CCONJ' && !(k > s && mentionAt(ctx, k - 1) >= 0 && mentionAt(ctx, k + 1) >= 0))) break;
  }
  return verb;
}

/** The actor opening an if/unless clause after `from` in the clause (titles and determiners before it). */
function conditionSubject(ctx: DocContext, from: number, hi: number): number[] {
  for (let i = from; i < hi; i++) {
    const t = tok(ctx, i);
    // (a condition inside a relative clause is that clause's: "Sharon, who vowed not to return it if elected")
    if (WH_RELATIVES.has(t.lower) || t.text === ';') return [];
    if (t.lower !== 'if' && t.lower !== 'unless') continue;
    for (let j = i + 1; j < hi && j <= i + 5; j++) {
      const mi = mentionAt(ctx, j);
      if (mi >= 0) return isMedia(ctx.doc.actors[mi] as ActorMention) ? [] : compound(ctx, mi, 1, j, hi);
      if (!NP_WORD_TAGS.has(tok(ctx, j).pos)) return [];
    }
    return [];
  }
  return [];
}

/** Only auxiliaries, adverbs and particles in [from, to). */
/** Nouns of those who trade, ship or smuggle: a participle after one tells its act ("companies shipping oil"). */
const CARRIERS = new Set(['company', 'firm', 'entity', 'business', 'vessel', 'ship', 'tanker', 'network', 'bank', 'trader', 'supplier',
  'exporter', 'importer', 'smuggler', 'broker', 'middleman', 'intermediary', 'operator', 'carrier', 'airline', 'individual', 'facilitator']);

/** Verbs an outlet uses in its own voice (editorials, commentaries): judging, urging, warning, threatening. */
const OWN_VOICE = new Set(['accuse', 'criticize', 'criticise', 'condemn', 'denounce', 'slam', 'blast', 'lambaste', 'decry', 'castigate',
  'rebuke', 'berate', 'mock', 'ridicule', 'deride', 'blame', 'warn', 'urge', 'praise', 'hail', 'applaud', 'threaten', 'demand', 'dismiss']);

function onlyAuxBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!AUX_TAGS.has(tok(ctx, i).pos)) return false;
  return true;
}

/** A comma segment opening with a past participle and no auxiliary: "the deal, brokered by X and Y, was". */
function reducedRelative(ctx: DocContext, s: number, e: number): boolean {
  const t = tok(ctx, s);
  return t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && !hasFiniteVerb(ctx, s + 1, e);
}

/**
 * "Katz, addressing the Houthis in Yemen, warned", "Araghchi, speaking with his British, French and German
 * counterparts, warned": a present participle set off by commas between an actor and the verb group right after
 * the second comma hangs on that actor, its subject; whom the participle addresses is none (its own commas
 * may list adjectives). -1 when there is no such aside.
 */
function participleAside(ctx: DocContext, trigger: number, lo: number): number {
  let c2 = trigger - 1;
  while (c2 > lo && (tok(ctx, c2).pos === 'AUX' || tok(ctx, c2).pos === 'ADV')) c2--;
  if (c2 <= lo || tok(ctx, c2).text !== ',') return -1;
  for (let c1 = c2 - 2, n = 0; c1 > lo && n < 16; c1--, n++) {
    const t = tok(ctx, c1);
    // (a participle after a noun inside the aside modifies it: "speaking at a ceremony attended by leaders from X, Y and Z")
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !(t.lower.endsWith('ed') && tok(ctx, c1 - 1).pos === 'NOUN'))) return -1;
    if (t.text !== ',') continue;
    const v = tok(ctx, c1 + 1);
    if (!(v.pos === 'VERB' && v.lower.endsWith('ing')) || v.lower === 'including') continue;
    const mi = mentionAt(ctx, c1 - 1);
    return mi >= 0 && !isMedia(ctx.doc.actors[mi] as ActorMention) ? mi : -1;
  }
  return -1;
}

/** A relative pronoun opening an object relative clause: "whom X blamed", "which X rejected". */
function objectRelative(ctx: DocContext, s: number, e: number): boolean {
  const t = tok(ctx, s);
  if (t.lower === 'whom') return true;
  if (t.lower !== 'which' && t.lower !== 'that') return false;
  const n = s + 1 < e ? tok(ctx, s + 1) : null;
  return !!n && (mentionAt(ctx, s + 1) >= 0 || NP_START_TAGS.has(n.pos));
}

/** Nouns of documents that demand, call for or propose ("a memorandum demanding", "a letter calling for"). */
const DOCUMENTS = new Set(['memorandum', 'letter', 'note', 'statement', 'resolution', 'document', 'message', 'declaration', 'communique',
  'communiqué', 'draft', 'text']);

/** The first finite verb of [s, e) (not a participle used as a modifier), or -1. */
function firstFiniteVerb(ctx: DocContext, s: number, e: number): number {
  for (let i = s; i < e; i++) {
    const t = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !modifierVerb(ctx, i, e))) return i;
  }
  return -1;
}

/**
 * A comma segment that is an apposition to the actor ending the segment before it ("Gondor, a close
 * partner of Arnor since the war, has refused"): no verb, not a list, opens with a determiner or modifier and
 * has a head noun of its own outside actor mentions.
 */
function apposition(ctx: DocContext, s: number, e: number, hasLeft: boolean, ls: number, le: number): boolean {
  if (!hasLeft || le <= ls || mentionAt(ctx, le - 1) < 0 || s >= e) return false;
  // (", Ethiopia's rival,", ", Russia's closest ally,": a possessor opening the apposition)
  let from = s;
  const pm = mentionAt(ctx, s);
  if (pm >= 0) {
    const pe = (ctx.mentionTokens[pm] as [number, number])[1];
    if (pe + 1 >= e || !POSSESSIVE_S.has(tok(ctx, pe).text) || mentionAt(ctx, pe + 1) >= 0) return false;
    from = pe + 1;
  } else if (!DET_ADJ_NUM.has(tok(ctx, s).pos)) return false;
  // (what follows a possessive is its noun, whatever the tagger read it as: "Ethiopia's rival")
  let head = from > s;
  let headAt = -1;
  for (let i = from; i < e; i++) {
    const t = tok(ctx, i);
    // (", a militia the government says is allied with Y,": a reduced object relative with a verb of saying
    // after the head noun is part of the apposition)
    if (t.pos === 'VERB' && headAt >= 0 && REPORTING.has(t.lemma) && saidBy(ctx, headAt + 1, i)) return true;
    if (t.pos === 'CCONJ' || t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PRON') return false;
    if (t.pos === 'NOUN' && mentionAt(ctx, i) < 0) head = true;
    // (the head noun may be an agent noun: ", a militia the government says ...")
    if (t.pos === 'NOUN' && headAt < 0) headAt = i;
  }
  return head;
}

/** The tokens [from, to) are a speaker: one actor mention, or "the" + a noun ("the government", "officials"). */
function saidBy(ctx: DocContext, from: number, to: number): boolean {
  if (from >= to || to - from > 4) return false;
  const mi = mentionAt(ctx, from);
  if (mi >= 0) return (ctx.mentionTokens[mi] as [number, number])[1] === to;
  return to - from <= 2 && tok(ctx, to - 1).pos === 'NOUN' && (to - from === 1 || tok(ctx, from).pos === 'DET');
}

/** The subject: nearest eligible actor left of `trigger`, with its compound. */
/**
 * The finite verb at `trigger` has its own subject, a common noun phrase that is no actor, right after a
 * verb of saying ("said the strikes killed", "says that the shelling hit"): the start of that phrase, or
 * null.
 */
function reportedSubject(ctx: DocContext, trigger: number, lo: number): { start: number } | null {
  const trig = tok(ctx, trigger);
  if (trig.pos !== 'VERB' || trig.lower.endsWith('ing') || trigger - 1 <= lo) return null;
  let j = trigger - 1;
  while (j > lo && tok(ctx, j).pos === 'AUX') j--;
  const np = nounPhraseBefore(ctx, j + 1, lo);
  if (np.mention >= 0 || !np.noun || np.start - 1 < lo) return null;
  let v = np.start - 1;
  if (tok(ctx, v).lower === 'that' && v - 1 >= lo) v--;
  const verb = tok(ctx, v);
  // (not the participle of a hyphened modifier: "a Taliban-claimed car bomb struck")
  const hyphened = v - 1 >= 0 && tok(ctx, v - 1).text === '-';
  return verb.pos === 'VERB' && REPORTING.has(verb.lemma) && !verb.lower.endsWith('ing') && !hyphened ? { start: np.start } : null;
}

/** Verbs of standing behind a truce that is others': guaranteeing, monitoring, overseeing, enforcing it. */
const GUARANTEEING = new Set(['guarantee', 'monitor', 'oversee', 'supervise', 'enforce', 'safeguard', 'underwrite', 'police', 'verify']);

/** A verb of guaranteeing governs the truce noun at `trigger` (its determiners and modifiers between). */
function guaranteedBefore(ctx: DocContext, trigger: number, lo: number): boolean {
  for (let i = trigger - 1; i >= lo && i >= trigger - 5; i--) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' || (t.pos === 'NOUN' && t.lower.endsWith('ing'))) return GUARANTEEING.has(t.lemma) || GUARANTEEING.has(t.lower.replace(/ing$/, ''));
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PART' || t.lower === "'s")) return false;
  }
  return false;
}

/** Participles of heading a body: "the delegations, led by X and Y," act through X and Y. */
const LEADING = new Set(['led', 'headed', 'chaired']);

/**
 * "A Red Cross convoy was ambushed on Monday, killing two drivers": an -ing participle right after a comma that follows a
 * passive clause with no "by" agent is the unnamed doer's act — the passive's subject suffered it and did not do it.
 */
function afterAgentlessPassive(ctx: DocContext, trigger: number, sentStart: number): boolean {
  if (trigger - 3 < sentStart || !tok(ctx, trigger).lower.endsWith('ing') || tok(ctx, trigger - 1).text !== ',') return false;
  for (let i = trigger - 2; i > sentStart; i--) {
    const t = tok(ctx, i);
    if (t.lower === 'by' || t.text === ',' || t.text === ';') return false;
    if (t.pos !== 'VERB') continue;
    let a = i - 1;
    while (a > sentStart && tok(ctx, a).pos === 'ADV') a--;
    const aux = tok(ctx, a);
    return aux.lemma === 'be' && aux.lower !== 'being' && !t.lower.endsWith('ing') && t.lemma !== t.lower;
  }
  return false;
}

/** Participles charging the noun before them with an act ("a man convicted of collaborating", "found guilty of spying"). */
const CHARGED = new Set(['convicted', 'accused', 'suspected', 'charged', 'guilty']);

/**
 * "Iran executed a man convicted of collaborating with Mossad": an -ing act after "<noun> convicted/accused/found guilty of"
 * is that noun's — its actor mention when it is one, else nobody (-1); null when the trigger is in no such phrase.
 */
function chargedWith(ctx: DocContext, trigger: number, sentStart: number): number | null {
  if (trigger - 3 < sentStart || !tok(ctx, trigger).lower.endsWith('ing') || tok(ctx, trigger - 1).lower !== 'of' || !CHARGED.has(tok(ctx, trigger - 2).lower)) return null;
  let n = trigger - 3;
  if (tok(ctx, trigger - 2).lower === 'guilty' && tok(ctx, n).lower === 'found') n--;
  if (n < sentStart) return null;
  const t = tok(ctx, n);
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'PRON') return null;
  return mentionAt(ctx, n);
}

export function findSubject(ctx: DocContext, trigger: number, sentStart: number, locative = false, depth = 0): number[] {
  if (afterAgentlessPassive(ctx, trigger, sentStart)) return [];
  const charged = chargedWith(ctx, trigger, sentStart);
  if (charged !== null) return charged >= 0 ? [charged] : [];
  const lo = clauseStart(ctx, trigger, sentStart);
  // "a spokesman for X", "troops from X": used only when no better subject is found
  let fallback = -1;
  let byAgent = -1;
  // the comma segments of [lo, trigger), right to left: the current one [s, e), and the one left of it
  // [ls, le) (none when s is lo)
  let e = trigger;
  let s = segmentStart(ctx, lo, e);
  const trig = tok(ctx, trigger);
  // (a perfect infinitive too: "claimed to have shot down five jets")
  const perfectInf = trigger - 2 > lo && tok(ctx, trigger - 1).lower === 'have' && tok(ctx, trigger - 2).lower === 'to';
  const infinitive = (trigger > lo && tok(ctx, trigger - 1).lower === 'to' && tok(ctx, trigger - 1).pos === 'PART') || perfectInf;
  // the segment right of the current one was skipped as an interruption (relative clause, apposition,
  // prepositional phrase), or opens a subject relative ("Y, who attacked"): the actor ending the
  // current segment is then the subject, not an object of its verb
  let interrupted = false;
  // the trigger opens its comma segment after "and"/"but" with no subject of its own (", and warned Y"):
  // a relative clause or apposition before that comma hangs on an object of the first clause
  // ("X expelled the ships, which it accused of intruding, and warned Y"), so it is skipped, not
  // taken for the subject's interruption
  let elided = false;
  // "a ceasefire that ended a year of fighting": a relative pronoun right before the verb group has the
  // noun phrase before it for subject — an actor, or a subject that is none
  // ("said the army would investigate who launched the rockets": the subject of an embedded question is unknown)
  if (embeddedQuestion(ctx, trigger, lo)) return [];
  // ("banned imports over Nairobi's hosting of the RSF"): a gerund after a possessor is the possessor's act — an actor's,
  // or, when no actor is named there, nobody's known, never the clause subject's
  if (trig.lower.endsWith('ing') && trigger - 2 >= lo && POSSESSIVE_S.has(tok(ctx, trigger - 1).text) && mentionAt(ctx, trigger - 2) < 0) return [];
  // ('"Hamas must disarm," government spokesman David Mencer said': the speaker of a quotation is after its closing
  // mark; no actor named inside the quotation is the verb of saying's subject)
  if (REPORTING.has(trig.lemma)) {
    const closed = closingQuoteBefore(ctx, trigger, lo);
    if (closed >= 0) return closed + 1 < trigger ? findSubject(ctx, trigger, closed + 1, locative, depth).filter((m) => mentionStart(ctx, m) > closed) : [];
  }
  // ("Two civilians were killed in shelling", "three soldiers died in a drone attack": the victims of a casualty
  // verb are not the doers of the act named after it)
  if (victimsBefore(ctx, trigger, lo)) return [];
  // ("called on all parties to exercise restraint and protect civilians": a later conjunct of an appeal's infinitive has
  // the first one's subject, the addressee — or none — never the one appealing)
  const first = depth < 2 ? appealConjunctOf(ctx, trigger) : -1;
  if (first >= 0) return findSubject(ctx, first, sentStart, locative, depth + 1);
  const rel = relativeSubject(ctx, trigger, lo);
  if (rel.mention >= 0 && !isMedia(ctx.doc.actors[rel.mention] as ActorMention)) return compound(ctx, rel.mention, -1, lo, trigger);
  if (rel.noun) return [];
  // ("Israel said Hamas was responsible and vowed to retaliate": the infinitive of a verb of the subject's own
  // will has that verb's subject)
  const ctl = perfectInf ? trigger - 3 : trigger - 2;
  // ("Seoul's offer to provide flood relief", "Hamas's refusal to disarm", "Iran's decision to enrich"): the infinitive of a
  // noun of intent with a possessor is the possessor's
  if (infinitive && !perfectInf && ctl - 2 >= lo && tok(ctx, ctl).pos === 'NOUN' && INTENT_NOUNS.has(tok(ctx, ctl).lemma)
    && (tok(ctx, ctl - 1).lower === "'s" || tok(ctx, ctl - 1).lower === '’s')) {
    const owner = mentionAt(ctx, ctl - 2);
    if (owner >= 0 && !isMedia(ctx.doc.actors[owner] as ActorMention)) return [owner];
  }
  // ("urged all parties to stop fighting", "prompting the bank to suspend operations": the infinitive of an appeal
  // or a cause is its addressee's, and an addressee no actor names leaves it with none — never the one appealing)
  if (infinitive && ctl >= lo && unnamedAddressee(ctx, ctl, lo)) return [];
  // ("reopened a crossing for relief convoys to enter Afghanistan": the noun phrase of a "for ... to" clause is its
  // infinitive's subject, an actor or none)
  if (infinitive && !perfectInf) {
    const np = nounPhraseBefore(ctx, trigger - 1, lo);
    // (not a noun the infinitive completes: "searching for a way to end the standoff", "for ways to end the war")
    const head = tok(ctx, trigger - 2);
    if (np.start < trigger - 1 && np.start - 1 >= lo && tok(ctx, np.start - 1).lower === 'for'
      && (np.mention >= 0 || (head.pos === 'NOUN' && head.lower.endsWith('s') && !COMPLEMENT_PLURALS.has(head.lower)))) return np.mention >= 0 ? [np.mention] : [];
  }
  // ("said he was looking forward to visiting Japan"): a gerund after "look forward to" is the looker's act
  if (depth < 2 && ctl - 1 >= lo && tok(ctx, trigger - 1).lower === 'to' && trig.lower.endsWith('ing') && tok(ctx, ctl).lower === 'forward'
    && tok(ctx, ctl - 1).lemma === 'look') {
    const own = findSubject(ctx, ctl - 1, sentStart, locative, depth + 1);
    if (own.length) return own;
  }
  if (infinitive && depth < 2 && ctl >= lo) {
    const v = tok(ctx, ctl);
    if (v.pos === 'VERB' && SUBJECT_CONTROL.has(v.lemma) && !v.lower.endsWith('ing')) {
      const own = findSubject(ctx, ctl, sentStart, locative, depth + 1);
      if (own.length) return own;
    }
  }
  // "The Taliban said the strikes killed three people": a reported clause opening with a noun phrase that is
  // no actor has that subject; the reporter is not it
  const rep = reportedSubject(ctx, trigger, lo);
  if (rep) return [];
  const aside = participleAside(ctx, trigger, lo);
  if (aside >= 0) return compound(ctx, aside, -1, lo, trigger);
  // ("Gunmen stormed a factory, India said, condemning the attack"): a participle right after a speaker's tag is the speaker's
  const tagged = speakerTagBefore(ctx, trigger, lo);
  if (tagged >= 0) return compound(ctx, tagged, -1, lo, trigger);
  // "arrested three men for attacking a police station": the -ing after "for" is the object's act (an
  // actor object is found below; an object that is no actor leaves no subject)
  if (trig.lower.endsWith('ing') && trigger - 1 > lo && tok(ctx, trigger - 1).lower === 'for') {
    const np = nounPhraseBefore(ctx, trigger - 1, lo);
    if (np.mention < 0 && np.noun && np.start - 1 >= lo && tok(ctx, np.start - 1).pos === 'VERB') return [];
  }
  // ("sanctioned three companies shipping Iranian oil to China", "firms supplying drones to Russia"): a participle right
  // after a noun of traders or carriers modifies that noun, whose act it tells; not the clause's subject's
  if (trig.pos === 'VERB' && trig.lower.endsWith('ing') && trigger - 1 > lo && tok(ctx, trigger - 1).pos === 'NOUN'
    && mentionAt(ctx, trigger - 1) < 0 && CARRIERS.has(tok(ctx, trigger - 1).lemma)) {
    const np = nounPhraseBefore(ctx, trigger, lo);
    return np.mention >= 0 && !isMedia(ctx.doc.actors[np.mention] as ActorMention) ? [np.mention] : [];
  }
  for (let k = 0; ; k++, e = s - 1, s = segmentStart(ctx, lo, e)) {
    if (e < lo) break;
    const hasLeft = s > lo;
    const le = s - 1;
    const ls = hasLeft ? segmentStart(ctx, lo, le) : 0;
    if (k > 0 && s < e && (REL.has(tok(ctx, s).lower) || reducedRelative(ctx, s, e)
      || (tok(ctx, s).pos === 'ADP' && tok(ctx, s).lower !== 'of' && !hasFiniteVerb(ctx, s, e)) || apposition(ctx, s, e, hasLeft, ls, le))) {
      // the interruption hangs on the noun phrase before it: an actor there is the subject; a
      // common noun there ("the deal, brokered by X, was") is a subject that is no actor
      if (elided) continue;
      const np = hasLeft ? nounPhraseBefore(ctx, le, ls) : NO_PHRASE;
      if (np.mention >= 0 && !isMedia(ctx.doc.actors[np.mention] as ActorMention)) return compound(ctx, np.mention, -1, lo, trigger);
      // ("The border commissions, led by Deputy Prime Ministers X and Y, agreed": a body no list holds acts through
      // those named as leading it)
      if (np.noun && LEADING.has(tok(ctx, s).lower) && tok(ctx, s + 1).lower === 'by' && mentionAt(ctx, s + 2) >= 0) {
        const m = ctx.doc.actors[mentionAt(ctx, s + 2)] as ActorMention;
        if (!isMedia(m)) return compound(ctx, mentionAt(ctx, s + 2), 1, s + 2, e);
      }
      if (np.noun) break;
      interrupted = true;
      continue;
    }
    if (k === 0) elided = elidedSubject(ctx, s, trigger);
    const objectRel = k === 0 && s < e && objectRelative(ctx, s, trigger);
    // a whole clause before the comma ("X rejected Y's plan, and said ..."): its actors after its
    // verb are objects there, the subject of an elided-subject clause is its own subject
    const verb = k > 0 && !interrupted ? firstFiniteVerb(ctx, s, e) : -1;
    // "X killed Y and wounded Z": a verb coordinated without a subject of its own shares the first
    // verb's subject (when it has one); the actors between are that verb's objects
    if (k === 0 && depth < 2) {
      const first = coordinatedWith(ctx, s, trigger);
      const shared = first >= 0 ? findSubject(ctx, first, sentStart, locative, depth + 1) : [];
      if (shared.length) return shared;
      // "a bombing killed two soldiers and wounded five": the first verb's subject is no actor; the
      // actors between the two verbs are its objects, never this verb's subject
      if (first >= 0) return [];
    }
    // "as the opposition threatened", "after Y's army attacked": the noun phrase opening a subordinate
    // clause right before its finite verb is its subject, actor or not
    // ("North Korea fired a missile as Blinken was visiting Seoul": the actor between a subordinator and the progressive's
    // auxiliary is the subject of the -ing verb)
    if (k === 0 && trig.lower.endsWith('ing') && trig.pos === 'VERB') {
      let a = trigger - 1;
      while (a > s && tok(ctx, a).pos === 'ADV') a--;
      const mi = a - 1 >= s && PROGRESSIVE_AUX.has(tok(ctx, a).lower) ? mentionAt(ctx, a - 1) : -1;
      if (mi >= 0) {
        const [ms] = ctx.mentionTokens[mi] as [number, number];
        let b = ms - 1;
        if (b >= s && tok(ctx, b).pos === 'DET') b--;
        if (b >= s && SUBORD.has(tok(ctx, b).lower) && !isMedia(ctx.doc.actors[mi] as ActorMention)) return compound(ctx, mi, -1, lo, trigger);
      }
    }
    if (k === 0) {
      const own = ownSubject(ctx, s, trigger);
      if (own.noun && own.start > s && SUBORD.has(tok(ctx, own.start - 1).lower)) {
        if (own.mention >= 0 && !isMedia(ctx.doc.actors[own.mention] as ActorMention)) return compound(ctx, own.mention, -1, lo, trigger);
        break;
      }
    }
    const subjectRel = k === 0 && s < e && SUBJECT_RELATIVES.has(tok(ctx, s).lower) && !objectRel;
    interrupted = subjectRel;
    for (let i = e - 1; i >= s; i--) {
      const mi = mentionAt(ctx, i);
      if (mi < 0) continue;
      const m = ctx.doc.actors[mi] as ActorMention;
      const [ms] = ctx.mentionTokens[mi] as [number, number];
      // "in the Ivory Coast", "to its ministry": the preposition governing a mention is before its determiner
      // ("in southern Lebanon": and before a compass adjective of a country's name)
      let bi = ms - 1 >= s && (tok(ctx, ms - 1).lower === 'the' || POSSESSIVE_DET.has(tok(ctx, ms - 1).lower)) ? ms - 2 : ms - 1;
      if (bi - 1 >= s && m.kind === 'country' && COMPASS.has(tok(ctx, bi).lower) && tok(ctx, bi - 1).pos === 'ADP') bi--;
      // ("troops backed by clan militias recaptured": a noun of another mention modifying this one, after the preposition)
      if (bi - 1 >= s && tok(ctx, bi).pos === 'NOUN' && mentionAt(ctx, bi) >= 0 && mentionAt(ctx, bi) !== mi && tok(ctx, bi - 1).lower === 'by') bi--;
      const before = bi >= s ? tok(ctx, bi) : null;
      const [, me] = ctx.mentionTokens[mi] as [number, number];
      if (verb >= 0 && ms > verb) { i = ms; continue; }
      // ("Rebels holding ten Malian soldiers hostage demanded": the object of a participle modifying the subject before it
      // is no subject; that subject is)
      if (participleObject(ctx, ms, s)) { i = ms; continue; }
      // ("condemned the move by Britain to send troops", "a decision by Washington to impose sanctions": the agent
      // after "by" of a noun taking its own infinitive is that infinitive's subject)
      if (infinitive && before?.lower === 'by' && bi - 1 >= s && tok(ctx, bi - 1).pos === 'NOUN' && INF_NOUNS.has(tok(ctx, bi - 1).lemma)
        && me === (perfectInf ? trigger - 2 : trigger - 1) && !isMedia(m)) return compound(ctx, mi, -1, lo, trigger);
      // ("sanctioned Petro, his wife and his son, accusing them": a possessive pronoun before a noun that names no
      // actor only determines it; the noun phrase is no actor subject)
      // (but "His office condemned", "her spokesman said": those who act for the owner act as the owner)
      if (me === ms + 1 && POSSESSIVES.has(tok(ctx, ms).lower) && me < e && tok(ctx, me).pos === 'NOUN' && mentionAt(ctx, me) < 0 && !ACTING_FOR.has(tok(ctx, me).lower)) { i = ms; continue; }
      // "called on Y to withdraw", "appealed to Y to ...": the addressee of a control verb
      // "waited for the army to investigate", "approval for X to deliver aid": "for X to" opens an
      // infinitive clause with X its subject
      const forTo = !!before && before.lower === 'for' && me < trigger && tok(ctx, me).lower === 'to' && tok(ctx, me).pos === 'PART';
      const addressee = forTo || (infinitive && before && bi - 1 >= s && ADDRESS_PREPS.has(before.lower) && CONTROL.has(tok(ctx, bi - 1).lemma));
      // "in Y" / "with Y" is not a subject — unless Y directly precedes a participle ("with Y posting")
      // or the verb of a subordinate clause ("after Y attacked"); "officials in Y said" only when
      // nothing better is found
      // ("after the court ordered a release": a subordinate clause's subject before its own finite verb)
      // (not the one written or sent to: "sent a letter to Trump proposing talks", "wrote to Maduro urging restraint")
      const adjacent = (me === trigger && ((trig.lower.endsWith('ing') && before?.lower !== 'to') || (before && SUBORD.has(before.lower))))
        || (!!before && SUBORD.has(before.lower) && me < trigger && finiteVerbAt(ctx, me, trigger));
      const governed = before && before.pos === 'ADP' && (before.lower !== 'of' || ofPhrase(ctx, bi, s)) && !adjacent && !addressee;
      // "a spokesman for X", "troops from X"; for untargeted events also "workers in X"
      // ("opposition groups in X are demanding": "in X" right before the verb group)
      if (governed && fallback < 0 && (before.lower === 'for' || before.lower === 'from' || (!infinitive && onlyAuxBetween(ctx, me, trigger))
        || (locative && AREA_PREPS.has(before.lower))) && !isMedia(m)) fallback = mi;
      // "the missiles fired by the X army struck": the agent of a participle modifying the subject
      if (governed && before.lower === 'by' && byAgent < 0 && bi > s && tok(ctx, bi - 1).pos === 'VERB' && !isMedia(m)) byAgent = mi;
      // ("a U.S.-brokered plan to end the war": the go-between of a modifier does not do what the plan would)
      // ("two explosions at an M23 rally killed": an actor modifying the noun of a place phrase is no subject)
      // ("Kayhan accused the IAEA chief", "the Global Times warned Tokyo": an outlet that is the subject of a verb of
      // judging, urging or warning speaks in its own voice; "CNN reported" stays a source of the report, no party)
      if (isMedia(m) && !governed && OWN_VOICE.has(trig.lemma) && onlyAuxBetween(ctx, me, trigger)) return compound(ctx, mi, -1, lo, trigger);
      if (isMedia(m) || governed || hyphenModifier(ctx, mi) || goBetweenModifier(ctx, mi) || modifierMention(ctx, mi, LOCATIVE_P)) { i = ms; continue; }
      // a subject known by its sector alone ("the missiles") yields to that agent
      if (byAgent >= 0 && m.kind === 'agent' && m.code.length === 3) return compound(ctx, byAgent, -1, lo, trigger);
      // "summoned X's envoy to complain": the object of a verb that does not pass it the infinitive
      if (infinitive && k === 0 && depth < 2) {
        const v = governingVerb(ctx, s, ms, me, trigger - 1);
        if (v >= 0 && !passesObject(ctx, v)) return findSubject(ctx, v, sentStart, locative, depth + 1);
      }
      // "X rejected ..., and said they would ...": the pronoun subject of a reported clause is the reporter
      if (m.how === 'coreference' && depth < 2) {
        const reporter = reporterOf(ctx, ms, s, sentStart, locative, depth + 1);
        if (reporter.length) return reporter;
      }
      // "the Kurds of northern Gondor demanded": the people named before "of" are the subject, the
      // place after it only says which of them (a people of another country's name living there —
      // "the Rohirrim of Gondor" — are coded as the place's people: the place stays)
      const people = headOfPlace(ctx, ms, s);
      if (people >= 0 && countryOf((ctx.doc.actors[people] as ActorMention).code) === countryOf(m.code)) return compound(ctx, people, -1, lo, trigger);
      // "the Turkish and Greek sides of Cyprus": the actor modifying the head noun before "of"
      if (before && before.lower === 'of') {
        const head = modifierOfHead(ctx, ms - 1, s);
        if (head >= 0) return compound(ctx, head, -1, lo, trigger);
      }
      return compound(ctx, mi, -1, lo, trigger);
    }
    // an object relative or a finite subordinate clause ("as authorities in Y cracked down") has its
    // subject inside; a participle or infinitive there shares the main clause's
    if (objectRel) break;
    if (k === 0 && ownSubject(ctx, s, trigger).noun) break;
    // "Y, who attacked": the noun phrase before the comma, actor or not
    if (subjectRel && hasLeft) {
      const np = nounPhraseBefore(ctx, le, ls);
      if (np.mention >= 0 && !isMedia(ctx.doc.actors[np.mention] as ActorMention)) return compound(ctx, np.mention, -1, lo, trigger);
      if (np.noun) break;
    }
    if (k === 0 && s < e && SUBORD.has(tok(ctx, s).lower) && !trig.lower.endsWith('ing') && !infinitive) break;
  }
  return fallback >= 0 ? [fallback] : [];
}

/** Those who act for the one a possessive names: "his office", "her spokesman", "its ministry". */
const ACTING_FOR = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'aides', 'aide', 'administration', 'government', 'cabinet',
  'ministry', 'envoy', 'envoys', 'team', 'camp', 'representative', 'representatives', 'delegation', 'negotiators', 'spokesmen']);

/** Nouns that take an infinitive of their own ("a US offer to host", "Y's bid to join"). */
const INF_NOUNS = new Set(['offer', 'request', 'plan', 'proposal', 'call', 'bid', 'attempt', 'effort', 'decision', 'invitation', 'demand',
  'appeal', 'promise', 'pledge', 'threat', 'ultimatum', 'order', 'move', 'agreement', 'deal', 'refusal', 'readiness', 'willingness', 'right',
  'permission', 'chance', 'opportunity', 'mandate', 'push', 'drive', 'campaign', 'initiative', 'plea', 'commitment', 'intention', 'failure',
  'determination', 'resolve', 'pressure', 'authority', 'power', 'license', 'licence', 'motion', 'resolution', 'vote', 'ability', 'need', 'way']);

/**
 * The finite verb whose direct object is the mention [ms, me) before an infinitive's "to" at `to`: a
 * verb left of the mention in its segment, no preposition between them, no other verb and no noun
 * taking its own infinitive between the mention and "to". -1 when none.
 */
function governingVerb(ctx: DocContext, s: number, ms: number, me: number, to: number): number {
  for (let i = me; i < to; i++) {
    const t = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && INF_NOUNS.has(t.lemma))) return -1;
  }
  for (let i = ms - 1; i >= s; i--) {
    const t = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) continue;
    if (t.pos === 'VERB' && !modifierVerb(ctx, i, ms + 1)) return t.lower.endsWith('ing') ? -1 : i;
    if (t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/**
 * A finite verb at `i` (the rest of a noun phrase — "-claimed car bomb" — then auxiliaries and
 * adverbs first), before `hi`.
 */
function finiteVerbAt(ctx: DocContext, i: number, hi: number): boolean {
  for (; i < hi; i++) {
    const t = tok(ctx, i);
    if (!(NOMINAL_TAGS.has(t.pos) || t.text === '-' || (t.pos === 'VERB' && i > 0 && tok(ctx, i - 1).text === '-'))) break;
  }
  while (i < hi && (tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'AUX')) i++;
  const t = i < hi ? tok(ctx, i) : null;
  return !!t && t.pos === 'VERB' && !t.lower.endsWith('ing');
}

function hasFiniteVerb(ctx: DocContext, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
  }
  return false;
}

/** Pronoun fallback: the last non-media actor (a person for he/she/his/her) in the two previous sentences. */
function antecedent(ctx: DocContext, pronoun: Token, sentence: number, before = pronoun.index): number {
  const wantPerson = PERSON_FORMS.has(pronoun.lower);
  const first = ctx.doc.sentences[Math.max(0, sentence - 2)];
  // ("South Korea's presidential office condemned the launch as a breach of U.N. Security Council resolutions. It
  // urged Pyongyang ...": a subject pronoun opening its sentence continues the previous sentence's subject)
  const own = ctx.doc.sentences[sentence];
  const prev = sentence > 0 ? ctx.doc.sentences[sentence - 1] : undefined;
  // ("It also filed a protest", "They later said": adverbs between the pronoun and its verb)
  let verb = pronoun.index + 1;
  while (own && verb < own.tokenEnd - 1 && tok(ctx, verb).pos === 'ADV') verb++;
  if (own && prev && pronoun.index === own.tokenStart && verb < own.tokenEnd && FINITE_TAGS.has(tok(ctx, verb).pos)) {
    let i = prev.tokenStart;
    // ("On Wednesday, South Korea's defence ministry demanded ... It warned": past a fronted adverbial and its comma)
    if (tok(ctx, i).pos === 'ADP' || tok(ctx, i).pos === 'ADV') {
      for (let c = i + 1; c < prev.tokenEnd && c <= i + 6; c++) {
        const w = tok(ctx, c);
        if (w.pos === 'VERB' || w.pos === 'AUX') break;
        if (w.text === ',') { i = c + 1; break; }
      }
    }
    while (i < prev.tokenEnd && (tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'ADJ')) i++;
    const mi = i < prev.tokenEnd ? mentionAt(ctx, i) : -1;
    const m = mi >= 0 ? ctx.doc.actors[mi] as ActorMention : null;
    if (m && !isMedia(m) && (wantPerson ? m.kind === 'person' : m.kind !== 'person') && !(pronoun.lower === 'it' && pluralHead(ctx, mi))) return mi;
  }
  for (let i = before - 1; first && i >= first.tokenStart; i--) {
    const mi = mentionAt(ctx, i);
    if (mi < 0) continue;
    const m = ctx.doc.actors[mi] as ActorMention;
    if (isMedia(m)) continue;
    // ("the UN accused the RSF of killing civilians after it seized the city": "it" is no plural noun)
    if (pronoun.lower === 'it' && pluralHead(ctx, mi)) continue;
    if (wantPerson ? m.kind === 'person' : m.kind !== 'person') return mi;
  }
  return -1;
}

const FINITE_TAGS = new Set(['VERB', 'AUX']);

/** The mention `mi` ends in a plural common noun ("civilians", "the rebels", "Houthi fighters"). */
function pluralHead(ctx: DocContext, mi: number): boolean {
  const last = tok(ctx, (ctx.mentionTokens[mi] as [number, number])[1] - 1);
  return last.pos === 'NOUN' && last.lower !== last.lemma && last.lower.endsWith('s');
}

/** Nominal triggers: "X's call", "his call", "the Arnorian offer" (adjective mention right before). */
function possessor(ctx: DocContext, trigger: number, lo: number, sentence: number): number[] {
  for (let i = trigger - 1, hops = 0; i >= lo && hops < 4; i--, hops++) {
    const t = tok(ctx, i);
    if (t.lower === "'s" || t.lower === "’s" || t.lower === "'") {
      const mi = mentionAt(ctx, i - 1);
      if (mi >= 0 && !isMedia(ctx.doc.actors[mi] as ActorMention)) return compound(ctx, mi, -1, lo, trigger);
      return [];
    }
    const mi = mentionAt(ctx, i);
    if (mi >= 0) {
      if (isMedia(ctx.doc.actors[mi] as ActorMention)) return [];
      const dyad = hyphenPartner(ctx, mi, lo);
      return dyad >= 0 ? [dyad, mi] : compound(ctx, mi, -1, lo, trigger);
    }
    if (t.pos === 'PRON' && PRONOUNS.has(t.lower)) {
      const a = antecedent(ctx, t, sentence);
      return a >= 0 ? [a] : [];
    }
    // ("Houthi missile and drone attacks": nouns of the weapon joined by "and" modify the trigger together)
    if ((t.lower === 'and' || t.lower === 'or') && i > lo && tok(ctx, i - 1).pos === 'NOUN' && tok(ctx, i + 1).pos === 'NOUN') continue;
    // ("Israel's continued violations", "Russia's renewed attacks": a participle modifying the noun after a possessor)
    if (t.pos === 'VERB' && t.lower.endsWith('ed') && i - 1 >= lo && POSSESSIVE_S.has(tok(ctx, i - 1).text)) continue;
    if (!NOMINAL_TAGS.has(t.pos)) return [];
  }
  return [];
}

/**
 * "U.S.-Soviet talks", "the Arnor-Gondor truce": the actor written right before the one at `mi`, joined
 * by a hyphen with no space — the two parties of a noun. -1 when none.
 */
function hyphenPartner(ctx: DocContext, mi: number, lo: number): number {
  const ms = (ctx.mentionTokens[mi] as [number, number])[0];
  if (ms - 2 < lo) return -1;
  const h = tok(ctx, ms - 1);
  const first = tok(ctx, ms);
  const prev = tok(ctx, ms - 2);
  if (h.text !== '-' || h.start !== prev.end || first.start !== h.end) return -1;
  const other = mentionAt(ctx, ms - 2);
  if (other < 0 || other === mi || isMedia(ctx.doc.actors[other] as ActorMention)) return -1;
  return countryOf((ctx.doc.actors[other] as ActorMention).code) === countryOf((ctx.doc.actors[mi] as ActorMention).code) ? -1 : other;
}

const SUPPORT = new Set(['launch', 'carry', 'conduct', 'hold', 'declare', 'announce', 'reach', 'sign', 'agree', 'impose', 'make', 'stage',
  'mount', 'order', 'begin', 'start', 'continue', 'resume', 'observe', 'implement', 'give', 'offer', 'issue', 'deliver', 'provide', 'send',
  'unleash', 'intensify', 'escalate', 'extend', 'accept', 'propose', 'seek', 'pursue', 'undertake', 'step', 'open', 'initiate', 'lodge',
  'file', 'express', 'voice', 'have', 'enter', 'conclude', 'finalize', 'finalise', 'strike', 'commit', 'perpetrate',
  'renew', 'host', 'attend', 'join', 'complete', 'organize', 'organise', 'plan', 'threaten', 'vow', 'pledge', 'promise', 'fire', 'use', 'trigger',
  'approve', 'authorize', 'authorise', 'grant', 'allow', 'order', 'request', 'demand', 'sign', 'allocate', 'earmark', 'release', 'bring',
  'pay', 'lead', 'end', 'wrap', 'trade', 'exchange', 'swap', 'engage', 'wage', 'speed', 'accelerate', 'hasten', 'expedite',
  // ("X claimed (responsibility for) the attack": X's own, as claimed — see claims.ts)
  'claim',
  // ("did not rule out military action": the subject's own, kept open — see modality.ts ruledOut)
  'rule']);

/** SUPPORT as a lemma class, and the lemmas the lemmatizer cut one "e" short of one ("stag" for "staged"). */
const L_SUPPORT = lemmaClass(SUPPORT);
const L_SUPPORT_E = lemmaClass([...SUPPORT].filter((w) => w.endsWith('e')).map((w) => w.slice(0, -1)));

/** Verbs of answering whose "with" phrase is the subject's own act ("responded with air strikes"). */
const RESPOND_WITH = new Set(['respond', 'retaliate', 'reply', 'react', 'answer', 'counter', 'hit']);
/** Verbs of being in a state: "was in contact with", "remained in talks with", "locked in negotiations". */
const IN_STATE = new Set(['be', 'remain', 'stay', 'keep', 'lock', 'engage']);
/** Is the noun at `trigger` the head of an "in" phrase right after the verb ("in (direct and indirect) contact")? */
function inStateBefore(ctx: DocContext, from: number, trigger: number): boolean {
  let j = from;
  while (j < trigger && tok(ctx, j).pos === 'ADV') j++;
  if (j >= trigger || tok(ctx, j).lower !== 'in') return false;
  for (j++; j < trigger; j++) {
    const t = tok(ctx, j);
    if (t.pos !== 'ADJ' && t.pos !== 'CCONJ' && t.pos !== 'ADV') return false;
  }
  return true;
}

/** Support verbs that make the event mutual between the members of a group subject ("X and Y traded accusations"). */
const MUTUAL = new Set(['trade', 'exchange', 'swap']);

/** Verbs of a truce's coming into force, holding or ending, whose subject it is ("took effect", "held", "collapsed"). */
const TRUCE_STATE = new Set(['take', 'taking', 'took', 'come', 'came', 'coming', 'go', 'went', 'hold', 'held', 'holding', 'collapse', 'expire', 'lapse',
  'begin', 'began', 'start', 'end', 'break', 'broke', 'fail', 'crumble', 'remain', 'appear', 'seem']);

/** A verb or preposition in [from, to): the subject found is outside the noun's own phrase ("a Taliban-claimed car bomb" is not). */
function verbOrPrepBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tok(ctx, i).pos === 'VERB' && tok(ctx, i - 1).text !== '-') || tok(ctx, i).pos === 'ADP') return true;
  return false;
}

/** The words from `at` (after an attack noun) are its phrase's modifiers, then a verb of hurting or hitting: the noun is its subject. */
function hurtingSubject(ctx: DocContext, at: number, hi: number): boolean {
  for (let i = at; i < hi && i < at + 8; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB') return !t.lower.endsWith('ing') && (HURT.has(t.lemma) || HITTING.has(t.lemma)) && !(i > at && tok(ctx, i - 1).lower === 'to');
    if (t.pos === 'AUX' || t.pos === 'ADV') continue;
    if (!(t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.text === '-')) return false;
  }
  return false;
}

/** The word at `at` (after a truce noun) opens its predicate: a verb of a truce's state, or an auxiliary before one. */
function truceSubject(ctx: DocContext, at: number, hi: number): boolean {
  let i = at;
  while (i < hi && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV') && i < at + 3) i++;
  if (i >= hi) return false;
  const t = tok(ctx, i);
  if (t.pos !== 'VERB') return false;
  if (t.lemma === 'take' || t.lemma === 'come' || t.lemma === 'go') return i + 1 < hi && /^(?:effect|hold|into)$/.test(tok(ctx, i + 1).lower);
  return TRUCE_STATE.has(t.lemma) || TRUCE_STATE.has(t.lower);
}

const SUBORDINATING = new Set(['since', 'after', 'before', 'when', 'because', 'until', 'once']);

/** Codes of verbal acts: statements, appeals, intents, consultations, diplomacy, demands, disapproval, rejection, threats, protest. */
const VERBAL_CODE = /^(0[1-5]|1[0-4])/;

/**
 * The trigger is an -ing participle right after a comma whose comma segment holds a subordinate clause
 * ("since a canopy collapsed in Novi Sad in November, killing 16"): that clause's finite verb, else -1.
 */
export function subordinateBeforeParticiple(ctx: DocContext, trigger: number, sentStart: number): number {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || trigger - 1 <= sentStart || tok(ctx, trigger - 1).text !== ',') return -1;
  let verb = -1;
  for (let i = trigger - 2; i >= sentStart; i--) {
    const x = tok(ctx, i);
    if (x.text === ',' || x.text === ';') return -1;
    if (x.pos === 'VERB' && !x.lower.endsWith('ing') && !(i > sentStart && tok(ctx, i - 1).lower === 'to') && ctx.doc.tokens[i + 1]?.lower !== 'by') verb = i;
    if (verb >= 0 && SUBORDINATING.has(x.lower) && x.pos !== 'ADV') return verb;
  }
  return -1;
}

/**
 * The verb of saying a past verb at `trigger`, right after "and", is coordinated with: "X said Y was preparing an attack and
 * asked Z for help" — the reported clause between them has a verb group with an auxiliary ("was preparing", "had
 * attacked", "would"), so the simple past after "and" parallels "said", not the reported verb. -1 otherwise (and for
 * "X said Y attacked villages and killed civilians", where both pasts are the reported clause's).
 */
function sayingConjunct(ctx: DocContext, trigger: number, sentStart: number): number {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || t.lower === t.lemma || trigger - 1 <= sentStart || tok(ctx, trigger - 1).lower !== 'and') return -1;
  let aux = false;
  for (let i = trigger - 2; i > sentStart; i--) {
    const b = tok(ctx, i);
    if (b.text === ',' || b.text === ';') return -1;
    // (an act of force after a reported "had ... and" is its second participle: see forceAct)
    if (b.lower === 'had' && forceAct(ctx, trigger)) return -1;
    if (b.pos === 'AUX') aux = true;
    if (b.pos === 'VERB' && REPORTING.has(b.lemma) && !b.lower.endsWith('ing') && b.lower !== b.lemma) return aux && i < trigger - 3 ? i : -1;
  }
  return -1;
}

/**
 * The verb at `trigger` has a subject of its own between it and a "that" after `from`: a plain noun phrase no actor mention
 * covers ("told the Council that the escalation threatened ..."), after auxiliaries and adverbs are read past.
 */
function nounSubjectAfterThat(ctx: DocContext, trigger: number, from: number): boolean {
  let i = trigger - 1;
  while (i > from && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  if (i <= from || tok(ctx, i).pos !== 'NOUN' || mentionAt(ctx, i) >= 0) return false;
  while (i > from && (tok(ctx, i).pos === 'NOUN' || tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'NUM') && mentionAt(ctx, i) < 0) i--;
  return i >= from && tok(ctx, i).lower === 'that';
}

/** The largest end token of the mentions (-Infinity for none, as Math.max of nothing). */
function lastEnd(ctx: DocContext, ms: readonly number[]): number {
  let last = -Infinity;
  for (let k = 0; k < ms.length; k++) { const e = (ctx.mentionTokens[ms[k] as number] as [number, number])[1]; if (e > last) last = e; }
  return last;
}

/** The smallest start token of the mentions (Infinity for none, as Math.min of nothing). */
function firstStart(ctx: DocContext, ms: readonly number[]): number {
  let first = Infinity;
  for (let k = 0; k < ms.length; k++) { const b = (ctx.mentionTokens[ms[k] as number] as [number, number])[0]; if (b < first) first = b; }
  return first;
}

/** Whether a go-between's verb ("brokered", "hosted") is among the tokens [from, to). */
function thirdPartyVerbIn(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tok(ctx, i).pos === 'VERB' && THIRD_PARTY.has(tok(ctx, i).lemma)) return true;
  return false;
}

/** Prepositions of time or cause opening an adverbial phrase ("after days of riots", "amid protests"). */
const ADVERBIAL_P = new Set(['after', 'during', 'amid', 'following', 'despite', 'before', 'since', 'until', 'because', 'over']);

/** Prepositions of a topic: "concern about", "alarm over", "a statement regarding". */
const TOPIC_P = new Set(['about', 'regarding', 'concerning']);
/** Roots of measures and words a subject does not do by naming them after an adverbial preposition. */
const MEASURE_ROOTS = /^(02|10|11|12|13|16|17)/;

/** A topic preposition among the tokens [from, to), right after a noun ("concern about"). */
function topicBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tok(ctx, i).pos === 'ADP' && TOPIC_P.has(tok(ctx, i).lower) && i > from && tok(ctx, i - 1).pos === 'NOUN') return true;
  return false;
}

/** An adverbial preposition among the tokens [from, to). */
function adverbialBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tok(ctx, i).pos === 'ADP' && ADVERBIAL_P.has(tok(ctx, i).lower)) return true;
  return false;
}

/** Is there a support verb between the subject's last token and the nominal trigger? */
/**
 * The mention names who proposed something: "a U.S. plan", "Egypt's proposal", "a proposal by X, Y and Z",
 * "the Qatari-brokered" (its country is a go-between or author, no party to what is proposed).
 */
function proposerMention(ctx: DocContext, mi: number): boolean {
  const [ms, me] = ctx.mentionTokens[mi] as [number, number];
  const toks = ctx.doc.tokens;
  let a = me;
  if (a < toks.length && POSSESSIVE_S.has(tok(ctx, a).text)) a++;
  // ("Trump's Gaza peace plan": modifiers, names and nouns among them, before the proposal's noun)
  while (a < toks.length && a < me + 4 && !PROPOSAL_N.has(tok(ctx, a).lemma) && (tok(ctx, a).pos === 'ADJ' || tok(ctx, a).pos === 'PROPN' || tok(ctx, a).pos === 'NOUN')) a++;
  if (a < toks.length && PROPOSAL_N.has(tok(ctx, a).lemma) && tok(ctx, a).pos === 'NOUN') return true;
  // "a proposal by the United States, Saudi Arabia and Egypt": the members of the list after "by"/"from";
  // so the agents of "a ceasefire proposed by X and Y"
  const k = beforeList(ctx, mi, Math.max(0, ms - 20));
  return k > 0 && (tok(ctx, k).lower === 'by' || tok(ctx, k).lower === 'from') && (PROPOSAL_N.has(tok(ctx, k - 1).lemma) || PROPOSING_V.has(tok(ctx, k - 1).lower));
}

/** Participles of putting a plan forward: their "by" agents proposed what they follow ("a truce proposed by X"). */
const PROPOSING_V = new Set(['proposed', 'drafted', 'suggested', 'offered', 'floated', 'tabled', 'backed', 'sponsored', 'supported', 'endorsed', 'guaranteed']);

/** The countries of the sentence's actor mentions (those `keep` accepts: `proposerMention` gives its proposers). */
function sentenceCountries(ctx: DocContext, sentence: number, keep?: (ctx: DocContext, mi: number) => boolean): Set<string> {
  const out = new Set<string>();
  const sent = ctx.doc.sentences[sentence];
  if (!sent) return out;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const mi = mentionAt(ctx, i);
    if (mi < 0 || (ctx.mentionTokens[mi] as [number, number])[0] !== i) continue;
    if (!keep || keep(ctx, mi)) out.add(countryOf((ctx.doc.actors[mi] as ActorMention).code));
  }
  return out;
}

const PROPOSAL_N = new Set(['proposal', 'plan', 'offer', 'initiative', 'call', 'request', 'roadmap', 'formula', 'blueprint']);
const ACCEPTING = new Set(['accept', 'approve', 'endorse', 'agree', 'embrace', 'sign']);

/**
 * The event noun at `trigger` is what a proposal accepted by the clause's subject is for: "accepted a
 * proposal by the United States, Saudi Arabia and Egypt for a three-month truce", "agreed to a U.S. plan
 * for a ceasefire". Returns the accepting verb, or -1. The proposal's own phrase may hold names, commas
 * and "and" (its proposers), but no verb.
 */
function acceptedProposal(ctx: DocContext, trigger: number, lo: number): number {
  let j = trigger - 1;
  while (j > lo && (NP_TAGS.has(tok(ctx, j).pos) || tok(ctx, j).text === '-') && mentionAt(ctx, j) < 0) j--;
  if (j <= lo || tok(ctx, j).lower !== 'for') return -1;
  for (let k = j - 1, n = 0; k >= lo && n < 25; k--, n++) {
    const t = tok(ctx, k);
    if (PROPOSAL_N.has(t.lemma) && t.pos === 'NOUN') {
      let v = k - 1;
      while (v >= lo && (NP_TAGS.has(tok(ctx, v).pos) || tok(ctx, v).lower === 'to' || POSSESSIVE_S.has(tok(ctx, v).text))) v--;
      const verb = v >= lo ? tok(ctx, v) : null;
      return verb && verb.pos === 'VERB' && ACCEPTING.has(verb.lemma) ? v : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return -1;
  }
  return -1;
}

/** Prepositions of a phrase telling by what contact a clause's act was done. */
const CONTACT_PREPS = new Set(['in', 'during', 'over', 'at', 'on']);

/**
 * The contact noun is the head of an adverbial phrase of its clause ("secured Y's agreement in a phone
 * call with Z", "raised the issue during talks with Z"): the contact is the clause subject's. The phrase
 * is a preposition, modifiers and the noun, with the other party after "with". Returns the clause's
 * finite verb, or -1.
 */
function contactAdjunct(ctx: DocContext, cand: Candidate, lo: number): number {
  let j = cand.trigger - 1;
  while (j > lo && NP_TAGS.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j--;
  if (j <= lo || !CONTACT_PREPS.has(tok(ctx, j).lower)) return -1;
  let withAfter = false;
  for (let k = cand.trigger + 1; k <= cand.end && k < ctx.doc.tokens.length; k++) if (tok(ctx, k).lower === 'with') withAfter = true;
  if (!withAfter) return -1;
  // the clause's finite verb before the phrase (its object may come between: "secured Y's agreement")
  for (let k = j - 1; k >= lo; k--) {
    const t = tok(ctx, k);
    if (t.text === ',' || t.pos === 'SCONJ') return -1;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !(k > lo && tok(ctx, k - 1).lower === 'to')) return k;
  }
  return -1;
}

/** Verbs of telling or asking somebody something, in a call. */
const TELLING = new Set(['tell', 'urge', 'warn', 'assure', 'inform', 'ask', 'press', 'promise', 'thank', 'congratulate', 'brief', 'reassure']);

/**
 * "X told Y in a phone call on Thursday that ...": the call noun heads a phrase of "in"/"during" after a verb of
 * telling and its actor object, with no "with" after it: the subject and that object, or null.
 */
function callBetween(ctx: DocContext, cand: Candidate, lo: number, sentStart: number): { src: number[]; tgt: number[] } | null {
  let j = cand.trigger - 1;
  while (j > lo && NP_TAGS.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j--;
  if (j <= lo || !CONTACT_PREPS.has(tok(ctx, j).lower)) return null;
  for (let k = cand.trigger + 1; k < cand.end + 2 && k < ctx.doc.tokens.length; k++) if (tok(ctx, k).lower === 'with') return null;
  for (let k = j - 1; k >= lo; k--) {
    const t = tok(ctx, k);
    if (t.text === ',' || t.pos === 'SCONJ') return null;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing')) {
      if (!TELLING.has(t.lemma)) return null;
      const tgt = findObject(ctx, k + 1, j + 1, j + 1);
      const src = tgt.length ? findSubject(ctx, k, sentStart) : [];
      return src.length ? { src, tgt } : null;
    }
  }
  return null;
}

const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'although', 'if', 'when', 'according']);

/** A semicolon or a clause-opening word in [from, to): the noun at `to` is in another clause (a comma alone
 * may only close an apposition or a list). */
function clauseBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(ctx, k);
    if (t.text === ';' || (CLAUSE_WORDS.has(t.lower) && t.pos !== 'DET')) return true;
    // (", under the first phase of a ceasefire agreement": an adverbial phrase set off by a comma)
    if (t.text === ',' && k + 1 < to && tok(ctx, k + 1).pos === 'ADP' && tok(ctx, k + 1).lower !== 'of') return true;
  }
  return false;
}

function supportVerbBetween(ctx: DocContext, src: number[], trigger: number, protest: boolean, code?: string): boolean {
  const last = lastEnd(ctx, src);
  // the support verb is the subject's own: its first verb, or chained to it by "to" / "and"
  // ("agreed to sign a truce"), not a verb of another clause ("shot down a helicopter carrying truce monitors")
  let own = true;
  // ("X, the shadow administration formed by ousted lawmakers, had announced a pause": the verbs of an
  // apposition set off by commas right after the subject are not the subject's)
  let aside = false;
  const lemma = lexicon(ctx).lemma;
  for (let i = last; i < trigger; i++) {
    const t = tok(ctx, i);
    const prev = i > 0 ? tok(ctx, i - 1) : null;
    if (t.text === ',') {
      // (and a relative clause set off by commas: "China, which has sent rescue teams, welcomed the ceasefire")
      aside = !aside && i === last && i + 1 < trigger && (tok(ctx, i + 1).pos === 'DET' || WH_RELATIVES.has(tok(ctx, i + 1).lower));
      continue;
    }
    if (aside) continue;
    const lb = lemma[i] as number;
    // (the lemma or, for "-ed" forms the lemmatizer cut one letter short, "staged" → "stag", the lemma + e)
    // ("went on strike": "go on" only)
    const support = (lb & L_SUPPORT) !== 0 || ((lb & L_SUPPORT_E) !== 0 && t.lower.endsWith('ed'))
      || (t.lemma === 'go' && i + 1 < trigger && tok(ctx, i + 1).lower === 'on')
      // ("responded with air strikes", "retaliated with a barrage": what one answers with is one's own act;
      // not "responded to the attack")
      || (RESPOND_WITH.has(t.lemma) && i + 1 < trigger && (tok(ctx, i + 1).lower === 'with'
        || (tok(ctx, i + 1).lower === 'back' && i + 2 < trigger && tok(ctx, i + 2).lower === 'with')))
      // ("was in direct contact with", "remain in talks with", "are locked in negotiations with": a state one is in)
      || (IN_STATE.has(t.lemma) && inStateBefore(ctx, i + 1, trigger));
    // ("35 people have been killed since fighting broke out": the auxiliary "have" of a perfect is no support verb)
    const perfect = t.pos === 'AUX' && t.lemma === 'have' && i + 1 < trigger && (tok(ctx, i + 1).pos === 'VERB' || tok(ctx, i + 1).pos === 'AUX');
    // (chained by "to", "and" or a bare "help": "arrived to help deliver aid")
    if ((t.pos === 'VERB' || t.pos === 'AUX') && support && !perfect && (own || (prev && (prev.lower === 'to' || prev.lower === 'and' || prev.lemma === 'help')))) {
      // ("imposed a curfew after days of riots": a protest in an adverbial phrase is no object of the
      // verb and no act of its subject's; talks or fighting there mostly are: "after hours of talks")
      // ("offered concessions that ... could lead to an agreement, according to a senator who ... at the talks":
      // a noun in a clause of its own is not what the support verb governs)
      // (a support verb nearer the noun may still govern it: "announced that it has earmarked ... in aid")
      if (clauseBetween(ctx, i + 1, trigger)) continue;
      // ("expressed concern about the arrests", "voiced alarm over the sanctions": what a statement is about is
      // no act of the one making it; nor is a measure told after "after/amid": "suspended its work after the arrests")
      if (topicBetween(ctx, i + 1, trigger) || (code !== undefined && MEASURE_ROOTS.test(code) && adverbialBetween(ctx, i + 1, trigger))) return false;
      return !(protest && adverbialBetween(ctx, i + 1, trigger));
    }
    if (t.pos === 'VERB' && !modifierVerb(ctx, i, trigger)) own = false;
  }
  return false;
}

/** The support verb whose object noun phrase ends in the noun at `trigger` ("resumed air strikes"), or -1. */
function supportVerbOf(ctx: DocContext, trigger: number, lo: number): number {
  let j = trigger - 1;
  while (j > lo && NP_TAGS.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j--;
  const v = tok(ctx, j);
  return j > lo && v.pos === 'VERB' && !v.lower.endsWith('ing') && SUPPORT.has(v.lemma) && tok(ctx, j - 1).lower === 'and' ? j : -1;
}

function mutualVerb(ctx: DocContext, src: number[], trigger: number): boolean {
  if (src.length === 0) return false;
  const last = lastEnd(ctx, src);
  for (let i = last; i < trigger; i++) if (MUTUAL.has(tok(ctx, i).lemma)) return true;
  return false;
}

/** Nouns of a way somewhere: the state "from" after them is where it comes from. */
const ROUTES = new Set(['road', 'roads', 'route', 'routes', 'highway', 'highways', 'railway', 'railways']);

/** Subordinators that open a clause of their own after the object position. */
// ("handed over the remains of two hostages through the Red Cross", "sent the reply via Qatar": the channel is no object)
const OBJECT_STOP = new Set(['until', 'unless', 'once', 'since', 'whereas', 'though', 'through', 'via']);

/** Vehicles and crowds that a reduced relative describes ("a boat delivering supplies", "supporters blocking a road"). */
const BEARERS = new Set(['boat', 'boats', 'ship', 'ships', 'vessel', 'vessels', 'convoy', 'convoys', 'truck', 'trucks', 'lorry', 'lorries', 'tanker',
  'tankers', 'flotilla', 'plane', 'planes', 'aircraft', 'helicopter', 'bus', 'buses', 'train', 'ferry', 'people', 'supporters', 'crowds', 'crowd',
  'residents', 'migrants', 'workers', 'families', 'men', 'women', 'children', 'students', 'farmers', 'villagers', 'demonstrators', 'youths', 'activists']);

/** The -ing verb at `i` follows a vehicle or crowd noun no actor covers, in its clause: a reduced relative of that noun. */
function bearerBefore(ctx: DocContext, i: number, lo: number): boolean {
  const t = tok(ctx, i);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || i - 1 <= lo) return false;
  const p = tok(ctx, i - 1);
  return p.pos === 'NOUN' && BEARERS.has(p.lower) && mentionAt(ctx, i - 1) < 0;
}

/** "under (the) U.S. auspices", "under the auspices of X", "under UN supervision": a sponsor's phrase starting at `from`. */
function auspicesAfter(ctx: DocContext, from: number, hi: number): boolean {
  for (let j = from; j < hi && j < from + 6; j++) {
    const l = tok(ctx, j).lower;
    if (l === 'auspices' || l === 'sponsorship' || l === 'supervision' || l === 'mediation' || l === 'patronage' || l === 'aegis') return true;
    if (l === ',' || tok(ctx, j).pos === 'VERB') return false;
  }
  return false;
}

/** Prepositions that name whom a measure or aid is aimed at ("sanctions on", "aid to"). */
const AIMED_PREPS = new Set(['on', 'against', 'to', 'for']);

/** Nouns of measures and aid aimed at a party, that a party's name before them modifies ("U.S. sanctions", "EU aid"). */
const AIMED_NOUNS = new Set(['sanction', 'sanctions', 'tariff', 'tariffs', 'duties', 'embargo', 'restrictions', 'ban', 'aid', 'assistance',
  'support', 'funding', 'weapons', 'arms', 'loans', 'loan', 'exports', 'imports', 'pressure', 'demands']);

/** Tokens from `end` are a noun of AIMED_NOUNS, one of AIMED_PREPS and, after an optional determiner, an actor mention. */
function partyAfterModified(ctx: DocContext, end: number, hi: number): boolean {
  if (end >= hi || !AIMED_NOUNS.has(tok(ctx, end).lower) || mentionAt(ctx, end) >= 0) return false;
  let k = end + 1;
  if (k >= hi || !AIMED_PREPS.has(tok(ctx, k).lower)) return false;
  k++;
  if (k < hi && tok(ctx, k).pos === 'DET') k++;
  return k < hi && mentionAt(ctx, k) >= 0;
}

/** The ")" closing the bracket opened at `open` within eight tokens, holding an amount and no actor, else -1. */
function bracketedAside(ctx: DocContext, open: number, hi: number): number {
  let amount = false;
  for (let k = open + 1; k < hi && k <= open + 8; k++) {
    if (mentionAt(ctx, k) >= 0) return -1;
    const t = tok(ctx, k);
    if (t.text === ')') return amount ? k : -1;
    if (/\d/.test(t.text)) amount = true;
  }
  return -1;
}

/** Nouns of a quarrel between two parties ("in a row with Y", "its dispute with Y"). */
const QUARRELS = new Set(['row', 'rows', 'dispute', 'disputes', 'spat', 'standoff', 'stand-off', 'feud', 'quarrel', 'tensions', 'tussle', 'rift']);

/** First actor (with compound) in [from, hi), stopping at a new predicate or clause opener. */
export function findObject(ctx: DocContext, from: number, hi: number, verbsFrom = from + 1): number[] {
  let crossed = false;
  for (let i = from, n = 0; i < hi && n < 12; i++, n++) {
    const t = tok(ctx, i);
    const mi = mentionAt(ctx, i);
    // ("Sudan cut ties with the UAE, accusing it of arming the RSF", "pressed Iran, urging it to"): an object pronoun right
    // after the verb stands for the party named last before it in its sentence — not the sentence's first, its subject;
    // never for a party named after it
    if (i === from && mi < 0 && (t.lower === 'it' || t.lower === 'them') && i + 1 < hi && PRONOUN_OBJECT_NEXT.has(tok(ctx, i + 1).lower)) {
      const a = objectPronounAntecedent(ctx, i);
      return a >= 0 ? [a] : [];
    }
    if (mi >= 0) {
      // ("signed a U.S.-brokered plan", "accepted an Egyptian-proposed truce": a go-between or proposer named in a
      // modifier of the object is no object)
      if (isMedia(ctx.doc.actors[mi] as ActorMention) || borderOnly(ctx, mi) || goBetweenModifier(ctx, mi)) { i = (ctx.mentionTokens[mi] as [number, number])[1] - 1; continue; }
      // ("lifted U.S. sanctions on Syria", "cut EU aid to Niger": a party modifying the object's noun, with another party
      // named after that noun's preposition, is no object — the one after is)
      if (partyAfterModified(ctx, (ctx.mentionTokens[mi] as [number, number])[1], hi)) { i = (ctx.mentionTokens[mi] as [number, number])[1] - 1; continue; }
      // ("attacked the Kurdish-led SDF", "the Iran-backed Houthis": the first half of a "<Name>-<participle>" modifier of a
      // party named right after it is no object — that party is)
      if (sponsorOf(ctx, mi, hi)) { i = (ctx.mentionTokens[mi] as [number, number])[1] - 1; continue; }
      // ("a phone call from his Iranian counterpart": a possessive pronoun determines the actor after it)
      if (POSSESSIVES.has(t.lower)) {
        let j = i + 1;
        while (j < hi && j <= i + 2 && mentionAt(ctx, j) < 0 && tok(ctx, j).pos === 'ADJ') j++;
        const next = j < hi ? mentionAt(ctx, j) : -1;
        if (next >= 0 && next !== mi) return compound(ctx, next, 1, from, hi);
      }
      // ("met Nduhungirehe's Congolese counterpart": a person's possessive determines the mention of another person after it)
      const me = (ctx.mentionTokens[mi] as [number, number])[1];
      if ((ctx.doc.actors[mi] as ActorMention).kind === 'person' && me + 1 < hi && POSSESSIVE_S.has(tok(ctx, me).text)) {
        const head = mentionAt(ctx, me + 1);
        if (head >= 0 && head !== mi && COUNTERPART_HEADS.has(tok(ctx, (ctx.mentionTokens[head] as [number, number])[1] - 1).lower)) return compound(ctx, head, 1, from, hi);
      }
      return compound(ctx, mi, 1, from, hi);
    }
    // ("tariffs on C$30 billion ($20.7 billion) of U.S. goods": an amount in brackets, naming no one, is passed over)
    if (t.text === '(') {
      const close = bracketedAside(ctx, i, hi);
      if (close > i) { n -= close - i; i = close; continue; }
    }
    if (t.text === ',' || STOP_RIGHT.has(t.lower) || OBJECT_STOP.has(t.lower)) return [];
    // ("rammed and fired water cannon at a Philippine vessel", "condemned and rejected Y's claims"): a verb with no object
    // of its own, coordinated right away with another, shares that verb's object
    if (i === from && (t.lower === 'and' || t.lower === 'or') && i + 1 < hi && tok(ctx, i + 1).pos === 'VERB' && plainVerbAt(ctx, from - 1)) {
      i++;
      continue;
    }
    // ("condemned what she called China's dangerous actions": the label after a fronted "what" and its verb of
    // naming tells what the object is)
    if (t.lower === 'what') {
      const v = namingAfterWhat(ctx, i, hi);
      if (v >= 0) { i = v; continue; }
    }
    // ("attacked tankers on the main roads from Senegal and Ivory Coast": where a road or route comes from is no object)
    if (t.lower === 'from' && i > from && ROUTES.has(tok(ctx, i - 1).lower)) return [];
    // ("signed the document in the presence of Qatar's minister": witnesses are no object)
    if (t.lower === 'presence' && i > from && tok(ctx, i - 1).lower === 'the' && i + 1 < hi && tok(ctx, i + 1).lower === 'of') return [];
    // ("mediated the deal together with the United States and Turkey": partners in the act are no object)
    if ((t.lower === 'together' || t.lower === 'along') && i + 1 < hi && tok(ctx, i + 1).lower === 'with') return [];
    if (t.lower === 'alongside' && i > from) return [];
    // ("arrests Reuters staff in row with Berlin", "voiced support for Tbilisi during its dispute with Moscow"): the other party of
    // a quarrel the act is set in is no object of the act
    if (t.lower === 'with' && i > from && QUARRELS.has(tok(ctx, i - 1).lower)) return [];
    // ("revoked all visas issued to Pakistani nationals", "banned ships flying the Indian flag"): a participle after the
    // object's noun, with whom it was given to or whose flag it flies, is that noun's reduced relative — its party is the object
    if (t.pos === 'VERB' && i > from && tok(ctx, i - 1).pos === 'NOUN' && mentionAt(ctx, i - 1) < 0 && i + 1 < hi
      && ((t.lower.endsWith('ed') && tok(ctx, i + 1).lower === 'to') || (t.lower === 'flying' && (tok(ctx, i + 1).pos === 'DET' || mentionAt(ctx, i + 1) >= 0)))) continue;
    // ("recaptured the Kursk region with the help of North Korean troops", "with the support of Turkish drones"): helpers
    // in the act are no object
    if (t.lower === 'with' && i > from && i + 2 < hi && HELP_NOUNS.has(tok(ctx, i + 2).lower) && (tok(ctx, i + 1).lower === 'the' || tok(ctx, i + 1).pos === 'ADJ')) return [];
    // ("met in Naqoura under U.S. auspices", "talks under the auspices of the UN": a sponsor is no object)
    if (t.lower === 'under' && i > from && auspicesAfter(ctx, i + 1, hi)) return [];
    // ("charged several people with sabotage on behalf of Russia": whom an act was done for is no object)
    if (t.lower === 'behalf' && i > from && tok(ctx, i - 1).lower === 'on') return [];
    // ("release 33 hostages in exchange for 2,000 Palestinian prisoners": what is given in return is no object)
    if ((t.lower === 'exchange' || t.lower === 'return') && i > from && tok(ctx, i - 1).lower === 'in' && i + 1 < hi && tok(ctx, i + 1).lower === 'for') return [];
    // ("flew to Baku on Monday and then to Yerevan": a destination that is a place is the object; a later
    // actor is another leg's)
    if (i > from && tok(ctx, i - 1).lower === 'to' && t.pos === 'PROPN' && placeStartingAt(ctx, t.start)) return [];
    // "threatened to deliver blows to X", "refused on Monday to meet X": the object of the
    // infinitive that completes the trigger
    // (not past a common noun that is the trigger's own object: "urged allies to increase pressure on Moscow")
    if (t.pos === 'VERB' && !crossed && i - from <= 3 && i > 0 && tok(ctx, i - 1).lower === 'to' && tok(ctx, i - 1).pos === 'PART') {
      if (i - 2 >= from && tok(ctx, i - 2).pos === 'NOUN' && mentionAt(ctx, i - 2) < 0 && from > 0 && URGING.has(tok(ctx, from - 1).lemma)) return [];
      crossed = true;
      continue;
    }
    // "to help defend Y": "help" takes a bare infinitive whose object is the one helped
    if (t.pos === 'VERB' && crossed && i > 0 && tok(ctx, i - 1).lemma === 'help') continue;
    // "agreed to a ceasefire brokered by X": the agent of a go-between's participle is a third party
    if (t.pos === 'VERB' && i >= verbsFrom && MEDIATING.has(t.lemma) && agentParticiple(ctx, i, hi)) return [];
    if (t.pos === 'VERB' && i >= verbsFrom && !modifierVerb(ctx, i, hi) && !agentParticiple(ctx, i, hi) && !pluralNoun(ctx, i)) return [];
  }
  return [];
}

/** The verb of naming whose fronted object is the "what" at `what` ("what Kyiv called"), or -1. */
function namingAfterWhat(ctx: DocContext, what: number, hi: number): number {
  for (let v = what + 2; v < hi && v <= what + 5; v++) if (tok(ctx, v).pos === 'VERB') return freeRelativeNaming(ctx, v) ? v : -1;
  return -1;
}

const CAUSING = new Set(['spark', 'trigger', 'prompt', 'provoke', 'draw', 'fuel', 'ignite', 'cause', 'stoke', 'unleash', 'touch', 'invite', 'attract']);
const AVENGING_N = new Set(['retaliation', 'revenge', 'vengeance', 'reprisal', 'reprisals', 'retribution', 'response']);

/**
 * The event noun at `trigger` is what someone strikes back for: the object of "avenge", or after
 * "retaliation / revenge / reprisal / response for|to" ("in retaliation for the killing of ..."); or
 * what a time is reckoned from ("since the truce").
 */
function avengedAct(ctx: DocContext, trigger: number, lo: number): boolean {
  let i = trigger - 1;
  // (noun modifiers too, no actor among them: "since the November ceasefire", "for the missile attack")
  while (i >= lo && (DET_ADJ_NUM.has(tok(ctx, i).pos) || POSSESSIVES.has(tok(ctx, i).lower) || tok(ctx, i).pos === 'NOUN' || tok(ctx, i).pos === 'PROPN') && mentionAt(ctx, i) < 0 && trigger - i <= 4) i--;
  if (i < lo) return false;
  const t = tok(ctx, i);
  // ("approved the bill, sparking protests": what an act causes is others' doing)
  if (t.pos === 'VERB') return t.lemma === 'avenge' || CAUSING.has(t.lemma);
  // ("struck Gaza for the first time since the truce": a time reckoned from an act names it, no one does it)
  if (t.lower === 'since') return true;
  // ("imposed sanctions on U.S. firms over arms sales to Taiwan": the act a reaction is over is another's)
  if (t.lower === 'over') return true;
  // ("vowed to respond to the killing of its commander", "retaliated for the strike": the act answered is another's)
  if ((t.lower === 'for' || t.lower === 'to') && i - 1 >= lo && tok(ctx, i - 1).pos === 'VERB' && ANSWERING_V.has(tok(ctx, i - 1).lemma)) return true;
  return (t.lower === 'for' || t.lower === 'to') && i - 1 >= lo && AVENGING_N.has(tok(ctx, i - 1).lower);
}

/** Verbs of answering an act. */
const ANSWERING_V = new Set(['respond', 'retaliate', 'react', 'reply']);

/** Things talked about: a name modifying one is the topic's owner, not a party to the talk. */
const TOPIC_NOUNS = new Set(['proposal', 'proposals', 'plan', 'plans', 'programme', 'program', 'programmes', 'programs', 'issue', 'issues',
  'situation', 'crisis', 'question', 'idea', 'ideas', 'offer', 'initiative', 'draft', 'bid', 'policy', 'policies', 'demands', 'concerns', 'file']);

/** The mention at `mi` modifies a topic noun ("a U.S. proposal", "the Iranian nuclear programme"). */
function topicModifier(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  if (m.kind !== 'country' && m.kind !== 'igo') return false;
  let j = (ctx.mentionTokens[mi] as [number, number])[1];
  while (j < ctx.doc.tokens.length && j < (ctx.mentionTokens[mi] as [number, number])[1] + 3 && (tok(ctx, j).pos === 'ADJ' || (tok(ctx, j).pos === 'NOUN' && !TOPIC_NOUNS.has(tok(ctx, j).lower))) && mentionAt(ctx, j) < 0) j++;
  return j < ctx.doc.tokens.length && TOPIC_NOUNS.has(tok(ctx, j).lower);
}

/** Prepositions of the topic of talks or an accord ("talks on Ukraine", "an understanding over Gaza"). */
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);

/**
 * The country named at `mi` is what talks or an accord are about, not the other party: after a topic preposition right
 * after the pattern's words ("held talks on Ukraine", "reached an understanding on Ukraine"), or the object of another verb
 * of discussing before it ("met to discuss Ukraine").
 */
function topicCountry(ctx: DocContext, mi: number, cand: Candidate): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  // (a country by its name: "stakeholders on both sides" names parties)
  if (m.kind !== 'country' || (m.how !== 'name' && m.how !== 'alias')) return false;
  let j = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  if (j > cand.trigger && tok(ctx, j).pos === 'DET') j--;
  if (j <= cand.trigger) return false;
  const b = tok(ctx, j);
  // ("agreed to cooperate closely on North Korea", "pledged to coordinate on North Korea": past adverbs, and an
  // infinitive of working together, to the topic's preposition)
  let k = cand.end;
  if (k + 1 < j && tok(ctx, k).lower === 'to' && COOPERATING.has(tok(ctx, k + 1).lemma)) k += 2;
  while (k < j && tok(ctx, k).pos === 'ADV') k++;
  return (TOPIC_PREPS.has(b.lower) && j === k) || (b.lemma === 'discuss' && b.pos === 'VERB');
}
const COOPERATING = new Set(['cooperate', 'coordinate', 'work', 'consult', 'collaborate', 'engage']);

/** Agreements, talks, meetings at a third place, hosting, negotiations, signings: a place is their venue. */
const VENUE_CODES = /^(03|040|043|044|046|057)/;

const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'port', 'resort', 'village', 'region', 'province']);


/**
 * "in the Indian strikes", "during a Russian drone attack": a phrase of "in"/"during" right after the hurt verb
 * (its count and adverbs between) whose attack noun is modified by an actor: that actor.
 */
function attackerOfPhrase(ctx: DocContext, from: number, hi: number): number[] {
  let i = from;
  while (i < hi && i < from + 4 && tok(ctx, i).lower !== 'in' && tok(ctx, i).lower !== 'during') {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' || t.text === ',' || mentionAt(ctx, i) >= 0) return [];
    i++;
  }
  if (i >= hi || (tok(ctx, i).lower !== 'in' && tok(ctx, i).lower !== 'during')) return [];
  let j = i + 1;
  if (j < hi && tok(ctx, j).pos === 'DET') j++;
  const mi = j < hi ? mentionAt(ctx, j) : -1;
  if (mi < 0) return [];
  let k = (ctx.mentionTokens[mi] as [number, number])[1];
  while (k < hi && k < j + 6 && (tok(ctx, k).pos === 'NOUN' || tok(ctx, k).pos === 'ADJ') && !ATTACK_NOUNS.has(tok(ctx, k).lemma)) k++;
  return k < hi && ATTACK_NOUNS.has(tok(ctx, k).lemma) && tok(ctx, k).pos === 'NOUN' ? [mi] : [];
}

/**
 * The attacker of a "when"/"after" clause right after an agentless passive of hurting ("were killed when militants
 * stormed the base", "were wounded after Russian drones struck their convoy"): the actor opening that clause, when
 * its verb is one of attacking.
 */
function attackerOfWhenClause(ctx: DocContext, from: number, hi: number): number[] {
  let i = from;
  while (i < hi && i < from + 8 && !WHEN_CLAUSE.has(tok(ctx, i).lower)) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') return [];
    i++;
  }
  if (i >= hi || !WHEN_CLAUSE.has(tok(ctx, i).lower)) return [];
  let j = i + 1;
  while (j < hi && (tok(ctx, j).pos === 'DET' || tok(ctx, j).pos === 'NUM')) j++;
  const mi = j < hi ? mentionAt(ctx, j) : -1;
  if (mi < 0) return [];
  let k = (ctx.mentionTokens[mi] as [number, number])[1];
  while (k < hi && (tok(ctx, k).pos === 'AUX' || tok(ctx, k).pos === 'ADV')) k++;
  if (k >= hi) return [];
  const v = tok(ctx, k);
  if (v.pos !== 'VERB' || v.lower.endsWith('ing')) return [];
  const opened = v.lemma === 'open' && k + 1 < hi && tok(ctx, k + 1).lower === 'fire';
  return opened || WHEN_ATTACKS.has(v.lemma) ? [mi] : [];
}
const WHEN_CLAUSE = new Set(['when', 'after']);
/** Verbs of an attack whose subject did the hurting of a "were killed when" clause. */
const WHEN_ATTACKS = new Set(['attack', 'shell', 'strike', 'bomb', 'fire', 'hit', 'ambush', 'raid', 'storm', 'target', 'shoot',
  'pound', 'ram', 'detonate', 'overrun', 'assault', 'bombard', 'gun', 'blow']);

/** Nouns of a gathering whose "of" names the body holding it ("a summit of ASEAN"). */
const GATHERINGS = new Set(['summit', 'meeting', 'sidelines', 'session', 'conference', 'gathering', 'assembly']);

/** A mention naming where something happens: "in Moscow", "at the Russian capital", "in the Turkish city of", "a summit of ASEAN". */
function venueMention(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  const [ms, me] = ctx.mentionTokens[mi] as [number, number];
  let i = ms - 1;
  while (i >= 0 && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'DET')) i--;
  // ("on the sidelines of a summit of ASEAN", "at a meeting of the G20": the body whose gathering hosts it)
  if (i > 0 && tok(ctx, i).lower === 'of' && GATHERINGS.has(tok(ctx, i - 1).lower)) return true;
  if (i < 0 || (tok(ctx, i).lower !== 'in' && tok(ctx, i).lower !== 'at')) return false;
  // ("at Anwar's official residence": the owner of the place is its host, no venue)
  if (me < ctx.doc.tokens.length && POSSESSIVE_S.has(tok(ctx, me).text)) return false;
  return m.how !== 'adjective' || (me < ctx.doc.tokens.length && PLACE_NOUNS.has(tok(ctx, me).lower));
}

/**
 * The country of a place right after "to" between the trigger and the end of a gapped match, or null. On a frontier
 * (`own`: the source's countries), the other side's ("Pakistan closed the Torkham crossing" is aimed at Afghanistan).
 */
function destinationInside(ctx: DocContext, cand: Candidate, own: (country: string) => boolean): string | null {
  for (let i = cand.trigger + 1; i + 1 < cand.end; i++) {
    if (tok(ctx, i).lower !== 'to') continue;
    const pm = placeStartingAt(ctx, tok(ctx, i + 1).start);
    if (pm?.place.country && pm.place.kind !== 'water') return acrossFrontier(pm.place, own);
  }
  // ("pounded Kyiv with drones", "hit a refinery in Russia with drones": what an attack's verb takes before its
  // "with" phrase is what it hits)
  if (ATTACK_CODE.test(cand.pattern.code)) {
    for (let i = cand.trigger + 1; i < cand.end && tok(ctx, i).lower !== 'with'; i++) {
      const pm = placeStartingAt(ctx, tok(ctx, i).start);
      if (pm?.place.country && pm.place.kind !== 'water') return acrossFrontier(pm.place, own);
    }
  }
  return null;
}

/** The first place after `from` in the clause is introduced by "in" or "at" (a venue: "signed in Pretoria"). */
function venueAfter(ctx: DocContext, from: number, hi: number): boolean {
  for (let i = from; i < hi; i++) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';') return false;
    if (placeStartingAt(ctx, t.start)) return i > from && (tok(ctx, i - 1).lower === 'in' || tok(ctx, i - 1).lower === 'at');
  }
  return false;
}

const ACT_NP_STOP = new Set(['as', 'after', 'before', 'during', 'since', 'because', 'while', 'amid', 'following', 'despite', 'than']);

const PERSON_OBJECTS = new Set(['him', 'her']);

/**
 * The latest person mention of the sentence before mention `mi` that is none of the sources (an object
 * "him" is not its clause's subject, so it is the other person: "called Y to press him"); -1 when none.
 */
function otherPersonBefore(ctx: DocContext, mi: number, sentStart: number, src: readonly Party[]): number {
  const start = (ctx.mentionTokens[mi] as [number, number])[0];
  for (let k = mi - 1; k >= 0; k--) {
    const [ms] = ctx.mentionTokens[k] as [number, number];
    if (ms < sentStart) return -1;
    if (ms >= start) continue;
    const m = ctx.doc.actors[k] as ActorMention;
    if (m.kind === 'person' && !src.some((x) => x.code === m.code)) return k;
  }
  return -1;
}

/** Judgements of another's act: praise and apology (05), disapproval (11), rejection (12). */
const JUDGING = /^(05|11|12)/;

/** Nouns of a wrong done to a party ("violation of", "attacks on", "aggression against"). */
const WRONG_N = new Set(['violation', 'violations', 'breach', 'breaches', 'infringement', 'infringements', 'attack', 'attacks', 'aggression',
  'invasion', 'occupation', 'bombing', 'bombardment', 'shelling', 'strike', 'strikes', 'airstrike', 'airstrikes',
  // ("condemned the storming of the Mexican embassy", "the killing of journalists"; not an arrest, which the state holding the
  // arrested is judged for)
  'storming', 'killing', 'killings', 'murder', 'murders', 'assassination', 'kidnapping', 'kidnappings', 'abduction', 'abductions',
  'execution', 'executions', 'shooting', 'massacre', 'expulsion']);

/**
 * The mention at token `at` is the one wronged in the object starting at `from`: "(any) violation of [Iran]'s sovereignty",
 * "the attacks on [Ukraine]" — an object of determiners and adjectives, a noun of wrong, "of/on/against", then the mention.
 */
function victimOfActNoun(ctx: DocContext, from: number, at: number): boolean {
  let i = from;
  while (i < at && DET_ADJ_NUM.has(tok(ctx, i).pos) && mentionAt(ctx, i) < 0) i++;
  if (i + 2 > at || !WRONG_N.has(tok(ctx, i).lower)) return false;
  const prep = tok(ctx, i + 1).lower;
  if (prep !== 'of' && prep !== 'on' && prep !== 'against') return false;
  for (let k = i + 2; k < at; k++) if (!DET_ADJ_NUM.has(tok(ctx, k).pos)) return false;
  return true;
}

/**
 * "the killing of protesters by security forces", "the shooting down of the airliner by rebels": an
 * object that is an act named by a noun (no actor) with its agent in a "by" phrase inside the same noun
 * phrase (no comma, clause or finite verb before it): the agent's mentions; [] otherwise.
 */
/** Nouns of measures and attacks aimed at someone ("sanctions on", "strikes against"). */
const AIMED_ACTS = new Set(['sanctions', 'tariffs', 'strikes', 'airstrikes', 'attacks', 'ban', 'embargo', 'blockade', 'measures', 'restrictions', 'raids',
  'offensive', 'bombardment', 'shelling']);

function agentOfActNoun(ctx: DocContext, from: number, hi: number): number[] {
  let i = from;
  // ("condemned what it called a terrorist attack by Russia": the act is the label's)
  if (i < hi && tok(ctx, i).lower === 'what') {
    const v = namingAfterWhat(ctx, i, hi);
    if (v >= 0) i = v + 1;
  }
  // (an agent adjective is a modifier: "a terrorist attack by X")
  while (i < hi && DET_ADJ_NUM.has(tok(ctx, i).pos) && (mentionAt(ctx, i) < 0 || tok(ctx, i).pos === 'ADJ')) i++;
  // ("welcomed the U.S. sanctions on Russian oil companies", "condemned the Israeli strikes on Gaza"): a state named right
  // before a measure or attack aimed "on"/"against" someone is who took it
  const m = i < hi ? mentionAt(ctx, i) : -1;
  if (m >= 0) {
    const me = (ctx.mentionTokens[m] as [number, number])[1];
    const code = (ctx.doc.actors[m] as ActorMention).code;
    if (me + 1 < hi && AIMED_ACTS.has(tok(ctx, me).lower) && (tok(ctx, me + 1).lower === 'on' || tok(ctx, me + 1).lower === 'against')
      && /^[A-Z]{3}/.test(code) && !code.startsWith('IGO') && (ctx.doc.actors[m] as ActorMention).kind === 'country') return [m];
  }
  const head = i < hi ? tok(ctx, i) : null;
  if (!head || head.pos !== 'NOUN' || mentionAt(ctx, i) >= 0) return [];
  for (let k = i + 1, n = 0; k < hi - 1 && n < 10; k++, n++) {
    const t = tok(ctx, k);
    // ("hailed the agreement as a capitulation by Armenia": "as" opens what the object is called)
    if (t.text === ',' || t.text === ';' || SUBJECT_RELATIVES.has(t.lower) || ACT_NP_STOP.has(t.lower) || (t.pos === 'VERB' && !t.lower.endsWith('ing') && tok(ctx, k - 1).lower !== 'the')) return [];
    if (t.lower !== 'by') continue;
    const a = tok(ctx, k + 1).lower === 'the' ? k + 2 : k + 1;
    return a < hi && mentionAt(ctx, a) >= 0 ? findObject(ctx, a, hi, a + 1) : [];
  }
  return [];
}

/** The first "by" within 4 tokens from `i` (before a comma) belongs to a go-between's participle ("a truce
 * brokered by X", "talks in Doha mediated by X"). */
function mediatedBy(ctx: DocContext, i: number, hi: number): boolean {
  for (let k = i; k < hi && k < i + 4; k++) {
    const t = tok(ctx, k);
    if (t.text === ',') return false;
    // (the -ed form wink tags as an adjective is retagged a participle before "by": nlp/retag.ts)
    if (t.lower === 'by') return k > i && MEDIATING.has(tok(ctx, k - 1).lemma);
  }
  return false;
}

const NOUN_AFTER = new Set(['by', 'from', 'of', 'for']);
const VERB_PARTICLES = new Set(['down', 'aside', 'off', 'up', 'out']);

/**
 * An "-s" form tagged as a verb that is a plural noun: after a verb, a verb's particle, a determiner,
 * an adjective or a participle used as one, and before by/from/of/for ("rejected calls by X",
 * "brushed aside demands from X", "renewed calls for"). A finite verb cannot stand there.
 */
export function pluralNoun(ctx: DocContext, i: number): boolean {
  const t = tok(ctx, i);
  if (t.pos !== 'VERB' || i === 0 || !t.lower.endsWith('s') || t.lower.endsWith('ss') || i + 1 >= ctx.doc.tokens.length) return false;
  if (!NOUN_AFTER.has(tok(ctx, i + 1).lower)) return false;
  const prev = tok(ctx, i - 1);
  return prev.pos === 'VERB' || prev.pos === 'DET' || prev.pos === 'ADJ' || POSSESSIVE_DET.has(prev.lower) || VERB_PARTICLES.has(prev.lower);
}

/**
 * A past participle whose agent follows ("the crimes committed by X", "killings carried out by X"): a
 * reduced relative on the object, whose agent is the one the event is about.
 */
function agentParticiple(ctx: DocContext, i: number, hi: number): boolean {
  const t = tok(ctx, i);
  if (t.lower.endsWith('ing') || i === 0 || BY_PARTICLE.has(t.lemma)) return false;
  // after a noun, or after a name inside a prepositional phrase ("talks in Doha mediated by X"; a name
  // opening the clause is its subject: "Gondor stood by Y")
  const p = tok(ctx, i - 1);
  // ("the exchange, mediated by X, involved ...": a go-between's participle set off by commas)
  // ("talks in Istanbul, hosted by X": or a name inside a phrase before the comma)
  const aside = p.text === ',' && i > 1 && (tok(ctx, i - 2).pos === 'NOUN' || (tok(ctx, i - 2).pos === 'PROPN' && nameInPhrase(ctx, i - 2))) && MEDIATING.has(t.lemma);
  // ("Villagers attacked by militants fled": a plural common noun opening the sentence, capitalized and so tagged as a name)
  const initialNoun = p.pos === 'PROPN' && (i === 1 || tok(ctx, i - 2).sentence !== p.sentence) && p.lower.endsWith('s') && isLexicalWord(p.lower);
  if (p.pos !== 'NOUN' && !aside && !initialNoun && !(p.pos === 'PROPN' && nameInPhrase(ctx, i - 1))) return false;
  const n = i + 1 < hi ? tok(ctx, i + 1) : null;
  if (n && agentAt(ctx, i + 1, hi)) return true;
  return !!n && (n.pos === 'ADP' || n.pos === 'PART') && i + 2 < hi && agentAt(ctx, i + 2, hi);
}

/**
 * "by" at k opening an agent: "retaliated by firing missiles" ("by" + a gerund) is the means of an
 * active verb, not an agent. (A function, not a closure made per call: under tsx a named closure is
 * also given its name at each creation.)
 */
function agentAt(ctx: DocContext, k: number, hi: number): boolean {
  return tok(ctx, k).lower === 'by' && !(k + 1 < hi && gerundWord(tok(ctx, k + 1)));
}

/** Verbs whose "by" is their own particle ("stood by", "abided by"), never an agent's. */
const BY_PARTICLE = new Set(['stand', 'abide', 'stick', 'swear', 'go', 'come', 'pass', 'drop', 'stop', 'live']);

/**
 * ("protesters attacked by police", "Demonstrators stoned by riot police fled"): a protest pattern from the crowd to its act
 * whose verb is a participle with an agent is a reduced passive about the crowd — no act of theirs.
 */
export function crowdPassive(ctx: DocContext, cand: Candidate): boolean {
  const p = cand.pattern;
  if (p.kind !== 'm' || !p.code.startsWith('14') || tok(ctx, cand.trigger).pos === 'VERB' || tok(ctx, cand.end - 1).pos !== 'VERB') return false;
  const hi = ctx.doc.sentences[cand.sentence]?.tokenEnd ?? ctx.doc.tokens.length;
  return cand.end < hi && agentAt(ctx, cand.end, hi);
}

/** The name run ending at `i` follows a preposition ("in Doha"). */
function nameInPhrase(ctx: DocContext, i: number): boolean {
  let j = i;
  while (j > 0 && tok(ctx, j).pos === 'PROPN') j--;
  // ("a ceasefire between Israel and Iran brokered by X": the second of two names joined inside the phrase)
  if (j < i && j > 1 && tok(ctx, j).lower === 'and' && tok(ctx, j - 1).pos === 'PROPN') {
    let k = j - 1;
    while (k > 0 && tok(ctx, k).pos === 'PROPN') k--;
    return tok(ctx, k).pos === 'ADP';
  }
  return tok(ctx, j).pos === 'ADP' && j < i;
}

/** A lower-case -ing word (wink tags "firing" in "by firing missiles" as a noun): a gerund, no name. */
function gerundWord(t: Token): boolean {
  return t.lower.endsWith('ing') && t.lower.length > 4 && t.text === t.lower;
}

/**
 * A verb form used as a modifier, not a new predicate: the second part of a hyphenated adjective
 * ("war-torn"), or a participle between a determiner or preposition and a noun ("the proposed
 * changes", "to besieged Sarajevo").
 */
/** Participles that describe a person or party before its name ("visiting", "outgoing", "ruling"). */
const PERSON_ING = new Set(['visiting', 'outgoing', 'incoming', 'ruling', 'governing', 'sitting', 'ailing', 'warring', 'neighbouring', 'neighboring']);

function modifierVerb(ctx: DocContext, i: number, hi: number): boolean {
  const prev = i > 0 ? tok(ctx, i - 1) : null;
  if (prev && (prev.text === '-' || prev.text.endsWith('-'))) return true;
  if (i + 1 < hi && tok(ctx, i + 1).text === '-') return true;
  const t = tok(ctx, i);
  // "met visiting Brazilian President Lula", "the outgoing premier": a participle that describes a person
  // before the name, with no determiner
  // (not a gerund after "to" with a state or place for object: "looking forward to visiting Japan"; a person after it is
  // still described: "talks with visiting Brazilian President Lula")
  if (PERSON_ING.has(t.lower) && i + 1 < hi && mentionAt(ctx, i + 1) >= 0 && !(prev && prev.pos === 'AUX')
    && !(prev && prev.lower === 'to' && (ctx.doc.actors[mentionAt(ctx, i + 1)] as ActorMention).code.length === 3)) return true;
  // "Y's visiting king", "the ruling party": an -ing form between a determiner or possessor and its noun
  if (t.lower.endsWith('ing') && prev && (prev.pos === 'DET' || prev.lower === "'s" || prev.lower === '’s' || POSSESSIVE_DET.has(prev.lower)) && i + 1 < hi) {
    const next = tok(ctx, i + 1);
    return mentionAt(ctx, i + 1) >= 0 || next.pos === 'NOUN' || next.pos === 'PROPN';
  }
  if (!(t.lower.endsWith('ed') || t.lower.endsWith('en'))) return false;
  // ("claimed to have captured Babanusa": the participle of a perfect infinitive is its verb)
  if (prev && prev.lemma === 'have' && i > 1 && tok(ctx, i - 2).lower === 'to') return false;
  // also right after another verb: "rejected proposed changes", "condemned alleged abuses"
  // (and after "to", which no -ed infinitive follows: "pulled back to agreed lines")
  // (and after a possessive: "cancelled his planned meeting")
  if (!prev || !(prev.pos === 'DET' || prev.pos === 'ADP' || prev.pos === 'ADJ' || prev.pos === 'NUM' || (prev.pos === 'VERB' && t.lower.endsWith('ed'))
    || POSSESSIVE_DET.has(prev.lower)
    || (prev.lower === 'to' && t.lower.endsWith('ed')))) return false;
  if (i + 1 >= hi) return false;
  const next = tok(ctx, i + 1);
  // ("treated hundreds of wounded and malnourished people": one of two adjectives joined before their noun)
  if ((next.lower === 'and' || next.lower === 'or') && i + 2 < hi && (tok(ctx, i + 2).pos === 'ADJ' || tok(ctx, i + 2).lower.endsWith('ed'))
    && (prev.pos === 'ADP' || prev.pos === 'DET')) return true;
  return mentionAt(ctx, i + 1) >= 0 || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || pluralNoun(ctx, i + 1);
}

const ARTICLE = new Set(['the', 'a', 'an']);
const PLACING = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout']);
/** Prepositions after an object pronoun ("accusing it of", "blamed them for", "urging it to"). */
const PRONOUN_OBJECT_NEXT = new Set(['of', 'for', 'to', 'over', 'into']);

/** The mention named last before token `at` in its sentence, when it is not the sentence's first mention; else -1. */
function objectPronounAntecedent(ctx: DocContext, at: number): number {
  const sentence = tok(ctx, at).sentence;
  let first = -1;
  let last = -1;
  const start = (ctx.doc.sentences[sentence] as { tokenStart: number }).tokenStart;
  for (let k = start; k < at; k++) {
    const m = ctx.actorAt[k] as number;
    if (m < 0) continue;
    if (first < 0) first = m;
    // (not a place a phrase puts something in: "positions of the Hezbollah militant group in neighbouring Lebanon")
    const ms = (ctx.mentionTokens[m] as [number, number])[0];
    if (k === ms && ms > start && PLACING.has(tok(ctx, ms - 1).lower)) continue;
    if (k === ms && ms > start + 1 && PLACING.has(tok(ctx, ms - 2).lower) && tok(ctx, ms - 1).pos === 'ADJ') continue;
    last = m;
  }
  return last >= 0 && last !== first && !isMedia(ctx.doc.actors[last] as ActorMention) ? last : -1;
}
/** Nouns of help given in an act ("with the help of", "with the support of", "with the backing of"). */
const HELP_NOUNS = new Set(['help', 'support', 'backing', 'assistance', 'aid', 'participation', 'cooperation']);

/** Tokens `from` up to `end` (exclusive) are the modifiers and head of one noun phrase. */
function nounPhraseTo(ctx: DocContext, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let k = from; k < end; k++) { const p = tok(ctx, k).pos; if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && p !== 'NUM') return false; }
  return true;
}

/** Words of a count before a number: "more than 400", "at least 20", "nearly 30", "dozens". */
const COUNT_WORDS = new Set(['more', 'than', 'at', 'least', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'dozens', 'hundreds', 'scores', 'thousands', 'another', 'many', 'several']);

/** A name or an object pronoun right after the verb at `v`, in its sentence. */
function objectRightAfter(ctx: DocContext, v: number): boolean {
  const n = ctx.doc.tokens[v + 1];
  return !!n && n.sentence === tok(ctx, v).sentence && (mentionAt(ctx, v + 1) >= 0 || OBJECT_PRONOUNS.has(n.lower));
}

/** Purposes of a summons of the law ("for questioning", "to testify"). */
const QUESTIONING = new Set(['questioning', 'interrogation', 'testimony', 'trial', 'testify', 'appear', 'hearing', 'hearings', 'court']);

/** "for questioning", "to testify" within six tokens from `from`. */
function questioningAfter(ctx: DocContext, from: number, hi: number): boolean {
  for (let k = from; k < hi && k < from + 6; k++) if (QUESTIONING.has(tok(ctx, k).lower)) return true;
  return false;
}

function isPassive(ctx: DocContext, trigger: number, lo: number, code?: string): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  // "Modi is to visit Moscow": "be to" + infinitive is a plan, not a passive
  if (trigger > lo && tok(ctx, trigger - 1).lower === 'to') return false;
  // "were tortured and killed by Y": a participle coordinated with a passive one shares its auxiliary
  // (the clause of the coordinated verb may start at the "and": the first one's auxiliary is looked for in the sentence)
  const sentStart = (ctx.doc.sentences[t.sentence] as { tokenStart: number }).tokenStart;
  // (not one with a name or pronoun for object right after it: "said it had been consulted and urged India to reconsider" —
  // a passive takes no object)
  if (trigger - 2 >= sentStart && (tok(ctx, trigger - 1).lower === 'and' || tok(ctx, trigger - 1).lower === 'or') && !objectRightAfter(ctx, trigger)) {
    const first = tok(ctx, trigger - 2);
    if (first.pos === 'VERB' && (first.lower.endsWith('ed') || first.lower.endsWith('en'))) return isPassive(ctx, trigger - 2, sentStart);
  }
  // ("eight people were killed and more than 400 injured": a gapped passive — a count after "and", then the
  // participle — shares the first one's auxiliary too)
  if (t.lower.endsWith('ed') || t.lower.endsWith('en')) {
    // (also with the count's noun: "a civilian was killed and three others wounded", "and two soldiers injured")
    let k = trigger - 1;
    let counted = false;
    while (k > sentStart && k >= trigger - 5) {
      const w = tok(ctx, k);
      if (w.pos === 'NUM' || COUNT_WORDS.has(w.lower)) counted = true;
      else if (!(w.pos === 'NOUN' || (w.pos === 'ADJ' && mentionAt(ctx, k) < 0))) break;
      k--;
    }
    if (counted && k < trigger - 1 && k - 1 >= sentStart && tok(ctx, k).lower === 'and') {
      const first = tok(ctx, k - 1);
      if (first.pos === 'VERB' && (first.lower.endsWith('ed') || first.lower.endsWith('en'))) return isPassive(ctx, k - 1, sentStart);
    }
  }
  // ("were accused of spying and arrested in Tehran", "were detained and later charged with espionage")
  if (coordinatedPassive(ctx, trigger, sentStart, code)) return true;
  // "was welcomed by China but criticized by Israel": a participle with its own agent after a conjunction
  if (trigger - 1 >= sentStart && CLAUSE_CONJ.has(tok(ctx, trigger - 1).lower) && (t.lower.endsWith('ed') || t.lower.endsWith('en'))
    && trigger + 1 < ctx.doc.tokens.length && tok(ctx, trigger + 1).lower === 'by' && tok(ctx, trigger + 1).sentence === t.sentence) return true;
  // ("The treaty, signed by Britain and France in July, entered into force": a participle set off after a noun, with its agent)
  // (not a mediation, whose parties the context gives: "the deal, brokered by the United States and France")
  if (!code?.startsWith('04') && trigger - 2 >= lo && tok(ctx, trigger - 1).text === ',' && (tok(ctx, trigger - 2).pos === 'NOUN' || tok(ctx, trigger - 2).pos === 'PROPN')
    && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && trigger + 1 < ctx.doc.tokens.length && tok(ctx, trigger + 1).lower === 'by') return true;
  for (let i = trigger - 1; i >= lo && i >= trigger - 3; i--) {
    const b = tok(ctx, i);
    // ("Bazoum, who remains detained": a participle after a verb of staying is passive too)
    // ("after being rammed by Chinese ships": the tagger gives "being" its own lemma)
    if (b.lemma === 'be' || b.lower === 'being' || b.lemma === 'get' || (STAYING.has(b.lemma) && b.pos === 'VERB' && t.lower !== t.lemma)) return true;
    // ("with dozens feared captured", "two more believed killed": a participle after a verb of supposing is a passive's)
    if (i === trigger - 1 && SUPPOSED.has(b.lower) && t.lower !== t.lemma) return true;
    // ("would respond if attacked", "unless provoked": a participle right after a conjunction of condition or time is a
    // passive with its subject left out — the main clause's)
    if (i === trigger - 1 && ELLIPTIC_CONJ.has(b.lower) && t.lower.endsWith('ed')) return true;
    if (b.pos !== 'ADV' && b.pos !== 'PART') return elidedPassive(ctx, trigger);
  }
  return false;
}

/** Parts of speech that open an object right after a verb (the verb is active: "and killed two hostages"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);
/** Roots of acts done to someone, whose participle after "and" may share a passive auxiliary (arrests, charges, attacks). */
const DONE_TO_ROOTS = /^(11|17|18|19|20)/;

/**
 * "Two men were accused of spying and arrested in Tehran", "were detained and later charged with espionage": a
 * participle of an act done to someone, after "and"/"or" (adverbs between), with no object of its own, shares the
 * passive auxiliary of the participle before it in its clause — past phrases, not past a comma or a new clause.
 * "was accused of violating the truce and killed two hostages" has an object: active.
 */
function coordinatedPassive(ctx: DocContext, trigger: number, sentStart: number, code: string | undefined): boolean {
  const t = tok(ctx, trigger);
  if (t.lower === t.lemma) return false;
  if (code === undefined || !DONE_TO_ROOTS.test(code)) return false;
  let k = trigger - 1;
  while (k > sentStart && tok(ctx, k).pos === 'ADV') k--;
  if (k <= sentStart || (tok(ctx, k).lower !== 'and' && tok(ctx, k).lower !== 'or')) return false;
  const next = ctx.doc.tokens[trigger + 1];
  if (next && next.sentence === t.sentence && OBJECT_OPENERS.has(next.pos)) return false;
  for (let i = k - 1; i > sentStart && i >= k - 12; i--) {
    const b = tok(ctx, i);
    if (b.text === ',' || b.text === ';' || b.pos === 'SCONJ' || REL.has(b.lower) || b.lower === 'that') return false;
    if (b.pos !== 'VERB' || b.lower === b.lemma || b.lower.endsWith('ing')) continue;
    let j = i - 1;
    while (j >= sentStart && tok(ctx, j).pos === 'ADV') j--;
    return j >= sentStart && (tok(ctx, j).lemma === 'be' || tok(ctx, j).lower === 'being');
  }
  return false;
}

/** Verbs of holding someone under arrest. */
const HOLDING_UNDER = new Set(['hold', 'place', 'keep', 'put']);

/**
 * "(was) held/placed/kept under (house) arrest": a participle of holding right before "under" and arrest — no object
 * between ("placed Machar under house arrest" is active, its object the target).
 */
function heldUnderArrest(ctx: DocContext, cand: Candidate): boolean {
  let u = -1;
  for (let k = cand.trigger; k < cand.end && k <= cand.trigger + 2; k++) if (tok(ctx, k).lower === 'under') { u = k; break; }
  if (u < 0 && cand.trigger > 0 && tok(ctx, cand.trigger - 1).lower === 'under') u = cand.trigger - 1;
  if (u < 1) return false;
  const v = tok(ctx, u - 1);
  return HOLDING_UNDER.has(v.lemma) && v.lower !== v.lemma && !v.lower.endsWith('ing') && !(v.lower === 'put' && tok(ctx, u - 2)?.pos !== 'AUX');
}

/** Verbs of receiving whose "from" names the giver. */
const RECEIVING = new Set(['receive', 'obtain', 'get', 'secure']);

/** The candidate reads "come under attack/fire" (an attack suffered by the subject). */
export function underAttack(ctx: DocContext, cand: Candidate): boolean {
  return cand.pattern.kind === 'm' && tok(ctx, cand.trigger).lemma === 'come' && tok(ctx, cand.trigger + 1).lower === 'under';
}

/** Conjunctions before a participle whose passive "be" is left out: "if attacked", "when asked", "unless provoked". */
const ELLIPTIC_CONJ = new Set(['if', 'unless', 'when', 'once', 'until', 'whether']);

/** Participles of supposing before another participle: "feared captured", "believed killed", "presumed dead". */
const SUPPOSED = new Set(['feared', 'believed', 'thought', 'presumed', 'understood']);

/**
 * For a passive participle right after a conjunction, the passive verb before it in the sentence that
 * it is coordinated with ("was welcomed by X but criticized by Y"); else the trigger itself.
 */
function firstPassiveOf(ctx: DocContext, trigger: number, sentStart: number): number {
  if (trigger - 1 < sentStart || !CLAUSE_CONJ.has(tok(ctx, trigger - 1).lower)) return trigger;
  for (let i = trigger - 2; i > sentStart; i--) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';') break;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && tok(ctx, i - 1).lemma === 'be') return i;
  }
  return trigger;
}

/** A "by" agent right after a comma that closes a phrase set off after the passive verb (within 30 tokens). */
function agentAfterAside(ctx: DocContext, from: number, end: number): number[] {
  let commas = 0;
  for (let i = from; i + 1 < end && i < from + 30; i++) {
    const t = tok(ctx, i);
    if (t.text === ';' || t.text === ':') return [];
    if (t.text !== ',') continue;
    commas++;
    if (commas >= 2 && tok(ctx, i + 1).lower === 'by') return findObject(ctx, i + 2, end);
  }
  return [];
}

/** Verbs whose "by" agent made the event noun they follow ("a truce agreed by X", "strikes carried out by X"). */
const DOING = new Set(['agree', 'sign', 'declare', 'reach', 'accept', 'observe', 'respect', 'violate', 'break', 'breach', 'launch', 'carry',
  'conduct', 'stage', 'mount', 'initiate', 'unleash', 'order', 'fire', 'claim', 'commit', 'perpetrate', 'make', 'issue', 'impose', 'deliver',
  'send', 'extend', 'offer', 'give', 'grant', 'provide', 'hold', 'lead', 'begin', 'start', 'resume', 'continue', 'use', 'deploy', 'drop', 'shoot', 'do']);

/**
 * The "by" agent of an event noun ("attacks by X", "a ceasefire agreed by X"): not when a verb between them
 * has an agent of its own kind ("the truce was supported by X", "strikes condemned by X": X backs or
 * condemns, it did not make the truce or the strikes).
 */
/**
 * The noun at `trigger` heads the object of a preposition after a passive participle ("was informed of the
 * attack by X", "were told about the strike by Y"): a "by" after it is the passive's agent, not the noun's.
 */
function passiveOfPhrase(ctx: DocContext, trigger: number, lo: number): boolean {
  let i = trigger - 1;
  while (i > lo && (DET_ADJ_NUM.has(tok(ctx, i).pos) || POSSESSIVES.has(tok(ctx, i).lower)) && mentionAt(ctx, i) < 0) i--;
  if (i <= lo || tok(ctx, i).pos !== 'ADP' || tok(ctx, i).lower === 'by') return false;
  const v = tok(ctx, i - 1);
  // (a participle, regular or not: "informed", "told", "shown")
  const participle = v.lower.endsWith('ed') || (v.pos === 'VERB' && v.lower !== v.lemma && !v.lower.endsWith('ing'));
  return (v.pos === 'VERB' || v.pos === 'ADJ') && participle && i - 2 >= lo && (PASSIVE_AUX.has(tok(ctx, i - 2).lower) || (tok(ctx, i - 2).pos === 'ADV' && i - 3 >= lo && PASSIVE_AUX.has(tok(ctx, i - 3).lower)));
}

const PASSIVE_AUX = new Set([...BE_FORMS, 'get', 'got']);

/** The pattern's last element is the word "by" after a form of "be" ("... was carried_out|conducted by"). */
function lastElemIsBy(p: Pattern): boolean {
  const e = p.elems[p.elems.length - 1];
  // (and a form of "be" before it: the noun is the passive's subject, not a phrase the passive hangs on)
  return !!e && e.kind === 'word' && e.alts.length === 1 && e.alts[0] === 'by' && passiveOfNoun(p);
}

/** The pattern tells its noun as the subject of a passive: it holds an exact form of "be" ("sanctions =was|were imposed"). */
function passiveOfNoun(p: Pattern): boolean {
  return p.elems.some((x) => x.kind === 'word' && x.exact && x.alts.includes('was'));
}

/** The pattern ends in its target slot ("... imposed on TGT"). */
function lastElemIsTarget(p: Pattern): boolean {
  return p.elems[p.elems.length - 1]?.kind === 'tgt';
}

function nounAgentAfter(ctx: DocContext, from: number, hi: number, window: number): number[] {
  for (let i = from; i < hi && i < from + window; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'by' || t.text === ',' || t.lower === 'as') break;
    if (t.pos === 'VERB' && !DOING.has(t.lemma)) return [];
  }
  return agentAfter(ctx, from, hi, window);
}

/** Nouns of talking, asking and brokering that take a "by" phrase of their own ("after mediation by Qatar"). */
const OWN_BY_NOUNS = new Set(['mediation', 'talk', 'negotiation', 'effort', 'pressure', 'request', 'call', 'decision', 'statement', 'invitation',
  'initiative', 'proposal', 'plan', 'offer', 'visit', 'intervention', 'facilitation', 'appeal', 'ruling', 'agreement', 'deal', 'announcement']);

function agentAfter(ctx: DocContext, from: number, hi: number, window = 8): number[] {
  for (let i = from; i < hi && i < from + window; i++) {
    // ("had been killed after mediation by Qatar", "maintain the ceasefire after mediation by Turkey"): the "by" of a
    // noun of talking or brokering met on the way is that noun's, no agent of what comes before it
    if (tok(ctx, i).lower === 'by' && i > from && tok(ctx, i - 1).pos === 'NOUN' && OWN_BY_NOUNS.has(tok(ctx, i - 1).lemma)) return [];
    if (tok(ctx, i).lower === 'by') return findObject(ctx, i + 1, hi);
    // ("the agreement as a capitulation by Armenia": the "by" is the predicate noun's)
    if (tok(ctx, i).text === ',' || tok(ctx, i).lower === 'as') return [];
  }
  return [];
}

/** The mention lies in a phrase of "on/about/over" opened after `from` ("an agreement on the exchange of prisoners"). */
function topicMention(ctx: DocContext, mi: number, from: number): boolean {
  const ms = (ctx.mentionTokens[mi] as [number, number])[0];
  for (let k = ms - 1; k >= from; k--) {
    const t = tok(ctx, k);
    if (t.lower === 'on' || t.lower === 'about' || t.lower === 'over' || t.lower === 'regarding' || t.lower === 'concerning') return true;
    if (t.text === ',' || t.pos === 'VERB' || t.lower === 'with' || t.lower === 'between') return false;
  }
  return false;
}

/** The mention is governed by "against" (past a determiner and modifiers): "joint operations against armed groups". */
function againstMention(ctx: DocContext, mi: number): boolean {
  let i = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (i >= 0 && (tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'NUM')) i--;
  return i >= 0 && tok(ctx, i).lower === 'against';
}

/** Participles charging the noun they follow: "two men accused of plotting", "a journalist charged with espionage". */
const ACCUSED_PARTICIPLE = new Set(['accused', 'charged', 'suspected']);

/** Verbs of sending people out of a country: passive with no agent, the country they leave is the source. */
const EXPEL_VERBS = new Set(['expel', 'deport']);

/** The country mention of a "from" phrase right after a passive expulsion ("were expelled from Y on
 * Monday"): a state, not a place inside one, nor any other actor. */
function expelledFrom(ctx: DocContext, from: number, hi: number): number[] {
  for (let i = from; i < hi && i < from + 3; i++) {
    const t = tok(ctx, i);
    if (t.lower !== 'from') { if (t.pos === 'ADV' || t.pos === 'PART') continue; return []; }
    let j = i + 1;
    if (j < hi && tok(ctx, j).lower === 'the') j++;
    const mi = j < hi ? mentionAt(ctx, j) : -1;
    return mi >= 0 && (ctx.doc.actors[mi] as ActorMention).kind === 'country' ? [mi] : [];
  }
  return [];
}

/** Verbs whose object is asked to act ("urged allies to ..."): the infinitive's object is not theirs. */
const URGING = new Set(['urge', 'ask', 'press', 'encourage', 'call', 'appeal', 'tell', 'advise', 'push', 'pressure', 'request', 'invite', 'implore']);

/** Participles of firing a weapon, whose "from" phrase names where it was fired from. */
const LAUNCHED = new Set(['fired', 'launched']);

/**
 * The country of the last place named in the subject of a passive verb at `v` ("Kharkiv was struck", "a school in
 * Odesa was hit"): a place mention in [lo, v) with no verb but the passive's auxiliaries after it, not on water.
 */
function placeOfSubject(ctx: DocContext, lo: number, v: number): string | null {
  const from = tok(ctx, lo).start;
  const to = tok(ctx, v).start;
  let found: PlaceMention | null = null;
  for (const pm of ctx.doc.places) {
    if (pm.start < from) continue;
    if (pm.start >= to) break;
    found = pm;
  }
  if (!found || !found.place.country || found.place.kind === 'water') return null;
  for (let i = v - 1; i >= lo && tok(ctx, i).start >= found.end; i--) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.pos === 'VERB') return null;
  }
  return found.place.country;
}

/** The country of a place named by "from" right after a fired weapon ("launched from Gaza", "from the south of Lebanon"), or null. */
function firedFromPlace(ctx: DocContext, from: number, hi: number): string | null {
  if (from >= hi || tok(ctx, from).lower !== 'from') return null;
  let j = from + 1;
  while (j < hi && j < from + 4 && (tok(ctx, j).pos === 'DET' || tok(ctx, j).pos === 'ADJ')) j++;
  if (j >= hi) return null;
  const pm = placeStartingAt(ctx, tok(ctx, j).start);
  return pm && pm.place.country && pm.place.kind !== 'water' ? pm.place.country : null;
}

/** Verbs of letting captives go: passive with no agent, the state where they were held is the source. */
const RELEASE_VERBS = new Set(['release', 'free']);
/** Verbs of holding captives. */
const HOLDING = new Set(['hold', 'detain', 'capture', 'kidnap', 'abduct', 'imprison', 'jail', 'seize', 'arrest']);

/**
 * A passive verb of holding with its "by" agent between `from` and `to` ("who had been detained by the rebel
 * administration in the east"): the verb's token and the agent's mention, or null.
 */
function heldByBefore(ctx: DocContext, from: number, to: number): { verb: number; holder: number } | null {
  for (let i = from; i < to - 2; i++) {
    const t = tok(ctx, i);
    if (t.pos !== 'VERB' || !HOLDING.has(t.lemma) || tok(ctx, i + 1).lower !== 'by') continue;
    for (let j = i + 2; j < to && j <= i + 7; j++) {
      const mi = mentionAt(ctx, j);
      if (mi >= 0) return { verb: i, holder: mi };
      if (!HOLDER_NP.has(tok(ctx, j).pos) || isClauseBreak(tok(ctx, j))) break;
    }
  }
  return null;
}

/** Tags of the words of a noun phrase before its head ("the U.N.-backed government"). */
const HOLDER_NP = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PUNCT', 'VERB', 'NUM']);
/** Verbs of letting captives go or sending them home (passive with no agent: see `passive-dyad`). */
const RETURN_VERBS = new Set(['release', 'free', 'return', 'repatriate', 'hand', 'exchange', 'swap']);
/** Verbs whose participle + "to" is a passive of a sentence passed ("had been sentenced to four years"), no adjective. */
const SENTENCED_TO = new Set(['sentence', 'condemn']);
const ARREST_VERBS = new Set(['arrest', 'detain', 'apprehend', 'jail', 'imprison']);
/**
 * The state body (`sector`: its police, its courts) that did a passive act with no agent to the passive's subject: of the
 * state where it happened (where they are held, when `held`), else of a state the sentence names other than the subject's,
 * else of the subject's own (not for an organisation's staff). Null when there is no such state — or, for courts, no subject.
 */
function passiveStateAgent(ctx: DocContext, cand: Candidate, sent: { tokenStart: number; tokenEnd: number }, hi: number, sector: string, held: boolean): Attached | null {
  const victims = expand(ctx, findSubject(ctx, cand.trigger, sent.tokenStart));
  const own = victims.length === 1 && countryOf((victims[0] as Party).code) !== 'IGO' ? countryOf((victims[0] as Party).code) : null;
  // (not past whom the held are said to serve: "detained on suspicion of working for Russia's FSB")
  let upTo = hi;
  for (let k = cand.end + 1; k < hi; k++) if (servedBy(ctx, k, cand.end)) { upTo = k - 1; break; }
  const where = (held ? heldIn(ctx, cand.trigger + 1, upTo) : null) ?? placeAfter(ctx, cand, upTo, true) ?? arrestingState(ctx, sent.tokenStart, sent.tokenEnd, own) ?? own;
  if (!where || (!held && victims.length === 0)) return null;
  const body = placeParty(ctx, where + sector, cand.trigger);
  body.mention.kind = 'agent';
  return { cand, pairs: pairs([body], victims.length ? victims : null, false), passive: true, how: held ? 'passive-police' : 'passive-court' };
}

/** A "by" among the matched tokens after the trigger. */
function byInside(ctx: DocContext, cand: Candidate): boolean {
  for (let k = cand.trigger + 1; k < cand.end; k++) if (tok(ctx, k).lower === 'by') return true;
  return false;
}

/** Verbs of a court's judgment on a person, and of a charge laid in law ("was charged with treason"). */
const JUDGED_VERBS = new Set(['sentence', 'convict', 'remand', 'charge']);

/** The country of a place or state named by "in" right after a passive release, within its clause
 * ("were freed in Y", "released from captivity in Y"; not past a comma). */
/** The first place mention starting at character `start`, if any. */
function placeStartingAt(ctx: DocContext, start: number): DocContext['doc']['places'][number] | undefined {
  const places = ctx.doc.places;
  for (let k = 0; k < places.length; k++) if ((places[k] as (typeof places)[number]).start === start) return places[k];
  return undefined;
}

/** The country of the first place on land whose mention starts in the characters [from, to), or null. */
function landIn(ctx: DocContext, from: number, to: number): string | null {
  for (const pm of ctx.doc.places) {
    if (pm.start >= to) break;
    if (pm.start >= from && pm.place.country && pm.place.kind !== 'water') return pm.place.country;
  }
  return null;
}

/**
 * The state a sentence puts an agentless arrest in: the country of its first place, else of its first
 * country actor other than `own` (the arrested's): "Mordor's envoy said the Rohan traders who had been
 * arrested last month were free to go" — Mordor. Null when none.
 */
function arrestingState(ctx: DocContext, start: number, end: number, own: string | null): string | null {
  // (not a place whom the held are said to serve: "on suspicion of working for Russia")
  for (let i = start; i < end; i++) {
    const pm = placeStartingAt(ctx, tok(ctx, i).start);
    if (pm && pm.place.country && pm.place.kind !== 'water' && !servedBy(ctx, i, start)) return pm.place.country;
  }
  for (let i = start; i < end; i++) {
    const mi = mentionAt(ctx, i);
    if (mi < 0) continue;
    const m = ctx.doc.actors[mi] as ActorMention;
    const c = countryPart(m.code);
    // ("were detained on suspicion of working for Russia's FSB", "accused of spying for Iran"): whom the held are said to
    // serve is no one who holds them
    if (servedBy(ctx, i, start)) { i = (ctx.mentionTokens[mi] as [number, number])[1] - 1; continue; }
    if (!isMedia(m) && c && c !== 'IGO' && c !== own) return c;
  }
  return null;
}

/** Verbs of serving another state ("working for", "spying for") before "for" and the mention at `at`. */
const SERVING = new Set(['work', 'spy', 'act', 'collaborate', 'serve']);

/** The mention at `at` follows "for" after a verb of serving, or "on behalf of" ("working for Russia's FSB"). */
function servedBy(ctx: DocContext, at: number, start: number): boolean {
  // (through a possessor: "working for Russia's FSB")
  while (at - 2 >= start && POSSESSIVE_S.has(tok(ctx, at - 1).text) && mentionAt(ctx, at - 2) >= 0) at = (ctx.mentionTokens[mentionAt(ctx, at - 2)] as [number, number])[0];
  if (at - 2 < start) return false;
  const p = tok(ctx, at - 1).lower;
  const v = tok(ctx, at - 2);
  return (p === 'for' && SERVING.has(v.lemma)) || (p === 'of' && v.lower === 'behalf');
}

/** Participles of captivity ("held", "detained", "jailed") whose "in" phrase names where captives are kept. */
const HELD = new Set(['held', 'detained', 'jailed', 'imprisoned', 'kept', 'captured', 'arrested']);

/** "sailors held in Gondor have been freed": the country of a captivity participle's "in" phrase before the trigger, or null. */
function heldBefore(ctx: DocContext, lo: number, trigger: number): string | null {
  for (let i = trigger - 1; i > lo; i--) {
    if (!HELD.has(tok(ctx, i).lower)) continue;
    return heldIn(ctx, i + 1, trigger);
  }
  return null;
}

function heldIn(ctx: DocContext, from: number, hi: number): string | null {
  for (let i = from; i < hi && i < from + 5; i++) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.pos === 'VERB') return null;
    if (t.lower !== 'in' || i + 1 >= hi) continue;
    const next = tok(ctx, i + 1);
    const mi = mentionAt(ctx, i + 1);
    if (mi >= 0) { const m = ctx.doc.actors[mi] as ActorMention; return m.kind === 'country' ? countryOf(m.code) : null; }
    const pm = placeStartingAt(ctx, next.start);
    return pm && pm.place.country && pm.place.kind !== 'water' ? pm.place.country : null;
  }
  return null;
}

/** Nouns of requests and offers whose "from" phrase names their maker ("calls from Y", "an invitation from Y"). */
const PHONE = new Set(['phone', 'telephone']);
const RECEIVE = new Set(['receive', 'get', 'take', 'accept', 'answer', 'welcome', 'reject', 'turn', 'decline', 'ignore', 'draw', 'face', 'earn', 'attract']);

/** The verb receiving the noun phrase that ends at `trigger` ("received a phone call", "accepted an invitation"), or -1. */
function receivingVerb(ctx: DocContext, trigger: number, lo: number): number {
  let j = trigger - 1;
  while (j > lo && DET_ADJ_NUM.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j--;
  const v = tok(ctx, j);
  if (v.pos !== 'VERB') return -1;
  // ("recognised Palestine, prompting a sharp rebuke from Washington": a reaction caused is aimed at who caused it)
  if (CAUSING.has(v.lemma) && REACTION_NOUNS.has(tok(ctx, trigger).lower)) return j;
  return RECEIVE.has(v.lemma) && !(v.lemma === 'turn' && tok(ctx, j + 1).lower !== 'down') ? j : -1;
}

/** Nouns of a reaction against someone, which a move "draws", "prompts" or "sparks" from the one reacting. */
const REACTION_NOUNS = new Set(['criticism', 'condemnation', 'condemnations', 'rebuke', 'rebukes', 'backlash', 'protest', 'protests', 'outrage', 'anger', 'fury']);

/**
 * The subject of the clause a ", a move that/which <verb>" apposition at verb `v` comments on ("Britain recognised
 * Palestine, a move that drew criticism from Israel" → Britain), or none.
 */
function movedBy(ctx: DocContext, v: number, sentStart: number): number[] {
  let j = v - 1;
  if (j <= sentStart || !(tok(ctx, j).lower === 'that' || tok(ctx, j).lower === 'which')) return [];
  j--;
  // (a noun naming an act by what it is: MOVE_N, as in "condemned the move")
  if (j <= sentStart || !MOVE_N.has(tok(ctx, j).lower)) return [];
  j--;
  while (j > sentStart && (tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'DET')) j--;
  if (tok(ctx, j).text !== ',') return [];
  for (let k = j - 1; k >= sentStart; k--) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB' && !t.lower.endsWith('ing')) return findSubject(ctx, k, sentStart);
  }
  return [];
}

const FROM_NOUNS = new Set(['call', 'demand', 'appeal', 'request', 'plea', 'offer', 'proposal', 'invitation', 'ultimatum', 'threat', 'warning',
  'pressure', 'criticism', 'complaint', 'protest', 'accusation', 'condemnation', 'calls', 'demands', 'appeals', 'requests', 'offers', 'threats',
  'condemnations', 'rebuke', 'rebukes', 'backlash']);

/**
 * A past participle right after a common noun that is the object of a preposition or of a non-reporting
 * verb ("violating the agreement signed in March", "in the zone declared last year"), followed by a
 * preposition, a comma or the clause's end and no "by" agent.
 */
function reducedObjectRelative(ctx: DocContext, i: number, lo: number, hi: number): boolean {
  const t = tok(ctx, i);
  if (t.pos !== 'VERB' || !(t.lower.endsWith('ed') || t.lower.endsWith('en')) || i - 1 <= lo) return false;
  // ("will release 18 Cambodian soldiers captured in July": the noun may be an actor, the captives)
  const own = mentionAt(ctx, i - 1);
  if (tok(ctx, i - 1).pos !== 'NOUN') return false;
  const n = i + 1 < hi ? tok(ctx, i + 1) : null;
  // (or a time phrase or the sentence's end: "the fifth Hezbollah member killed this week.")
  if (n && (n.lower === 'by' || !(n.pos === 'ADP' || (n.pos === 'SCONJ' && (n.lower === 'since' || n.lower === 'after' || n.lower === 'before')) || n.text === ',' || n.text === '.' || n.text === ';' || insideTime(ctx, n)))) return false;
  // ("after police killed at least 19 people": a count told roughly is the verb's object)
  if (n && roughCount(ctx, i + 1, hi)) return false;
  let j = own >= 0 ? (ctx.mentionTokens[own] as [number, number])[0] : i - 1;
  // (an actor noun right after another noun is the subject of an object relative: "an attack officials blamed on X")
  const tags = own >= 0 ? DET_ADJ_NUM : NP_TAGS;
  for (;;) {
    if (j <= lo) break;
    const mj = mentionAt(ctx, j - 1);
    // (an actor modifying the head noun is part of its phrase: "18 Mordor army soldiers captured in July")
    if (mj >= 0 && own < 0) { j = (ctx.mentionTokens[mj] as [number, number])[0]; continue; }
    // (and an adverb grading an adjective: "the most senior commander killed")
    if (mj < 0 && tok(ctx, j - 1).pos === 'ADV' && tok(ctx, j).pos === 'ADJ') { j--; continue; }
    if (mj >= 0 || !tags.has(tok(ctx, j - 1).pos)) break;
    j--;
  }
  const b = tok(ctx, j - 1);
  // (or the complement of "be": "He was the most senior Hezbollah figure killed since the truce")
  return j - 1 >= lo && mentionAt(ctx, j - 1) < 0 && ((b.pos === 'ADP' && b.lower !== 'of') || (b.pos === 'VERB' && !REPORTING.has(b.lemma))
    || ((b.pos === 'AUX' || b.pos === 'VERB') && b.lemma === 'be'));
}

const BORDER = new Set(['border', 'frontier', 'boundary']);

/**
 * An actor that only names a border: "a deal on the Irish border", "along the Syrian border", "near
 * the border with Y" — a place or a topic, no party (a "border town" or "border guards" are Y's).
 */
function borderOnly(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  if (m.kind !== 'country') return false;
  const [ms, me] = ctx.mentionTokens[mi] as [number, number];
  const n = ctx.doc.tokens.length;
  if (m.how === 'adjective' && me < n && BORDER.has(tok(ctx, me).lemma) && mentionAt(ctx, me) < 0) {
    const after = me + 1 < n ? tok(ctx, me + 1) : null;
    if (!after || !(after.pos === 'NOUN' || after.pos === 'PROPN')) return true;
  }
  return ms >= 2 && tok(ctx, ms - 1).lower === 'with' && BORDER.has(tok(ctx, ms - 2).lemma);
}

/** Heads of "each side" (the group noun of data/actors/agents.json). */
const EACH_HEADS = new Set(['side', 'party', 'country', 'government', 'army']);

/** "each other" / "one another" in the clause after the match: the subjects act on each other. */
function eachOther(ctx: DocContext, from: number, hi: number): boolean {
  // ("each side accused the other of ...": "the other" after a subject "each <side>")
  let each = false;
  // (or a floated "each" before the verb: "India and Pakistan each accused the other of ...")
  for (let i = from - 1; i >= 0 && i >= from - 8 && !each; i--) each = tok(ctx, i).lower === 'each' && (EACH_HEADS.has(tok(ctx, i + 1).lower) || tok(ctx, i + 1).pos === 'VERB');
  for (let i = from; i + 1 < hi && i < from + 10; i++) {
    const a = tok(ctx, i).lower;
    const b = tok(ctx, i + 1).lower;
    if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another') || (each && a === 'the' && b === 'other')) return true;
    if (a === ',' || (tok(ctx, i).pos === 'VERB' && i > from && !modifierVerb(ctx, i, hi))) return false;
  }
  return false;
}

/** "against" before any "by" within `window` tokens of `from`. */
function againstBefore(ctx: DocContext, from: number, hi: number, window: number): boolean {
  for (let i = from; i < hi && i < from + window; i++) {
    const l = tok(ctx, i).lower;
    if (l === 'by' || l === ',') return false;
    if (l === 'against') return true;
  }
  return false;
}

/** Verbs of an event's happening: "fighting broke out", "clashes erupted", "talks took place". */
const HAPPENING = new Set(['break', 'erupt', 'flare', 'rage', 'continue', 'resume', 'intensify', 'escalate', 'begin', 'start', 'take', 'occur', 'spread', 'persist']);

/**
 * The "between" after the verb of happening of an event noun that is its subject ("Fighting broke out in Tripoli
 * on Wednesday between ..."), past that verb's particle, adverbs, times and place phrases (no comma, no other
 * verb): its token, or -1.
 */
function extraposedBetween(ctx: DocContext, end: number, hi: number): number {
  let i = end;
  while (i < hi && tok(ctx, i).pos === 'AUX') i++;
  if (i >= hi || tok(ctx, i).pos !== 'VERB' || !HAPPENING.has(tok(ctx, i).lemma)) return -1;
  const take = tok(ctx, i).lemma === 'take';
  i++;
  if (take) { if (i >= hi || tok(ctx, i).lower !== 'place') return -1; i++; }
  for (let n = 0; i < hi && n < 10; i++, n++) {
    const t = tok(ctx, i);
    if (t.lower === 'between') return i;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.lower === 'after' || t.lower === 'as') return -1;
  }
  return -1;
}

function between(ctx: DocContext, from: number, hi: number, objectHi = hi): number[] {
  for (let i = from; i < hi; i++) {
    if (tok(ctx, i).lower === 'between' || tok(ctx, i).lower === 'among') {
      // (the "between" must come early; its objects may run on: "a ceasefire between Israel and Iran")
      const g = findObject(ctx, i + 1, Math.max(hi, objectHi));
      return g.length > 1 || (g.length === 1 && mentionCodes(ctx.doc.actors[g[0] as number] as ActorMention).length > 1) ? g : [];
    }
  }
  return [];
}

/** Every mention is an international organisation ("U.N.", "EU"). */
function allIgo(ctx: DocContext, ms: readonly number[]): boolean {
  for (let k = 0; k < ms.length; k++) if ((ctx.doc.actors[ms[k] as number] as ActorMention).kind !== 'igo') return false;
  return true;
}

/** A mention known by its sector alone ("troops", "artillery"): no country, no group. */
function countryless(m: ActorMention): boolean {
  return m.kind !== 'country' && m.code.length === 3 && !(m.members && m.members.length > 0);
}

/** Every mention is known by its sector alone (true for none). */
function allCountryless(ctx: DocContext, ms: readonly number[]): boolean {
  for (let k = 0; k < ms.length; k++) if (!countryless(ctx.doc.actors[ms[k] as number] as ActorMention)) return false;
  return true;
}

/** Some party is the same actor as `code` (sameActor(party, code)). */
function someSameActor(ps: readonly Party[], code: string): boolean {
  for (let k = 0; k < ps.length; k++) if (sameActor((ps[k] as Party).code, code)) return true;
  return false;
}

/** Some party of `ps` is of the country `country`. */
function someOfCountry(ps: readonly Party[], country: string | null): boolean {
  for (let k = 0; k < ps.length; k++) if (countryOf((ps[k] as Party).code) === country) return true;
  return false;
}

/** Nouns of a state holding, trying or sending away a person ("the arrest of X", "the sentencing of X"): HELD_NOUNS and those of trial. */
const DETAINING_NOUNS = new Set([...HELD_NOUNS, 'incarceration', 'sentencing', 'conviction', 'deportations', 'prosecution', 'indictment']);

/**
 * The country whose state holds the person of mention `m` when the object after the trigger is "the arrest of m" (a
 * noun of `DETAINING_NOUNS`, then "of" right before the mention's phrase) and no "by" names who did it: the country of
 * a place right after the person ("... of three American citizens in Venezuela"), else the person's own. Null otherwise.
 * (A state judging its own people's detention abroad is index.ts `ownPeopleHeld`'s, which runs after this.)
 */
function heldByState(ctx: DocContext, trigger: number, m: number, hi: number): string | null {
  const [ms, me] = ctx.mentionTokens[m] as [number, number];
  let k = trigger + 1;
  while (k < ms && k <= trigger + 3 && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'PRON')) k++;
  if (k >= ms || !DETAINING_NOUNS.has(tok(ctx, k).lower) || tok(ctx, k + 1).lower !== 'of' || ms - (k + 2) > 4) return null;
  for (let i = me; i < hi && i < me + 8; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'by') return null;
    if (t.text === ',' || t.text === ';' || t.pos === 'VERB') break;
  }
  const where = locativeAfter(ctx, me, hi);
  const held = ctx.doc.actors[where >= 0 ? where : m] as ActorMention;
  const c = countryOf(held.code);
  // (a person of no known state — "the activist" — or of none: no state is named)
  return !countryless(held) && stateCountry(c) ? c : null;
}

/** Some party of `as` has a country that is the same actor as the country of some party of `bs`. */
function someSameCountry(as: readonly Party[], bs: readonly Party[]): boolean {
  for (let a = 0; a < as.length; a++) {
    const ac = countryOf((as[a] as Party).code);
    for (let b = 0; b < bs.length; b++) if (sameActor(countryOf((bs[b] as Party).code), ac)) return true;
  }
  return false;
}

/** Every party of `ts` is of a country some party of `ss` is of. */
function allCountriesIn(ts: readonly Party[], ss: readonly Party[]): boolean {
  for (let a = 0; a < ts.length; a++) if (!someOfCountry(ss, countryOf((ts[a] as Party).code))) return false;
  return true;
}

/** The parties whose country is not `country`. */
function notOfCountry(ps: readonly Party[], country: string): Party[] {
  const out: Party[] = [];
  for (let k = 0; k < ps.length; k++) if (countryOf((ps[k] as Party).code) !== country) out.push(ps[k] as Party);
  return out;
}

export function expand(ctx: DocContext, ms: number[]): Party[] {
  const out: Party[] = [];
  // "the Y army and allied forces": a member known by its sector alone adds nothing to members with a country
  const some = ms.length > 1 && !allCountryless(ctx, ms);
  const cache = (ctx.partiesOf ??= []);
  for (const mi of ms) {
    const m = ctx.doc.actors[mi] as ActorMention;
    if (some && countryless(m)) continue;
    let own = cache[mi];
    if (!own) {
      own = [];
      for (const code of mentionCodes(m)) own.push({ mention: m, code });
      cache[mi] = own;
    }
    for (let k = 0; k < own.length; k++) out.push(own[k] as Party);
  }
  return out;
}

function countryParty(ctx: DocContext, code: string, like: ActorMention): Party {
  return { mention: { ...like, code, name: code, actorId: `country:${code}`, kind: 'country', how: 'coreference' }, code };
}

/**
 * The reporter after a clause ending at or after token `from`: a comma (after a closing quotation mark or not), then a
 * finite verb of saying within a few words with its subject between (", Katz said") or after it (", said Katz").
 */
/** Attack nouns of the strikes states' forces make (trigger words): "air strikes", "the shelling", "drone strikes". */
const STATE_STRIKES = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'air', 'shelling', 'bombardment', 'bombardments', 'raid', 'raids',
  'drone', 'drones', 'missile', 'missiles', 'artillery', 'barrage', 'barrages']);

/**
 * The mention of a state's armed forces (sector MIL) that tells the clause of candidate `cand`: the subject of a finite
 * verb of saying before its trigger in the sentence ("the army said [strikes hit ...]"), or a reporter after its clause
 * (", the military said"). -1 when none.
 */
export function militaryTeller(ctx: DocContext, cand: Candidate, start: number, end: number): number {
  const say = reportingBefore(ctx, start, cand.trigger);
  let found = say >= 0 ? findSubject(ctx, say, start) : [];
  if (found.length === 0) found = trailingReporter(ctx, cand.end, end);
  if (found.length === 0) found = relativeReporter(ctx, cand.end, end);
  if (found.length !== 1) return -1;
  const code = (ctx.doc.actors[found[0] as number] as ActorMention).code;
  return code.length >= 6 && code.slice(3, 6) === 'MIL' && /^[A-Z]{3}$/.test(code.slice(0, 3)) && !code.startsWith('IGO') ? found[0] as number : -1;
}

/** The country of the first actor mentioned in [from, to) but the teller's, when it is a state other than `own`; else null. */
function hitForeign(ctx: DocContext, from: number, to: number, teller: number, own: string): string | null {
  for (let k = from; k < to; k++) {
    const mi = mentionAt(ctx, k);
    if (mi < 0 || mi === teller) continue;
    const c = countryOf((ctx.doc.actors[mi] as ActorMention).code);
    return c !== own && /^[A-Z]{3}$/.test(c) && !c.startsWith('IGO') ? c : null;
  }
  return null;
}

/**
 * The verb at `i` is one of hitting told in a relative clause on a state's kind of attack, after its teller: "The strike,
 * which the Israeli military said targeted a Hezbollah commander".
 */
function relativeStrike(ctx: DocContext, i: number, lo: number): boolean {
  if (tok(ctx, i).pos !== 'VERB' || !HITTING.has(tok(ctx, i).lemma) || i - 1 <= lo || !REPORTING.has(tok(ctx, i - 1).lemma)) return false;
  let k = i - 2;
  while (k > lo && mentionAt(ctx, k) >= 0) k--;
  if (k === i - 2) return false;
  if (tok(ctx, k).lower === 'the') k--;
  if (k <= lo || (tok(ctx, k).lower !== 'which' && tok(ctx, k).lower !== 'that')) return false;
  if (tok(ctx, k - 1).text === ',') k--;
  return k - 1 >= lo && STATE_STRIKES.has(tok(ctx, k - 1).lower);
}

/** "the strike, which the Israeli military said targeted ...": the teller of a relative clause right after the noun. */
function relativeReporter(ctx: DocContext, from: number, end: number): number[] {
  let k = from;
  if (k < end && tok(ctx, k).text === ',') k++;
  if (k >= end || (tok(ctx, k).lower !== 'which' && tok(ctx, k).lower !== 'that')) return [];
  const mi = mentionAt(ctx, k + 1) >= 0 ? mentionAt(ctx, k + 1) : tok(ctx, k + 1).lower === 'the' ? mentionAt(ctx, k + 2) : -1;
  if (mi < 0) return [];
  const after = (ctx.mentionTokens[mi] as [number, number])[1];
  return after < end && tok(ctx, after).pos === 'VERB' && REPORTING.has(tok(ctx, after).lemma) && !tok(ctx, after).lower.endsWith('ing') ? [mi] : [];
}

function trailingReporter(ctx: DocContext, from: number, end: number): number[] {
  let comma = from;
  while (comma < end && tok(ctx, comma).text !== ',') comma++;
  for (let k = comma + 1; k < end && k <= comma + 7; k++) {
    const t = tok(ctx, k);
    if (t.pos !== 'VERB') continue;
    if (!REPORTING.has(t.lemma) || t.lower.endsWith('ing')) return [];
    const before = findSubject(ctx, k, comma + 1);
    if (before.length) return before;
    const after = mentionAt(ctx, k + 1);
    return after >= 0 && !isMedia(ctx.doc.actors[after] as ActorMention) ? [after] : [];
  }
  return [];
}

/** Verbs of breaking a rule or an agreement. */
const VIOLATING = new Set(['violate', 'breach', 'contravene', 'flout', 'break', 'defy']);

/** The noun at `i` is the object of a verb of breaking ("violating the ceasefire", "broke the fragile truce"). */
function objectOfViolating(ctx: DocContext, i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 5; k--) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB') return VIOLATING.has(t.lemma);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PART' || t.pos === 'NUM')) return false;
  }
  return false;
}

/** The accusation a reporter makes by saying that an act broke a rule (see `reportedViolation`). */
export const ACCUSED_VIOLATION: Pattern = { id: 'accuse-violation.112', code: '112', kind: 'v', elems: [], flags: new Set(), origin: 'src/coding/attach.ts' };

/**
 * "Japan said the launch violated Security Council resolutions", "Seoul said the test was a flagrant violation of
 * the armistice": an act named with no doer, said by an actor to break a law, a resolution or a truce, is that
 * actor's accusation (112), with no target named. A doer named on the act ("North Korea's launch violated") is a
 * subject actor: see `violatorAccused`. Null when this is not such a sentence.
 */
export function reportedViolation(ctx: DocContext, cand: Candidate): Attached | null {
  const code = cand.pattern.code;
  if (!code.startsWith('128') && !code.startsWith('196')) return null;
  const sent = ctx.doc.sentences[cand.sentence] as { tokenStart: number };
  const lo = sent.tokenStart;
  const t = tok(ctx, cand.trigger);
  let i = cand.trigger - 1;
  // (nothing before the trigger in its sentence: no subject, no verb "be" before a noun)
  if (i < lo) return null;
  if (t.pos === 'VERB' && VIOLATING.has(t.lemma)) {
    while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  } else if (t.pos === 'NOUN' && (t.lemma === 'violation' || t.lemma === 'breach')) {
    // "was a clear violation of", "constituted a breach of", "amounts to a violation of"
    while (i > lo && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'DET')) i--;
    if (tok(ctx, i).lower === 'to' && i - 1 >= lo && tok(ctx, i - 1).lemma === 'amount') i--;
    const v = tok(ctx, i);
    if (!(v.lemma === 'be' || v.lemma === 'constitute' || v.lemma === 'amount')) return null;
    i--;
    while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  } else return null;
  let start = i;
  // ("Aoun condemned the strike and said it violated the truce", "..., saying it breached the ceasefire"): a pronoun
  // standing for an attack named before it in the sentence is that act, no actor
  const pr = tok(ctx, i);
  if (i > lo && (pr.lower === 'it' || pr.lower === 'they') && attackNounBefore(ctx, lo, i)) { /* the act's pronoun */ } else {
    // the subject: a common noun phrase naming no actor ("the launch", "Tuesday's test", "such actions")
    if (i <= lo || tok(ctx, i).pos !== 'NOUN' || mentionAt(ctx, i) >= 0) return null;
    while (start - 1 >= lo && /^(?:NOUN|ADJ|DET|NUM|PROPN|PART)$/.test(tok(ctx, start - 1).pos) && tok(ctx, start - 1).text !== ',') {
      if (mentionAt(ctx, start - 1) >= 0) return null;
      start--;
    }
  }
  const r = reportingBefore(ctx, lo, start);
  // ("The launch violated UN resolutions, Japan said.": the reporter after the clause)
  const reporter = r >= 0 ? findSubject(ctx, r, lo) : start === lo ? trailingReporter(ctx, cand.end, (ctx.doc.sentences[cand.sentence] as { tokenEnd: number }).tokenEnd) : [];
  let by = expand(ctx, reporter);
  // ("Aoun condemned the strike, saying it violated the ceasefire": the sayer of a participle clause is the main clause's doer)
  let part = start - 1;
  if (part > lo && tok(ctx, part).lower === 'that') part--;
  if (by.length === 0 && r < 0 && part > lo && tok(ctx, part).pos === 'VERB' && REPORTING.has(tok(ctx, part).lemma) && tok(ctx, part).lower.endsWith('ing')
    && tok(ctx, part - 1).text === ',') {
    const main = ctx.finite[cand.sentence];
    if (main) by = main.pairs.map((x) => x.source).filter((x, k, all) => all.findIndex((y) => y.code === x.code) === k);
  }
  if (by.length === 0) return null;
  return { cand: { ...cand, pattern: ACCUSED_VIOLATION }, pairs: pairs(by, null, false), passive: false, how: 'reported-violation' };
}

/** A definite attack noun no actor covers between `lo` and `end` ("condemned the strike and said it ..."). */
function attackNounBefore(ctx: DocContext, lo: number, end: number): boolean {
  for (let k = lo + 1; k < end; k++) {
    const t = tok(ctx, k);
    if (t.pos !== 'NOUN' || mentionAt(ctx, k) >= 0 || !(ATTACK_NOUNS.has(t.lemma) || STRIKE_NOUNS.has(t.lower))) continue;
    let d = k - 1;
    while (d > lo && (tok(ctx, d).pos === 'ADJ' || tok(ctx, d).pos === 'NOUN') && mentionAt(ctx, d) < 0) d--;
    if (DEFINITE.has(tok(ctx, d).lower)) return true;
  }
  return false;
}

/** What a state is said to break when the saying is a judgment, not a told act (an airspace entered is an act). */
const BROKEN_NORMS = new Set(['law', 'laws', 'norm', 'norms', 'sovereignty', 'resolution', 'resolutions', 'rule', 'rules', 'constitution', 'charter', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'convention', 'conventions', 'obligation', 'obligations', 'commitment', 'commitments', 'sanctions', 'embargo', 'ban', 'integrity']);

/**
 * "Cambodia's Defence Ministry said Thai forces had violated its sovereignty", "China violated international law, Japan
 * said": a state said by another party to have broken a law, a resolution or an accord is accused by that party (112 on
 * the doer), the judgment being the speaker's; told with no one saying it, or by the doer's own side, the violation stays.
 * Not an airspace or territory entered (an act, told as such) nor a truce broken (196).
 */
export function violatorAccused(ctx: DocContext, att: Attached): Attached {
  const cand = att.cand;
  if (cand.pattern.code !== '128' || att.pairs.length === 0 || att.passive) return att;
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'VERB' || !VIOLATING.has(t.lemma)) return att;
  let norm = false;
  for (let k = cand.trigger + 1; k < cand.end; k++) if (BROKEN_NORMS.has(tok(ctx, k).lower)) norm = true;
  if (!norm) return att;
  const sent = ctx.doc.sentences[cand.sentence] as { tokenStart: number; tokenEnd: number };
  const lo = sent.tokenStart;
  // the doers' first token: the reporting verb is before it, or after the clause
  let start = cand.trigger;
  for (const p of att.pairs) {
    const mi = ctx.doc.actors.indexOf(p.source.mention);
    const mt = mi >= 0 ? ctx.mentionTokens[mi] : undefined;
    if (!mt) return att;
    start = Math.min(start, mt[0]);
  }
  while (start - 1 >= lo && (tok(ctx, start - 1).pos === 'DET' || tok(ctx, start - 1).pos === 'ADJ' || tok(ctx, start - 1).lower === 'that')) start--;
  const r = reportingBefore(ctx, lo, start);
  const reporter = r >= 0 ? findSubject(ctx, r, lo) : start === lo ? trailingReporter(ctx, cand.end, sent.tokenEnd) : [];
  const by = expand(ctx, reporter);
  if (by.length === 0) return att;
  const doers = att.pairs.map((x) => x.source).filter((x, k, all) => all.findIndex((y) => y.code === x.code) === k);
  if (by.some((b) => doers.some((d) => sideOf(d.code) === sideOf(b.code)))) return att;
  return { cand: { ...cand, pattern: ACCUSED_VIOLATION }, pairs: pairs(by, doers, false), passive: false, how: 'reported-violation+doer' };
}

/**
 * A target guessed from the article's parties (a ceasefire violated with no victim named) is, when the sentence
 * reports a state's complaint, that state: "Armenia said Azerbaijani shelling violated the ceasefire" is a
 * violation against Armenia, not against the first other country the article names. Not where the article has a
 * main pair the speaker is no member of (a third state reporting a violation in another pair's war).
 */
export function speakerTarget(ctx: DocContext, att: Attached, speaker: string | undefined): Attached {
  const code = att.cand.pattern.code;
  // (and a violation of a truce referred back to an attack that named no victim)
  const guessed = att.how.endsWith('+context') || (code.startsWith('196') && att.how === 'attack-anaphora' && att.pairs.every((x) => x.target === null));
  if (!speaker || !guessed || code.startsWith('04')) return att;
  const side = sideOf(speaker);
  if (side.length !== 3 || side === 'IGO' || (ctx.dyad && !ctx.dyad.includes(side))) return att;
  const out: Pair[] = [];
  for (let k = 0; k < att.pairs.length; k++) {
    const p = att.pairs[k] as Pair;
    if (sideOf(p.source.code) === side) return att;
    if (p.target && sideOf(p.target.code) === side) return att;
    if (!out.some((x) => x.source.code === p.source.code)) out.push({ source: p.source, target: countryParty(ctx, side, p.source.mention) });
  }
  return { ...att, pairs: out, how: `${att.how}+speaker` };
}

/** The same actor, or a country and one of its state organs ("Gondor" and "GONGOV"); a country and its rebels are two. */
function sameActor(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 3 && b.startsWith(a) && !a.startsWith('IGO')) return STATE_SECTORS.has(b.slice(3, 6));
  if (b.length === 3 && a.startsWith(b) && !b.startsWith('IGO')) return STATE_SECTORS.has(a.slice(3, 6));
  return false;
}

/** Ordered pairs, one per country pair; same-country pairs dropped unless allowed. */
export function pairs(src: Party[], tgt: Party[] | null, allowSelf: boolean): Pair[] {
  const out: Pair[] = [];
  // the keys of the pairs kept so far (a handful: a list, not a set)
  const seen: string[] = [];
  const nt = tgt ? tgt.length : 1;
  // (a single combination needs no key)
  const single = src.length * nt === 1;
  for (let a = 0; a < src.length; a++) {
    const s = src[a] as Party;
    for (let b = 0; b < nt; b++) {
      const t = tgt ? (tgt[b] as Party) : null;
      // the same actor (or a country and its own government) is no pair; two sectors of one country
      // are ("the Taliban rejected the Afghan government's offer")
      if (t && !allowSelf && sameActor(s.code, t.code) && !twoGroups(s, t)) continue;
      if (!single) {
        const key = pairKey(s, t);
        if (seen.includes(key)) continue;
        seen.push(key);
      }
      out.push({ source: s, target: t });
    }
  }
  return out;
}

/**
 * The subject of the main clause after a sentence-opening adverbial participle ("After meeting Zelensky, Trump declined
 * to ...", "While visiting Kyiv, Rubio said"): the trigger is an -ing verb right after a subordinator opening the sentence;
 * the actors of the clause after the next comma, before its first finite verb.
 */
function frontedParticipleSubject(ctx: DocContext, trigger: number, start: number, end: number): number[] {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || trigger - 1 !== start || !ADVERBIAL_SUB.has(tok(ctx, start).lower)) return [];
  let comma = trigger + 1;
  while (comma < end && tok(ctx, comma).text !== ',') comma++;
  let v = comma + 1;
  while (v < end && !((tok(ctx, v).pos === 'VERB' || tok(ctx, v).pos === 'AUX') && !tok(ctx, v).lower.endsWith('ing'))) v++;
  if (comma >= end || v >= end) return [];
  return findSubject(ctx, v, comma + 1);
}

/** "each" right before the verb group of the trigger ("Russia and Ukraine each freed"), adverbs and auxiliaries between. */
function floatedEach(ctx: DocContext, trigger: number, lo: number): boolean {
  for (let k = trigger - 1; k >= lo && k >= trigger - 3; k--) {
    const t = tok(ctx, k);
    if (t.lower === 'each') return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return false;
  }
  return false;
}

/** Prepositions of what a shot is aimed at. */
const AIMED_AT = new Set(['at', 'on', 'toward', 'towards', 'into', 'against']);

/** The mention follows "from" (after an optional determiner or compass adjective: "from southern Lebanon"). */
function launchedFrom(ctx: DocContext, mi: number): boolean {
  let b = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (b > 0 && (tok(ctx, b).pos === 'DET' || tok(ctx, b).pos === 'ADJ')) b--;
  return b >= 0 && tok(ctx, b).lower === 'from';
}

/** The object right after a verb is an attack's noun phrase ("the Sumy strike", "the deadly strike on Sumy"): an attack noun within it. */
function attackObject(ctx: DocContext, from: number, hi: number): boolean {
  for (let k = from; k < hi && k < from + 6; k++) {
    const t = tok(ctx, k);
    if (t.type === 'punctuation' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'CCONJ') return false;
    if (t.pos === 'NOUN' && (ATTACK_NOUNS.has(t.lemma) || STRIKE_NOUNS.has(t.lower))) return true;
  }
  return false;
}

/** A finite verb of saying between token `from` and `to` ("[Police] said at least 32 people [were killed]"). */
function reportedOver(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB' && REPORTING.has(t.lemma) && !t.lower.endsWith('ing') && tok(ctx, k - 1)?.lower !== 'to') return true;
  }
  return false;
}

/**
 * Two different named armed groups with one code ("the ELN attacked FARC dissidents": COLREB and COLREB), or two
 * different named people, are two actors.
 */
function twoGroups(s: Party, t: Party): boolean {
  const a = s.mention;
  const b = t.mention;
  if (a.kind === 'group' && b.kind === 'group') return !!a.actorId && !!b.actorId && a.actorId !== b.actorId;
  // ("Hammad accused Dbeibah of corruption": the heads of rival governments of one state, both LBYGOV, are two people)
  if (a.kind === 'person' && b.kind === 'person') return a.how !== 'coreference' && b.how !== 'coreference' && !!a.actorId && !!b.actorId && a.actorId !== b.actorId;
  // ("South Sudan's government arrested Machar", "Pakistan's government charged Foreign Minister Ishaq Dar": a state or its
  // body acting on a named person of its own code — the person is someone else)
  if (a.kind === 'agent' && a.how !== 'coreference' && b.kind === 'person' && b.how !== 'coreference' && !!b.actorId) return true;
  // ("clashes between Druze fighters and Bedouin fighters", "rival Tuareg and Arab militias"): two differently named
  // bands of one country's non-state armed men, SYRREB and SYRREB — factional fighting, not one actor
  // (and two named kinds of its civilians: "herders killed 52 farmers", NGACVL and NGACVL — communal violence)
  return a.kind === 'agent' && b.kind === 'agent' && a !== b && a.how !== 'coreference' && b.how !== 'coreference' && a.text.toLowerCase() !== b.text.toLowerCase()
    && (NON_STATE_ARMED.has(s.code.slice(3, 6)) || s.code.slice(3, 6) === 'CVL') && s.code.length === 6;
}

/** Sectors of armed men outside a state's forces. */
const NON_STATE_ARMED = new Set(['REB', 'INS', 'UAF', 'CRM']);

/** Every ordered pair of two different actors of the group, one per key (first kept). */
function reciprocal(group: Party[]): Pair[] {
  return pairs(group, group, false);
}

/** One pair per pair of sides; two actors of one side are told apart by their codes. */
function pairKey(s: Party, t: Party | null): string {
  const sc = sideOf(s.code);
  const tc = t ? sideOf(t.code) : '-';
  return sc === tc && t ? `${s.code}>${t.code}` : `${sc}>${tc}`;
}

// lemmas, and the forms wink tags ADJ (its lemma is then the form itself)
/** CAMEO roots of physical attack (assault, fight, mass violence). */
/** Codes of attacks: assault (18), fight (19), mass violence (20). */
export const ATTACK_CODE = /^(18|19|20)/;

/** Measures, texts and campaigns: what they "target" or "hit" is no armed attack. */
const NONVIOLENT_N = new Set(['sanctions', 'sanction', 'measures', 'measure', 'tariffs', 'tariff', 'law', 'laws', 'legislation', 'bill',
  'resolution', 'resolutions', 'policy', 'policies', 'restrictions', 'rules', 'regulations', 'reforms', 'campaign', 'investigation',
  'probe', 'inquiry', 'report', 'ads', 'advertisements', 'criticism', 'package', 'decree', 'order', 'ban', 'embargo', 'levies', 'duties']);

/**
 * An -ing attack verb right after a measure or text it belongs to ("a package of sanctions targeting
 * Russia's energy revenues", "tariffs hitting exports"): a reduced relative whose subject is that noun,
 * not the actor further left.
 */
function figurativeAgent(ctx: DocContext, trigger: number, start: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || trigger - 1 < start) return false;
  const n = tok(ctx, trigger - 1);
  if (n.pos === 'NOUN' && mentionAt(ctx, trigger - 1) < 0 && NONVIOLENT_N.has(n.lower)) return true;
  // ("adopted its 17th package of sanctions against Russia on Tuesday, targeting 200 vessels": a participle
  // after the comma that closes a clause whose object is a measure describes the measure)
  if (n.text !== ',') return false;
  for (let i = trigger - 2; i >= start && i >= trigger - 14; i--) {
    const b = tok(ctx, i);
    if (b.pos === 'VERB' || b.text === ',' || b.text === ';') return false;
    if (b.pos === 'NOUN' && NONVIOLENT_N.has(b.lower)) return true;
  }
  return false;
}
const HURT = new Set(['kill', 'wound', 'injure', 'hurt', 'maim', 'die', 'killed', 'wounded', 'injured']);

/**
 * The passive hurt verb whose "in"/"during" phrase holds the noun at `trigger` ("were killed in <Indian
 * shelling>", "died in an attack"): its index, or -1.
 */
function hurtVerbBefore(ctx: DocContext, trigger: number, lo: number): number {
  let j = trigger - 1;
  while (j >= lo && (mentionAt(ctx, j) >= 0 || NP_TAGS.has(tok(ctx, j).pos))) j--;
  if (j <= lo || !IN_DURING_BY.has(tok(ctx, j).lower)) return -1;
  const v = tok(ctx, j - 1);
  if (!(HURT.has(v.lemma) || HURT.has(v.lower))) return -1;
  // passive ("were killed") or "died"
  const aux = j - 2 >= lo ? tok(ctx, j - 2) : null;
  return v.lemma === 'die' || (aux && (aux.pos === 'AUX' || aux.lower === 'been')) ? j - 1 : -1;
}

/**
 * "..., diplomats say", "..., analysts said": a reporting verb whose subject is a common noun (no actor, or
 * an actor of no country) right after a comma, or opening the sentence.
 */
function unnamedSpeakers(ctx: DocContext, trigger: number, sentStart: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !REPORTING.has(t.lemma) || trigger - 1 < sentStart) return false;
  const n = tok(ctx, trigger - 1);
  const mi = mentionAt(ctx, trigger - 1);
  // (a mention of no country, "diplomats" → GOV, is such a noun too)
  if (n.pos !== 'NOUN' || (mi >= 0 && countryPart((ctx.doc.actors[mi] as ActorMention).code) !== '')) return false;
  let j = mi >= 0 ? (ctx.mentionTokens[mi] as [number, number])[0] - 1 : trigger - 2;
  while (j >= sentStart && (tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'NUM' || tok(ctx, j).pos === 'DET') && mentionAt(ctx, j) < 0) j--;
  return j < sentStart || tok(ctx, j).text === ',';
}

/** Prepositions opening a fronted adverbial ("In a phone call with Y, X ..."). */
const FRONTED = new Set(['in', 'during', 'at', 'after', 'following']);

/**
 * "In a phone call with Modi, Vance urged ...", "During a meeting with Putin, Modi raised ...": a
 * noun phrase inside a prepositional phrase opening the sentence, closed by a comma, with an actor
 * and its verb right after the comma: that actor (with the mentions chained to it) is the noun's
 * subject. Empty when the shape differs.
 */
function frontedPhraseSubject(ctx: DocContext, cand: Candidate, sentStart: number, end: number): number[] {
  let j = cand.trigger - 1;
  // (a hyphened modifier too: "After a two-hour call with Putin, Trump said")
  while (j >= sentStart && ((NP_TAGS.has(tok(ctx, j).pos) || (tok(ctx, j).text === '-' && j > sentStart && tok(ctx, j - 1).end === tok(ctx, j).start)) && mentionAt(ctx, j) < 0)) j--;
  if (j !== sentStart || !FRONTED.has(tok(ctx, j).lower)) return [];
  for (let i = cand.end; i < end && i < cand.end + 8; i++) {
    const t = tok(ctx, i);
    if (t.text !== ',') { if (t.pos === 'VERB') return []; continue; }
    const mi = i + 1 < end ? mentionAt(ctx, i + 1) : -1;
    if (mi < 0 || isMedia(ctx.doc.actors[mi] as ActorMention)) return [];
    const group = compound(ctx, mi, 1, i + 1, end);
    const after = (ctx.mentionTokens[group[group.length - 1] as number] as [number, number])[1];
    return after < end && (tok(ctx, after).pos === 'VERB' || tok(ctx, after).pos === 'AUX') ? group : [];
  }
  return [];
}

/** Prepositions of an adverbial around a clause's act ("after fierce fighting with Y"). */
const AROUND = new Set(['after', 'during', 'amid', 'following', 'in']);

/**
 * The combat noun at the trigger heads a phrase "after/during/amid ... <noun> with Y" of the clause (its
 * determiner-less or indefinite noun phrase right after the preposition), and Y is an actor: the
 * clause's subject fought Y: Y's mentions, else none.
 */
function foughtWith(ctx: DocContext, cand: Candidate, lo: number, hi: number): number[] {
  let j = cand.trigger - 1;
  while (j >= lo && (tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'ADV' || tok(ctx, j).lower === 'a' || tok(ctx, j).lower === 'an')) j--;
  if (j < lo || !AROUND.has(tok(ctx, j).lower) || tok(ctx, j).pos !== 'ADP') return [];
  // (not the victims' "were killed in clashes with Y": that is the hurt rule's)
  if (hurtVerbBefore(ctx, cand.trigger, lo) >= 0) return [];
  return withAfter(ctx, cand.trigger + 1, Math.min(hi, cand.end + 3));
}

/** The actor of a "with" phrase right after an attack noun ("an exchange of fire with Y"), or none. */
function withAfter(ctx: DocContext, from: number, hi: number): number[] {
  for (let i = from; i < hi && i < from + 3; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'with') return findObject(ctx, i + 1, hi);
    if (t.text === ',' || t.pos === 'VERB') return [];
  }
  return [];
}

/**
 * Whether the noun phrase ending in the noun at `trigger` is definite ("the strikes", "Monday's
 * attack"): it names an attack told of before, whose attacker the story already knows.
 */
function definiteBefore(ctx: DocContext, trigger: number, lo: number): boolean {
  let j = trigger - 1;
  while (j >= lo && mentionAt(ctx, j) < 0 && tok(ctx, j).pos !== 'DET' && NP_TAGS.has(tok(ctx, j).pos)) j--;
  if (j < lo) return false;
  const d = tok(ctx, j);
  return DEFINITE.has(d.lower) || POSSESSIVE_DET.has(d.lower) || d.text === "'s" || d.text === '’s';
}
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** How many distinct keys the parties have (a loop over a handful of parties: no set, no array). */
function distinct(ps: readonly Party[], key: (p: Party) => string): number {
  let n = 0;
  for (let a = 0; a < ps.length; a++) {
    const k = key(ps[a] as Party);
    let seen = false;
    for (let b = 0; b < a && !seen; b++) seen = key(ps[b] as Party) === k;
    if (!seen) n++;
  }
  return n;
}
const partyCountry = (p: Party): string => countryOf(p.code);
// each IGO is a side of its own
const partySide = (p: Party): string => {
  const side = sideOf(p.code);
  return side === 'IGO' ? p.code : side;
};
const distinctCountries = (ps: Party[]): number => distinct(ps, partyCountry);
/**
 * How many sides a group of parties spans: countries, and within one country the state and each
 * non-state sector ("Sudan's army and the RSF", "protesters and police") — a civil war's two sides
 * act on each other as two states do; "the government and the army" are one side.
 */
const distinctSides = (ps: Party[]): number => distinct(ps, partySide);

/** Verbs of closing a border or crossing. */
const CLOSING = new Set(['close', 'shut', 'seal', 'closure', 'closing', 'shutdown', 'sealing']);

/** Sectors of armed men fighting a state from inside it (and its gangs: "Haitian police and Kenyan troops fought gangs"). */
const INSURGENT_SECTORS = new Set(['REB', 'INS', 'CRM']);

/** A state's own party and armed men fighting it from inside (CODMIL and CODREB): one country, two sides of a war. */
function armedFoes(a: Party, b: Party): boolean {
  const ca = countryOf(a.code);
  if (ca !== countryOf(b.code)) return false;
  const ra = INSURGENT_SECTORS.has(a.code.slice(3, 6));
  const rb = INSURGENT_SECTORS.has(b.code.slice(3, 6));
  return ra !== rb && sideOf(ra ? b.code : a.code) === ca;
}

/** Every party is an agent known by its sector alone ("prisoners", "troops"). */
function allSectorAgents(ps: readonly Party[]): boolean {
  for (let k = 0; k < ps.length; k++) { const t = ps[k] as Party; if (!(t.mention.kind === 'agent' && (t.code.length === 3 || PLACED_AGENT.test(t.mention.text)))) return false; }
  return true;
}

/** An agent noun whose country is only that of the place it is in ("prisoners in Istanbul"). */
const PLACED_AGENT = /^[a-z][\w-]* (?:in|at) /;

/** Every party is of the country `c`. */
function allOfCountry(ps: readonly Party[], c: string): boolean {
  for (let k = 0; k < ps.length; k++) if (countryOf((ps[k] as Party).code) !== c) return false;
  return true;
}

/** No source is a country by name, and for a protest none is a state organ of a country. */
function popularSources(ps: readonly Party[], protest: boolean): boolean {
  for (let k = 0; k < ps.length; k++) {
    const x = ps[k] as Party;
    if (!(!(x.mention.kind === 'country' && x.mention.how !== 'adjective') && (!protest || !STATE_SECTORS.has(x.code.slice(3, 6)) || x.code.length === 3))) return false;
  }
  return true;
}

/** Some party's mention is known by its sector alone. */
function someCountryless(ps: readonly Party[]): boolean {
  for (let k = 0; k < ps.length; k++) if (countryless((ps[k] as Party).mention)) return true;
  return false;
}

/** Every party's code has a sector (longer than a country code). */
function allSectored(ps: readonly Party[]): boolean {
  for (let k = 0; k < ps.length; k++) if ((ps[k] as Party).code.length <= 3) return false;
  return true;
}

function allNationalityGroups(ctx: DocContext, ms: readonly number[]): boolean {
  for (let k = 0; k < ms.length; k++) if (!nationalityGroup(ctx, ms[k] as number)) return false;
  return true;
}

function allNationalityNouns(ctx: DocContext, ms: readonly number[]): boolean {
  for (let k = 0; k < ms.length; k++) if (!nationalityNoun(ctx, ms[k] as number)) return false;
  return true;
}

/** No parties. */
function none(cand: Candidate): Attached {
  return { cand, pairs: [], passive: false, how: 'none' };
}

/**
 * "accused Y of supplying the drones, a charge Y has repeatedly denied", "an allegation the police rejected": a charge
 * noun whose relative clause has an actor subject and a verb of denying — the denier (that subject) rejects the
 * charge of the one who made it (the subject of the verb the charge was told with, before the noun). Null when the
 * relative clause has no actor subject.
 */
/** Verbs of laying a charge on someone. */
const CHARGING = new Set(['accuse', 'blame', 'charge', 'allege', 'hold', 'condemn', 'denounce']);

function chargeDenied(ctx: DocContext, cand: Candidate, sentStart: number): Attached | null {
  let v = -1;
  for (let i = cand.trigger + 1; i < cand.end; i++) if (tok(ctx, i).pos === 'VERB') { v = i; break; }
  if (v < 0) return null;
  let j = v - 1;
  while (j > cand.trigger && (tok(ctx, j).pos === 'ADV' || tok(ctx, j).pos === 'AUX')) j--;
  const mi = mentionAt(ctx, j);
  if (mi < 0 || j <= cand.trigger) return null;
  const denier = expand(ctx, [mi]);
  // the verb the charge was told with: the nearest verb of saying or blaming before the noun, else the nearest verb
  let told = -1;
  let near = -1;
  for (let i = cand.trigger - 1; i >= sentStart && told < 0; i--) {
    const t = tok(ctx, i);
    if (t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    if (near < 0) near = i;
    if (REPORTING.has(t.lemma) || CHARGING.has(t.lemma)) told = i;
  }
  if (told < 0) told = near;
  const accuser = told >= 0 ? expand(ctx, findSubject(ctx, told, sentStart)).filter((x) => !denier.some((d) => d.code === x.code)) : [];
  return { cand, pairs: pairs(denier, accuser.length ? accuser : null, false), passive: false, how: 'charge-denied' };
}

/** Subordinators before an adverbial participle ("after killing", "while visiting"). */
export const ADVERBIAL_SUB = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'without']);

const SPEAKER_TAIL = new Set(['ADV', 'AUX', 'ADP', 'PROPN', 'NOUN', 'DET', 'ADJ']);
/** Verbs of saying that report a clause (not "announced the release", "vowed to", "denied launching": acts of their own). */
const SAYING = new Set(['say', 'tell', 'report', 'add', 'state', 'insist', 'stress', 'note', 'write', 'allege']);

/** Verbs of speech whose participle after a reported clause is the speaker's ("..., accusing Washington of murder"). */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['accuse', 'blame', 'call', 'say', 'add', 'warn', 'urge', 'describe', 'condemn', 'denounce',
  'vow', 'insist', 'note', 'cite', 'argue', 'claim', 'dismiss', 'reject', 'demand', 'praise', 'threaten', 'deny', 'criticize', 'criticise', 'brand', 'label']);

/** A finite verb in [from, to): not an -ing form, nor an infinitive after "to". */
export function finiteBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tok(ctx, k);
    if (w.pos === 'VERB' && !w.lower.endsWith('ing') && tok(ctx, k - 1).lower !== 'to') return true;
  }
  return false;
}

/**
 * The mentions `src` end right before a verb of saying (adverbs between) that stands between them and the trigger:
 * they are its speakers and the trigger is inside what they report — unless the trigger is a verb coordinated with
 * the verb of saying ("said ... and struck") or the verb of saying itself.
 */
function speakerOnly(ctx: DocContext, src: readonly number[], trigger: number): boolean {
  let j = lastEnd(ctx, src);
  // (past a place phrase of the speakers: "Residents of Kurram district said")
  const from = j;
  while (j < trigger && j < from + 6 && SPEAKER_TAIL.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j++;
  if (j >= trigger) return false;
  const v = tok(ctx, j);
  if (v.pos !== 'VERB' || !SAYING.has(v.lemma) || v.lower.endsWith('ing')) return false;
  // ("Russia said its forces captured two villages", "Britain says it will not accept": the speaker's own people act)
  for (let k = j + 1; k < trigger; k++) {
    const t = tok(ctx, k);
    if (POSSESSIVE_DET.has(t.lower) || t.lower === 'our' || SUBJECT_PRONOUNS.has(t.lower)) return false;
    // ("said Y was responsible and vowed to retaliate": a predicate coordinated with the verb of saying is the speaker's)
    if ((t.lower === 'and' || t.lower === 'but') && k + 1 <= trigger) {
      let m = k + 1;
      while (m < trigger && tok(ctx, m).pos === 'ADV') m++;
      const w = tok(ctx, m);
      if (w.pos === 'VERB' && !w.lower.endsWith('ing')) return false;
    }
  }
  const trig = tok(ctx, trigger);
  // ("said after hosting talks", "said on Sunday, dismissing reports": a participle hangs on the speaker's clause; "said
  // that removing the sanctions is out of the question": a gerund with its object is the speaker's own course)
  if (trig.lower.endsWith('ing')) {
    const b = tok(ctx, trigger - 1);
    // ("The Houthis said a U.S. strike hit a detention centre, killing 68 people": after the reported clause's own finite
    // verb, the participle hangs on that clause — its doer is the clause's subject, never the speaker)
    // (but an act of speech is the speaker's own way of saying it: "Petro said a fisherman had been killed, accusing
    // Washington of murder")
    if (b.text === ',') return finiteBetween(ctx, j + 1, trigger - 1) && !SPEECH_PARTICIPLES.has(trig.lemma);
    if (ADVERBIAL_SUB.has(b.lower)) return false;
    const n = ctx.doc.tokens[trigger + 1];
    if (n && (n.pos === 'DET' || n.pos === 'PROPN' || mentionAt(ctx, trigger + 1) >= 0)) return false;
  }
  for (let k = trigger - 1; k > j && k >= trigger - 2; k--) {
    const t = tok(ctx, k);
    if (t.lower === 'and' || t.lower === 'but') return false;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') break;
  }
  return true;
}

/** The noun phrase of the noun at `trigger` is the object of a verb of putting forward ("proposed a three-month truce"). */
function proposedBefore(ctx: DocContext, trigger: number, lo: number): boolean {
  let j = trigger - 1;
  // (across hyphened modifiers: "a three-month truce")
  while (j > lo && (NP_TAGS.has(tok(ctx, j).pos) || tok(ctx, j).text === '-') && mentionAt(ctx, j) < 0) j--;
  const v = tok(ctx, j);
  return v.pos === 'VERB' && PROPOSE_LEMMAS.has(v.lemma);
}

/** Verbs of putting a truce or plan forward (lemmas). */
const PROPOSE_LEMMAS = new Set(['propose', 'offer', 'suggest', 'float', 'table', 'present', 'unveil', 'draft', 'seek', 'urge', 'demand']);

export function attach(ctx: DocContext, cand: Candidate): Attached {
  // ("Two opposition figures were arrested, accused of plotting against the government"): "accused of" after a comma, with
  // no object between, is a passive participle — who is named before it is accused, by no one the sentence names
  if (cand.pattern.code.startsWith('11') && cand.trigger > 0 && tok(ctx, cand.trigger - 1).text === ',' && tok(ctx, cand.trigger).lower === 'accused'
    && tok(ctx, cand.trigger + 1)?.lower === 'of') return none(cand);
  const att = attachPairs(ctx, cand);
  // ("Babanusa has been under siege by the RSF", "El Fasher was under RSF siege"): who is under a siege suffers it — the
  // clause's subject is its target, the party named in or after it the besieger; with none named, no event
  if (cand.pattern.code === '191' && tok(ctx, cand.trigger).lower === 'under') {
    const flipped: Pair[] = [];
    for (const x of att.pairs) if (x.target) flipped.push({ source: x.target, target: x.source });
    return flipped.length ? { ...att, pairs: flipped, how: `${att.how}+suffered` } : none(cand);
  }
  // ("Iran hit Tel Aviv" but "Iran hit a record"): a reading that is an event only when done to someone
  // (nor when no one is told doing it: "An air strike hit a residential area" is the strike's event, not the verb's)
  if (cand.pattern.flags.has('needtarget') && (att.pairs.every((x) => !x.target) || att.how.startsWith('unattributed') || !directTarget(ctx, cand, att))) {
    // ("Wang Yi visited Kabul for talks with Muttaqi": the place of another state right after a verb of visiting is what
    // is visited, whoever a phrase further on names)
    const visited = cand.pattern.code.startsWith('042') && att.pairs.length > 0 && !att.how.startsWith('unattributed') ? placeRightAfter(ctx, cand) : null;
    if (visited && att.pairs.every((x) => countryOf(x.source.code) !== visited)) {
      const src = att.pairs.map((x) => x.source).filter((x, k, all) => all.findIndex((y) => y.code === x.code) === k);
      return { ...att, pairs: pairs(src, [placeParty(ctx, visited, cand.end)], false), how: `${att.how}+visited` };
    }
    return none(cand);
  }
  // ("M23 fighters entered Bukavu", not "Chinese officials entered Switzerland"): a reading that is an act of force only
  // when armed men or a state do it
  if (cand.pattern.flags.has('armed') && !att.pairs.every((x) => armedSource(x.source.code) && !unarmedHead(ctx, x.source, cand.trigger))) return none(cand);
  // ("after the UK leaves the EU": leaving a body of states is quitting it, no withdrawal of forces)
  if (cand.pattern.flags.has('armed') && cand.pattern.code === '0874' && att.pairs.some((x) => x.target !== null && x.target.code.startsWith('IGO'))) return none(cand);
  // ("thanked Tokayev for Kazakhstan's humanitarian aid", "Kenya welcomed Uganda's apology"): a party's aid, apology or
  // offer named as what another thanks for or welcomes was given or made to that other
  if ((cand.pattern.kind === 'n' || NOUN_ADJ.has(tok(ctx, cand.trigger).pos)) && /^(03|05|06|07)/.test(cand.pattern.code) && att.pairs.length > 0 && att.pairs.every((x) => x.target === null)) {
    const v = thankingVerbBefore(ctx, cand.trigger);
    const sent = ctx.doc.sentences[cand.sentence];
    const by = v >= 0 && sent ? expand(ctx, findSubject(ctx, v, sent.tokenStart)).filter((t) => att.pairs.every((x) => sideOf(x.source.code) !== sideOf(t.code))) : [];
    if (by.length) return { ...att, pairs: pairs(att.pairs.map((x) => x.source), by, false), how: `${att.how}+thanked` };
  }
  // ("Pakistan rejected Indian allegations of involvement", "dismissed Indian claims as baseless"): a denial's or
  // rejection's accuser named by an adjective inside the pattern, before the charge's noun
  if ((cand.pattern.code === '016' || cand.pattern.code.startsWith('12')) && att.pairs.length > 0 && att.pairs.every((x) => x.target === null)) {
    const accuser = accuserInside(ctx, cand);
    if (accuser >= 0) {
      const tgt = expand(ctx, [accuser]).filter((t) => att.pairs.every((x) => sideOf(x.source.code) !== sideOf(t.code)));
      if (tgt.length) return { ...att, pairs: pairs(att.pairs.map((x) => x.source), tgt, false), how: `${att.how}+accuser` };
    }
  }
  return att;
}

/** Verbs of receiving another's act with thanks or approval ("thanked Y for", "welcomed Y's apology"). */
const THANKING = new Set(['thank', 'welcome', 'praise', 'hail', 'appreciate', 'accept', 'acknowledge', 'laud', 'commend', 'applaud']);

/** The verb of thanks or approval whose object's noun phrase ends at the noun `trigger` (over "for", a possessor and modifiers), or -1. */
function thankingVerbBefore(ctx: DocContext, trigger: number): number {
  for (let k = trigger - 1, n = 0; k >= 0 && n < 9; k--, n++) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB') return THANKING.has(t.lemma) ? k : -1;
    if (t.type === 'punctuation' && !POSSESSIVE_S.has(t.text)) return -1;
  }
  return -1;
}

/** A protest's target after `at` with every member of its list ("rallied against the United States and Israel"). */
function protestList(ctx: DocContext, at: number, hi: number): number[] {
  const m = protestTarget(ctx, at, hi);
  return m.length ? compound(ctx, m[0] as number, 1, at, hi) : m;
}

/** Nouns of a charge or claim ("claims", "allegations", "accusations", "charges"). */
const CHARGE_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'assertion', 'assertions']);

/** A mention right before a charge noun inside the match ("Indian claims"), or -1. */
function accuserInside(ctx: DocContext, cand: Candidate): number {
  for (let i = cand.trigger + 1; i < cand.end; i++) {
    if (!CHARGE_NOUNS.has(tok(ctx, i).lower)) continue;
    const m = ctx.actorAt[i - 1] as number;
    return m >= 0 && (ctx.doc.actors[m] as ActorMention).kind === 'country' ? m : -1;
  }
  return -1;
}

/** The country of a place named right after the trigger, after an optional determiner ("visited Kabul", "toured the Donbas"). */
function placeRightAfter(ctx: DocContext, cand: Candidate): string | null {
  const sent = ctx.doc.sentences[cand.sentence] as { tokenEnd: number };
  let i = cand.end;
  if (i < sent.tokenEnd && tok(ctx, i).pos === 'DET') i++;
  if (i >= sent.tokenEnd) return null;
  const at = tok(ctx, i).start;
  for (const pm of ctx.doc.places) {
    if (pm.start > at) break;
    if (pm.start === at) return pm.place.country && pm.place.kind !== 'water' ? pm.place.country : null;
  }
  return null;
}

/**
 * The target of a reading that needs one is what the verb is done to: a place found for it, the subject of its passive,
 * or an actor right after it ("hit Iran", "hit the Iranian capital") — not a party of a phrase further on ("entered
 * talks with the United States").
 */
function directTarget(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (att.how.includes('+place') || att.passive) return true;
  const sent = ctx.doc.sentences[cand.sentence] as { tokenEnd: number };
  let i = cand.end;
  while (i < sent.tokenEnd && i < cand.end + 3 && (tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'ADJ')) i++;
  if (i >= sent.tokenEnd) return false;
  const at = tok(ctx, i).start;
  return att.pairs.some((x) => x.target !== null && x.target.mention.start <= at);
}

/** Plural nouns an infinitive completes rather than has for subject ("for ways to end the war"). */
const COMPLEMENT_PLURALS = new Set(['ways', 'means', 'efforts', 'steps', 'plans', 'options', 'chances', 'opportunities', 'measures', 'reasons',
  'calls', 'demands', 'proposals', 'attempts', 'moves', 'bids', 'talks', 'negotiations', 'preparations', 'arrangements', 'resources', 'funds', 'weapons']);

const LOCATIVE_PREPS = new Set(['outside', 'near', 'inside', 'at', 'in', 'opposite', 'beside', 'behind', 'on']);

/** The mention `mi` follows a locative preposition that follows an attack noun ("a bombing outside a court", "a blast at the ministry"). */
function placedAfterAttackNoun(ctx: DocContext, mi: number, lo: number): boolean {
  let k = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (k > lo && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'NOUN') && mentionAt(ctx, k) < 0) k--;
  if (k <= lo || !LOCATIVE_PREPS.has(tok(ctx, k).lower)) return false;
  const h = tok(ctx, k - 1);
  return h.pos === 'NOUN' && (ATTACK_NOUNS.has(h.lemma) || STRIKE_NOUNS.has(h.lower));
}

/** Heads of armed men's units and arms that a country adjective can name the country of ("Israeli tanks", "Russian columns"). */
const ARMED_HEADS = new Set(['tank', 'column', 'vehicle', 'armour', 'armor', 'jet', 'aircraft', 'warplane', 'helicopter', 'gunship', 'drone',
  'warship', 'gunboat', 'submarine', 'unit', 'battalion', 'brigade', 'division', 'regiment', 'commando', 'paratrooper', 'marine', 'artillery']);

/**
 * A country named by its adjective (or name) before a noun of no armed men or arms ("Egyptian crews", "Indian aid teams",
 * "Egyptian trucks entered Gaza"): the state does not act by force through them. `trigger`, the act's own noun, is no such head.
 */
function unarmedHead(ctx: DocContext, p: Party, trigger: number): boolean {
  // (or by its name used as one: "Kenya farmers")
  if ((p.mention.how !== 'adjective' && p.mention.kind !== 'country') || p.code.length !== 3) return false;
  const mi = ctx.doc.actors.indexOf(p.mention);
  const span = mi >= 0 ? ctx.mentionTokens[mi] : undefined;
  if (!span) return false;
  const n = ctx.doc.tokens.length;
  let i = span[1];
  while (i < n && tok(ctx, i).pos === 'ADJ') i++;
  // (not the trigger itself: in "Israeli strikes continued" the adjective names whose strikes they are)
  return i < n && i !== trigger && tok(ctx, i).pos === 'NOUN' && (ctx.actorAt[i] as number) < 0 && !ARMED_HEADS.has(tok(ctx, i).lemma);
}

/** Sectors of armed forces, regular or not. */
const ARMED_SECTORS = new Set(['MIL', 'REB', 'INS', 'UAF', 'SEP', 'COP', 'SPY']);

/** A state (its bare code), its armed forces or an armed group acts. */
export function armedSource(code: string): boolean {
  // ("Aid workers entered Gaza": an aid group or an international body is armed only as a force, "AU troops")
  if (code.startsWith('NGO') || code.startsWith('IGO')) return code.endsWith('MIL');
  if (code.length === 3) return ROLE_ONLY_CODES.has(code) ? ARMED_SECTORS.has(code) : /^[A-Z]{3}$/.test(code);
  return ARMED_SECTORS.has(code.slice(3, 6));
}

function attachPairs(ctx: DocContext, cand: Candidate): Attached {
  const sent = ctx.doc.sentences[cand.sentence];
  if (!sent) return none(cand);
  const p = cand.pattern;
  // (no actor, and none to be found for it elsewhere: inherit.ts leaves a 'figurative' reading alone)
  if (ATTACK_CODE.test(p.code) && figurativeAgent(ctx, cand.trigger, sent.tokenStart)) return { cand, pairs: [], passive: false, how: 'figurative' };
  // ("blamed Congo and Burundi for violating the ceasefire", "accused them of breaking the truce"): a truce named as what
  // is broken is no truce made by anyone in the sentence
  if (p.kind === 'n' && p.code.startsWith('087') && objectOfViolating(ctx, cand.trigger, sent.tokenStart)) return none(cand);
  // "Xi met visiting Brazilian President Lula": the one named after "visiting" visits the clause's subject
  // (not a gerund after a preposition: "looking forward to visiting Japan", "talked about visiting China")
  if (p.code.startsWith('042') && tok(ctx, cand.trigger).lower === 'visiting' && modifierVerb(ctx, cand.trigger, sent.tokenEnd)
    && mentionAt(ctx, cand.trigger + 1) >= 0 && !(cand.trigger > sent.tokenStart && (tok(ctx, cand.trigger - 1).lower === 'to' || tok(ctx, cand.trigger - 1).pos === 'ADP'))) {
    const visitor = expand(ctx, compound(ctx, mentionAt(ctx, cand.trigger + 1), 1, cand.trigger + 1, sent.tokenEnd));
    const host = expand(ctx, findSubject(ctx, cand.trigger, sent.tokenStart));
    return { cand, pairs: pairs(visitor, host.length ? host : null, p.flags.has('self')), passive: false, how: 'visiting' };
  }
  if (p.kind === 'n' && p.code === '016') {
    const denied = chargeDenied(ctx, cand, sent.tokenStart);
    if (denied) return denied;
  }
  // ("Omani-mediated contacts between Iran and the United States", "agreed to a Qatar-brokered truce": the name before
  // the hyphen went between — the parties of a "between" phrase after, else the clause's subjects, else the main pair)
  if (p.code.startsWith('045') && cand.trigger >= 2 && tok(ctx, cand.trigger - 1).text === '-' && mentionAt(ctx, cand.trigger - 2) >= 0) {
    const by = expand(ctx, [mentionAt(ctx, cand.trigger - 2)]);
    let tg: Party[] = [];
    for (let i = cand.trigger + 1; i < sent.tokenEnd && i <= cand.trigger + 4 && tg.length === 0; i++) {
      if (tok(ctx, i).lower === 'between' && mentionAt(ctx, i + 1) >= 0) tg = expand(ctx, compound(ctx, mentionAt(ctx, i + 1), 1, i + 1, sent.tokenEnd));
    }
    if (tg.length === 0) {
      const v = firstFiniteVerb(ctx, sent.tokenStart, cand.trigger);
      const subjects = v >= 0 ? expand(ctx, findSubject(ctx, v, sent.tokenStart)) : [];
      if (subjects.length >= 2) tg = subjects;
    }
    if (tg.length === 0) tg = contextTargets(ctx, p.code, by, cand.sentence);
    return { cand, pairs: pairs(by, tg.length ? tg : null, false), passive: false, how: 'hyphen-broker' };
  }
  // ('"Hamas will pay a heavy price," Katz said': harm promised to the party named before "will", by the reporter after
  // the clause; with no such reporter, no threat is told)
  if (p.code === '138' && (tok(ctx, cand.trigger).lower === 'will' || tok(ctx, cand.trigger).lower === 'would')) {
    const harmed = cand.trigger > sent.tokenStart ? mentionAt(ctx, cand.trigger - 1) : -1;
    const by = harmed >= 0 ? trailingReporter(ctx, cand.end, sent.tokenEnd) : [];
    if (by.length === 0) return none(cand);
    return { cand, pairs: pairs(expand(ctx, by), expand(ctx, [harmed]), false), passive: false, how: 'reported-threat' };
  }
  const lo = clauseStart(ctx, cand.trigger, sent.tokenStart);
  const hi = clauseEnd(ctx, cand.end, sent.tokenEnd);
  const allowSelf = p.flags.has('self');
  const recip = p.flags.has('recip');
  // a multi-word pattern opening with a noun or adjective ("violent protests by X") is nominal too
  // ("after five days of fighting": a gerund after "<noun> of" is a noun too)
  // (a trigger word tagged as a name is a capitalised common noun: "Protesters clashed with police")
  // (a verb the tagger read as a noun right after its subject, matched as a verb: "Russia, Ukraine swap prisoners")
  const first = p.elems[0];
  const verbRead = first?.kind === 'word' && first.pos === 'V' && tok(ctx, cand.trigger).pos === 'NOUN' && !tok(ctx, cand.trigger).lower.endsWith('ing')
    && cand.trigger > 0 && mentionAt(ctx, cand.trigger - 1) >= 0;
  // ("Pakistan was ready to respond": an adjective predicated of the subject by "be" is the subject's, like a verb)
  const predicative = tok(ctx, cand.trigger).pos === 'ADJ' && p.kind === 'm' && (beBefore(ctx, cand.trigger, lo) || copulaBefore(ctx, cand.trigger, lo));
  const nominal = !verbRead && !predicative && (p.kind === 'n' || NOUN_ADJ.has(tok(ctx, cand.trigger).pos) || tok(ctx, cand.trigger).pos === 'PROPN' || gerundOfNoun(ctx, cand.trigger, lo) || pluralNoun(ctx, cand.trigger));
  // "X is committed to opening", "X is opposed to": with no agent, a participle + "to" phrase written
  // into the pattern is an adjective of the subject
  const passive = !nominal && !p.flags.has('nopassive') && isPassive(ctx, cand.trigger, lo, p.code)
    && !(p.kind === 'm' && cand.trigger + 2 < hi && tok(ctx, cand.trigger + 1).lower === 'to' && tok(ctx, cand.trigger + 2).lower !== 'death' && !RETURN_VERBS.has(tok(ctx, cand.trigger).lemma) && !SENTENCED_TO.has(tok(ctx, cand.trigger).lemma) && agentAfter(ctx, cand.end, hi).length === 0);
  // ("the U.S. ambassador was summoned by Denmark": a reading of the passive only — its active form has a pattern of its own)
  if (p.flags.has('passive') && !passive) return none(cand);
  // ("was summoned by police for questioning": a summons of the law, no diplomatic protest)
  if (p.flags.has('passive') && tok(ctx, cand.trigger).lemma === 'summon' && questioningAfter(ctx, cand.end, hi)) return none(cand);
  // "a decree signed by X", "rebels backed by X": a participle after a noun with its agent is a
  // reduced passive relative — the agent is the source, the noun (when an actor) the target
  // ("sanctions on five nationals accused of laundering money", "arrested two men accused of plotting an attack": a
  // participle of charging right after a noun, with no agent, charges that noun — the clause's subject is the accuser)
  const t0 = tok(ctx, cand.trigger);
  if (!nominal && !passive && ACCUSED_PARTICIPLE.has(t0.lower) && cand.trigger > lo && cand.trigger + 1 < hi
    && (tok(ctx, cand.trigger - 1).pos === 'NOUN' || mentionAt(ctx, cand.trigger - 1) >= 0) && (tok(ctx, cand.trigger + 1).lower === 'of' || tok(ctx, cand.trigger + 1).lower === 'with')) {
    const accused = nounPhraseBefore(ctx, cand.trigger, lo);
    const main = firstFiniteVerb(ctx, sent.tokenStart, cand.trigger);
    const accuser = main >= 0 && main < cand.trigger ? findSubject(ctx, main, sent.tokenStart) : [];
    if (accuser.length === 0) return none(cand);
    return { cand, pairs: pairs(expand(ctx, accuser), accused.mention >= 0 ? expand(ctx, [accused.mention]) : null, allowSelf), passive: true, how: 'reduced-accused' };
  }
  // ("Imran Khan was held under house arrest", headline "Machar placed under house arrest in Juba": the one held is the
  // subject, the police of the state where it happened hold — with or without "was")
  if (p.code === '173' && heldUnderArrest(ctx, cand)) {
    const police = passiveStateAgent(ctx, cand, sent, hi, 'COP', true);
    return police ?? none(cand);
  }
  // "Haiti received military aid from the United States": help told from the side of the one helped — the giver after
  // "from" is the source, the subject the target
  if (p.kind === 'm' && RECEIVING.has(t0.lemma) && tok(ctx, cand.end - 1).lower === 'from' && !passive) {
    const giver = findObject(ctx, cand.end, hi);
    const helped = findSubject(ctx, cand.trigger, sent.tokenStart);
    if (giver.length === 0 || helped.length === 0) return none(cand);
    return { cand, pairs: pairs(expand(ctx, giver), expand(ctx, helped), false), passive: false, how: 'received-from' };
  }
  // "Kenyan police came under fire from gang members", "a patrol came under attack near Jenin": an attack told from the side
  // of the attacked — the subject is the target, a "from"/"by" phrase right after it the attacker, else unidentified attackers
  if (underAttack(ctx, cand)) {
    const victims = findSubject(ctx, cand.trigger, sent.tokenStart);
    if (victims.length === 0) return none(cand);
    // ("came under heavy Russian drone attack": the attacker's adjective inside the phrase)
    let by: number[] = [];
    for (let k = cand.trigger + 2; k < cand.end && by.length === 0; k++) if (mentionAt(ctx, k) >= 0) by = [mentionAt(ctx, k)];
    if (by.length === 0 && cand.end < hi && (tok(ctx, cand.end).lower === 'from' || tok(ctx, cand.end).lower === 'by')) by = findObject(ctx, cand.end + 1, hi);
    return { cand, pairs: pairs(by.length ? expand(ctx, by) : [unidentifiedParty(ctx, cand.trigger)], expand(ctx, victims), false), passive: true, how: 'came-under' };
  }
  const reduced = !nominal && !passive && !p.flags.has('nopassive') && agentParticiple(ctx, cand.trigger, hi) && cand.end - cand.trigger <= 2;
  if (reduced) {
    const src = agentAfter(ctx, cand.trigger + 1, hi, 3);
    if (src.length === 0) return none(cand);
    const phrase = nounPhraseBefore(ctx, cand.trigger, lo);
    // ("talks in the Egyptian resort mediated by Egypt and Qatar": for a go-between, a name modifying a common
    // noun — a place, a thing — is not who it went between)
    const np = phrase.noun && MEDIATING.has(tok(ctx, cand.trigger).lemma) ? -1 : phrase.mention;
    let tgt = np >= 0 && !isMedia(ctx.doc.actors[np] as ActorMention) ? expand(ctx, [np]) : [];
    // ("a ceasefire between Israel and Iran brokered by X": both of the pair the phrase names)
    if (np >= 0 && MEDIATING.has(tok(ctx, cand.trigger).lemma)) {
      const first = (ctx.mentionTokens[np] as [number, number])[0];
      const other = first > 1 && tok(ctx, first - 1).lower === 'and' ? mentionAt(ctx, first - 2) : -1;
      if (other >= 0 && other !== np) {
        const os = (ctx.mentionTokens[other] as [number, number])[0];
        if (os > 0 && tok(ctx, os - 1).lower === 'between') tgt = expand(ctx, [other, np]);
      }
    }
    // "X and Y agreed to a truce brokered by Z": Z went between the parties that agreed
    if (tgt.length === 0 && MEDIATING.has(tok(ctx, cand.trigger).lemma)) {
      const agents = expand(ctx, src);
      // ("Russia and Ukraine exchanged 146 prisoners in a deal mediated by the UAE": the subject of the clause's
      // verb, not the object nearest before)
      const main = firstFiniteVerb(ctx, lo, cand.trigger);
      const subj = main >= 0 ? findSubject(ctx, main, sent.tokenStart) : [];
      tgt = expand(ctx, subj.length ? subj : findSubject(ctx, cand.trigger, sent.tokenStart)).filter((t) => !agents.some((a) => sameActor(a.code, t.code)));
      // ("the deal, brokered by X, ...": no party in the sentence — the article's main pair)
      if (tgt.length === 0 && p.flags.has('ctx')) tgt = contextTargets(ctx, p.code, agents, cand.sentence);
    }
    return { cand, pairs: pairs(expand(ctx, src), tgt.length ? tgt : null, allowSelf), passive: true, how: 'reduced-passive' };
  }
  // "the occupied West Bank", "war-torn Gondor": a participle used as an adjective reports no event
  if (p.kind === 'v' && cand.end === cand.trigger + 1 && tok(ctx, cand.trigger).pos === 'VERB' && modifierVerb(ctx, cand.trigger, hi)) return none(cand);
  // ("opposed the use of frozen Russian assets", "the seized tankers"): a participle before the noun phrase its pattern
  // ends in only describes that noun
  if (p.kind === 'm' && (tok(ctx, cand.trigger).pos === 'VERB' || tok(ctx, cand.trigger).pos === 'ADJ') && !tok(ctx, cand.trigger).lower.endsWith('ing')
    && cand.trigger > lo && (ARTICLE.has(tok(ctx, cand.trigger - 1).lower) || tok(ctx, cand.trigger - 1).pos === 'ADP') && ctx.actorAt[cand.trigger - 1] === -1
    && modifierVerb(ctx, cand.trigger, hi) && nounPhraseTo(ctx, cand.trigger + 1, cand.end)) return none(cand);
  // "violated the truce agreement signed in March": a participle after the object of another verb, with
  // no agent, is a reduced relative about that object — background, no event of anyone in the sentence
  if (p.kind === 'v' && !passive && reducedObjectRelative(ctx, cand.trigger, lo, hi)) return none(cand);

  // ("hosted talks in Cairo between Israel and Hamas": a place phrase may come before the "between")
  let bEnd = cand.end;
  if (recip && bEnd < hi && (tok(ctx, bEnd).lower === 'in' || tok(ctx, bEnd).lower === 'at')) {
    let j = bEnd + 1;
    while (j < hi && j < bEnd + 5 && (tok(ctx, j).pos === 'PROPN' || tok(ctx, j).lower === 'the')) j++;
    if (j < hi && tok(ctx, j).lower === 'between') bEnd = j;
  }
  let btw = !recip ? [] : bEnd > cand.end ? between(ctx, bEnd, hi) : between(ctx, cand.trigger + 1, Math.min(hi, cand.end + 2), hi);
  // ("Fighting broke out in Tripoli on Wednesday between X and Y", "Clashes erupted overnight between ...": the
  // "between" of an event noun may follow the verb of its happening and that verb's adverbials)
  // ("a phone call last Tuesday between Trump and Putin": a time between the noun and its "between")
  if (recip && btw.length === 0 && cand.end + 1 < hi) {
    let j = cand.end;
    // (with its preposition: "talks on Sunday between")
    if ((tok(ctx, j).lower === 'on' || tok(ctx, j).lower === 'in' || tok(ctx, j).lower === 'at') && insideTime(ctx, tok(ctx, j + 1))) j++;
    if (insideTime(ctx, tok(ctx, j))) {
      while (j < hi && insideTime(ctx, tok(ctx, j))) j++;
      btw = between(ctx, j, Math.min(hi, j + 1), hi);
    }
  }
  // (a bare event noun read with no target: "Heavy fighting broke out ... between")
  if ((recip || (p.kind === 'n' && p.flags.has('notarget'))) && btw.length === 0) {
    const b = extraposedBetween(ctx, cand.end, hi);
    if (b >= 0) btw = between(ctx, b, b + 1, hi);
  }
  if (btw.length) return { cand, pairs: reciprocal(expand(ctx, btw)), passive, how: 'between' };

  let src: number[];
  let how = 'subject';
  // the foe of "after fierce fighting with Y" (foughtWith), when the subject is the clause's
  let foe: number[] = [];
  // the state of a place a weapon was fired from ("rockets launched from Gaza"), when no actor is named
  let firedFrom: string | null = null;
  let weaponPlace: string | null = null;
  if (passive) {
    // ("was hit by Russian missiles": a pattern may hold the agent's "by" and the agent's own words)
    src = agentAfter(ctx, p.kind === 'm' && p.elems[1]?.kind === 'word' && p.elems[1].alts.includes('by') ? cand.trigger + 1 : cand.end, hi);
    // ("has been accused of misusing $50 million, much of it believed embezzled, by government officials": the
    // agent after a phrase set off by commas)
    if (src.length === 0) src = agentAfterAside(ctx, cand.end, sent.tokenEnd);
    // ("the Danish ambassador was summoned to the Russian foreign ministry": with no agent, the body one is summoned to)
    if (src.length === 0 && tok(ctx, cand.trigger).lemma === 'summon' && cand.end < hi && tok(ctx, cand.end).lower === 'to') {
      src = findObject(ctx, cand.end + 1, hi);
      // ("the Georgian chargé d'affaires was summoned to the ministry": a ministry that took the envoy's own country from the
      // sentence is no summoner of its own envoy — the summoner is unknown, and so is the event)
      const envoys = expand(ctx, findSubject(ctx, cand.trigger, sent.tokenStart)).map((x) => countryOf(x.code));
      if (src.length && envoys.length && src.every((mi) => envoys.includes(countryOf((ctx.doc.actors[mi] as ActorMention).code)))) return none(cand);
    }
    // ("26 civilians were killed in the Indian strikes": with no agent, the attacker named on the attack the victims
    // were hurt in)
    if (src.length === 0 && HURT.has(tok(ctx, cand.trigger).lemma)) src = attackerOfPhrase(ctx, cand.end, hi);
    // ("six soldiers were wounded when gunmen opened fire on a patrol": with no agent, the attacker of the "when" clause)
    if (src.length === 0 && HURT.has(tok(ctx, cand.trigger).lemma)) src = attackerOfWhenClause(ctx, cand.end, sent.tokenEnd);
    // ("two soldiers were killed by a roadside bomb near Kandahar": a weapon as the agent, unidentified
    // attackers of the country where it happened)
    if (src.length === 0 && ATTACK_CODE.test(p.code) && byWeapon(ctx, cand.end, hi)) weaponPlace = placeAfter(ctx, cand, hi, true);
    how = 'passive';
    // ("Iran warned that any attack would be met with a crushing response": an answer promised with no agent is the
    // threat of whoever reports it)
    if (src.length === 0 && p.code.startsWith('13') && ANSWERED.has(tok(ctx, cand.trigger).lemma)) {
      const r = reportingBefore(ctx, sent.tokenStart, cand.trigger);
      // (whom it threatens is whoever would commit the act, unnamed: not a place in the act's phrase, "any attack in
      // Niger", nor the threateners' own partners)
      // ("any Indian military action would be met with a decisive response": a doer named as the act's modifier is)
      if (r >= 0) {
        const by = expand(ctx, findSubject(ctx, r, sent.tokenStart));
        const doers = findSubject(ctx, firstPassiveOf(ctx, cand.trigger, sent.tokenStart), sent.tokenStart)
          .filter((mi) => (ctx.mentionTokens[mi] as [number, number])[0] > r && tok(ctx, (ctx.mentionTokens[mi] as [number, number])[0] - 1).pos !== 'ADP');
        const tg = doers.length ? notOfCountry(expand(ctx, doers), by.length ? countryOf((by[0] as Party).code) : '') : [];
        if (by.length) return { cand, pairs: pairs(by, tg.length ? tg : null, false), passive: true, how: 'passive-answer' };
      }
    }
    // "were expelled from Y", "was deported from Y" with no agent: the state one is sent out of expels
    if (src.length === 0 && EXPEL_VERBS.has(tok(ctx, cand.trigger).lemma)) {
      src = expelledFrom(ctx, cand.trigger + 1, hi);
      if (src.length) how = 'passive-from';
    }
    // "prisoners were released in Y", "were freed from captivity in Y" with no agent: the state where
    // they were held releases them
    // "two journalists were detained in Iran": with no agent, the police of the state where it happened
    // arrest (else of a state the sentence names other than the arrested's, else of the arrested's own)
    // (and "was placed under house arrest")
    if (src.length === 0 && (ARREST_VERBS.has(tok(ctx, cand.trigger).lemma) || (p.code === '173' && tok(ctx, cand.trigger).lemma === 'place'))) {
      // (an organisation's staff have no police of their own: "11 UN staff were detained" names no arresting state)
      const police = passiveStateAgent(ctx, cand, sent, hi, 'COP', true);
      if (police) return police;
    }
    // ("Archbishop Ajapahyan was sentenced to two years in prison", "was remanded in custody"): with no agent, the courts of
    // the state where it happened sentence (else of a state the sentence names other than the convicted's, else of their own)
    // (not past an agent inside the match: "charged by a special tribunal with genocide")
    if (src.length === 0 && JUDGED_VERBS.has(tok(ctx, cand.trigger).lemma) && (p.code.startsWith('11') || p.code === '173') && !backgroundClause(ctx, cand) && !byInside(ctx, cand)) {
      const court = passiveStateAgent(ctx, cand, sent, hi, 'JUD', false);
      if (court) return court;
    }
    // ("the sailors held in Gondor for a month have been freed": the place told in the subject's participle phrase)
    const held = src.length === 0 && RELEASE_VERBS.has(tok(ctx, cand.trigger).lemma) ? heldIn(ctx, cand.trigger + 1, hi) ?? heldBefore(ctx, lo, cand.trigger) : null;
    if (held) {
      const ps = [placeParty(ctx, held, cand.trigger)];
      const tg = notOfCountry(expand(ctx, findSubject(ctx, cand.trigger, sent.tokenStart)), held);
      return { cand, pairs: pairs(ps, tg.length ? tg : null, false), passive: true, how: 'passive-held' };
    }
    // ("Russia and the United States swapped prisoners ... Eight Russians were returned to Moscow": with no agent
    // nor place of captivity, people of one state of the article's main pair are let go by the other)
    const pair = ctx.dyad ?? (ctx.parties.length === 2 ? ctx.parties : null);
    if (src.length === 0 && RETURN_VERBS.has(tok(ctx, cand.trigger).lemma)) {
      const subject = findSubject(ctx, cand.trigger, sent.tokenStart);
      // ("two Danish sailors who had been detained by the Houthi authorities were freed": the agent of a verb of
      // holding in the subject's relative clause holds them, and lets them go)
      const held = heldByBefore(ctx, sent.tokenStart, cand.trigger);
      if (held) {
        const holder = expand(ctx, [held.holder]);
        const own = countryOf((holder[0] as Party).code);
        let captive = -1;
        for (let i = sent.tokenStart; i < held.verb && captive < 0; i++) {
          const mi = mentionAt(ctx, i);
          if (mi >= 0 && countryOf((ctx.doc.actors[mi] as ActorMention).code) !== own) captive = mi;
        }
        return { cand, pairs: pairs(holder, captive >= 0 ? expand(ctx, [captive]) : null, false), passive: true, how: 'passive-holder' };
      }
      const freed = pair ? expand(ctx, subject) : [];
      const own = pair && freed.length ? countryOf((freed[0] as Party).code) : '';
      const other = pair && own && freed.every((f) => countryOf(f.code) === own) && pair.includes(own) ? pair.find((c) => c !== own) : undefined;
      if (other) return { cand, pairs: pairs([countryParty(ctx, other, (freed[0] as Party).mention)], freed, false), passive: true, how: 'passive-dyad' };
    }
  } else if (nominal) {
    // ("Putin told Trump in a phone call that ...": a call with no "with" in an adverbial phrase is between the
    // clause's subject and the object of its verb of telling)
    const told = p.code === '041' ? callBetween(ctx, cand, lo, sent.tokenStart) : null;
    if (told) return { cand, pairs: pairs(expand(ctx, told.src), expand(ctx, told.tgt), false), passive: false, how: 'call-adjunct' };
    src = possessor(ctx, cand.trigger, lo, cand.sentence);
    how = 'possessor';
    // ("Mali, Burkina Faso and Niger announced their withdrawal": "their" resolved to one member of the clause's subject
    // list stands for the whole list)
    if (src.length === 1 && (ctx.doc.actors[src[0] as number] as ActorMention).text.toLowerCase() === 'their') {
      const code = (ctx.doc.actors[src[0] as number] as ActorMention).code;
      const at = (ctx.mentionTokens[src[0] as number] as [number, number])[0];
      const verb = at - 1 >= sent.tokenStart && tok(ctx, at - 1).pos === 'VERB' ? at - 1 : -1;
      const subject = verb >= 0 ? findSubject(ctx, verb, sent.tokenStart) : [];
      if (subject.length > 1 && subject.some((m) => (ctx.doc.actors[m] as ActorMention).code === code)) src = subject;
    }
    // an agent noun as trigger ("fired tear gas at protesters"): the protesters protest, not the
    // sentence's subject
    // (not a weapon named first and fired after it: "the rockets fired by X" are X's)
    const weaponFirst = cand.end - cand.trigger >= 2 && LAUNCHED.has(tok(ctx, cand.trigger + 1).lower);
    const own = src.length === 0 && !weaponFirst ? mentionAt(ctx, cand.trigger) : -1;
    if (own >= 0 && (ctx.doc.actors[own] as ActorMention).kind === 'agent') {
      // ("a terrorist attack by X": an agent adjective modifying the event noun yields to the noun's "by" agent)
      const by = tok(ctx, cand.trigger).pos === 'ADJ' ? nounAgentAfter(ctx, cand.end, hi, 4) : [];
      src = by.length ? by : [own];
      how = by.length ? 'agent' : 'agent-noun';
    }
    // "X launched artillery strikes": a modifier known by its sector alone yields to a subject with a country
    // (and for sanctions, an organisation's name modifying them yields to the states that put them in force: "Britain,
    // France and Germany triggered the return of U.N. sanctions on Iran")
    const weak = how === 'possessor' && src.length > 0 && (allCountryless(ctx, src) || (p.code.startsWith('16') && allIgo(ctx, src)));
    // ("protests against abuses by the army": the "by" is the abuses', the army is what is protested against)
    // ("a truce brokered by X": the agent of a go-between's participle did not make the truce)
    // ("had been informed of the attack by the U.S. military": the agent of a passive verb the noun's phrase hangs on)
    // ("the attack on the convoy was carried out by the RSF": a pattern ending in the passive's "by" has its agent next)
    if (src.length === 0 && cand.end < hi && tok(ctx, cand.end - 1).lower === 'by' && lastElemIsBy(p)) { src = findObject(ctx, cand.end, hi); how = 'agent'; }
    // ("sanctions were imposed on Iran by the EU": a noun told in the passive up to its target has its agent after it)
    if (src.length === 0 && cand.end < hi && lastElemIsTarget(p) && passiveOfNoun(p)) { src = agentAfter(ctx, cand.end, hi, 5); how = 'agent'; }
    // ("the seizure of Goma's airport by M23", "the capture of two Russian soldiers by Ukrainian troops": an "of" phrase
    // of a few words before the agent)
    if (src.length === 0 && !againstBefore(ctx, cand.trigger + 1, hi, 4) && !mediatedBy(ctx, cand.trigger + 1, hi) && !passiveOfPhrase(ctx, cand.trigger, lo)) {
      src = nounAgentAfter(ctx, cand.trigger + 1, hi, cand.trigger + 1 < hi && tok(ctx, cand.trigger + 1).lower === 'of' ? 6 : 4);
      how = 'agent';
    }
    // "two missiles were launched from Iran", "rockets fired from Lebanon": with no agent, the state a weapon
    // was fired from fired it
    let fired = cand.trigger + 1;
    while (fired < cand.end && !LAUNCHED.has(tok(ctx, fired).lower)) fired++;
    if (src.length === 0 && fired < cand.end) {
      src = expelledFrom(ctx, fired + 1, hi);
      if (src.length) how = 'fired-from';
      else {
        // (a place of the state: "from Gaza", "from southern Lebanon")
        firedFrom = firedFromPlace(ctx, fired + 1, hi);
        if (firedFrom) how = 'fired-from';
      }
    }
    // "calls from Y", "an offer from Y": a request or offer comes from its maker
    // ("a phone call from Y": the head noun after "phone")
    const fromAt = PHONE.has(tok(ctx, cand.trigger).lower) && cand.trigger + 2 < hi && tok(ctx, cand.trigger + 1).lemma === 'call' ? cand.trigger + 2 : cand.trigger + 1;
    if (src.length === 0 && (FROM_NOUNS.has(tok(ctx, cand.trigger).lemma) || fromAt > cand.trigger + 1) && fromAt < hi && tok(ctx, fromAt).lower === 'from') {
      src = findObject(ctx, fromAt + 1, hi);
      how = 'agent';
      // "X received a phone call from Y": the call is to the receiver
      const v = src.length ? receivingVerb(ctx, cand.trigger, lo) : -1;
      if (v >= 0) {
        let to = findSubject(ctx, v, sent.tokenStart);
        if (to.length === 0) to = movedBy(ctx, v, sent.tokenStart);
        if (to.length) return { cand, pairs: pairs(expand(ctx, src), expand(ctx, to), false), passive: false, how: 'agent+receiver' };
      }
    }
    if (src.length === 0 || weak) {
      // (for a weak modifier, the subject left of the whole noun phrase: "X launched air and artillery strikes")
      const from = weak ? firstStart(ctx, src) : cand.trigger;
      // ("X accused Y of ... and resumed strikes": the subject of the support verb the noun is the object of,
      // which a coordinated verb shares with the first one)
      const sv = weak ? -1 : supportVerbOf(ctx, cand.trigger, lo);
      let subj = findSubject(ctx, sv >= 0 ? sv : from, sent.tokenStart, p.flags.has('notarget'));
      // a nominal event is the subject's own only through a support verb ("X launched strikes",
      // "X and Y agreed a truce"), or when a reciprocal noun follows a group ("India and Pakistan ceasefire")
      const lastTok = subj.length ? lastEnd(ctx, subj) : 0;
      // (not through a go-between's verb: "Egypt and Qatar brokered a truce" is no truce of theirs)
      const group = recip && distinctSides(expand(ctx, subj)) > 1 && cand.trigger - lastTok <= 3 && !thirdPartyVerbIn(ctx, lastTok, cand.trigger);
      // ("X retook the village after fierce fighting with Y": fighting with Y around X's own act is X's)
      if (subj.length > 0 && ATTACK_CODE.test(p.code)) foe = foughtWith(ctx, cand, lo, hi);
      // "In a phone call with Modi, Vance urged ...": the contact named in a fronted phrase is the main clause's subject's
      const fronted = subj.length === 0 && p.code.startsWith('04') ? frontedPhraseSubject(ctx, cand, sent.tokenStart, sent.tokenEnd) : [];
      if (fronted.length) subj = fronted;
      else if (subj.length && !group && foe.length === 0 && !supportVerbBetween(ctx, subj, cand.trigger, p.code.startsWith('14'), p.code)) {
        // ("secured Y's agreement in a phone call with Z": the contact of an adverbial phrase is the clause subject's)
        const v = p.code.startsWith('04') ? contactAdjunct(ctx, cand, lo) : -1;
        subj = v >= 0 ? findSubject(ctx, v, sent.tokenStart) : [];
      }
      // ("the United States, Saudi Arabia, the UAE and Egypt proposed a humanitarian truce": a truce several states
      // propose together is others' — they are its go-betweens, not its parties)
      if (subj.length && p.code.startsWith('087') && proposedBefore(ctx, cand.trigger, lo) && distinctSides(expand(ctx, subj)) > 1) subj = [];
      // ("signed a document guaranteeing the Gaza ceasefire", "a force to monitor the truce": those who stand behind a
      // truce are not its parties)
      if (subj.length && p.code.startsWith('087') && guaranteedBefore(ctx, cand.trigger, lo)) subj = [];
      // "X and Y agree to a truce, mediators say": a noun that is the subject of a reporting verb is no object of X's
      if (subj.length && cand.end < hi && tok(ctx, cand.end).pos === 'VERB' && REPORTING.has(tok(ctx, cand.end).lemma)) subj = [];
      // ("The cabinet approved the deal, and the ceasefire took effect at noon", "within 72 hours of the truce taking
      // effect": a truce noun that is the subject of a verb of its coming, holding or ending is the parties' truce, no
      // object of a verb before it)
      if (subj.length && p.code.startsWith('087') && truceSubject(ctx, cand.end, hi)) subj = [];
      // ("accused the group of war crimes after fighting in the region killed 80 people": an attack noun that is the
      // subject of a verb of hurting or hitting is nobody's act by support verb)
      if (subj.length && ATTACK_CODE.test(p.code) && hurtingSubject(ctx, cand.end, hi) && verbOrPrepBetween(ctx, lastEnd(ctx, subj), cand.trigger)) subj = [];
      // "three civilians were killed in a car bombing": the subject of the hurt verb is the victim
      if (subj.length && ATTACK_CODE.test(p.code) && hurtVerbBefore(ctx, cand.trigger, lo) >= 0) subj = [];
      // "fired missiles in retaliation for the killing of its commander", "vowed to avenge the bombing": the act
      // avenged is another's
      if (subj.length && avengedAct(ctx, cand.trigger, lo)) subj = [];
      // "accepted a proposal by X, Y and Z for a three-month truce": the truce proposed is the accepter's
      if (subj.length === 0 && !weak) {
        const v = acceptedProposal(ctx, cand.trigger, lo);
        if (v >= 0) subj = findSubject(ctx, v, sent.tokenStart);
      }
      if (subj.length && speakerOnly(ctx, subj, cand.trigger)) subj = [];
      // ("China's military said it conducted combat readiness patrols": the object of a support verb whose subject is a
      // pronoun after a reporting verb is the reporter's)
      if (subj.length === 0 && !weak) {
        let j = cand.trigger - 1;
        while (j > lo && NP_TAGS.has(tok(ctx, j).pos) && mentionAt(ctx, j) < 0) j--;
        const v = tok(ctx, j);
        const r = j > lo && v.pos === 'VERB' && !v.lower.endsWith('ing') && SUPPORT.has(v.lemma) ? reportedPronounSubject(ctx, j, lo) : -1;
        if (r >= 0) subj = [r];
      }
      if (!weak) { src = subj; how = 'subject'; }
      else if (subj.length && !allCountryless(ctx, subj)) { src = subj; how = 'subject'; }
    }
  } else if (unnamedSpeakers(ctx, cand.trigger, sent.tokenStart)) {
    // ", diplomats say": the speakers are the noun before the verb, no actor; what is left of the comma is not theirs
    src = [];
  } else {
    // "... and said it would fight": a subject pronoun right before the verb group (no actor mention of
    // its own) is the subject; an actor further left is some other verb's
    const reported = reportedPronounSubject(ctx, cand.trigger, lo);
    // "hideouts of the TTP, the militant group it accuses Y of sheltering": a reduced object relative has
    // its own pronoun subject; the noun phrase before it is the verb's object, never its subject
    const relPronoun = reported < 0 ? reducedRelativePronoun(ctx, cand.trigger, lo) : -2;
    // ("rallied ..., the largest protests since a canopy collapsed in Novi Sad, killing 16 people": a participle after
    // a subordinate clause's verb has that verb's subject)
    // (not a participle of saying or judging: "suspended the deal after a landmine exploded, accusing Y" is the main
    // clause subject's accusation; a consequence — "killing 16" — is the subordinate event's)
    const sub = reported < 0 && relPronoun === -2 && !VERBAL_CODE.test(p.code) ? subordinateBeforeParticiple(ctx, cand.trigger, sent.tokenStart) : -1;
    src = reported >= 0 ? [reported] : relPronoun >= 0 ? [relPronoun] : relPronoun === -1 ? [] : sub >= 0 ? findSubject(ctx, sub, sent.tokenStart) : findSubject(ctx, cand.trigger, sent.tokenStart, p.flags.has('notarget'));
    // ("After meeting Zelensky, Trump declined ...": a fronted adverbial participle's subject is the main clause's, after its comma)
    if (src.length === 0 && reported < 0 && relPronoun === -2) {
      const main = frontedParticipleSubject(ctx, cand.trigger, sent.tokenStart, sent.tokenEnd);
      if (main.length) src = main;
    }
    // ("Grundberg told the Security Council that the escalation threatened to derail the talks": a clause opened by "that"
    // has its own subject, here no actor — the one told is not it)
    if (reported < 0 && relPronoun === -2 && src.length > 0 && lastEnd(ctx, src) <= cand.trigger && nounSubjectAfterThat(ctx, cand.trigger, lastEnd(ctx, src))) src = [];
    // ("Pashinyan said Baku was preparing an attack and asked Moscow for help": a past verb after "and" that parallels the
    // verb of saying, the reported clause's verb group holding an auxiliary, is the speaker's)
    if (reported < 0 && relPronoun === -2 && src.length > 0) {
      const sv = sayingConjunct(ctx, cand.trigger, sent.tokenStart);
      if (sv >= 0 && firstStart(ctx, src) > sv) src = findSubject(ctx, sv, sent.tokenStart);
    }
    // ("fired on a boat delivering supplies", "moved to disperse supporters blocking a highway": an -ing participle right
    // after a vehicle or people is what they do, not the clause subject's act)
    if (reported < 0 && relPronoun === -2 && src.length > 0 && bearerBefore(ctx, cand.trigger, sent.tokenStart)) src = [];
    // ("A suicide bombing outside a court in Islamabad killed 12 people": a body named where an attack took place, after
    // the attack's noun, is no doer of it)
    if (reported < 0 && relPronoun === -2 && src.length > 0 && ATTACK_CODE.test(p.code) && src.every((m) => placedAfterAttackNoun(ctx, m, sent.tokenStart))) src = [];
    if (reported >= 0 || relPronoun >= 0) how = 'pronoun';
    // ("Residents said shelling had continued", "strikes that health officials said killed 104 people", "rights groups
    // said those detained were beaten": the subject of a verb of saying is the speaker of what it reports, not the doer)
    else if (src.length > 0 && speakerOnly(ctx, src, cand.trigger)) src = [];
    // ("vowed to respond to the killing of its commander": a gerund with a determiner names an act answered, another's)
    else if (src.length > 0 && tok(ctx, cand.trigger).lower.endsWith('ing') && avengedAct(ctx, cand.trigger, lo)) src = [];
    // "sent a letter to Hamas leaders urging them to accept": an -ing verb whose object pronoun stands for
    // the actor right before it is not that actor's act; it is the main clause's subject's
    if (src.length > 0 && tok(ctx, cand.trigger).lower.endsWith('ing') && cand.trigger + 1 < hi && lastEnd(ctx, src) === cand.trigger) {
      const om = mentionAt(ctx, cand.trigger + 1);
      const o = om >= 0 ? (ctx.doc.actors[om] as ActorMention) : null;
      if (o && o.how === 'coreference' && OBJECT_PRONOUNS.has(o.text.toLowerCase()) && src.some((k) => (ctx.doc.actors[k] as ActorMention).code === o.code)) {
        const v = firstFiniteVerb(ctx, sent.tokenStart, firstStart(ctx, src));
        src = v >= 0 ? findSubject(ctx, v, sent.tokenStart) : [];
      }
    }
    // ("Russia handed Ukraine a memorandum demanding that Kyiv withdraw", "sent the council a letter calling for ..."): an
    // -ing verb right after a document noun says what the document does — its sender's act, the clause's subject
    // (not when the actor names the document's author right before it: "vetoed a Security Council resolution censuring")
    if (src.length > 0 && cand.trigger > sent.tokenStart && tok(ctx, cand.trigger).lower.endsWith('ing') && DOCUMENTS.has(tok(ctx, cand.trigger - 1).lower)
      && lastEnd(ctx, src) < cand.trigger - 1) {
      const v = firstFiniteVerb(ctx, sent.tokenStart, cand.trigger - 1);
      const sender = v >= 0 && v < firstStart(ctx, src) ? findSubject(ctx, v, sent.tokenStart) : [];
      if (sender.length) src = sender;
    }
    if (src.length === 0 && relPronoun === -2) {
      const pr = findPronounSubject(ctx, cand.trigger, lo);
      if (pr >= 0) { src = [pr]; how = 'pronoun'; }
    }
  }
  let srcParties = expand(ctx, src);
  if (srcParties.length === 0 && firedFrom) srcParties = [placeParty(ctx, firedFrom, cand.trigger)];
  if (srcParties.length === 0 && weaponPlace) { srcParties = [placeParty(ctx, weaponPlace, cand.trigger)]; how = 'passive-weapon'; }
  // "a car bomb near <town> killed three soldiers": an attack whose subject is no actor (a weapon, an
  // explosion, unidentified gunmen) is coded to unidentified attackers of the country where it happens
  let unattributed = false;
  let struckCountry: string | null = null;
  if (srcParties.length === 0 && !nominal && !passive && ATTACK_CODE.test(p.code)) {
    const found = unattributedPlace(ctx, cand, lo, hi);
    if (found?.agent) {
      src = found.agent;
      srcParties = expand(ctx, src);
      how = 'weapon-agent';
    } else if (found?.country) {
      // ("a strike on a market in Kharkiv killed 40 people"): a strike of the kinds states make, with no striker named, is
      // unidentified attackers' — the place's own state is where it hit, not who struck (a bomb or gunmen there stay
      // coded to the place's country)
      const strike = found.head >= 0 && STATE_STRIKES.has(tok(ctx, found.head).lower);
      srcParties = [strike ? unidentifiedParty(ctx, cand.trigger) : placeParty(ctx, found.country, cand.trigger)];
      if (strike) struckCountry = found.country;
      unattributed = true;
      how = 'unattributed';
    }
  }
  // "three civilians were killed in a car bombing in <town>": an attack named only as where victims
  // were hurt, with no attacker, is coded to unidentified attackers of the country where it happened
  if (srcParties.length === 0 && nominal && ATTACK_CODE.test(p.code) && hurtVerbBefore(ctx, cand.trigger, lo) >= 0) {
    // "were killed in an exchange of fire with Y", "in clashes with Y": Y fought them
    const foe = withAfter(ctx, cand.trigger + 1, Math.min(hi, cand.end + 3));
    const country = foe.length || definiteBefore(ctx, cand.trigger, lo) ? null : placeAfter(ctx, cand, hi, true);
    if (foe.length) {
      const victims = expand(ctx, findSubject(ctx, hurtVerbBefore(ctx, cand.trigger, lo), sent.tokenStart));
      return { cand, pairs: pairs(expand(ctx, foe), victims.length ? victims : null, allowSelf), passive, how: 'hurt-with' };
    }
    // ("Three U.S. troops were killed in a drone strike on an outpost in Jordan": foreigners hit in a country were not hit
    // by it — with no attacker named, no event)
    const hurt = country ? expand(ctx, findSubject(ctx, hurtVerbBefore(ctx, cand.trigger, lo), sent.tokenStart)) : [];
    if (country && hurt.length > 0 && !someOfCountry(hurt, country)) return none(cand);
    if (country) {
      srcParties = [placeParty(ctx, country, cand.trigger)];
      unattributed = true;
      how = 'unattributed';
    }
  }
  // ("Pakistan's defence ministry said air strikes had targeted militant hideouts in Afghanistan", "Strikes hit camps in
  // Syria, the Israeli military said"): an attack with no attacker named, told by a state's armed forces as done in
  // another state, is their own; one in their own state is left unattributed (an enemy's, most often)
  // (strikes of the kinds states make, not a roadside bombing; and none that hit the teller's own people: "a strike in
  // Iraq killed a U.S. soldier, the military said")
  // (and the verb of a relative clause about such an attack: "The strike, which the Israeli military said targeted X")
  if (srcParties.length === 0 && ATTACK_CODE.test(p.code) && !passive && (nominal ? STATE_STRIKES.has(tok(ctx, cand.trigger).lower) : relativeStrike(ctx, cand.trigger, lo))) {
    const teller = militaryTeller(ctx, cand, sent.tokenStart, sent.tokenEnd);
    const own = teller >= 0 ? countryOf((ctx.doc.actors[teller] as ActorMention).code) : '';
    // ("The strike, which the Israeli military said targeted a Hezbollah commander, killed three": with no place named, the
    // country of the first actor it hit, when another than the teller's)
    const country = teller >= 0 ? placeAfter(ctx, cand, hi, true) ?? hitForeign(ctx, cand.trigger + 1, hi, teller, own) : null;
    // (up to the teller when it comes after: ", the Israeli military said" names no victim)
    const tellerAt = teller >= 0 ? (ctx.mentionTokens[teller] as [number, number])[0] : hi;
    const upTo = tellerAt > cand.trigger ? Math.min(hi, tellerAt) : hi;
    let hitsOwn = false;
    for (let k = cand.trigger + 1; k < upTo && country; k++) if (mentionAt(ctx, k) >= 0 && countryOf((ctx.doc.actors[mentionAt(ctx, k)] as ActorMention).code) === own) hitsOwn = true;
    if (country && own !== country && !hitsOwn) {
      src = [teller];
      srcParties = expand(ctx, src);
      how = 'told-by-forces';
    }
  }
  // "Drone strikes hit the capital Khartoum on Tuesday": an attack noun opening its clause as the subject of
  // a verb of hitting, with no attacker named, is by unidentified attackers, aimed at the country hit
  if (srcParties.length === 0 && nominal && ATTACK_CODE.test(p.code) && hittingSubject(ctx, cand, lo)) {
    // (the place hit is what the attack is aimed at: unidentified attackers of that country, on it)
    const country = placeAfter(ctx, cand, hi, true);
    if (country) return { cand, pairs: pairs([placeParty(ctx, country, cand.trigger)], [placeParty(ctx, country, cand.trigger)], true), passive, how: 'unattributed-hit' };
  }
  // ("A drone strike on a funeral in El Obeid killed 40 people"): an attack noun opening its clause as the subject of the
  // verb its reading ends in, with no attacker named, is by unidentified attackers of the place it names
  if (srcParties.length === 0 && nominal && ATTACK_CODE.test(p.code) && p.kind === 'm' && cand.end - 1 > cand.trigger && tok(ctx, cand.end - 1).pos === 'VERB'
    && !tok(ctx, cand.end - 1).lower.endsWith('ing') && premodifiedFrom(ctx, lo, cand.trigger)) {
    const from = tok(ctx, cand.trigger).start;
    const to = tok(ctx, cand.end - 1).start;
    let country: string | null = null;
    for (const pm of ctx.doc.places) {
      if (pm.start >= to) break;
      if (pm.start >= from && pm.place.country && pm.place.kind !== 'water') { country = pm.place.country; break; }
    }
    country ??= placeAfter(ctx, cand, hi, true);
    if (country) return { cand, pairs: pairs([placeParty(ctx, country, cand.trigger)], [placeParty(ctx, country, cand.trigger)], true), passive, how: 'unattributed-hit' };
  }
  if (srcParties.length === 0) return none(cand);

  let tgt: number[] = [];
  // ("was welcomed by China but criticized by Israel": the subject of the first passive verb)
  if (passive) tgt = findSubject(ctx, firstPassiveOf(ctx, cand.trigger, sent.tokenStart), sent.tokenStart);
  // ("warned India and Pakistan that ...": the slot's mention and those chained to it)
  else if (cand.slot !== undefined) tgt = compound(ctx, cand.slot, 1, cand.trigger + 1, hi);
  else if (foe.length) tgt = foe;
  else if (!p.flags.has('notarget')) {
    const relHead = nominal ? -1 : objectRelativeHead(ctx, cand.trigger, cand.end, lo);
    // ("protesters in Khartoum clashed with police": the object follows the trigger's own mention)
    const ownAt = how === 'agent-noun' ? mentionAt(ctx, cand.trigger) : -1;
    const from = ownAt >= 0 ? Math.max(cand.trigger + 1, (ctx.mentionTokens[ownAt] as [number, number])[1]) : cand.trigger + 1;
    // ("missiles fired from Lebanon at northern Israel": the object of the "at" phrase, not the state fired from)
    tgt = how === 'fired-from' ? (cand.end > cand.trigger + 2 && tok(ctx, cand.end - 1).pos === 'ADP' ? findObject(ctx, cand.end, hi) : [])
      : relHead >= 0 ? compound(ctx, relHead, -1, lo, cand.trigger) : findObject(ctx, from, hi, Math.max(cand.end, from));
    // ("Protesters waving Russian flags attacked the Moldovan parliament": an agent noun's own verb ends the match; its object
    // after it, when there is one, is the object — not a party named in a phrase between)
    if (how === 'agent-noun' && cand.end - 1 > from && tok(ctx, cand.end - 1).pos === 'VERB' && tgt.length > 0 && lastEnd(ctx, tgt) <= cand.end) {
      const after = findObject(ctx, cand.end, hi, cand.end + 1);
      if (after.length) tgt = after;
    }
    // ("a blockade imposed by X brought the capital to a standstill": a noun's own "by" agent is no object; one may follow it)
    if (how === 'agent' && nominal && tgt.length > 0 && tgt.some((m) => src.includes(m))) {
      const after = lastEnd(ctx, src);
      tgt = findObject(ctx, after, hi, after);
    }
    // "agreed to a U.S. plan for a ceasefire": who proposed a truce is no party to it
    if (p.code.startsWith('087') && tgt.length > 0 && tgt.every((m) => proposerMention(ctx, m))) tgt = [];
    // ("Israel and Hamas agreed on the first phase of Trump's Gaza peace plan": two sides agreeing on a plan agree with each
    // other; its proposer is none of them)
    if (p.code.startsWith('03') && recip && src.length >= 2 && tgt.length > 0 && tgt.every((m) => proposerMention(ctx, m))) tgt = [];
    // ("gathered to discuss a U.S. proposal", "discussed the Iranian nuclear programme": the owner of a topic talked
    // about is not who was consulted)
    if (p.code.startsWith('04') && tgt.length > 0 && tgt.every((m) => topicModifier(ctx, m))) tgt = [];
    // ("Trump and Putin held talks on Ukraine", "reached an understanding on Ukraine", "met to discuss Ukraine": a state
    // talked or agreed about is the topic; the subjects talk or agree with each other)
    if ((p.code.startsWith('04') || p.code.startsWith('03')) && tgt.length > 0 && tgt.every((m) => topicCountry(ctx, m, cand))) tgt = [];
    // "signed a declaration in Qatar", "held talks in Qatar (with Y)": where a meeting or signing took place is
    // its venue, not its other party, who may still come after it
    if (VENUE_CODES.test(p.code) && relHead < 0 && tgt.length > 0 && tgt.every((m) => venueMention(ctx, m))) {
      const me = lastEnd(ctx, tgt);
      tgt = findObject(ctx, me, hi, me);
    }
    // "condemned the killing of protesters by security forces", "praised the release of the hostages by
    // Y": an act judged is the act of its "by" agent, who is what the judgement is aimed at
    if (JUDGING.test(p.code) && !nominal) {
      const by = agentOfActNoun(ctx, from, hi);
      if (by.length) tgt = by;
      // ("opposed any violation of Iran's sovereignty", "condemned attacks on Ukraine's cities": with no doer named, the
      // party a violation or attack is done to is its victim, not whom the judgement is aimed at)
      else if (/^1[12]/.test(p.code) && tgt.length > 0 && victimOfActNoun(ctx, from, (ctx.mentionTokens[tgt[0] as number] as [number, number])[0])) tgt = [];
    }
    // "reneged on his commitment to Y", "withdrew its troops from Y": a possessive pronoun standing for
    // the source is a determiner; the target comes after it
    const own = tgt.length === 1 ? (ctx.doc.actors[tgt[0] as number] as ActorMention) : null;
    if (own && own.how === 'coreference' && POSSESSIVES.has(own.text.toLowerCase())
      && someSameActor(srcParties, own.code)) {
      const me = (ctx.mentionTokens[tgt[0] as number] as [number, number])[1];
      tgt = findObject(ctx, me, hi, me);
    }
    // "will send F-16 fighter jets to Y": what is given, known by its sector alone, is no recipient; the
    // "to" phrase after it names one
    // ("offered to send security forces to help Peru fight the gangs": forces offered, known by their sector alone, are what
    // is offered; the one helped after them is the party)
    if (p.code.startsWith('03') && !GIVING.test(p.code) && tgt.length > 0 && allCountryless(ctx, tgt)) {
      const me = lastEnd(ctx, tgt);
      if (me + 1 < hi && tok(ctx, me).lower === 'to') {
        const to = findObject(ctx, me, hi, me + 1);
        if (to.length) tgt = to;
      }
    }
    if (GIVING.test(p.code) && tgt.length > 0 && allCountryless(ctx, tgt)) {
      const me = lastEnd(ctx, tgt);
      if (me < hi && tok(ctx, me).lower === 'to') {
        const to = findObject(ctx, me + 1, hi, me + 1);
        if (to.length) tgt = to;
      }
    }
    // "extradited a suspected Islamic State member to Belgium": the one handed over is no party to the
    // judicial cooperation; the state receiving him is
    if (p.code === '063' && tgt.length > 0) {
      let me = lastEnd(ctx, tgt);
      // ("an Islamic State member to Belgium": the head noun after the group's name)
      while (me < hi && me < lastEnd(ctx, tgt) + 3 && tok(ctx, me).pos === 'NOUN') me++;
      if (me < hi && tok(ctx, me).lower === 'to') {
        const to = findObject(ctx, me + 1, hi, me + 1);
        if (to.length) tgt = to;
      }
    }
    // ("Fito was extradited to the United States", "would be extradited": the one handed over, subject of the passive, is
    // no party either; with no "by", the state handing him over is another state the sentence names ("a Spanish court"),
    // else his own — never the one he is sent to)
    if (p.code === '063' && tok(ctx, cand.trigger).lower === 'extradited' && beBefore(ctx, cand.trigger, lo) && srcParties.length === 1) {
      const own = srcParties[0] as Party;
      const to = tgt.length ? countryOf((ctx.doc.actors[tgt[0] as number] as ActorMention).code) : '';
      const other = otherStateIn(ctx, sent.tokenStart, sent.tokenEnd, [countryOf(own.code), to]);
      const c = other ?? countryOf(own.code);
      if (stateCountry(c) && c !== to && own.code !== c + 'GOV' && (other !== undefined || own.mention.kind !== 'country')) {
        srcParties = [placeParty(ctx, c + 'GOV', cand.trigger)];
      }
    }
    // "delivered $9 million worth of tents and blankets to the ministry": the recipient
    // after a long object
    if (GIVING.test(p.code) && tgt.length === 0) {
      for (let i = cand.end; i < hi && i < cand.end + 8; i++) {
        const t = tok(ctx, i);
        if (t.text === ',' || t.text === ';' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) break;
        if (t.lower === 'to' && t.pos === 'ADP') { tgt = findObject(ctx, i + 1, hi, i + 1); break; }
      }
    }
    // "discussed Ukraine in a call with Y", "discussed the war with Y": what is discussed is a topic; the
    // one talked with comes after "with"
    // ("Netanyahu and Trump discussed the Iran strikes", "Macron discussed Iran": with no one named after "with", the state
    // discussed is no party — the subjects talk with each other)
    if (!nominal && tok(ctx, cand.trigger).lemma === 'discuss') {
      let withWhom: number[] = [];
      for (let i = cand.end; i < hi && i < cand.end + 12; i++) {
        const t = tok(ctx, i);
        if (t.text === ',' || t.text === ';' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) break;
        if (t.lower === 'with') { withWhom = findObject(ctx, i + 1, hi, i + 1); break; }
      }
      tgt = withWhom;
    }
    // "demanded that X withdraw", "urged today that X ...": the addressee is the clause's subject
    // ("said on Thursday that the U.S. strikes were murder": a judgment said of the clause's subject is aimed at it)
    if (tgt.length === 0 && (ADDRESSED.has(p.code.slice(0, 2)) || (p.code.startsWith('11') && p.kind === 'm' && REPORTING.has(tok(ctx, cand.trigger).lemma)))) {
      const that = thatAfter(ctx, cand.trigger + 1, hi);
      if (that >= 0) tgt = findObject(ctx, that + 1, hi, that + 2);
    }
  }
  // "summoned X's ambassador to complain of ...": a complaint, demand or protest made in a purpose
  // clause is addressed to the one summoned or met, unless the infinitive names its own object
  // right after it or "against" one
  if (!passive && !nominal && (verbalCode(p.code) || talkingCode(p.code))) {
    const addressee = purposeObject(ctx, cand.trigger, lo);
    // ("sent its envoy to discuss": the source's own envoy is no one it talks with)
    const own = addressee >= 0 && talkingCode(p.code)
      && someSameCountry(expand(ctx, [addressee]), srcParties);
    if (addressee >= 0 && !own && !(tgt.length && ownObject(ctx, cand.end, tgt[0] as number))) tgt = [addressee];
  }
  // ("Iran's health ministry said at least 224 people had been killed in Israeli strikes": the subject found across
  // a verb of saying is the reporter; the unnamed dead are the reporter's country's civilians)
  let reportedDead: Party | null = null;
  let fromAimed: Party | null = null;
  if (passive && tgt.length === 1 && HURT.has(tok(ctx, cand.trigger).lemma)) {
    const reporter = ctx.doc.actors[tgt[0] as number] as ActorMention;
    for (let k = (ctx.mentionTokens[tgt[0] as number] as [number, number])[1]; k < cand.trigger; k++) {
      const w = tok(ctx, k);
      if (w.pos === 'VERB' && SAYING.has(w.lemma)) {
        const c = countryOf(reporter.code);
        tgt = [];
        if (c.length === 3) reportedDead = { mention: { ...reporter, code: `${c}CVL`, name: `${c} civilians`, actorId: `agent:${c}CVL`, kind: 'agent', how: 'coreference' }, code: `${c}CVL` };
        break;
      }
    }
  }
  // ("Hezbollah fired rockets from Lebanon at Israel": the land an attack is launched from is no target when the phrase
  // after it names what it was aimed at)
  if (!passive && ATTACK_CODE.test(p.code) && tgt.length > 0 && tgt.every((mi) => launchedFrom(ctx, mi))) {
    const e = lastEnd(ctx, tgt);
    if (e < hi && AIMED_AT.has(tok(ctx, e).lower)) {
      const aim = findObject(ctx, e + 1, hi, e + 1);
      // (or a place there, after an optional determiner: "at the Israeli town of Metula")
      const at = e + 2 < hi && tok(ctx, e + 1).pos === 'DET' ? e + 2 : e + 1;
      const place = aim.length === 0 && at < hi ? placeStartingAt(ctx, tok(ctx, at).start) : undefined;
      if (aim.length) tgt = aim;
      else if (place?.place.country) { tgt = []; fromAimed = countryParty(ctx, place.place.country, (srcParties[0] as Party).mention); }
    }
  }
  let tgtParties = expand(ctx, tgt);
  if (tgtParties.length === 0 && fromAimed) tgtParties = [fromAimed];
  if (tgtParties.length === 0 && reportedDead) tgtParties = [reportedDead];
  // "the withdrawal of Spanish troops from Iraq": a retreat of the source's own forces is from the place named
  if (!passive && p.code.startsWith('087') && tgtParties.length > 0 && tgtParties.every((t) => countryless(t.mention) || someOfCountry(srcParties, countryOf(t.code)))) {
    const e = lastEnd(ctx, tgt);
    if (e < hi && tok(ctx, e).lower === 'from') {
      const from = expand(ctx, findObject(ctx, e + 1, hi, e + 1));
      // ("withdrawing troops from Gaza": a place the gazetteer knows stands for its country)
      const place = from.length === 0 && e + 1 < hi ? placeStartingAt(ctx, tok(ctx, e + 1).start) : undefined;
      if (from.length) { tgtParties = from; tgt = findObject(ctx, e + 1, hi, e + 1); }
      else if (place?.place.country && !someOfCountry(srcParties, place.place.country)) {
        tgtParties = [countryParty(ctx, place.place.country, (srcParties[0] as Party).mention)];
        tgt = [];
      }
    }
  }
  // ("Finland said a Russian helicopter had violated its airspace", "entered its airspace during a patrol near Norway"): a
  // state's airspace, waters or territory named by "its" are the pronoun's antecedent's, whatever actor or place the object
  // search found further on
  if (!passive && srcParties.length > 0 && (p.code === '128' || ATTACK_CODE.test(p.code)) && ownedTerritory(ctx, cand, hi)) {
    const owner = possessiveOwner(ctx, cand, sent.tokenStart, hi, srcParties);
    if (owner >= 0) { tgtParties = expand(ctx, [owner]); tgt = [owner]; how += '+possessive'; }
  }
  // ("Germany condemned the arrest of Istanbul mayor Ekrem Imamoglu", "condemned the detention of three American citizens
  // in Venezuela"): a judgment of an arrest or sentence with no agent named is aimed at the state that made it — the
  // state it happened in, else the prisoner's own — not at the prisoner
  if (!passive && p.code.startsWith('11') && tgt.length > 0 && srcParties.length > 0) {
    const held = heldByState(ctx, cand.trigger, tgt[0] as number, hi);
    // (the state's own government judging its arrests is no one else's: "Turkey condemned ...")
    if (held && !srcParties.every((x) => countryOf(x.code) === held && (x.code.length === 3 || x.code.slice(3, 6) === 'GOV'))) {
      tgtParties = [{ ...countryParty(ctx, held, (srcParties[0] as Party).mention), code: `${held}GOV` }];
      tgt = [];
      how += '+detainer';
    }
  }
  // "sent envoys to Y on Monday to investigate": a purpose infinitive with no object actor of its own
  // is done where its subject was sent
  if (tgtParties.length === 0 && !passive && !nominal && !p.flags.has('notarget') && cand.trigger - 1 > lo
    && tok(ctx, cand.trigger - 1).lower === 'to' && tok(ctx, cand.trigger - 1).pos === 'PART') {
    const d = destinationBefore(ctx, cand.trigger - 1, lo);
    if (d >= 0) { tgtParties = expand(ctx, [d]); how += '+destination'; }
  }

  // "the EU and Russia each offered to host them": an object pronoun is never its own clause's subject
  // (that would be "themselves"); a coreference that says so is wrong, and names no target
  if (tgtParties.length > 0 && !passive && how === 'subject' && tgtParties.every((t) => t.mention.how === 'coreference' && OBJECT_PRONOUNS.has(t.mention.text.toLowerCase())
    && srcParties.some((x) => x.code === t.code))) {
    // ("Blinken called Burhan on Friday to press him": "him" is the other person named before it)
    const other = tgt.length === 1 && PERSON_OBJECTS.has((ctx.doc.actors[tgt[0] as number] as ActorMention).text.toLowerCase())
      ? otherPersonBefore(ctx, tgt[0] as number, sent.tokenStart, srcParties) : -1;
    tgtParties = other >= 0 ? expand(ctx, [other]) : [];
  }
  // ("X and Y met for ten hours in the Russian capital": a place of meeting is no party to a mutual act)
  if (recip && tgtParties.length > 0 && distinctSides(srcParties) > 1 && tgt.length > 0 && tgt.every((mi) => venueMention(ctx, mi))) tgtParties = [];
  // ("Colombia and Venezuela agreed to carry out joint operations against armed groups": whom partners cooperate against is
  // no partner of theirs)
  if (recip && tgtParties.length > 0 && distinctSides(srcParties) > 1 && /^0[3-6]/.test(p.code) && tgt.length > 0 && tgt.every((mi) => againstMention(ctx, mi))) tgtParties = [];
  // ("Congo and the M23 signed an agreement on the exchange of prisoners": who a topic phrase names is no partner either)
  if (recip && tgtParties.length > 0 && distinctSides(srcParties) > 1 && /^0[3-5]/.test(p.code) && tgt.length > 0 && tgt.every((mi) => topicMention(ctx, mi, cand.end))) tgtParties = [];
  // ("each side accused the other of shelling civilians": "the other" as the object makes the pair act on each other,
  // whatever a slot of the pattern found further on)
  if (distinctSides(srcParties) > 1 && cand.trigger + 2 < hi && tok(ctx, cand.trigger + 1).lower === 'the' && tok(ctx, cand.trigger + 2).lower === 'other'
    && eachOther(ctx, cand.trigger + 1, hi)) return { cand, pairs: reciprocal(srcParties), passive, how: `${how}+reciprocal` };
  // ("Russia and Ukraine each freed 150 prisoners of war": each side did it to the other; the unnamed people it was done
  // to are of no side named)
  if (!passive && tgtParties.length > 0 && tgtParties.every((t) => countryless(t.mention)) && distinctSides(srcParties) > 1 && floatedEach(ctx, cand.trigger, lo)) {
    return { cand, pairs: reciprocal(srcParties), passive, how: `${how}+each` };
  }
  if (tgtParties.length === 0 && distinctSides(srcParties) > 1 && (recip || (nominal && mutualVerb(ctx, src, cand.trigger)) || eachOther(ctx, cand.trigger + 1, hi))) {
    return { cand, pairs: reciprocal(srcParties), passive, how: `${how}+reciprocal` };
  }
  // "Thailand and Cambodia accused Cambodia ...": a target inside the source group makes the group mutual
  if (tgtParties.length > 0 && how === 'subject' && !nominal && distinctCountries(srcParties) > 1 && !passive) {
    // (by side, not country: "Rwandan troops and M23 fighters attacked the Congolese army" — Congo's rebels are not its army)
    // (civilians are no side: "Malian soldiers and Wagner mercenaries killed civilians in Moura" is done to them)
    if (allCountriesIn(tgtParties, srcParties) && !tgtParties.some((t) => srcParties.some((x) => armedFoes(x, t)) || (ATTACK_CODE.test(p.code) && /(CVL|REF)$/.test(t.code)))) {
      return { cand, pairs: reciprocal(srcParties), passive, how: `${how}+reciprocal` };
    }
  }
  // "Russia and Ukraine exchanged 90 prisoners (in Istanbul)": a mutual act's object of no known country, or
  // of the country of the place it is in only, is what is exchanged, not a party — the subjects act on each other
  if (recip && tgtParties.length > 0 && how === 'subject' && !passive && distinctSides(srcParties) > 1 && allSectorAgents(tgtParties)) {
    return { cand, pairs: reciprocal(srcParties), passive, how: `${how}+reciprocal` };
  }
  // "two soldiers were wounded in a Hezbollah attack": an attack named as where victims were hurt
  // is aimed at them
  if (tgtParties.length === 0 && (nominal || tok(ctx, cand.trigger).lower.endsWith('ing')) && srcParties.length > 0 && ATTACK_CODE.test(p.code)) {
    const verb = hurtVerbBefore(ctx, cand.trigger, lo);
    if (verb >= 0) tgtParties = expand(ctx, findSubject(ctx, verb, sent.tokenStart));
  }
  // a protest is aimed at whom it protests against or makes demands of ("rioted against X policies",
  // "a hunger strike to press for King Y's removal"), else at the place where it happens
  const protest = p.code.startsWith('14');
  if (tgtParties.length === 0 && protest && !passive) tgtParties = expand(ctx, protestList(ctx, cand.end, hi));
  // "Vietnam protested China's deployment of a ship", "thousands protested the government's decision": the
  // direct object of a transitive "protest" names whose act is protested
  if (tgtParties.length === 0 && protest && !passive && !nominal && tok(ctx, cand.trigger).lemma === 'protest' && cand.end < hi
    && (tok(ctx, cand.end).pos === 'DET' || tok(ctx, cand.end).pos === 'PROPN' || mentionAt(ctx, cand.end) >= 0)) tgtParties = expand(ctx, findObject(ctx, cand.end, hi, cand.end + 1));
  // "barricaded the main avenue at dawn to push their demands on X": the purpose clause
  // of a protest says whom it presses
  if (tgtParties.length === 0 && protest && !passive) {
    const d = demandClause(ctx, cand.end, hi);
    if (d >= 0) tgtParties = expand(ctx, protestList(ctx, d, hi));
  }
  // "threatened to stop the talks if the United States goes ahead": a threat is aimed at whom its
  // condition is about
  // (so is a stated act on a condition: "would boycott the talks unless Washington dropped its policy")
  // (not a statement's: "said X might mediate if both sides showed interest" says nothing to them)
  if (tgtParties.length === 0 && !passive && !p.code.startsWith('01')) tgtParties = expand(ctx, conditionSubject(ctx, cand.end, hi));
  // "mobilized reservists for a war against X": whatever the pattern, "against" names the target
  if (tgtParties.length === 0 && !passive && p.flags.has('notarget')) tgtParties = expand(ctx, againstAfter(ctx, cand.end, hi));
  // ("Rwanda sent troops to Mozambique", "deployed forces in South Sudan": the foreign state forces are sent to is the
  // target, as a town of it is)
  if (tgtParties.length === 0 && !passive && p.code === '154' && srcParties.length > 0) {
    const c = destinationState(ctx, cand.end, hi);
    if (c >= 0 && srcParties.every((x) => countryOf(x.code) !== countryOf((ctx.doc.actors[c] as ActorMention).code))) tgtParties = expand(ctx, [c]);
  }
  // "demonstrated on Tuesday in Serbia": a protest in a country is aimed at its authorities
  // (a domestic protest: "Gondorian farmers marched in Gondor" is aimed at Gondor's authorities)
  let placeTarget = false;
  if (tgtParties.length === 0 && protest && !passive) {
    const c = locativeAfter(ctx, cand.end, hi);
    if (c >= 0) { tgtParties = expand(ctx, [c]); how += '+place'; placeTarget = true; }
  }
  // "imposed a curfew in southeastern Turkey": the country named as the place of the action
  placeTarget ||= tgtParties.length > 0 && tgt.length === 1 && locativeCountry(ctx, tgt[0] as number);
  // an action on a place is an action on its country ("arrived in Amman", "struck targets in Beirut",
  // "imposed a curfew in <a town of the source's own country>": a domestic event)
  // (an agreement, a signing or talks held somewhere are not with its country: "reached a deal in Vienna")
  // ("will travel to Dhaka next week for talks": a destination inside a gapped match is the target)
  const inside = tgtParties.length === 0 && !p.flags.has('notarget') ? destinationInside(ctx, cand, (c) => someOfCountry(srcParties, c)) : null;
  // ("Zelensky condemned the Sumy strike", "Macron condemned the strike on Sumy": a place inside the attack condemned is where
  // it struck, not whom the condemnation is aimed at)
  if (tgtParties.length === 0 && /^1[12]/.test(p.code) && !passive && attackObject(ctx, cand.end, hi)) how += '+attack-object';
  // ("struck Hodeidah in retaliation for the missile attack on Ben Gurion Airport": what a reprisal is "for" is the
  // provocation, and the places in it are the retaliator's own)
  else if (tgtParties.length === 0 && AVENGING_N.has(tok(ctx, cand.trigger).lower) && tok(ctx, cand.end)?.lower === 'for') how += '+provocation';
  else if (tgtParties.length === 0 && (!p.flags.has('notarget') || protest || ATTACK_CODE.test(p.code)) && (inside || !(VENUE_CODES.test(p.code) && venueAfter(ctx, cand.end, hi)))) {
    const country = inside ?? placeAfter(ctx, cand, hi, false, (c) => someOfCountry(srcParties, c));
    // a mutual act held in the source's own country ("the Israel-Hezbollah truce took hold in Lebanon")
    // is not with that country
    const home = recip && someOfCountry(srcParties, country);
    // ("India closed the border crossing at Attari": relations are cut with another state, never with a place of
    // one's own)
    // (nor is arriving in a town of one's own a visit: "the released Palestinians arrived in Ramallah")
    // (so is closing a crossing of one's own, 191 — but a crossing on a frontier counts as the other side's, so
    // "Pakistan closed the Torkham crossing" is aimed at Afghanistan)
    // (nor is a state's retaking a place of its own a capture from itself: "Russian forces recaptured the Kursk region";
    // rebels taking a town of their country take it from the state)
    // (nor do a state's forces entering or storming a town of their own attack their state: "Syrian troops entered Sweida")
    const stateRetakes = (p.code === '192' || (ATTACK_CODE.test(p.code) && p.flags.has('needtarget'))) && srcParties.every((x) => STATE_SECTORS.has(x.code.slice(3, 6)));
    const ownSide = ((p.code.startsWith('16') || p.code === '042' || stateRetakes || (p.code === '191' && CLOSING.has(tok(ctx, cand.trigger).lemma))) && someOfCountry(srcParties, country))
      // ("two missiles were launched from Iran": where they were fired from is their source, never their target)
      || (how.startsWith('fired-from') && someOfCountry(srcParties, country));
    if (country && !home && !ownSide) {
      tgtParties = [countryParty(ctx, country, (srcParties[0] as Party).mention)];
      // ("will travel to Pristina and Belgrade": a visit to two places is a visit to both countries)
      const second = p.code === '042' && !inside ? coordinatedPlaceAfter(ctx, cand, hi, country) : null;
      if (second && !someOfCountry(srcParties, second)) tgtParties.push(countryParty(ctx, second, (srcParties[0] as Party).mention));
      how += '+place';
      placeTarget = true;
    }
  }
  // ("Kharkiv was struck by Russian drones", "an apartment block in Odesa was hit by Russian missiles": an attack whose
  // passive subject is a place, or a thing in one, is on that place's country — not on the attacker's own)
  if (tgtParties.length === 0 && passive && ATTACK_CODE.test(p.code)) {
    const country = placeOfSubject(ctx, lo, cand.trigger);
    if (country && !someOfCountry(srcParties, country)) {
      tgtParties = [countryParty(ctx, country, (srcParties[0] as Party).mention)];
      how += '+place';
      placeTarget = true;
    }
  }
  // (", a move the Philippines rejected": what an apposition's relative rejects or condemns is the act of the clause
  // before the comma, whose subject is the target)
  if (tgtParties.length === 0 && !passive && /^1[12]/.test(p.code)) {
    const comma = appositionComma(ctx, cand.trigger, sent.tokenStart);
    if (comma >= 0) {
      const v = firstFiniteVerb(ctx, sent.tokenStart, comma);
      const doer = v >= 0 ? expand(ctx, findSubject(ctx, v, sent.tokenStart)).filter((x) => !srcParties.some((y) => sameActor(x.code, y.code))) : [];
      if (doer.length) { tgtParties = doer; how += '+apposition'; }
    }
  }
  // "Iran said Israeli strikes hit its nuclear sites": an attack on a possessive pronoun's thing is aimed
  // at the pronoun's antecedent, the first actor of the sentence on no side of the source's
  if (tgtParties.length === 0 && !passive && ATTACK_CODE.test(p.code)) {
    const owner = possessiveOwner(ctx, cand, sent.tokenStart, hi, srcParties);
    if (owner >= 0) { tgtParties = expand(ctx, [owner]); how += '+possessive'; }
  }
  // "troops remained on alert in Y", "deployed troops in Y": a show of force in another country is aimed at it
  if (tgtParties.length === 0 && p.code.startsWith('15') && !passive) {
    // ("staged drills around Taiwan", "warships off the coast of X": a show of force near a country is aimed at it)
    const at = locativeAfter(ctx, cand.end, hi, true);
    const country = at >= 0 ? countryOf((ctx.doc.actors[at] as ActorMention).code) : placeAfter(ctx, cand, hi, false, (c) => someOfCountry(srcParties, c));
    if (country && !someOfCountry(srcParties, country)) {
      tgtParties = [countryParty(ctx, country, (srcParties[0] as Party).mention)];
      how += '+place';
      placeTarget = true;
    }
  }
  // ("Colombia's ambassador in Washington was recalled": the state an envoy named with his post is recalled from)
  if (tgtParties.length === 0 && p.code === '161' && p.kind === 'n') {
    const post = placeAfter(ctx, { ...cand, end: cand.trigger + 1 }, Math.min(hi, cand.trigger + 4), true);
    if (post && !someOfCountry(srcParties, post)) tgtParties = [countryParty(ctx, post, (srcParties[0] as Party).mention)];
  }
  if (tgtParties.length === 0 && p.flags.has('ctx')) {
    tgtParties = contextTargets(ctx, p.code, srcParties, cand.sentence);
    if (tgtParties.length) how += '+context';
  }
  // a domestic protest or concession with no target named is aimed at the source's own country:
  // "thousands of Gondorians rallied against the new tax", "the teachers' union called off its strike",
  // "the president eased press restrictions", "the army declared martial law" — the people press their
  // authorities, the authorities yield to or restrict their people (a state protesting with no addressee is left alone: "Gondor protested")
  // ("Police and protesters clashed in Douala"): the crowd's violence is against the party joined to it before "and"
  if (tgtParties.every((t) => t.code.length === 3) && p.code === '145' && cand.trigger - 2 >= lo && tok(ctx, cand.trigger - 1).lower === 'and' && mentionAt(ctx, cand.trigger - 2) >= 0
    && mentionAt(ctx, cand.trigger) !== mentionAt(ctx, cand.trigger - 2)) {
    const other = expand(ctx, [mentionAt(ctx, cand.trigger - 2)]);
    if (other.length && srcParties.every((x) => !other.some((o) => o.code === x.code))) tgtParties = other;
  }
  let domestic = false;
  // ("would lift some export restrictions": restrictions on trade with other states are no concession to one's own people)
  if (tgtParties.length === 0 && !passive && (protest || (CONCESSION.test(p.code) && !tradeWords(ctx, cand.trigger, cand.end)))) {
    const c = countryOf((srcParties[0] as Party).code);
    // (a source known by its sector alone — "teachers", "the government" — has no country to press)
    if (c !== 'IGO' && allOfCountry(srcParties, c) && popularSources(srcParties, protest) && !someCountryless(srcParties)) {
      tgtParties = [countryParty(ctx, c, (srcParties[0] as Party).mention)];
      how += '+domestic';
      domestic = true;
    }
  }
  // "groups in X demanded that X's president ...": a source known only by its country is not that
  // country's government, so a same-country target stays
  // ("the Rohirrim of southern Gondor demanded autonomy from Gondor's king": a people of the country, not its state)
  const inCountry = src.length === 1 && (locativeCountry(ctx, src[0] as number)
    || headOfPlace(ctx, (ctx.mentionTokens[src[0] as number] as [number, number])[0], lo) >= 0);
  // "Hamas rejected an invitation from Palestinian factions": a nationality modifying a common noun
  // names some group of that country, not the source's own country
  const group = (tgt.length > 0 && allNationalityGroups(ctx, tgt) && allSectored(srcParties))
    // "Gondorian farmers rejected the government's plan": a nationality heading a noun that is no actor is not that country's government
    || (src.length > 0 && allNationalityNouns(ctx, src) && allSectored(tgtParties));
  // ("Katz ordered the military to strike Tehran": the forces commanded are the source's own, the attack's target is
  // the object of the attack word)
  if (ATTACK_CODE.test(p.code) && COMMANDING.has(tok(ctx, cand.trigger).lemma) && tgtParties.length > 0 && srcParties.length > 0
    && tgtParties.every((t) => countryOf(t.code) === countryOf((srcParties[0] as Party).code))) {
    tgtParties = expand(ctx, findObject(ctx, cand.end, clauseEnd(ctx, cand.end, sent.tokenEnd), cand.end));
    const at = tgtParties.length ? null : placeAfter(ctx, cand, hi, true);
    if (at && at !== countryOf((srcParties[0] as Party).code)) tgtParties = [placeParty(ctx, at, cand.trigger)];
  }
  // (an unidentified strike with no one named hit: the state where it struck, as "a missile hit a building in Dnipro")
  if (struckCountry && tgtParties.length === 0) tgtParties = [placeParty(ctx, struckCountry, cand.trigger)];
  const ps = pairs(srcParties, tgtParties.length ? tgtParties : null, allowSelf || placeTarget || inCountry || unattributed || group || protest || domestic);
  // every target was the source itself ("X returned to X"): an internal event, no target — unless the
  // pattern takes the article's parties ("the AU mediator <the mediator's own name>" mediates between them)
  if (ps.length === 0 && tgtParties.length > 0) {
    const fromContext = p.flags.has('ctx') ? contextTargets(ctx, p.code, srcParties, cand.sentence) : [];
    const cps = fromContext.length ? pairs(srcParties, fromContext, allowSelf) : [];
    if (cps.length) return { cand, pairs: cps, passive, how: `${how}+context` };
    // ("Maduro said Venezuela would respond with force if US troops set foot on its territory": when the party found is the
    // source's own, a threat is still aimed at whom its condition is about)
    const cond = p.code.startsWith('13') && !passive ? expand(ctx, conditionSubject(ctx, cand.end, hi)) : [];
    const condPairs = cond.length ? pairs(srcParties, cond, false) : [];
    if (condPairs.length) return { cand, pairs: condPairs, passive, how: `${how}+condition` };
    // ("North Korea sent troops to help Russia": the source's own men are what it sends; the party after the match is
    // whom it is done for)
    // (aid and demands only: "demand the resignation of Algerian President X")
    const after = !passive && cand.end < hi && /^(07|10)/.test(p.code) ? pairs(srcParties, expand(ctx, findObject(ctx, cand.end, hi, cand.end)), false) : [];
    if (after.length) return { cand, pairs: after, passive, how: `${how}+after` };
    // ("Russian drones and missiles hit Kyiv": the second weapon, of the source's own side, is no target; the place hit is)
    const hit = ATTACK_CODE.test(p.code) && !passive ? placeAfter(ctx, cand, hi, false, (c) => someOfCountry(srcParties, c)) : null;
    if (hit && !someOfCountry(srcParties, hit)) return { cand, pairs: pairs(srcParties, [placeParty(ctx, hit, cand.trigger)], false), passive, how: `${how}+place` };
    return { cand, pairs: pairs(srcParties, null, allowSelf), passive, how: `${how}+internal` };
  }
  return { cand, pairs: ps, passive, how };
}

/** The article's main parties as targets of a `ctx` pattern with no target of its own (a mediator's two sides). */
function contextTargets(ctx: DocContext, code: string, srcParties: Party[], sentence = -1): Party[] {
  const sc = new Set(srcParties.map((s) => sideOf(s.code)));
  const first = srcParties[0] as Party;
  const mediating = code.startsWith('04');
  const inDyad = ctx.dyad ? ctx.dyad.some((c) => sc.has(c)) : false;
  // a mediator's two sides are the main parties other than itself
  if (ctx.dyad && (inDyad || mediating)) return ctx.dyad.filter((c) => !sc.has(c)).map((c) => countryParty(ctx, c, first.mention));
  // without a main pair, the article's first party — never the source's own country (a rebel truce
  // "in Lebanon" is not with Lebanon unless the text pairs them)
  const own = new Set(srcParties.map((s) => countryOf(s.code)));
  // (for a party's own act, the first of the article's parties that is not the source's own country)
  // (nor, for a truce, a state the text names only as its proposer: "accepted a U.S. proposal for a truce")
  const proposers = code.startsWith('087') && sentence >= 0 ? sentenceCountries(ctx, sentence, proposerMention) : null;
  // (and a truce with no main pair is not guessed with a state the sentence does not name)
  // (nor its breach: "the military had violated the truce" is not a breach against China, named later as an onlooker)
  const named = (code.startsWith('087') || code === '196') && sentence >= 0 ? sentenceCountries(ctx, sentence) : null;
  const pool = mediating ? ctx.parties.filter((c) => !sc.has(c)).slice(0, 2) : ctx.parties.filter((c) => !sc.has(c) && !own.has(c) && !proposers?.has(c) && (!named || named.has(c))).slice(0, 1);
  return pool.filter((c) => !sc.has(c) && (mediating || !own.has(c))).map((c) => countryParty(ctx, c, first.mention));
}

/** Giving: aid of any kind (07) and its pledges (033). */
const GIVING = /^(07|033)/;

/** Verbal acts addressed to someone: appeals, demands, disapproval, rejection, threats (codes 02, 10–13; by characters, no regex per candidate). */
function verbalCode(code: string): boolean {
  const a = code.charCodeAt(0);
  const b = code.charCodeAt(1);
  return (a === 48 && b === 50) || (a === 49 && b >= 48 && b <= 51); // 02, 10–13
}


/**
 * Acts of a state on its own people: yielding (easing restrictions, acceding to demands, calling off a
 * strike; CAMEO 080–083) and restricting them (curfews, bans, martial law, blocking a demonstration; 172).
 */
const CONCESSION = /^(08[0-3]|172)/;

/** Words of foreign trade ("export restrictions", "curbs on imports"). */
const TRADE_WORDS = new Set(['export', 'exports', 'import', 'imports', 'trade', 'tariff', 'tariffs']);

/** Some token of the pattern's span is a word of foreign trade. */
function tradeWords(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TRADE_WORDS.has(tok(ctx, k).lower)) return true;
  return false;
}
/**
 * Talking with someone: consult, discuss, meet, negotiate (codes 040, 041, 044, 046). "telephoned Y on
 * Tuesday to discuss efforts for peace in Z": the purpose clause's talk is with the one telephoned; Z is its topic.
 */
function talkingCode(code: string): boolean {
  const c = code.charCodeAt(2);
  return code.charCodeAt(0) === 48 && code.charCodeAt(1) === 52 && (c === 48 || c === 49 || c === 52 || c === 54);
}

/**
 * The object of the verb a purpose infinitive at `trigger` hangs on ("summoned X's envoy to
 * complain" → X's envoy): the actor of the noun phrase right before the infinitive's "to", that
 * verb's direct object, the verb not passing it the infinitive. -1 when none.
 */
function purposeObject(ctx: DocContext, trigger: number, lo: number): number {
  const to = trigger - 1;
  if (to <= lo || tok(ctx, to).lower !== 'to' || tok(ctx, to).pos !== 'PART') return -1;
  const mi = nounPhraseBefore(ctx, timeBefore(ctx, to, lo), lo).mention;
  if (mi < 0 || isMedia(ctx.doc.actors[mi] as ActorMention)) return -1;
  const [ms, me] = ctx.mentionTokens[mi] as [number, number];
  const v = governingVerb(ctx, lo, ms, me, to);
  return v >= 0 && !passesObject(ctx, v) ? mi : -1;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight', 'earlier', 'later']);

/**
 * The start of a time adverbial ending right before `end` ("on Tuesday", "late on Monday", "today"),
 * else `end`: "telephoned Y on Tuesday to discuss" — the time belongs to the verb, Y is still its object.
 */
function timeBefore(ctx: DocContext, end: number, lo: number): number {
  let i = end - 1;
  if (i < lo) return end;
  const t = tok(ctx, i);
  if (TIME_WORDS.has(t.lower)) return i;
  if (!WEEKDAYS.has(t.lower)) return end;
  i--;
  while (i >= lo && (tok(ctx, i).lower === 'late' || tok(ctx, i).lower === 'early' || tok(ctx, i).lower === 'last' || tok(ctx, i).lower === 'on')) i--;
  return i + 1;
}

/** The mention is the infinitive's own object: right after the match (determiners between) or after "against". */
function ownObject(ctx: DocContext, end: number, mi: number): boolean {
  const ms = (ctx.mentionTokens[mi] as [number, number])[0];
  let i = ms - 1;
  while (i >= end && tok(ctx, i).pos === 'DET') i--;
  return i < end || tok(ctx, i).lower === 'against';
}

const DESTINATION = new Set(['to', 'into', 'in']);

/**
 * The country a purpose infinitive's subject was sent to: a country mention after "to"/"into"/"in"
 * between the infinitive's "to" at `to` and the verb before it, when that verb does not pass its
 * object the infinitive ("sent experts to Y to investigate", not "urged Y to investigate"). -1 when none.
 */
function destinationBefore(ctx: DocContext, to: number, lo: number): number {
  let found = -1;
  for (let i = to - 1; i >= lo; i--) {
    const mi = mentionAt(ctx, i);
    if (mi >= 0) {
      const [ms] = ctx.mentionTokens[mi] as [number, number];
      const m = ctx.doc.actors[mi] as ActorMention;
      if (found < 0 && m.kind === 'country' && m.how !== 'adjective' && ms > lo && DESTINATION.has(tok(ctx, ms - 1).lower)) found = mi;
      i = ms;
      continue;
    }
    const t = tok(ctx, i);
    if (t.text === ',' || REL.has(t.lower)) return -1;
    if ((t.pos === 'VERB' && !modifierVerb(ctx, i, to)) || t.pos === 'AUX') return t.pos === 'VERB' && !passesObject(ctx, i) ? found : -1;
  }
  return -1;
}

/** Subjects of an attack verb that are no actor: weapons, blasts, attacks, unidentified attackers. */
const ATTACK_NOUNS = new Set(['killing', 'killings', 'murder', 'murders', 'assassination', 'abduction', 'kidnapping', 'execution', 'executions', 'beheading', 'bomb', 'bombing', 'explosion', 'blast', 'attack', 'ambush', 'shelling', 'shell', 'rocket', 'mortar', 'grenade',
  'mine', 'landmine', 'gunfire', 'airstrike', 'missile', 'shooting', 'explosive', 'device', 'bomber', 'gunman', 'gunmen', 'attacker',
  'assailant', 'sniper', 'barrage', 'salvo', 'detonation', 'raid', 'strike', 'incursion', 'invasion', 'offensive', 'assault', 'bombardment', 'fighting', 'clash', 'combat', 'hostility', 'hostilities']);

/** A "by" phrase at `from` whose head is a weapon or an attack, no actor ("by a roadside bomb", "by an explosive device"). */
function byWeapon(ctx: DocContext, from: number, hi: number): boolean {
  if (from >= hi || tok(ctx, from).lower !== 'by') return false;
  let head = -1;
  for (let j = from + 1; j < hi && j <= from + 5; j++) {
    const t = tok(ctx, j);
    if (mentionAt(ctx, j) >= 0) return false;
    if (t.pos === 'NOUN') { head = j; continue; }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'VERB' && t.lower.endsWith('ed'))) continue;
    break;
  }
  return head >= 0 && ATTACK_NOUNS.has(tok(ctx, head).lemma);
}

/** Nouns that refer back to what somebody asked for or put forward. */
const PROPOSED_N = new Set(['demand', 'proposal', 'offer', 'plan', 'ultimatum', 'call', 'request', 'condition', 'term', 'idea', 'initiative', 'appeal', 'overture']);

/**
 * "Ukraine rejected the demand.", "Hamas welcomed the proposal": a reaction whose object is a definite
 * noun phrase naming a demand, proposal or offer (no actor in it, nothing after it telling whose)
 * refers back to one told just before; its maker is the target. True when the object is such a phrase.
 */
export function referredProposal(ctx: DocContext, cand: Candidate): boolean {
  const code = cand.pattern.code;
  if (!(code.startsWith('12') || code.startsWith('05') || code.startsWith('11') || code.startsWith('08'))) return false;
  return referredObject(ctx, cand, PROPOSED_N);
}

/** Nouns naming an act by what it is to the one reacting ("condemned the move", "welcomed the decision"). */
const MOVE_N = new Set(['move', 'decision', 'step', 'announcement', 'remarks', 'remark', 'comments', 'inauguration', 'action', 'actions', 'measure', 'measures',
  'vote', 'ruling']);

/**
 * "Jordan condemned the move", "Lula rejected the decision", "welcomed the announcement": a reaction (11x, 12x, 05x) whose
 * object is a definite noun phrase naming an act by what it is to the one reacting refers back to the act told before.
 */
export function referredMove(ctx: DocContext, cand: Candidate): boolean {
  const code = cand.pattern.code;
  if (!(code.startsWith('12') || code.startsWith('05') || code.startsWith('11'))) return false;
  return referredObject(ctx, cand, MOVE_N);
}

/** Nouns naming an agreement between parties ("welcomed the truce", "hailed the deal"). */
const AGREED_N = new Set(['truce', 'ceasefire', 'cease-fire', 'deal', 'agreement', 'accord', 'pact', 'understanding', 'arrangement']);

/**
 * "Syria and the SDF agreed to a truce on Tuesday. ... The U.S. envoy welcomed the truce": a reaction (051, 11x, 12x) to a
 * definite noun phrase naming an agreement refers back to the latest agreement told.
 */
export function referredAgreement(ctx: DocContext, cand: Candidate): boolean {
  const code = cand.pattern.code;
  // (praise or criticism of it, not signing it: "the two envoys signed the agreement")
  if (!(code.startsWith('12') || code.startsWith('051') || code.startsWith('11'))) return false;
  return referredObject(ctx, cand, AGREED_N);
}

/** Nouns naming words said ("rejected the remarks", "condemned the statement"). */
const WORDS_N = new Set(['remarks', 'remark', 'comments', 'comment', 'statement', 'statements', 'rhetoric', 'words', 'threats', 'threat', 'speech', 'criticism']);

/** "India criticised the ban. Dhaka rejected the remarks.": a reaction (11x, 12x, 05x) to a definite noun phrase naming words said. */
export function referredWords(ctx: DocContext, cand: Candidate): boolean {
  const code = cand.pattern.code;
  if (!(code.startsWith('12') || code.startsWith('05') || code.startsWith('11'))) return false;
  return referredObject(ctx, cand, WORDS_N);
}

/** Nouns naming an accusation ("denied the claim", "rejected the allegations", "dismissed the charges"). */
const ACCUSED_N = new Set(['claim', 'accusation', 'allegation', 'charge', 'assertion', 'report', 'criticism', 'suggestion']);

/**
 * "Armenia accused Azerbaijan of shelling villages. Baku denied the claim": a denial with no one named it answers,
 * or a rejection (or criticism) of a definite noun phrase naming an accusation ("rejected the accusation",
 * "dismissed the allegations as lies"), answers the accusation told just before (whose makers `accusedAnswers` checks).
 */
export function referredAccusation(ctx: DocContext, cand: Candidate): boolean {
  const code = cand.pattern.code;
  if (code.startsWith('016')) return true;
  if (!(code.startsWith('12') || code.startsWith('11'))) return false;
  return referredObject(ctx, cand, ACCUSED_N);
}

/**
 * "Syria condemned the strikes", "Cairo denounced the attack on the convoy": disapproval whose object is a
 * definite noun phrase naming an attack (no actor in it, nothing after it telling whose) refers back to the
 * attack told just before; its doer is the target. So does one naming a show of force ("condemned the
 * exercises"). Which of the two, or null.
 */
export function referredAttack(ctx: DocContext, cand: Candidate): 'attack' | 'force' | 'measure' | null {
  if (!cand.pattern.code.startsWith('11')) return null;
  return referredObject(ctx, cand, ATTACK_NOUNS) ? 'attack' : referredObject(ctx, cand, FORCE_NOUNS) ? 'force' : referredObject(ctx, cand, MEASURE_NOUNS) ? 'measure' : null;
}

/**
 * Nouns naming a coercive measure ("condemned the veto", "denounced the arrests", "criticised the sanctions"), each
 * with the CAMEO codes of the act it refers back to.
 */
export const MEASURE_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ['veto', /^129/], ['sanction', /^16[0-6]/], ['sanctions', /^16[0-6]/], ['arrest', /^173/], ['detention', /^173/],
  ['expulsion', /^174/], ['deportation', /^174/], ['blockade', /^191/], ['annexation', /^192/],
  // ("U.S. forces seized a tanker ... Russia condemned the seizure")
  ['seizure', /^(171|192)/],
]);

/** The codes of the measures MEASURE_NOUNS refer back to (the union of its values). */
export const MEASURE_CODE = /^(129|16[0-6]|171|173|174|191|192)/;

/** Verbs of commanding one's forces. */
const COMMANDING = new Set(['order', 'instruct', 'direct', 'command', 'authorize', 'authorise', 'tell']);

/** Nouns of acts done to someone named after "of" ("the killing of the officer", "the abduction of two aid workers"). */
const DONE_TO_N = new Set(['killing', 'killings', 'murder', 'murders', 'assassination', 'abduction', 'kidnapping', 'execution', 'executions', 'beheading', 'shooting']);

/** Verbs of naming an act ("called the attack terrorism"). */
const LABELLING_V = new Set(['call', 'brand', 'label', 'term', 'describe']);

/** Nouns naming a show of force: "condemned the exercises", "denounced the deployment", "condemned the launch" (a missile's, told as fired or tested). */
const FORCE_NOUNS = new Set(['drill', 'drills', 'exercise', 'exercises', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'deployment', 'buildup', 'build-up', 'blockade', 'mobilisation', 'mobilization', 'wargame', 'wargames',
  'launch', 'launches', 'test', 'tests']);

/** The trigger's object is a definite noun phrase headed by one of `nouns`, with no actor in it nor a "of/by/from" after it. */
function referredObject(ctx: DocContext, cand: Candidate, nouns: { has(k: string): boolean }): boolean {
  const toks = ctx.doc.tokens;
  let i = cand.trigger + 1;
  // ("Israel struck Doha ... Guterres called it a flagrant violation of Qatar's sovereignty": "it" named as a crime
  // after an attack is that attack)
  if (nouns === ATTACK_NOUNS && i < toks.length && LABELLING_V.has(tok(ctx, cand.trigger).lemma) && (tok(ctx, i).lower === 'it' || tok(ctx, i).lower === 'this')) return true;
  if (i >= toks.length || !DEFINITE.has(tok(ctx, i).lower)) return false;
  for (i++; i < toks.length && i < cand.trigger + 6; i++) {
    const t = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) return false;
    const after = i + 1 < toks.length ? tok(ctx, i + 1) : null;
    // ("condemned the offensive and ...": a noun wink tagged as an adjective, with no noun after it)
    const headAdj = t.pos === 'ADJ' && nouns.has(t.lower) && !!after && after.pos !== 'NOUN' && after.pos !== 'ADJ' && after.pos !== 'PROPN';
    if (t.pos === 'ADJ' && !headAdj) continue;
    if (!headAdj && (t.pos !== 'NOUN' || !nouns.has(t.lemma))) return false;
    // ("called the attack state terrorism", "branded the strikes a war crime": a verb of naming has its complement next)
    if (after && LABELLING_V.has(tok(ctx, cand.trigger).lemma) && after.lower !== 'of' && after.lower !== 'by' && after.lower !== 'from') return true;
    // ("condemned the killing of the police officer": an act named with its victim after "of")
    if (after && after.lower === 'of' && nouns === ATTACK_NOUNS && DONE_TO_N.has(t.lemma)) return true;
    // ("condemned the attack and said ...": a coordinated predicate may follow)
    return !after || after.type === 'punctuation' || after.pos === 'CCONJ' || after.pos === 'ADP' && after.lower !== 'of' && after.lower !== 'by' && after.lower !== 'from';
  }
  return false;
}

/**
 * "The TTP claimed responsibility for an attack that killed six soldiers", "IS claimed the bombing, which killed 26 people":
 * a killing or attack told in a relative clause on an attack noun that a party claims is that party's — the claimer's
 * mentions (the subject of "claim") and the victims (the relative verb's object), or null.
 */
export function claimedAttack(ctx: DocContext, cand: Candidate): { sources: number[]; victims: number[] } | null {
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || !(HURT.has(t.lemma) || ATTACK_CODE.test(cand.pattern.code))) return null;
  const sent = ctx.doc.sentences[cand.sentence];
  if (!sent || cand.trigger < sent.tokenStart + 3) return null;
  let k = cand.trigger - 1;
  while (k > sent.tokenStart && tok(ctx, k).pos === 'ADV') k--;
  const rel = tok(ctx, k).lower;
  if (rel !== 'that' && rel !== 'which') return null;
  let j = k - 1;
  if (j > sent.tokenStart && tok(ctx, j).text === ',') j--;
  if (j <= sent.tokenStart || tok(ctx, j).pos !== 'NOUN' || !ATTACK_NOUNS.has(tok(ctx, j).lemma)) return null;
  for (let i = j - 1; i >= sent.tokenStart && i >= j - 8; i--) {
    const w = tok(ctx, i);
    if (w.lemma === 'claim' && w.pos === 'VERB') {
      const sources = findSubject(ctx, i, sent.tokenStart);
      return sources.length ? { sources, victims: findObject(ctx, cand.trigger + 1, sent.tokenEnd) } : null;
    }
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'NOUN' || w.lower === 'for' || w.lower === 'of')) return null;
  }
  return null;
}

/**
 * "Israeli jets struck southern Lebanon. The strikes killed three people": an attack or hurt verb whose
 * clause opens with a definite noun phrase headed by an attack noun ("the strikes", "the attack", "this
 * bombing") and holding no actor refers back to an attack told just before. The parties hurt, when named
 * after the verb; null when the clause is not of that shape.
 */
export function anaphoricAttack(ctx: DocContext, cand: Candidate): number[] | null {
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || !(HURT.has(t.lemma) || ATTACK_CODE.test(cand.pattern.code))) return null;
  const sent = ctx.doc.sentences[cand.sentence];
  if (!sent) return null;
  // ("The Taliban said the strikes killed ...": the reported clause's own start)
  const clause = clauseStart(ctx, cand.trigger, sent.tokenStart);
  const lo = reportedSubject(ctx, cand.trigger, clause)?.start ?? clause;
  if (lo >= cand.trigger || !DEFINITE.has(tok(ctx, lo).lower)) return null;
  let head = -1;
  for (let i = lo + 1; i < cand.trigger; i++) {
    const b = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) return null;
    if (b.pos === 'NOUN') { head = i; continue; }
    if (b.pos === 'ADJ' || b.pos === 'NUM' || b.pos === 'ADV' || b.pos === 'AUX') continue;
    return null;
  }
  if (head < 0 || !ATTACK_NOUNS.has(tok(ctx, head).lemma)) return null;
  return findObject(ctx, cand.trigger + 1, sent.tokenEnd);
}

/** Verbs of attacking whose passive with no doer is suffered from unnamed attackers, as a casualty is. */
// (and abducting: "an American was abducted from his home in Niamey")
const ASSAILED = new Set(['attack', 'ambush', 'raid', 'bomb', 'shell', 'abduct', 'kidnap']);
/** Verbs of a killing done to someone ("was murdered", "was assassinated", "was stabbed"). */
const MURDERED = new Set(['murder', 'assassinate', 'stab', 'behead', 'lynch', 'execute', 'slay']);

/**
 * "Israeli jets struck Doha. A Qatari officer was killed and several others were wounded": a killing or wounding told
 * in the passive with no doer ("by ...") and no other cause ("in clashes", "in a crash") is the work of the attack told
 * just before (the caller checks that one exists). The victims' mentions (the passive's subject), or null when the
 * sentence has no such clause.
 */
/** Parts of the body a victim is hit in ("shot in the head", "stabbed in the back"). */
const BODY_PARTS = new Set(['head', 'back', 'leg', 'legs', 'arm', 'arms', 'chest', 'neck', 'face', 'stomach', 'abdomen', 'shoulder', 'foot', 'hand', 'eye', 'thigh']);

export function passiveCasualty(ctx: DocContext, cand: Candidate): number[] | null {
  const t = tok(ctx, cand.trigger);
  // (and "was shot dead")
  const shotDead = t.lower === 'shot' && cand.trigger + 1 < ctx.doc.tokens.length && tok(ctx, cand.trigger + 1).lower === 'dead';
  // (and "was gunned down", "was shot", "was murdered", "was stabbed to death")
  const gunned = t.lower === 'gunned' && cand.trigger + 1 < ctx.doc.tokens.length && tok(ctx, cand.trigger + 1).lower === 'down';
  // (and an attack suffered: "a Red Cross convoy was ambushed", "the base was attacked overnight")
  if (t.pos !== 'VERB' || !(((HURT.has(t.lemma) || ASSAILED.has(t.lemma) || MURDERED.has(t.lemma)) && t.lower.endsWith('ed')) || shotDead || gunned || t.lower === 'shot')) return null;
  const sent = ctx.doc.sentences[cand.sentence];
  // (a trigger opening its sentence has no "was/were" before it)
  if (!sent || cand.trigger <= sent.tokenStart) return null;
  let a = cand.trigger - 1;
  while (a > sent.tokenStart && tok(ctx, a).pos === 'ADV') a--;
  // ("was shot and killed", "were beaten and killed"): a second participle joined to a passive one
  if (tok(ctx, a).lower === 'and' && a - 2 >= sent.tokenStart && tok(ctx, a - 1).pos === 'VERB' && BE_PASSIVE.has(tok(ctx, a - 2).lower)) a -= 2;
  // (or a headline's passive with "is" left out: "Austrian woman kidnapped in Agadez")
  if (!BE_PASSIVE.has(tok(ctx, a).lower) && !elidedPassive(ctx, cand.trigger)) return null;
  const end = clauseEnd(ctx, cand.trigger + 1, sent.tokenEnd);
  for (let i = cand.trigger + 1; i < end; i++) {
    const w = tok(ctx, i).lower;
    // (what follows a comma is an aside, not how the victims came to harm: "..., the second kidnapping in the city")
    if (w === ',') break;
    if (w === 'by' || w === 'when' || w === 'after') return null;
    if (w !== 'in' && w !== 'during' && w !== 'amid') continue;
    // (only a place, the attack itself or where the body was hit: "killed in Doha", "wounded in the strike", "shot in the
    // head"; not "in clashes", "in a crash")
    let k = i + 1;
    while (k < end && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'NUM')) k++;
    if (k < end && mentionAt(ctx, k) < 0 && tok(ctx, k).pos === 'NOUN' && !ATTACK_NOUNS.has(tok(ctx, k).lemma) && !STRIKE_NOUNS.has(tok(ctx, k).lower)
      && !BODY_PARTS.has(tok(ctx, k).lemma)) return null;
  }
  // ("Police said at least 32 people were killed": the reporter is not among the victims; see `reportedDead` for a
  // reporter with a country when the attack's doer is named)
  return findSubject(ctx, cand.trigger, sent.tokenStart).filter((mi) => !reportedOver(ctx, (ctx.mentionTokens[mi] as [number, number])[1], cand.trigger));
}

/** Quotation marks that may open a quoted label: QUOTES and the typewriter pair "``". */
const QUOTE_MARKS = new Set([...QUOTES, '``']);

/** Closing quotation marks: a straight or right double quote after the quotation's last punctuation. */
const CLOSING_QUOTES = new Set(['"', '\u201d', "''"]);

/**
 * The closing quotation mark of a quotation that ends right before the subject of the verb of saying at `trigger`
 * ('"...," the ministry said', '"...," said X'): the mark's index when it follows ",", ".", "?" or "!" and only a
 * noun phrase (no verb, no comma) lies between it and the verb; else -1.
 */
function closingQuoteBefore(ctx: DocContext, trigger: number, lo: number): number {
  for (let i = trigger - 1; i > lo && i > trigger - 12; i--) {
    const t = tok(ctx, i);
    if (CLOSING_QUOTES.has(t.text)) return /^[,.?!]$/.test(tok(ctx, i - 1).text) ? i : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') return -1;
  }
  return -1;
}

function mentionStart(ctx: DocContext, m: number): number {
  return (ctx.mentionTokens[m] as [number, number])[0];
}

/**
 * The noun trigger at `trigger` (after modifiers that name no actor) follows "in", "during", "by" or "amid" after a
 * casualty verb told in the passive or "died": "were killed in shelling", "died in a drone attack".
 */
function victimsBefore(ctx: DocContext, trigger: number, lo: number): boolean {
  const t = tok(ctx, trigger);
  if (trigger - 2 < lo || (t.pos !== 'NOUN' && !(t.pos === 'VERB' && t.lower.endsWith('ing')))) return false;
  let i = trigger - 1;
  for (let n = 0; n < 4 && i > lo && PREMOD_TAGS.has(tok(ctx, i).pos) && mentionAt(ctx, i) < 0; n++) i--;
  const p = tok(ctx, i).lower;
  if (i <= lo || !(p === 'in' || p === 'during' || p === 'by' || p === 'amid')) return false;
  const v = tok(ctx, i - 1);
  if (v.pos !== 'VERB' || !HURT.has(v.lemma)) return false;
  if (v.lemma === 'die') return true;
  let a = i - 2;
  while (a > lo && tok(ctx, a).pos === 'ADV') a--;
  return a >= lo && BE_PASSIVE.has(tok(ctx, a).lower);
}

/** Nouns of a strike that victims may be hurt in ("wounded in the strike"). */
const STRIKE_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'air', 'raid', 'raids', 'bombardment', 'barrage', 'attack', 'attacks', 'shelling']);

/** Words marking an explosion as an accident, not an attack ("a gas explosion", "an accidental blast"). */
const ACCIDENT = new Set(['gas', 'accidental', 'industrial', 'factory', 'boiler', 'fireworks', 'firework', 'chemical', 'pipeline', 'tanker']);

/** Verbs an attack (its weapon or blast) is the subject of when it lands. */
const HITTING = new Set(['hit', 'strike', 'pound', 'target', 'slam', 'rock', 'kill', 'destroy', 'damage', 'wound', 'injure', 'level', 'attack', 'bomb', 'raid', 'shell', 'blast', 'fall', 'land', 'rain']);

/**
 * The attack noun at the trigger heads the noun phrase opening its clause (only modifiers before it, no
 * actor among them) and a finite verb of hitting follows the phrase: "Drone strikes hit the capital",
 * "Overnight shelling killed five people".
 */
/** Tokens [lo, trigger) are premodifiers only, no actor among them ("A", "An Israeli-made"). */
function premodifiedFrom(ctx: DocContext, lo: number, trigger: number): boolean {
  for (let j = lo; j < trigger; j++) {
    const b = tok(ctx, j);
    if (mentionAt(ctx, j) >= 0 || !(PREMOD_TAGS.has(b.pos) || b.text === '-')) return false;
  }
  return true;
}

function hittingSubject(ctx: DocContext, cand: Candidate, lo: number): boolean {
  for (let j = lo; j < cand.trigger; j++) {
    const b = tok(ctx, j);
    if (mentionAt(ctx, j) >= 0 || !(PREMOD_TAGS.has(b.pos) || b.text === '-')) return false;
  }
  let v = cand.trigger + 1;
  while (v < cand.end + 1 && v < ctx.doc.tokens.length && tok(ctx, v).pos === 'NOUN') v++;
  const t = v < ctx.doc.tokens.length ? tok(ctx, v) : null;
  return !!t && t.pos === 'VERB' && !t.lower.endsWith('ing') && HITTING.has(t.lemma);
}

/**
 * The country where an attack with a subject that is no actor happens: its verb (or the first verb of
 * its coordination) is preceded in its clause only by a noun phrase headed by an attack noun and
 * its prepositional phrases ("A roadside bomb near <town> on Sunday killed"); the place named
 * there, else the place named after the verb in its clause. When a participle with its agent
 * follows the attack noun ("a bomb planted by X"), that agent instead. Null when none.
 */
function unattributedPlace(ctx: DocContext, cand: Candidate, lo: number, hi: number): { country?: string; head: number; agent?: number[] } | null {
  let v = cand.trigger;
  for (let k = 0; k < 3; k++) {
    const first = coordinatedWith(ctx, lo, v);
    if (first < 0) break;
    v = first;
  }
  const t = tok(ctx, v);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || v <= lo) return null;
  // the head noun of the noun phrase opening the clause (after an adverbial and its comma: "On Sunday, a
  // bomb killed"): the last noun of its first run of nominals
  let i = lo;
  for (let j = v - 1; j > lo; j--) if (tok(ctx, j).text === ',') { i = j + 1; break; }
  // (or after a verb of saying that opens the reported clause: "Israel said the strikes destroyed launchers in Iran")
  for (let j = v - 1; j > i; j--) {
    const b = tok(ctx, j);
    if (b.pos === 'VERB' && SAYING.has(b.lemma)) { i = tok(ctx, j + 1).lower === 'that' ? j + 2 : j + 1; break; }
  }
  const start = i;
  let head = -1;
  for (; i < v; i++) {
    const b = tok(ctx, i);
    if (b.pos === 'NOUN') { head = i; continue; }
    if (PREMOD_TAGS.has(b.pos) || b.text === '-') { if (head >= 0 && b.pos !== 'PROPN') break; continue; }
    break;
  }
  if (head < 0 || !ATTACK_NOUNS.has(tok(ctx, head).lemma) || mentionAt(ctx, head) >= 0) return null;
  for (let j = start; j < head; j++) if (ACCIDENT.has(tok(ctx, j).lower)) return null;
  // "a bomb planted by X killed ...": the agent of the weapon is the attacker
  if (i < v && tok(ctx, i).pos === 'VERB' && agentParticiple(ctx, i, v)) {
    const agent = agentAfter(ctx, i + 1, v, 3);
    if (agent.length) return { agent, head };
  }
  // then only prepositional phrases, times and auxiliaries up to the verb; no actor, no other verb
  for (let j = i; j < v; j++) {
    const b = tok(ctx, j);
    // (an actor modifying a noun of the phrase is no doer: "two explosions at an M23 rally in Bukavu killed 11 people")
    if (mentionAt(ctx, j) >= 0 && !locativeCountry(ctx, mentionAt(ctx, j)) && !modifierMention(ctx, mentionAt(ctx, j))) return null;
    if (b.pos === 'VERB' || b.text === ',' || REL.has(b.lower)) return null;
  }
  const from = tok(ctx, start).start;
  const to = t.start;
  const place = landIn(ctx, from, to);
  if (place) return { country: place, head };
  const after = placeAfter(ctx, cand, hi, true);
  return after ? { country: after, head } : null;
}

/** The mention modifies the noun right after it, inside a prepositional phrase ("at an M23 rally", "near a UN base"), of
 * one of `preps` when given. */
function modifierMention(ctx: DocContext, mi: number, preps?: ReadonlySet<string>): boolean {
  const [ms, me] = ctx.mentionTokens[mi] as [number, number];
  const next = ctx.doc.tokens[me];
  let b = ms - 1;
  if (b >= 0 && tok(ctx, b).pos === 'DET') b--;
  return !!next && next.pos === 'NOUN' && mentionAt(ctx, me) < 0 && b >= 0 && tok(ctx, b).pos === 'ADP' && (!preps || preps.has(tok(ctx, b).lower));
}

const BACKGROUND_OPENERS = new Set(['where', 'which', 'when', 'since', 'after', 'who', 'whom', 'whose', 'before', 'while']);

/** A word opening a relative or time clause in the trigger's sentence before it ("the city where 100 people were killed"). */
export function backgroundClause(ctx: DocContext, cand: Candidate): boolean {
  const sent = ctx.doc.sentences[cand.sentence];
  for (let i = sent ? sent.tokenStart : cand.trigger; i < cand.trigger; i++) if (BACKGROUND_OPENERS.has(tok(ctx, i).lower)) return true;
  return false;
}

/** Unidentified attackers (CAMEO's UAF), of no country. */
export function unidentifiedParty(ctx: DocContext, at: number): Party {
  const t = tok(ctx, at);
  return { mention: { start: t.start, end: t.end, text: t.text, actorId: 'agent:UAF', code: 'UAF', name: 'unidentified attackers', kind: 'agent', how: 'coreference' }, code: 'UAF' };
}

/** A country part that is a state's: three letters, not the IGO, NGO or IMG pseudo-countries. */
function stateCountry(c: string): boolean {
  return /^[A-Z]{3}$/.test(c) && c !== 'IGO' && c !== 'IMG' && c !== 'NGO';
}

/** The country of a state mention in tokens [from, to) whose country is none of `not`, or undefined. */
function otherStateIn(ctx: DocContext, from: number, to: number, not: readonly string[]): string | undefined {
  for (let k = from; k < to; k++) {
    const mi = mentionAt(ctx, k);
    if (mi < 0) continue;
    const m = ctx.doc.actors[mi] as ActorMention;
    const c = countryOf(m.code);
    if ((m.kind === 'country' || /(GOV|JUD|COP|MIL)$/.test(m.code)) && stateCountry(c) && !not.includes(c)) return c;
  }
  return undefined;
}

export function placeParty(ctx: DocContext, code: string, at: number): Party {
  const t = tok(ctx, at);
  return { mention: { start: t.start, end: t.end, text: t.text, actorId: `country:${code}`, code, name: code, kind: 'country', how: 'coreference' }, code };
}

const DEMAND_VERBS = new Set(['demand', 'press', 'urge', 'call', 'seek', 'protest', 'push', 'force', 'pressure']);

/** The "to" of a purpose infinitive of demanding in the clause after `from` (before any comma), or -1. */
function demandClause(ctx: DocContext, from: number, hi: number): number {
  for (let i = from; i + 1 < hi; i++) {
    const t = tok(ctx, i);
    if (t.text === ',' || STOP_RIGHT.has(t.lower)) return -1;
    if (t.lower === 'to' && t.pos === 'PART' && DEMAND_VERBS.has(tok(ctx, i + 1).lemma)) return i;
  }
  return -1;
}

/** Nouns for groups of people that a nationality adjective can modify ("Gondorian factions"). */
const GROUP_NOUNS = new Set(['faction', 'group', 'party', 'leader', 'militant', 'activist', 'movement', 'politician', 'lawmaker',
  'fighter', 'student', 'worker', 'citizen', 'community', 'clan', 'tribe', 'delegate', 'negotiator', 'representative', 'figure']);

/** Nouns for organised factions of a country ("Gondorian factions", "Rohan militants"). */
const FACTION_NOUNS = new Set(['faction', 'group', 'party', 'movement', 'militant', 'fighter', 'clan', 'tribe', 'militia']);

/** A nationality adjective heading a noun for a group of people ("Gondorian factions"), not an actor's name. */
function nationalityGroup(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  const me = (ctx.mentionTokens[mi] as [number, number])[1];
  // "Gondorian factions" read as one typed actor: its own head noun says it is some group of that country
  if (m.kind === 'agent' && m.how === 'typed' && !m.code.startsWith('IGO') && me > 0 && FACTION_NOUNS.has(tok(ctx, me - 1).lemma) && tok(ctx, me - 1).lower.endsWith('s')) return true;
  if (m.kind !== 'country' || m.how !== 'adjective') return false;
  return me < ctx.doc.tokens.length && mentionAt(ctx, me) < 0 && GROUP_NOUNS.has(tok(ctx, me).lemma);
}

/** A nationality adjective heading a common noun that is no actor of its own ("Gondorian farmers"). */
function nationalityNoun(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  if (m.kind !== 'country' || m.how !== 'adjective') return false;
  const me = (ctx.mentionTokens[mi] as [number, number])[1];
  return me < ctx.doc.tokens.length && mentionAt(ctx, me) < 0 && tok(ctx, me).pos === 'NOUN';
}

/** The actor after "against" within 10 tokens of `from`, in the clause, before any new predicate. */
function againstAfter(ctx: DocContext, from: number, hi: number): number[] {
  for (let i = from; i < hi && i < from + 10; i++) {
    const t = tok(ctx, i);
    if (t.text === ',' || STOP_RIGHT.has(t.lower) || REL.has(t.lower) || (t.pos === 'VERB' && !modifierVerb(ctx, i, hi))) return [];
    if (t.lower === 'against') return findObject(ctx, i + 1, Math.min(hi, i + 6));
  }
  return [];
}

/** Prepositions of where forces are sent. */
const DESTINATION_PREPS = new Set(['to', 'into', 'in']);

/** A state named right after "to", "into" or "in" at `from` (a determiner and adjectives between: "to neighbouring Mozambique"), or -1. */
function destinationState(ctx: DocContext, from: number, hi: number): number {
  if (from >= hi || !DESTINATION_PREPS.has(tok(ctx, from).lower)) return -1;
  let k = from + 1;
  while (k < hi && k <= from + 3 && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ') && mentionAt(ctx, k) < 0) k++;
  const mi = k < hi ? mentionAt(ctx, k) : -1;
  return mi >= 0 && (ctx.doc.actors[mi] as ActorMention).kind === 'country' ? mi : -1;
}

/** A country mention after a locative preposition within 8 tokens of `from`, in the clause, before any new predicate. */
const NEAR = new Set(['around', 'near', 'off', 'toward', 'towards', 'along', 'encircling', 'surrounding']);

/** The country mention after `from` governed by a locative preposition ("in X"; with `near`, also "around/off X"), or -1. */
function locativeAfter(ctx: DocContext, from: number, hi: number, near = false): number {
  for (let i = from; i < hi && i < from + 8; i++) {
    const mi = mentionAt(ctx, i);
    if (mi >= 0) return locativeCountry(ctx, mi) || (near && nearCountry(ctx, mi)) ? mi : -1;
    const t = tok(ctx, i);
    if (t.text === ',' || STOP_RIGHT.has(t.lower) || REL.has(t.lower) || (t.pos === 'VERB' && !modifierVerb(ctx, i, hi))) return -1;
  }
  return -1;
}

/** A country mention right after "around", "near", "off" (determiners and adjectives between). */
function nearCountry(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  if (m.kind !== 'country' || m.how === 'adjective') return false;
  let i = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (i >= 0 && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'DET')) i--;
  return i >= 0 && NEAR.has(tok(ctx, i).lower);
}

/** "He/She/They + trigger" with no actor in the clause: resolve the pronoun to the last mention. */
function findPronounSubject(ctx: DocContext, trigger: number, lo: number): number {
  for (let i = trigger - 1; i >= lo && i >= trigger - 4; i--) {
    const t = tok(ctx, i);
    // the subject of an object relative is never the noun the relative hangs on ("the ships, which it
    // accused of intruding": "it" is not the ships): its antecedent is looked for before that noun
    const head = i > lo ? relativeHead(ctx, i - 1, lo) : NO_PHRASE;
    if (t.pos === 'PRON' && ANAPHORS.has(t.lower)) return antecedent(ctx, t, t.sentence, head.noun || head.mention >= 0 ? head.start : t.index);
  }
  return -1;
}

/**
 * A subject pronoun (no actor mention of its own) right before the verb group of `trigger`, after a
 * subordinating conjunction ("after it seized"), or right after a noun phrase: a reduced object relative on that phrase ("the group *it* accuses Y of sheltering",
 * "the deal *they* signed"). The pronoun's referent: what the same pronoun stands for as an earlier subject
 * of the sentence ("said it had struck ..., the group it accuses"), else the nearest agreeing actor before
 * the phrase and the name it may stand in apposition to; -1 when none is found, -2 when `trigger` has no
 * such relative.
 */
function reducedRelativePronoun(ctx: DocContext, trigger: number, lo: number): number {
  let i = trigger - 1;
  while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  const t = tok(ctx, i);
  if (i <= lo || t.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(t.lower) || mentionAt(ctx, i) >= 0) return -2;
  // ("accused the RSF of killing civilians after it seized the city": a subordinate clause's own pronoun
  // subject, never an actor before it in the main clause's object)
  if (SUBORD.has(tok(ctx, i - 1).lower) && tok(ctx, i - 1).lower !== 'as') return antecedent(ctx, t, t.sentence, i);
  // ("detained a Frenchman whom it accused of spying"): the phrase an object relative pronoun before the subject hangs on
  const rel = tok(ctx, i - 1).lower === 'whom' || tok(ctx, i - 1).lower === 'which' ? i - 1 : i;
  const head = nounPhraseBefore(ctx, rel, lo);
  if (head.start >= rel || (head.mention < 0 && !head.noun)) return -2;
  // ("On Friday it said": a fronted time is no noun phrase a relative hangs on)
  if (head.mention < 0 && insideTime(ctx, tok(ctx, i - 1))) return -2;
  const sentStart = (ctx.doc.sentences[t.sentence] as { tokenStart: number }).tokenStart;
  for (let k = head.start - 1; k >= sentStart; k--) {
    if (tok(ctx, k).lower !== t.lower || mentionAt(ctx, k) >= 0) continue;
    const r = reporterOf(ctx, k, sentStart, sentStart, false, 0);
    if (r.length) return r[0] as number;
    break;
  }
  let before = head.start;
  // ("sanctioned RSF leader Dagalo, whose forces it accused of genocide": the pronoun is none of the noun phrase "whose"
  // hangs on)
  const whose = tok(ctx, before).lower === 'whose' ? before : before - 1 > lo && tok(ctx, before - 1).lower === 'whose' ? before - 1 : -1;
  if (whose > lo) {
    let k = whose - 1;
    if (k > lo && tok(ctx, k).text === ',') k--;
    while (k > lo && (mentionAt(ctx, k) >= 0 || NP_WORD_TAGS.has(tok(ctx, k).pos))) k--;
    before = k + 1;
  }
  // ("the TTP, the militant group it accuses": the name the phrase stands in apposition to is the object too)
  if (before - 1 > lo && tok(ctx, before - 1).text === ',') {
    const anchor = nounPhraseBefore(ctx, before - 1, lo);
    if (anchor.mention >= 0 || anchor.noun) before = anchor.start;
  }
  return antecedent(ctx, t, t.sentence, before);
}

/**
 * The reporter standing for a subject pronoun (not itself an actor mention) right before the verb group
 * of `trigger`, when a reporting verb introduces the pronoun ("X accused Y of ... and said it would
 * fight": X), else -1. The pronoun agrees with the reporter: he/she a person, it/they/we a group.
 */
function reportedPronounSubject(ctx: DocContext, trigger: number, lo: number): number {
  let i = trigger - 1;
  while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  const t = tok(ctx, i);
  if (i <= lo || t.pos !== 'PRON' || !SUBJECT_PRONOUNS.has(t.lower) || mentionAt(ctx, i) >= 0) return -1;
  const sentStart = (ctx.doc.sentences[t.sentence] as { tokenStart: number }).tokenStart;
  const reporter = reporterOf(ctx, i, sentStart, sentStart, false, 0);
  return reporter.length ? reporter[0] as number : -1;
}

/**
 * The reporter a subject pronoun at `p` stands for: the subject of the reporting verb that introduces it
 * ("X ... said it would", "said that they"), searched from `from`, when the pronoun agrees with it — he/she a
 * person, it/they/we a group; none otherwise.
 */
function reporterOf(ctx: DocContext, p: number, from: number, sentStart: number, locative: boolean, depth: number): number[] {
  const v = reportingVerbBefore(ctx, p, from);
  const reporter = v >= 0 ? findSubject(ctx, v, sentStart, locative, depth) : [];
  const agrees = reporter.length > 0 && ((ctx.doc.actors[reporter[0] as number] as ActorMention).kind === 'person') === PERSON_PRONOUNS.has(tok(ctx, p).lower);
  return agrees ? reporter : [];
}

/**
 * Relative pronouns that open an object relative on an actor ("the ships, which X rejected", "whom X
 * blamed"); not "that", which after a noun mostly opens a content clause ("an admission by Moscow that
 * its forces murdered", "a reminder to Iraq that it must cooperate").
 */
const OBJECT_REL = new Set(['which', 'whom']);

/**
 * The noun phrase an object relative pronoun at `r` hangs on ("the ships, *which* it accused", "the
 * envoy *whom* Y expelled"), or NO_PHRASE when `r` opens no such relative.
 */
function relativeHead(ctx: DocContext, r: number, lo: number): { mention: number; noun: boolean; start: number } {
  const t = tok(ctx, r);
  if (!OBJECT_REL.has(t.lower)) return NO_PHRASE;
  let end = r;
  if (end > lo && tok(ctx, end - 1).text === ',') end--;
  else if (t.lower === 'which') return NO_PHRASE; // "in which", "which X rejected" opening a question
  if (end <= lo) return NO_PHRASE;
  const before = tok(ctx, end - 1);
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN' && mentionAt(ctx, end - 1) < 0) return NO_PHRASE;
  return nounPhraseBefore(ctx, end, lo);
}

/**
 * The actor an object relative clause ending in its verb at `trigger` has for its object: the noun
 * phrase the relative hangs on ("the Philippine ships, which it accused of intruding": the ships).
 * The relative pronoun, then its subject (a pronoun or an actor), then auxiliaries and adverbs, then
 * the trigger ending at `end`; -1 when the trigger is no such relative's verb.
 */
function objectRelativeHead(ctx: DocContext, trigger: number, end: number, lo: number): number {
  // the verb's object is the relative's gap: none may follow ("which it accused of intruding", not "which it told Y")
  const next = end < ctx.doc.tokens.length ? tok(ctx, end) : null;
  if (next && next.sentence === tok(ctx, trigger).sentence && (mentionAt(ctx, end) >= 0 || NP_START_TAGS.has(next.pos))
    && !timeBeginsAt(ctx, next.sentence, end)) return -1;
  let i = trigger - 1;
  while (i > lo && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV' || tok(ctx, i).pos === 'PART')) i--;
  if (i <= lo) return -1;
  const mi = mentionAt(ctx, i);
  if (mi >= 0) i = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  else if (tok(ctx, i).pos === 'PRON' && !OBJECT_REL.has(tok(ctx, i).lower)) i--;
  else return -1;
  if (i > lo && tok(ctx, i).lower === 'the') i--;
  if (i <= lo) return -1;
  const head = relativeHead(ctx, i, lo);
  return head.mention >= 0 && !isMedia(ctx.doc.actors[head.mention] as ActorMention) ? head.mention : -1;
}

export { inheritSource, inheritTarget } from './inherit.js';
