/**
 * Refiner 2b — reported obligations: "X said (that) Y must ..." / "X declared Y should ..." is a
 * demand by X on Y (CAMEO 10). English marks it with a modal of obligation ("must", "should",
 * "has to") whose subject is an actor, inside the complement of a reporting verb whose subject is
 * another actor. One 100 event per such sentence; the reported action itself stays as coded.
 */
import type { ActorMention, Token } from '../domain/types.js';
import { countryOf, sideOf, type DocContext } from './context.js';
import { findSubject, nounPhraseBefore } from './attach.js';
import { PRONOUNS } from './tokens.js';
import { formClass, lexicon } from './lexicon.js';

/** The modals of obligation, as a word class (lexicon.ts). */
const F_MODAL = formClass(['must', 'should']);

const REPORTING = new Set(['say', 'declare', 'announce', 'state', 'insist', 'conclude', 'tell', 'warn', 'stress', 'argue', 'add', 'write', 'demand',
  'remind', 'reiterate', 'repeat', 'emphasize', 'emphasise', 'maintain', 'urge']);
/** Nouns that carry a reported obligation: "issued a reminder to Y that it must ...". */
const REPORTING_N = new Set(['reminder', 'warning', 'statement', 'message', 'demand', 'ultimatum', 'insistence']);

export interface Obligation { speaker: ActorMention; subject: ActorMention; modal: number; verb: number }

/**
 * The modal at `modal` has a common noun phrase of its own for subject, no actor: "saying the
 * paramilitary force must first withdraw" (not the actor of an earlier clause). A phrase joined to an
 * actor ("Gondor and its northern neighbours must") is not one.
 */
function commonSubject(ctx: DocContext, modal: number, start: number): boolean {
  if (modal - 1 < start || (ctx.doc.tokens[modal - 1] as Token).pos !== 'NOUN') return false;
  const np = nounPhraseBefore(ctx, modal, start);
  if (np.mention >= 0) return false;
  const t = np.start > start ? ctx.doc.tokens[np.start - 1] as Token : null;
  return !t || (t.lower !== 'and' && t.lower !== 'or' && t.text !== ',' && t.pos !== 'PRON');
}

/** Adjectives of feeling in -ed ("worried"), which name a state, not an act done to the subject. */
const FEELINGS = new Set(['worried', 'concerned', 'alarmed', 'scared', 'frightened', 'surprised', 'disappointed', 'pleased', 'satisfied', 'ashamed',
  'embarrassed', 'offended', 'afraid']);

/** The modal at `modal` is followed by "be" (an adverb or "not" between) and a noun or adjective phrase, not a participle nor "ready to". */
function copulaComplement(toks: readonly Token[], modal: number, end: number): boolean {
  let i = modal + 1;
  if (i < end && ((toks[i] as Token).pos === 'ADV' || (toks[i] as Token).lower === 'not')) i++;
  if (i + 1 >= end || (toks[i] as Token).lower !== 'be') return false;
  const n = toks[i + 1] as Token;
  // ("Venezuela should not be worried", "should be concerned"): a feeling told, no act demanded
  if (FEELINGS.has(n.lower)) return true;
  // ("Europe must not be excluded from the talks", "Europeans must be consulted"): a passive that benefits its subject asks
  // others to act for it, no act of its own
  if (BENEFITED.has(n.lower)) return true;
  // (not "must be ready to mediate", "should be prepared for talks": an act wanted all the same)
  const after = i + 2 < end ? (toks[i + 2] as Token).lower : '';
  // (a plural noun the tagger reads as a verb: "should be partners" — no verb form ends in -s after "be")
  const plural = n.pos === 'VERB' && n.lower.endsWith('s') && !n.lower.endsWith('ss') && n.lower !== n.lemma;
  return n.pos === 'DET' || n.pos === 'NOUN' || n.pos === 'PROPN' || plural || (n.pos === 'ADJ' && !n.lower.endsWith('ed') && after !== 'to' && after !== 'for');
}

/** Participles of a passive whose subject is the one served ("must be consulted", "must not be excluded"). */
const BENEFITED = new Set(['excluded', 'consulted', 'included', 'invited', 'involved', 'heard', 'represented', 'protected', 'respected', 'informed', 'sidelined', 'ignored', 'left']);

/** An actor of `country` is joined by "and" to the mention starting at `ms` ("Russia and the United States"). */
function conjunctOf(ctx: DocContext, ms: number, start: number, country: string): boolean {
  const and = ms - 1;
  if (and - 1 < start || (ctx.doc.tokens[and] as Token).lower !== 'and') return false;
  const mi = ctx.actorAt[and - 1] as number;
  return mi >= 0 && countryOf((ctx.doc.actors[mi] as ActorMention).code) === country;
}

/** Relative pronouns that stand as a modal's subject ("a line that must not be crossed"). */
const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who']);

/** Modals before "have to" ("would have to withdraw"). */
const WOULD = new Set(['would', 'will']);

/** "has to" / "have to" / "had to" at `i`, then a verb ("the rebels have to withdraw"; not "has to do with"). */
function haveToAt(toks: readonly Token[], i: number, end: number): boolean {
  const t = toks[i] as Token;
  if (t.lemma !== 'have' || i + 2 >= end || (toks[i + 1] as Token).lower !== 'to') return false;
  const v = toks[i + 2] as Token;
  return v.pos === 'VERB' && v.lower !== 'do';
}

export function obligations(ctx: DocContext, sentence: number): Obligation[] {
  const s = ctx.doc.sentences[sentence];
  if (!s) return [];
  const toks = ctx.doc.tokens;
  const out: Obligation[] = [];
  const form = lexicon(ctx).form;
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    // "must", "should" (a class bit per token, no string compared); or "has to", "would have to" before a verb ("said the
    // rebels would have to withdraw"): `at` is where the modal's group starts, `cop` the word before its verb
    const haveTo = ((form[i] as number) & F_MODAL) === 0 ? haveToAt(toks, i, s.tokenEnd) : false;
    if (((form[i] as number) & F_MODAL) === 0 && !haveTo) continue;
    const at = haveTo && WOULD.has((toks[i - 1] as Token).lower) && i - 1 > s.tokenStart ? i - 1 : i;
    const cop = haveTo ? i + 1 : i;
    // the modal's subject: an actor right before it ("the US must", "Sudan should"), else the
    // subject of the modal's clause ("Gondor and its northern neighbours must")
    let mi = ctx.actorAt[at - 1] as number;
    if (mi < 0 && commonSubject(ctx, at, s.tokenStart)) continue;
    // ("Taiwan was a red line that must not be crossed": a relative pronoun's modal is its noun's, an actor or not)
    if (mi < 0 && RELATIVE_SUBJECTS.has((toks[at - 1] as Token).lower)) continue;
    if (mi < 0) {
      const sub = findSubject(ctx, at, s.tokenStart);
      mi = sub.length ? (sub[0] as number) : -1;
    }
    if (mi < 0) continue;
    // ("should be friends", "must be partners": a state of being wished for, no act demanded; a passive is one:
    // "should be held accountable")
    if (copulaComplement(toks, cop, s.tokenEnd)) continue;
    const subject = ctx.doc.actors[mi] as ActorMention;
    const [ms] = ctx.mentionTokens[mi] as [number, number];
    // a reporting verb before the subject, with its own actor subject
    for (let v = ms - 1; v >= s.tokenStart; v--) {
      const vt = toks[v] as Token;
      if (!((REPORTING.has(vt.lemma) && vt.pos === 'VERB') || (REPORTING_N.has(vt.lower) && vt.pos === 'NOUN'))) continue;
      const sp = findSubject(ctx, v, s.tokenStart);
      const speaker = sp.length ? (ctx.doc.actors[sp[0] as number] as ActorMention) : null;
      // a demand on another actor, also at home ("the opposition said the president must resign", "the
      // government said the rebels must withdraw"), but not on oneself ("X said it must defend itself")
      const pronoun = subject.how === 'coreference' && PRONOUNS.has(subject.text.toLowerCase());
      const other = speaker && speaker.code !== subject.code && !(subject.how === 'coreference' && (pronoun ? countryOf(speaker.code) === countryOf(subject.code) : sideOf(speaker.code) === sideOf(subject.code)));
      // ("Wang said the two neighbours should view each other as partners": a group holding the speaker's own side is
      // told what both should do, no demand on another)
      // (so is a list ending in the subject: "said Russia and the United States should restore dialogue"; and a government
      // speaking of its own country is no demand on another: "Modi said India must respond")
      const ownGroup = !!speaker && ((!!subject.members && subject.members.some((c) => countryOf(c) === countryOf(speaker.code)))
        || subject.code === countryOf(speaker.code) || conjunctOf(ctx, ms, s.tokenStart, countryOf(speaker.code)));
      if (speaker && other && !ownGroup && speaker.kind !== 'media') out.push({ speaker, subject, modal: i, verb: v });
      break;
    }
  }
  return out;
}
