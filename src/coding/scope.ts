/**
 * Which events a sentence's attribution cue reports. A sentence has one cue ("officials said", "according to
 * X"), found by attribution.ts; these tests decide, per event, whether the cue's clause covers the event's
 * trigger (contrasts, coordinated clauses with subjects of their own, relative clauses, a second speaker) — the
 * scope of the cue, read from token positions and tags since no parse is available.
 */
import type { ActorMention, Attribution } from '../domain/types.js';
import type { DocContext } from './context.js';
import type { Candidate } from './match.js';
import { REPORTING } from './attach.js';
import { appositionComma, mentionAt, tok } from './tokens.js';
import { formClass, sentenceHas } from './lexicon.js';

const CONTRAST = new Set(['while', 'whereas', 'but', 'though', 'although', ';']);
const F_CONTRAST = formClass(CONTRAST);


/**
 * "Thailand accused Cambodia of firing rockets, while Phnom Penh said Thai jets had bombed its territory":
 * the sentence's attribution cue and the event lie on two sides of a contrast ("while", "whereas", "but",
 * ";"); the cue reports the other clause, not this event — unless it closes the sentence.
 */
export function acrossContrast(ctx: DocContext, a: Attribution, cand: Candidate): boolean {
  if (!a.evidence) return false;
  const trig = tok(ctx, cand.trigger);
  // ("The UN accused X of killings, and the ICC said it was collecting evidence": a cue opening a clause of its
  // own after ", and" reports that clause, not the one before)
  if (trig.end <= a.evidence.start && ownClauseCue(ctx, cand, a.evidence.start)) return true;
  // ("Britain expelled Russia's attaché and said it would close a property": a verb of saying coordinated after the
  // trigger's predicate reports what follows it, not that predicate)
  if (trig.end <= a.evidence.start && coordinatedCueAfter(ctx, cand, a.evidence.start)) return true;
  // ("Egypt warned that the strike could derail the talks, and the Arab League called a summit": a clause of its own
  // after ", and", with a named subject and a past verb, is no part of what the cue before it reports)
  if (trig.start >= a.evidence.end && ownClauseAfterCue(ctx, cand, a.evidence.end)) return true;
  // ("JNIM announced the blockade in September and has since attacked dozens of tankers": a predicate coordinated
  // after a verb of saying whose object is a noun phrase is the subject's own act, not something reported)
  if (trig.start >= a.evidence.end && predicateAfterNounCue(ctx, cand, a.evidence.start)) return true;
  // ("Pakistan carried out air strikes in Kabul, which Islamabad said targeted militant leaders": a cue inside a
  // relative clause set off by a comma after the trigger reports that clause only)
  if (trig.end <= a.evidence.start && cueInRelativeAfter(ctx, cand, a.evidence.start)) return true;
  // ("Beijing announced it would build a reserve, a move the Philippines rejected": an apposition's own relative
  // clause after the cue is no part of what the cue reports)
  if (trig.start >= a.evidence.end) {
    const comma = appositionComma(ctx, cand.trigger, 0);
    if (comma >= 0 && tok(ctx, comma).start >= a.evidence.end) return true;
  }
  if (!sentenceHas(ctx, cand.sentence, F_CONTRAST)) return false;
  const [from, to] = trig.end <= a.evidence.start ? [trig.end, a.evidence.start] : [a.evidence.end, trig.start];
  if (from >= to) return false;
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return false;
  let contrast = false;
  let after = 0;
  let opener = '';
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tok(ctx, i);
    if (t.start >= from && t.start < to && CONTRAST.has(t.lower)) contrast = true;
    if (t.start === a.evidence.start) opener = t.lower;
    if (t.start >= a.evidence.end) after++;
  }
  // (a cue closing the sentence, ", officials said." or "according to X ...", reports all of it)
  return contrast && !(trig.end <= a.evidence.start && (after <= 4 || opener === 'according' || opener === 'citing'));
}

/** The cue at offset `cue` is the verb of a clause opened by ", and <subject>" after the trigger (the subject at most six words, no verb). */
function ownClauseCue(ctx: DocContext, cand: Candidate, cue: number): boolean {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return false;
  let v = -1;
  for (let i = cand.end; i < s.tokenEnd; i++) if (tok(ctx, i).start === cue) { v = i; break; }
  if (v < 0) return false;
  for (let j = v - 1; j > cand.end && j >= v - 8; j--) {
    const t = tok(ctx, j);
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if ((t.lower === 'and' || t.lower === 'but') && tok(ctx, j - 1).text === ',') return j + 1 < v;
  }
  return false;
}

/**
 * The trigger is a verb coordinated by "and" (auxiliaries and adverbs between) after the cue at offset `cue`, a
 * verb whose object is a noun phrase: no finite verb stands between the cue and the "and".
 */
function predicateAfterNounCue(ctx: DocContext, cand: Candidate, cue: number): boolean {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s || tok(ctx, cand.trigger).pos !== 'VERB') return false;
  // (a participle after a comma hangs on the finite verb before the comma: "... and has since attacked tankers,
  // setting many on fire")
  let trigger = cand.trigger;
  // (across other participles of the same series: ", setting many on fire and kidnapping drivers")
  let comma = trigger - 1;
  if (tok(ctx, trigger).lower.endsWith('ing')) {
    while (comma > s.tokenStart && tok(ctx, comma).text !== ',' && !(tok(ctx, comma).pos === 'VERB' && !tok(ctx, comma).lower.endsWith('ing')) && tok(ctx, comma).pos !== 'AUX') comma--;
  }
  if (tok(ctx, trigger).lower.endsWith('ing') && comma > s.tokenStart && tok(ctx, comma).text === ',') {
    let f = comma - 1;
    while (f > s.tokenStart && !(tok(ctx, f).pos === 'VERB' && !tok(ctx, f).lower.endsWith('ing')) && tok(ctx, f).text !== ',') f--;
    if (tok(ctx, f).pos !== 'VERB') return false;
    trigger = f;
  }
  let v = -1;
  for (let i = s.tokenStart; i < trigger; i++) if (tok(ctx, i).start === cue) { v = i; break; }
  if (v < 0 || tok(ctx, v).pos !== 'VERB' || v + 1 >= trigger || !NP_OPENERS.has(tok(ctx, v + 1).pos)) return false;
  let j = trigger - 1;
  // (adverbs between: "and has since attacked")
  while (j > v && (tok(ctx, j).pos === 'ADV' || tok(ctx, j).pos === 'AUX' || tok(ctx, j).lower === 'since')) j--;
  if (j <= v + 1 || tok(ctx, j).lower !== 'and' || tok(ctx, j - 1).text === ',') return false;
  for (let k = v + 1; k < j; k++) {
    const t = tok(ctx, k);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.lower === 'that' || t.text === ',') return false;
  }
  return true;
}

const NP_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);

/** The cue at offset `cue` lies in a ", which/who ..." relative clause opened after the trigger's pattern. */
function cueInRelativeAfter(ctx: DocContext, cand: Candidate, cue: number): boolean {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return false;
  for (let i = cand.end; i < s.tokenEnd && tok(ctx, i).start < cue; i++) {
    if (tok(ctx, i).text === ',' && i + 1 < s.tokenEnd && RELATIVE_AFTER_COMMA.has(tok(ctx, i + 1).lower)) {
      // (the relative clause reaches the cue: no comma closes it before)
      for (let j = i + 2; j < s.tokenEnd && tok(ctx, j).start < cue; j++) if (tok(ctx, j).text === ',') return false;
      return true;
    }
  }
  return false;
}

const RELATIVE_AFTER_COMMA = new Set(['which', 'who', 'whom', 'whose']);

/**
 * The cue at offset `cue` is a verb right after "and" (adverbs between) that follows the trigger's own finite
 * predicate: no verb of saying and no clause opener stands between the trigger and the "and".
 */
function coordinatedCueAfter(ctx: DocContext, cand: Candidate, cue: number): boolean {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return false;
  const trig = tok(ctx, cand.trigger);
  if (trig.pos !== 'VERB' || trig.lower.endsWith('ing')) return false;
  let v = -1;
  for (let i = cand.end; i < s.tokenEnd; i++) if (tok(ctx, i).start === cue) { v = i; break; }
  if (v < 0 || tok(ctx, v).pos !== 'VERB') return false;
  let j = v - 1;
  while (j > cand.end && tok(ctx, j).pos === 'ADV') j--;
  if (tok(ctx, j).lower !== 'and') return false;
  for (let k = cand.end; k < j; k++) {
    const t = tok(ctx, k);
    if (t.text === ';' || t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !t.lower.endsWith('ed'))) return false;
  }
  return true;
}

/** Tags of a subject noun phrase between ", and" and its verb. */
const SUBJECT_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * The trigger, a past verb after offset `cueEnd`, opens its clause after ", and <subject>" or ", but <subject>" (a
 * noun phrase naming an actor, at most six words, no verb), with the comma after the cue.
 */
function ownClauseAfterCue(ctx: DocContext, cand: Candidate, cueEnd: number): boolean {
  const v = tok(ctx, cand.trigger);
  if (v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing')) return false;
  let actor = false;
  for (let j = cand.trigger - 1; j > 1 && j >= cand.trigger - 7; j--) {
    const t = tok(ctx, j);
    if (t.start < cueEnd) return false;
    if ((t.lower === 'and' || t.lower === 'but') && tok(ctx, j - 1).text === ',') return actor && j + 1 < cand.trigger && tok(ctx, j - 1).start >= cueEnd;
    if (!SUBJECT_NP.has(t.pos)) return false;
    if (mentionAt(ctx, j) >= 0) actor = true;
  }
  return false;
}

/**
 * "India said it struck nine sites, and Pakistan said it shot down five jets": a second verb of saying after the
 * sentence's cue, with an actor subject right before it, reports what follows it — the trigger after it has that
 * speaker. Null when none stands between the cue and the trigger.
 */
export function laterSpeaker(ctx: DocContext, cand: Candidate, a: Attribution): Attribution | null {
  if (!a.evidence || !a.speaker) return null;
  const trig = tok(ctx, cand.trigger);
  if (trig.start <= a.evidence.end) return null;
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return null;
  let found: Attribution | null = null;
  for (let i = s.tokenStart + 1; i < cand.trigger; i++) {
    const t = tok(ctx, i);
    if (t.start < a.evidence.end || t.pos !== 'VERB' || !REPORTING.has(t.lemma) || t.lower.endsWith('ing')) continue;
    const mi = mentionAt(ctx, i - 1);
    const m = mi >= 0 ? ctx.doc.actors[mi] as ActorMention : null;
    if (!m || m.kind === 'media' || m.name === a.speaker.name) continue;
    found = { speaker: { name: m.name, code: m.code }, named: true, chain: [m.name], evidence: { start: t.start, end: t.end } };
  }
  return found;
}

/** A mention followed by "in"/"from"/"of" (a phrase telling where the people are from). */
export function placedSpeaker(ctx: DocContext, m: ActorMention): boolean {
  const mi = ctx.doc.actors.indexOf(m);
  const end = mi >= 0 ? (ctx.mentionTokens[mi] as [number, number])[1] : -1;
  const t = end >= 0 ? ctx.doc.tokens[end] : undefined;
  return !!t && (t.lower === 'in' || t.lower === 'from' || t.lower === 'of');
}
