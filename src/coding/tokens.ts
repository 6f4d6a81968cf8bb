/** Token-level helpers the attachment refiners share. */
import type { ActorMention, Modality, Token } from '../domain/types.js';
import type { DocContext } from './context.js';

export const REL = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'after', 'before', 'while', 'following', 'despite', 'since', 'although', 'though', 'if', 'unless', 'as', 'because', 'amid']);
export const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'it', 'its', 'him', 'them']);
export const STOP_RIGHT = new Set(['that', 'because', 'after', 'before', 'while', 'which', 'who', 'but', 'although', 'when', 'as', 'if', 'unless', 'following']);

export const tok = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;
export const isMedia = (m: ActorMention): boolean => m.kind === 'media';

/** The token at `i` is a verb other than an -ing form ("detained" in "detained and killed"). */
export function plainVerbAt(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && t.pos === 'VERB' && !t.lower.endsWith('ing');
}

export function mentionAt(ctx: DocContext, i: number): number {
  return i >= 0 && i < ctx.actorAt.length ? (ctx.actorAt[i] as number) : -1;
}

const DASHES = new Set(['-', '\u2014', '\u2013', '--']);

/**
 * The first token after a wire dateline that opens the sentence at `start` ("MEKELLE, July 8 (AFP) - A drone strike
 * ...", "GAZA (Reuters) \u2014 ..."): a word in capitals, then within 12 tokens a free-standing dash (spaces on both
 * sides, so not the hyphen of "UN-backed"); else `start`. The dateline says where and when the story was filed, not
 * who did what: the sentence's clause begins after it.
 */
export function datelineEnd(ctx: DocContext, start: number, end: number): number {
  const toks = ctx.doc.tokens;
  const first = toks[start];
  // (accented capitals too: "BOGOTÁ", as the place finder reads them)
  if (!first || !/^\p{Lu}[\p{Lu}.'-]+$/u.test(first.text)) return start;
  for (let k = start + 2; k < end && k < start + 12; k++) {
    const t = toks[k] as Token;
    if (!DASHES.has(t.text)) continue;
    const prev = toks[k - 1] as Token;
    const next = toks[k + 1];
    return prev.end < t.start && (!next || next.start > t.end) ? k + 1 : start;
  }
  return start;
}

/** Auxiliaries that make a verb group past: "was launched", "had fled", "has been seized". */
const PAST_AUX = new Set(['was', 'were', 'had', 'has', 'have']);

/** The verb group at `i` is in the past: a simple past ("began"), or a past auxiliary before a participle or "been". */
export function pastVerbGroup(tokens: readonly Token[], i: number): boolean {
  const x = tokens[i];
  if (!x) return false;
  const next = tokens[i + 1];
  if (x.pos === 'AUX') return PAST_AUX.has(x.lower) && !!next && ((next.pos === 'VERB' && !next.lower.endsWith('ing')) || next.lower === 'been');
  return x.pos === 'VERB' && x.lower !== x.lemma && !x.lower.endsWith('ing') && !x.lower.endsWith('s');
}

/**
 * The relative word at `rel` opens a clause with a past verb ("that began with", "which was launched by",
 * "that had killed") that still runs at `to`: after its verb group no comma, auxiliary or finite verb comes
 * before `to` (in "the men who were abducted will be released" the "will" starts the main clause again),
 * and `to` is not a verb coordinated by "and" ("a report that found X and called for Y").
 */
export function pastRelativeRunsTo(tokens: readonly Token[], rel: number, to: number): boolean {
  let j = rel + 1;
  while (j < to && (tokens[j] as Token).pos === 'ADV') j++;
  if (j >= to || !pastVerbGroup(tokens, j)) return false;
  for (j++; j < to && ((tokens[j] as Token).pos === 'AUX' || (tokens[j] as Token).pos === 'ADV' || ((tokens[j] as Token).pos === 'VERB' && (tokens[j - 1] as Token).pos === 'AUX')); j++);
  for (; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.text === ',' || t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && (tokens[j - 1] as Token).lower !== 'to')) return false;
  }
  return (tokens[to - 1] as Token | undefined)?.lower !== 'and';
}

/** Verbs that name what their object is: "calling it murder", "described the raid as an act of war". */
const LABELLING = new Set(['call', 'label', 'brand', 'term', 'dub', 'describe', 'characterize', 'characterise', 'condemn', 'denounce', 'decry',
  'criticize', 'criticise', 'see', 'view', 'regard', 'consider', 'deem']);
/** Of those, the ones whose complement follows the object directly, with no "as". */
const BARE_COMPLEMENT = new Set(['call', 'label', 'brand', 'term', 'dub', 'consider', 'deem']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** Nouns of a state's holding or sending away people, before "of" and the people ("the detention of Russian citizens"). */
export const HELD_NOUNS: ReadonlySet<string> = new Set(['detention', 'arrest', 'arrests', 'detentions', 'imprisonment', 'jailing', 'deportation', 'expulsion']);

/**
 * "returned to Kabul", "returned to power", "could safely return to their homes": the verb "return" with no
 * object, right before "to" or "home", is the subject going back, not giving anything back; "X returned the
 * paintings to Y" and the passive "the sarcophagus was returned to Y" are.
 */
export function ownReturn(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  if (t.lemma !== 'return' || t.pos !== 'VERB' || trigger + 1 >= ctx.doc.tokens.length) return false;
  const next = tok(ctx, trigger + 1);
  if (next.sentence !== t.sentence || (next.lower !== 'to' && next.lower !== 'home')) return false;
  let i = trigger - 1;
  while (i >= 0 && tok(ctx, i).pos === 'ADV' && tok(ctx, i).sentence === t.sentence) i--;
  return i < 0 || tok(ctx, i).sentence !== t.sentence || !BE_FORMS.has(tok(ctx, i).lower);
}

/**
 * The noun at `trigger` is the complement of a verb of naming, not an act: "calling it murder", "branded
 * the strikes an act of war", "described the raid as a massacre". The verb's object comes first (a pronoun or
 * a noun phrase), then ("as" and) the phrase holding the trigger.
 */
export function labelComplement(ctx: DocContext, trigger: number): boolean {
  const t = tok(ctx, trigger);
  // (a noun, or one the tagger read as a base-form verb: "calling it murder")
  if (t.pos !== 'NOUN' && !(t.pos === 'VERB' && t.lower === t.lemma && trigger > 0 && tok(ctx, trigger - 1).lower !== 'to')) return false;
  const sentence = t.sentence;
  let verb = -1;
  for (let i = trigger - 1; i >= 0 && i >= trigger - 10; i--) {
    const b = tok(ctx, i);
    if (b.sentence !== sentence) return false;
    if (b.pos === 'VERB' || b.pos === 'AUX') { verb = LABELLING.has(b.lemma) && b.pos === 'VERB' ? i : -1; break; }
    if (!NP_TAGS.has(b.pos) && b.lower !== 'as' && b.lower !== 'of' && b.text !== "'s") return false;
  }
  if (verb < 0) return false;
  // "what she called China's aggression": the fronted "what" is the object, the trigger the complement
  if (freeRelativeNaming(ctx, verb)) return true;
  // the object: a pronoun, or a noun phrase up to its head (the last noun before the complement starts)
  let i = verb + 1;
  if (tok(ctx, i).pos === 'PRON') i++;
  else {
    let head = -1;
    while (i < trigger && NP_TAGS.has(tok(ctx, i).pos) && tok(ctx, i).pos !== 'PRON') {
      const p = tok(ctx, i).pos;
      if (p === 'NOUN' || p === 'PROPN') head = i;
      // a second determiner opens the complement ("called the strikes an act of war")
      if (p === 'DET' && head >= 0) break;
      i++;
    }
    if (head < 0) return false;
  }
  if (i > trigger) return false;
  const as = tok(ctx, i).lower === 'as';
  if (!as && !(BARE_COMPLEMENT.has(tok(ctx, verb).lemma) && i > verb + 1)) return false;
  // (the complement is a noun phrase up to the trigger: "called Israel's attack a crime" has the attack for object)
  for (let k = as ? i + 1 : i; k < trigger; k++) if (!NP_TAGS.has(tok(ctx, k).pos) || tok(ctx, k).pos === 'PRON') return false;
  return !as || i < trigger;
}

/**
 * The verb of naming at `verb` has a fronted "what" for its object: "condemned what she called China's
 * dangerous actions", "in what Kyiv described as a terrorist attack". Between "what" and the verb stand only its
 * subject (a pronoun or a short noun phrase) and auxiliaries. Such a verb names a thing; it is no act ("called"
 * is no phone call), and what follows it is a label.
 */
export function freeRelativeNaming(ctx: DocContext, verb: number): boolean {
  const v = tok(ctx, verb);
  if (!LABELLING.has(v.lemma) || v.pos !== 'VERB') return false;
  for (let i = verb - 1; i >= 0 && i >= verb - 6; i--) {
    const b = tok(ctx, i);
    if (b.sentence !== v.sentence) return false;
    if (b.lower === 'what') return i < verb - 1;
    if (!NP_TAGS.has(b.pos) && b.pos !== 'AUX' && b.pos !== 'ADV' && b.text !== "'s") return false;
  }
  return false;
}

/**
 * The trigger at `trigger` names or lies in the label given by a verb of naming with a fronted "what" ("in what
 * Kyiv called a terrorist attack", "what she called ..."): a name given, no act told.
 */
export function inFreeRelativeLabel(ctx: DocContext, trigger: number): boolean {
  if (freeRelativeNaming(ctx, trigger)) return true;
  const sentence = tok(ctx, trigger).sentence;
  for (let i = trigger - 1; i >= 0 && i >= trigger - 8; i--) {
    const b = tok(ctx, i);
    if (b.sentence !== sentence) return false;
    if (b.pos === 'VERB') return freeRelativeNaming(ctx, i);
    if (!NP_TAGS.has(b.pos) && b.lower !== 'as' && b.lower !== 'of' && b.text !== "'s") return false;
  }
  return false;
}

/** "at least 19", "more than 300", "nearly 40", "up to 20": a count told roughly opens at `i`. */
export function roughCount(ctx: DocContext, i: number, hi: number): boolean {
  if (i + 2 >= hi) return false;
  const pair = `${tok(ctx, i).lower} ${tok(ctx, i + 1).lower}`;
  return (pair === 'at least' || pair === 'more than' || pair === 'up to' || pair === 'fewer than' || pair === 'less than') && tok(ctx, i + 2).pos === 'NUM';
}

const COMMA_RELATIVES = new Set(['who', 'which', 'whose']);

/**
 * Token `i` lies in a relative clause set off by a comma (", which backs M23", ", who had been hosting
 * talks"): the nearest comma before it, after `start` and with no ";" between, opens with who/which/whose.
 */
export function inCommaRelative(tokens: readonly Token[], i: number, start: number): boolean {
  for (let j = i - 1; j > start; j--) {
    const t = tokens[j] as Token;
    if (t.text === ';') return false;
    if (t.text === ',') return COMMA_RELATIVES.has((tokens[j + 1] as Token).lower);
  }
  return false;
}

/**
 * From `at`: "a"/"an", a noun phrase, then an actor as the subject of the verb group ending at `trigger`: an apposition with a
 * relative clause of its own (", a move the Philippines rejected", ", a condition Ukraine has rejected").
 */
export function appositiveRelative(ctx: DocContext, at: number, trigger: number): boolean {
  const a = tok(ctx, at);
  if ((a.lower !== 'a' && a.lower !== 'an') || tok(ctx, trigger).pos !== 'VERB') return false;
  let i = at + 1;
  let noun = false;
  while (i < trigger && (tok(ctx, i).pos === 'ADJ' || tok(ctx, i).pos === 'NOUN') && ctx.actorAt[i] === -1) { noun ||= tok(ctx, i).pos === 'NOUN'; i++; }
  if (!noun || i >= trigger || ctx.actorAt[i] === -1) return false;
  while (i < trigger && ctx.actorAt[i] !== -1) i++;
  while (i < trigger && (tok(ctx, i).pos === 'AUX' || tok(ctx, i).pos === 'ADV')) i++;
  return i === trigger;
}

/** The comma opening an apposition with its own relative clause ending at `trigger` (", a move X rejected"), within ten tokens after `lo`; -1 when none. */
export function appositionComma(ctx: DocContext, trigger: number, lo: number): number {
  for (let i = trigger - 1; i > lo && i >= trigger - 10; i--) {
    if (tok(ctx, i).text !== ',') continue;
    return appositiveRelative(ctx, i + 1, trigger) ? i : -1;
  }
  return -1;
}

/** Words of a time limit given to a party: "gave Y 10 days", "granted Y until Friday" (attach, modality). */
export const TIME_LIMIT = new Set(['hours', 'days', 'weeks', 'months', 'until', 'deadline', 'hour', 'day', 'week', 'month']);

/**
 * The "to" of a range of numbers with hyphened units ("a two- to three-day truce", "10- to 15-year terms"): neither a
 * preposition nor an infinitive.
 */
export function rangeTo(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i] as Token).lower !== 'to') return false;
  const dash = tokens[i - 1];
  const num = tokens[i - 2];
  const next = tokens[i + 1];
  return !!dash && !!num && !!next && dash.text === '-' && num.end === dash.start && num.pos === 'NUM' && next.pos === 'NUM';
}

/** Verbs of asking whose object's infinitive is only asked for ("urged Y to ...", "called on Y to ..."). */
const APPEALING = new Set(['urge', 'ask', 'call', 'appeal', 'press', 'encourage', 'implore', 'request', 'invite', 'push', 'pressure', 'advise', 'beg', 'exhort']);

/** The verb of asking before the infinitive at `j` ("urged Damascus to", "called on the parties to"), or ''. */
export function appealingVerb(ctx: DocContext, j: number): string {
  const sent = ctx.doc.sentences[tok(ctx, j).sentence] as { tokenStart: number };
  // (a long addressee with an acronym in brackets: "called for his Kurdistan Workers Party (PKK) to disarm")
  for (let k = j - 2; k >= sent.tokenStart && k > j - 12; k--) {
    const g = tok(ctx, k);
    if (g.pos === 'VERB') return APPEALING.has(g.lemma) && !g.lower.endsWith('ing') ? g.text : '';
    if (g.pos === 'AUX' || g.text === ',') break;
  }
  return '';
}

/**
 * The verb at `trigger` is a later conjunct of an infinitive that a verb of asking governs: "urged Y to normalise ties,
 * to expel militants and to take responsibility", "urged Y to release prisoners and arrest the perpetrators" (a base
 * form after "and", "or" or a comma, with "to" or not). The first infinitive (the verb right after the "to" the verb of
 * asking governs), or -1.
 */
export function appealConjunctOf(ctx: DocContext, trigger: number): number {
  const t = tok(ctx, trigger);
  if (t.pos !== 'VERB' || t.lower !== t.lemma) return -1;
  const sent = ctx.doc.sentences[tok(ctx, trigger).sentence];
  if (!sent || trigger - 2 < sent.tokenStart) return -1;
  let i = trigger - 1;
  if (i > sent.tokenStart && tok(ctx, i).lower === 'to') i--;
  while (i > sent.tokenStart && tok(ctx, i).pos === 'ADV') i--;
  const c = tok(ctx, i).lower;
  if (c !== 'and' && c !== 'or' && c !== ',') return -1;
  // back to the first infinitive: no finite verb, clause opener or quotation on the way
  for (let j = i - 1; j > sent.tokenStart && j > trigger - 40; j--) {
    const b = tok(ctx, j);
    if (b.pos === 'AUX' || b.lower === 'that' || b.lower === 'which' || b.lower === 'who' || b.text === '"' || b.text === ';') return -1;
    if (b.pos !== 'VERB') continue;
    if (tok(ctx, j - 1).lower === 'to' && tok(ctx, j - 1).pos === 'PART') {
      const asking = appealingVerb(ctx, j);
      if (asking) return j;
      // (a verb before the "to" that asks nothing ends the search; else an earlier infinitive of the list)
      for (let k = j - 2; k >= sent.tokenStart && k > j - 10; k--) {
        const g = tok(ctx, k);
        if (g.pos === 'VERB') return -1;
        if (g.pos === 'AUX' || g.text === ',') break;
      }
      continue;
    }
    if (b.lower === b.lemma) continue;
    return -1;
  }
  return -1;
}

/** The hyphen at `h` joins a name and a participle with no spaces ("Rwanda-backed"). */
export function tightNameHyphen(toks: readonly Token[], h: number): boolean {
  const a = toks[h - 1];
  const d = toks[h];
  const b = toks[h + 1];
  return !!a && !!d && !!b && d.text === '-' && a.end === d.start && d.end === b.start && a.pos === 'PROPN' && b.lower.endsWith('ed');
}

/**
 * Nouns of intent whose infinitive, after a possessor, is the possessor's act ("Seoul's offer to provide relief", "Hamas's
 * refusal to release", "Iran's attempt to enrich"), with the modality they give that act (null: the clause's own).
 */
export const INTENT_NOUNS: ReadonlyMap<string, Modality | null> = new Map<string, Modality | null>([
  ...['offer', 'plan', 'proposal', 'pledge', 'promise', 'bid', 'decision', 'readiness', 'willingness', 'commitment', 'intention', 'vow',
    'determination'].map((w): [string, Modality] => [w, 'future-intent']),
  ['refusal', 'negated'], ['failure', 'negated'], ['threat', 'hypothetical'],
  ...['attempt', 'move', 'effort', 'efforts'].map((w): [string, null] => [w, null])]);
