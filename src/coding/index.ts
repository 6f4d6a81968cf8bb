/**
 * The event coder: sentences in, explainable events out. Pure: `codeEvents(doc, meta)`.
 * Matchers propose candidates per sentence (match.ts); refiners then run in this order, each in its
 * own file, each explaining why it sits where it does:
 *   0 specificity  (before attaching: cheap, and only the best reading deserves parties)
 *   1 attach       (parties; everything after needs them)
 *   2 ontology     (code → quad, Goldstein, PLOVER)
 *   2b obligation  ("X said Y must ..." → a 100 demand by X on Y; needs only the actors)
 *   3 modality     (before merging: asserted and hypothetical mentions must not merge)
 *   3b intent      (needs modality: a stated future action adds an asserted 03x/13x intent event)
 *   3c claims      ("X claimed it had attacked": an asserted 015 claim, the attack speculative)
 *   4 when, 5 where, 6 attribution
 *   7 statement subsumption, 8 merge duplicates (need finished events)
 * Confidence (0–1): 0.5 base, +0.2 when the target came from a slot or the object position, +0.1
 * for multi-word and nominal patterns (more context matched), +0.1 for an explicit date, −0.2 for
 * parties found through context or pronouns, −0.1 for a missing target.
 */
import type { ActorMention, AnnotatedDoc, Attribution, Event, EventActor, TimeExpr, Token } from '../domain/types.js';
import { lookup } from '../domain/ontology.js';
import { buildContext, countryOf, releaseContext, sideOf, type DocContext } from './context.js';
import { countryPart, STATE_SECTORS } from '../domain/types.js';
import { matchSentence, notAppealCall, type Candidate } from './match.js';
import { readings } from './specificity.js';
import { militaryTeller, armedSource, crowdPassive, placeParty, referredMove, referredWords, referredAgreement, anaphoricAttack, claimedAttack, backgroundClause, passiveCasualty, unidentifiedParty, attach, findSubject, referredAccusation, reportedViolation, violatorAccused, speakerTarget, ATTACK_CODE, MEASURE_CODE, REPORTING, MEASURE_NOUNS, referredAttack, referredProposal, expand, findObject, inheritSource, inheritTarget, pairs as pairsOf, type Attached, type Pair, type Party } from './attach.js';
import { modalityOf } from './modality.js';
import { intentCode } from './intent.js';
import { selfClaimed } from './claims.js';
import { isCapitalized } from '../nlp/headline.js';
import { BE_FORMS, HELD_NOUNS, isMedia, labelComplement, inFreeRelativeLabel, mentionAt, ownReturn, tok } from './tokens.js';
import { obligations, type Obligation } from './obligation.js';
import type { Pattern } from './patterns.js';
import { dominantTime, eventTime, sayingTime, timeOf } from './when.js';
import { placeOf } from './where.js';
import { attributionCues, attributionOf, guessedSpeaker } from './attribution.js';
import { dropBombingEchoes, dropKillEchoes, dropOwnPlaceEchoes, dropSubsumed, dropUntargetedEchoes, mergeDated, type CodedEvent } from './merge.js';
import type { PatternSet } from './patterns.js';
import { defaultPatterns } from './load.js';
import { buildEvent, derivedEvent, eventActor, type CodeEntry } from './build.js';
import { acrossContrast, laterSpeaker, placedSpeaker } from './scope.js';

export interface CodeMeta {
  docId: string;
  version?: string;
  patterns?: PatternSet;
  /** Receives the number of candidate checks (for linearity tests and benchmarks). */
  work?: { checks: number };
}

/** The pseudo-pattern reported obligations are timed with. */
const PROTESTERS = new Set(['protesters', 'demonstrators', 'protestors']);

/**
 * The noun at `i` heads a phrase governed by a verb or a preposition before it ("fired on protesters", "killed
 * three demonstrators", "including 21 protesters"), not a quantity's "of" ("thousands of protesters").
 */
function governedNoun(ctx: DocContext, i: number): boolean {
  const lo = (ctx.doc.sentences[tok(ctx, i).sentence] as { tokenStart: number }).tokenStart;
  let k = i - 1;
  // (adverbs too: "shot dead two protesters", "killed nearly 20 demonstrators")
  while (k >= lo && (tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'ADV' || tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'NUM' || tok(ctx, k).text === '-' || (tok(ctx, k).pos === 'NOUN' && mentionAt(ctx, k) < 0))) k--;
  if (k < lo) return false;
  const t = tok(ctx, k);
  if (t.lower === 'of') {
    if (!(k - 1 >= lo && (tok(ctx, k - 1).pos === 'NUM' || QUANTITY_NOUNS.has(tok(ctx, k - 1).lower)))) return true;
    // ("arrested dozens of protesters", "wounded hundreds of demonstrators": a quantity that is itself an object)
    let q = k - 2;
    while (q >= lo && (tok(ctx, q).pos === 'NUM' || tok(ctx, q).pos === 'ADJ' || tok(ctx, q).pos === 'ADV' || tok(ctx, q).pos === 'DET' || tok(ctx, q).lower === 'than')) q--;
    // (not a crowd drawn: "the rally drew thousands of protesters")
    return q >= lo && (tok(ctx, q).pos === 'VERB' || tok(ctx, q).pos === 'ADP') && !(tok(ctx, q).lemma === 'be' || tok(ctx, q).pos === 'AUX' || DRAWING.has(tok(ctx, q).lemma));
  }
  return t.pos === 'VERB' || t.pos === 'ADP';
}

/**
 * A reading of another protest act (14x, not a noun's) whose verb comes within a few words after the protesters' noun at
 * `noun`, nothing but adverbs, auxiliaries, names and a relative's words between ("protesters blocked", "demonstrators
 * later stormed").
 */
function protestActAfter(ctx: DocContext, cands: readonly { best: Candidate; fallbacks: readonly Candidate[] }[], noun: number): boolean {
  for (const r of cands) {
    const c = r.best;
    if (c.trigger <= noun || c.trigger > noun + 4 || c.pattern.kind === 'n') continue;
    // (the protest reading may be a fallback of an armed one: "blocked roads" is 191 for forces, 144 for a crowd)
    if (!c.pattern.code.startsWith('14') && !r.fallbacks.some((f) => f.pattern.code.startsWith('14'))) continue;
    let ok = true;
    for (let k = noun + 1; k < c.trigger && ok; k++) ok = tok(ctx, k).pos === 'ADV' || tok(ctx, k).pos === 'AUX';
    if (ok) return true;
  }
  return false;
}

/** Verbs of a crowd a protest draws ("drew thousands of protesters"). */
const DRAWING = new Set(['draw', 'attract', 'bring', 'gather', 'see', 'mobilize', 'mobilise', 'include', 'join']);

const QUANTITY_NOUNS = new Set(['thousands', 'hundreds', 'tens', 'dozens', 'scores', 'crowds', 'crowd', 'group', 'groups', 'lots', 'millions']);

/** Verbs of accidents: a vehicle or building that crashes, sinks or collapses. */
const ACCIDENTS = new Set(['crash', 'capsize', 'sink', 'derail', 'overturn', 'collapse', 'plunge', 'collide', 'skid']);

/** The -ing verb at `i` follows a comma after a clause whose verb is one of accident ("crashed near Aktau, killing 38"). */
function accidentBefore(ctx: DocContext, i: number): boolean {
  const t = tok(ctx, i);
  if (!t.lower.endsWith('ing') || i < 2 || tok(ctx, i - 1).text !== ',') return false;
  const s = ctx.doc.sentences[t.sentence];
  for (let k = i - 2; s && k >= s.tokenStart && k >= i - 14; k--) {
    const v = tok(ctx, k);
    if (v.pos === 'VERB') return ACCIDENTS.has(v.lemma);
  }
  return false;
}

/** Token `i` is inside an actor mention, not its last word ("armed" in "the Malian armed forces"). */
function insideMention(ctx: DocContext, i: number): boolean {
  const mi = mentionAt(ctx, i);
  return mi >= 0 && (ctx.mentionTokens[mi] as [number, number])[1] > i + 1;
}

const OBLIGATION_PATTERN: Pattern = { id: 'obligation.100', code: '100', kind: 'v', elems: [], flags: new Set(), origin: 'src/coding/obligation.ts' };

function actor(p: Party): EventActor {
  const m = p.mention;
  // (one member of a group mention — "both sides", "India and Pakistan" — is not the group: no group name or id)
  return eventActor(p.code, m.code === p.code && !(m.members && m.members.length > 1), m.name, m.role, m.actorId, countryPart(p.code));
}

/** `fromContext`, `pronoun`: the attachment's `how` mentions context, a pronoun. */
function confidence(fromContext: boolean, pronoun: boolean, kind: string, hasTarget: boolean, explicitDate: boolean): number {
  let c = 0.5;
  if (hasTarget && !fromContext) c += 0.2;
  if (kind !== 'v') c += 0.1;
  if (explicitDate) c += 0.1;
  if (fromContext || pronoun) c -= 0.2;
  if (!hasTarget) c -= 0.1;
  return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100;
}

/** The trigger is an -ing form or an infinitive, or the noun object of one ("to press their demands"). */
function nonFinite(doc: AnnotatedDoc, t: number): boolean {
  if (verbal(doc, t)) return true;
  if ((doc.tokens[t] as Token).pos !== 'NOUN') return false;
  for (let i = t - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const k = doc.tokens[i] as Token;
    if (k.pos === 'VERB') return verbal(doc, i);
    if (!NOUN_PREMOD.has(k.pos)) return false;
  }
  return false;
}

const NOUN_PREMOD = new Set(['DET', 'PRON', 'ADJ', 'NUM']);

/** An -ing form, or a word after "to". */
function verbal(doc: AnnotatedDoc, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && (t.lower.endsWith('ing') || doc.tokens[i - 1]?.lower === 'to');
}

/**
 * What a protest demands is the protest's content, not a second event: "demonstrated on Sunday
 * calling for independence", "blocked roads to push their demands", "rallied, demanding
 * that he be reinstated". An asserted appeal or demand (02x, 10x) whose trigger is non-finite (an
 * -ing form, or an infinitive after "to") and follows an asserted protest (14x) of the same source
 * in the same sentence is dropped. A finite demand ("protested, and the union demanded ...") stays.
 * Likewise the purpose of a meeting or a call is that consultation itself: "telephoned Y on Tuesday
 * to discuss Z", "received the ambassador to discuss ties" — a 04x infinitive after an asserted 04x
 * event of the same source is dropped (its topic is no second party).
 */
function dropProtestDemands(doc: AnnotatedDoc, events: ReadonlyArray<CodedEvent | null>, triggers: readonly number[], keep: Uint8Array): void {
  // (the frames: asserted protests and consultations; `triggers[i]` is -1 for events of no pattern)
  let frames = false;
  for (let i = 0; i < events.length && !frames; i++) { const e = events[i]; frames = !!e && isFrame(e); }
  if (!frames) return;
  for (let i = 0; i < events.length; i++) if (protestDemand(doc, events, triggers, i, 0)) keep[i] = 0;
}

/**
 * Whether `dropProtestDemands` drops the event at `i`, looking for its frame among the events from
 * `from` on (a frame is in the event's own sentence: from the sentence's first event on is enough).
 */
function protestDemand(doc: AnnotatedDoc, events: ReadonlyArray<CodedEvent | null>, triggers: readonly number[], i: number, from: number): boolean {
  const e = events[i];
  if (!e) return false;
  const consult = e.cameo.startsWith('04');
  if (e.modality !== 'asserted' || !(e.cameo.startsWith('10') || e.cameo.startsWith('02') || consult)) return false;
  const t = triggers[i] as number;
  if (t < 0) return false;
  if (!nonFinite(doc, t) || (consult && (doc.tokens[t - 1] as Token | undefined)?.lower !== 'to')) return false;
  const root = consult ? '04' : '14';
  for (let f = from; f < events.length; f++) {
    const p = events[f];
    if (f === i || !p || !isFrame(p)) continue;
    const pt = triggers[f] as number;
    if (p.sentence === e.sentence && p.source.country === e.source.country && p.cameo.startsWith(root) && (pt >= 0 ? pt : t) < t) return true;
  }
  return false;
}

/**
 * "The EU agreed a new package of sanctions against Russia", "ministers agreed to impose tariffs on Y": agreeing on a
 * hostile measure is the decision to take it, no cooperation with its target — a plain agreement (030) followed in
 * its sentence by a conflict event (quad class 3 or 4, not negated: "agreed to postpone the protest") of the same source, whose target it has or
 * none, is dropped.
 */
function dropAgreedMeasures(doc: AnnotatedDoc, events: ReadonlyArray<CodedEvent | null>, triggers: readonly number[], keep: Uint8Array): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const t = triggers[i] as number;
    if (!e || keep[i] !== 1 || e.cameo !== '030' || e.modality !== 'asserted' || t < 0 || (doc.tokens[t] as Token).lemma !== 'agree') continue;
    for (let j = i + 1; j < events.length; j++) {
      const m = events[j];
      if (!m || m.sentence !== e.sentence) { if (m) break; continue; }
      if ((m.quad === 3 || m.quad === 4) && m.modality !== 'negated' && m.source.country === e.source.country && (!e.target || e.target.country === m.target?.country)
        && agreedObject(doc, t, triggers[j] as number)) { keep[i] = 0; break; }
    }
  }
}

/** Words that may stand between "agree" and the noun or verb of what was agreed ("agreed on a new package of"). */
const AGREED_LINKS = new Set(['to', 'on', 'upon', 'a', 'an', 'the', 'new', 'further', 'fresh', 'more', 'package', 'round', 'set', 'of', 'additional', 'wider', 'tougher']);

/** The trigger at `m` is what the agreeing verb at `t` took as its object, within 9 tokens: "agreed (to impose|on a package of) <m>". */
function agreedObject(doc: AnnotatedDoc, t: number, m: number): boolean {
  if (m <= t || m - t > 9) return false;
  let time = 0;
  for (let k = t + 1; k < m; k++) {
    const w = doc.tokens[k] as Token;
    // (past a time: "agreed on Tuesday to impose")
    while (time < doc.times.length && (doc.times[time] as TimeExpr).end <= w.start) time++;
    if (time < doc.times.length && (doc.times[time] as TimeExpr).start <= w.start) continue;
    if (!AGREED_LINKS.has(w.lower) && w.pos !== 'ADJ' && w.pos !== 'NUM' && !(w.pos === 'VERB' && (doc.tokens[k - 1] as Token).lower === 'to')) return false;
  }
  return true;
}

/**
 * Whether the events from `from` on (one sentence's) hold an asserted event other than a plain
 * statement that the drop refiners keep: the sentence's plain statements are then dropped.
 */
function assertedOther(doc: AnnotatedDoc, events: ReadonlyArray<CodedEvent | null>, triggers: readonly number[], from: number): boolean {
  for (let i = from; i < events.length; i++) {
    const e = events[i];
    if (e && e.cameo !== '010' && e.modality === 'asserted' && !protestDemand(doc, events, triggers, i, from)) return true;
  }
  return false;
}

/** What the events of one sentence share. */
interface SentenceParts {
  docId: string; si: number; span: [number, number]; evidence: string; attribution: Attribution | undefined;
  idPrefix: string; version: string | undefined; dominant: TimeExpr | null;
}

/** The events coded so far, with per event whether its date came from context and its pattern's trigger (-1: none). */
interface Emitted { events: Array<CodedEvent | null>; dated: boolean[]; triggers: number[] }

/**
 * "X denied firing missiles": the act, right after a form of "deny" (or "denied having"), is the
 * subject's own, and denying it is denying responsibility (CAMEO 016), asserted, while the act is
 * negated; so is one told in a "that" clause whose doer is on the denier's side. ("Y denied that X fired" is no
 * denial of X's: there the act is only negated.)
 */
function deniesOwnAct(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  let j = cand.trigger - 1;
  if (j >= 0 && tok(ctx, j).lower === 'having') j--;
  if (j < 0) return false;
  const v = tok(ctx, j);
  if (v.pos === 'VERB' && v.lemma === 'deny') return true;
  // ("the ministry denied that its troops had fired on the village": a "that" clause telling an act of the denier's own side)
  const denier = thatDeniers(ctx, cand);
  return denier.length > 0 && att.pairs.every((x) => denier.some((d) => sideOf(d.code) === sideOf(x.source.code)));
}

/** The parties of the subject of "denied that ..." when the act at the trigger is told in that clause, else none. */
function thatDeniers(ctx: DocContext, cand: Candidate): Party[] {
  const lo = (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart;
  for (let i = cand.trigger - 1; i > lo && i >= cand.trigger - 8; i--) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.pos === 'VERB') return [];
    if (t.lower !== 'that' || tok(ctx, i - 1).pos !== 'VERB' || tok(ctx, i - 1).lemma !== 'deny') continue;
    return expand(ctx, findSubject(ctx, i - 1, lo));
  }
  return [];
}

/**
 * The one who denies, when the denied act is told in a "that" clause with a doer of its own ("Kagame denied that Rwandan
 * troops were fighting": Kagame denies, not the troops); null otherwise (the act's own doer is the denier).
 */
function thatDenier(ctx: DocContext, cand: Candidate): Party | null {
  const denier = thatDeniers(ctx, cand);
  return denier.length === 1 ? denier[0] as Party : null;
}

/** Cues under which a `promise` reading is said as a threat: a modal of the future or a condition. */
const PROMISING_CUES = new Set(['will', 'would', "'ll", 'shall', 'could', 'might', 'may', 'if', 'unless']);

/** "might"/"could" before the trigger, in the words of onlookers who speak for no party ("..., analysts said"). */
function onlookersMight(ctx: DocContext, trigger: number, attribution: Attribution | undefined): boolean {
  return !attribution?.speaker?.code && ONLOOKERS.has(attribution?.basis?.toLowerCase().split(' ').pop() ?? '') && mightBefore(ctx, trigger);
}

/** An actor mention opens the phrase right after the verb at `trigger` (after a determiner): its direct object. */
function objectAfter(ctx: DocContext, trigger: number): boolean {
  const k = (ctx.doc.tokens[trigger + 1] as Token | undefined)?.pos === 'DET' ? trigger + 2 : trigger + 1;
  return k < ctx.doc.tokens.length && mentionAt(ctx, k) >= 0;
}

/**
 * The events of an attached candidate (one per pair, each with its intent event when any): appended,
 * or, when `slot` is not -1, written into the slots reserved for them from `slot` on.
 */
function emit(ctx: DocContext, out: Emitted, sp: SentenceParts, cand: Candidate, att: Attached, code: CodeEntry, slot: number, known?: ReturnType<typeof modalityOf>): void {
  const { events, dated, triggers } = out;
  const claimed = selfClaimed(ctx, att);
  const read = claimed ? { modality: 'speculative' as const, cue: 'claimed' } : known ?? modalityOf(ctx, cand);
  // ("warned that any attack would be met with force": the answer promised is the threat, made as it is said)
  // ("accused Y of supplying drones, a charge Y has denied": the denial is told as done, by the narrator — not part
  // of the accusation, nor of what the accuser said)
  const charge = att.how.startsWith('charge-denied');
  // ("did not say whether ...": declining to comment is done)
  const declined = code.code === '011' && cand.pattern.code === '010';
  // ('"We will respond decisively," he said': a threat made by telling the answer to come; "responded swiftly" told as
  // done is the answer itself, coded by its own words)
  // (a modal's or a condition's only: "ordered the army to respond forcefully" is an order, no one's threat)
  // (not what onlookers say an actor might do: "Hezbollah could retaliate if Israel expands its attacks, analysts said")
  const promise = cand.pattern.flags.has('promise') && !onlookersMight(ctx, cand.trigger, sp.attribution) && (read.modality === 'asserted' || PROMISING_CUES.has((read.cue ?? '').toLowerCase()));
  if (promise && read.modality === 'asserted' && slot < 0) return;
  const { modality, cue } = ((att.how.startsWith('passive-answer') || promise) && (read.modality === 'future-intent' || read.modality === 'hypothetical'))
    || (charge && read.modality !== 'negated') || declined ? { modality: 'asserted' as const, cue: undefined } : read;
  const denial = !claimed && modality === 'negated' && deniesOwnAct(ctx, cand, att);
  // ("offered to host talks between X and Y": the parties of a "between" phrase stated no intent; the offerer did)
  const between = modality === 'future-intent' && att.how.startsWith('between') && !!cue && / to$/.test(cue);
  // ("warned it would respond if armed groups attacked its troops or seized territory": what the condition supposes
  // others do is no threat of theirs)
  const supposed = modality === 'hypothetical' && (cue === 'if' || cue === 'unless') && insideCondition(ctx, cand.trigger);
  // ("Rubio warned that Washington could impose sanctions on Brazil": a hostile act one warns one may take is a threat, as
  // one on a condition is — in a party's own words, not an onlooker's)
  const warned = modality === 'hypothetical' && !!sp.attribution?.speaker?.code && MIGHT.has((cue ?? '').toLowerCase()) && warnedMight(ctx, cand.trigger);
  let intent = claimed ? '015' : denial ? '016' : between || supposed ? null : intentCode(code.code, modality, warned ? 'if' : cue, (ctx.doc.tokens[cand.trigger] as Token).lemma);
  // ("Katz vowed to disarm Hamas by force", "we will disarm them"): to disarm another side is to threaten force against
  // it, no intent to lay down one's own arms
  // (not when agreed or offered: "the two sides agreed to begin the disarmament of Tigrayan forces")
  // (the one disarmed is the verb's object: "ready to disarm to avoid a confrontation with Kenya" lays down one's own arms)
  if (intent === '0356' && code.code === '0873' && cand.pattern.kind === 'v' && !/^(agree|offer)/i.test(cue ?? '') && att.pairs.length > 0
    && att.pairs.every((x) => x.target !== null && sideOf(x.target.code) !== sideOf(x.source.code)) && objectAfter(ctx, cand.trigger)) intent = '138';
  // ("would not trade with India and Pakistan if they kept fighting"): cooperation refused on a condition the other side
  // can meet is a threat to withhold it — of sanctions for trade, of cutting aid for aid
  // (trade and aid only: "will not accept refugees if war starts" refuses a course of action, it threatens no one)
  if (intent !== null && intent.startsWith('12') && modality === 'negated' && /^(06|07[0-4])/.test(code.code) && conditionAfter(ctx, cand)) intent = code.code.startsWith('06') ? '1312' : '1311';
  const intentEntry = intent ? lookup(intent) : null;
  // (a reserved slot holds one event: plain statements have no intent)
  if (intentEntry && slot >= 0) throw new Error(`coding: a deferred ${code.code} event has an intent event`);
  const { when, fromContext } = eventTime(ctx, cand, sp.dominant);
  const where = placeOf(ctx, cand);
  const rule = att.passive ? `${cand.pattern.id}+passive` : cand.pattern.id;
  const viaContext = att.how.includes('context');
  const viaPronoun = att.how.includes('pronoun');
  const attribution = charge || declined || (sp.attribution && acrossContrast(ctx, sp.attribution, cand)) ? undefined : sp.attribution && laterSpeaker(ctx, cand, sp.attribution) || sp.attribution;
  for (let k = 0; k < att.pairs.length; k++) {
    const pair = att.pairs[k] as Pair;
    const source = actor(pair.source);
    const target = pair.target ? actor(pair.target) : null;
    const n = slot >= 0 ? slot + k : events.length;
    const ev = buildEvent({
      id: `${sp.idPrefix}${cand.trigger}:${n}`, docId: sp.docId, sentence: sp.si, span: sp.span,
      evidence: sp.evidence, source, target, code, when, where, modality, attribution, rule,
      confidence: confidence(viaContext, viaPronoun, cand.pattern.kind, !!target, !when.inferred), version: sp.version,
    });
    if (slot >= 0) {
      events[n] = ev;
      dated[n] = fromContext;
      continue;
    }
    events.push(ev);
    dated.push(fromContext);
    triggers.push(cand.trigger);
    // ("Hamas freed three Israeli hostages in exchange for 183 Palestinian prisoners": a swap — the other side
    // released its captives too, with the same time and modality)
    // (with no nationality for the released, the holder of those given in return: "released the last 20 hostages in
    // exchange for 2,000 prisoners held by Israel")
    const holder = code.code.startsWith('084') && !target && exchangeAfter(ctx, cand) ? exchangeHolder(ctx, cand) : null;
    if ((target || holder) && code.code.startsWith('084') && exchangeAfter(ctx, cand)) {
      const xv = derivedEvent(ev, code, `${rule}+exchange`, Math.round(ev.confidence * 90) / 100);
      xv.id = `${ev.id}x`;
      // (the released people's state, not the people: "released 10 Americans in a prisoner swap with the United States")
      xv.source = holder ? holder : target && CAPTIVE_SECTORS.has(target.code.slice(3, 6)) && target.country ? eventActor(target.country, false, '', undefined, undefined, target.country) : target as EventActor;
      xv.target = source;
      xv.modality = modality;
      events.push(xv);
      dated.push(fromContext);
      triggers.push(-1);
    }
    // ("Kurti said Serbia would attack Kosovo again": a plan told of another state by its adversary is no stated intent
    // of that state; its own word is — "Israel will strike Iran, Netanyahu said")
    // (kept, as the speaker's allegation: speculative; an IGO's plan is often told by a member state's minister)
    const toldByOther = !claimed && !denial && intentEntry?.code.startsWith('13') === true && !!attribution?.speaker?.code
      && !!source.country && source.country !== 'IGO' && attribution.speaker.code.slice(0, 3) !== source.country;
    // ("Hezbollah could retaliate if Israel expands its attacks, analysts said"): what an actor might do on a condition,
    // in the words of onlookers who speak for no party, is their speculation — not the actor's threat (in a party's
    // words, or told as the news, "X may halt its mediation if ..." is one)
    const mightOnly = intentEntry?.code.startsWith('13') === true && modality === 'hypothetical' && (cue === 'if' || cue === 'unless')
      && onlookersMight(ctx, cand.trigger, attribution);
    // ("Mexico agreed to deploy troops to its southern border": a force posture facing no one threatens no one)
    if (intentEntry && !(pair.target === null && code.code.startsWith('15') && intentEntry.code.startsWith('13'))) {
      const iv = derivedEvent(ev, intentEntry, `${rule}+${claimed ? 'claim' : denial ? 'denial' : 'intent'}`, Math.round(ev.confidence * 90) / 100);
      if (toldByOther || mightOnly) iv.modality = 'speculative';
      // ("Kagame denied that Rwandan troops were fighting alongside the rebels": the denial is Kagame's)
      const by = denial ? thatDenier(ctx, cand) : null;
      if (by) iv.source = actor(by);
      // the intent is stated now, the act planned for later: "X will meet Y on Monday" is an intent of the report's day
      // ("China said on Sunday it would hold drills on Friday": the intent is Sunday's)
      // ("will send troops ..., but none will enter Gaza, a U.S. official said on Thursday": the saying's own time dates
      // the intent, even when the act's clause could not reach it)
      const said = when.inferred || (when.date !== undefined && when.date > ctx.doc.published) ? sayingTime(ctx, cand) : null;
      if (said) iv.when = said;
      else if (when.date !== undefined && when.date > ctx.doc.published) iv.when = { date: ctx.doc.published, precision: 'day', inferred: true };
      events.push(iv);
      dated.push(fromContext);
      triggers.push(-1);
    }
  }
}

/** A negation among the tokens after the trigger inside the matched span ("said the dam was not a threat"). */
function negatedInside(ctx: DocContext, cand: Candidate): boolean {
  for (let k = cand.trigger + 1; k < cand.end; k++) {
    const w = (ctx.doc.tokens[k] as Token).lower;
    if (w !== 'not' && w !== "n't" && w !== 'never' && w !== 'no') continue;
    // ("were 'not serious'", "said the vote did not meet the standards": a judgment whose words hold the negation
    // itself, as the pattern spells them)
    if (!spelledNegation(cand.pattern, w, ctx.doc.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether one of the pattern's multi-word alternatives holds `neg` followed by `next` ("did_not_meet", "not_serious"). */
function spelledNegation(pattern: Pattern, neg: string, next: string): boolean {
  const pair = `${neg}_${next}`;
  return pattern.elems.some((e) => e.kind === 'word' && e.alts.some((a) => a === pair || a.startsWith(`${pair}_`) || a.endsWith(`_${pair}`) || a.includes(`_${pair}_`)));
}

/** An actor named after the trigger in its clause (up to the next comma or clause break); not a state named only as the place. */
function partyAfter(ctx: DocContext, cand: Candidate): boolean {
  const toks = ctx.doc.tokens;
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return false;
  for (let i = cand.trigger + 1; i < s.tokenEnd; i++) {
    const t = toks[i] as Token;
    if (t.text === ',' || t.text === ';') return false;
    const mi = ctx.actorAt[i] ?? -1;
    if (mi < 0) continue;
    // ("Three Indian nationals were abducted in Mali"): a state named as the place, its phrase closed by no noun, is no party
    const [ms, me] = ctx.mentionTokens[mi] as [number, number];
    const prev = toks[ms - 1];
    const after = toks[me];
    if (prev && PLACE_PREPS.has(prev.lower) && ctx.doc.actors[mi]?.kind === 'country' && ctx.doc.actors[mi]?.how !== 'adjective'
      && (!after || after.sentence !== t.sentence || after.type === 'punctuation' || after.pos === 'ADP' || after.pos === 'CCONJ')) { i = me - 1; continue; }
    return true;
  }
  return false;
}

/** Prepositions of place before a state named as where something happened. */
const PLACE_PREPS = new Set(['in', 'inside', 'across', 'near', 'throughout']);

/** "in exchange for" / "in return for" a count of prisoners or detainees, or "in a (prisoner) swap with", within the trigger's clause, after its object. */
function exchangeAfter(ctx: DocContext, cand: Candidate): boolean {
  const toks = ctx.doc.tokens;
  const sentence = (toks[cand.trigger] as Token).sentence;
  for (let i = cand.end - 1; i < toks.length && i < cand.end + 10; i++) {
    const t = toks[i] as Token;
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    // ("released 10 Americans in a prisoner swap with the United States")
    if ((t.lower === 'swap' || t.lower === 'exchange') && toks[i + 1]?.lower === 'with') {
      for (let j = i - 1; j > cand.trigger && j >= i - 3; j--) if ((toks[j] as Token).lower === 'in') return true;
    }
    if ((t.lower === 'exchange' || t.lower === 'return') && (toks[i - 1] as Token).lower === 'in' && toks[i + 1]?.lower === 'for') {
      for (let j = i + 2; j < toks.length && j < i + 8; j++) {
        const w = toks[j] as Token;
        if (w.sentence !== sentence || w.text === ',') return false;
        if (CAPTIVE_NOUNS.has(w.lower)) return true;
      }
      return false;
    }
  }
  return false;
}

/** The actor after "held by" in the exchange phrase after the trigger ("... in exchange for 2,000 prisoners held by Israel"). */
function exchangeHolder(ctx: DocContext, cand: Candidate): EventActor | null {
  const toks = ctx.doc.tokens;
  const sentence = (toks[cand.trigger] as Token).sentence;
  for (let i = cand.end; i + 2 < toks.length && i < cand.end + 16; i++) {
    const t = toks[i] as Token;
    if (t.sentence !== sentence || t.text === ';') return null;
    if ((t.lower === 'held' || t.lower === 'jailed' || t.lower === 'detained') && (toks[i + 1] as Token).lower === 'by') {
      const m = findObject(ctx, i + 2, Math.min(toks.length, i + 8));
      const a = m.length === 1 ? ctx.doc.actors[m[0] as number] : undefined;
      return a ? actor({ mention: a, code: a.code }) : null;
    }
  }
  return null;
}

/** Adjectives of fighting with arms before "clashes" ("deadly clashes", "fierce clashes", "armed clashes"). */
const ARMED_CLASH = new Set(['deadly', 'fierce', 'heavy', 'armed', 'bloody', 'violent', 'fatal', 'intense', 'renewed']);

/** The clash noun at `trigger` is fought: after an adjective of fighting, or before "in" and a place ("clashes in Aleppo"). */
function armedClash(ctx: DocContext, trigger: number): boolean {
  const before = trigger > 0 ? tok(ctx, trigger - 1) : undefined;
  if (before && ARMED_CLASH.has(before.lower)) return true;
  const after = ctx.doc.tokens[trigger + 1];
  if (!after || after.lower !== 'in' || after.sentence !== tok(ctx, trigger).sentence) return false;
  const p = ctx.doc.tokens[trigger + 2];
  return !!p && ctx.doc.places.some((x) => x.start === p.start);
}

/** "Petro, who has clashed repeatedly with Trump": people who clash with people clash in words (111), not arms. */
function wordyClash(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (tok(ctx, cand.trigger).lemma !== 'clash' || !cand.pattern.code.startsWith('19') || att.pairs.length === 0) return false;
  // ("agreed on a ceasefire after deadly clashes in Aleppo": clashes that kill, or the noun with a place, are fought)
  if (cand.pattern.kind !== 'v' && armedClash(ctx, cand.trigger)) return false;
  if (att.pairs.every((p) => personal(p.source.mention) && p.target !== null && personal(p.target.mention))) return true;
  // ("Egypt and the UAE clashed over the wording of a communique", "clashed at the Security Council over the attacks"): a clash
  // over words, or at a meeting, is a quarrel
  const n = ctx.doc.tokens.length;
  for (let i = cand.trigger + 1; i < n && i < cand.trigger + 9; i++) {
    const t = tok(ctx, i);
    if (t.type === 'punctuation' || t.pos === 'VERB') break;
    if (t.lower !== 'over' && t.lower !== 'about' && t.lower !== 'at' && t.lower !== 'during') continue;
    let k = i + 1;
    while (k < n && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ')) k++;
    if (k >= n) break;
    const w = tok(ctx, k);
    if (t.lower === 'at' || t.lower === 'during') {
      const mi = ctx.actorAt[k] ?? -1;
      if (WORDY_VENUES.has(w.lemma) || (mi >= 0 && (ctx.doc.actors[mi] as ActorMention).code.startsWith('IGO'))) return true;
    } else if (WORDY_TOPICS.has(w.lemma)) return true;
  }
  return false;
}

/**
 * The noun at `trigger` heads an apposition to a person set off by commas (", the African Union's mediator,",
 * ", the AU mediator,"): after the comma only a determiner, a possessor and modifiers before it, and a comma after it.
 */
function roleApposition(ctx: DocContext, trigger: number): boolean {
  const toks = ctx.doc.tokens;
  if (tok(ctx, trigger).pos !== 'NOUN' || (toks[trigger + 1]?.text !== ',' && toks[trigger + 1]?.text !== '.')) return false;
  let i = trigger - 1;
  while (i > 0 && i >= trigger - 8) {
    const t = tok(ctx, i);
    if (t.text === ',') break;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.lower === "'s" || t.lower === '’s' || (ctx.actorAt[i] ?? -1) >= 0)) return false;
    i--;
  }
  if (i <= 0 || tok(ctx, i).text !== ',') return false;
  const mi = ctx.actorAt[i - 1] ?? -1;
  return mi >= 0 && (ctx.doc.actors[mi] as ActorMention).kind === 'person';
}

/** Heads of a noun phrase naming people in office ("the two leaders", "both presidents"). */
const PERSON_HEADS = new Set(['leader', 'leaders', 'president', 'presidents', 'minister', 'ministers', 'premier', 'premiers', 'head', 'heads', 'counterpart', 'counterparts', 'diplomat', 'diplomats', 'envoy', 'envoys']);

/** A person, or people in office told by a noun ("The two leaders have clashed"). */
function personal(m: ActorMention): boolean {
  if (m.kind === 'person') return true;
  if (m.kind !== 'agent') return false;
  return PERSON_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase());
}

/** What a quarrel is over ("clashed over the wording"), not a fight's prize. */
const WORDY_TOPICS = new Set(['wording', 'word', 'text', 'statement', 'communique', 'communiqué', 'resolution', 'issue', 'question', 'policy', 'plan',
  'budget', 'language', 'draft', 'proposal', 'term', 'terms', 'approach', 'interpretation', 'agenda', 'declaration', 'remark', 'comment', 'rhetoric']);
/** Gatherings where a clash is one of words ("clashed at the summit"). */
const WORDY_VENUES = new Set(['meeting', 'summit', 'talks', 'conference', 'session', 'debate', 'forum', 'hearing', 'negotiation', 'negotiations', 'council', 'assembly']);

/** "did not say whether", "would not say if", "did not comment": a plain statement not made (about an open question) is declining to comment (011). */
function notSaidWhether(ctx: DocContext, cand: Candidate): boolean {
  if (cand.pattern.code !== '010') return false;
  const lemma = tok(ctx, cand.trigger).lemma;
  // ("did not comment on the report", "would not comment": a comment not made is declining to comment)
  if (lemma !== 'comment') {
    if (lemma !== 'say') return false;
    const n = ctx.doc.tokens[cand.trigger + 1];
    if (!n || (n.lower !== 'whether' && n.lower !== 'if')) return false;
  }
  // ("did not respond to a request for comment": the verb asked for comment is the one not done, a few words before;
  // "could not be reached for comment" declines nothing)
  const forComment = lemma === 'comment' && cand.trigger > 1 && tok(ctx, cand.trigger - 1).lower === 'for';
  if (forComment && tok(ctx, cand.trigger - 2).lemma === 'reach') return false;
  const reach = forComment ? 9 : 3;
  for (let i = cand.trigger - 1; i >= 0 && i >= cand.trigger - reach; i--) {
    const l = tok(ctx, i).lower;
    if (l === 'not' || l === "n't" || l === 'never') return true;
    if (tok(ctx, i).pos === 'PUNCT') return false;
  }
  return false;
}

/** Shooting down or intercepting weapons, no party hit: air defence, not an attack another sentence refers back to. */
/** Patterns of bringing weapons down in flight (shooting down, intercepting, downing). */
const INTERCEPTING = /^[vm]\.(?:shoot_down|shot_down|intercept|down)\b/;

function interception(cand: Candidate, att: Attached): boolean {
  return INTERCEPTING.test(cand.pattern.id) && att.pairs.every((p) => p.target === null);
}

/** Sectors of people held or released (civilians, refugees): their state makes the swap. */
const CAPTIVE_SECTORS = new Set(['CVL', 'REF']);

const CAPTIVE_NOUNS = new Set(['prisoners', 'prisoner', 'detainees', 'detainee', 'hostages', 'hostage', 'captives', 'pows', 'soldiers', 'inmates']);

/** Verbs that deliver a protest note: "lodged a (formal) protest". */
const LODGING = new Set(['lodge', 'file', 'register', 'deliver', 'issue', 'send', 'submit', 'make']);

/**
 * "Brazil's foreign ministry summoned the US envoy to protest against the remarks": a state, its
 * government or an IGO that protests complains officially (114); people protest in the street (141).
 */
function officialProtest(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  // (and "protested against the new laws", 1412 for a crowd)
  if (!cand.pattern.code.startsWith('141')) return false;
  const t = tok(ctx, cand.trigger);
  // ("lodged a protest against the new laws": a protest note, whatever follows)
  const lodged = t.lemma === 'protest' && t.pos === 'NOUN' && cand.trigger > 1
    && (LODGING.has(tok(ctx, cand.trigger - 1).lemma) || (LODGING.has(tok(ctx, cand.trigger - 2).lemma) && tok(ctx, cand.trigger - 1).pos !== 'NOUN'));
  // ("Philippines protests after Chinese water cannon injures crew": a headline's verb read as a noun, right after
  // the state)
  const headlineVerb = t.lower === 'protests' && cand.trigger > 0 && att.pairs.length > 0
    && att.pairs.every((p) => p.source.mention.end === tok(ctx, cand.trigger - 1).end && p.source.mention.how !== 'adjective');
  // ("prompting a protest from Beijing", "rejected Japan's protest"): a state's protest named as a noun, its maker after
  // "from" or before "'s" (checked below to be a state or its government)
  const next = ctx.doc.tokens[cand.trigger + 1];
  const prev = cand.trigger > 0 ? tok(ctx, cand.trigger - 1) : null;
  // ("Kenya's protests turned deadly": the plural after a country's name is its street protests)
  const stateNoun = t.lemma === 'protest' && t.pos === 'NOUN' && (next?.lower === 'from' || (t.lower === 'protest' && (prev?.lower === "'s" || prev?.lower === '’s')));
  if (t.lemma !== 'protest' || (t.pos !== 'VERB' && !headlineVerb && !lodged && !stateNoun)) return false;
  for (const p of att.pairs) {
    const m = p.source.mention;
    // ("Baloch families protested": a people's adjective names people, not their state)
    if (m.how === 'adjective') return false;
    if (!(m.kind === 'country' || m.kind === 'igo' || p.source.code.slice(3) === 'GOV' || p.source.code === 'GOV')) return false;
    // ("thousands of Gondorians protested": a crowd of the country's people)
    let i = Math.min(cand.trigger, ctx.doc.tokens.length - 1);
    while (i >= 0 && tok(ctx, i).end > m.start) i--;
    if (i >= 0 && tok(ctx, i).lower === 'of') return false;
  }
  return true;
}

/**
 * "Security forces stormed a building where militants held hostages": a crowd that storms a building
 * riots (145); armed forces, police or armed groups that storm one raid it, a use of force (190).
 */
function forcesStorm(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  const lemma = tok(ctx, cand.trigger).lemma;
  // (so do armed forces marching on a city: "the rebels would march on Bukavu" is an advance, no protest march)
  const armedMarch = cand.pattern.code === '141' && lemma === 'march' && tok(ctx, cand.trigger + 1).lower === 'on';
  if (!((cand.pattern.code === '145' && lemma === 'storm') || armedMarch) || att.pairs.length === 0) return false;
  return att.pairs.every((p) => FORCES.has(p.source.code.slice(3, 6)));
}
const FORCES = new Set(['MIL', 'COP', 'SPY', 'REB', 'INS', 'UAF']);

/** "the strike by Israel on Hodeidah", "a strike by the Houthis": a strike by a state or an armed party is an attack, no labour strike. */
function militaryStrike(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (!cand.pattern.code.startsWith('143') || tok(ctx, cand.trigger).lemma !== 'strike' || att.pairs.length === 0) return false;
  return att.pairs.every((p) => armedSource(p.source.code));
}

/** Shows of force and military posture (15x). */
const FORCE_CODE = /^15/;

/**
 * "Niger withdrew from ECOWAS", "their withdrawal from ECOWAS": a state (not its forces) withdrawing from an international organization leaves it,
 * lowering relations (160), no military retreat (0874).
 */
function leftBody(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  const lemma = tok(ctx, cand.trigger).lemma;
  // (the noun too: "announced their withdrawal from ECOWAS", "Mali's exit from the bloc")
  if (!cand.pattern.code.startsWith('0874') || (lemma !== 'withdraw' && lemma !== 'pull' && lemma !== 'withdrawal' && lemma !== 'exit')) return false;
  return att.pairs.length > 0 && att.pairs.every((x) => x.target !== null && x.target.code.startsWith('IGO') && !/(MIL|REB|INS|UAF)$/.test(x.source.code));
}

/** Verbs of saying after which a reported clause opens ("Israel said the strikes ..."). */
const SAID = new Set(['say', 'tell', 'state', 'add', 'confirm', 'announce']);

/** The sentence opens with "the", or with the speaker's mention, a verb of saying and "the" ("Israel said (that) the strikes"). */
function definiteOpening(ctx: DocContext, start: number, end: number, speaker: string): boolean {
  if (tok(ctx, start).lower === 'the') return true;
  const mi = ctx.actorAt[start] ?? -1;
  if (mi < 0 || (ctx.doc.actors[mi] as ActorMention).code !== speaker) return false;
  let i = start;
  while (i < end && ctx.actorAt[i] === mi) i++;
  if (i >= end || tok(ctx, i).pos !== 'VERB' || !SAID.has(tok(ctx, i).lemma)) return false;
  if (i + 1 < end && tok(ctx, i + 1).lower === 'that') i++;
  return i + 1 < end && tok(ctx, i + 1).lower === 'the';
}

/**
 * An unattributed attack (sources: the country where it happened) whose clause opens with a definite attack noun ("The
 * strikes", "The raids"; "Israel said the strikes ..."), told by a speaker of another state: the speaker's state did it — the
 * sources become the speaker's mention in the sentence. `att` unchanged otherwise.
 */
function speakersAttack(ctx: DocContext, att: Attached, speaker: string): Attached {
  const sent = ctx.doc.sentences[att.cand.sentence];
  if (!sent || !definiteOpening(ctx, sent.tokenStart, sent.tokenEnd, speaker)) return att;
  const country = countryPart(speaker);
  if (!country || att.pairs.some((x) => countryPart(x.source.code) === country)) return att;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const mi = ctx.actorAt[i] ?? -1;
    if (mi < 0 || (ctx.doc.actors[mi] as ActorMention).code !== speaker) continue;
    const sources = expand(ctx, [mi]);
    const targets = att.pairs.map((x) => x.target).filter((x): x is Party => x !== null);
    return { ...att, pairs: pairsOf(sources, targets.length ? targets : null, false), how: 'unattributed+speaker' };
  }
  return att;
}

/** Verbs of commanding ("ordered the army to ..."). */
const COMMANDING_WORDS = new Set(['order', 'instruct', 'direct', 'command', 'tell']);

/** Verbs of leaving a body or a place. */
const LEAVING = new Set(['leave', 'quit', 'exit']);

/** Verbs of stopping an outlet ("suspended the BBC", "banned Radio France Internationale", "shut down Al Jazeera's office"). */
const SILENCING = new Set(['suspend', 'ban', 'shut', 'close', 'block', 'halt', 'stop', 'revoke']);

/**
 * "Niger suspended the BBC for three months": a state stopping news outlets restricts political freedoms (1721), not
 * relations with the outlet's country — a measure of reducing relations (16x) or of coercion (17x) whose targets are all media.
 */
function mediaMeasure(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (!/^1[67]/.test(cand.pattern.code) || !SILENCING.has(tok(ctx, cand.trigger).lemma)) return false;
  return att.pairs.length > 0 && att.pairs.every((x) => x.target !== null && x.target.code.endsWith('MED'));
}

/** Forms of bombing a state's forces do from the air. */
const BOMBING = new Set(['bomb', 'bombed', 'bombs', 'bombing', 'bombings']);

/**
 * "Israeli bombing of Gaza killed 40 people", "the U.S. bombing campaign against the Houthis", "the army bombed a market": bombing
 * by a state or its forces is an aerial attack (195), not the non-military bombing (183) of car bombs and planted devices.
 */
/**
 * "Trump welcomed Putin on a red carpet in Anchorage": a person welcomed (no act of theirs: "welcomed Putin's proposal",
 * "welcomed Zelensky's decision") is a guest received — hosting (043), no praise.
 */
function welcomedGuest(ctx: DocContext, cand: Candidate): boolean {
  if (cand.pattern.code !== '051' || tok(ctx, cand.trigger).lemma !== 'welcome' || cand.trigger + 1 >= ctx.doc.tokens.length) return false;
  const m = ctx.actorAt[cand.trigger + 1] as number;
  if (m < 0 || (ctx.doc.actors[m] as ActorMention).kind !== 'person') return false;
  const end = (ctx.mentionTokens[m] as [number, number])[1];
  const after = end < ctx.doc.tokens.length ? tok(ctx, end) : undefined;
  return !after || after.sentence !== tok(ctx, cand.trigger).sentence || !(after.pos === 'PART' || after.pos === 'NOUN' || after.lower === 'for' || after.text === "'s" || after.text === '’s');
}

/** An "if" or "unless" clause after the match, in its sentence (before a semicolon). */
function conditionAfter(ctx: DocContext, cand: Candidate): boolean {
  const hi = ctx.doc.sentences[cand.sentence]?.tokenEnd ?? ctx.doc.tokens.length;
  for (let i = cand.end; i < hi; i++) {
    const l = tok(ctx, i).lower;
    if (l === ';') return false;
    // (not "even if", which concedes)
    if ((l === 'if' && tok(ctx, i - 1).lower !== 'even') || l === 'unless') return true;
  }
  return false;
}

/** Weapons from the air ("drones", "missiles"), which set fire to what they hit. */
const AERIAL_WEAPONS = new Set(['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'airstrike', 'airstrikes', 'warplanes', 'jets']);

/** "Ukrainian drones set fire to a refinery": a fire set by drones or missiles is an aerial attack (195), no arson (1712). */
function aerialFire(ctx: DocContext, cand: Candidate): boolean {
  return cand.pattern.code === '1712' && cand.trigger > 0 && AERIAL_WEAPONS.has(tok(ctx, cand.trigger - 1).lower);
}

function stateBombing(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (cand.pattern.code !== '183' || !BOMBING.has(tok(ctx, cand.trigger).lower)) return false;
  return att.pairs.length > 0 && att.pairs.every((x) => /^[A-Z]{3}(GOV|MIL)?$/.test(x.source.code) && !x.source.code.startsWith('IGO'));
}

/**
 * "The United Nations suspended its operations in Saada", "the World Food Programme halted its operations": aid bodies
 * stopping their operations stop humanitarian assistance (1623), no halt of hostilities (0871).
 */
function aidOperationsHalted(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (cand.pattern.code !== '0871' || att.pairs.length === 0 || !att.pairs.every((x) => x.source.code.startsWith('IGO') || x.source.code.startsWith('NGO'))) return false;
  for (let i = cand.trigger + 1; i < cand.end; i++) if (tok(ctx, i).lower === 'operations' && tok(ctx, i - 1).lower !== 'military') return true;
  return false;
}

/**
 * "The Houthis claimed responsibility for an attack on a U.S. destroyer": a claim pattern ending on an attack noun that an
 * attack pattern reads with its "on"/"against" gives way to it — claims.ts then codes the claim (015) and keeps the attack as the claimant's
 * word, with its target, as it does for "a drone attack on Y".
 */
function claimedAttacks(ctx: DocContext, cands: Candidate[]): Candidate[] {
  if (!cands.some((c) => c.pattern.code === '015')) return cands;
  const aimed = (o: Candidate): boolean => ATTACK_CODE.test(o.pattern.code) && (tok(ctx, o.end - 1).lower === 'on' || tok(ctx, o.end - 1).lower === 'against');
  return cands.filter((c) => c.pattern.code !== '015' || !cands.some((o) => o !== c && o.trigger === c.end - 1 && aimed(o)));
}

/**
 * "Moscow protested against the detention of Russian citizens in Baku": a disapproval or protest (11x, 14x) aimed at one's own people
 * named after "<holding noun> of" is aimed at whoever held them — the state of the place where they were held, else
 * nobody. `att` unchanged otherwise.
 */
function ownPeopleHeld(ctx: DocContext, att: Attached): Attached {
  if (!/^1[14]/.test(att.cand.pattern.code) || att.pairs.length === 0) return att;
  const first = att.pairs[0] as Pair;
  const t = first.target;
  if (!t || !att.pairs.every((x) => x.target && x.target.code === t.code && countryOf(x.source.code) === countryOf(t.code)) || !/(CVL|REF)$/.test(t.code)) return att;
  const sent = ctx.doc.sentences[att.cand.sentence];
  if (!sent) return att;
  let at = -1;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) if (ctx.doc.tokens[i]!.start === t.mention.start) { at = i; break; }
  if (at < 2 || tok(ctx, at - 1).lower !== 'of' || !HELD_NOUNS.has(tok(ctx, at - 2).lower)) return att;
  const own = countryOf(t.code);
  const place = ctx.doc.places.find((p) => p.start >= t.mention.end && p.end <= sent.end && !p.dateline && p.place.country && p.place.country !== own);
  const target = place?.place.country ? placeParty(ctx, place.place.country, at) : null;
  return { ...att, pairs: att.pairs.map((x) => ({ source: x.source, target })), how: att.how + '+held' };
}

/** Some source of `att` is on the side of one the accusation `told` is aimed at. */
function accusedAnswers(att: Attached, told: Attached): boolean {
  const accused = new Set<string>();
  for (const x of told.pairs) if (x.target) accused.add(sideOf(x.target.code));
  return att.pairs.some((x) => accused.has(sideOf(x.source.code)));
}

/**
 * "Russia launched 810 drones at Ukraine overnight. A drone hit the government building in Kyiv": an attack with no attacker
 * named (attached to the country where it happened) is the attack on that country by another told within the two sentences
 * before. With none, a weapon hitting a place from afar (a drone, missile or air strike as the subject of hitting) is of
 * unidentified attackers (UAF) — the place it hits does not tell whose it is; a bomb or ambush on the ground stays of the
 * place's country (the convention of the PLOVER gold: "a roadside bombing near Samarra" is Iraq's).
 */
function strikeOfAttack(ctx: DocContext, att: Attached, last: { att: Attached; si: number } | null, si: number): Attached {
  const first = att.pairs[0];
  const hit = first?.target ?? first?.source;
  if (!hit) return att;
  const country = countryOf(hit.code);
  const targets = att.pairs.map((x) => x.target).filter((x): x is Party => x !== null);
  if (last && si - last.si <= 2 && last.att.pairs.some((x) => x.target !== null && countryOf(x.target.code) === country)) {
    const sources = sourcesOf(last.att).filter((x) => countryOf(x.code) !== country);
    if (sources.length > 0) return { ...att, pairs: pairsOf(sources, targets.length ? targets : null, false), how: 'attack-anaphora' };
  }
  if (att.how !== 'unattributed-hit') return att;
  return { ...att, pairs: pairsOf([unidentifiedParty(ctx, att.cand.trigger)], targets, false), how: 'unattributed-hit' };
}

/** The distinct sources of an attachment's pairs, in order. */
function sourcesOf(att: Attached): Party[] {
  return att.pairs.map((x) => x.source).filter((x, k, all) => all.findIndex((y) => y.code === x.code) === k);
}

/** The trigger is inside an "if"/"unless" clause: that word before it in its sentence with no comma or semicolon between. */
function insideCondition(ctx: DocContext, trigger: number): boolean {
  const sentence = tok(ctx, trigger).sentence;
  for (let i = trigger - 1; i >= 0; i--) {
    const t = tok(ctx, i);
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    if (t.lower === 'if' || t.lower === 'unless') return true;
  }
  return false;
}

/**
 * The country named after "on/against" right after a referred attack's noun ("condemned the attack on Sanaa", "the strikes
 * against Iran"): of the actor or the place there, or null.
 */
function attackedCountry(ctx: DocContext, cand: Candidate): string | null {
  const toks = ctx.doc.tokens;
  for (let i = cand.trigger + 1; i < toks.length && i < cand.trigger + 7; i++) {
    const t = tok(ctx, i);
    if (t.sentence !== cand.sentence || t.type === 'punctuation') return null;
    if (t.lower !== 'on' && t.lower !== 'against') continue;
    let j = i + 1;
    while (j < toks.length && (tok(ctx, j).pos === 'DET' || tok(ctx, j).pos === 'ADJ')) j++;
    const m = j < toks.length ? mentionAt(ctx, j) : -1;
    if (m >= 0) return countryOf((ctx.doc.actors[m] as ActorMention).code) || null;
    const at = j < toks.length ? tok(ctx, j).start : -1;
    const pm = ctx.doc.places.find((p) => p.start === at);
    return pm?.place.country ?? null;
  }
  return null;
}

/**
 * A reaction to an act referred back to ("Syria condemned the strikes", "Ukraine rejected the demand"), its
 * targets replaced by the doers (makers) of the act told (`told`), on no side of the reaction's own sources.
 */
/** `att` aimed at the doers of the latest of `told` (in sentence `si` or the one before) by another side than its own. */
function aimedAtLatest(att: Attached, told: ReadonlyArray<{ att: Attached; si: number }>, si: number, what: string, reach = 1): Attached {
  const own = new Set(att.pairs.map((x) => sideOf(x.source.code)));
  for (let k = told.length - 1; k >= 0; k--) {
    const t = told[k] as { att: Attached; si: number };
    if (si - t.si > reach) break;
    if (t.att.pairs.every((x) => own.has(sideOf(x.source.code)))) continue;
    const aimed = aimedAtDoers(att, t.att, what);
    if (aimed !== att) return aimed;
  }
  return att;
}

/** Verbs of deciding or enacting a measure, whose subject made "the move", "the decision" a reaction names. */
const DECIDING = new Set(['approve', 'decide', 'announce', 'pass', 'adopt', 'vote', 'order', 'impose', 'introduce', 'unveil', 'authorize',
  'authorise', 'revoke', 'cancel', 'suspend', 'ban', 'declare', 'designate', 'expand', 'lift', 'scrap', 'halt', 'freeze', 'raise', 'extend']);

/** The reaction aimed at the subject of the first verb of deciding in the sentence before (of another side), else as it is. */
function aimedAtDecider(ctx: DocContext, att: Attached, si: number): Attached {
  const prev = ctx.doc.sentences[si - 1];
  if (!prev || att.pairs.length === 0) return att;
  for (let i = prev.tokenStart; i < prev.tokenEnd; i++) {
    const t = tok(ctx, i);
    if (t.pos !== 'VERB' || !DECIDING.has(t.lemma) || !t.lower.endsWith('ed')) continue;
    const subject = findSubject(ctx, i, prev.tokenStart);
    if (subject.length === 0) return att;
    const told: Attached = { ...att, pairs: expand(ctx, subject).map((p) => ({ source: p, target: null })) };
    return aimedAtDoers(att, told, 'decider');
  }
  return att;
}

function aimedAtDoers(att: Attached, told: Attached, what: string): Attached {
  const own = new Set(att.pairs.map((x) => sideOf(x.source.code)));
  const doers = uniqueParties(told.pairs.map((x) => x.source)).filter((x) => !own.has(sideOf(x.code)));
  if (!doers.length) return att;
  return { ...att, pairs: pairsOf(sourcesOf(att), doers, false), how: `${att.how}+${what}-anaphora` };
}

/** The candidate is the plain verb "attack" read as military force (190), which who attacks may recode. */
function attackVerb(ctx: DocContext, cand: Candidate): boolean {
  return cand.pattern.code === '190' && tok(ctx, cand.trigger).lemma === 'attack' && tok(ctx, cand.trigger).pos === 'VERB';
}

/**
 * "state media ran editorials attacking Takaichi", "the newspaper attacked the prime minister": an attack by the
 * press is an attack in words (111).
 */
function wordyAttack(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (!attackVerb(ctx, cand)) return false;
  return att.pairs.length > 0 && att.pairs.every((x) => x.source.code.slice(3, 6) === 'MED' || x.source.mention.kind === 'media');
}

/**
 * "Villagers attacked a police station", "settlers attacked Palestinians near Nablus": an attack by civilians is no use of
 * conventional military force (190) but unconventional violence (180).
 */
function civilianAttack(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (!attackVerb(ctx, cand)) return false;
  return att.pairs.length > 0 && att.pairs.every((x) => (x.source.code.length === 3 || x.source.code.length === 6) && x.source.code.endsWith('CVL'));
}

/** Threats of an answer in kind: "vowed to respond", "pledged to retaliate", "reserves the right to hit back". */
const ANSWER_WORDS = new Set(['respond', 'response', 'retaliate', 'retaliation', 'retaliatory', 'reprisal', 'avenge', 'revenge', 'back']);

/** Nouns of an attack an answer is threatened for. */
const AGGRESSION_NOUNS = new Set(['attack', 'attacks', 'aggression', 'incursion', 'incursions', 'strike', 'strikes', 'provocation', 'provocations', 'violation', 'violations', 'assault', 'invasion', 'act']);

/**
 * The party whose attack a threatened answer is for, named after the pattern in its clause: "to/against any <X-ian>
 * attack/aggression" or "... attack from/by X" (adverbs, determiners and adjectives between). Null when none.
 */
function aggressorAfter(ctx: DocContext, cand: Candidate): Party | null {
  const hi = (ctx.doc.sentences[cand.sentence] as { tokenEnd: number }).tokenEnd;
  let i = cand.end;
  while (i < hi && tok(ctx, i).pos === 'ADV') i++;
  if (i >= hi || !(tok(ctx, i).lower === 'to' || tok(ctx, i).lower === 'against')) return null;
  let adjective = -1;
  for (let k = i + 1; k < hi && k <= i + 6; k++) {
    const t = tok(ctx, k);
    const mi = mentionAt(ctx, k);
    if (AGGRESSION_NOUNS.has(t.lower)) {
      if (adjective >= 0) return partyOf(ctx, adjective);
      if (!(k + 2 < hi && (tok(ctx, k + 1).lower === 'from' || tok(ctx, k + 1).lower === 'by'))) return null;
      // (a determiner may open the name: "from the RSF")
      const by = mentionAt(ctx, k + 2) >= 0 ? mentionAt(ctx, k + 2) : k + 3 < hi && tok(ctx, k + 2).pos === 'DET' ? mentionAt(ctx, k + 3) : -1;
      return by >= 0 ? partyOf(ctx, by) : null;
    }
    if (mi >= 0) { adjective = mi; continue; }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'further' || t.lower === 'new')) return null;
  }
  return null;
}

function partyOf(ctx: DocContext, mi: number): Party | null {
  const m = ctx.doc.actors[mi] as ActorMention;
  return isMedia(m) ? null : { mention: m, code: m.code };
}

/** The state a request was sent "to" before the trigger in its sentence ("sent a request to India seeking ..."), not `own`. */
function requestAddressee(ctx: DocContext, cand: Candidate, own: string): Party | null {
  const lo = (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart;
  for (let k = cand.trigger - 1; k > lo; k--) {
    if (tok(ctx, k - 1).lower !== 'to') continue;
    const mi = mentionAt(ctx, k);
    if (mi < 0) {
      // (a capital the request went to: "sent a note verbale to New Delhi")
      const start = tok(ctx, k).start;
      const pm = ctx.doc.places.find((x) => x.start === start && x.place.kind === 'capital' && !!x.place.country && x.place.country !== own);
      if (pm) return placeParty(ctx, pm.place.country as string, k);
      continue;
    }
    const m = ctx.doc.actors[mi] as ActorMention;
    if (!isMedia(m) && countryOf(m.code) !== own && (m.kind === 'country' || STATE_SECTORS.has(m.code.slice(3, 6)))) return { mention: m, code: m.code };
  }
  return null;
}

function answerThreat(ctx: DocContext, cand: Candidate): boolean {
  if (!cand.pattern.code.startsWith('13')) return false;
  for (let i = cand.trigger; i < cand.end; i++) if (ANSWER_WORDS.has(tok(ctx, i).lemma)) return true;
  return false;
}

/**
 * "Iran condemned the U.S. strikes on its nuclear sites and vowed to respond", "Pakistani jets struck Kabul. The
 * Taliban vowed to retaliate": an answer threatened with no one named is aimed at the side that wronged the
 * threatener — the target of its own hostile act or the doer of the hostile act against it told before it in its
 * sentence, else the doer of the attack on it told within the two sentences before. `att` unchanged when none.
 */
function answerAimed(att: Attached, previous: Attached | null, lastAttack: { att: Attached; si: number } | null, si: number): Attached {
  const own = new Set(att.pairs.map((x) => sideOf(x.source.code)));
  const hostile = (a: Attached): boolean => /^(1[1-9]|20)/.test(a.cand.pattern.code);
  if (previous && previous !== att && hostile(previous)) {
    const mine = previous.pairs.filter((x) => own.has(sideOf(x.source.code)) && x.target && !own.has(sideOf(x.target.code)));
    if (mine.length) return { ...att, pairs: pairsOf(sourcesOf(att), uniqueParties(mine.map((x) => x.target as Party)), false), how: `${att.how}+answer` };
    if (ATTACK_CODE.test(previous.cand.pattern.code) && previous.pairs.some((x) => x.target && own.has(sideOf(x.target.code)))) return aimedAtDoers(att, previous, 'answer');
  }
  if (lastAttack && lastAttack.att !== att && si - lastAttack.si <= 2 && lastAttack.att.pairs.some((x) => x.target && own.has(sideOf(x.target.code)))) {
    return aimedAtDoers(att, lastAttack.att, 'answer');
  }
  return att;
}

function uniqueParties(xs: Party[]): Party[] {
  return xs.filter((x, k) => xs.findIndex((y) => y.code === x.code) === k);
}

/**
 * "Witkoff met Putin in Moscow", "Trump and Putin met in Alaska": a meeting "in" a place of one of the
 * parties' countries is no meeting at a third location (044): the visitor's visit to the target's country
 * (042), the host's hosting in its own (043), or, for both sides of a mutual meeting, a plain meeting (040).
 * Null when it is at a third location.
 */
function meetsAtHome(ctx: DocContext, cand: Candidate, att: Attached): string | null {
  if (cand.pattern.code !== '044') return null;
  // (a seat of government named as the venue: "met Modi in the Oval Office", "at the Kremlin")
  const c = placeOf(ctx, cand)?.country ?? seatAfter(ctx, cand.end);
  if (!c || !att.pairs.some((p) => p.source.code.startsWith(c) || (p.target?.code.startsWith(c) ?? false))) return null;
  const mutual = att.pairs.some((p) => att.pairs.some((q) => q.source.code === p.target?.code && q.target?.code === p.source.code));
  if (mutual) return '040';
  // ("Sharaa met Mazloum Abdi in Damascus": both parties of the place's country — a meeting at home, no visit)
  if (att.pairs.every((p) => p.source.code.startsWith(c) && p.target !== null && p.target.code.startsWith(c))) return '040';
  return att.pairs.every((p) => p.target?.code.startsWith(c)) ? '042' : att.pairs.every((p) => p.source.code.startsWith(c)) ? '043' : '040';
}

/** The country of a government seat or body named right after the venue preposition at `at` ("in the Oval Office"), if any. */
function seatAfter(ctx: DocContext, at: number): string | undefined {
  let j = at;
  if (j < ctx.doc.tokens.length && tok(ctx, j).lower === 'the') j++;
  const mi = j < ctx.doc.tokens.length ? ctx.actorAt[j] : -1;
  if (mi === undefined || mi < 0) return undefined;
  const m = ctx.doc.actors[mi] as ActorMention;
  return m.kind === 'agent' && m.code.slice(3) === 'GOV' && tok(ctx, j).pos === 'PROPN' ? m.code.slice(0, 3) : undefined;
}

/**
 * A show of force (150) whose sources are two or more states with no target: exercises held together,
 * each state's cooperation with the others (062), or null.
 */
function jointDrills(ctx: DocContext, cand: Candidate, att: Attached): Attached | null {
  if (cand.pattern.code !== '150' || att.pairs.length < 2 || att.pairs.some((p) => p.target !== null)) return null;
  // (drills, not tests: "India and Pakistan conducted nuclear tests in 1998" is each one's show of force)
  let drill = false;
  for (let i = cand.trigger; i < cand.end && !drill; i++) drill = DRILL_WORDS.has(tok(ctx, i).lemma) || DRILL_WORDS.has(tok(ctx, i).lower);
  if (!drill) return null;
  const sources = att.pairs.map((p) => p.source);
  const countries = new Set(sources.map((p) => countryPart(p.code)));
  if (countries.size < 2 || sources.some((p) => !STATE_SECTORS.has(p.code.slice(3, 6)))) return null;
  return { ...att, pairs: pairsOf(sources, sources, false), how: `${att.how}+joint` };
}

/**
 * "Ugandan troops arrived in Juba", "Rwandan forces arrived in Cabo Delgado": armed men (no named person) arriving in a
 * foreign place are forces deployed there (154), no visit (042); "army chief Muhoozi arrived in Juba" visits.
 */
function armedArrival(ctx: DocContext, cand: Candidate, att: Attached): boolean {
  if (cand.pattern.code !== '042' || tok(ctx, cand.trigger).lemma !== 'arrive' || att.pairs.length === 0) return false;
  return att.pairs.every((p) => p.source.mention.kind !== 'person' && FORCES.has(p.source.code.slice(3, 6)) && p.source.code.slice(3, 6) !== 'SPY'
    && !DELEGATES.has(lastWord(p.source.mention.text)));
}

/** Heads of an armed group's people who travel to talk, not to fight ("Hamas leaders arrived in Cairo for talks"). */
const DELEGATES = new Set(['leader', 'leaders', 'leadership', 'official', 'officials', 'delegation', 'delegations', 'delegate', 'delegates',
  'negotiator', 'negotiators', 'envoy', 'envoys', 'representative', 'representatives', 'spokesman', 'spokesperson', 'politician', 'politicians']);

function lastWord(text: string): string {
  const k = text.lastIndexOf(' ');
  return text.slice(k + 1).toLowerCase();
}

/** The tags of a short clause subject between "since" and its verb ("since the Taliban", "since Russia's army"). */
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The trigger is the past-tense verb of a clause opened by "since" right before its subject. */
function sinceClauseVerb(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing') || t.lower.endsWith('s')) return false;
  const sent = ctx.doc.sentences[t.sentence];
  if (!sent) return false;
  let k = trigger - 1;
  while (k > sent.tokenStart && k >= trigger - 6 && SUBJECT_TAGS.has(tok(ctx, k).pos) && tok(ctx, k).lower !== 'since') k--;
  return k < trigger - 1 && tok(ctx, k).lower === 'since';
}

/** Codes of an agreement made, which "the truce", "the deal" a reaction names looks back to (see `referredAgreement`). */
const AGREED_CODE = /^(03|057|0871)/;

/** Verbs of pledging an act to another. */
const PLEDGING = new Set(['pledge', 'promise', 'offer', 'volunteer', 'commit']);

/** Words that make forces sent abroad a protection or peacekeeping mission. */
const PROTECTING = new Set(['peacekeeping', 'peacekeepers', 'peacekeeper', 'peace-keeping', 'mission', 'help', 'support', 'assist', 'aid', 'relief',
  'humanitarian', 'protect', 'request', 'invitation', 'invited', 'multinational', 'stabilization', 'stabilisation', 'rescue']);

/**
 * Forces sent to or arriving in another state: "Ugandan troops arrived in Juba" is a deployment (154, see `armedArrival`);
 * sent or arriving to keep the peace or to help ("Chinese peacekeepers arrived in South Sudan", "sent troops to Haiti to
 * support the mission", "at the government's request") they provide military protection (074). Null for other events.
 */
function deployment(ctx: DocContext, cand: Candidate, att: Attached): string | null {
  const arrival = armedArrival(ctx, cand, att);
  if (!arrival && cand.pattern.code !== '154') return null;
  if (att.pairs.length > 0 && att.pairs.every((p) => p.target !== null && p.target.code.length === 3 && countryPart(p.target.code) !== countryPart(p.source.code))) {
    const s = ctx.doc.sentences[cand.sentence];
    if (s) for (let i = s.tokenStart; i < s.tokenEnd; i++) if (PROTECTING.has(tok(ctx, i).lower)) return '074';
    // ("Kenya pledged to send 1,000 police officers to Haiti", "offered to deploy troops to Ukraine"): no state pledges or
    // offers an invasion — forces promised to a state are sent to protect it
    if (cand.trigger - 2 >= 0 && tok(ctx, cand.trigger - 1).lower === 'to' && PLEDGING.has(tok(ctx, cand.trigger - 2).lemma)) return '074';
  }
  return arrival ? '154' : null;
}

/** People nouns whose country an act of repression takes from the state that does it, with their sector. */
const REPRESSED: Readonly<Record<string, string>> = {
  student: 'CVL', students: 'CVL', activist: 'CVL', activists: 'CVL', people: 'CVL', youths: 'CVL', men: 'CVL', women: 'CVL', protester: 'CVL', protesters: 'CVL', demonstrator: 'CVL', demonstrators: 'CVL',
  // ("Iran executed a man convicted of spying", "hanged two prisoners")
  man: 'CVL', woman: 'CVL', person: 'CVL', teenager: 'CVL', youth: 'CVL', prisoner: 'CVL', prisoners: 'CVL', inmate: 'CVL', inmates: 'CVL', detainee: 'CVL', detainees: 'CVL',
  journalist: 'MED', journalists: 'MED', reporter: 'MED', reporters: 'MED', blogger: 'MED', bloggers: 'MED',
  dissident: 'OPP', dissidents: 'OPP', 'opposition': 'OPP', lawyer: 'CVL', lawyers: 'CVL', deputy: 'LEG', deputies: 'LEG', lawmaker: 'LEG', lawmakers: 'LEG',
};
/** People no actor mention names, given a code by the rule that found them (`domesticObject`, `ownPeopleAddressed`). */
function peopleParty(start: number, end: number, text: string, code: string): Party {
  return { mention: { start, end, text, actorId: `agent:${code}`, code, name: code, kind: 'agent', how: 'coreference' }, code };
}

/** Nouns of a state's people abroad or at home that a state addresses as its own ("its citizens", "their nationals"). */
const OWN_PEOPLE_NOUNS = new Set(['citizens', 'nationals', 'people', 'students', 'residents', 'tourists', 'travellers', 'travelers', 'workers', 'expatriates']);

/**
 * "China urged its citizens to avoid travelling to Japan", "the embassy advised their nationals to leave": the people a
 * state calls on by "its/their" are its own civilians (the appeal, 02x, found no target of its own).
 */
function ownPeopleAddressed(ctx: DocContext, cand: Candidate, att: Attached): Attached | null {
  if (!cand.pattern.code.startsWith('02') || att.passive || att.pairs.length === 0 || att.pairs.some((p) => p.target !== null)) return null;
  const t = tok(ctx, cand.trigger);
  const k = cand.trigger + 1;
  const det = ctx.doc.tokens[k];
  const noun = ctx.doc.tokens[k + 1];
  if (t.pos !== 'VERB' || !det || !noun || (det.lower !== 'its' && det.lower !== 'their') || !OWN_PEOPLE_NOUNS.has(noun.lower) || noun.sentence !== t.sentence) return null;
  const country = countryPart(att.pairs[0]!.source.code);
  if (country === '' || country === 'IGO' || !att.pairs.every((p) => countryPart(p.source.code) === country)) return null;
  const code = `${country}CVL`;
  const target = peopleParty(det.start, noun.end, `${det.text} ${noun.text}`, code);
  return { ...att, pairs: pairsOf(sourcesOf(att), [target], false), how: `${att.how}+own-people` };
}

/** State organs that repress at home: police, courts, security services, the government (an army acts abroad too). */
const REPRESSING = new Set(['COP', 'JUD', 'SPY', 'GOV']);

/**
 * "Police in Belgrade detained students", "Serbian police beat a student", "detained opposition leader X": people with no
 * country word whom a state's organ arrests, beats or jails (17x, 18x) are of that state — repression is domestic unless
 * the text says otherwise. Only when the act found no target and its object, right after the verb, is such a noun.
 */
function domesticObject(ctx: DocContext, cand: Candidate, att: Attached): Attached | null {
  if (!/^1[78]/.test(cand.pattern.code) || att.passive || att.pairs.length === 0 || att.pairs.some((p) => p.target !== null)) return null;
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'VERB') return null;
  const country = countryPart(att.pairs[0]!.source.code);
  // (the state itself too: "Georgia jails opposition leader")
  if (country === '' || !att.pairs.every((p) => countryPart(p.source.code) === country && (REPRESSING.has(p.source.code.slice(3, 6)) || p.source.code.length === 3))) return null;
  const n = ctx.doc.tokens.length;
  let k = cand.trigger + 1;
  while (k < n && k <= cand.trigger + 4 && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'NUM' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).lower === 'dozens' || tok(ctx, k).lower === 'of')) k++;
  if (k >= n || tok(ctx, k).sentence !== t.sentence || ctx.actorAt[k] !== -1) return null;
  const sector = REPRESSED[tok(ctx, k).lower];
  if (!sector) return null;
  const w = tok(ctx, k);
  const code = country + sector;
  const target = peopleParty(w.start, w.end, w.text, code);
  const sources = sourcesOf(att);
  return { ...att, pairs: pairsOf(sources, [target], false), how: `${att.how}+domestic` };
}

/**
 * "Police detained Özel", "a court jailed the journalist": a state organ with no country word (police, a court, security
 * services) that arrests, jails or beats people of one state (17x, 18x) is that state's — repression is domestic unless
 * the text says otherwise (the other way round from `domesticObject`).
 */
function domesticAgent(cand: Candidate, att: Attached): Attached | null {
  if (!/^1[78]/.test(cand.pattern.code) || att.pairs.length === 0) return null;
  let country = '';
  for (const p of att.pairs) {
    if (p.source.code.length !== 3 || !REPRESSING.has(p.source.code) || p.target === null || p.target.code.startsWith('IGO')) return null;
    const c = countryPart(p.target.code);
    if (c === '' || (country !== '' && c !== country)) return null;
    country = c;
  }
  return { ...att, pairs: att.pairs.map((p) => ({ source: { ...p.source, code: country + p.source.code }, target: p.target })), how: `${att.how}+domestic-agent` };
}

/** Words opening a clause or phrase of circumstance ("as protests spread", "amid protests"). */
const SETTING_OPENERS = new Set(['as', 'while', 'when', 'amid', 'amidst', 'after', 'before', 'since', 'despite']);

/** The noun at `trigger` follows a word of circumstance, with only determiners and adjectives between and no actor. */
function settingNoun(ctx: DocContext, trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'NUM') && ctx.actorAt[k] === -1) k--;
  return k >= 0 && k < trigger && tok(ctx, k).sentence === tok(ctx, trigger).sentence && SETTING_OPENERS.has(tok(ctx, k).lower) && ctx.actorAt[trigger] === -1;
}

/** Nouns of an act tried against someone, which is "met" (answered) rather than met with. */
const ATTEMPT_NOUNS = new Set([...AGGRESSION_NOUNS, 'attempt', 'attempts', 'move', 'bid', 'escalation']);

/** The passive "met" at `trigger` has for subject a noun of an attempt or attack (before its auxiliaries, in its clause). */
function metAttempt(ctx: DocContext, trigger: number): boolean {
  let k = trigger - 1;
  while (k >= 0 && (tok(ctx, k).pos === 'AUX' || tok(ctx, k).pos === 'ADV' || tok(ctx, k).pos === 'PART')) k--;
  if (k === trigger - 1 || !(tok(ctx, k + 1).lemma === 'be' || tok(ctx, trigger - 1).lemma === 'be')) return false;
  const sentence = tok(ctx, trigger).sentence;
  for (let j = k, n = 0; j >= 0 && n < 8 && tok(ctx, j).sentence === sentence; j--, n++) {
    const t = tok(ctx, j);
    if (t.text === ',' || t.text === ';' || t.lower === 'that') return false;
    if (t.pos === 'NOUN' && ATTEMPT_NOUNS.has(t.lower) && ctx.actorAt[j] === -1) return true;
  }
  return false;
}

/** Nouns counting a run of events before "of" ("a spate of attacks", "a wave of strikes"). */
const SERIES_NOUNS = new Set(['spate', 'series', 'wave', 'string', 'rash', 'flurry', 'round', 'number', 'surge', 'spree', 'campaign']);

/**
 * The attack noun at the candidate's trigger follows a word of circumstance ("after", "amid", "despite" ...), with only
 * determiners, adjectives, numbers and a run noun with "of" between ("after a spate of attacks") and no actor, and no
 * "with"/"between" after it naming a side it is fought with.
 */
function settingAttack(ctx: DocContext, cand: Candidate): boolean {
  const trigger = cand.trigger;
  if (tok(ctx, trigger).pos !== 'NOUN') return false;
  // (the noun itself, or the run noun before its "of", is a setting noun)
  let k = trigger - 1;
  while (k >= 0 && (tok(ctx, k).pos === 'DET' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'NUM') && ctx.actorAt[k] === -1) k--;
  const series = k >= 1 && tok(ctx, k).lower === 'of' && SERIES_NOUNS.has(tok(ctx, k - 1).lower) && ctx.actorAt[trigger] === -1;
  if (!settingNoun(ctx, trigger) && !(series && settingNoun(ctx, k - 1))) return false;
  const sentence = tok(ctx, trigger).sentence;
  const next = ctx.doc.tokens[trigger + 1];
  return !(next && next.sentence === sentence && (next.lower === 'with' || next.lower === 'between' || next.lower === 'by'));
}

/** Verbs of sending envoys. */
const SENDING = new Set(['send', 'dispatch']);

/** A purpose infinitive ("to" and a verb) within the six tokens after `from`, in its sentence. */
function purposeAfter(ctx: DocContext, from: number): boolean {
  const n = ctx.doc.tokens.length;
  const sentence = from < n ? tok(ctx, from).sentence : -1;
  for (let k = from; k + 1 < n && k < from + 6 && tok(ctx, k).sentence === sentence; k++) {
    if (tok(ctx, k).text === ',' || tok(ctx, k).text === '.') return false;
    if (tok(ctx, k).lower === 'to' && tok(ctx, k + 1).pos === 'VERB') return true;
  }
  return false;
}

/** Sectors that lay charges in law: police and courts. */
const LEGAL_SECTORS = new Set(['COP', 'JUD']);

/**
 * "Police charged three men with plotting an attack on the consulate", "a court charged him with espionage", "were
 * charged with treason" (the state's courts): a charge laid by the police, prosecutors or a court is legal action
 * against the charged (173) whatever the crime — not an accusation (112x) aimed at a party the crime names. Its
 * target is whom the verb charges: the subject of a passive, else the actor right after the verb, else no one.
 * A state that "charged" another with aggression still accuses it.
 */
function legalCharge(ctx: DocContext, cand: Candidate, att: Attached): Attached | null {
  if (!cand.pattern.code.startsWith('112') || att.pairs.length === 0) return null;
  const t = tok(ctx, cand.trigger);
  if (t.lemma !== 'charge' || t.pos !== 'VERB') return null;
  if (!att.pairs.every((p) => LEGAL_SECTORS.has(p.source.code.slice(3, 6)) || /prosecut/i.test(p.source.mention.text))) return null;
  if (att.passive) return { ...att, how: `${att.how}+legal` };
  const n = ctx.doc.tokens.length;
  let target: number[] | null = null;
  for (let k = cand.trigger + 1; k < n && k <= cand.trigger + 6; k++) {
    const w = tok(ctx, k);
    if (w.lower === 'with' || w.sentence !== t.sentence) break;
    const mi = mentionAt(ctx, k);
    if (mi >= 0) { target = [mi]; break; }
  }
  const sources = sourcesOf(att);
  return { ...att, pairs: pairsOf(sources, target ? expand(ctx, target) : null, false), how: `${att.how}+legal` };
}

/** Words of exercises held together, as against tests and launches. */
const DRILL_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'games', 'patrol', 'patrols', 'war-games', 'wargames', 'joint']);

const isFrame = (e: CodedEvent): boolean => e.modality === 'asserted' && (e.cameo.startsWith('14') || e.cameo.startsWith('04'));

/** An obligation whose reporting verb lies inside [from, to). */
function demandInside(demands: readonly Obligation[], from: number, to: number): boolean {
  for (let k = 0; k < demands.length; k++) { const v = (demands[k] as Obligation).verb; if (v >= from && v < to) return true; }
  return false;
}

/** Codes of asking for or putting forward something another may answer: appeals, offers, demands, threats (02, 03, 10, 13). */
const PROPOSING = /^(02|03|10|13)/;

/** Sectors of people whose going home is a return (refugees, civilians). */
const RETURNING_PEOPLE = /(REF|CVL)$/;

/** Words right after "threat" that leave it with nothing threatened ("the threat posed by Iran", "the threat from Moscow"). */
const THREAT_ENDS = new Set(['.', ',', ';', ':', 'and', 'but', 'posed', 'from', 'as', 'that', 'which', 'it']);
/** Possessive determiners naming whose threat it is. */
const POSSESSIVE_OWNERS = new Set(['his', 'her', 'its', 'their', 'our']);
/** Verbs of making a threat ("issued a threat", "repeated its threats"). */
const THREAT_MADE = new Set(['issue', 'make', 'repeat', 'renew', 'deliver', 'voice', 'utter', 'reiterate', 'carry', 'escalate', 'step']);

/** Token `at` is "to" before a noun phrase no actor mention covers, up to the clause's end ("to shipping", "to regional stability"). */
function endangeredThing(ctx: DocContext, at: number): boolean {
  const t = ctx.doc.tokens[at];
  if (!t || t.lower !== 'to') return false;
  let i = at + 1;
  let noun = false;
  for (; i < ctx.doc.tokens.length && tok(ctx, i).sentence === t.sentence; i++) {
    const w = tok(ctx, i);
    if (mentionAt(ctx, i) >= 0) return false;
    // (a gerund is a thing too: "to shipping")
    if (w.pos === 'NOUN' || (w.pos === 'VERB' && w.lower.endsWith('ing'))) noun = true;
    else if (!(w.pos === 'ADJ' || w.pos === 'DET' || w.pos === 'CCONJ')) break;
  }
  // (up to the clause's end, a preposition or the verb the phrase is the subject of: "the threat to shipping has pushed up costs")
  if (!noun) return false;
  if (i >= ctx.doc.tokens.length || tok(ctx, i).sentence !== t.sentence) return true;
  const e = tok(ctx, i).pos;
  return e === 'PUNCT' || e === 'ADP' || e === 'AUX' || e === 'VERB';
}

/** The threat noun at `trigger` has nothing threatened after it (or only a thing endangered) and no verb of making it before it (see codeEvents). */
function perceivedThreat(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.lower !== 'threat' && t.lower !== 'threats') return false;
  const next = ctx.doc.tokens[trigger + 1];
  // (or a verb right after it: "The Iranian threat remains serious"; or "to" and a thing endangered, no party: "the Houthi threat
  // to shipping", "a threat to regional stability")
  if (next && next.sentence === t.sentence && !THREAT_ENDS.has(next.lower) && next.pos !== 'VERB' && next.pos !== 'AUX' && !endangeredThing(ctx, trigger + 1)) return false;
  // ("the threats made by the United States against Sudan")
  if (next && next.pos === 'VERB' && THREAT_MADE.has(next.lemma)) return false;
  for (let i = trigger - 1; i >= 0 && i >= trigger - 5; i--) {
    const w = tok(ctx, i);
    if (w.sentence !== t.sentence) break;
    // ("Iran's threat", "repeated his threat": an owner's threat is one made)
    if (w.lower === "'s" || w.lower === '’s' || POSSESSIVE_OWNERS.has(w.lower)) return false;
    if (w.pos === 'VERB') return !THREAT_MADE.has(w.lemma);
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PART')) break;
  }
  return true;
}

/** Verbs of reacting to an act or accord from outside it ("welcomed the truce", "condemned the deal"). */
const REACTING = new Set(['welcome', 'hail', 'praise', 'applaud', 'commend', 'laud', 'salute', 'celebrate', 'condemn', 'criticize', 'criticise',
  'denounce', 'slam', 'discuss', 'endorse', 'note', 'review', 'debate', 'question', 'greet']);

/**
 * The noun at `trigger` is the object of a verb of reacting, across determiners and modifiers ("welcomed the
 * new truce", "hailed Sunday's agreement"), and not followed by "between"/"with" naming its own parties.
 */
function reactionObject(ctx: DocContext, trigger: number): boolean {
  const next = ctx.doc.tokens[trigger + 1];
  if (next && (next.lower === 'between' || next.lower === 'with')) return false;
  for (let i = trigger - 1; i >= 0 && i >= trigger - 5; i--) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB') return REACTING.has(t.lemma);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PART')) return false;
  }
  return false;
}

/** Verbs of keeping to an accord already made ("respected the agreement", "abide by the truce"). */
const KEEPING = new Set(['respect', 'honour', 'honor', 'observe', 'uphold', 'abide', 'comply', 'adhere', 'stick', 'enforce', 'monitor', 'obey',
  'heed', 'preserve', 'safeguard', 'maintain']);

/**
 * "Cambodian forces have strictly respected the agreement", "would abide by the truce": an accord named as what is kept
 * to is one made before, no accord now (its own parties named after it do not change that: "respected the truce with Y").
 */
function keptAccord(ctx: DocContext, cand: Candidate): boolean {
  if (!ACCORD_CODE.test(cand.pattern.code) || cand.pattern.kind !== 'n') return false;
  const lo = (ctx.doc.sentences[cand.sentence] as { tokenStart: number }).tokenStart;
  for (let i = cand.trigger - 1; i >= lo && i >= cand.trigger - 6; i--) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB') return KEEPING.has(t.lemma) && !pledgedKeeping(ctx, i, lo);
    // ("abide by", "comply with", "adhere to", "stick to")
    if (t.pos === 'ADP' && (t.lower === 'by' || t.lower === 'with' || t.lower === 'to') && i - 1 >= lo && KEEPING.has(tok(ctx, i - 1).lemma)) return !pledgedKeeping(ctx, i - 1, lo);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PART' || t.text === '-')) return false;
  }
  return false;
}

/** Verbs whose "to" infinitive of keeping to an accord is itself a commitment to it ("agreed to maintain the ceasefire"). */
const COMMITTING_V = new Set(['agree', 'pledge', 'vow', 'promise', 'commit', 'undertake', 'decide', 'consent']);

/** The keeping verb at `v` is the infinitive of a commitment ("agreed to respect", "pledged to abide by"). */
function pledgedKeeping(ctx: DocContext, v: number, lo: number): boolean {
  if (v - 1 < lo || tok(ctx, v - 1).lower !== 'to') return false;
  for (let k = v - 2; k >= lo && k >= v - 4; k--) if (COMMITTING_V.has(tok(ctx, k).lemma)) return true;
  return false;
}

/** Verbs of giving in ("back down", "give up", "surrender", "stop"). */
const YIELDING = new Set(['back', 'give', 'surrender', 'yield', 'bow', 'capitulate', 'relent', 'stop', 'rest', 'retreat', 'cave', 'lay', 'bend', 'budge', 'submit']);

/** "vowed not to back down", "pledged never to surrender": a pledge not to give in is defiance, no intent to cooperate. */
function vowedDefiance(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (!(t.lemma === 'vow' || t.lemma === 'pledge' || t.lemma === 'promise' || t.lemma === 'swear') || trigger + 3 >= ctx.doc.tokens.length) return false;
  const n = tok(ctx, trigger + 1).lower;
  return (n === 'not' || n === 'never') && tok(ctx, trigger + 2).lower === 'to' && YIELDING.has(tok(ctx, trigger + 3).lemma);
}

/** Lines on a map that meet where they cross ("the borders of X, Y and Z meet"). */
const MAP_LINES = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary', 'boundaries', 'river', 'rivers', 'road', 'roads', 'line', 'lines']);
/** Nouns of a place that a "where" clause locates ("the area where X, Y and Z meet"). */
const MEETING_AREAS = new Set(['area', 'region', 'zone', 'point', 'spot', 'corner', 'triangle', 'junction', 'place']);

/**
 * "the area where the borders of Niger, Mali and Burkina Faso meet", "the tri-border zone where Mali, Niger and Burkina
 * Faso meet": "meet" of lines on a map, or of places located by a "where" clause with nothing after the verb, is where
 * they touch — no meeting.
 */
function placesMeet(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.lemma !== 'meet' || t.pos !== 'VERB') return false;
  const lo = ctx.doc.sentences[t.sentence]?.tokenStart ?? 0;
  for (let k = trigger - 1; k >= lo && k >= trigger - 12; k--) {
    const w = tok(ctx, k);
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
    if (MAP_LINES.has(w.lower) && k + 1 < trigger && tok(ctx, k + 1).lower === 'of') return true;
    if (w.lower === 'where') {
      const after = trigger + 1 < ctx.doc.tokens.length ? tok(ctx, trigger + 1) : undefined;
      return k > lo && MEETING_AREAS.has(tok(ctx, k - 1).lemma) && (!after || after.sentence !== t.sentence || after.pos === 'PUNCT' || after.pos === 'CCONJ');
    }
  }
  return false;
}

/** Participles of an "as" clause that refers to an act told before ("as agreed", "as previously promised"). */
function asReferred(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed')) return false;
  let i = trigger - 1;
  while (i >= 0 && tok(ctx, i).pos === 'ADV') i--;
  if (i < 0 || tok(ctx, i).lower !== 'as') return false;
  // (not "as agreed to by the two sides" introducing its own parties' act — still a reference; nor "such as")
  return !(i > 0 && tok(ctx, i - 1).lower === 'such');
}

/** Verbs telling an accord's own making or start ("the truce between X and Y took effect / was signed / began"). */
const ACCORD_MADE = new Set(['take', 'come', 'go', 'enter', 'begin', 'start', 'agree', 'sign', 'declare', 'announce', 'reach', 'broker', 'seal',
  'conclude', 'strike', 'kick', 'mediate', 'negotiate', 'initial', 'approve', 'ratify', 'finalize', 'finalise', 'secure', 'unveil', 'propose', 'accept']);
const ACCORD_CODE = /^(03|05|08)/;
/** Words of what is scheduled or expected ("due to", "set to", "expected to"). */
const SCHEDULED = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'poised', 'likely', 'supposed']);

/**
 * "The truce between Washington and the Houthis offered an opportunity", "The ceasefire between India and Pakistan has
 * largely held": an accord named with its parties as the subject of a clause about something else is a background
 * fact, not one made now (unless the clause tells its making: "took effect", "was signed", "began").
 */
function backgroundAccord(ctx: DocContext, cand: Candidate): boolean {
  if (!ACCORD_CODE.test(cand.pattern.code) || tok(ctx, cand.trigger).pos !== 'NOUN') return false;
  const sent = ctx.doc.sentences[cand.sentence];
  if (!sent) return false;
  // the subject: only modifiers from the sentence start ("The", "The 2022", "The U.S.-brokered")
  for (let i = sent.tokenStart; i < cand.trigger; i++) {
    const t = tok(ctx, i);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-' || (i > sent.tokenStart && tok(ctx, i - 1).text === '-'))) return false;
  }
  const next = ctx.doc.tokens[cand.trigger + 1];
  if (!next || next.lower !== 'between') return false;
  for (let i = cand.trigger + 2; i < sent.tokenEnd; i++) {
    const t = tok(ctx, i);
    if (t.type === 'punctuation' || t.pos === 'SCONJ' || t.pos === 'PRON') return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // the main verb after auxiliaries and adverbs ("has largely held", "was signed")
    let v = i;
    while (v + 1 < sent.tokenEnd && (tok(ctx, v).pos === 'AUX' || tok(ctx, v).pos === 'ADV') && (tok(ctx, v + 1).pos === 'VERB' || tok(ctx, v + 1).pos === 'ADV' || tok(ctx, v + 1).pos === 'AUX')) v++;
    const verb = tok(ctx, v);
    // ("is due to take effect", "was expected to be signed": what is to come is told by the verb after "to")
    const to = v + 1 < sent.tokenEnd && SCHEDULED.has(tok(ctx, v + 1).lower) ? v + 2 : SCHEDULED.has(verb.lower) ? v + 1 : -1;
    if (to > 0 && to < sent.tokenEnd && tok(ctx, to).lower === 'to') { i = to; continue; }
    return !ACCORD_MADE.has(verb.lemma) && !(verb.pos === 'ADV' && v > i);
  }
  return false;
}

export function codeEvents(doc: AnnotatedDoc, meta: CodeMeta): Event[] {
  const set = meta.patterns ?? defaultPatterns();
  const ctx = buildContext(doc);
  const dominant = dominantTime(ctx);
  const cues = attributionCues();
  const version = meta.version ?? set.version;
  // (a slot left null: a plain statement its sentence's other events made redundant)
  const events: Array<CodedEvent | null> = [];
  // per event (parallel to `events`): whether its date came from the article's context, and its
  // pattern's trigger (-1 for obligations and derived events)
  const dated: boolean[] = [];
  const triggers: number[] = [];
  const out: Emitted = { events, dated, triggers };
  // per sentence, the plain statements put off: candidate, attachment, first slot
  const deferred: Array<Candidate | Attached | number> = [];
  // the latest attack attached, and its sentence ("The strikes killed ..." refers back to it)
  let lastAttack: { att: Attached; si: number } | null = null;
  // the attacks and shows of force told so far, in order ("... Syria condemned the strikes", "... Taiwan
  // condemned the exercises" refer back to one of the last)
  const attacks: Array<{ att: Attached; si: number }> = [];
  // vetoes, sanctions, arrests, expulsions, blockades told as done, for "condemned the veto"
  const measures: Array<{ att: Attached; si: number; code: string }> = [];
  const forces: Array<{ att: Attached; si: number }> = [];
  // the latest demand, appeal, offer or threat ("... Ukraine rejected the demand" refers back to it)
  let lastProposal: { att: Attached; si: number } | null = null;
  // the latest accusation or criticism aimed at someone ("... Baku denied the claim" answers it)
  let lastAccusation: { att: Attached; si: number } | null = null;
  // every act told with a doer, for "condemned the move", "welcomed the decision"
  const doneActs: Array<{ att: Attached; si: number }> = [];
  // (words said — statements, criticism, threats — which "the remarks" refers back to)
  const saidWords: Array<{ att: Attached; si: number }> = [];
  const agreedActs: Array<{ att: Attached; si: number }> = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si];
    if (!sent) continue;
    // ("agreed in a phone call with Trump to halt attacks", "calling it a breach of the truce": "call" as no appeal)
    const cands = readings(claimedAttacks(ctx, matchSentence(ctx, set, si).filter((c) => !(c.pattern.code.startsWith('02') && notAppealCall(ctx, c.trigger)) && !crowdPassive(ctx, c))));
    const demands = obligations(ctx, si);
    if (cands.length === 0 && demands.length === 0) continue;
    const attribution = attributionOf(ctx, si, cues);
    // one evidence string and span per sentence, shared by its events (as an intent event shares its event's)
    const evidence = doc.text.slice(sent.start, sent.end);
    const span: [number, number] = [sent.start, sent.end];
    const idPrefix = `${meta.docId}:${si}:`;
    // (the sentence's first event: its reported obligations, then its candidates' events)
    const first = events.length;
    for (const d of demands) {
      const c = lookup('100');
      if (!c) break;
      const trig = doc.tokens[d.modal] as Token;
      const when = timeOf(ctx, { pattern: OBLIGATION_PATTERN, sentence: si, trigger: d.modal, end: d.modal + 1, slot: undefined, words: 1 }, dominant);
      const { fromContext, ...w } = when;
      const ev: CodedEvent = {
        id: `${meta.docId}:${si}:${d.modal}:${events.length}`, docId: meta.docId, sentence: si, span,
        evidence, source: actor({ mention: d.speaker, code: d.speaker.code }),
        target: actor({ mention: d.subject, code: d.subject.code }), cameo: c.code, plover: c.plover, quad: c.quad, goldstein: c.goldstein,
        when: w, modality: 'asserted', ...(attribution ? { attribution } : {}), rule: `obligation.${trig.lower}.100`,
        confidence: 0.5, ...(version ? { version } : {}),
      };
      events.push(ev);
      dated.push(!!fromContext);
      triggers.push(-1);
    }
    let previous: Attached | null = null;
    const sp: SentenceParts = { docId: meta.docId, si, span, evidence, attribution, idPrefix, version, dominant };
    for (const reading of cands) {
      let cand = reading.best;
      // a demand pattern around the reminder or report the obligation refiner already coded
      // ("issued a reminder to Y that it must ...") would code it twice
      if (cand.pattern.code.startsWith('10') && demandInside(demands, cand.trigger, cand.end)) continue;
      // "calling it murder", "described the raid as a massacre": a name given to an act is no act of its own
      // ("condemned what she called China's dangerous actions": naming, no phone call)
      if (labelComplement(ctx, cand.trigger) || inFreeRelativeLabel(ctx, cand.trigger)) continue;
      // ("said the dam was not a threat to Egypt"): a judgment said not to hold is no criticism
      // (the plain statement stays: "Ethiopia said the dam was not a threat to Egypt" is Ethiopia's statement)
      if (cand.pattern.kind === 'm' && cand.pattern.code.startsWith('11') && REPORTING.has(tok(ctx, cand.trigger).lemma) && negatedInside(ctx, cand)) {
        const plain = reading.fallbacks.find((f) => f.pattern.code.startsWith('01'));
        if (!plain) continue;
        cand = plain;
      }
      // ("withdrew its heavy weapons as agreed", "respected the agreement"): an accord referred to, or kept to, is none made now
      if (asReferred(ctx, cand.trigger) || keptAccord(ctx, cand)) continue;
      if (placesMeet(ctx, cand.trigger)) continue;
      // ("the second such flight since the Taliban seized power", "the first visit since the war broke out"): a past act
      // named as the start of a span is a known event of an earlier time, no news of the report's day
      if (sinceClauseVerb(ctx, cand.trigger)) continue;
      if (cand.pattern.code.startsWith('03') && vowedDefiance(ctx, cand.trigger)) continue;
      // ("hosted foreign ministers from A, B, C and D to discuss Gaza", "met in Doha to discuss the truce"): the purpose
      // of a meeting already coded in the sentence is that meeting, not one more between each pair of its guests
      if (cand.pattern.code.startsWith('04') && tok(ctx, cand.trigger).lemma === 'discuss' && cand.trigger > 0 && tok(ctx, cand.trigger - 1).lower === 'to'
        && events.slice(first).some((e) => e !== null && e.cameo.startsWith('04'))) continue;
      // ("police fired tear gas as protests spread", "amid protests": a protest noun opening a clause of its own, or the
      // setting, with no actor of its own, is nobody's act in the main clause)
      if (cand.pattern.code.startsWith('14') && cand.pattern.kind === 'n' && settingNoun(ctx, cand.trigger)) continue;
      // ("imposed a curfew after a spate of attacks on officials", "amid strikes on the capital"): an attack noun of the
      // setting with no attacker of its own is no act of the main clause's subject (fighting "with" Y stays: see foughtWith)
      // (a mutual one is still the subject sides' own: "X and Y agreed on a ceasefire after deadly clashes in Aleppo")
      if (/^(18|19|20)/.test(cand.pattern.code) && cand.pattern.kind !== 'v' && !cand.pattern.flags.has('recip') && settingAttack(ctx, cand)) continue;
      // ("sent envoys to Rohan to meet its king": envoys sent for a purpose told by a verb are coded by that verb)
      if (cand.pattern.code === '042' && SENDING.has(tok(ctx, cand.trigger).lemma) && purposeAfter(ctx, cand.end)) continue;
      // ("Gnassingbe, the African Union's mediator, said": a role noun in apposition to a person names an office, no act)
      if (cand.pattern.kind === 'n' && cand.end === cand.trigger + 1 && roleApposition(ctx, cand.trigger)) continue;
      // ("fired on protesters", "a toll including 21 protesters", "talks with protesters": the people named by a
      // protest are no protest where they are an object; "Protesters marched", "thousands of demonstrators" are)
      if (cand.pattern.code === '141' && cand.pattern.kind === 'n' && PROTESTERS.has(tok(ctx, cand.trigger).lower) && governedNoun(ctx, cand.trigger)) continue;
      // ("Serbian protesters blocked a bridge", "demonstrators stormed the parliament"): protesters who are the subject of a
      // protest act told by its verb are coded by that act, not once more by their name
      if (cand.pattern.code === '141' && cand.pattern.kind === 'n' && PROTESTERS.has(tok(ctx, cand.trigger).lower) && protestActAfter(ctx, cands, cand.trigger)) continue;
      // ("any attempt to detain him would be met by Serb police", "an attack would be met with force"): an attack or an attempt
      // that is met is answered, no meeting held
      if (cand.pattern.code.startsWith('04') && tok(ctx, cand.trigger).lemma === 'meet' && metAttempt(ctx, cand.trigger)) continue;
      // ("refugees returned to their homes", "pupils returned to school"): to return somewhere is to go back, no return or
      // release of persons or property (084 takes an object: "returned 20 children to Ukraine")
      if (cand.pattern.code === '084' && tok(ctx, cand.trigger).lemma === 'return' && ctx.doc.tokens[cand.trigger + 1]?.lower === 'to' && !BE_FORMS.has(ctx.doc.tokens[cand.trigger - 1]?.lower ?? '')) continue;
      // ("An Ethiopian Airlines jet crashed near Addis Ababa, killing all 157 people on board", "a ferry capsized, killing 40"):
      // deaths in an accident are no one's killing
      if (/^(18|19|20)/.test(cand.pattern.code) && accidentBefore(ctx, cand.trigger)) continue;
      // ("The Malian armed forces, known as FAMa, said": a participle inside an actor's name acts on nothing)
      // (nor a capitalised noun inside one: "the Popular Mobilization Forces", "the Economic Cooperation Organisation summit")
      if ((tok(ctx, cand.trigger).pos === 'VERB' || (cand.trigger > sent.tokenStart && isCapitalized(tok(ctx, cand.trigger).text))) && insideMention(ctx, cand.trigger)) continue;
      let att = inheritTarget(ctx, inheritSource(ctx, cand, attach(ctx, cand), previous), previous);
      // the specific reading found no actors: the plainer reading of the same verb may ("were killed by X")
      for (let f = 0; att.pairs.length === 0 && f < reading.fallbacks.length; f++) {
        cand = reading.fallbacks[f] as Candidate;
        att = inheritTarget(ctx, inheritSource(ctx, cand, attach(ctx, cand), previous), previous);
      }
      // "... struck southern Lebanon. The strikes killed three people": the attack told just before
      if (att.pairs.length === 0 && lastAttack && si - lastAttack.si <= 2) {
        const hurt = anaphoricAttack(ctx, reading.best);
        if (hurt) {
          cand = reading.best;
          const sources = sourcesOf(lastAttack.att);
          att = { cand, pairs: pairsOf(sources, hurt.length ? expand(ctx, hurt) : null, false), passive: false, how: 'attack-anaphora' };
        }
      }
      // "Israeli jets struck Doha. A Qatari officer was killed": victims told in the passive with no doer, of the attack
      // told just before (not its own side's: "Three Israeli soldiers were killed" after Israeli strikes)
      if (att.pairs.length === 0 && lastAttack && si - lastAttack.si <= 2) {
        const victims = passiveCasualty(ctx, reading.best);
        if (victims) {
          const sources = sourcesOf(lastAttack.att);
          const targets = victims.length ? expand(ctx, victims) : [];
          if (!targets.some((v) => sources.some((x) => countryOf(x.code) === countryOf(v.code)))) {
            cand = reading.best;
            att = { cand, pairs: pairsOf(sources, targets.length ? targets : null, false), passive: true, how: 'attack-casualty' };
          }
        }
      }
      // ("The TTP claimed responsibility for an attack that killed six soldiers": the claimer's attack)
      if (att.pairs.length === 0) {
        const claimed = claimedAttack(ctx, reading.best);
        if (claimed) {
          cand = reading.best;
          att = { cand, pairs: pairsOf(expand(ctx, claimed.sources), claimed.victims.length ? expand(ctx, claimed.victims) : null, false), passive: false, how: 'claimed-attack' };
        }
      }
      // ("A Kosovo police officer was shot dead on Sunday", "Three soldiers were killed near the border": with no attack told
      // just before, victims in the passive with no doer are of unidentified attackers — CAMEO's UAF, of no country; not in
      // a background clause: "the city where 100 people were killed")
      if (att.pairs.length === 0 && !backgroundClause(ctx, reading.best)) {
        const victims = passiveCasualty(ctx, reading.best);
        // ("The Turkish military said 12 PKK militants had been killed in northern Iraq": armed men of a group a state's forces
        // fight, told by those forces as killed with no doer named, were killed by them — a military's own tally)
        const teller = victims && victims.length ? militaryTeller(ctx, reading.best, ctx.doc.sentences[si]?.tokenStart ?? 0, ctx.doc.sentences[si]?.tokenEnd ?? 0) : -1;
        const foes = teller >= 0 ? expand(ctx, victims as number[]) : [];
        if (teller >= 0 && foes.length && foes.every((v) => /^[A-Z]{3}(REB|INS|CRM)$/.test(v.code))) {
          cand = reading.best;
          att = { cand, pairs: pairsOf(expand(ctx, [teller]), foes, false), passive: true, how: 'passive-told-by-forces' };
        }
        // (nor when the clause names a party after the verb: "killed in Mordor shelling" is Mordor's, told by its own rule)
        else if (victims && victims.length && !partyAfter(ctx, reading.best)) {
          cand = reading.best;
          att = { cand, pairs: pairsOf([unidentifiedParty(ctx, cand.trigger)], expand(ctx, victims), false), passive: true, how: 'passive-unidentified' };
        }
      }
      // "Japan said the launch violated UN resolutions": an act with no doer said to break a rule is an accusation
      // (also over a pronoun's antecedent: "Aoun condemned the strike and said it violated the truce" — "it" is the strike)
      if (att.pairs.length === 0 || /^(128|196)/.test(reading.best.pattern.code)) {
        const accused = reportedViolation(ctx, reading.best);
        if (accused) { att = accused; cand = accused.cand; }
      }
      // ("The strikes destroyed missile launchers in western Iran, Israel said": an attack named by a definite noun with no doer,
      // told by a state other than the one hit, is that state's own)
      if (att.how === 'unattributed' && attribution?.speaker?.code) att = speakersAttack(ctx, att, attribution.speaker.code);
      att = speakerTarget(ctx, att, attribution?.speaker?.code);
      if (cand.pattern.code === '128') { att = violatorAccused(ctx, att); cand = att.cand; }
      att = ownPeopleHeld(ctx, att);
      if (att.how === 'unattributed-hit' || att.how === 'unattributed') att = strikeOfAttack(ctx, att, lastAttack, si);
      if (att.pairs.length === 0) continue;
      if (cand.pattern.kind === 'n' && att.how === 'between' && backgroundAccord(ctx, cand)) continue;
      // ("Jordan and Kuwait welcomed the truce", "India and Iran hailed the agreement": those who react to an accord are no
      // parties to it — its parties are named in its own phrase, "the truce between Israel and Iran")
      if (cand.pattern.kind === 'n' && att.how.includes('subject') && reactionObject(ctx, cand.trigger)) continue;
      // ("Iran said it would respond to the Israeli threat.", "NATO must counter the Russian threat posed to its east"): a threat
      // named with nothing it threatens is a danger someone sees, not a threat made
      if (cand.pattern.code === '130' && cand.pattern.kind !== 'v' && perceivedThreat(ctx, cand.trigger)) continue;
      // "the minister returned to Kabul", "the Taliban returned to power": going back oneself is no giving back;
      // refugees and civilians going home are a return of people
      if (cand.pattern.code.startsWith('084') && ownReturn(ctx, cand.trigger) && !att.pairs.every((x) => RETURNING_PEOPLE.test(x.source.code))) continue;
      // "Russia demanded that Ukraine withdraw ... Ukraine rejected the demand": the maker of the demand referred to
      if (lastProposal && si - lastProposal.si <= 2 && lastProposal.att !== att && referredProposal(ctx, cand) && att.pairs.every((x) => x.target === null)) {
        att = aimedAtDoers(att, lastProposal.att, 'proposal');
      }
      // "Armenia accused Azerbaijan of shelling villages. Baku denied the claim": the accused answering the accusation
      // told within the two sentences before answers its makers
      if (lastAccusation && si - lastAccusation.si <= 2 && lastAccusation.att !== att && att.pairs.every((x) => x.target === null)
        && referredAccusation(ctx, cand) && accusedAnswers(att, lastAccusation.att)) {
        att = aimedAtDoers(att, lastAccusation.att, 'accusation');
      }
      // "Israel struck the ministry ... Syria condemned the strikes": the doer of the attack referred to, told
      // within the four sentences before (a reaction may come a paragraph later), else the one the article opens
      // with (its first two sentences: the story's attack, "Petro condemned the strike" paragraphs later); not its
      // victims ("denounced the attack on civilians")
      // (so is a show of force: "Taiwan condemned the exercises" after China's drills)
      // (the latest such act by another side: "China staged drills ... Taiwan sent forces to monitor them ...
      // Taiwan condemned the exercises")
      const referred = referredAttack(ctx, cand);
      if (referred) {
        // ("Hamas condemned the veto": the doer of the measure of that kind told before)
        // (a launch or test refers back to missiles fired, told as an attack or as a show of force)
        let acts = referred === 'attack' ? attacks : referred === 'force' ? forces.concat(attacks).sort((x, y) => x.si - y.si) : forces;
        if (referred === 'measure') {
          let kind: RegExp | undefined;
          for (let i = cand.trigger + 1; i < cand.trigger + 6 && !kind; i++) kind = MEASURE_NOUNS.get(tok(ctx, i).lemma);
          acts = kind ? measures.filter((m) => kind.test(m.code)) : [];
        }
        // ("Iran fired missiles at a base in Qatar in retaliation for U.S. strikes ... Qatar condemned the
        // strike": a state condemning "the strike" condemns the one told against itself, when one was, before
        // a later one against others)
        const own = new Set(att.pairs.map((x) => sideOf(x.source.code)));
        // ("Israel struck Sanaa ... the Houthis fired a missile at Israel ... Iran denounced the attack on Sanaa": the
        // attack on the country named after "on/against" when one was told)
        const victim = referred === 'attack' ? attackedCountry(ctx, cand) : null;
        if (victim) {
          const on = acts.filter((a) => a.att.pairs.some((x) => x.target && countryOf(x.target.code) === victim));
          if (on.length) acts = on;
        }
        let chosen: Attached | null = null;
        // (else, for an attack, the one the article opens with: a third party's "Russia and China condemned the attacks"
        // after the U.S. strikes and Iran's answer to them condemns the story's act, not the answer)
        for (let pass = 0; pass < 3 && !chosen; pass++) {
          if (pass === 1 && referred !== 'attack') continue;
          for (let k = acts.length - 1; k >= 0; k--) {
            const told = acts[k] as { att: Attached; si: number };
            if (si - told.si > 4 && told.si > 1) { if (pass === 2) continue; break; }
            if (told.att === att) continue;
            if (pass === 0 && !told.att.pairs.some((x) => x.target && own.has(sideOf(x.target.code)))) continue;
            if (pass === 1 && told.si > 1) continue;
            const aimed = aimedAtDoers(att, told.att, referred);
            if (aimed !== att) { chosen = aimed; break; }
          }
        }
        if (chosen) att = chosen;
      }
      // ("India struck nine sites in Pakistan ... Pakistan said it had intercepted most of the missiles": weapons brought down
      // with no owner named are those of the latest attack on the interceptor's side, within four sentences)
      if (att.pairs.length > 0 && att.pairs.every((x) => x.target === null) && INTERCEPTING.test(cand.pattern.id)) {
        const own = new Set(att.pairs.map((x) => sideOf(x.source.code)));
        for (let k = attacks.length - 1; k >= 0; k--) {
          const told = attacks[k] as { att: Attached; si: number };
          if (si - told.si > 4) break;
          if (!told.att.pairs.some((x) => x.target && own.has(sideOf(x.target.code)))) continue;
          const aimed = aimedAtDoers(att, told.att, 'attack');
          if (aimed !== att) { att = aimed; break; }
        }
      }
      if (att.pairs.every((x) => x.target === null) && answerThreat(ctx, cand)) {
        // ("would respond decisively to any attack from Eritrea", "would retaliate against any Ethiopian aggression": the
        // answer is aimed at the one whose attack it answers)
        const aggressor = aggressorAfter(ctx, cand);
        att = aggressor ? { ...att, pairs: att.pairs.map((x) => ({ source: x.source, target: aggressor })), how: `${att.how}+aggressor` } : answerAimed(att, previous, lastAttack, si);
      }
      // ("sent a formal request to India seeking Hasina's extradition"): an extradition asked for one's own national is asked
      // of the state the request went to
      // ("4,000 Mexicans deported from the United States", "migrants were expelled from Pakistan"): the state after "from" put
      // out the people the participle tells of
      if (cand.pattern.code.startsWith('174') && att.pairs.length > 0 && tok(ctx, cand.trigger).lower.endsWith('ed') && cand.trigger + 2 < ctx.doc.tokens.length
        && tok(ctx, cand.trigger + 1).lower === 'from' && att.pairs.every((x) => x.target !== null && x.target.mention === ctx.doc.actors[mentionAt(ctx, cand.trigger + 2)])) {
        att = { ...att, pairs: att.pairs.map((x) => ({ source: x.target as Party, target: x.source })), how: `${att.how}+from` };
      }
      if (cand.pattern.code === '0213' && att.pairs.length > 0 && att.pairs.every((x) => x.target !== null && countryOf(x.target.code) === countryOf(x.source.code))) {
        const asked = requestAddressee(ctx, cand, countryOf((att.pairs[0] as Pair).source.code));
        if (asked) att = { ...att, pairs: att.pairs.map((x) => ({ source: x.source, target: asked })), how: `${att.how}+addressee` };
      }
      // ("Israel announced it would annex parts of the West Bank. Jordan condemned the move", "Ethiopia inaugurated the
      // dam. Egypt condemned the inauguration": a reaction to an act named by a noun of acting refers back to the latest
      // act of another side told in its sentence or the one before)
      if (att.pairs.every((x) => x.target === null) && referredMove(ctx, cand)) {
        att = aimedAtLatest(att, doneActs, si, 'move', 2);
        // ("Israel approved 22 new settlements. Britain condemned the decision": an act no pattern codes is still the move
        // of who decided it, the subject of the sentence before)
        if (att.pairs.every((x) => x.target === null)) att = aimedAtDecider(ctx, att, si);
      }
      // ("India criticised the ban. Dhaka rejected the remarks."): a reaction to words named as such refers back to the latest
      // words of another side told in its sentence or the one before
      if (att.pairs.every((x) => x.target === null) && referredWords(ctx, cand)) att = aimedAtLatest(att, saidWords, si, 'words');
      // ("Syria and the SDF agreed to a truce. ... Barrack welcomed the truce": the parties of the latest agreement told in
      // the three sentences before — a truce is named again further on than a move is)
      if (att.pairs.every((x) => x.target === null) && referredAgreement(ctx, cand)) att = aimedAtLatest(att, agreedActs, si, 'agreement', 3);
      if (att.pairs.length > 0 && /^(01|02|10|11|12|13)/.test(cand.pattern.code)) saidWords.push({ att, si });
      // (acts only, not words about acts: "Britain imposed sanctions. Russia opposed the step. Rubio welcomed the decision")
      // (a recognition and a signing are acts: "Israel recognised Somaliland. Somalia condemned the move")
      if (att.pairs.length > 0 && (!/^(01|02|05|10|11|12)/.test(cand.pattern.code) || /^05[47]/.test(cand.pattern.code))) doneActs.push({ att, si });
      previous = att;
      // (only acts told as done: "Hezbollah denied firing the rockets. Aoun condemned the strike" is not about the rockets)
      // (the modality found here is the one the event is built with below: computed once)
      // (each class of the pattern's code tested once)
      const attack = ATTACK_CODE.test(cand.pattern.code);
      const force = FORCE_CODE.test(cand.pattern.code);
      const measure = MEASURE_CODE.test(cand.pattern.code);
      const agreed = att.pairs.length > 0 && AGREED_CODE.test(cand.pattern.code);
      const known = attack || force || measure || agreed ? modalityOf(ctx, cand) : undefined;
      const told = known?.modality === 'asserted';
      if (told && agreed) agreedActs.push({ att, si });
      // (not missiles or drones shot down with no one hit: "its units had shot down 14 missiles ... Turkey condemned
      // the attack" condemns the attack they were part of)
      if (told && attack && !interception(cand, att)) { lastAttack = { att, si }; attacks.push(lastAttack); }
      if (told && force) forces.push({ att, si });
      if (told && measure) measures.push({ att, si, code: cand.pattern.code });
      // (an order to someone is a demand too: "ordered the French ambassador to leave ... France rejected the demand")
      if (PROPOSING.test(cand.pattern.code) || (ctx.doc.tokens[cand.trigger] as Token).lemma === 'order') lastProposal = { att, si };
      if (cand.pattern.code.startsWith('11') && att.pairs.some((x) => x.target !== null)) lastAccusation = { att, si };
      // ("NATO ambassadors met in Brussels": a body's own meeting at a venue is no visit to the venue's country, nor a
      // meeting with anyone)
      if (cand.pattern.code === '044' && att.pairs.every((x) => x.source.code.startsWith('IGO') && x.target !== null && x.target.code.length === 3
        && x.target.code === placeOf(ctx, cand)?.country)) continue;
      // "French and Egyptian warships launched war games": drills held by two states together are military cooperation
      // ("President Lee ordered the military to halt the broadcasts": a state's order to its own forces or bodies is its own
      // command, no demand on another — what is ordered is coded as the addressee's act)
      if (cand.pattern.code.startsWith('10') && COMMANDING_WORDS.has(tok(ctx, cand.trigger).lemma) && att.pairs.every((x) => x.target !== null
        && countryPart(x.target.code) === countryPart(x.source.code) && countryPart(x.source.code) !== '' && STATE_SECTORS.has(x.target.code.slice(3, 6)))) continue;
      // ("left ECOWAS", "quit the ICC": leaving a body lowers relations with it; leaving a place or a state is a journey)
      if (cand.pattern.code === '160' && cand.pattern.kind === 'v' && LEAVING.has(tok(ctx, cand.trigger).lemma) && !att.pairs.every((x) => x.target !== null && x.target.code.startsWith('IGO'))) continue;
      const joint = jointDrills(ctx, cand, att);
      if (joint) att = joint;
      const charged = legalCharge(ctx, cand, att);
      if (charged) att = charged;
      const domestic = domesticObject(ctx, cand, att) ?? domesticAgent(cand, att) ?? ownPeopleAddressed(ctx, cand, att);
      if (domestic) att = domestic;
      const deployed = deployment(ctx, cand, att);
      const code = lookup(charged ? '173' : deployed !== null ? deployed : leftBody(ctx, cand, att) ? '160' : mediaMeasure(ctx, cand, att) ? '1721' : wordyAttack(ctx, cand, att) ? '111' : civilianAttack(ctx, cand, att) ? '180' : officialProtest(ctx, cand, att) ? '114' : forcesStorm(ctx, cand, att) || militaryStrike(ctx, cand, att) ? '190' : stateBombing(ctx, cand, att) || aerialFire(ctx, cand) ? '195' : welcomedGuest(ctx, cand) ? '043' : aidOperationsHalted(ctx, cand, att) ? '1623' : joint ? '062' : notSaidWhether(ctx, cand) ? '011' : wordyClash(ctx, cand, att) ? '111' : meetsAtHome(ctx, cand, att) ?? cand.pattern.code);
      if (!code) continue;
      // a plain statement is dropped when its sentence holds another asserted event (merge.ts): its
      // slots are kept (event ids count events) and it is built at the sentence's end only if it stays
      if (code.code === '010') {
        // (", diplomats say": unnamed speakers whose country is a guess state nothing of a state's)
        // (not "officials in both countries said": a place phrase after them tells whose)
        if (att.pairs.every((x) => guessedSpeaker(x.source.mention) && !placedSpeaker(ctx, x.source.mention))) continue;
        deferred.push(cand, att, events.length);
        for (let k = 0; k < att.pairs.length; k++) { events.push(null); dated.push(false); triggers.push(cand.trigger); }
        continue;
      }
      emit(ctx, out, sp, cand, att, code, -1, known);
    }
    if (deferred.length === 0) continue;
    if (!assertedOther(doc, events, triggers, first)) {
      for (let k = 0; k < deferred.length; k += 3) {
        const cand = deferred[k] as Candidate;
        emit(ctx, out, sp, cand, deferred[k + 1] as Attached, lookup(cand.pattern.code) as CodeEntry, deferred[k + 2] as number);
      }
    }
    deferred.length = 0;
  }
  if (meta.work) meta.work.checks += ctx.work.checks;
  releaseContext(ctx);
  const keep = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) if (events[i] !== null) keep[i] = 1;
  dropProtestDemands(doc, events, triggers, keep);
  dropAgreedMeasures(doc, events, triggers, keep);
  dropSubsumed(events, keep);
  dropKillEchoes(events, keep);
  dropBombingEchoes(events, keep);
  dropOwnPlaceEchoes(events, keep);
  dropUntargetedEchoes(events, keep);
  // the kept events, and their flags
  const kept: CodedEvent[] = [];
  const keptDated: boolean[] = [];
  for (let i = 0; i < events.length; i++) if (keep[i] === 1) { kept.push(events[i] as CodedEvent); keptDated.push(dated[i] as boolean); }
  return mergeDated(kept, keptDated);
}

/** Statements that are events only with an addressee or a subject talked about: said, declined to comment (a warning or
 * hope voiced, 012/013, is a stance of its own even unaddressed). */
const BARE_STATEMENTS = new Set(['010', '011']);

function bareStatement(e: Event): boolean {
  return e.modality === 'asserted' && e.target === null && BARE_STATEMENTS.has(e.cameo);
}

/**
 * The events without the unaddressed statements of sentences that code nothing else ("Chinese officials said.", "The ICC
 * declined to comment.", "MSF said thousands had arrived in Tawila."): a statement with no one it is addressed to or
 * about tells that someone spoke, not what passed between two parties, so it is no dyadic event. Kept: a statement about
 * someone (010 X→Y), and one beside events of its sentence that are not asserted ("X said Y might attack" stays X's
 * statement, the attack only imagined). `codeEvents` returns them all; the engine's coder (`brink code`, `eval`) applies
 * this by default, while the article analyzer keeps them: the story layer builds claims from statements' attributions.
 */
export function addressedEvents(events: Event[]): Event[] {
  if (!events.some(bareStatement)) return events;
  const others = new Set<string>();
  for (const e of events) if (!bareStatement(e)) others.add(`${e.docId}\u0000${e.sentence}`);
  return events.filter((e) => !bareStatement(e) || others.has(`${e.docId}\u0000${e.sentence}`));
}

export { loadPatternDir, parsePatterns, indexPatterns } from './patterns.js';
export type { Pattern, PatternSet } from './patterns.js';

/** Heads of a source that speaks for no party: commentators on events, not actors in them. */
const ONLOOKERS = new Set(['analysts', 'analyst', 'experts', 'expert', 'observers', 'observer', 'commentators', 'scholars', 'researchers', 'pundits', 'economists', 'strategists']);

/** Modals of mere possibility. */
const MIGHT = new Set(['could', 'might', 'may']);

/** "could (well / still / not) <trigger>": a modal of possibility governs the trigger, at most two words between. */
/**
 * "Rubio warned that Washington could impose sanctions on Brazil": the act after "might"/"could"/"may" is the
 * complement of a verb of warning whose clause it is (its subject and "that" between): a warning of what one may do.
 */
function warnedMight(ctx: DocContext, trigger: number): boolean {
  const m = mightAt(ctx, trigger);
  if (m < 1) return false;
  const sentence = (ctx.doc.tokens[m] as Token).sentence;
  let k = m - 1;
  for (let n = 0; n < 8 && k >= 0; n++, k--) {
    const t = ctx.doc.tokens[k] as Token;
    if (t.sentence !== sentence || !(mentionAt(ctx, k) >= 0 || SUBJECT_POS.has(t.pos) || t.text === "'s" || t.text === '’s')) break;
  }
  if (k === m - 1) return false;
  if (k >= 0 && (ctx.doc.tokens[k] as Token).lower === 'that') k--;
  const v = k >= 0 ? ctx.doc.tokens[k] as Token : undefined;
  return !!v && v.sentence === sentence && v.pos === 'VERB' && v.lemma === 'warn';
}
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);

function mightBefore(ctx: DocContext, trigger: number): boolean {
  return mightAt(ctx, trigger) >= 0;
}

/** The token index of the modal of possibility governing the trigger ("could (well / still / not) <trigger>"), or -1. */
function mightAt(ctx: DocContext, trigger: number): number {
  for (let k = trigger - 1; k >= trigger - 3 && k >= 0; k--) {
    const t = ctx.doc.tokens[k] as Token;
    if (MIGHT.has(t.lower)) return k;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'be' && t.lower !== 'have') return -1;
  }
  return -1;
}
