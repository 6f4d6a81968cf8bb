/**
 * Targets found without an object actor: the country of a place acted on, a country named as the
 * place of a domestic action, the actor a protest is aimed at, the subject of an appeal's "that" clause.
 */
import { VENUE_NAMED, type ActorMention, type Place, type PlaceMention } from '../domain/types.js';
import type { Candidate } from './match.js';
import type { DocContext } from './context.js';
import { REL, STOP_RIGHT, isMedia, mentionAt, tok } from './tokens.js';

/**
 * The country of the first place the event is done in or to: a place named after the match, in its
 * clause, within 12 tokens, not part of an actor mention, introduced by a locative preposition or
 * directly the object ("visited Kabul"). Null when none. `located`: also a place inside a mention
 * ("five people in <town>"), where only where it happened is asked, not whom it was done to.
 */
/** Participles of holding captives somewhere ("hostages held in Gaza", "prisoners detained in Israel"). */
const HELD_THERE = new Set(['held', 'detained', 'imprisoned', 'jailed', 'kept']);

export function placeAfter(ctx: DocContext, cand: Candidate, hi: number, located = false, own?: (country: string) => boolean): string | null {
  const from = tok(ctx, cand.end - 1).end;
  const last = Math.min(hi, cand.end + 12) - 1;
  if (last < cand.end) return null;
  const to = tok(ctx, last).end;
  const attack = /^(18|19|20)/.test(cand.pattern.code);
  for (const pm of ctx.doc.places) {
    if (pm.start < from) continue;
    if (pm.start >= to) break;
    // a sea or strait is no country's: an attack "in the Red Sea" targets no littoral state
    if (!pm.place.country || pm.place.kind === 'water') continue;
    // ("a drone attack by Iran-backed militants": a place in a hyphened modifier is no location)
    if (ctx.doc.text.charCodeAt(pm.end) === 45 && /^-[a-z]/.test(ctx.doc.text.slice(pm.end, pm.end + 2))) continue;
    const ti = tokenAt(ctx, pm.start, cand.end, last + 1);
    // ("struck near the U.S. embassy in Tel Aviv": a country naming whose mission or base it is tells not where)
    if (ti >= 0 && pm.place.kind === 'country' && ABROAD_HEADS.has(nextWordAfter(ctx, ti, pm.end, last + 1))) continue;
    // (for an attack, a country's name after a locative preposition is a place too: "air strikes on targets
    // inside Afghanistan")
    if (ti < 0 || (!located && mentionAt(ctx, ti) >= 0 && !(attack && locativeCountry(ctx, mentionAt(ctx, ti))))) continue;
    // ("refused to attend the talks in Geneva", "boycotted the summit in Cairo": where a meeting sits is no party to
    // what is done about it; an attack on a meeting still hits the place's country)
    if (!attack && venueAt(ctx, ti, cand.end)) continue;
    // ("remained committed to the Minsk agreements": a city naming an accord after its article is where it was made)
    if (!attack && ti > 0 && tok(ctx, ti - 1).pos === 'DET' && VENUE_NAMED.has(nextWordAfter(ctx, ti, pm.end, last + 1))) continue;
    // ("released the 20 hostages held in Gaza": where captives were held is no party to their release)
    if (!attack && ti > 1 && tok(ctx, ti - 1).lower === 'in' && HELD_THERE.has(tok(ctx, ti - 2).lower)) continue;
    if (blockedBefore(ctx, cand.end, ti)) return null;
    return own ? acrossFrontier(pm.place, own) : pm.place.country;
  }
  return null;
}

/**
 * "Indian troops violated the ceasefire along the Line of Control", "North Korean soldiers crossed the DMZ": an act on a
 * line between two states by one of them is aimed at the other side; any other place's, at its country.
 */
export function acrossFrontier(place: Place, own: (country: string) => boolean): string {
  const other = place.claimedBy;
  if (!place.frontier || other?.length !== 1) return place.country;
  return own(place.country) ? other[0] as string : place.country;
}

/**
 * "will travel to Pristina and Belgrade", "visited Kyiv and Warsaw": the country of a second place joined by "and" (or a
 * comma) to the first place after the candidate, when it is another country; null otherwise.
 */
export function coordinatedPlaceAfter(ctx: DocContext, cand: Candidate, hi: number, first: string): string | null {
  const from = tok(ctx, cand.end - 1).end;
  const places = ctx.doc.places;
  for (let k = 0; k < places.length; k++) {
    const pm = places[k] as PlaceMention;
    if (pm.start < from || pm.place.country !== first) continue;
    const next = places[k + 1];
    if (!next || !next.place.country || next.place.country === first || next.place.kind === 'water') return null;
    const gap = ctx.doc.text.slice(pm.end, next.start);
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(gap)) return null;
    const ti = tokenAt(ctx, next.start, cand.end, hi);
    return ti >= 0 ? next.place.country : null;
  }
  return null;
}

const MEETINGS = new Set(['talks', 'meeting', 'meetings', 'summit', 'conference', 'negotiations', 'consultations', 'forum']);

/** The place at token `ti` follows "in"/"at" after a meeting's noun ("the talks in Geneva"), no earlier than `lo`. */
function venueAt(ctx: DocContext, ti: number, lo: number): boolean {
  let i = ti - 1;
  while (i > lo && tok(ctx, i).lower === 'the') i--;
  // (the meeting's noun may end the candidate itself: "pulled out of planned talks in Luanda")
  if (i < lo || (tok(ctx, i).lower !== 'in' && tok(ctx, i).lower !== 'at')) return false;
  return i - 1 >= 0 && MEETINGS.has(tok(ctx, i - 1).lower);
}

/** Nouns of a state's presence abroad: "the U.S. embassy", "a Russian base". */
const ABROAD_HEADS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'base', 'bases', 'troops', 'forces', 'ship', 'ships', 'vessel', 'warship', 'tanker', 'tankers', 'convoy', 'ambassador', 'diplomats', 'nationals', 'citizens']);

/** The lower-cased word starting after character `end`, looked for from token `from` (tokens before `hi`), or ''. */
function nextWordAfter(ctx: DocContext, from: number, end: number, hi: number): string {
  for (let i = from; i < hi; i++) if (tok(ctx, i).start >= end) return tok(ctx, i).lower;
  return '';
}

function tokenAt(ctx: DocContext, offset: number, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (tok(ctx, i).start === offset) return i;
  return -1;
}

/** A noun or pronoun in [from, to): the first predicate has its object. */
function objectBefore(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const p = tok(ctx, k).pos; if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') return true; }
  return false;
}

const INCLUDING = new Set(['including', 'notably', 'especially', 'mainly', 'mostly']);

/** From `from` to `to`, noun phrases joined by commas and one last "and"/"or" before `to`: a list's rest. */
function listGoesOn(ctx: DocContext, from: number, to: number): boolean {
  let joined = false;
  // (the place's own preposition and article before it: "... and a hotel in the port of")
  let end = to;
  while (end > from && (tok(ctx, end - 1).pos === 'ADP' || tok(ctx, end - 1).lower === 'the')) end--;
  for (let k = from; k < end; k++) {
    const w = tok(ctx, k);
    if (w.lower === 'and' || w.lower === 'or') { joined = true; continue; }
    if (w.text === ',') continue;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'NUM' || w.pos === 'PROPN')) return false;
  }
  return joined;
}

/** A new clause, a comma or a finite verb between the match and the place: the place is not the object's. */
function blockedBefore(ctx: DocContext, from: number, ti: number): boolean {
  let crossed = false;
  let inserted = false;
  for (let i = from; i < ti; i++) {
    const t = tok(ctx, i);
    // ("struck 100 targets, including the Natanz facility": a list of what was acted on goes on after the comma)
    if (t.text === ',' && i + 1 < ti && INCLUDING.has(tok(ctx, i + 1).lower)) { i++; inserted = true; continue; }
    // ("killed 18 civilians, including children, in Gondar": the comma closing an inserted "including" phrase, a
    // preposition after it, goes back to the clause)
    if (t.text === ',' && inserted && i + 1 < ti && tok(ctx, i + 1).pos === 'ADP') { inserted = false; continue; }
    // ("struck the airport, a fuel depot and a hotel in Port Sudan": a comma inside a list of what was acted on, whose last
    // item the place follows)
    if (t.text === ',' && listGoesOn(ctx, i + 1, ti)) continue;
    if (t.text === ',' || STOP_RIGHT.has(t.lower) || (REL.has(t.lower) && t.lower !== 'as')) return true;
    // "threatened to impose a curfew in X": the infinitive completing the trigger is no new clause
    if (t.pos === 'VERB' && !crossed && i - from <= 3 && tok(ctx, i - 1).lower === 'to' && tok(ctx, i - 1).pos === 'PART') { crossed = true; continue; }
    // ("hit the army-held city of X": a participle after a hyphen is a modifier, not a verb of its own)
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !t.lower.endsWith('ed') && i > from && tok(ctx, i - 1).text !== '-') return true;
    // ("welcomed the sanctions and called on Washington to follow suit": a predicate coordinated after "and",
    // the first one's object told before it — not a shared object: "signed accords with and sent envoys to Oslo")
    if (t.pos === 'VERB' && t.lower.endsWith('ed') && i > from + 1 && tok(ctx, i - 1).lower === 'and' && tok(ctx, i - 2).pos !== 'ADP' && objectBefore(ctx, from, i - 1)) return true;
  }
  return false;
}

const LOCATIVE = new Set(['in', 'inside', 'across', 'throughout', 'through', 'into', 'within']);

/** A country mention governed by a locative preposition (adjectives between): a place, not a party. */
export function locativeCountry(ctx: DocContext, mi: number): boolean {
  const m = ctx.doc.actors[mi] as ActorMention;
  if (m.kind !== 'country' || m.how === 'adjective') return false;
  let i = (ctx.mentionTokens[mi] as [number, number])[0] - 1;
  while (i >= 0 && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).lower === 'the')) i--;
  return i >= 0 && LOCATIVE.has(tok(ctx, i).lower);
}

const PROTEST_LINKS = new Set(['against', 'to', 'demand', 'demanding', 'demands', 'press', 'pressing', 'protest', 'protesting', 'urge', 'urging',
  'call', 'calling', 'seek', 'seeking', 'of', 'from', 'for', 'over', 'outside', 'at', 'the', 'resignation', 'ouster', 'release', 'return', 'end', 'their', 'his', 'her', 'its']);

const POSSESSIVE = new Set(['their', 'his', 'her', 'its']);

/**
 * The actor a protest is aimed at: the first actor after the match through "against", purpose
 * clauses ("to demand ... of"), and the nouns of a demand, within 12 tokens and the clause.
 */
export function protestTarget(ctx: DocContext, from: number, hi: number): number[] {
  let linked = false;
  for (let i = from, n = 0; i < hi && n < 12; i++, n++) {
    const mi = mentionAt(ctx, i);
    const t = tok(ctx, i);
    // "to press their demands": a possessive pronoun (the protesters') is a determiner here
    if (mi >= 0 && !POSSESSIVE.has(t.lower)) {
      if (isMedia(ctx.doc.actors[mi] as ActorMention)) return [];
      return linked ? [mi] : [];
    }
    if (t.text === ',' || STOP_RIGHT.has(t.lower)) return [];
    if (PROTEST_LINKS.has(t.lower)) { if (t.lower !== 'the' && !POSSESSIVE.has(t.lower)) linked = true; continue; }
    // "a strike over a decree signed by X": a participle with its agent hangs on the demand's noun
    if (t.pos === 'VERB' && !(linked && i > from && tok(ctx, i - 1).pos === 'NOUN' && i + 1 < hi && tok(ctx, i + 1).lower === 'by')) return [];
  }
  return [];
}

/** Roots whose complement clause names the addressee: appeals (02) and demands (10). */
export const ADDRESSED = new Set(['02', '10']);

/** A "that" opening the complement within three tokens of the match ("demanded on Monday that"). */
export function thatAfter(ctx: DocContext, from: number, hi: number): number {
  for (let i = from; i < hi && i < from + 4; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'that') return i;
    if (t.text === ',' || mentionAt(ctx, i) >= 0) return -1;
  }
  return -1;
}
