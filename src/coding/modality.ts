/**
 * Refiner 3 — modality. Runs after attachment (needs the clause) and before merging (an asserted
 * and a hypothetical mention of the same event must not merge into one asserted event).
 * Cues are looked for in the trigger's clause, left of the trigger (a few right-side cues too):
 * - question: the sentence ends with "?" or the clause opens with "whether";
 * - negated: "not/n't/never/no/neither" shortly before the trigger, "denied that", "no ... were fired";
 * - speculative also: the content of an allegation, accusation or demanded admission ("accused Y of
 *   shelling Z", "an admission that Y killed Z"): somebody's claim, not what the text asserts; and
 *   what somebody is investigated, arrested or charged for ("arrested for collaborating with Y");
 * - hypothetical: "if", "unless", "in case", "would", "could", "might", "should", "potentially";
 * - speculative: "likely", "may", "possibly", "perhaps", "appears to", "seems", "suggests",
 *   "it is likely that", "raises questions about whether", "reportedly" is NOT speculative;
 * - future-intent: "will", "shall", "plans to", "is set to", "vowed to", "intends to", "to"+verb
 *   complements ("agreed to withdraw": the withdrawal is intended, the agreement asserted);
 *   an attempt is no intention: CAMEO codes "tried to hack", "attempted to seize" as the act, asserted;
 * - negated also: an action declared "out of the question" ("lifting the ban is out of the question"),
 *   or named as refused ("the refusal of Y to recognize", "Y's failure to withdraw");
 * - hypothetical also: an option weighed ("is considering sending aid", "the possibility of sending").
 * CAMEO 03x "express intent" patterns are statements that happened: "X said it will cooperate" is
 * coded by a 03x pattern ("pledge", "promise", "offer", "agree to") as ASSERTED; a future "will" wrapped
 * around any other code keeps the code and becomes future-intent.
 */
import type { Modality, Token } from '../domain/types.js';
import { MEDIATING, POSSESSIVE_DET, type DocContext } from './context.js';
import { insideTime, type Candidate } from './match.js';
import { formClass, lemmaClass, lexicon, sentenceHas } from './lexicon.js';
import { timeStartingBefore } from './when.js';
import { BE_FORMS, INTENT_NOUNS, TIME_LIMIT, appealConjunctOf, appealingVerb, appositiveRelative, mentionAt, pastRelativeRunsTo, plainVerbAt, rangeTo, roughCount } from './tokens.js';

const NEG = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const HYPO = new Set(['if', 'unless', 'would', 'could', 'might', 'should', 'must', 'potentially', 'hypothetically', 'whether']);
// ("stopped going to sea for fear of being hit by U.S. missiles", "fears a new offensive"): what is feared has not happened
const SPEC_WORDS = new Set(['likely', 'may', 'possibly', 'perhaps', 'probably', 'allegedly', 'unlikely', 'suspected', 'seemingly', 'apparently',
  'fear', 'fears', 'feared', 'afraid']);
const SPEC_VERBS = new Set(['appear', 'seem', 'suggest', 'speculate', 'believe', 'suspect']);
const FUT = new Set(['will', "'ll", 'shall']);
/** Adjectives of how hard something is to do ("harder to negotiate"): their infinitive is nobody's intent. */
/** "unlikely to accept", "likely to attack": how probable the act is, a guess. */
const LIKELY = new Set(['likely', 'unlikely']);
const TOUGH_ADJ = new Set(['hard', 'harder', 'hardest', 'difficult', 'easy', 'easier', 'impossible', 'tough', 'tougher', 'tricky', 'unlikely', 'likely', 'possible', 'simple', 'complicated']);

/** Verbs that let or make someone else act: the act after them is the object's, not the subject's. */
/** Past participles of compulsion: "was forced to", "were compelled to". */
const COMPELLED = new Set(['forced', 'compelled', 'obliged', 'obligated', 'made']);
/** Words before "had to" that make it no past obligation met ("could have had to", "may have had to", "to have had to"). */
const MODAL_WORDS = new Set(['would', 'could', 'might', 'may', 'must', 'should', 'will', 'shall', 'to']);

const CAUSATIVE = new Set(['let', 'allow', 'permit', 'enable', 'help', 'make', 'force', 'compel', 'oblige']);

// ('slat': wink's lemma of "slated")
const FUT_VERBS = new Set(['schedule', 'slate', 'slat', 'plan', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'seek', 'want', 'aim', 'hope', 'prepare', 'expect', 'call', 'urge', 'ask', 'demand', 'agree', 'offer', 'refuse', 'decline', 'need', 'have', 'wish', 'propose', 'push', 'press', 'pressure', 'persuade', 'convince', 'encourage', 'force', 'allow', 'order', 'warn', 'swear']);
const DENY = new Set(['deny', 'reject', 'dismiss', 'refute']);
const ALLEGE = new Set(['allege', 'allegation', 'accuse', 'accusation', 'admission', 'charge', 'claim', 'suspicion', 'rumour', 'rumor', 'suspect']);

const tok = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;

/** Small word and tag lists tested in the scans (module-level: no array literal built per test). */
const AHEAD_NP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);
const GERUND_PRE = new Set(['having', 'ever', 'any']);
const AND_BUT_WHILE = new Set(['and', 'but', 'while']);
const REDUCED_NP = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PART', 'CCONJ']);
const ACCUSED_HEAD = new Set(['NOUN', 'PROPN', 'ADJ']);
const ACCUSED_NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const DENIED = new Set(['that', 'claims', 'reports']);
/** Nouns of a charge whose "that" clause a denial denies ("denied a report that ...", "denied the allegation that ..."). */
const DENIED_THAT = new Set(['claim', 'report', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions', 'rumours', 'rumors']);

/** The token at `j` is what a denial denies: "that", "claims", "reports", or a noun of a charge before "that". */
function deniedAt(ctx: DocContext, j: number): boolean {
  const l = tok(ctx, j).lower;
  return DENIED.has(l) || (DENIED_THAT.has(l) && j + 1 < ctx.doc.tokens.length && tok(ctx, j + 1).lower === 'that');
}
/** Words opening the subject of a denied clause with no "that": the denier's own side. */
const DENIED_SUBJECTS = new Set(['its', 'their', 'our', 'they', 'we', 'it']);
/** A part in an act, denied: "denied any involvement in the attack". */
const DENIED_PART = new Set(['involvement', 'connection', 'connections', 'role', 'link', 'links', 'responsibility', 'complicity', 'part', 'hand']);

/** A verb of denying before the noun at `i`, across a determiner or adjective or two ("denied any direct"). */
function deniedBefore(ctx: DocContext, i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && j >= i - 3; j--) {
    const t = tok(ctx, j);
    if (t.pos === 'VERB') return DENY.has(t.lemma);
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && !POSSESSIVE_DET.has(t.lower)) return false;
  }
  return false;
}
const AT_TO = new Set(['at', 'to']);
const NOT_NEVER = new Set(['not', "n't", 'never']);

/** Tokens [from, to) are prepositions and the words of a noun phrase ("in the", "with the U.S."). */
function phraseOnly(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = tok(ctx, k).pos;
    if (p !== 'ADP' && !PREMOD.has(p)) return false;
  }
  return true;
}

/** "no" before the noun at `i`, across an adjective ("no role", "no direct part"). */
function noneBefore(ctx: DocContext, i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && j >= i - 2; j--) {
    const t = tok(ctx, j);
    if (t.lower === 'no') return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** The sets the clause scans test per token, as word classes (lexicon.ts). */
const F_NEG = formClass(NEG);
const F_HYPO = formClass(HYPO);
const F_SPEC_WORDS = formClass(SPEC_WORDS);
const F_FUT = formClass(FUT);
const L_SPEC_VERBS = lemmaClass(SPEC_VERBS);
const L_DENY = lemmaClass(DENY);
const L_ALLEGE = lemmaClass(ALLEGE);

/** Verbs and nouns of wanting something done: what follows "demanded that" has not happened. */
const DESIRE = new Set(['demand', 'urge', 'ask', 'request', 'propose', 'recommend', 'order', 'want', 'appeal', 'plead']);
/** Verbs whose object is turned down: "rejected an offer to host talks" asserts no talks, no offer to code. */
const REJECT_V = new Set(['reject', 'dismiss', 'rebuff', 'spurn', 'oppose', 'veto', 'decline']);
/** A verb of denying or rejecting in the clause from `lo` to `at`. */
function denialBefore(ctx: DocContext, lo: number, at: number): boolean {
  for (let k = at - 1; k >= lo; k--) if (tok(ctx, k).pos === 'VERB' && DENYING.has(tok(ctx, k).lemma)) return true;
  return false;
}
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff']);
/** The modality a noun of intent with a possessor gives the verb of its infinitive at `trigger` ("Seoul's offer to provide"), or null. */
function ownedIntent(ctx: DocContext, trigger: number): { modality: Modality; cue: string } | null {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || trigger < 4 || tok(ctx, trigger - 1).lower !== 'to') return null;
  const n = tok(ctx, trigger - 2);
  const kind = n.pos === 'NOUN' ? INTENT_NOUNS.get(n.lemma) : undefined;
  if (!kind || n.sentence !== t.sentence) return null;
  const p = tok(ctx, trigger - 3).lower;
  if (p !== "'s" && p !== '’s') return null;
  // ("The council endorsed Trump's plan to end the war", "rejected Kyiv's offer to talk"): an intent some other act is
  // about is referred to, no intent stated now — its cue keeps an article, as no statement of intent has
  let k = trigger - 4;
  while (k > 0 && k >= trigger - 8 && (tok(ctx, k).pos === 'PROPN' || tok(ctx, k).pos === 'NOUN' || tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'DET') && tok(ctx, k).sentence === t.sentence) k--;
  const v = tok(ctx, k);
  const referred = k >= 0 && k < trigger - 3 && v.sentence === t.sentence && v.pos === 'VERB' && v.lemma !== 'be' && v.lemma !== 'have';
  return { modality: kind, cue: referred ? `the ${n.text} to` : `${n.text} to` };
}
/** Participles of an act's outcome: what the whole act drew or caused ("..., drawing a rebuke", "..., prompting protests"). */
const RESULT_ING = new Set(['draw', 'prompt', 'spark', 'trigger', 'cause', 'provoke', 'fuel', 'earn', 'anger', 'infuriate', 'irk', 'invite', 'attract']);

const SAYING_ING = new Set(['saying', 'adding', 'insisting', 'claiming', 'arguing', 'stressing', 'noting', 'asserting']);
/** Verbs that stop their object from happening: "blocked the sanctions package", "thwarted an attack on Y". */
const STOP_V = new Set(['block', 'thwart', 'torpedo', 'scuttle', 'derail', 'foil', 'withhold', 'abjure', 'renounce', 'forswear']);
/** Verbs of ceasing: what they govern stops or does not happen ("agreed to stop all firing and military action",
 * "halted air and ground operations", "postponed Saturday's demonstration"). */
const CEASE_V = new Set(['stop', 'halt', 'cease', 'suspend', 'pause', 'freeze', 'postpone', 'cancel', 'delay', 'abandon', 'end']);

/**
 * The modality a meeting's own first predicate gives it ("Talks between X and Y will take place on Sunday", "the summit is
 * due to be held in Doha": ahead; "The talks ..., scheduled for Sunday, were postponed", "will not take place": called off),
 * with its cue; null when the predicate says neither. Asides set off by commas are skipped.
 */
function meetingPredicate(ctx: DocContext, from: number, end: number): { modality: Modality; cue: string } | null {
  let aside = false;
  // (a perfect's "have" read past: "have been postponed")
  let perfect = false;
  for (let k = from; k < end && k < from + 14; k++) {
    const t = tok(ctx, k);
    if (t.text === ',') { aside = !aside; continue; }
    if (t.text === ';') return null;
    if (aside) continue;
    if (BE_FORMS.has(t.lower) || t.lower === 'been' || t.lower === 'got') {
      if (!perfect && BE_FORMS.has(t.lower) && k + 2 < end && SCHEDULED_ADJ.has(tok(ctx, k + 1).lower) && tok(ctx, k + 2).lower === 'to') return meetingAhead(ctx, t, k + 3, end);
      let v = k + 1;
      while (v < end && tok(ctx, v).pos === 'ADV') v++;
      // (a form of "be" ending the sentence: nothing after it)
      if (v >= end) return null;
      const p = tok(ctx, v);
      if (p.pos === 'VERB' && (CEASE_V.has(p.lemma) || p.lemma === 'scrap' || (p.lemma === 'call' && v + 1 < end && tok(ctx, v + 1).lower === 'off'))) return { modality: 'negated', cue: `${t.text} ${p.text}` };
      if (t.lower !== 'been' && tok(ctx, k + 1).lower !== 'been') return null;
      continue;
    }
    // ("Talks in Muscat will not take place on Sunday", "the meeting would not go ahead"): a meeting said not to happen
    if ((t.lower === 'will' || t.lower === 'would' || t.lower === 'wo' || t.lower === 'did' || t.lower === 'does') && k + 2 < end
      && (tok(ctx, k + 1).lower === 'not' || tok(ctx, k + 1).lower === "n't")) {
      const v = tok(ctx, k + 2);
      const n = k + 3 < end ? tok(ctx, k + 3).lower : '';
      if ((v.lemma === 'take' && n === 'place') || (v.lemma === 'go' && n === 'ahead') || v.lemma === 'happen' || v.lemma === 'proceed' || v.lemma === 'resume') return { modality: 'negated', cue: `${t.text} not ${v.text}` };
      return null;
    }
    if (!perfect && (t.lower === 'will' || t.lower === "'ll")) return meetingAhead(ctx, t, k + 1, end);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (t.lower === 'has' || t.lower === 'have' || t.lower === 'had') { perfect = true; continue; }
      return null;
    }
  }
  return null;
}

/** The verb at `v` makes a meeting happen ("take place", "be held", "begin", "open", "convene"): future, cued by `aux` and it. */
function meetingAhead(ctx: DocContext, aux: Token, v: number, end: number): { modality: Modality; cue: string } | null {
  if (v >= end) return null;
  const w = tok(ctx, v);
  const n = v + 1 < end ? tok(ctx, v + 1) : null;
  return (w.lemma === 'take' && n?.lower === 'place') || (w.lemma === 'be' && n?.lower === 'held') || w.lemma === 'begin' || w.lemma === 'start' || w.lemma === 'open' || w.lemma === 'resume' || w.lemma === 'convene'
    ? { modality: 'future-intent', cue: `${aux.text} ${w.text}` } : null;
}

const SCHEDULED_ADJ = new Set(['due', 'set', 'scheduled', 'expected', 'slated', 'planned']);

/** Words that single out the one who did something first or alone ("the first country to", "the only state to"). */
const ORDINAL_ONES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'only', 'sole']);

/**
 * The governor at `g` of an infinitive ends "the first/only/latest (...) N" after a past or present form of "be" or
 * "become" told as fact ("became the first EU country", "is the only member"), no modal or "to" before it.
 */
function firstToDo(ctx: DocContext, lo: number, g: number): boolean {
  let k = g;
  let ordinal = false;
  // ("the only country": wink tags "only" an adverb there)
  while (k >= lo && (tok(ctx, k).pos === 'ADJ' || tok(ctx, k).pos === 'NOUN' || tok(ctx, k).pos === 'PROPN' || tok(ctx, k).pos === 'NUM' || ORDINAL_ONES.has(tok(ctx, k).lower))) {
    if (ORDINAL_ONES.has(tok(ctx, k).lower)) ordinal = true;
    k--;
  }
  if (!ordinal || k < lo || tok(ctx, k).pos !== 'DET') return false;
  const v = k - 1;
  if (v < lo || !(tok(ctx, v).lemma === 'be' || tok(ctx, v).lemma === 'become') || tok(ctx, v).lower === 'be' || tok(ctx, v).lower === 'become') return false;
  const before = v - 1 >= lo ? tok(ctx, v - 1).lower : '';
  return !MODAL_WORDS.has(before) && before !== 'not';
}

/** Verbs of rehearsing: their object is played out in an exercise, not done. */
const SIMULATE_V = new Set(['practise', 'practice', 'simulate', 'rehearse', 'stage-manage']);
/** The comma opening a relative clause (", who/which ...") that the comma at `close` ends, or -1. */
function commaRelativeOpen(ctx: DocContext, lo: number, close: number): number {
  for (let j = close - 1; j > lo; j--) {
    const t = tok(ctx, j);
    if (t.text !== ',') continue;
    return RELATIVE.has(tok(ctx, j + 1).lower) ? j : -1;
  }
  return -1;
}

/** Material conflict (CAMEO 14–20): what a ban or a halt can stop. */
const MATERIAL_CONFLICT = /^(1[4-9]|20)/;
/** Nouns of banning or ceasing, and the prepositions that take what is banned ("a ban on strikes", "an end to attacks"). */
const BAN_N = new Set(['ban', 'moratorium', 'halt', 'end', 'pause', 'freeze', 'suspension', 'cessation', 'prohibition']);
const BAN_P = new Set(['on', 'to', 'of', 'in']);
/** Tags inside a noun phrase before its head. */
const PREMOD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Relative pronouns: a relative clause states its own fact ("will release X, whom they had taken hostage"). */
const RELATIVE = new Set(['who', 'whom', 'which', 'whose']);
const PURPOSE = new Set(['aimed', 'aiming', 'designed', 'intended', 'meant']);

const PRONOUN_SUBJ = new Set(['they', 'he', 'she', 'we', 'it', 'officials', 'police']);

/**
 * The relative clause at `from` ended before `to`: a main verb between them ("the men who were
 * abducted will ...") — but a relative opened after a comma runs to the next comma ("four men, who they
 * allege were tortured and killed by Y": "killed" is still in it).
 */
function verbBetween(ctx: DocContext, from: number, to: number): boolean {
  const commaOpened = from > 0 && tok(ctx, from - 1).text === ',';
  let verb = false;
  for (let j = from + 1; j < to; j++) {
    const t = tok(ctx, j);
    if (t.text === ',') return true;
    if (t.pos === 'VERB') verb = true;
  }
  return verb && !commaOpened;
}

/** The allegation noun or verb at `i` introduces the trigger: "accused Y of", "an admission by Y that". */
function allegedContent(ctx: DocContext, i: number, trigger: number): boolean {
  for (let j = i + 1; j < trigger && j <= i + 5; j++) {
    const t = tok(ctx, j);
    // (and "charged with calling for the overthrow of the government")
    if (t.lower === 'that' || t.lower === 'of' || (t.lower === 'with' && tok(ctx, i).lemma === 'charge' && tok(ctx, j + 1).lower.endsWith('ing'))) return !coordinatedFinite(ctx, j + 1, trigger) && !presupposedIn(ctx, j + 1, trigger);
    // a relative's gap for subject: "three herders, whom they allege were beaten and shot by Y"
    if (j === i + 1 && t.pos === 'AUX' && tok(ctx, i).pos === 'VERB' && i > 0 && PRONOUN_SUBJ.has(tok(ctx, i - 1).lower)
      && i > 1 && RELATIVE.has(tok(ctx, i - 2).lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}

/** Verbs of charging someone with an act ("accused Y of ..."). */
const ACCUSING = new Set(['accuse', 'blame', 'charge', 'allege']);

/**
 * An -ing participle set off by a comma right after the act a charge names ("accused Y of attacking the base, killing
 * several soldiers"): the charge's verb before the comma, its "of" or "that" opening the charged act, no other verb of the
 * accuser's own between.
 */
function chargedResult(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (!t.lower.endsWith('ing') || trigger < 2 || tok(ctx, trigger - 1).text !== ',') return false;
  const s = ctx.doc.sentences[t.sentence];
  const lo = s ? s.tokenStart : 0;
  for (let i = trigger - 2; i >= lo && i >= trigger - 25; i--) {
    const w = tok(ctx, i);
    if (w.text === ',' || w.text === ';') return false;
    if (w.pos === 'VERB' && ACCUSING.has(w.lemma)) return allegedContent(ctx, i, trigger - 1);
  }
  return false;
}

/**
 * "accused Y of violating a ceasefire brokered by Moscow", "blamed the group, which had mediated the conflict": a
 * participle with its agent after a noun, or a relative clause set off by a comma, tells a fact the accusation
 * takes for granted, not part of what is alleged.
 */
function presupposedIn(ctx: DocContext, from: number, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && tok(ctx, trigger - 1).pos === 'NOUN' && tok(ctx, trigger + 1)?.lower === 'by') return true;
  for (let k = from; k < trigger; k++) if (tok(ctx, k).text === ',' && RELATIVE.has(tok(ctx, k + 1).lower)) return true;
  return false;
}

/** Parts of speech opening a subject after ", and" (not a gerund continuing a list of acts). */
const NEW_SUBJECT = new Set(['DET', 'PROPN', 'PRON', 'NUM']);

/** "accused Y of violating the truce and resumed strikes": an "and" + finite verb before the trigger,
 * or as the trigger ("... and called on Z to"), starts a predicate of the accuser's own, outside what is alleged. */
function coordinatedFinite(ctx: DocContext, from: number, trigger: number): boolean {
  let infinitive = false;
  for (let j = from; j < trigger; j++) {
    const t = tok(ctx, j);
    if (t.lower === 'to' && t.pos === 'PART') infinitive = true;
    // (", and the ICC said it was collecting evidence": after ", and" a noun phrase opens a clause of its own)
    if ((t.lower === 'and' || t.lower === 'but') && j > from && tok(ctx, j - 1).text === ',' && NEW_SUBJECT.has(tok(ctx, j + 1).pos)) return true;
    if (t.lower !== 'and') continue;
    const v = tok(ctx, j + 1);
    // (a past form like the base — "and cut ties", "and put" — unless it continues an infinitive: "plotting to attack and kill")
    // (not two verbs sharing one object: "allegations that soldiers detained and killed villagers")
    if (v.pos === 'VERB' && !v.lower.endsWith('ing') && (v.lower !== v.lemma || !infinitive) && !(j > from && plainVerbAt(ctx, j - 1))) return true;
    // ("opposes the sale and would take resolute countermeasures": a modal opening a second predicate)
    if (v.pos === 'AUX' && MODAL_WORDS.has(v.lower) && v.lower !== 'to') return true;
  }
  return false;
}

/** Investigations, arrests and charges: what somebody is held "for" is suspected, not established
 * ("arrested for collaborating with Y", "under investigation for her role in rioting"). */
/** The sentence passed for it ("sentenced him to death for backing M23", "jailed for spying for China"): as verbs only —
 * "long sentences for his articles about the purge" name what was written about, a fact. */
const HELD_FOR_VERB_ONLY = new Set(['sentence', 'convict', 'jail', 'imprison']);
const HELD_FOR = new Set(['investigate', 'investigation', 'probe', 'inquiry', 'arrest', 'detain', 'detention', 'charge', 'indict', 'indictment', 'prosecute', 'prosecution', 'question', 'questioning',
  ...HELD_FOR_VERB_ONLY]);

/** The investigation or arrest word at `i` is "for"/"over" the trigger, inside one clause. */
function heldFor(ctx: DocContext, i: number, trigger: number): boolean {
  for (let j = i + 1; j < trigger && j <= i + 10; j++) {
    const t = tok(ctx, j);
    // ("questioned for hours and detained": a time held, then another act done, is no reason for holding)
    if (t.lower === 'for' || t.lower === 'over') return !durationAt(ctx, j + 1) && !afterAnd(ctx, trigger);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.lower === 'and') return false;
  }
  return false;
}

/** Units of a length of time ("for hours", "for two days"). */
const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);

/** A length of time opens at token `from`: a count or modifiers, then a unit ("hours", "more than two weeks"). */
function durationAt(ctx: DocContext, from: number): boolean {
  const n = ctx.doc.tokens.length;
  for (let k = from; k < n && k <= from + 4; k++) {
    const t = tok(ctx, k);
    if (TIME_UNITS.has(t.lower)) return true;
    if (!(t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'than')) return false;
  }
  return false;
}

/** The trigger is a finite verb or participle right after "and" (adverbs between): an act of its own, not a gerund inside a phrase. */
function afterAnd(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  let k = trigger - 1;
  while (k > 0 && tok(ctx, k).pos === 'ADV') k--;
  return tok(ctx, k).lower === 'and';
}

/** Adjectives whose infinitive happened: "was quick to condemn", "swift to respond". */
const DONE_ADJ = new Set(['quick', 'swift', 'fast', 'slow']);
/** Nouns of a limit or chance set for someone to act ("a deadline for Y to agree"). */
const DEADLINE_N = new Set(['deadline', 'ultimatum', 'time', 'chance', 'opportunity', 'window', 'days', 'hours', 'weeks', 'until']);

/** The infinitive's subject ending at `g` follows "for" after a noun of deadline or chance ("a deadline for Ukraine to"). */
function deadlineFor(ctx: DocContext, lo: number, g: number): boolean {
  for (let k = g - 1; k > lo && k >= g - 5; k--) {
    const t = tok(ctx, k);
    if (t.lower === 'for') return DEADLINE_N.has(tok(ctx, k - 1).lower);
    if (t.pos === 'VERB' || t.type === 'punctuation') return false;
  }
  return false;
}

/** Adjectives of feeling before an infinitive of telling ("proud to announce", "sorry to report"). */
const FEELING_ADJ = new Set(['proud', 'pleased', 'happy', 'glad', 'delighted', 'honoured', 'honored', 'thrilled', 'sad', 'saddened', 'sorry', 'excited', 'relieved']);
/** Verbs of telling that a speaker performs by uttering them ("I am pleased to announce ..."). */
const PERFORMED_SAYING = new Set(['announce', 'say', 'report', 'confirm', 'inform', 'tell', 'share', 'state', 'declare']);

/** Modifiers of an event noun that has not happened yet. */
const COMMITTING = new Set(['commit', 'commits', 'committed', 'commitment', 'commitments', 'pledged', 'pledge', 'pledges', 'dedicated', 'forward']);
const PROSPECTIVE = new Set(['planned', 'proposed', 'scheduled', 'upcoming', 'forthcoming', 'expected', 'possible', 'potential', 'prospective', 'intended', 'imminent', 'impending', 'future', 'would-be']);

/** Verbs that deny their gerund ("denied attacking"), keep somebody from it ("prevented Y from
 * entering", "refrained from firing") or warn against it ("warned Y against attacking"). */
/** Verbs of owning up to an act ("acknowledged deploying troops"). */
const ADMIT = new Set(['acknowledge', 'admit', 'confirm']);
/** A halt denied ("would not stop", "never ceased": NOT_NEVER before it) keeps its gerund's act going. */
const HALT_V = new Set(['stop', 'cease', 'quit']);
/** The verb at `v` is a halt denied right before it ("would not stop", "never ceased"). */
function haltDenied(ctx: DocContext, v: number, lo: number): boolean {
  return HALT_V.has(tok(ctx, v).lemma) && v - 1 >= lo && NOT_NEVER.has(tok(ctx, v - 1).lower);
}
const DENY_GERUND = new Set(['deny', 'avoid', 'refuse', 'reject', 'rule', 'stop', 'quit', 'cease']);
const KEEP_FROM = new Set(['prevent', 'stop', 'bar', 'ban', 'block', 'deter', 'dissuade', 'refrain', 'abstain', 'desist', 'keep', 'restrain', 'discourage', 'prohibit', 'forbid']);
const WARN_AGAINST = new Set(['warn', 'caution', 'advise', 'urge', 'counsel']);

/** Verbs of weighing an option: "is considering sending aid", "explored imposing a ban" (not decided). */
const CONSIDER = new Set(['consider', 'contemplate', 'mull', 'weigh', 'explore', 'discuss', 'debate', 'study']);
/** Nouns of an option weighed: "the possibility of sending troops". */
const OPTION_N = new Set(['possibility', 'option', 'idea', 'prospect', 'feasibility']);
/** Words of a capacity: "capable of launching attacks" states what one could do, not what was done. */
const CAPABLE = new Set(['capable', 'incapable', 'capability', 'capabilities', 'capacity', 'means']);
/** Nouns of not doing: "the refusal of Y to recognize", "Y's failure to withdraw". */
const REFUSAL_N = new Set(['refusal', 'failure', 'reluctance', 'unwillingness', 'inability']);

/** Verbs of asking somebody to act: "urged Y to ...", "ordered Y to ..." (not "forced", "allowed":
 * those report what Y did or could do). */
const ASK_TO = new Set(['ask', 'urge', 'warn', 'caution', 'beg', 'want', 'order', 'press', 'encourage', 'call', 'appeal', 'request', 'invite', 'tell', 'advise', 'pressure', 'push', 'implore', 'exhort', 'instruct', 'direct', 'command', 'challenge', 'persuade',
  // (what a deal or a law requires of a party is owed, not done: "the ceasefire required Hezbollah to withdraw")
  'require', 'oblige', 'obligate']);
/** Nouns of pressing or asking somebody to act ("pressure on Y to ...", "calls on Y to ..."). */
const PRESSING_N = new Set(['pressure', 'call', 'appeal', 'demand', 'plea', 'request', 'ultimatum', 'order', 'calls', 'appeals', 'demands', 'pleas',
  'requests', 'orders']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'ADP', 'CCONJ']);
/** Giving a time limit: "gave Y 48 hours to ..." (with a TIME_LIMIT word between). */
const GIVE_TIME = new Set(['give', 'grant', 'allow']);

/** Verbs whose object is something wanted, with or without "for": "demand the release of". */
const DEMAND_V = new Set(['demand', 'seek']);
const ASK_FOR = new Set(['call', 'press', 'push', 'ask', 'appeal', 'plead', 'clamor', 'clamour']);
/** Words that open a new clause: a cue left of them does not reach the trigger. */
const CLAUSE_OPEN = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'yet']);

const F_CLAUSE_OPEN = formClass(CLAUSE_OPEN);
/** Temporal subordinators; wink tags them ADP even when a clause follows ("after Trump announced that ..."). */
const F_TEMPORAL = formClass(['after', 'since', 'once', 'when', 'until', 'before', 'while']);
const F_RELATIVE = formClass(RELATIVE);
const F_PURPOSE = formClass(PURPOSE);
const L_DESIRE = lemmaClass(DESIRE);
const L_REJECT_V = lemmaClass(REJECT_V);
const L_HELD_FOR = lemmaClass(HELD_FOR);
const L_DEMAND_V = lemmaClass(DEMAND_V);
const L_ASK_FOR = lemmaClass(ASK_FOR);

/** "demanded that", "demanded on Friday that", "urged today that": the complementizer after a verb
 * of wanting, past a short time phrase. */
function thatAfter(ctx: DocContext, i: number, trigger: number): boolean {
  for (let j = i + 1; j < trigger && j <= i + 4; j++) {
    const t = tok(ctx, j);
    if (t.lower === 'that') return true;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADV' || t.pos === 'NUM' || t.lower === 'on') || ctx.actorAt[j] !== -1) return false;
  }
  return false;
}

/** "the eve of", "ahead of", "the run-up to", "in preparation for", "prior to" an event noun (its
 * determiners and modifiers between): the event is still to come. */
function aheadOf(ctx: DocContext, lo: number, trigger: number): string | null {
  const trig = tok(ctx, trigger);
  // (an adjective opening a noun pattern too: "ahead of Russian military exercises")
  if (trig.pos !== 'NOUN' && trig.pos !== 'PROPN' && trig.pos !== 'ADJ') return null;
  let j = trigger - 1;
  // (names joined by hyphens count as one: "Russian-Belarusian")
  for (let n = 0; j >= lo && n < 3 && (AHEAD_NP.has(tok(ctx, j).pos) || tok(ctx, j).text === '-') && tok(ctx, j).lower !== 'eve'; j--) if (tok(ctx, j).text !== '-' && tok(ctx, j + 1).text !== '-') n++;
  if (j - 1 < lo) return null;
  const p = tok(ctx, j).lower;
  const pp = tok(ctx, j - 1).lower;
  if (p === 'of' && (pp === 'eve' || pp === 'ahead')) return `${pp} of`;
  if (p === 'to' && (pp === 'run-up' || pp === 'prior' || pp === 'up')) return `${pp} to`;
  return null;
}

/**
 * Cues that rule over a whole complement whatever lies between them and the trigger:
 * "demanded that Y cancel plans to sell arms" (the sale is wanted, not stated: hypothetical), and
 * the object of a rejection, "rejected a Y offer to host a summit", "dismissed an appeal to lay
 * down arms", "rejected calls for aid" (negated). A finite verb trigger ("rejected the plan and
 * attacked") is a predicate of its own, not part of the object.
 */
function scopedCue(ctx: DocContext, lo: number, trigger: number, code = ''): { modality: Modality; cue: string } | null {
  const trig = tok(ctx, trigger);
  const prevLower = trigger > lo ? tok(ctx, trigger - 1).lower : '';
  const finiteVerb = trig.pos === 'VERB' && prevLower !== 'to' && !trig.lower.endsWith('ing');
  // an event noun or gerund announced ahead: "a planned visit", "the proposed talks", "possible strikes"
  if (trigger > lo && PROSPECTIVE.has(prevLower)) return { modality: 'future-intent', cue: tok(ctx, trigger - 1).text };
  // a gerund promised: "committed to withdrawing its troops", "pledged to lifting", "its commitment to ending"
  if (trig.lower.endsWith('ing') && prevLower === 'to' && trigger - 2 >= lo && COMMITTING.has(tok(ctx, trigger - 2).lower)) {
    return { modality: 'future-intent', cue: `${tok(ctx, trigger - 2).text} to` };
  }
  // an event that something happens before: "on the eve of a visit by Y", "ahead of talks", "in the run-up to the summit"
  const ahead = aheadOf(ctx, lo, trigger);
  if (ahead) return { modality: 'future-intent', cue: ahead };
  // a gerund governed by denial, warning or prevention: "denied attacking", "warned Y against
  // attacking", "stopped short of imposing", "prevented Y from entering", "refrained from firing"
  if (trig.lower.endsWith('ing') || prevLower === 'having') {
    let j = trigger - 1;
    if (j >= lo && GERUND_PRE.has(tok(ctx, j).lower)) j--;
    const p = j >= lo ? tok(ctx, j) : null;
    // ("would not stop attacking Israel", "never ceased firing": a halt denied keeps the act going — no negation of it)
    if (p && DENY_GERUND.has(p.lemma) && p.pos === 'VERB' && !haltDenied(ctx, j, lo)) return { modality: 'negated', cue: p.text };
    // ("a rebel commander gave up fighting and surrendered"): an act given up is no longer done
    if (p && p.lower === 'up' && j - 1 >= lo && tok(ctx, j - 1).lemma === 'give' && !haltDenied(ctx, j - 1, lo)) return { modality: 'negated', cue: `${tok(ctx, j - 1).text} up` };
    // ("denied arming and fighting alongside M23", "denied training the rebels or funding them": a gerund joined to a denied one)
    if (p && (p.lower === 'and' || p.lower === 'or')) {
      for (let k = j - 1; k > lo && k >= j - 7; k--) {
        const g = tok(ctx, k);
        if (g.text === ',' || g.text === ';') break;
        if (!g.lower.endsWith('ing')) continue;
        let d = k - 1;
        if (d >= lo && GERUND_PRE.has(tok(ctx, d).lower)) d--;
        const dv = d >= lo ? tok(ctx, d) : null;
        if (dv && DENY_GERUND.has(dv.lemma) && dv.pos === 'VERB') return { modality: 'negated', cue: dv.text };
      }
    }
    // an option weighed: "is considering sending aid", "explored the possibility of imposing"
    if (p && CONSIDER.has(p.lemma) && p.pos === 'VERB') return { modality: 'hypothetical', cue: p.text };
    if (p && p.lower === 'of' && j - 1 >= lo && OPTION_N.has(tok(ctx, j - 1).lemma)) return { modality: 'hypothetical', cue: `${tok(ctx, j - 1).text} of` };
    if (p && p.lower === 'of' && j - 1 >= lo && tok(ctx, j - 1).lower === 'short') return { modality: 'negated', cue: 'short of' };
    // a capacity: "hackers capable of launching attacks", "the capability of striking the capital"
    if (p && p.lower === 'of' && j - 1 >= lo && CAPABLE.has(tok(ctx, j - 1).lower)) return { modality: 'hypothetical', cue: `${tok(ctx, j - 1).text} of` };
    if (p && p.lower === 'from' && j - 1 >= lo) {
      // (through a hyphened modifier too: "prohibited Swedish-flagged vessels from entering")
      for (let i = j - 1, n = 0; i >= lo && n < 8; i--, n++) {
        const t = tok(ctx, i);
        if (KEEP_FROM.has(t.lemma) && t.pos === 'VERB') return { modality: 'negated', cue: `${t.text} from` };
        if (!NP_POS.has(t.pos) && t.text !== '-' && !(t.pos === 'VERB' && i - 1 >= lo && tok(ctx, i - 1).text === '-')) break;
      }
    }
    if (p && p.lower === 'against' && j - 1 >= lo) {
      for (let i = j - 1, n = 0; i >= lo && n < 6; i--, n++) {
        const t = tok(ctx, i);
        if (WARN_AGAINST.has(t.lemma) && t.pos === 'VERB') return { modality: 'hypothetical', cue: `${t.text} against` };
        if (!NP_POS.has(t.pos)) break;
      }
    }
  }
  // "urged/asked/ordered Y to withdraw": the withdrawal is wanted of Y, not done — and so is a noun
  // in the infinitive's own phrase ("urged Y to return to negotiations")
  let inf = prevLower === 'to' && trig.pos === 'VERB' ? trigger : -1;
  // (a split infinitive: "called on all parties to immediately cease fighting")
  if (inf < 0 && trig.pos === 'VERB' && trigger - 2 > lo && tok(ctx, trigger - 1).pos === 'ADV' && tok(ctx, trigger - 2).lower === 'to') inf = trigger - 1;
  if (inf < 0 && trig.pos === 'NOUN') {
    for (let i = trigger - 1, n = 0; i > lo && n < 5; i--, n++) {
      const t = tok(ctx, i);
      if (t.pos === 'VERB') { if (tok(ctx, i - 1).lower === 'to' && tok(ctx, i - 1).pos === 'PART') inf = i; break; }
      if (!NP_POS.has(t.pos)) break;
    }
  }
  if (inf >= 0) {
    let span = false;
    for (let i = inf - 2, n = 0; i >= lo && n < 7; i--, n++) {
      const t = tok(ctx, i);
      // ("called for his Kurdistan Workers Party (PKK) to disarm": an acronym or aside in brackets is passed over)
      if (t.text === ')') {
        let k = i - 1;
        while (k > lo && k > i - 6 && tok(ctx, k).text !== '(' && tok(ctx, k).text !== ')') k--;
        if (tok(ctx, k).text === '(' && k > lo) { i = k; n--; continue; }
      }
      if (ASK_TO.has(t.lemma) && t.pos === 'VERB') return n > 0 ? { modality: 'hypothetical', cue: `${t.text} ... to` } : null;
      // ("urged Trump to put more pressure on Putin to end the war", "renewed calls on Hamas to disarm"): a noun of pressing
      // or asking, with whom it presses after it, wants the act too
      if ((PRESSING_N.has(t.lemma) || PRESSING_N.has(t.lower)) && t.pos === 'NOUN' && n > 0 && tok(ctx, i + 1).pos === 'ADP') return { modality: 'hypothetical', cue: `${t.text} ${tok(ctx, i + 1).text} ... to` };
      // "gave Y 10 days to withdraw", "granted Y until Friday to leave": a time limit set for an act wants it done
      if (span && GIVE_TIME.has(t.lemma) && t.pos === 'VERB') return { modality: 'hypothetical', cue: `${t.text} ... to` };
      if (TIME_LIMIT.has(t.lower)) span = true;
      // "the refusal of Y to recognize", "Y's failure to withdraw": not done
      if (REFUSAL_N.has(t.lemma) && t.pos === 'NOUN') return { modality: 'negated', cue: `${t.text} to` };
      if (!NP_POS.has(t.pos)) break;
    }
  }
  let plain = true; // no comma, auxiliary or finite verb between the cue and the trigger
  let comma = false;
  const lex = lexicon(ctx);
  for (let i = trigger - 1; i >= lo; i--) {
    const t = tok(ctx, i);
    const fb = lex.form[i] as number;
    const lb = lex.lemma[i] as number;
    // a condition runs to its comma: "unless the king resigns first" (neither is asserted)
    if (!comma && (t.lower === 'if' || t.lower === 'unless') && !afterConditionClause(ctx, i, trigger)) {
      // the condition's own predicate ("if Y attacked", "unless Y withdraws") is no threat by Y
      let k = i + 1;
      while (k < trigger && (NP_POS.has(tok(ctx, k).pos) || tok(ctx, k).pos === 'AUX' || tok(ctx, k).pos === 'ADV')) k++;
      // (and so is an event noun in it: "if the rebels resumed attacks on shipping")
      const own = trig.pos === 'VERB' ? k === trigger : trig.pos === 'NOUN';
      return { modality: 'hypothetical', cue: own ? `${t.text}-clause` : t.text };
    }
    // what is to happen "before"/"until" somebody acts, in the base form: "before they demobilize"
    if (!comma && (t.lower === 'before' || t.lower === 'until') && trig.pos === 'VERB' && trig.lower === trig.lemma && i + 1 < trigger && tok(ctx, i + 1).pos !== 'VERB') return { modality: 'hypothetical', cue: t.text };
    // (and in the past tense after a main clause of what would or will happen: "no deal would be signed until Trump and
    // Putin met")
    if (!comma && t.lower === 'until' && trig.pos === 'VERB' && i + 1 < trigger && tok(ctx, i + 1).pos !== 'VERB' && futureBeforeUntil(ctx, i)) return { modality: 'hypothetical', cue: t.text };
    if (t.text === ',') comma = true;
    if ((fb & F_CLAUSE_OPEN) !== 0 || (t.text === ',' && i + 1 < trigger && AND_BUT_WHILE.has(tok(ctx, i + 1).lower))) return null;
    if ((lb & L_DESIRE) !== 0 && (t.pos === 'VERB' || t.pos === 'NOUN') && thatAfter(ctx, i, trigger)) return { modality: 'hypothetical', cue: `${t.text} that` };
    // ("declined an invitation to meet Y"; not "declined to resign", a refusal of one's own act, told as such)
    // ("Hanoi opposed China's military drills", "condemned and rejected Russia's annexation": what is rejected or opposed,
    // named with its doer, was done — the rejection is no denial of it; not a demand, appeal or proposal: "rejected
    // Beijing's demand" tells the rejection, the one event of its sentence, and the demand stays marked, not counted)
    if ((lb & L_REJECT_V) !== 0 && t.pos === 'VERB' && plain && !finiteVerb && trigger - i <= 12 && !coordinatedFinite(ctx, i + 1, trigger)
      && !(t.lemma === 'decline' && tok(ctx, i + 1).lower === 'to')) {
      // (the head noun of a two-word trigger: "China's military drills")
      const head = trig.pos === 'ADJ' && tok(ctx, trigger + 1).pos === 'NOUN' ? trigger + 1 : trigger;
      return { modality: !/^(?:02|03|10)/.test(code) && presupposedAct(ctx, head) ? 'asserted' : 'negated', cue: t.text };
    }
    // the head of the object noun phrase of a verb of stopping ("blocked new sanctions", not "blocked roads demanding ...")
    if (STOP_V.has(t.lemma) && t.pos === 'VERB' && trigger - i <= 6 && trig.pos !== 'VERB' && premodifiersOnly(ctx, i + 1, trigger)) return { modality: 'negated', cue: t.text };
    // (and a participle modifying that object: "blocked an EU statement condemning Israel")
    if (STOP_V.has(t.lemma) && t.pos === 'VERB' && trigger - i <= 7 && trig.pos === 'VERB' && trig.lower.endsWith('ing') && i + 1 < trigger
      && tok(ctx, trigger - 1).pos === 'NOUN' && objectListOnly(ctx, i + 1, trigger)) return { modality: 'negated', cue: t.text };
    // a noun in the (coordinated) object of a verb of ceasing: "stop all firing and military action"
    if (CEASE_V.has(t.lemma) && t.pos === 'VERB' && trigger - i <= 8 && trig.pos !== 'VERB' && objectListOnly(ctx, i + 1, trigger)) return { modality: 'negated', cue: t.text };
    // ... and of a noun of banning or ceasing: "a ban on strikes against energy facilities", "a moratorium on attacks",
    // "an end to the shelling"
    if (BAN_N.has(t.lemma) && t.pos === 'NOUN' && trig.pos === 'NOUN' && MATERIAL_CONFLICT.test(code) && i + 1 < trigger && BAN_P.has(tok(ctx, i + 1).lower) && trigger - i <= 6
      && objectListOnly(ctx, i + 2, trigger)) return { modality: 'negated', cue: `${t.text} ${tok(ctx, i + 1).text}` };
    // what drills rehearse: "staged drills practising a blockade of ports and strikes on energy facilities"
    if (SIMULATE_V.has(t.lemma) && t.pos === 'VERB' && trigger - i <= 10 && trig.pos === 'NOUN' && objectListOnly(ctx, i + 1, trigger, true)) return { modality: 'hypothetical', cue: t.text };
    // the thing offered or put forward: "proposed a 30-day truce", "offered a ceasefire" (not yet made)
    if (PROPOSE_V.has(t.lemma) && t.pos === 'VERB' && trigger - i <= 8 && trig.pos === 'NOUN' && premodifiersOnly(ctx, i + 1, trigger)) return { modality: 'hypothetical', cue: t.text };
    // the thing demanded: "to demand the return of property", "calling for the release of prisoners"
    const asksFor = (lb & L_DEMAND_V) !== 0 || ((lb & L_ASK_FOR) !== 0 && i + 1 < trigger && tok(ctx, i + 1).lower === 'for');
    if (asksFor && t.pos === 'VERB' && plain && !finiteVerb && trigger - i <= 8) return { modality: 'hypothetical', cue: t.text };
    if (t.text === ',' || t.pos === 'AUX' || (t.pos === 'VERB' && !(i > lo && tok(ctx, i - 1).lower === 'to') && !t.lower.endsWith('ing') && !t.lower.endsWith('ed'))) plain = false;
  }
  return null;
}

/** An actor is named in [from, to) (the doer of the act noun at `to`: "Wang Yi's visit"). */
function ownedAct(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (mentionAt(ctx, k) >= 0) return true;
  return false;
}

function premodifiersOnly(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(ctx, k);
    // ("a two-month ceasefire": the hyphen of a compound modifier; "a two- to three-day truce": a range)
    if (!PREMOD.has(t.pos) && t.text !== "'s" && t.text !== '’s' && !(t.text === '-' && k > from && k + 1 < to) && !rangeTo(ctx.doc.tokens, k)) return false;
  }
  return true;
}

/** A finite verb in the past tense in [lo, to) ("agreed", "said"), with no "will"/"would" after it. */
function pastVerbBefore(ctx: DocContext, lo: number, to: number): boolean {
  let past = false;
  for (let k = lo; k < to; k++) {
    const t = tok(ctx, k);
    if (t.lower === 'will' || t.lower === 'would' || t.lower === "'ll") past = false;
    else if (t.pos === 'VERB' && t.lower !== t.lemma && t.lower.endsWith('ed') && !(k > lo && tok(ctx, k - 1).pos === 'AUX')) past = true;
  }
  return past;
}

/** Participles doubting who someone is ("gunmen believed to be ADF rebels"). */
const DOUBTING = new Set(['believed', 'suspected', 'thought', 'alleged', 'presumed', 'understood', 'reported', 'said']);

/**
 * "Gunmen believed to be ADF rebels killed 40 villagers", "Jihadists suspected of links to al-Qaeda attacked a post": a
 * participle of doubt right after the subject's noun, opening "to be ..." or "of ...", doubts who did it, not that it was
 * done — when the trigger is the clause's own finite verb after that phrase.
 */
function doubtedIdentity(ctx: DocContext, i: number, trigger: number): boolean {
  const t = tok(ctx, i);
  if (!DOUBTING.has(t.lower) || i === 0 || trigger <= i + 2) return false;
  const prev = tok(ctx, i - 1);
  const next = tok(ctx, i + 1).lower;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || (next !== 'to' && next !== 'of')) return false;
  const v = tok(ctx, trigger);
  if (v.pos !== 'VERB' || v.lower.endsWith('ing')) return false;
  for (let k = i + 1; k < trigger; k++) {
    const w = tok(ctx, k);
    if ((w.pos === 'VERB' || w.pos === 'AUX') && w.lemma !== 'be' && w.lemma !== 'have') return false;
    if (w.type === 'punctuation' && w.text !== '-') return false;
  }
  return true;
}

/** Auxiliaries of a clause that judges its gerund subject ("would be unlawful", "is counterproductive"). */
const JUDGING_AUX = new Set(['would', 'will', 'could', 'might', 'may', 'is', 'was', 'are', "'s"]);
/** Words of an object between a gerund and its clause's auxiliary ("triggering the snapback", "attacking Iran's sites"). */
const GERUND_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ']);

/**
 * The gerund at `trigger` opens its clause (the sentence, or after "that" or a verb of saying) and has an object before
 * the clause's auxiliary, which a judgement follows ("triggering the snapback would be unlawful", "attacking Iran is a
 * mistake"): its cue, else null. Not a gerund with no object ("fighting was continuing") nor a noun's ("the shelling of").
 */
function judgedGerund(ctx: DocContext, trigger: number): string | null {
  const t = tok(ctx, trigger);
  if (!t.lower.endsWith('ing') || t.lower.length < 6) return null;
  const s = ctx.doc.sentences[t.sentence];
  if (!s) return null;
  const prev = trigger > s.tokenStart ? tok(ctx, trigger - 1) : null;
  if (prev && prev.lower !== 'that' && !(prev.pos === 'VERB' && REPORTING.has(prev.lemma))) return null;
  const next = trigger + 1 < s.tokenEnd ? tok(ctx, trigger + 1) : null;
  if (!next || next.lower === 'of' || !GERUND_OBJECT.has(next.pos)) return null;
  for (let k = trigger + 1; k < s.tokenEnd && k <= trigger + 8; k++) {
    const w = tok(ctx, k);
    if (JUDGING_AUX.has(w.lower) && (w.pos === 'AUX' || w.pos === 'VERB') && k > trigger + 1) {
      const after = k + 1 < s.tokenEnd ? tok(ctx, k + 1) : null;
      if (after && (after.lower === 'be' || after.pos === 'ADJ' || after.pos === 'DET' || after.lower === 'not')) return `${t.text} ... ${w.text}`;
      return null;
    }
    if (!GERUND_OBJECT.has(w.pos) && w.text !== "'s" && w.text !== '’s') return null;
  }
  return null;
}

/** The adjective at `i` modifies a noun phrase that a finite verb after it, the trigger or before it, has for subject. */
function subjectModifier(ctx: DocContext, i: number, trigger: number): boolean {
  // (wink may tag the participle a verb: "residents said suspected Boko Haram fighters killed" — after a verb of saying,
  // "that" or a clause's start, not after a subject of its own: "police suspected militants attacked")
  const prev = i > 0 ? tok(ctx, i - 1) : null;
  const opensNp = !prev || prev.sentence !== tok(ctx, i).sentence || prev.lower === 'that' || prev.pos === 'PUNCT' || (prev.pos === 'VERB' && REPORTING.has(prev.lemma));
  if (tok(ctx, i).pos !== 'ADJ' && !((tok(ctx, i).lower === 'suspected' || tok(ctx, i).lower === 'alleged') && opensNp)) return false;
  let k = i + 1;
  while (k < trigger && (tok(ctx, k).pos === 'PROPN' || tok(ctx, k).pos === 'NOUN' || tok(ctx, k).pos === 'ADJ')) k++;
  if (k === i + 1 || k > trigger) return false;
  const v = tok(ctx, k);
  return (v.pos === 'VERB' || v.pos === 'AUX') && !v.lower.endsWith('ing') && (k === trigger || v.pos === 'AUX');
}

/** Only a (coordinated) noun phrase in [from, to): premodifiers, nouns, "and"/"or", commas. */
function objectListOnly(ctx: DocContext, from: number, to: number, ofPhrases = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tok(ctx, k);
    // (with "of" phrases inside its members, when asked: "a blockade of key ports and strikes on ...")
    if (ofPhrases && t.lower === 'of') continue;
    // ("paused its military action": a possessive determiner opens the object too)
    if (!PREMOD.has(t.pos) && t.pos !== 'NOUN' && t.lower !== 'and' && t.lower !== 'or' && t.text !== ',' && !POSSESSIVE_DET.has(t.lower)) return false;
  }
  return true;
}

/** Words opening a time clause or phrase whose act is told as done: "after meeting X", "following talks with Y". */
const TIME_GERUND_OPENERS = new Set(['after', 'following', 'since']);

/** Only determiners, adjectives and numbers in [from, to) ("after two days of talks" has "of": no). */
function premodifiersBetween(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const p = tok(ctx, k).pos; if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') return false; }
  return true;
}

/** The tagger's negation flag does not hold: it comes from a word inside a name ("Doctors Without Borders
 * flew medicine in") — the nearest negation word left of the trigger is part of an actor mention — or it
 * runs on into a past-tense clause after "while/when/after/since..." that has its own modality. */
function negatedByName(ctx: DocContext, lo: number, trigger: number): boolean {
  const form = lexicon(ctx).form;
  for (let i = trigger - 1; i >= lo; i--) {
    if (((form[i] as number) & F_NEG) !== 0) return ctx.actorAt[i] !== -1;
    // ("... since 2022 and agreed to X, but failed to agree on a ceasefire": "fail" is the negation, nearer than the clause)
    if (tok(ctx, i).lemma === 'fail' && tok(ctx, i).pos === 'VERB') return false;
    // (nor does it reach into a past clause of its own: "would not disarm while Y occupied the land")
    if (((form[i] as number) & F_TEMPORAL) !== 0 && pastClauseAfter(ctx, i, trigger)) return true;
    // (nor into a predicate coordinated after it: "would not be intimidated and ordered the mobilisation")
    if (newPredicate(ctx, i, trigger)) return true;
    // (nor into a condition: "would not attack Israel if Israel stopped its strikes")
    if (tok(ctx, i).lower === 'if' || tok(ctx, i).lower === 'unless') return true;
    // (nor into a time clause of its own with a gerund: "did not comment after meeting Araghchi", "... after talks with X")
    if (TIME_GERUND_OPENERS.has(tok(ctx, i).lower) && i + 1 <= trigger && (i + 1 === trigger ? tok(ctx, trigger).lower.endsWith('ing') || tok(ctx, trigger).pos === 'NOUN' : premodifiersBetween(ctx, i + 1, trigger))) return true;
  }
  return false;
}

const PERFECT = new Set(['have', 'has', 'had']);
const ADDRESSEE_PREPS = new Set(['on', 'upon', 'for']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * The conjunction at `conj` opens a predicate of its own before `trigger`: a simple past verb with an object
 * right after it ("... would not be intimidated and ordered the mobilisation") — not a participle sharing a
 * perfect's auxiliary ("had attacked and destroyed"), nor an adjective before its noun ("and renewed fighting").
 */
const SAY_LEMMAS = new Set(['say', 'add', 'insist', 'state', 'declare', 'claim', 'assert']);
function newPredicate(ctx: DocContext, conj: number, trigger: number): boolean {
  if (tok(ctx, conj).pos !== 'CCONJ' || conj + 1 > trigger) return false;
  // (the verb is the trigger itself, or comes before it; either way an object follows the verb)
  const after = conj + 2 < ctx.doc.tokens.length ? tok(ctx, conj + 2) : null;
  // ("urged restraint and warned that the war could spread", "should not be used and called on all parties": a
  // clause or the addressee's preposition after the verb, when the first predicate is no passive)
  const clauseAfter = !!after && after.sentence === tok(ctx, conj).sentence && (after.lower === 'that' || ADDRESSEE_PREPS.has(after.lower));
  if (conj + 2 >= trigger && !(conj + 1 === trigger && after && after.sentence === tok(ctx, conj).sentence && (OBJECT_START.has(after.pos) || clauseAfter))) return false;
  const v = tok(ctx, conj + 1);
  if (v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing') || v.lower.endsWith('s')) return false;
  // ("denied that its pilot had acted recklessly and said the Philippine plane had entered its airspace": a verb of saying
  // after "and", with a clause of its own, is a predicate of its own — what it says is not denied)
  if (SAY_LEMMAS.has(v.lemma) && conj + 1 < trigger && (tok(ctx, conj + 2).lower === 'that' || NEW_SUBJECT.has(tok(ctx, conj + 2).pos))) return true;
  for (let k = conj - 1; k >= 0 && k >= conj - 8; k--) {
    if (tok(ctx, k).pos !== 'VERB') continue;
    // ("allegations that soldiers detained and killed villagers": two verbs sharing one object make one predicate)
    if (k === conj - 1 && plainVerbAt(ctx, k) && conj + 1 === trigger) return false;
    const a = k > 0 ? tok(ctx, k - 1).lower : '';
    if (clauseAfter && after!.lower === 'that' && (tok(ctx, k - 1)?.lemma === 'be' || a === 'not' && tok(ctx, k - 2)?.lemma === 'be') && k + 1 < conj) return false;
    const a2 = k > 1 ? tok(ctx, k - 2).lower : '';
    if (!(PERFECT.has(a) || (a === 'not' && PERFECT.has(a2)))) return true;
    // ("said it had not attacked civilians and blamed the dissidents": a perfect reported by a verb of saying; the
    // simple past after it continues the saying, not the perfect)
    return reportedFrom(ctx, a === 'not' ? k - 2 : k - 1);
  }
  return true;
}

/** A participle clause opens at `at` and the trigger is its verb, or one coordinated with it by "and". */
function participleFrom(ctx: DocContext, at: number, trigger: number): boolean {
  const v = tok(ctx, at);
  if (v.pos !== 'VERB' || !v.lower.endsWith('ing')) return false;
  if (at === trigger) return true;
  const t = tok(ctx, trigger);
  return t.lower.endsWith('ing') && tok(ctx, trigger - 1).lower === 'and';
}

/** Words of fearing: what follows them with "that" is feared. */
const FEARING = new Set(['fear', 'fears', 'feared', 'fearing', 'worry', 'worried', 'worries', 'concern', 'concerns', 'concerned', 'afraid', 'anxious', 'alarmed']);
const F_FEARING = formClass(FEARING);

/** "feared that", "fears that", "concern that" before the trigger in its sentence, with no stop between: the cue, or null. */
function fearedBefore(ctx: DocContext, trigger: number): string | null {
  const sentence = tok(ctx, trigger).sentence;
  for (let k = trigger - 1; k > 0 && k >= trigger - 14; k--) {
    const t = tok(ctx, k);
    if (t.sentence !== sentence || t.text === ';' || t.text === ':') return null;
    if (t.lower === 'that' && FEARING.has(tok(ctx, k - 1).lower)) return `${tok(ctx, k - 1).text} that`;
  }
  return null;
}

/** Nouns of a meeting, named as where something was (not) done. */
const OCCASIONS = new Set(['talks', 'meeting', 'meetings', 'summit', 'negotiations', 'conference', 'round', 'session']);

/**
 * The noun trigger names the occasion of another act: "in/at/during" + (determiners, adjectives, nouns) + the noun,
 * after a verb's object in the same clause ("failed to agree on a ceasefire in their first peace talks").
 */
function occasionOf(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'NOUN' || !OCCASIONS.has(t.lower)) return false;
  for (let k = trigger - 1, n = 0; k >= 0 && n < 9; k--, n++) {
    const w = tok(ctx, k);
    if (w.sentence !== t.sentence) return false;
    if (w.lower === 'in' || w.lower === 'at' || w.lower === 'during') {
      // (an object before the preposition: the phrase is an adjunct of another act)
      const b = ctx.doc.tokens[k - 1];
      return !!b && b.sentence === t.sentence && (b.pos === 'NOUN' || b.pos === 'PROPN');
    }
    // (a hyphened compound: "face-to-face")
    const hyphened = tok(ctx, k + 1).text === '-' || (k > 0 && tok(ctx, k - 1).text === '-');
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.pos !== 'NUM' && w.text !== '-' && !hyphened && !POSSESSIVE_DET.has(w.lower)) return false;
  }
  return false;
}

/** A past participle right after a noun with a "by" agent after it ("a deal mediated by Oman"). */
function reducedAgentParticiple(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !(t.lower.endsWith('ed') || t.lower.endsWith('en')) || trigger === 0) return false;
  const before = tok(ctx, trigger - 1);
  const after = ctx.doc.tokens[trigger + 1];
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && before.sentence === t.sentence && after?.lower === 'by' && after.sentence === t.sentence;
}

/** Verbs of telling someone what (not) to do: those of asking, and of warning. */
const TELLING = new Set([...ASK_TO, 'warn', 'caution', 'beg']);

/** "warned Y not to <trigger>": the cue "warned ... not to", or null. */
function toldNotTo(ctx: DocContext, trigger: number): string | null {
  if (trigger < 3 || tok(ctx, trigger - 1).lower !== 'to' || tok(ctx, trigger - 2).lower !== 'not') return null;
  const sentence = tok(ctx, trigger).sentence;
  for (let k = trigger - 3; k >= 0 && k >= trigger - 8; k--) {
    const t = tok(ctx, k);
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return null;
    if (t.pos === 'VERB') return TELLING.has(t.lemma) ? `${t.text} ... not to` : null;
  }
  return null;
}

/** Verbs of permitting someone to act. */
const PERMIT = new Set(['allow', 'permit', 'authorize', 'authorise', 'enable', 'empower', 'entitle', 'let']);

/** A verb of permitting right before the noun phrase ending at `g` ("allowing it", "authorizes the police"), or -1. */
function permitterBefore(ctx: DocContext, lo: number, g: number): number {
  for (let k = g - 1; k >= lo && k >= g - 4; k--) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB') return PERMIT.has(t.lemma) ? k : -1;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'PRON' && t.pos !== 'NUM') return -1;
  }
  return -1;
}

/** The infinitive nearest before `to` after the verb `v`, when a verb or adjective governs it ("expected to impose"), or -1. */
function complementBefore(ctx: DocContext, v: number, to: number): number {
  if (v < 0) return -1;
  for (let i = to - 1; i > v + 1; i--) {
    const t = tok(ctx, i);
    if (t.pos !== 'VERB' || t.lower.endsWith('ing')) continue;
    const gov = tok(ctx, i - 2);
    return tok(ctx, i - 1).lower === 'to' && (gov.pos === 'VERB' || gov.pos === 'ADJ' || gov.pos === 'AUX') ? i : -1;
  }
  return -1;
}

/** The verb nearest before `to` that is no -ing form nor an infinitive (a purpose's "to disperse" is passed over), or -1. */
function mainVerbOf(ctx: DocContext, lo: number, to: number): number {
  for (let i = to - 1; i >= lo; i--) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' && !t.lower.endsWith('ing') && !(i > lo && tok(ctx, i - 1).lower === 'to')) return i;
  }
  return -1;
}

const SAYING_V = new Set(['say', 'tell', 'announce', 'state', 'claim', 'insist', 'add', 'declare', 'confirm']);

/** A verb of saying (and "that", and a subject) opens the clause of the auxiliary at `aux`, no comma between. */
function reportedFrom(ctx: DocContext, aux: number): boolean {
  for (let k = aux - 1; k >= 0 && k >= aux - 6; k--) {
    const t = tok(ctx, k);
    if (t.text === ',' || t.sentence !== tok(ctx, aux).sentence) return false;
    if (t.pos === 'VERB') return SAYING_V.has(t.lemma) && !t.lower.endsWith('ing');
  }
  return false;
}

const PAST_AUX = new Set(['has', 'had', 'was', 'were']);

/** "has seized", "had quietly been moved", "were abducted": a finite past auxiliary right before the
 * trigger (adverbs and "been" may come between). */
function ownPastAux(ctx: DocContext, lo: number, trigger: number): boolean {
  for (let i = trigger - 1; i >= lo && i >= trigger - 3; i--) {
    const t = tok(ctx, i);
    if (PAST_AUX.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.lower !== 'been') return false;
  }
  return false;
}

/**
 * A verb of saying after a comma with only its subject's noun phrase between (", the defence minister
 * said", ", officials say"): the start of that noun phrase, its clause; else null.
 */
function inverted(ctx: DocContext, trigger: number, sentStart: number): number | null {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !REPORTING.has(t.lemma)) return null;
  for (let i = trigger - 1; i > sentStart; i--) {
    const b = tok(ctx, i);
    if (b.text === ',') return i + 1 < trigger ? i + 1 : null;
    if (!(PREMOD.has(b.pos) || b.pos === 'NOUN' || b.pos === 'PROPN' || b.text === "'s" || b.text === '’s' || ctx.actorAt[i] !== -1)) return null;
  }
  return null;
}

function clauseLeft(ctx: DocContext, trigger: number, sentStart: number): number {
  for (let i = trigger - 1; i >= sentStart; i--) {
    const t = tok(ctx, i).text;
    if (t === ';' || t === ':' || t === '—') return i + 1;
    // (", a move the Philippines rejected", ", a condition Ukraine has rejected": an apposition with a relative
    // clause of its own tells a fact of its own, out of the cues before it)
    if (t === ',' && appositiveRelative(ctx, i + 1, trigger)) return i + 1;
  }
  return sentStart;
}


/**
 * The tokens [from, trigger) open a clause of their own after a comma, the trigger inside it: "with" + a noun
 * phrase + the trigger as an -ing form (", with Rubio hailing the deal"), or a subject and a finite reporting verb
 * before the trigger (", Erdogan said after hosting the leaders").
 */
function trailingClause(ctx: DocContext, from: number, trigger: number): boolean {
  if (from >= trigger) return false;
  const trig = tok(ctx, trigger);
  if (tok(ctx, from).lower === 'with' && trig.lower.endsWith('ing') && trigger - from <= 5) {
    for (let k = from + 1; k < trigger; k++) if (tok(ctx, k).pos === 'VERB' || tok(ctx, k).pos === 'AUX') return false;
    return true;
  }
  for (let k = from + 1; k < trigger && k <= from + 6; k++) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB' && REPORTING.has(t.lemma) && !t.lower.endsWith('ing')) {
      for (let j = k + 1; j < trigger; j++) if (tok(ctx, j).text === ',') return false;
      return true;
    }
    if (t.pos === 'VERB' || t.text === ',') return false;
  }
  return false;
}

const REPORTING = new Set(['say', 'announce', 'declare', 'state', 'tell', 'warn', 'add', 'insist', 'confirm', 'vow', 'promise', 'pledge', 'threaten']);

/**
 * "The truce appeared to hold after Y announced that ...": a temporal subordinator opening a clause in the
 * past tense (its first verb a past form, or after "has"/"had"/"was"/"were") is a fact of its own; the
 * cues of the main clause do not reach into it. (A present-tense clause keeps them: "X will strike
 * after the envoys leave" is as future as its main clause.)
 */
function pastClauseAfter(ctx: DocContext, at: number, trigger: number): boolean {
  for (let j = at + 1; j <= trigger; j++) {
    const t = tok(ctx, j);
    if (t.pos === 'AUX') return PAST_AUX.has(t.lower);
    if (t.pos === 'VERB') return t.lower.endsWith('ed') || (t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s'));
    if (t.text === ',' || t.lower === 'to') return false;
  }
  return false;
}

/**
 * The clause after the subordinator at `at` has its subject, then the trigger as its verb in the present ("until the
 * ELN stops", "once Israel withdraws", "until they release"): no other verb or punctuation between.
 */
function presentClauseAfter(ctx: DocContext, at: number, trigger: number): boolean {
  const v = tok(ctx, trigger);
  // ("until the ELN stops its attacks": a present verb in -s before its object's determiner is often tagged a noun)
  const next = trigger + 1 < ctx.doc.tokens.length ? tok(ctx, trigger + 1) : null;
  const taggedNoun = v.pos === 'NOUN' && v.lower.endsWith('s') && next !== null && (next.pos === 'DET' || next.pos === 'PRON');
  if ((v.pos !== 'VERB' && !taggedNoun) || v.lower.endsWith('ing') || v.lower.endsWith('ed') || (v.lower !== v.lemma && !v.lower.endsWith('s'))) return false;
  if (trigger <= at + 1) return false;
  let subject = false;
  for (let j = at + 1; j < trigger; j++) {
    const t = tok(ctx, j);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'ADP' || t.lower === 'to') return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') subject = true;
  }
  return subject;
}

/** A reporting verb before `i` in the clause: "X said they would boycott" is a reported future. */
/** Between `start` and `i`: a verb of saying, "that", then "if"/"unless" opening a clause closed by a comma before `i`. */
function frontedConditionSaid(ctx: DocContext, start: number, i: number): boolean {
  let comma = -1;
  for (let j = i - 1; j > start; j--) {
    const t = tok(ctx, j);
    if (t.text === ',' && comma < 0) { comma = j; continue; }
    if (comma < 0) continue;
    if (t.lower === 'if' || t.lower === 'unless') {
      const that = tok(ctx, j - 1);
      const v = that.lower === 'that' ? tok(ctx, j - 2) : that;
      return j - 2 >= start && REPORTING.has(v.lemma) && v.pos === 'VERB';
    }
    if (t.text === ',' || t.text === ';') return false;
  }
  return false;
}

function reportedBefore(ctx: DocContext, lo: number, i: number): boolean {
  for (let j = i - 1; j >= lo; j--) {
    const t = tok(ctx, j);
    if (REPORTING.has(t.lemma) && t.pos === 'VERB') return true;
    if (t.lower === 'if' || t.lower === 'unless') return false;
  }
  return false;
}

/**
 * The sentence ends in a speaker's tag after the clause ("..., he said.", "..., the group's spokesman told reporters."):
 * a comma after `from`, then a verb of saying within six tokens, then the sentence's end (no "if" on the way).
 */
function reportedAfter(ctx: DocContext, from: number): boolean {
  const toks = ctx.doc.tokens;
  if (from >= toks.length) return false;
  const sentence = tok(ctx, from).sentence;
  let comma = -1;
  for (let i = from; i < toks.length && tok(ctx, i).sentence === sentence; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'if' || t.lower === 'unless') return false;
    if (t.text === ',') comma = i;
  }
  if (comma < 0) return false;
  for (let j = comma + 1; j < toks.length && j <= comma + 7 && tok(ctx, j).sentence === sentence; j++) {
    const t = tok(ctx, j);
    if (t.pos === 'VERB' && REPORTING.has(t.lemma)) {
      let k = j + 1;
      while (k < toks.length && tok(ctx, k).sentence === sentence && tok(ctx, k).type !== 'punctuation') k++;
      return k >= toks.length || tok(ctx, k).sentence !== sentence || k - j <= 6;
    }
  }
  return false;
}

/** The first token at or after `i` (before `end`) past a time phrase and the preposition opening it ("denied on Sunday that"). */
/** Past the whose-report words at `k` ("denied Chinese state media reports that", "denied Israeli claims that"): an actor
 * mention or adjectives before the noun of the report. */
function reportOwner(ctx: DocContext, k: number, end: number): number {
  let j = k;
  while (j < end - 1 && (mentionAt(ctx, j) >= 0 || tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'DET' || tok(ctx, j).lower === "'s" || tok(ctx, j).lower === '’s')) j++;
  return j > k && tok(ctx, j).lower !== 'that' && deniedAt(ctx, j) ? j : k;
}

function pastTimePhrase(ctx: DocContext, i: number, end: number): number {
  if (ctx.doc.times.length === 0) return i;
  const inTime = (k: number): boolean => insideTime(ctx, tok(ctx, k));
  let k = i;
  if (k + 1 < end && tok(ctx, k).pos === 'ADP' && inTime(k + 1)) k++;
  while (k < end - 1 && inTime(k)) k++;
  return k;
}

/** "X will withdraw its force unless Y ...": a condition after a stated future action makes it a threat. */
function unlessAfter(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tok(ctx, i);
    if (t.lower === 'unless') return true;
    if (t.text === ';' || t.lower === 'but') return false;
  }
  return false;
}

/** Determiners of a noun phrase that names a kind of event, not one that happened ("an attack", "any strike"). */
const INDEFINITE = new Set(['a', 'an', 'any', 'such', 'another']);
const SUPPOSING = new Set(['would', 'could', 'might', 'may', 'will', 'can', "'d"]);

/**
 * "an attack on its territory would trigger a regional war", "Israeli strikes on Iran could spark a wider
 * war": an event noun heading an indefinite (or bare) noun phrase that is the subject of a modal verb is
 * supposed, not reported. The modal's text, or null. (A definite one happened: "the strike would be
 * investigated".)
 */
function modalPredicate(ctx: DocContext, lo: number, trigger: number, end: number): string | null {
  let j = trigger - 1;
  while (j >= lo && NP_HEAD_PRE.has(tok(ctx, j).pos)) j--;
  const first = tok(ctx, j + 1);
  // (a noun right after a verb of saying or thinking is the subject of the clause it reports: "said talks could resume")
  const reported = j >= lo && tok(ctx, j).pos === 'VERB' && THINK_SAY.has(tok(ctx, j).lemma);
  if (!reported && (first.pos === 'DET' ? !INDEFINITE.has(first.lower) : j >= lo && (tok(ctx, j).pos === 'VERB' || tok(ctx, j).pos === 'ADP'))) return null;
  for (let i = trigger + 1; i < end && i < trigger + 12; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'AUX' || t.pos === 'VERB') return SUPPOSING.has(t.lower) && !monthMay(t) ? t.text : null;
    if (t.type === 'punctuation' && t.text !== '-' && t.text !== "'s") return null;
    // ("told Sharif in a phone call that India would send aid", "a deal which could end the war": a clause opened after
    // the noun has a subject and a modal of its own)
    if (CLAUSE_AFTER_NOUN.has(t.lower)) return null;
  }
  return null;
}

const NP_HEAD_PRE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Words opening a clause of its own after a noun phrase (complement or relative). */
const CLAUSE_AFTER_NOUN = new Set(['that', 'which', 'who', 'whose', 'where']);
const CONTINUING = new Set(['continue', 'persist', 'resume', 'intensify', 'escalate', 'expand']);

/** The modal after the noun at `trigger` governs a verb of going on ("will continue", "will not stop" is not one). */
function continuesAfter(ctx: DocContext, trigger: number, end: number): boolean {
  for (let i = trigger + 1; i < end && i < trigger + 13; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'AUX' && (t.lower === 'will' || t.lower === 'shall')) return i + 1 < end && CONTINUING.has(tok(ctx, i + 1).lemma);
  }
  return false;
}
/** Verbs whose object is a reported clause ("said talks could resume", "expects sanctions might follow"). */
const THINK_SAY = new Set(['say', 'tell', 'add', 'believe', 'expect', 'think', 'warn', 'fear', 'hope', 'suggest', 'indicate', 'report', 'predict', 'caution']);

/** The noun phrase of the noun at `trigger` opens with "any" ("any further attack", "any Israeli aggression"). */
function anyDeterminer(ctx: DocContext, lo: number, trigger: number): boolean {
  let j = trigger - 1;
  while (j >= lo && (tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'NOUN' || tok(ctx, j).pos === 'PROPN')) j--;
  return j >= lo && tok(ctx, j).lower === 'any';
}

/** "lifting the ban is out of the question": the action named (a gerund or noun subject) is ruled
 * out (negated); "is not out of the question" leaves it possible (speculative). Looked for right of
 * the event: its noun phrase, a form of "be", then the phrase. */
function outOfQuestion(ctx: DocContext, from: number, to: number): Modality | null {
  let be = false;
  let neg = false;
  for (let i = from; i < to && i < from + 12; i++) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';' || CLAUSE_OPEN.has(t.lower) || t.lower === 'that' || (t.pos === 'VERB' && !be)) return null;
    if (t.lemma === 'be') be = true;
    if (be && NEG.has(t.lower)) neg = true;
    if (be && t.lower === 'out' && i + 3 < to && tok(ctx, i + 1).lower === 'of' && tok(ctx, i + 2).lower === 'the' && tok(ctx, i + 3).lower === 'question') return neg ? 'speculative' : 'negated';
  }
  return null;
}

const ANYONE = new Set(['anyone', 'anybody', 'whoever', 'whomever']);
const NOBODY = new Set(['nobody', 'nothing', 'none', 'noone']);
/** Verbs that make what their object names: "made an offer to mediate", "unveiled a plan to rebuild". */
const SUPPORT_V = new Set(['make', 'announce', 'unveil', 'present', 'submit', 'put', 'issue', 'offer', 'propose', 'table', 'launch', 'adopt', 'approve']);

/** The start of a relative clause set off by commas that ends right before `at` (", which guarantee the truce,"), else `at`. */
function asideBefore(ctx: DocContext, lo: number, at: number): number {
  if (at - 1 <= lo || tok(ctx, at - 1).text !== ',') return at;
  for (let k = at - 2; k > lo && k >= at - 15; k--) {
    const t = tok(ctx, k);
    if (t.text === ',') return RELATIVE.has(tok(ctx, k + 1).lower) ? k : at;
  }
  return at;
}

/** Verbs that put an act forward without doing it: their object noun is proposed ("proposed a truce"). */
const PROPOSE_V = new Set(['propose', 'offer', 'suggest', 'float', 'table', 'moot']);

/** Verbs of offering: what the offered thing is "to" do is part of the offer, not done yet. */
const OFFER_V = new Set(['offer', 'pledge', 'promise', 'propose', 'volunteer']);
/** Nouns of a wanted or permitted act: "a request from Y to visit", "an invitation to Y to meet",
 * "approval for Y to deliver aid" (not "an attempt by Y to attack": an attempt is coded as the act). */
const PROSPECT_N = new Set(['request', 'invitation', 'offer', 'proposal', 'plan', 'call', 'appeal', 'demand', 'permission', 'approval', 'bid', 'plea', 'order', 'ultimatum', 'challenge', 'dare']);

/** An infinitive right after a named or pronoun actor whose phrase belongs to an offer, a request
 * or a permission: "offered its troops to Y's president to help him oust Z", "a request from Y to
 * visit", "an invitation to Y to meet", "persuade the newly elected Y to lift": the act is wanted or
 * offered, not done. The actor is a mention (or a pronoun) ending at the "to"; the governing verb or
 * noun comes before it, with only a noun phrase (and its prepositions) between. */
function offerPurpose(ctx: DocContext, lo: number, inf: number): boolean {
  // ("urged the United States and France, which guarantee the truce, to press Israel": past the relative clause)
  const end = asideBefore(ctx, lo, inf);
  const gov = tok(ctx, end - 1);
  const mi = ctx.actorAt[end - 1] as number;
  if (!(mi >= 0 || gov.pos === 'PRON')) return false;
  let i = mi >= 0 ? (ctx.mentionTokens[mi] as [number, number])[0] - 1 : end - 2;
  for (let n = 0; i >= lo && n < 8; i--, n++) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' && (OFFER_V.has(t.lemma) || ASK_TO.has(t.lemma))) return true;
    if (t.pos === 'NOUN' && PROSPECT_N.has(t.lemma)) return true;
    // a participle inside the noun phrase ("the newly elected Y") is passed over
    const premod = t.pos === 'VERB' && t.lower.endsWith('ed') && i + 1 < inf && NP_POS.has(tok(ctx, i + 1).pos) && tok(ctx, i + 1).pos !== 'ADP';
    // (and a list of actors: "urged the United States and France to press Israel")
    if ((t.pos === 'CCONJ' || t.text === ',') && i > lo && ctx.actorAt[i - 1] !== -1) continue;
    if ((!NP_POS.has(t.pos) && !premod) || t.pos === 'CCONJ') return false;
  }
  return false;
}

const OBLIGE = new Set(['must', 'should', 'ought', 'could', 'might']);

/** A modal of obligation or possibility governing the word at `w` ("must be ready", "should
 * agree", "ought to be willing"), across "be", "not", adverbs and "to". */
function modalBefore(ctx: DocContext, lo: number, w: number): string | null {
  for (let i = w - 1; i >= lo && i >= w - 4; i--) {
    const t = tok(ctx, i);
    if (OBLIGE.has(t.lower)) return t.text;
    if (!(t.lemma === 'be' || t.pos === 'ADV' || t.lower === 'to' || t.pos === 'PART')) return null;
  }
  return null;
}

/** Words after a participle that show it has no object of its own: its agent, a time, a place. */
const AFTER_PARTICIPLE = new Set(['by', 'in', 'during', 'from', 'at', 'on', 'since', 'last', 'earlier', 'ago', 'after', 'before', 'under', 'over', 'near', 'this', 'two', 'three', 'several', 'years', 'months', 'to']);


/** Participles of harm done to people, read as passive after the harmed noun. */
const HARMED = new Set(['kill', 'wound', 'injure', 'abduct', 'kidnap', 'slay', 'murder']);
const HARM_PLACE = new Set(['in', 'during', 'near', 'at', 'on']);

/** "will return weapons seized last year from Y", "the return of property seized by Y": a past
 * participle right after the object noun of another verb or preposition is a reduced relative
 * clause: a background mention of an earlier act, outside the scope of that verb's modal or future,
 * and not itself the news the sentence reports (marked speculative: not asserted, no intent). The
 * noun phrase must hang on a verb (not a reporting one: "said troops seized the town" is a finite
 * verb) or a preposition, and the participle must have no object of its own. */
function reducedRelative(ctx: DocContext, lo: number, trigger: number, hi: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !/(ed|en)$/.test(t.lower) || trigger + 1 >= hi) return false;
  const p = tok(ctx, trigger - 1);
  // an actor noun before it is the subject of an object relative ("an attack officials blamed on Y")
  if (trigger - 1 < lo || p.pos !== 'NOUN') return false;
  const n = tok(ctx, trigger + 1);
  // ... unless the participle is one of harm with a place or time after it: "a soldier killed in Y a
  // decade ago" is the soldier's description (passive), not an act of the soldier's
  const harmed = ctx.actorAt[trigger - 1] !== -1;
  if (harmed && !(HARMED.has(t.lemma) && HARM_PLACE.has(n.lower))) return false;
  if (!(AFTER_PARTICIPLE.has(n.lower) || n.text === ',')) return false;
  // ("after police killed at least 19 people": a count told roughly is the verb's object)
  if (roughCount(ctx, trigger + 1, hi)) return false;
  // "agreed to a truce brokered by X": who went between the parties is part of the news of the deal
  if (MEDIATING.has(t.lemma) && n.lower === 'by') return false;
  let i = trigger - 2;
  // (the harmed actor's phrase may hold names: "a South Korean soldier")
  while (i >= lo && (REDUCED_NP.has(tok(ctx, i).pos) || (harmed && tok(ctx, i).pos === 'PROPN'))) i--;
  if (i < lo) return false;
  const g = tok(ctx, i);
  return (g.pos === 'VERB' && !REPORTING.has(g.lemma) && !SPEC_VERBS.has(g.lemma)) || (g.pos === 'ADP' && g.lower !== 'that');
}

/** The noun at `trigger` heads the object of "anniversary of" (its determiners, modifiers and possessor between). */
function anniversaryOf(ctx: DocContext, lo: number, trigger: number): boolean {
  let j = trigger - 1;
  while (j > lo && j > trigger - 7 && (NP_POS.has(tok(ctx, j).pos) || tok(ctx, j).text === "'s") && tok(ctx, j).lower !== 'of') j--;
  return j > lo && tok(ctx, j).lower === 'of' && (tok(ctx, j - 1).lower === 'anniversary' || tok(ctx, j - 1).lower === 'anniversaries');
}

/** Verbs of planning an act named by their object noun. */
const PLANNING = new Set(['plan', 'plot', 'prepare', 'contemplate', 'mull']);

/** Nouns of protest or outrage whose "against"/"over" phrase names what caused them. */
const PROTEST_NOUNS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'strike',
  'anger', 'outrage', 'outcry', 'fury', 'uproar', 'complaint', 'complaints', 'campaign', 'sit-in']);

/**
 * "agreed to end their march over the shooting of two herders", "anger over the arrest of the mayor": the act that
 * caused a protest is background to the sentence, not an act (nor a plan) of its subject (speculative). The
 * noun trigger follows "against"/"over" (and a determiner or adjectives) after a noun of protest.
 */
function causeOfProtest(ctx: DocContext, lo: number, trigger: number): boolean {
  let i = trigger - 1;
  while (i > lo && (tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'ADJ')) i--;
  const p = tok(ctx, i);
  return i > lo && (p.lower === 'against' || p.lower === 'over') && PROTEST_NOUNS.has(tok(ctx, i - 1).lower);
}

/** The verb at `g` is negated: "not"/"never" before it (adverbs such as "yet" between), or "has yet to" before it. */
function governorNegated(ctx: DocContext, lo: number, g: number): boolean {
  if (tok(ctx, g).pos !== 'VERB') return false;
  let i = g - 1;
  if (i - 1 >= lo && tok(ctx, i).lower === 'to' && tok(ctx, i - 1).lower === 'yet') return true;
  while (i >= lo && i > g - 3 && tok(ctx, i).pos === 'ADV' && !NEG.has(tok(ctx, i).lower)) i--;
  return i >= lo && NEG.has(tok(ctx, i).lower) && tok(ctx, i).lower !== 'without' && tok(ctx, i).lower !== 'no';
}

/**
 * A verb of denial before the governor `g` of an infinitive, with only its clause's subject, auxiliaries or "that" between
 * ("denied it had plans to", "denied that Israel was planning to", "rejected claims it intended to", "denied having plans to").
 */
function deniedGovernor(ctx: DocContext, g: number): boolean {
  const s = ctx.doc.sentences[tok(ctx, g).sentence];
  if (!s) return false;
  for (let i = g - 1, n = 0; i >= s.tokenStart && n < 7; i--, n++) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' && DENYING.has(t.lemma)) return !t.lower.endsWith('ing');
    if (t.lower === 'that' || t.lower === 'having' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'PROPN'
      || (t.pos === 'NOUN' && (mentionAt(ctx, i) >= 0 || CLAIM_NOUNS.has(t.lemma)))) continue;
    return false;
  }
  return false;
}
const CLAIM_NOUNS = new Set(['claim', 'report', 'allegation', 'suggestion', 'accusation', 'charge', 'rumour', 'rumor']);

const AGES = new Set(['decades', 'centuries', 'generations']);
const F_HISTORY = formClass([...AGES, 'since', 'wars']);
/** Counts before "wars": "fought two wars", "have fought several wars" tell a history, not the news. */
const WAR_COUNTS = new Set(['two', 'three', 'four', 'five', 'several', 'multiple', 'many', 'numerous']);


/**
 * "For nearly four decades, Armenia and Azerbaijan fought over Karabakh", "have fought three wars since
 * 1947", "fought two wars over Karabakh": an act told over decades, since a year long before the report, or
 * counted in wars, is the story's history, not its news (marked speculative, like other background). Looked
 * for in the clause before the trigger (a fronted adverbial) and after it up to a comma or conjunction. The
 * cue, or null.
 */
function historySpan(ctx: DocContext, start: number, trigger: number, end: number): string | null {
  const year = Number(ctx.doc.published.slice(0, 4));
  const test = (i: number): string | null => {
    const t = tok(ctx, i);
    if (t.lower === 'for' || t.lower === 'over') {
      for (let k = i + 1; k < end && k <= i + 4; k++) if (AGES.has(tok(ctx, k).lower)) return `${t.text} ${tok(ctx, k).text}`;
    }
    if (t.lower === 'wars' && i > start && WAR_COUNTS.has(tok(ctx, i - 1).lower)) return `${tok(ctx, i - 1).text} ${t.text}`;
    if (t.lower === 'since' && i + 1 < end) {
      const n = tok(ctx, i + 1);
      const y = n.type === 'number' && /^\d{4}$/.test(n.text) ? Number(n.text) : NaN;
      if (y > 1000 && y <= year - 10) return `since ${n.text}`;
    }
    return null;
  };
  for (let i = start; i < trigger; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    const c = test(i);
    if (c) return c;
  }
  for (let i = trigger + 1; i < end; i++) {
    const t = tok(ctx, i);
    // ("agreed to resume talks suspended since 2018": the span belongs to the participle after the object; "accused
    // Y of keeping troops there for three decades": to the verb of what is said of Y)
    if (t.pos === 'VERB' && i > trigger + 1) break;
    const c = test(i);
    if (c) return c;
    if (t.text === ',' || t.text === ';' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
  }
  return null;
}

/** Verbs of accusing, said of the accused in a reduced passive relative ("a militia leader charged
 * with war crimes", "a man previously accused of plotting an attack"). */
const ACCUSED_V = new Set(['accuse', 'charge', 'indict', 'convict', 'suspect', 'sentence']);
const ACCUSED_P = new Set(['of', 'with', 'for', 'in']);

/** "..., a militia leader charged with war crimes, has surrendered", "shared evidence against Y, a
 * man previously accused of plotting attacks": a past participle of accusing right after the noun
 * phrase of the accused, inside an apposition or the object of a verb or preposition, describes
 * the person; it is background, not the news the sentence reports (marked speculative). A noun
 * phrase opening the sentence is its subject: a headline ("Former minister charged with fraud")
 * reports the charge itself and stays asserted. */
function accusedRelative(ctx: DocContext, lo: number, trigger: number, hi: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || !ACCUSED_V.has(t.lemma) || trigger + 1 >= hi || !ACCUSED_P.has(tok(ctx, trigger + 1).lower)) return false;
  let i = trigger - 1;
  while (i >= lo && tok(ctx, i).pos === 'ADV') i--;
  if (i < lo || !ACCUSED_HEAD.has(tok(ctx, i).pos)) return false; // ("an American national": the tagger may call the head an adjective)
  while (i >= lo && ACCUSED_NP.has(tok(ctx, i).pos)) i--;
  if (i < lo) return false;
  const g = tok(ctx, i);
  return g.text === ',' || (g.pos === 'VERB' && !REPORTING.has(g.lemma) && !SPEC_VERBS.has(g.lemma)) || (g.pos === 'ADP' && g.lower !== 'that');
}

/** "May" written with a capital is the month ("ISLAMABAD, May 3 -", "in May"), whatever its tag; the modal is "may". */
function monthMay(t: Token): boolean {
  return t.lower === 'may' && t.text !== 'may';
}

/** Nouns of talking whose "on/about/over" phrase is what is talked about. */
const TALKS_N = new Set(['talks', 'negotiations', 'discussions', 'dialogue', 'consultations', 'debate', 'meeting', 'meetings', 'summit', 'conference', 'proposals', 'proposal', 'plan', 'plans', 'framework', 'roadmap',
  // (and the texts agreed on: "signed an agreement on the exchange of prisoners" — the exchange is still to come)
  'agreement', 'agreements', 'deal', 'accord', 'memorandum', 'pact', 'understanding', 'arrangement', 'protocol']);
const ABOUT_P = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
/** Verbs whose object is a topic talked about ("discussed a prisoner exchange"). */
const DISCUSSING = new Set(['discuss', 'debate']);

/**
 * A noun or gerund trigger that is the topic of talks ("EU-mediated talks on normalising relations",
 * "negotiations over a prisoner exchange"): talked about, not done. Returns the cue, or null.
 */
function topicOfTalks(ctx: DocContext, lo: number, trigger: number): string | null {
  if (tok(ctx, trigger).pos === 'VERB' && !tok(ctx, trigger).lower.endsWith('ing')) return null;
  let i = trigger - 1;
  while (i > lo && PREMOD.has(tok(ctx, i).pos) && trigger - i < 5) i--;
  // ("the Houthis and the government discussed a prisoner exchange": the object of discussing is its topic)
  if (i >= lo && tok(ctx, i).pos === 'VERB' && DISCUSSING.has(tok(ctx, i).lemma)) return tok(ctx, i).text;
  if (i <= lo || !ABOUT_P.has(tok(ctx, i).lower)) return null;
  let h = i - 1;
  // ("held talks in Paris on de-escalation", "held talks in Riyadh with Saudi officials on a prisoner exchange": past the
  // venue and the partners between the talks and their topic)
  for (let hop = 0; hop < 2; hop++) {
    let v = h;
    while (v > lo && h - v < 3 && (tok(ctx, v).pos === 'PROPN' || tok(ctx, v).pos === 'DET' || tok(ctx, v).pos === 'NOUN' || tok(ctx, v).pos === 'ADJ')) v--;
    if (v < h && v > lo && (tok(ctx, v).lower === 'in' || tok(ctx, v).lower === 'at' || tok(ctx, v).lower === 'with') && !TALKS_N.has(tok(ctx, h).lower)) h = v - 1;
    else break;
  }
  const head = tok(ctx, h);
  return TALKS_N.has(head.lower) && head.pos === 'NOUN' ? `${head.text} ${tok(ctx, i).text}` : null;
}

/**
 * The word an infinitive at `inf` complements: the word before "to", or, past a time adverbial
 * between them, the verb before that ("threatened *on Tuesday* to resume attacks", "vowed last week
 * to retaliate"); -1 at the clause start.
 */
function governorOf(ctx: DocContext, lo: number, inf: number, sentence: number): number {
  let g = inf - 1;
  if (g < lo) return -1;
  // ("agreed at talks in Istanbul in June to exchange prisoners": a verb of intending past the prepositional
  // phrases between it and its infinitive)
  const past = intendingVerbBefore(ctx, lo, inf);
  if (past >= 0) return past;
  const k = timeStartingBefore(ctx, sentence, g);
  if (k > lo) {
    g = k - 1;
    // ("announced a ceasefire on Wednesday to support relief efforts": the object noun before the time)
    if (tok(ctx, g).pos !== 'VERB' && tok(ctx, g).pos !== 'NOUN') return inf - 1;
  }
  return g;
}

const PP_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const USING = new Set(['use', 'employ', 'utilize', 'utilise']);
const THING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Nouns of a procedure that does an act once started ("the process to reimpose sanctions"). */
const PROCEDURES = new Set(['process', 'procedure', 'mechanism']);
/** Past verbs of setting a procedure going. */
const STARTING = new Set(['trigger', 'launch', 'start', 'initiate', 'begin', 'activate', 'invoke']);

/**
 * The noun at `g` heads the object of a past verb of `verbs` within `reach` words before it: "used drones", "used
 * long-range missiles" (USING), "triggered the process", "invoked the snapback mechanism" (STARTING).
 */
function pastVerbObject(ctx: DocContext, lo: number, g: number, verbs: ReadonlySet<string>, reach: number): boolean {
  for (let i = g - 1; i >= lo && i >= g - reach; i--) {
    const t = tok(ctx, i);
    // ("used Chinese-made J-10C fighters": a participle inside a compound adjective is part of the noun phrase)
    if (t.pos === 'VERB' && i > lo && tok(ctx, i - 1).text === '-') continue;
    if (t.pos === 'VERB') return verbs.has(t.lemma) && t.lower !== t.lemma && !t.lower.endsWith('ing');
    if (!THING_TAGS.has(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/** A verb of FUT_VERBS before `inf` whose complement only prepositional phrases separate from it (at most 9 words, the first a preposition); else -1. */
function intendingVerbBefore(ctx: DocContext, lo: number, inf: number): number {
  for (let i = inf - 1; i >= lo && i >= inf - 10; i--) {
    const t = tok(ctx, i);
    if (t.pos === 'VERB') return FUT_VERBS.has(t.lemma) && i + 1 < inf - 1 && tok(ctx, i + 1).pos === 'ADP' ? i : -1;
    if (!PP_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/** The trigger, an active simple past after "and", follows a condition clause opened at `cond` whose verb is a form of "be" (a passive or copula). */
function afterConditionClause(ctx: DocContext, cond: number, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ed') || tok(ctx, trigger - 1).lower !== 'and') return false;
  for (let k = cond + 1; k < trigger - 1; k++) {
    const x = tok(ctx, k);
    if (x.text === ',' || x.text === ';') return false;
    if (x.pos === 'AUX' && BE_FORMS.has(x.lower)) return true;
  }
  return false;
}


/** Modals of a possible action: stated with a condition after it, the action is threatened. */
const POSSIBLE = new Set(['may', 'might', 'could', 'would']);
/** "if confirmed", "if true": a condition on the report, not on the action. */
const REPORT_IF = new Set(['confirmed', 'true', 'proven', 'accurate', 'so', 'correct']);

/** An "if"/"unless" condition after the event, in the same clause ("... if cooperation founders"). */
function conditionAfter(ctx: DocContext, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const t = tok(ctx, i);
    if ((t.lower === 'if' || t.lower === 'unless') && !(i + 1 < to && REPORT_IF.has(tok(ctx, i + 1).lower))) return t.lower;
    if (t.text === ';' || t.lower === 'but' || t.lower === 'while' || t.lower === 'whereas') return null;
  }
  return null;
}

/**
 * Modality of a candidate and the cue word that decided it (for explanations). A conflictual act
 * (roots 14–20) that "may", "might", "could" or "would" happen "if"/"unless" something else does is
 * a conditional threat (CAMEO 13: threaten to do a negative act on a condition): its modality is
 * that of the condition ("if"/"unless"), which the intent refiner turns into a 13x threat. Not so a
 * past possibility ("may have attacked") or a condition on the report ("if confirmed").
 */
/** Tokens [from, trigger) are a subject noun phrase naming an actor, and the trigger its finite verb (no verb between). */
function ownSubjectClause(ctx: DocContext, from: number, trigger: number): boolean {
  const v = tok(ctx, trigger);
  if (v.pos !== 'VERB' || v.lower.endsWith('ing') || trigger - from > 7 || trigger === from) return false;
  let actor = false;
  for (let k = from; k < trigger; k++) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation') return false;
    if (ctx.actorAt[k] !== -1) actor = true;
  }
  return actor;
}

/** "whether" (or "if" right after a verb of saying or asking) opening the clause of the trigger, within its clause: the word, or null. */
function whetherBefore(ctx: DocContext, lo: number, trigger: number): string | null {
  for (let i = trigger - 1; i >= lo && i >= trigger - 10; i--) {
    const t = tok(ctx, i);
    if (t.lower === 'whether') return t.text;
    if (t.lower === 'if' && i > lo && tok(ctx, i - 1).pos === 'VERB' && (THINK_SAY.has(tok(ctx, i - 1).lemma) || tok(ctx, i - 1).lemma === 'ask')) return t.text;
    // ("traded accusations over who broke the truce", "it was unclear who fired first", "did not say who carried out the
    // raid"): who did it is the open question — nobody in the sentence is said to have
    if (t.lower === 'who' && i > lo && (WHO_ASKED.has(tok(ctx, i - 1).lower) || (tok(ctx, i - 1).pos === 'VERB' && WHO_ASKING.has(tok(ctx, i - 1).lemma)))) return t.text;
    if (t.type === 'punctuation' && t.text !== '-' && t.text !== "'s") return null;
  }
  return null;
}

/** Verbs of hoping, fearing and guessing, whose clause tells no one's intent ("hopes the talks will end the war"). */
const GUESSING = new Set(['hope', 'expect', 'fear', 'believe', 'think', 'predict', 'wish', 'anticipate', 'suspect', 'doubt', 'assume', 'reckon', 'worry', 'bet', 'guess']);

/** The verb right before the clause of the modal at `modal` is one of hoping or guessing ("hopes (that) the talks will"): its text, or null. */
function guessedBefore(ctx: DocContext, from: number, modal: number): string | null {
  for (let k = modal - 1; k >= from && k >= modal - 10; k--) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB') return GUESSING.has(t.lemma) && !t.lower.endsWith('ing') ? t.text : null;
    if (t.pos === 'AUX' || t.type === 'punctuation') return null;
  }
  return null;
}

/** Words right before an indirect question about who acted ("over who", "unclear who"). */
const WHO_ASKED = new Set(['over', 'about', 'clear', 'unclear', 'uncertain', 'known', 'unknown']);
/** Verbs whose object is an indirect question about who acted ("investigating who", "did not say who"). */
const WHO_ASKING = new Set(['know', 'determine', 'establish', 'investigate', 'ask', 'identify', 'say', 'disclose', 'reveal', 'wonder', 'specify', 'debate', 'dispute']);

const F_CONFIRM = formClass(['confirm', 'confirmed', 'confirms', 'confirming']);

/** "confirm nor/or deny" at or before `trigger` in its sentence (closing a pattern's own words too): the "deny", or -1. */
function confirmNorDeny(ctx: DocContext, sentence: number, trigger: number): number {
  const s = ctx.doc.sentences[sentence];
  if (!s || !sentenceHas(ctx, sentence, F_CONFIRM)) return -1;
  for (let i = s.tokenStart; i + 2 < s.tokenEnd && i <= trigger; i++) {
    if (tok(ctx, i).lemma !== 'confirm') continue;
    const c = tok(ctx, i + 1).lower;
    if ((c === 'nor' || c === 'or') && tok(ctx, i + 2).lemma === 'deny') return i + 2;
  }
  return -1;
}

/** Crimes of states and armed groups that one is said or found to have committed. */
const CRIMES = new Set(['genocide', 'crimes', 'cleansing', 'atrocities', 'massacres', 'massacre']);
/** Verbs saying or finding that someone committed a crime. */
const CHARGING = new Set(['say', 'find', 'conclude', 'determine', 'rule', 'state', 'report', 'declare', 'believe']);

/**
 * The crime noun at `trigger` is the object of "committed" / "perpetrated" in a clause a verb of saying or finding
 * reports ("said that Israel had committed genocide", "found the RSF committed war crimes").
 */
function chargedCrime(ctx: DocContext, trigger: number): boolean {
  if (!CRIMES.has(tok(ctx, trigger).lower)) return false;
  let i = trigger - 1;
  const lo = (ctx.doc.sentences[tok(ctx, trigger).sentence] as { tokenStart: number }).tokenStart;
  while (i > lo && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'DET' || tok(ctx, i).pos === 'NOUN')) i--;
  if (tok(ctx, i).lemma !== 'commit' && tok(ctx, i).lemma !== 'perpetrate') return false;
  for (let k = i - 1, n = 0; k >= lo && n < 10; k--, n++) {
    const t = tok(ctx, k);
    if (t.text === ';') return false;
    if (t.pos === 'VERB' && CHARGING.has(t.lemma)) return true;
  }
  return false;
}

/** Nouns of something missing, before "of": "lack of", "absence of". */
const LACKING = new Set(['lack', 'absence']);

/** "lack of"/"absence of" before the trigger in its clause, across a short noun phrase and "on/over/towards" + gerund: the noun, or null. */
function lackBefore(ctx: DocContext, trigger: number): string | null {
  const t = tok(ctx, trigger);
  for (let i = trigger - 1, n = 0; i > 0 && n < 7; i--, n++) {
    const w = tok(ctx, i);
    if (w.sentence !== t.sentence || w.text === ',' || (w.pos === 'VERB' && !w.lower.endsWith('ing'))) return null;
    if (w.lower === 'of' && LACKING.has(tok(ctx, i - 1).lower)) return tok(ctx, i - 1).lower;
  }
  return null;
}

/** Nouns of a charge, and the words that open what it charges ("charges including", "accusations of"). */
const CHARGE_N = new Set(['charge', 'charges', 'accusation', 'accusations', 'allegation', 'allegations', 'count', 'counts', 'indictment']);
const CHARGE_OPENERS = new Set(['including', 'of', 'for', 'over', 'such']);

/** A charge noun and its opener before the trigger, across gerunds, nouns and "and" (no finite verb, no comma): the noun, or null. */
function chargeBefore(ctx: DocContext, trigger: number): string | null {
  const t = tok(ctx, trigger);
  // (a finite verb is a clause of its own: "rejected accusations of abuses and blames sanctions")
  if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return null;
  for (let i = trigger - 1, n = 0; i > 0 && n < 10; i--, n++) {
    const w = tok(ctx, i);
    if (w.sentence !== t.sentence || w.text === ',' || (w.pos === 'VERB' && !w.lower.endsWith('ing')) || w.pos === 'AUX') return null;
    if (CHARGE_OPENERS.has(w.lower) && CHARGE_N.has(tok(ctx, i - 1).lower)) return tok(ctx, i - 1).lower;
  }
  return null;
}

/** Verbs and nouns of agreeing to, offering or proposing what is to come. */
const PLANNING_V = new Set(['agree', 'offer', 'propose', 'suggest']);
// (and nouns of promising: "gave commitments on reform and disarmament", "assurances on disarmament", "a pledge of restraint")
const PLANNING_N = new Set(['plan', 'plans', 'proposal', 'proposals', 'offer', 'offers', 'commitment', 'commitments', 'pledge', 'pledges', 'promise',
  'promises', 'assurance', 'assurances', 'guarantee', 'guarantees', 'undertaking', 'undertakings']);
/** Prepositions inside the noun phrase of what is agreed or offered ("to a swap", "as a venue for talks"). */
const PLANNED_PREPS = new Set(['to', 'on', 'for', 'as', 'of']);

/**
 * The verb or noun of agreeing, offering or proposing whose object phrase holds the noun trigger, or null: "agreed to a
 * prisoner swap", "offered the Vatican as a venue for talks", "a proposal for talks". Not for agreements and truces
 * themselves (03x, 057, 0871: agreeing to a truce is the truce, as CAMEO codes it); a pull-back, disarmament or
 * lifted blockade agreed to ("agreed to a withdrawal of forces") is still to come.
 */
function plannedNoun(ctx: DocContext, cand: Candidate): string | null {
  const code = cand.pattern.code;
  if (code.startsWith('03') || code === '057' || code === '0871' || code === '087') return null;
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'NOUN') return null;
  for (let i = cand.trigger - 1, n = 0; i >= 0 && n < 9; i--, n++) {
    const w = tok(ctx, i);
    if (w.sentence !== t.sentence) return null;
    if (w.pos === 'NOUN' && PLANNING_N.has(w.lower)) return w.lower;
    if (w.pos === 'VERB') return PLANNING_V.has(w.lemma) && !w.lower.endsWith('ing') ? w.lower : null;
    // (a list of what is planned: "commitments on reform and disarmament")
    if (w.pos === 'ADP' ? !PLANNED_PREPS.has(w.lower) : !(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'NUM' || w.pos === 'PROPN' || w.lower === 'and' || w.lower === 'or')) return null;
  }
  return null;
}

/** Verbs of working towards an outcome ("to work out a ceasefire", "to secure a truce"). */
const SEEKING = new Set(['work', 'secure', 'reach', 'negotiate', 'broker', 'achieve', 'seek', 'pursue', 'hammer', 'finalize', 'finalise', 'clinch', 'forge', 'agree']);

/**
 * "agreed to meet to quickly work out a ceasefire", "efforts to secure a truce": a truce noun that is the object of an
 * infinitive (or -ing form) of working towards it is still to come; the cue, or null. ("reached a ceasefire" is done.)
 */
function soughtTruce(ctx: DocContext, cand: Candidate): string | null {
  if (!cand.pattern.code.startsWith('087') || tok(ctx, cand.trigger).pos !== 'NOUN') return null;
  for (let i = cand.trigger - 1, n = 0; i > 0 && n < 6; i--, n++) {
    const w = tok(ctx, i);
    if (w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'ADP' || (w.pos === 'PART' && w.lower !== 'to')) continue;
    if (w.pos !== 'VERB' || !SEEKING.has(w.lemma)) return null;
    let b = i - 1;
    while (b > 0 && tok(ctx, b).pos === 'ADV') b--;
    return tok(ctx, b).lower === 'to' || w.lower.endsWith('ing') ? w.lower : null;
  }
  return null;
}

export function modalityOf(ctx: DocContext, cand: Candidate): { modality: Modality; cue?: string } {
  const ruled = ruledOut(ctx, cand.trigger);
  if (ruled) return ruled;
  // ("has neither confirmed nor denied carrying out the strikes": declining to comment is done; the act is left open)
  const open = confirmNorDeny(ctx, cand.sentence, cand.trigger);
  if (open >= 0) return cand.pattern.code === '011' ? { modality: 'asserted' } : { modality: 'speculative', cue: 'confirm nor deny' };
  // ("has not responded to Seoul's offer to provide flood relief", "condemned Hamas's refusal to release the hostages"): the
  // act of a noun of intent with its owner is offered, refused or threatened by that noun, whatever the clause around it says
  const owned = ownedIntent(ctx, cand.trigger);
  if (owned) return owned;
  // ("warned that triggering the snapback would be unlawful", "Imposing sanctions on Iran is counterproductive, Russia
  // said"): an act named by a gerund with its object, the subject of a clause that judges it, is weighed, not done
  const judged = judgedGerund(ctx, cand.trigger);
  if (judged) return { modality: 'hypothetical', cue: judged };
  const m = modalityCore(ctx, cand);
  // ("Russia and Ukraine agreed to a prisoner swap", "offered the Vatican as a venue for talks", "a proposal for talks"):
  // an act named by a noun that is agreed to, offered or proposed is still to come
  if (m.modality === 'asserted') {
    const planned = plannedNoun(ctx, cand) ?? soughtTruce(ctx, cand);
    if (planned) return { modality: 'future-intent', cue: planned };
    // ("frustration over Moscow's lack of flexibility on ending the war", "the absence of progress towards a truce": an act
    // a lack is told of did not happen)
    const lack = lackBefore(ctx, cand.trigger);
    if (lack) return { modality: 'negated', cue: lack };
    // ("faces charges including financing terrorism and waging war", "accusations of spying for Israel": acts a charge names
    // are alleged, not told as done)
    const charge = chargeBefore(ctx, cand.trigger);
    if (charge) return { modality: 'speculative', cue: charge };
  }
  // ("said it would not attend the talks, blaming Israeli strikes": a participle of saying or judging after the clause's
  // comma is the subject's own act, done as it spoke, whatever the clause before says will or will not happen)
  if ((m.modality === 'future-intent' || m.modality === 'negated' || m.modality === 'hypothetical') && trailingSpeechParticiple(ctx, cand)) return { modality: 'asserted' };
  // ("urged Damascus to release prisoners and (to) arrest the perpetrators": each conjunct of an appeal's infinitive is
  // asked for, not done)
  if (m.modality === 'asserted' || m.modality === 'future-intent') {
    const appeal = appealConjunct(ctx, cand.trigger);
    if (appeal) return { modality: 'hypothetical', cue: appeal };
  }
  if (m.modality !== 'asserted' && m.modality !== 'question' && cand.pattern.code === '010' && ownStatement(ctx, cand.trigger)) return { modality: 'asserted' };
  // ("a U.N. commission said that Israel had committed genocide": a crime someone is said or found to have committed
  // is that one's charge — coded as the accusation — not a fact the text tells)
  if (m.modality === 'asserted' && chargedCrime(ctx, cand.trigger)) return { modality: 'speculative', cue: 'committed' };
  // ("accused Ethiopian troops of attacking its army base in Doolow, killing several soldiers": the result told of the
  // charged act is charged too)
  if (m.modality === 'asserted' && chargedResult(ctx, cand.trigger)) return { modality: 'speculative', cue: 'accused of' };
  // ("failed to agree on a ceasefire in their first face-to-face peace talks": talks named as the occasion of what was or
  // was not done took place)
  if ((m.modality === 'negated' || m.modality === 'hypothetical' || m.modality === 'future-intent') && occasionOf(ctx, cand.trigger)) return { modality: 'asserted' };
  // ("will halt its strikes under a deal mediated by Oman": a participle with its agent after a noun tells what was
  // done to the thing named, a fact, whatever is planned about the thing)
  if ((m.modality === 'future-intent' || m.modality === 'hypothetical') && reducedAgentParticiple(ctx, cand.trigger)) return { modality: 'asserted' };
  // ("Residents said they feared that soldiers would arrest ...", "fears that Russia could attack": what is feared is
  // somebody's worry, not a plan or a fact)
  if (m.modality !== 'negated' && m.modality !== 'question' && sentenceHas(ctx, cand.sentence, F_FEARING)) {
    const fear = fearedBefore(ctx, cand.trigger);
    if (fear) return { modality: 'speculative', cue: fear };
  }
  // ("warned Iran not to target American interests", "urged them not to retaliate": what someone is told not to do is
  // a warning's content, supposed, not a denial)
  if (m.modality === 'negated') {
    const told = toldNotTo(ctx, cand.trigger);
    if (told) return { modality: 'hypothetical', cue: told };
  }
  // "refused to condemn Russia's invasion", "is expected to respond to the Iranian missile attack": an act
  // named with its doer's possessive or nationality is one that happened, whatever is planned about it
  // (not what is given: "will hand over their arms" — aid names a thing, not an act)
  if ((m.modality === 'future-intent' || m.modality === 'question') && !cand.pattern.code.startsWith('07') && presupposedAct(ctx, cand.trigger)) return { modality: 'asserted' };
  // ("would hold protests until the government agreed to open talks"): an intent told inside a condition is no one's stated intent
  if (m.modality === 'future-intent') {
    const c = conditionBefore(ctx, cand.trigger);
    if (c) return { modality: 'hypothetical', cue: c };
  }
  if ((m.modality !== 'speculative' && m.modality !== 'hypothetical') || !m.cue || !POSSIBLE.has(m.cue.toLowerCase())) return m;
  if (Number(cand.pattern.code.slice(0, 2)) < 14) return m;
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return m;
  // the modal governs the trigger verb itself ("may halt", "could well impose"), not a noun
  // ("a war could devastate the region if ...") nor a past possibility ("may have attacked")
  const trig = tok(ctx, cand.trigger);
  if (trig.pos !== 'VERB' || trig.lower.endsWith('ing')) return m;
  let governed = false;
  for (let i = cand.trigger - 1; i >= s.tokenStart && i >= cand.trigger - 3; i--) {
    const t = tok(ctx, i);
    if (t.lower === 'have' || t.lower === 'been') return m;
    if (POSSIBLE.has(t.lower) && !monthMay(t)) { governed = true; break; }
    if (t.pos !== 'ADV') return m;
  }
  if (!governed) return m;
  const cond = conditionAfter(ctx, cand.end, s.tokenEnd);
  return cond ? { modality: 'hypothetical', cue: cond } : m;
}

/** Words of a verb group that make the saying itself unreal: "did not say", "would say", "may have said". */
const SAY_GROUP_CUES = new Set([...NEG, ...HYPO, ...SPEC_WORDS, ...FUT, 'to']);
/** Openers of a clause whose verb is not asserted ("If Tehran says yes, ..."). */
const UNREAL_OPENERS = new Set(['if', 'unless', 'whether', 'once', 'until', 'before']);

/**
 * A plain saying verb ("X said", '"...," Borrell said') whose own verb group holds no negation, modal or
 * "to", in no clause opened by "if"/"unless"/"whether": the saying happened, whatever the modality of what
 * was said ('"Kurti did not agree," Borrell said', "said no call had been scheduled").
 */
function ownStatement(ctx: DocContext, trigger: number): boolean {
  const trig = tok(ctx, trigger);
  if (trig.pos !== 'VERB' || !SAYING_V.has(trig.lemma) || trig.lower.endsWith('ing')) return false;
  const s = ctx.doc.sentences[trig.sentence];
  if (!s) return false;
  for (let i = trigger - 1; i >= s.tokenStart; i--) {
    const t = tok(ctx, i);
    if (t.pos !== 'AUX' && t.pos !== 'PART' && t.pos !== 'ADV' && !SAY_GROUP_CUES.has(t.lower)) break;
    if (SAY_GROUP_CUES.has(t.lower)) return false;
  }
  for (let i = trigger - 1; i >= s.tokenStart; i--) {
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';' || t.text === '"' || t.text === '“' || t.text === '”') break;
    if (UNREAL_OPENERS.has(t.lower)) return false;
  }
  return true;
}

/** Verbs that bring an act about: its noun after them is the plan's, not a past act ("to launch its offensive"). */
const MAKING = new Set(['launch', 'begin', 'start', 'stage', 'conduct', 'carry', 'hold', 'mount', 'resume', 'continue', 'step', 'intensify', 'expand',
  'escalate', 'sign', 'reach', 'agree', 'conclude', 'finalize', 'finalise', 'implement', 'extend', 'renew', 'declare', 'announce', 'order', 'make']);

/**
 * The noun trigger is a definite act named with its doer: a possessor ("Russia's invasion", "its attacks")
 * or a nationality adjective after "the" ("the Iranian missile attack"), and no verb of making it happen
 * governs it ("to launch its offensive" is planned).
 */
function presupposedAct(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.pos !== 'NOUN') return false;
  const s = ctx.doc.sentences[t.sentence];
  if (!s) return false;
  let i = trigger - 1;
  let owned = false;
  for (let n = 0; n < 4 && i >= s.tokenStart; n++, i--) {
    const w = tok(ctx, i);
    if (w.lower === "'s" || w.lower === '’s' || POSSESSIVE_DET.has(w.lower)) { owned = true; continue; }
    if (w.lower === 'the' && n > 0 && mentionAt(ctx, i + 1) >= 0) { owned = true; break; }
    if (w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM') continue;
    break;
  }
  if (!owned) return false;
  // the verb governing the phrase (skipping its determiners, names and prepositions)
  for (let k = i; k >= s.tokenStart && k >= i - 6; k--) {
    const w = tok(ctx, k);
    if (w.pos === 'VERB') return !MAKING.has(w.lemma);
  }
  return false;
}

/** A modal of what would or will happen ("would", "will", "won't") in the clause ending at token `at` (no comma between). */
/** "until" after a future main clause, or "if"/"unless", opening the clause the trigger is in (no comma between): the word, or null. */
function conditionBefore(ctx: DocContext, trigger: number): string | null {
  const sentence = tok(ctx, trigger).sentence;
  for (let k = trigger - 1; k >= 0 && k >= trigger - 12; k--) {
    const t = tok(ctx, k);
    if (t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === '"' || t.text === '“' || t.text === '”') return null;
    if (t.lower === 'if' || t.lower === 'unless') return t.text;
    if (t.lower === 'until' && futureBeforeUntil(ctx, k)) return t.text;
  }
  return null;
}

function futureBeforeUntil(ctx: DocContext, at: number): boolean {
  const sentence = tok(ctx, at).sentence;
  for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
    const t = tok(ctx, k);
    if (t.sentence !== sentence || t.text === ',' || t.text === ';') return false;
    if (FUT.has(t.lower) || t.lower === 'would' || (t.lower === 'wo' && t.lemma === 'will')) return true;
  }
  return false;
}

/** "if"/"unless" opening the clause of the negator at `neg` (its subject between, no verb nor comma): the word, or null. */
function conditionOpening(ctx: DocContext, start: number, neg: number): string | null {
  for (let k = neg - 1; k >= start && k >= neg - 8; k--) {
    const t = tok(ctx, k);
    if (t.lower === 'if' || t.lower === 'unless') return t.lower;
    if (t.text === ',' || t.text === ';' || t.pos === 'VERB') return null;
  }
  return null;
}

/**
 * "would not retreat and would fight": a verb group of its own, opened by a conjunction and an auxiliary, between
 * the last negator and the trigger ends the negation's scope (wink's flag runs on to the next punctuation mark).
 */
function newVerbGroup(ctx: DocContext, lo: number, trigger: number): boolean {
  // ("did not consult Washington and vowed to retaliate": a past form cannot share an auxiliary that takes the base form)
  const trig = tok(ctx, trigger);
  const past = trig.pos === 'VERB' && trig.lower !== trig.lemma && !trig.lower.endsWith('ing') && !trig.lower.endsWith('s');
  let conj = false;
  for (let i = trigger - 1; i > lo; i--) {
    const t = tok(ctx, i);
    // ("had no contact with any units and remained committed to the truce": "no" negates its noun only)
    if (NEG.has(t.lower)) return conj && (t.lower === 'no' || BASE_AUX.has(tok(ctx, i - 1).lower));
    if (t.pos === 'CCONJ' && tok(ctx, i + 1).pos === 'AUX') return true;
    // ("said Pakistan did not want war and that every provocation would be met with force": a second reported clause)
    if (t.pos === 'CCONJ' && (tok(ctx, i + 1).lower === 'that' || tok(ctx, i + 1).lower === 'if' || tok(ctx, i + 1).lower === 'when')) return true;
    if (t.pos === 'CCONJ' && past && i + 1 === trigger) conj = true;
    // (a verb group opened by a past form: "... and remained committed to")
    if (t.pos === 'CCONJ' && i + 1 < trigger && pastForm(tok(ctx, i + 1)) && verbGroupTo(ctx, i + 2, trigger)) conj = true;
  }
  return false;
}

function pastForm(t: Token): boolean {
  return t.pos === 'VERB' && t.lower !== t.lemma && t.lower.endsWith('ed');
}

/** Tokens from `from` up to `trigger` (exclusive) are verbs, adverbs or particles of one verb group. */
function verbGroupTo(ctx: DocContext, from: number, trigger: number): boolean {
  for (let k = from; k < trigger; k++) { const p = tok(ctx, k).pos; if (p !== 'VERB' && p !== 'ADV' && p !== 'PART') return false; }
  return true;
}

/** Auxiliaries followed by a verb's base form: "did not consult", "will not attend". */
const BASE_AUX = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'wo', 'ca', 'shall']);

const NOT_WORDS = new Set(['not', "n't", 'never', 'refused', 'refuses', 'declined', 'declines', 'refusing', 'declining']);

/**
 * "ruled out military action": what is ruled out is negated; "did not rule out military action",
 * "refused to rule out talks": it stays possible (hypothetical, cue "not rule out": a threat when it is
 * force). Null when the trigger is no object of "rule out".
 */
function ruledOut(ctx: DocContext, trigger: number): { modality: Modality; cue: string } | null {
  const s = ctx.doc.sentences[tok(ctx, trigger).sentence];
  if (!s) return null;
  let i = trigger - 1;
  for (let n = 0; n < 4 && i > s.tokenStart && NP_POS.has(tok(ctx, i).pos) && tok(ctx, i).lower !== 'out'; n++) i--;
  if (i <= s.tokenStart || tok(ctx, i).lower !== 'out' || tok(ctx, i - 1).lemma !== 'rule') return null;
  for (let k = i - 2; k >= s.tokenStart && k >= i - 5; k--) {
    const t = tok(ctx, k);
    if (NOT_WORDS.has(t.lower)) return { modality: 'hypothetical', cue: 'not rule out' };
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.lower !== 'to') break;
  }
  return { modality: 'negated', cue: 'rule out' };
}

/** Verbs of giving up a plan. */
const GIVING_UP = new Set(['drop', 'shelve', 'abandon', 'scrap', 'cancel', 'ditch', 'withdraw', 'reverse', 'suspend', 'freeze', 'halt', 'postpone']);
/** Nouns of a plan that an infinitive completes. */
const PLAN_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bid', 'idea', 'decision', 'offer', 'threat', 'threats', 'intention', 'move']);

/**
 * "Trump had dropped plans to ease sanctions on Iran", "The EU shelved a proposal to lift the embargo": the verb of an
 * infinitive completing a plan noun that a verb of giving up takes as its object — the cue ("dropped plans"), else null.
 */
function droppedPlan(ctx: DocContext, start: number, trigger: number): string | null {
  if (trigger - 3 < start || tok(ctx, trigger - 1).lower !== 'to' || !PLAN_NOUNS.has(tok(ctx, trigger - 2).lower)) return null;
  for (let i = trigger - 3; i >= start && i >= trigger - 7; i--) {
    const w = tok(ctx, i);
    if (w.pos === 'VERB') return GIVING_UP.has(w.lemma) ? `${w.text} ${tok(ctx, trigger - 2).text}` : null;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'PRON' || w.pos === 'NUM' || w.lower === "'s" || w.pos === 'PART')) return null;
  }
  return null;
}

/** Nouns naming an account not yet confirmed: "reports that ...", "rumours of ...". */
const REPORT_NOUNS = new Set(['report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors']);
/** Verbs that make a report a fact ("confirmed reports that"), or leave it to the rules of denial ("denied reports that"). */
const REPORT_SETTLED = new Set(['confirm', 'verify', 'corroborate', 'acknowledge', 'deny', 'dismiss', 'reject', 'refute']);
/** Words between "reports of" and the act they tell ("reports of heavy Israeli strikes"). */
const REPORT_OF_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "declined to comment on reports that Iran had supplied missiles to Russia", "amid unconfirmed reports of Israeli strikes":
 * what reports tell, with no one confirming it, is not asserted. The index of the report noun whose "that" clause (with a
 * subject of its own: not the relative "a report that found") or "of" phrase holds the trigger, else -1. A report a verb
 * right before it confirms ("confirmed reports that") tells a fact; one it denies is left to the rules of denial.
 */
function reportedContent(ctx: DocContext, start: number, trigger: number): number {
  for (let i = trigger - 2; i >= start && i >= trigger - 14; i--) {
    const t = tok(ctx, i);
    if (t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“') return -1;
    // (wink tags a capitalised "Reports" opening the sentence a proper noun)
    if (!(t.pos === 'NOUN' || (t.pos === 'PROPN' && i === start)) || !REPORT_NOUNS.has(t.lower)) continue;
    const next = tok(ctx, i + 1).lower;
    if (next === 'that') {
      const o = tok(ctx, i + 2);
      if (o.pos === 'VERB' || o.pos === 'AUX') return -1;
      for (let k = i + 2; k < trigger; k++) if (tok(ctx, k).text === ',') return -1;
    } else if (next === 'of') {
      for (let k = i + 2; k < trigger; k++) if (!REPORT_OF_MODIFIERS.has(tok(ctx, k).pos)) return -1;
    } else return -1;
    for (let j = i - 1; j >= start && j >= i - 4; j--) {
      const v = tok(ctx, j);
      if (v.pos !== 'VERB') continue;
      if (REPORT_SETTLED.has(v.lemma) && !(j > start && NEG.has(tok(ctx, j - 1).lower))) return -1;
      break;
    }
    return i;
  }
  return -1;
}

function modalityCore(ctx: DocContext, cand: Candidate): { modality: Modality; cue?: string } {
  const s = ctx.doc.sentences[cand.sentence];
  if (!s) return { modality: 'asserted' };
  const last = tok(ctx, s.tokenEnd - 1);
  if (last.text === '?') return { modality: 'question', cue: '?' };
  const trig = tok(ctx, cand.trigger);
  // ("Germany will send troops, the defence minister said": an attribution after a comma is a clause of its own)
  const lo = inverted(ctx, cand.trigger, s.tokenStart) ?? clauseLeft(ctx, cand.trigger, s.tokenStart);
  const lex = lexicon(ctx);
  // ("would not hesitate to retake Nasir": not hesitating to act is intending to)
  if (cand.trigger - 3 >= lo && tok(ctx, cand.trigger - 1).lower === 'to' && tok(ctx, cand.trigger - 2).lemma === 'hesitate' && NEG.has(tok(ctx, cand.trigger - 3).lower)) {
    return { modality: 'future-intent', cue: 'not hesitate to' };
  }
  // negation close to the trigger ("did not attack", "has never met", "no shots were fired")
  for (let i = cand.trigger - 1; i >= lo && i >= cand.trigger - 4; i--) {
    const t = tok(ctx, i);
    // a word inside a name is no negation ("Doctors Without Borders")
    if (((lex.form[i] as number) & F_NEG) !== 0 && ctx.actorAt[i] === -1) {
      const prev = i > lo ? tok(ctx, i - 1).lower : '';
      // "won't" and "can't" come split as "wo"/"ca" + "n't": their lemmas say which auxiliary it is
      const prevLemma = i > lo ? tok(ctx, i - 1).lemma.toLowerCase() : '';
      const cue = FUT.has(prev) || prev === 'would' ? `${prev} not` : prev === 'wo' && prevLemma === 'will' ? 'will not' : prevLemma === 'can' && tok(ctx, i - 1).pos === 'AUX' ? 'cannot' : t.text;
      // ("threatened sanctions if Russia did not agree to a ceasefire": a condition is supposed, whether or not negated)
      const cond = conditionOpening(ctx, s.tokenStart, i);
      if (cond) return { modality: 'hypothetical', cue: cond };
      return { modality: 'negated', cue };
    }
    // ("said it had not been informed and summoned India's envoy": a new predicate after "and" leaves the negation behind)
    if (t.pos === 'VERB' || t.text === ',' || (t.pos === 'CCONJ' && newPredicate(ctx, i, cand.trigger))) break;
  }
  // ("has not said whether it would retaliate", "did not say whether the attack was in retaliation": an open question,
  // whatever negates the verb of saying before it)
  const open = whetherBefore(ctx, lo, cand.trigger);
  if (open) return { modality: 'question', cue: open };
  // ("has never acknowledged deploying troops", "did not confirm carrying out the strike": not owned up to, not denied)
  if (trig.lower.endsWith('ing') && cand.trigger - 2 >= lo && ADMIT.has(tok(ctx, cand.trigger - 1).lemma) && NEG.has(tok(ctx, cand.trigger - 2).lower)) {
    return { modality: 'speculative', cue: `${tok(ctx, cand.trigger - 2).text} ${tok(ctx, cand.trigger - 1).text}` };
  }
  // ("Moscow is unlikely to accept the proposal": a guess about what will happen, which wink flags as a negation)
  if (cand.trigger - 2 >= lo && tok(ctx, cand.trigger - 1).lower === 'to' && LIKELY.has(tok(ctx, cand.trigger - 2).lower)) {
    return { modality: 'speculative', cue: `${tok(ctx, cand.trigger - 2).text} to` };
  }
  // ("dropped plans to ease sanctions", "shelved a proposal to lift the embargo": a plan given up is not carried out)
  const dropped = droppedPlan(ctx, s.tokenStart, cand.trigger);
  if (dropped) return { modality: 'negated', cue: dropped };
  // ("declined to comment on reports that Iran had supplied missiles", "did not comment on reports that drones hit a refinery")
  const report = reportedContent(ctx, s.tokenStart, cand.trigger);
  if (report >= 0) return { modality: 'speculative', cue: tok(ctx, report).text };
  // ("would not stop attacking Israel": wink's negation reaches the gerund of a halt denied, which goes on)
  if (trig.negated && !(trig.lower.endsWith('ing') && cand.trigger - 1 >= lo && haltDenied(ctx, cand.trigger - 1, lo)) && !negatedByName(ctx, lo, cand.trigger) && !newVerbGroup(ctx, lo, cand.trigger)) return { modality: 'negated', cue: 'not' };
  for (let i = cand.trigger + 1; i < Math.min(cand.end + 3, s.tokenEnd); i++) {
    const t = tok(ctx, i);
    // ("carried out no new strikes", "set up no checkpoints": after the verb's particle too)
    if (t.lower === 'no' && (i <= cand.trigger + 1 || (i < cand.end && particlesOnly(ctx, cand.trigger + 1, i)))) return { modality: 'negated', cue: t.text };
    // ("killed nobody", "hit nothing": a negative object)
    if (i === cand.end && NOBODY.has(t.lower)) return { modality: 'negated', cue: t.text };
  }
  const ruledOut = trig.pos === 'NOUN' || trig.lower.endsWith('ing') ? outOfQuestion(ctx, cand.end, s.tokenEnd) : null;
  if (ruledOut) return { modality: ruledOut, cue: 'out of the question' };
  // "vowed to hit back at any assault by the rebels", "respond to any aggression": an event of any kind is none in particular
  // (an adjective opening a noun pattern too: "any Indian military action")
  if ((trig.pos === 'NOUN' || trig.pos === 'ADJ') && anyDeterminer(ctx, lo, cand.trigger)) return { modality: 'hypothetical', cue: 'any' };
  const supposed = trig.pos === 'NOUN' ? modalPredicate(ctx, lo, cand.trigger, s.tokenEnd) : null;
  // ("Turkish operations against the PKK will continue": what goes on is announced to go on — a plan, no supposition)
  if (supposed && (supposed.toLowerCase() === 'will' || supposed.toLowerCase() === 'shall') && continuesAfter(ctx, cand.trigger, s.tokenEnd)) return { modality: 'future-intent', cue: supposed };
  if (supposed) return { modality: 'hypothetical', cue: supposed };
  if (reducedRelative(ctx, lo, cand.trigger, s.tokenEnd)) return { modality: 'speculative', cue: 'reduced relative' };
  const history = sentenceHas(ctx, cand.sentence, F_HISTORY) ? historySpan(ctx, s.tokenStart, cand.trigger, s.tokenEnd) : null;
  if (history) return { modality: 'speculative', cue: history };
  if (accusedRelative(ctx, lo, cand.trigger, s.tokenEnd)) return { modality: 'speculative', cue: 'reduced relative' };
  if (trig.pos === 'NOUN' && causeOfProtest(ctx, lo, cand.trigger)) return { modality: 'speculative', cue: 'cause of protest' };
  // ("marched on the anniversary of last year's deadly demonstrations": an act remembered is history)
  if (trig.pos === 'NOUN' && anniversaryOf(ctx, lo, cand.trigger)) return { modality: 'speculative', cue: 'anniversary of' };
  // ("infrastructure used to plan attacks against India", "plotting attacks": an act planned is not done)
  if (trig.pos === 'NOUN') {
    let j = cand.trigger - 1;
    while (j > lo && (tok(ctx, j).pos === 'DET' || tok(ctx, j).pos === 'ADJ' || tok(ctx, j).pos === 'NUM')) j--;
    if (j >= lo && tok(ctx, j).pos === 'VERB' && PLANNING.has(tok(ctx, j).lemma)) return { modality: 'hypothetical', cue: tok(ctx, j).text };
  }
  const scoped = scopedCue(ctx, lo, cand.trigger, cand.pattern.code);
  if (scoped) return scoped;
  const topic = topicOfTalks(ctx, lo, cand.trigger);
  if (topic) return { modality: 'hypothetical', cue: topic };
  // a predicate inside the matched span, after a noun trigger ("sanctions on Y will be lifted",
  // "peacekeepers could not arrive"): its own auxiliaries and negation decide
  if (cand.end - 1 > cand.trigger && tok(ctx, cand.end - 1).pos === 'VERB' && trig.pos !== 'VERB') {
    for (let i = cand.trigger + 1; i < cand.end - 1; i++) {
      const t = tok(ctx, i);
      if (NEG.has(t.lower)) return { modality: 'negated', cue: t.text };
      if (FUT.has(t.lower)) return { modality: 'future-intent', cue: t.text };
      if (HYPO.has(t.lower)) return { modality: 'hypothetical', cue: t.text };
      if (SPEC_WORDS.has(t.lower) && t.pos !== 'PROPN' && !monthMay(t)) return { modality: 'speculative', cue: t.text };
    }
  }
  // ("The talks between Iran and the US, scheduled for Sunday, were postponed": a meeting whose own predicate calls it off
  // did not take place)
  // (also "Talks" opening the sentence, which wink tags a proper noun)
  if ((trig.pos === 'NOUN' || (trig.pos === 'PROPN' && cand.trigger === s.tokenStart)) && cand.pattern.code.startsWith('04')) {
    const said = meetingPredicate(ctx, cand.end, s.tokenEnd);
    if (said) return said;
  }
  // ("the second phase would be harder to negotiate", "a deal difficult to reach": the infinitive says how
  // hard the thing is to do, and states no one's intent)
  if (trig.pos === 'VERB' && cand.trigger - 2 >= lo && tok(ctx, cand.trigger - 1).lower === 'to' && TOUGH_ADJ.has(tok(ctx, cand.trigger - 2).lower)) {
    return { modality: 'hypothetical', cue: `${tok(ctx, cand.trigger - 2).text} to` };
  }
  // the trigger has its own finite past auxiliary ("the bases it has seized", "the men who were
  // abducted"): a "will" or "plans to" further left belongs to another verb
  const ownTense = trig.pos === 'VERB' && ownPastAux(ctx, lo, cand.trigger);
  // cues anywhere left in the clause, nearest first
  for (let i = cand.trigger - 1; i >= lo; i--) {
    const t = tok(ctx, i);
    const l = t.lower;
    // ("opened fire to disperse demonstrators, killing one person and arresting 12": a participle after the comma
    // hangs on the clause's main verb, not on a purpose infinitive after it — the cues before the main verb decide)
    // ("told troops to prepare, drawing a rebuke from Beijing": what the act's outcome participle names was drawn — the
    // cues of the clause before it are the act's)
    if (t.text === ',' && i + 1 < cand.trigger && tok(ctx, i + 1).pos === 'VERB' && RESULT_ING.has(tok(ctx, i + 1).lemma)) break;
    if (t.text === ',' && participleFrom(ctx, i + 1, cand.trigger)) {
      const v = mainVerbOf(ctx, lo, i);
      // ("are expected to agree on a package of sanctions, banning imports": the participle is as real as the verb
      // complement it hangs on — an infinitive after a verb or adjective, not a purpose after a noun: "fire to disperse")
      // (not a participle of the whole act's outcome: "told troops to prepare, drawing a rebuke from Beijing" — the rebuke
      // answers the telling, whatever becomes of the preparing)
      const c = RESULT_ING.has(tok(ctx, i + 1).lemma) ? -1 : complementBefore(ctx, v, i);
      if (c >= 0) {
        const head = modalityCore(ctx, { ...cand, trigger: c, end: c + 1 });
        if (head.modality !== 'asserted') return head;
      }
      if (v >= 0) { i = v; continue; }
    }
    // (", Erdogan said after hosting the leaders", ", with Rubio hailing the deal": a trailing reporter's clause, or an
    // absolute "with" clause, after a comma has cues of its own)
    if (t.text === ',' && trailingClause(ctx, i + 1, cand.trigger)) break;
    // ("China denied that its coast guard had used force, saying the Philippine vessels had intruded": the participle of
    // saying after a comma reports a claim of its own, outside the denial)
    // (a denial's only: "claimed responsibility ..., saying they had downed it" stays the claim it is)
    if (t.text === ',' && i + 1 < cand.trigger && tok(ctx, i + 1).pos === 'VERB' && tok(ctx, i + 1).lower.endsWith('ing') && SAYING_ING.has(tok(ctx, i + 1).lower)
      && denialBefore(ctx, lo, i)) break;
    // ("Hamas said it would hand over the bodies, and the United Nations urged Israel to open": a clause of its own after
    // ", and" with a named subject keeps its own modality)
    if ((l === 'and' || l === 'but') && i > lo && tok(ctx, i - 1).text === ',' && ownSubjectClause(ctx, i + 1, cand.trigger)) break;
    // ("said Kampala would keep its troops and that its soldiers had repelled an attack": a second reported clause has its own)
    if (l === 'that' && i > lo && (tok(ctx, i - 1).lower === 'and' || tok(ctx, i - 1).lower === 'but')) break;
    // ("said Taiwan would not back down, adding that the forces had been put on high alert": a further saying after a comma
    // reports a clause of its own)
    if (l === 'that' && i - 2 >= lo && SAYING_ING.has(tok(ctx, i - 1).lower) && tok(ctx, i - 2).text === ',') break;
    // ("President X, who has vowed to defeat the group, flew to the front": a relative clause set off by commas
    // before the trigger's verb holds no cue of the main clause's)
    // ("Bamako, which said it would file a complaint, announced it was withdrawing": also before the main verb's group)
    if (t.text === ',') {
      const open = commaRelativeOpen(ctx, lo, i);
      if (open >= 0) { i = open; continue; }
    }
    const fb = lex.form[i] as number;
    const lb = lex.lemma[i] as number;
    // ("Israel has yet to agree to a ceasefire", "is yet to sign": not done so far)
    if (l === 'yet' && i > lo && i + 1 < cand.trigger && tok(ctx, i + 1).lower === 'to' && tok(ctx, i - 1).pos === 'AUX') return { modality: 'negated', cue: 'yet to' };
    if ((lb & L_DENY) !== 0 && i + 1 < cand.trigger && deniedAt(ctx, reportOwner(ctx, pastTimePhrase(ctx, i + 1, cand.trigger), cand.trigger))) return { modality: 'negated', cue: t.text };
    // ("Moscow denied its jets had violated Estonian airspace": "that" left out before the denied clause's own subject)
    if (t.lemma === 'deny' && t.pos === 'VERB' && i + 2 < cand.trigger && DENIED_SUBJECTS.has(tok(ctx, i + 1).lower)) return { modality: 'negated', cue: t.text };
    // ("denied any connection to the Rafah shooting", "rejected any role in the bombing": the act is denied)
    if (DENIED_PART.has(l) && t.pos === 'NOUN' && deniedBefore(ctx, i, lo)) return { modality: 'negated', cue: t.text };
    // ("had no role in the attack", "played no direct part in the strikes", "had nothing to do with the attack", "was not
    // involved in the bombing": a part in the act said to be none)
    // (the act's own noun phrase right after: not "had no role in the attack, and vowed to retaliate")
    if (((DENIED_PART.has(l) && t.pos === 'NOUN' && noneBefore(ctx, i, lo)) || (l === 'involved' && i - 1 >= lo && NOT_NEVER.has(tok(ctx, i - 1).lower)))
      && phraseOnly(ctx, i + 1, cand.trigger)) return { modality: 'negated', cue: t.text };
    if (l === 'nothing' && i + 3 < cand.trigger && tok(ctx, i + 1).lower === 'to' && tok(ctx, i + 2).lower === 'do' && tok(ctx, i + 3).lower === 'with'
      && phraseOnly(ctx, i + 4, cand.trigger)) return { modality: 'negated', cue: 'nothing to do with' };
    // the content of an accusation, allegation or demanded admission is somebody's claim, not a fact
    // the text asserts ("accused Y of shelling Z", "allegations that Y tortured Z")
    if ((lb & L_ALLEGE) !== 0 && allegedContent(ctx, i, cand.trigger) && !doubtedIdentity(ctx, i, cand.trigger)) return { modality: 'speculative', cue: t.text };
    if ((lb & L_HELD_FOR) !== 0 && (t.pos === 'VERB' || (t.pos === 'NOUN' && !HELD_FOR_VERB_ONLY.has(t.lemma))) && heldFor(ctx, i, cand.trigger) && !presupposedIn(ctx, i + 1, cand.trigger)) return { modality: 'speculative', cue: `${t.text} for` };
    // ("an important step towards ending the war", "progress toward securing a truce"): a goal approached is not reached
    if ((l === 'towards' || l === 'toward') && i + 1 === cand.trigger && trig.lower.endsWith('ing')) return { modality: 'future-intent', cue: t.text };
    // a purpose is not yet an outcome: "a meeting aimed at establishing relations"
    if ((fb & F_PURPOSE) !== 0 && i + 1 < cand.trigger && AT_TO.has(tok(ctx, i + 1).lower)) return { modality: 'future-intent', cue: `${t.text} ${tok(ctx, i + 1).text}` };
    // ("ordered officers to shoot anyone who attacked a police station": what anyone might do is supposed)
    if (l === 'whoever' || (l === 'who' && i > lo && ANYONE.has(tok(ctx, i - 1).lower))) return { modality: 'hypothetical', cue: t.text };
    // ("as long as Western troops in turn withdraw", "provided that Israel halts its strikes": a condition)
    if ((l === 'long' && i - 1 >= lo && tok(ctx, i - 1).lower === 'as' && i + 1 < cand.trigger && tok(ctx, i + 1).lower === 'as')
      || (l === 'provided' && i + 1 < cand.trigger && tok(ctx, i + 1).lower === 'that')) return { modality: 'hypothetical', cue: l === 'long' ? 'as long as' : 'provided that' };
    // ("would not be intimidated and ordered the mobilisation": the modal is the first predicate's)
    if (newPredicate(ctx, i, cand.trigger)) break;
    const hypo = (fb & F_HYPO) !== 0;
    // ("Suspected Boko Haram militants killed 63 people": a word of doubt modifying the subject's noun doubts who
    // did it, not that it was done; the trigger's own phrase — "the suspected attack" — stays in doubt)
    const spec = (((fb & F_SPEC_WORDS) !== 0 && !monthMay(t) && !subjectModifier(ctx, i, cand.trigger)) || ((lb & L_SPEC_VERBS) !== 0 && t.pos === 'VERB' && !subjectModifier(ctx, i, cand.trigger)))
      && !doubtedIdentity(ctx, i, cand.trigger);
    // ("talks would not resume until the ELN stops its attacks", "once Israel withdraws its troops": the act of a clause
    // of "until"/"once" in the present is a condition still to be met)
    if ((l === 'until' || l === 'once') && presentClauseAfter(ctx, i, cand.trigger)) return { modality: 'hypothetical', cue: t.text };
    // (and "as": "agreed to resume flights, as Wang Yi wrapped up a visit to New Delhi")
    // (not "as long as", "as soon as": conditions)
    const asClause = l === 'as' && i > lo && tok(ctx, i - 1).lower !== 'long' && tok(ctx, i - 1).lower !== 'soon' && i + 1 < cand.trigger && tok(ctx, i + 1).lower !== 'long' && tok(ctx, i + 1).lower !== 'soon';
    if (((fb & F_TEMPORAL) !== 0 || asClause) && pastClauseAfter(ctx, i, cand.trigger)) break;
    // "agreed to resume flights after talks between their ministers": what a past act came after took place
    // (or during: "agreed to resume flights during Wang Yi's visit")
    if ((l === 'after' || l === 'following' || (l === 'during' && ownedAct(ctx, i + 1, cand.trigger))) && trig.pos === 'NOUN' && premodifiersOnly(ctx, i + 1, cand.trigger) && pastVerbBefore(ctx, lo, i)) break;
    // (a gerund too: "agreed to open the border after meeting Samia Suluhu Hassan")
    if ((l === 'after' || l === 'following') && i + 1 === cand.trigger && trig.lower.endsWith('ing') && pastVerbBefore(ctx, lo, i)) break;
    if (ownTense) { if (hypo || (fb & F_CLAUSE_OPEN) !== 0) { if (hypo) return { modality: 'hypothetical', cue: t.text }; break; } if (spec) return { modality: 'speculative', cue: t.text }; continue; }
    // ("China said it hoped the Taliban would protect Chinese citizens": a future hoped for inside what is said is no stated
    // intent of its subject either)
    if (l === 'would' && (reportedBefore(ctx, lo, i) || reportedAfter(ctx, cand.end))) {
      const guess = guessedBefore(ctx, s.tokenStart, i);
      return guess ? { modality: 'speculative', cue: guess } : { modality: 'future-intent', cue: 'would' };
    }
    // ("warned that if talks failed, Pakistan would wage open war"): a reported "would" after a fronted condition is a
    // conditional stated as said, as with the condition after it
    if (l === 'would' && frontedConditionSaid(ctx, s.tokenStart, i)) return { modality: 'hypothetical', cue: 'if' };
    // ("threatened to use force if Bazoum was not reinstated and imposed sanctions": a past verb after "and" that
    // follows the condition's own passive is the main clause's, outside the condition)
    if ((l === 'if' || l === 'unless') && afterConditionClause(ctx, i, cand.trigger)) continue;
    if (hypo || (l === 'case' && i > lo && tok(ctx, i - 1).lower === 'in')) return { modality: 'hypothetical', cue: t.text };
    // ("has not yet agreed to extend the truce": "yet" after a negation or auxiliary is an adverb, no clause opener)
    const adverbYet = l === 'yet' && i > lo && (NEG.has(tok(ctx, i - 1).lower) || tok(ctx, i - 1).pos === 'AUX');
    if (((fb & F_CLAUSE_OPEN) !== 0 && !adverbYet) || ((fb & F_RELATIVE) !== 0 && !verbBetween(ctx, i, cand.trigger)) || (l === 'as' && i + 1 < cand.trigger && tok(ctx, i + 1).pos === 'PRON')) break;
    // (", where a war has raged since 2020": a relative clause about a place tells its own facts)
    if (l === 'where' && i > lo && tok(ctx, i - 1).text === ',') break;
    // the trigger is inside a relative clause stating a past fact: "agreed to end a war that began with
    // Israeli air strikes", "will avenge the strikes which killed its commanders"
    if ((l === 'that' || (fb & F_RELATIVE) !== 0) && i > lo && tok(ctx, i - 1).pos === 'NOUN' && pastRelativeRunsTo(ctx.doc.tokens, i, cand.trigger)) break;
    if (spec) return { modality: 'speculative', cue: t.text };
    if (l === 'questions' && i + 2 < cand.trigger && tok(ctx, i + 2).lower === 'whether') return { modality: 'speculative', cue: 'questions whether' };
    // ("Ghana hopes the talks will end the fighting", "Kyiv expects Moscow will reject the plan"): a future wished, feared or
    // guessed by someone else is no one's stated intent
    if ((fb & F_FUT) !== 0) {
      const guess = guessedBefore(ctx, s.tokenStart, i);
      if (guess) return { modality: 'speculative', cue: guess };
    }
    if ((fb & F_FUT) !== 0) return { modality: 'future-intent', cue: unlessAfter(ctx, cand.end, s.tokenEnd) ? `${t.text} unless` : t.text };
    // the trigger is (inside) an infinitive: "agreed to withdraw", "willing to offer military aid"
    // ("are to be mediated": the passive infinitive's "be")
    // (a split infinitive too: "expected to formally recognise")
    const inf = l === 'to' && (i === cand.trigger - 1 || (i === cand.trigger - 2 && tok(ctx, i + 1).pos === 'ADV')) && trig.pos === 'VERB' ? i : (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma === 'be' && i === cand.trigger - 1)) && i > lo && tok(ctx, i - 1).lower === 'to' ? i - 1 : -1;
    if (inf >= 0 && tok(ctx, inf).lower === 'to') {
      const g = governorOf(ctx, lo, inf, cand.sentence);
      const gov = g >= lo ? tok(ctx, g) : null;
      // the intention is itself demanded or supposed: "Y must be ready to mediate", "Y should agree to withdraw"
      const modal = gov ? modalBefore(ctx, lo, g) : null;
      if (modal && (FUT_VERBS.has(gov?.lemma ?? '') || gov?.pos === 'ADJ')) return { modality: 'hypothetical', cue: modal };
      // ("has not yet agreed to extend the truce", "has yet to agree to a ceasefire": a governor not done)
      if (gov && governorNegated(ctx, lo, g)) return { modality: 'negated', cue: `not ${gov.text}` };
      // ("denied it had plans to invade Eritrea", "denied that it planned to attack", "denied having plans to"): the
      // intention itself denied
      if (gov && deniedGovernor(ctx, g)) return { modality: 'negated', cue: `denied ${gov.text}` };
      // ("Modi is to visit Moscow", "the talks are to be held": "be to" + infinitive is a plan)
      // (agreeing to stop firing is declaring a ceasefire, not an intention of one)
      if (gov && gov.lemma === 'agree' && cand.pattern.code === '0871') continue;
      // ("Ukrainian troops had to withdraw", "were forced to withdraw from Sudzha": a past obligation met or a past
      // compulsion is an act done — not "have to", "would have to", "could be forced to")
      if (gov && g > lo && (gov.lower === 'had' ? !(tok(ctx, g - 1).pos === 'AUX' || MODAL_WORDS.has(tok(ctx, g - 1).lower))
        : COMPELLED.has(gov.lower) && (tok(ctx, g - 1).lower === 'was' || tok(ctx, g - 1).lower === 'were'))) continue;
      // "refused to let U.N. inspectors visit", "agreed to allow observers to enter": the act is the
      // object's, let or not let by the governor's subject; whatever the governor intends is its own event
      if (gov && i !== cand.trigger && CAUSATIVE.has(t.lemma) && (FUT_VERBS.has(gov.lemma) || gov.pos === 'ADJ')) {
        return NOT_WORDS.has(gov.lower) || gov.lemma === 'refuse' || gov.lemma === 'decline' ? { modality: 'negated', cue: `${gov.text} to ${t.text}` } : { modality: 'hypothetical', cue: `${gov.text} to ${t.text}` };
      }
      // ("a regulation allowing it to detain foreigners", "a law that authorizes police to arrest": what someone is
      // permitted to do is not done)
      if (gov && (gov.pos === 'PRON' || gov.pos === 'NOUN' || gov.pos === 'PROPN')) {
        const p = permitterBefore(ctx, lo, g);
        if (p >= 0) return { modality: 'hypothetical', cue: `${tok(ctx, p).text} ... to` };
      }
      // ("shunned work on Monday to protest", "summoned the envoy to complain": a protest or complaint that is
      // the purpose of an act done is made by doing it)
      const madeByDoing = gov?.pos === 'NOUN' && /^(14|11)/.test(cand.pattern.code) && trig.pos === 'VERB';
      // ("Ukraine used drones to strike a refinery", "employed artillery to shell the town": what a thing was used to do
      // was done with it)
      if (gov?.pos === 'NOUN' && pastVerbObject(ctx, lo, g, USING, 6)) continue;
      // ("triggered the process to reimpose sanctions", "invoked the mechanism to restore them"): a procedure set going does
      // the act it is for
      if (gov?.pos === 'NOUN' && PROCEDURES.has(gov.lower) && pastVerbObject(ctx, lo, g, STARTING, 5)) continue;
      // ("Slovenia became the first EU country to ban him", "was the only state to vote against"): being the first or only
      // one to do something tells that it was done
      if (gov && (gov.pos === 'NOUN' || gov.pos === 'ADJ') && firstToDo(ctx, lo, g)) continue;
      // ("to discuss a plan to disarm the militia": an indefinite plan is talked about, nobody's stated intent —
      // its cue keeps the article, which no statement of intent has)
      const talkedOf = gov?.pos === 'NOUN' && g - 1 >= lo && (tok(ctx, g - 1).lower === 'a' || tok(ctx, g - 1).lower === 'an') && g - 2 >= lo && tok(ctx, g - 2).pos === 'VERB' && !SUPPORT_V.has(tok(ctx, g - 2).lemma);
      // ("had been deployed to fight al-Shabaab", "sent troops to South Kivu to support the army"): what forces are sent to
      // do is their purpose, not yet done
      // (fighting only: "mobilized groups to help support the Palestinians" is support given by doing so)
      if (gov && /^(18|19|20)/.test(cand.pattern.code) && (DISPATCH.has(gov.lemma) && gov.pos === 'VERB' || ((gov.pos === 'PROPN' || gov.pos === 'NOUN') && dispatchedBefore(ctx, lo, g)))) return { modality: 'future-intent', cue: `${gov.text} to` };
      // ("Trump to meet Putin in Alaska", "Ribadu to visit Washington": a headline's subject name, then "to" and the verb, with
      // no verb before, tells what is planned)
      if (gov && gov.pos === 'PROPN' && inf === g + 1 && headlineSubject(ctx, s.tokenStart, g)) return { modality: 'future-intent', cue: 'to' };
      // ("set a deadline for Ukraine to agree", "an ultimatum for Hamas to disarm", "time for Serbia to accept"): what a
      // deadline or chance is given for is wanted, not done
      if (gov && deadlineFor(ctx, lo, g)) return { modality: 'hypothetical', cue: 'deadline for ... to' };
      // ("I am proud to announce that both sides have signed", "pleased to report that the talks were held": a feeling about
      // telling something tells it as one speaks — the telling is done, and what it tells keeps its own modality)
      if (gov && gov.pos === 'ADJ' && FEELING_ADJ.has(gov.lower) && PERFORMED_SAYING.has(tok(ctx, inf + 1).lemma)) continue;
      if (gov && !madeByDoing && (FUT_VERBS.has(gov.lemma) || gov.lemma === 'set' || gov.lemma === 'go' || (gov.lemma === 'be' && gov.pos === 'AUX') || (gov.pos === 'ADJ' && !DONE_ADJ.has(gov.lower)) || gov.pos === 'NOUN' || (inf === cand.trigger - 1 && offerPurpose(ctx, lo, inf)))) return { modality: 'future-intent', cue: talkedOf ? `a ${gov.text} to` : `${gov.text} to` };
    }
  }
  return { modality: 'asserted' };
}

/** Parts of speech of a headline's subject: names with their titles, "and", a possessive (no verb, number or phrase). */
const HEADLINE_SUBJECT = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'PART', 'PUNCT']);

/** Tokens [from, to] are only a subject's names and titles ("U.S. envoy Witkoff", "India and Pakistan"). */
function headlineSubject(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tok(ctx, k);
    if (!HEADLINE_SUBJECT.has(t.pos) || t.text === ',' || (t.pos === 'NOUN' && t.lower.endsWith('ed'))) return false;
  }
  return true;
}

/** Verbs of sending forces somewhere. */
const DISPATCH = new Set(['deploy', 'send', 'dispatch', 'station', 'mobilize', 'mobilise', 'redeploy', 'rush']);

/** A verb of sending forces governs the phrase that ends at `g` ("deployed troops to South Kivu"), within a few words. */
function dispatchedBefore(ctx: DocContext, lo: number, g: number): boolean {
  for (let k = g - 1; k >= lo && k >= g - 7; k--) {
    const t = tok(ctx, k);
    if (t.pos === 'VERB') return DISPATCH.has(t.lemma);
    if (t.text === ',') return false;
  }
  return false;
}

/** Tokens [from, to) are particles or adverbs only ("out", "up", "ever"). */
function particlesOnly(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = tok(ctx, i).pos;
    if (p !== 'ADP' && p !== 'PART' && p !== 'ADV') return false;
  }
  return true;
}

/** The cue of a later conjunct of an appeal's infinitive (`appealConjunctOf`: "urged Y to release prisoners and arrest ..."), or null. */
function appealConjunct(ctx: DocContext, trigger: number): string | null {
  const j = appealConjunctOf(ctx, trigger);
  return j >= 0 ? `${appealingVerb(ctx, j)} ... to` : null;
}

/** ", blaming Y", ", accusing Y of ...", ", calling on Y to ...": a verbal act's participle right after a comma. */
function trailingSpeechParticiple(ctx: DocContext, cand: Candidate): boolean {
  const t = tok(ctx, cand.trigger);
  if (t.pos !== 'VERB' || !t.lower.endsWith('ing') || !/^(01|02|11|12)/.test(cand.pattern.code)) return false;
  const sent = ctx.doc.sentences[cand.sentence];
  if (!sent || cand.trigger - 1 <= sent.tokenStart || tok(ctx, cand.trigger - 1).text !== ',') return false;
  // (its own negation or condition still counts: ", not blaming anyone")
  return !NEG.has(tok(ctx, cand.trigger - 1).lower);
}
