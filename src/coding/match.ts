/**
 * The matcher: proposes candidate events per sentence. Every token is looked up (by lemma and by
 * lower-cased form) in the set's word index; each pattern its words trigger is matched forward from
 * that token, unless a word the pattern requires later does not occur later in the sentence.
 * Between two words a pattern may skip up to 4 modifier tokens (determiners, adjectives, adverbs,
 * numbers, nouns, possessives: "agreed to a temporary truce", "signed a new trade deal"); `...`
 * allows any 5 tokens inside the clause. Work is O(tokens × patterns-per-trigger).
 */
import type { ActorMention, Token } from '../domain/types.js';
import { POSSESSIVE_DET, type DocContext } from './context.js';
import type { Pattern, PatternSet, WordElem, Elem } from './patterns.js';
import { entry, lexicon, type Lexicon } from './lexicon.js';
import { mentionAt, rangeTo, tightNameHyphen, tok } from './tokens.js';

export interface Candidate {
  pattern: Pattern;
  sentence: number;
  /** Token index of the trigger. */
  trigger: number;
  /** One past the last token the pattern consumed. */
  end: number;
  /** Mention index filled by a TGT slot, when any. */
  slot?: number;
  /** Tokens matched by the pattern's words (not gaps or slots): the specificity of the reading. */
  words: number;
}

/** Words before an actor noun that modify it ("Kurdish guerrillas", "three hostages"). */
/** Arabic articles written before a surname with a hyphen ("al-Alimi", "el-Sisi", "ash-Shara"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ul']);

const MODIFIES_ACTOR = new Set(['ADJ', 'NUM', 'PROPN']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON', 'SYM']);
const MAX_SKIP = 4;
/** Words opening a clause of their own, which a pattern's modifier skip never crosses. */
const CLAUSE_OPENERS = new Set(['when', 'while', 'whereas', 'where', 'after', 'before', 'because', 'although', 'though', 'unless', 'until', 'since', 'whether', 'if']);
const MAX_GAP = 5;
const AMOUNT = new Set(['million', 'billion', 'trillion', 'worth', 'usd', 'us$', 'eur']);

function posOk(t: Token, pos: WordElem['pos']): boolean {
  if (!pos) return true;
  if (pos === 'N') return t.pos === 'NOUN' || t.pos === 'PROPN';
  if (pos === 'V') return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && t.lower.endsWith('ing'));
  // (a preposition: "welcomed Y to Z", not the "to" of an infinitive, "welcomed Y's decision to act")
  if (pos === 'P') return t.pos === 'ADP';
  return t.pos === 'ADJ' || t.pos === 'VERB';
}

function one(t: Token, a: string, exact: boolean): boolean {
  return t.lower === a || (!exact && t.lemma === a);
}

/** An element's words: the lexicon entries of its one-word alternatives, and its multi-word ones split. */
interface Compiled { single: Int32Array; multi: string[][] }
/**
 * Each element's compiled words, kept on the element itself (non-enumerable: invisible to equality and
 * JSON). The index compiles every element of its set, so their words are lexicon entries before any
 * document's lexicon is made.
 */
const COMPILED = Symbol('compiled');
type WithCompiled = WordElem & { [COMPILED]?: Compiled };

function compile(e: WordElem): Compiled {
  const c = (e as WithCompiled)[COMPILED];
  if (c) return c;
  const made: Compiled = { single: Int32Array.from(e.alts.filter((a) => !a.includes('_')), entry), multi: e.alts.filter((a) => a.includes('_')).map((a) => a.split('_')) };
  Object.defineProperty(e, COMPILED, { value: made, enumerable: false });
  return made;
}

const posFreeCopies = new WeakMap<WordElem, WordElem>();

/** The element without its part-of-speech constraint, made once per element. */
function posFree(e: WordElem): WordElem {
  let c = posFreeCopies.get(e);
  if (!c) { c = { ...e, pos: undefined } as WordElem; posFreeCopies.set(e, c); }
  return c;
}

/**
 * Number of tokens an element matches at token i (0 = no match); multi-word alternatives use `_`. A
 * one-word alternative is the token's form, or its lemma unless exact: compared as lexicon entries.
 */
function wordMatches(tokens: readonly Token[], lex: Lexicon, i: number, e: WordElem, stop: number): number {
  const t = tokens[i] as Token;
  const c = compile(e);
  const form = lex.formEntry[i] as number;
  const lemma = e.exact ? -2 : (lex.lemmaEntry[i] as number);
  const single = c.single;
  for (let k = 0; k < single.length; k++) {
    const w = single[k] as number;
    if (w === form || w === lemma) { if (posOk(t, e.pos) && !rangeTo(tokens, i)) return 1; break; }
  }
  for (const parts of c.multi) {
    if (i + parts.length > stop) continue;
    if (matchesAll(tokens, i, parts, e.exact)) return parts.length;
  }
  return 0;
}

/**
 * Do the tokens from i on match `parts` one by one? (A loop, not `parts.every(callback)`: a callback
 * capturing the caller's arguments would make every call of the caller allocate a context for them.)
 */
function matchesAll(tokens: readonly Token[], i: number, parts: string[], exact: boolean): boolean {
  for (let k = 0; k < parts.length; k++) if (!one(tokens[i + k] as Token, parts[k] as string, exact)) return false;
  return true;
}

/** Quotation marks: scare quotes inside a phrase end nothing ("called the strikes a \u201cheinous act of war\u201d"). */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', '`', '``', "''", "'"]);

/** Words of a person's standing before the title or name that makes the mention ("former", "ousted"). */
const STANDING = new Set(['former', 'ousted', 'exiled', 'deposed', 'jailed', 'detained', 'imprisoned', 'embattled', 'outgoing', 'incoming', 'then']);

/** Double quotation marks (single ones are also apostrophes: "citizens’ rights"). */
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '``', "''"]);

/** Prepositions opening the medium a thing was said in ("in a statement", "on state television", "via Telegram"). */
const MEDIUM_OPENERS = new Set(['in', 'on', 'through', 'via']);
/** Nouns naming the medium or occasion of a statement. */
const MEDIUM_NOUNS = new Set(['statement', 'statements', 'speech', 'interview', 'address', 'post', 'posts', 'letter', 'broadcast', 'television',
  'tv', 'media', 'briefing', 'conference', 'message', 'video', 'communique', 'communiqué', 'tweet', 'telegram', 'x', 'remarks', 'commentary',
  'editorial', 'op-ed', 'dispatch', 'report', 'call', 'radio']);
/** Participles that tell who carried a statement ("carried by KCNA", "released by the ministry"). */
const CARRIED = new Set(['carried', 'released', 'published', 'issued', 'posted', 'aired', 'broadcast']);

/**
 * The end (exclusive) of a phrase telling the medium of what a verb says, starting at `j`: "in a statement", "on state
 * television", "in a post on X", "in a statement carried by the official KCNA news agency"; else `j`. At most a
 * determiner and three modifiers before the medium noun; a "carried by" phrase after it runs over names and modifiers.
 */
function mediumPhraseEnd(tokens: readonly Token[], j: number, stop: number): number {
  let i = j + 1;
  let words = 0;
  while (i < stop && words < 4 && !MEDIUM_NOUNS.has((tokens[i] as Token).lower)) {
    const t = tokens[i] as Token;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'PART') || t.type !== 'word' && t.text !== "'s") return j;
    i++; words++;
  }
  if (i >= stop || !MEDIUM_NOUNS.has((tokens[i] as Token).lower)) return j;
  i++;
  // ("in a video address", "in a television interview", "in a radio broadcast": a medium noun modifying another)
  if (i < stop && MEDIUM_NOUNS.has((tokens[i] as Token).lower) && (tokens[i] as Token).type === 'word') i++;
  // ("in a post on X", "in a speech to parliament": the medium's own place)
  if (i + 1 < stop && ((tokens[i] as Token).lower === 'on' || (tokens[i] as Token).lower === 'to') && (tokens[i + 1] as Token).pos === 'PROPN' && !(tokens[i + 2]?.pos === 'VERB')) i += 2;
  if (i + 1 < stop && CARRIED.has((tokens[i] as Token).lower) && (tokens[i + 1] as Token).lower === 'by') {
    let e = i + 2;
    while (e < stop && e < i + 8 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes((tokens[e] as Token).pos) && (tokens[e] as Token).lower !== 'that') e++;
    if (e > i + 2) i = e;
  }
  return i;
}

/** A single quotation mark opening a quotation ("dismissed it as 'illegal'"): a space before it and a word right after it. */
function openingSingleQuote(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== "'" && t.text !== '\u2018') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && !!after && before.end < t.start && after.start === t.end && after.sentence === t.sentence;
}

function breaks(t: Token): boolean {
  return t.pos === 'PUNCT' && t.text !== "'" && t.text !== '-' && !QUOTE_MARKS.has(t.text);
}

const PARTICLES = new Set(['on', 'upon', 'off', 'up', 'out', 'down', 'back']);
const particles = new WeakMap<WordElem, boolean>();

/** An element made only of verb particles ("on|upon", "off"). */
function isParticle(e: WordElem): boolean {
  let p = particles.get(e);
  if (p === undefined) { p = e.alts.every((a) => PARTICLES.has(a)); particles.set(e, p); }
  return p;
}

/** The actor mention ending at token `last` is the second of two joined by "and" or a comma ("Russia, Ukraine"). */
function pairBefore(ctx: DocContext, last: number): boolean {
  const mi = ctx.actorAt[last] as number;
  const ms = (ctx.mentionTokens[mi] as [number, number])[0];
  const j = ms - 1;
  const t = ctx.doc.tokens[j];
  return !!t && (t.lower === 'and' || t.text === ',') && j > 0 && ctx.actorAt[j - 1] !== -1 && ctx.actorAt[j - 1] !== mi;
}

/** Tries to match elems[k..] starting at token j (j < stop). Returns the end token or -1. */
function matchFrom(ctx: DocContext, elems: Elem[], k: number, j: number, stop: number, out: { slot?: number; words: number; press: boolean }): number {
  if (k === elems.length) return j;
  const tokens = ctx.doc.tokens;
  const e = elems[k] as Elem;
  ctx.work.checks++;
  if (e.kind === 'gap') {
    // (an amount does not count toward the gap: "handed over some $9 million worth of surgical equipment")
    for (let g = 0, n = 0; j + g <= stop; g++) {
      const last = tokens[j + g - 1] as Token;
      // (nor do quotation marks: 'called China's actions "aggressive and dangerous"')
      if (g > 0 && !(last.pos === 'NUM' || last.pos === 'SYM' || AMOUNT.has(last.lower) || (last.pos === 'PUNCT' && QUOTE_MARKS.has(last.text))) && ++n > MAX_GAP) break;
      // a gap crosses neither punctuation nor another verb ("agreed to resign without returning")
      // (the participle of a hyphenated modifier is no verb: "a British-flagged tanker")
      // (nor is the first part of one: "a live-fire drill")
      // (nor a noun after a noun the tagger read as a base verb, before an adjective: "called the missile launch unacceptable")
      if (g > 0 && (breaks(last) || (last.pos === 'VERB' && !last.lower.endsWith('ing') && !hyphenPart(tokens, j + g - 1) && !hyphenPart(tokens, j + g + 1)
        && !taggedCompoundNoun(tokens, j + g - 1) && !modifyingParticiple(tokens, j + g - 1)))) break;
      // nor does it run into an adverbial phrase of time or cause ("agree to a truce after ... talks")
      if (g > 0 && GAP_STOP.has(last.lower)) break;
      // nor into what an inquiry is about ("launched an investigation into the air strike" launches no strike)
      if (g > 1 && INQUIRY_PREPS.has(last.lower) && INQUIRY_NOUNS.has((tokens[j + g - 2] as Token).lemma)) break;
      // nor ends in a conjunction before a verb: a predicate with its own (left-out) subject, not the gap's noun
      // ("smuggled drones into Iran and attacked air defence sites" tells no drones attacking)
      if (g > 0 && (last.lower === 'and' || last.lower === 'or' || last.lower === 'but') && (tokens[j + g] as Token | undefined)?.pos === 'VERB'
        && !(tokens[j + g] as Token).lower.endsWith('ing')) break;
      const r = matchFrom(ctx, elems, k + 1, j + g, stop, out);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (e.kind === 'end') {
    // ("which Algiers denies.", "a charge Moscow denied on Tuesday, saying ...", "has denied and ...")
    let p = j;
    for (;;) {
      const t = tokens[p] as Token | undefined;
      if (p >= stop || !t) break;
      if (t.pos === 'ADV' || timeWord(ctx, tokens, p)) p++;
      else break;
    }
    const t = tokens[p] as Token | undefined;
    if (!(p >= stop || !t || breaks(t) || t.pos === 'CCONJ')) return -1;
    // (a participle after "be" ends a passive clause: "the request was denied." is a refusal, no denial)
    for (let b = j - 2; k === 1 && b >= 0 && b >= j - 4; b--) {
      const w = tokens[b] as Token;
      if (w.lemma === 'be' || w.lemma === 'get') return -1;
      if (w.pos !== 'ADV' && w.pos !== 'PART') break;
    }
    return matchFrom(ctx, elems, k + 1, j, stop, out);
  }
  if (e.kind === 'tgt') {
    let p = j;
    while (p < stop && (tokens[p] as Token).pos === 'DET' && ctx.actorAt[p] === -1) p++;
    // ("received al-Alimi": an Arabic article joined to the surname by a hyphen is part of the name the mention starts after)
    if (p + 2 < stop && ctx.actorAt[p] === -1 && ARABIC_ARTICLES.has((tokens[p] as Token).lower) && (tokens[p + 1] as Token).text === '-'
      && (tokens[p + 1] as Token).start === (tokens[p] as Token).end && ctx.actorAt[p + 2] !== -1) p += 2;
    // a word or two that modify the actor noun without naming anyone: "pursued Kurdish guerrillas",
    // "attacked unarmed protesters", "freed three hostages"
    let q = p;
    while (q < stop && q - p < 2 && ctx.actorAt[q] === -1 && MODIFIES_ACTOR.has((tokens[q] as Token).pos)) q++;
    if (q > p && q < stop && ctx.actorAt[q] !== -1 && ctx.doc.actors[ctx.actorAt[q] as number]?.kind === 'agent') p = q;
    // ("sentenced former Prime Minister Sheikh Hasina": a word of a person's standing before the title that names him)
    else if (q === p + 1 && q < stop && ctx.actorAt[q] !== -1 && STANDING.has((tokens[p] as Token).lower)) p = q;
    // ("called his Indian counterpart": a possessive pronoun before the actor it determines is no slot filler)
    if (p + 1 < stop && ctx.actorAt[p] !== -1 && POSSESSIVE_DET.has((tokens[p] as Token).lower) && ctx.actorAt[p + 1] !== -1 && ctx.actorAt[p + 1] !== ctx.actorAt[p]) p++;
    // ("told their citizens to leave": a possessive pronoun before a noun that names no actor is only its determiner)
    else if (p + 1 < stop && ctx.actorAt[p] !== -1 && POSSESSIVE_DET.has((tokens[p] as Token).lower) && ctx.actorAt[p + 1] === -1
      && OWN_PEOPLE.has((tokens[p + 1] as Token).lower)) return e.optional ? matchFrom(ctx, elems, k + 1, j, stop, out) : -1;
    let mi = p < stop ? (ctx.actorAt[p] as number) : -1;
    // ("in the Russian-led CSTO", "condemned the Iran-backed Houthis": the first half of a tight "<Name>-<participle>"
    // modifier of a party named right after it is no slot filler; that party is)
    if (mi >= 0) {
      const me = (ctx.mentionTokens[mi] as [number, number])[1];
      const next = me + 2 < stop ? (ctx.actorAt[me + 2] as number) : -1;
      if (next >= 0 && next !== mi && tightNameHyphen(tokens, me)) mi = next;
    }
    // (an outlet or reporters are no party to a pattern's slot: "spoke to reporters")
    if (mi >= 0 && (out.press || !pressMention(ctx.doc.actors[mi] as { kind: string; code: string }))) {
      const [, mEnd] = ctx.mentionTokens[mi] as [number, number];
      const at = Math.min(mEnd, stop);
      const r = matchFrom(ctx, elems, k + 1, at, stop, out);
      if (r >= 0) { out.slot = mi; return r; }
      // ("pressed the UAE, Saudi Arabia and Egypt to halt"): the slot holds a list — the pattern goes on after its last member
      for (let end = at, n = 0; n < 6; n++) {
        let x = end;
        if (x < stop && (tokens[x] as Token).text === ',') x++;
        if (x < stop && (tokens[x] as Token).lower === 'and') x++;
        if (x === end || x >= stop) break;
        if (x < stop && (tokens[x] as Token).pos === 'DET' && ctx.actorAt[x] === -1) x++;
        const m2 = x < stop ? (ctx.actorAt[x] as number) : -1;
        if (m2 < 0 || m2 === mi) break;
        end = Math.min((ctx.mentionTokens[m2] as [number, number])[1], stop);
        const r3 = matchFrom(ctx, elems, k + 1, end, stop, out);
        if (r3 >= 0) { out.slot = mi; return r3; }
      }
      // the actor's short form in brackets after it: "the Lebanese Armed Forces (LAF) with ..."
      const acr = tokens[at + 1];
      if (at + 3 <= stop && (tokens[at] as Token).text === '(' && (tokens[at + 2] as Token).text === ')' && acr && /^[A-Z][A-Za-z.]*[A-Z]\.?$/.test(acr.text)) {
        const r2 = matchFrom(ctx, elems, k + 1, at + 3, stop, out);
        if (r2 >= 0) { out.slot = mi; return r2; }
      }
    }
    return e.optional ? matchFrom(ctx, elems, k + 1, j, stop, out) : -1;
  }
  // a verb read as a plural noun right after its subject ("Mordor attacks Gondor"); a base form read as a noun
  // after a subject of two ("Russia, Ukraine swap 175 prisoners", "Thailand and Cambodia trade fire")
  const nx = tokens[j + 1];
  const base = k === 0 && e.pos === 'V' && j > 0 && ctx.actorAt[j - 1] !== -1 && !(tokens[j] as Token).lower.endsWith('s') && pairBefore(ctx, j - 1);
  // (not a word inside one actor's name: "A Bosnian appeals court upheld")
  if (k === 0 && e.pos === 'V' && (tokens[j] as Token).pos === 'NOUN' && ((tokens[j] as Token).lower.endsWith('s') || base) && j > 0 &&
    ctx.actorAt[j - 1] !== -1 && ctx.actorAt[j] === -1 && nx && ((ctx.actorAt[j + 1] !== -1 && ctx.actorAt[j + 1] !== ctx.actorAt[j - 1]) || nx.pos === 'DET' || (base && (nx.pos === 'NUM' || nx.pos === 'NOUN')))) {
    const n = wordMatches(tokens, ctx.lexicon as Lexicon, j, posFree(e), stop);
    if (n > 0) { const r = matchFrom(ctx, elems, k + 1, j + n, stop, out); if (r >= 0) { out.words += n; return r; } }
  }
  // ("warned in a statement that", "said in a televised address on Sunday that": how a verb was said is no part of its pattern)
  if (k > 0 && j < stop && (tokens[j - 1] as Token).pos === 'VERB' && MEDIUM_OPENERS.has((tokens[j] as Token).lower)) {
    const m = mediumPhraseEnd(tokens, j, stop);
    if (m > j) { const r = matchFrom(ctx, elems, k, m, stop, out); if (r >= 0) return r; }
  }
  // ("fired what appeared to be a ballistic missile", "what is believed to be a drone": a hedge before the object's
  // noun phrase is no part of the pattern)
  if (k > 0 && (tokens[j] as Token | undefined)?.lower === 'what') {
    const h = hedgeEnd(tokens, j, stop);
    if (h > j) { const r = matchFrom(ctx, elems, k, h, stop, out); if (r >= 0) return r; }
  }
  // a word: here, or after skipping a few modifiers (not for the trigger itself)
  const maxSkip = k === 0 ? 0 : MAX_SKIP;
  // a verb's particle comes right after it or after its object ("called on Y", "pulled its troops
  // out"), but a particle-led pattern that ends there never reaches past a named actor: "called Putin
  // on Tuesday" is no "call on" (and "met Y on the sidelines" has words after the particle)
  const particle = k === 1 && isParticle(e) && elems.slice(2).every((x) => x.kind === 'tgt');
  // (in a verb's object, a hyphenated modifier counts as one word: "held their first face-to-face talks")
  let bound = maxSkip;
  const hyphenWide = k === 1 && (tokens[j - 1] as Token).pos === 'VERB';
  for (let s = 0; s <= bound && j + s < stop; s++) {
    const t = tokens[j + s] as Token;
    const prev = tokens[j + s - 1] as Token;
    if (hyphenWide && s > 0 && prev.text === '-' && bound < maxSkip + 6) bound += 2;
    // (scare quotes too: 'announced a "massive deployment" of forces')
    // (and a time phrase: "warned on Sunday that", "agreed late on Monday to")
    // ("a suspected ballistic missile", "an estimated 11,000 troops": a participle of doubt or estimate modifies like an adjective)
    if (s > 0 && !SKIPPABLE.has(prev.pos) && !HEDGE_PARTICIPLES.has(prev.lower) && prev.text !== '-' && !DOUBLE_QUOTES.has(prev.text) && !openingSingleQuote(tokens, j + s - 1) && !hyphenPart(tokens, j + s - 1) && !hyphenPart(tokens, j + s + 1)
      && !(ctx.doc.times.length > 0 && timeWord(ctx, tokens, j + s - 1))) break;
    if (s > 0 && particle && prev.pos === 'PROPN' && ctx.actorAt[j + s - 1] !== -1) break;
    // ("killed by Russian troops when a drone struck": a subordinator opens another clause, no modifier)
    if (s > 0 && CLAUSE_OPENERS.has(prev.lower)) break;
    const n = wordMatches(tokens, ctx.lexicon as Lexicon, j + s, e, stop);
    // a pattern's closing preposition that opens a time phrase ("fired a missile on Thursday") is no
    // "fire ... on <target>"
    if (n > 0 && k > 0 && k === elems.length - 1 && t.pos === 'ADP' && j + s + 1 < stop && insideTime(ctx, tokens[j + s + 1] as Token)) continue;
    // a month's name is no word of a pattern: "held talks in March" holds no protest march
    if (n > 0 && k > 0 && t.pos === 'PROPN' && t.text !== t.lower && insideTime(ctx, t)) continue;
    // ("ordered the carrier strike group to deploy": a pattern's last noun modifying a head that names a body or a case is none)
    if (n > 0 && k > 0 && k === elems.length - 1 && t.pos === 'NOUN' && j + s + n < stop && MODIFIED_HEADS.has((tokens[j + s + n] as Token).lower)) continue;
    if (n > 0) {
      const r = matchFrom(ctx, elems, k + 1, j + s + n, stop, out);
      if (r >= 0) { out.words += n; return r; }
    }
    if (breaks(t)) break;
  }
  return e.optional ? matchFrom(ctx, elems, k + 1, j, stop, out) : -1;
}

/**
 * The set's compiled index, made once per pattern set. Pattern words are keyed by their lexicon entry
 * (lexicon.ts registers them; the document's lexicon then gives every token its entries): per entry
 * the patterns it triggers; per pattern the words it still needs after its trigger (one entry list
 * per required word element, any of which will do). A pattern whose needed words do not all occur
 * later in the sentence cannot match and is not tried.
 *
 * Most patterns tried fail that test because a needed word is nowhere in the sentence. So each needed
 * word also has one of 31 bits, and the sentence pass ORs the bits of its words: a pattern whose
 * words' bits are not all there is skipped without looking its words up (`all`: the bits of needs of
 * one word, each required; `any`: those of its first need of several words, one of which is).
 */
interface Trial {
  p: Pattern;
  needs: Int32Array[];
  all: number;
  any: number;
  /** The pattern's slot may hold reporters ("sentenced an American journalist"), not "told reporters": codes other than 01–04. */
  press: boolean;
}
/** Set in every sentence's bits, so that a pattern with no need of several words (`any` = -1) passes. */
const ALWAYS = 1 << 31;
interface Index {
  /** Lexicon entry → the patterns the word triggers (null: none). */
  triggers: Array<Trial[] | null>;
  /** Lexicon entry → its trials' tests packed in one array (`packTrials`), read in order by `tryList`. */
  packed: Array<Int32Array | null>;
  /** One past the highest entry of a pattern word: entries from `top` on (registered later) are no pattern's. */
  top: number;
  /** Per entry: the last token index of the current sentence with that word (as form or lemma), valid when `stamp` is the sentence's. */
  lastAt: Int32Array;
  stamp: Int32Array;
  serial: number;
  /** Per entry: the bit of a needed word (0: no pattern needs the word after its trigger). */
  bit: Int32Array;
  /** The current sentence's bits (with ALWAYS). */
  words: number;
  /** The current sentence's trigger tokens (room for them). */
  at: Int32Array;
}
const indexes = new WeakMap<PatternSet, Index>();

/** Entries of the words of `alts` (of a multi-word alternative, its part `part`), each once. */
function entriesOf(alts: readonly string[], part: number): Int32Array {
  return Int32Array.from(new Set(alts.map((a) => entry(a.split('_')[part] as string))));
}

function indexOf(set: PatternSet): Index {
  const have = indexes.get(set);
  if (have) return have;
  const trials = new Map<Pattern, Trial>();
  const trial = (p: Pattern): Trial => {
    let t = trials.get(p);
    if (t) return t;
    const needs: Int32Array[] = [];
    // a trigger of multi-word alternatives only ("ceasefire_violation", "=on_alert") needs one of their
    // second words next
    const first = (p.elems[0] as WordElem).alts;
    if (first.every((a) => a.includes('_'))) needs.push(entriesOf(first, 1));
    for (let k = 1; k < p.elems.length; k++) {
      const e = p.elems[k] as Elem;
      if (e.kind !== 'word' || e.optional) continue;
      needs.push(entriesOf(e.alts, 0));
    }
    // (speaking to reporters is no contact with them; arresting or sentencing them is an act on them)
    t = { p, needs, all: 0, any: -1, press: p.code.charCodeAt(0) !== 48 || p.code.charCodeAt(1) > 52 };
    trials.set(p, t);
    return t;
  };
  for (const p of set.patterns) for (const e of p.elems) if (e.kind === 'word') compile(e);
  const lists: Array<[number, Trial[]]> = [];
  for (const [w, list] of set.byTrigger) lists.push([entry(w), list.map(trial)]);
  let top = 0;
  for (const t of trials.values()) for (const alts of t.needs) for (const e of alts) top = Math.max(top, e + 1);
  for (const [e] of lists) top = Math.max(top, e + 1);
  const triggers: Array<Trial[] | null> = new Array<Trial[] | null>(top).fill(null);
  for (const [e, list] of lists) triggers[e] = list;
  // the bits: round-robin over the needed words, in the order first needed
  const bit = new Int32Array(top);
  let nextBit = 0;
  for (const t of trials.values()) {
    for (const alts of t.needs) {
      let bits = 0;
      for (const e of alts) {
        if (bit[e] === 0) bit[e] = 1 << (nextBit++ % 31);
        bits |= bit[e] as number;
      }
      if (alts.length === 1) t.all |= bits;
      else if (t.any === -1) t.any = bits;
    }
  }
  const packed = triggers.map((list) => (list ? packTrials(list) : null));
  const made: Index = { triggers, packed, top, lastAt: new Int32Array(top), stamp: new Int32Array(top), serial: 0, bit, words: ALWAYS, at: new Int32Array(64) };
  indexes.set(set, made);
  return made;
}

/**
 * A trigger's trials, their tests packed one after the other in one array (what `tryList` reads for every
 * trial lies together, not in objects and arrays of their own): per trial, the length of its record, its
 * `all` and `any` bits, its number of needs, and per need its number of entries and the entries.
 */
function packTrials(list: readonly Trial[]): Int32Array {
  const out: number[] = [];
  for (const t of list) {
    const at = out.length;
    out.push(0, t.all, t.any, t.needs.length);
    for (const alts of t.needs) out.push(alts.length, ...alts);
    out[at] = out.length - at;
  }
  return Int32Array.from(out);
}

/**
 * Whether every word the pattern needs after its trigger occurs after token i in the sentence: the needs
 * packed from `at` on (their number, then per need its number of entries and the entries).
 */
function feasible(x: Index, pack: Int32Array, at: number, i: number): boolean {
  const needs = pack[at] as number;
  let k = at + 1;
  for (let r = 0; r < needs; r++) {
    const n = pack[k++] as number;
    let ok = false;
    for (let a = 0; a < n; a++) {
      const w = pack[k + a] as number;
      if (x.stamp[w] === x.serial && (x.lastAt[w] as number) > i) { ok = true; break; }
    }
    if (!ok) return false;
    k += n;
  }
  return true;
}

/** Reused per pattern tried: the slot and word count of the match in progress. */
/** `press`: the pattern's slot may hold reporters ("sentenced an American journalist"), not "told reporters". */
const scratch: { slot?: number; words: number; press: boolean } = { words: 0, press: false };

/** Matches each pattern of a trigger list at token i; skips a pattern already found at i (from `first`). */
function tryList(ctx: DocContext, x: Index, list: Trial[], pack: Int32Array, sentence: number, i: number, stop: number, out: Candidate[], first: number): void {
  const slot = scratch;
  const words = x.words;
  for (let l = 0, o = 0; l < list.length; l++) {
    // (the trial's record in `pack`: its length, its bits, its needs)
    const at = o;
    o += pack[at] as number;
    const all = pack[at + 1] as number;
    const any = pack[at + 2] as number;
    if ((all & words) !== all || (any & words) === 0 || !feasible(x, pack, at + 3, i)) continue;
    const { p, press } = list[l] as Trial;
    slot.slot = undefined;
    slot.words = 0;
    slot.press = press;
    const end = matchFrom(ctx, p.elems, 0, i, stop, slot);
    if (end < 0) continue;
    let dup = false;
    for (let c = first; c < out.length; c++) if ((out[c] as Candidate).pattern === p) { dup = true; break; }
    if (dup) continue;
    // (`slot` always written, undefined for none: one object shape for every candidate keeps the
    // refiners' reads of candidates monomorphic)
    out.push({ pattern: p, sentence, trigger: i, end, slot: slot.slot, words: slot.words });
  }
}

/** Words an attributive participle follows: "the visiting delegation", "Y's visiting king", "its
 * ruling party" (a preposition takes a gerund with its object: "prevented Y from attacking Z"). */
const BEFORE_ATTRIBUTIVE = new Set(['DET', 'ADJ']);
const ATTRIBUTIVE_ING = new Set(['visiting', 'ruling', 'warring', 'governing', 'striking', 'protesting', 'invading', 'occupying', 'retreating', 'advancing', 'rioting', 'demonstrating']);

/**
 * An -ing word modifying the actor right after it names who the actor is, not what happens:
 * "Y's visiting King Z", "the warring factions", "the ruling party", "met the visiting delegation".
 * It is no trigger; the actor it describes may still be a party of another event ("refused to meet
 * Y's visiting king" is a refusal, not a visit). A verb before it ("stopped visiting Y") makes it a
 * gerund, and a noun head after it that is no actor ("a bombing campaign") makes it an event noun.
 */
function attributiveParticiple(ctx: DocContext, i: number, sentStart: number): boolean {
  const t = ctx.doc.tokens[i] as Token;
  if (i > sentStart && attributivePast(ctx, i) && !GOING_BETWEEN.has(t.lower)) return true;
  // ("relatives of those killed in the uprising", "those detained last year": people named by what befell them, with
  // no doer — no act the sentence reports; with one, "those killed by Israeli strikes", the act is told)
  if (i > sentStart && (ctx.doc.tokens[i - 1] as Token).lower === 'those' && t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('en'))
    && (ctx.doc.tokens[i + 1] as Token | undefined)?.lower !== 'by') return true;
  if (!t.lower.endsWith('ing') || t.lower.length < 6 || ctx.actorAt[i] !== -1) return false;
  if ((ctx.actorAt[i + 1] ?? -1) === -1) return false;
  if (i === sentStart) return true;
  const p = ctx.doc.tokens[i - 1] as Token;
  if (BEFORE_ATTRIBUTIVE.has(p.pos) || POSSESSIVE_DET.has(p.lower) || p.lower === "'s" || p.lower === "'") return true;
  // after a preposition only the participles news uses to describe people ("against visiting Crown
  // Prince Z"); before a state it is a gerund with its object ("kept Y from visiting Z")
  const next = ctx.doc.actors[ctx.actorAt[i + 1] as number];
  return p.pos === 'ADP' && ATTRIBUTIVE_ING.has(t.lower) && !!next && (next.kind === 'person' || next.kind === 'agent');
}

/** Participles of going between: "a Qatar-brokered truce", "Omani-mediated contacts" tell who mediated, as news of the deal or the talks. */
const GOING_BETWEEN = new Set(['mediated', 'brokered']);

/**
 * A past participle compounded with a hyphen before its noun describes the thing ("its
 * long-threatened invasion", "the Y-occupied territories", "Y-backed militias"): a state or a
 * background act, not an event the sentence reports. (Without the hyphen, "the detained
 * journalists" may still be news of the detention.)
 */
function attributivePast(ctx: DocContext, i: number): boolean {
  const t = ctx.doc.tokens[i] as Token;
  if (t.pos !== 'VERB' || !(t.lower.endsWith('ed') || t.lower.endsWith('en'))) return false;
  // (in quotes: other "targeted" diplomats)
  const quoted = QUOTE_MARKS.has((ctx.doc.tokens[i + 1] as Token | undefined)?.text ?? '') && i > 0 && QUOTE_MARKS.has((ctx.doc.tokens[i - 1] as Token).text);
  const n = ctx.doc.tokens[quoted ? i + 2 : i + 1];
  if (!n || (n.pos !== 'NOUN' && n.pos !== 'PROPN' && !(n.pos === 'ADJ' && DESCRIBING_PAST.has(t.lower)))) return false;
  const at = quoted ? i - 1 : i;
  if ((ctx.doc.tokens[at - 1] as Token).text === '-') return true;
  // ("handed over 22 seriously wounded soldiers", "called for targeted sanctions", "the jailed opposition leader": a
  // participle of a state people or measures are in, after a determiner, number or adjective, describes them)
  if (!DESCRIBING_PAST.has(t.lower)) return false;
  let j = at - 1;
  while (j > 0 && (ctx.doc.tokens[j] as Token).pos === 'ADV') j--;
  const p = ctx.doc.tokens[j] as Token;
  return p.pos === 'DET' || p.pos === 'NUM' || p.pos === 'ADJ' || POSSESSIVE_DET.has(p.lower) || p.lower === "'s" || p.lower === 'of' || p.lower === 'for';
}

/**
 * "called the Russian delegation \"decorative\"", "called the proposal unacceptable": after the object of "call" (a name
 * or a short noun phrase) an adjective or a quotation says what it was called.
 */
function namingCall(ctx: DocContext, i: number): boolean {
  const toks = ctx.doc.tokens;
  const sentence = (toks[i] as Token).sentence;
  let k = i + 1;
  // (a second noun phrase after the object names it: "called the attackers terrorists", "called Kurti a provocateur")
  let head = false;
  let label = false;
  // ("the hospital, which it called a military target": a relative's object named right after the verb)
  if (i >= 2 && (toks[i - 1] as Token).pos === 'PRON' && RELATIVE_OBJECTS.has((toks[i - 2] as Token).lower)
    && ((toks[i + 1] as Token | undefined)?.lower === 'a' || (toks[i + 1] as Token | undefined)?.lower === 'an')) return true;
  let window = i + 8;
  while (k < toks.length && k <= window && (toks[k] as Token).sentence === sentence) {
    const x = toks[k] as Token;
    const actor = (ctx.actorAt[k] ?? -1) >= 0;
    // ("called Iran's decision to suspend cooperation with the agency a devastating message": a noun's infinitive and
    // its phrase belong to the object; the label after it still names it)
    if (head && !label && x.lower === 'to' && x.pos === 'PART' && (toks[k - 1] as Token).pos === 'NOUN' && (ctx.actorAt[k - 1] ?? -1) < 0
      && (toks[k + 1] as Token | undefined)?.pos === 'VERB' && (toks[k + 1] as Token).sentence === sentence) {
      k += 2;
      window = Math.min(i + 16, window + 6);
      continue;
    }
    if (head && !label && (x.lower === 'with' || x.lower === 'of') && k + 1 < toks.length && (toks[k + 1] as Token).pos !== 'PRON') { k++; head = false; continue; }
    if (head && ((!actor && (x.lower === 'a' || x.lower === 'an')) || (LABELS.has(x.lower) && (toks[k - 1] as Token).pos !== 'DET'))) label = true;
    // ("called the missile launch unacceptable": a noun after a noun, tagged a verb, before the adjective)
    if (actor || x.pos === 'PROPN' || x.pos === 'NOUN' || (head && x.pos === 'VERB' && taggedCompoundNoun(toks, k))) head = true;
    // (an object with its phrase: "called the attacks on KFOR troops unacceptable")
    // (and "called Merz's remarks about the city arrogant", "called the decision to exclude Y from the summit regrettable")
    else if (head && OBJECT_PHRASE_PREPS.has(x.lower) && k + 1 < toks.length && (toks[k + 1] as Token).pos !== 'PRON') head = false;
    else if (!(x.pos === 'DET' || x.pos === 'NUM' || x.lower === "'s" || (x.pos === 'ADJ' && !head && NOMINAL_POS.has((toks[k + 1] as Token | undefined)?.pos ?? '')))) break;
    k++;
  }
  if (label) return true;
  if (k >= toks.length) return false;
  // ("a move Guyana called provocative": with no object after it, a relative clause's verb whose object is the noun
  // before its subject)
  if (k === i + 1) {
    const subj = i > 0 ? ctx.actorAt[i - 1] ?? -1 : -1;
    const ms = subj >= 0 ? (ctx.mentionTokens[subj] as [number, number])[0] : -1;
    if (ms < 1 || (toks[ms - 1] as Token).pos !== 'NOUN' || (toks[ms - 1] as Token).sentence !== sentence) return false;
  }
  // ("called the launch absolutely unacceptable": a degree adverb before the adjective)
  if (k > i + 1 && (toks[k] as Token).pos === 'ADV' && (toks[k + 1] as Token | undefined)?.pos === 'ADJ') k++;
  const n = toks[k] as Token;
  if (n.sentence !== sentence) return false;
  if (QUOTE_MARKS.has(n.text)) return true;
  // (the adjective ends the clause: "called the strikes illegal." — not "called Putin late on Tuesday")
  const after = toks[k + 1] as Token | undefined;
  return n.pos === 'ADJ' && (!after || after.sentence !== sentence || after.pos === 'PUNCT' || after.lower === 'and' || after.lower === 'but' || QUOTE_MARKS.has(after.text));
}

/** Measures that "target" a party without force ("the sanctions targeted Rwanda"). */
const MEASURES = new Set(['sanction', 'sanctions', 'tariff', 'tariffs', 'measure', 'measures', 'penalty', 'penalties', 'restriction', 'restrictions',
  'embargo', 'ban', 'bans', 'curbs', 'duties', 'levy', 'levies', 'law', 'decree', 'resolution', 'campaign', 'probe', 'investigation']);

/** The first noun of the clause before the verb at `v` (from the sentence start or a comma) is a measure. */
function measureSubject(ctx: DocContext, v: number, start: number): boolean {
  let k = v - 1;
  while (k > start && (ctx.doc.tokens[k - 1] as Token).text !== ',') k--;
  for (; k < v; k++) {
    const t = ctx.doc.tokens[k] as Token;
    if (t.pos === 'NOUN') return MEASURES.has(t.lower);
    // (a capitalised first word may be tagged a name: "Sanctions announced by ...")
    if (k === start && t.pos === 'PROPN' && MEASURES.has(t.lower)) return true;
  }
  return false;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Prepositions opening a phrase of a named object, before its label ("the attacks on KFOR troops", "remarks about the city"). */
const OBJECT_PHRASE_PREPS = new Set(['on', 'against', 'by', 'about', 'over', 'from', 'toward', 'towards', 'in', 'at']);
/** Relative words a verb of naming's object may be ("which it called", "what Beijing called"). */
const RELATIVE_OBJECTS = new Set(['which', 'that', 'what']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself']);

/** Names that brand those named: "called the attackers terrorists". */
const LABELS = new Set(['terrorists', 'terrorist', 'criminals', 'criminal', 'traitors', 'traitor', 'thugs', 'bandits', 'puppets', 'puppet', 'mercenaries',
  'extremists', 'murderers', 'killers', 'invaders', 'occupiers', 'aggressors', 'aggressor', 'liars', 'liar', 'fascists', 'nazis', 'rebels', 'gangsters',
  'provocateurs', 'provocateur', 'separatists', 'enemies', 'enemy', 'dictator', 'tyrant', 'butcher', 'clowns', 'cowards', 'hypocrites']);

/** Keeps, of the candidates from `first` on, those `keep` accepts (in place, in order). */
function keepFrom(out: Candidate[], first: number, keep: (c: Candidate) => boolean): void {
  let w = first;
  for (let r = first; r < out.length; r++) if (keep(out[r] as Candidate)) out[w++] = out[r] as Candidate;
  out.length = w;
}

/** Resources a concession is granted to exploit ("oil concessions"). */
const RESOURCES = new Set(['oil', 'gas', 'mining', 'mineral', 'logging', 'timber', 'fishing', 'exploration', 'offshore', 'land', 'forest', 'forestry', 'hydrocarbon', 'petroleum', 'drilling', 'port', 'rail', 'railway', 'airport']);

/** Things that are released, published: "a video released by the White House" is no release of people. */
const RELEASED_THINGS = new Set(['video', 'videos', 'footage', 'statement', 'statements', 'report', 'reports', 'image', 'images', 'photo', 'photos',
  'photograph', 'photographs', 'figures', 'data', 'document', 'documents', 'list', 'details', 'results', 'recording', 'recordings', 'audio',
  'transcript', 'letter', 'memo', 'findings', 'audit', 'budget', 'album', 'book', 'film', 'clip', 'clips', 'map', 'maps', 'satellite', 'communique',
  'communiqué', 'readout', 'text', 'draft', 'version', 'tape', 'tapes', 'message']);

/**
 * The participle "released" at `i` hangs on a thing released, not on people: the head noun before it, past an "of"
 * phrase ("a video of that strike released by the White House"), or its object ("released a statement").
 */
function releasedThing(ctx: DocContext, i: number, sentStart: number): boolean {
  const toks = ctx.doc.tokens;
  const after = toks[i + 1];
  let k = i + 1;
  while (k < toks.length && k <= i + 4 && (toks[k] as Token).sentence === (toks[i] as Token).sentence && ((toks[k] as Token).pos === 'DET' || (toks[k] as Token).pos === 'ADJ' || (toks[k] as Token).pos === 'NUM' || (toks[k] as Token).pos === 'PRON')) k++;
  if (after && k < toks.length && RELEASED_THINGS.has((toks[k] as Token).lower)) return true;
  // before: "<thing> released", "<thing> of <phrase> released" — the first noun back decides, unless it is an actor or
  // people ("the list of hostages released by Hamas": people released)
  let j = i - 1;
  for (; j >= sentStart && j >= i - 4; j--) {
    const w = toks[j] as Token;
    if (w.pos === 'VERB' || w.text === ',' || w.pos === 'AUX') return false;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') break;
  }
  if (j < sentStart || j < i - 4) return false;
  const head = toks[j] as Token;
  if (RELEASED_THINGS.has(head.lower)) return true;
  if ((ctx.actorAt[j] ?? -1) >= 0 || RELEASED_PEOPLE.has(head.lower)) return false;
  for (let k = j - 1; k > sentStart && k >= j - 4; k--) {
    const w = toks[k] as Token;
    if (w.lower === 'of') return RELEASED_THINGS.has((toks[k - 1] as Token).lower);
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'NUM') return false;
  }
  return false;
}

/** People who are released (never a thing): "hostages released by Hamas". */
const RELEASED_PEOPLE = new Set(['hostages', 'hostage', 'prisoners', 'prisoner', 'detainees', 'detainee', 'captives', 'captive', 'people', 'soldiers',
  'civilians', 'journalists', 'journalist', 'activists', 'fishermen', 'sailors', 'crew', 'women', 'children', 'men', 'workers', 'nationals', 'citizens']);

/** Past participles that, before a noun, tell a state of people, places or measures rather than an act reported. */
const DESCRIBING_PAST = new Set(['wounded', 'injured', 'targeted', 'armed', 'displaced', 'disputed', 'occupied', 'besieged', 'contested',
  'sanctioned', 'banned', 'exiled', 'jailed', 'imprisoned', 'deposed', 'ousted', 'toppled', 'embattled', 'beleaguered']);

/** Nouns of an inquiry, and the prepositions naming what it is about. */
const INQUIRY_NOUNS = new Set(['investigation', 'probe', 'inquiry', 'enquiry', 'investigations', 'probes', 'inquiries']);
const INQUIRY_PREPS = new Set(['into', 'of', 'on']);

/**
 * ("cancelled his planned meeting with Putin", "rejected the proposed deal"): an -ed word tagged VERB between a determiner
 * or possessive and a noun describes the noun.
 */
function modifyingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.lower.endsWith('ed') || !prev || !next) return false;
  // ("sentenced ousted prime minister Sheikh Hasina to death": a word of an office lost before its title, after a verb too)
  if (OFFICE_LOST.has(t.lower) && (next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN') && (prev.pos === 'VERB' || prev.pos === 'DET' || POSSESSIVE_DET.has(prev.lower))) return true;
  return next.pos === 'NOUN' && (prev.pos === 'DET' || POSSESSIVE_DET.has(prev.lower));
}

/** Participles of an office lost, modifying the title after them ("ousted prime minister", "deposed president"). */
const OFFICE_LOST = new Set(['ousted', 'deposed', 'toppled', 'overthrown', 'exiled', 'impeached']);

/** Words opening an adverbial phrase a pattern's gap does not cross. */
// ("talks ended without an agreement": what is lacking is not acted on)
const GAP_STOP = new Set(['after', 'before', 'since', 'following', 'during', 'amid', 'despite', 'because', 'while', 'when', 'until', 'unless', 'under', 'without']);

/** The "verb" at `i` is the base form between a noun and an adjective: a compound's noun the tagger misread ("missile launch"). */
function taggedCompoundNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  return t.lower === t.lemma && !!p && (p.pos === 'NOUN' || p.pos === 'PROPN') && !!n && n.pos === 'ADJ' && n.sentence === t.sentence;
}

/** Participles of doubt or estimate modifying a noun: "a suspected missile", "an estimated 11,000 troops". */
const HEDGE_PARTICIPLES = new Set(['suspected', 'alleged', 'estimated', 'reported', 'purported', 'presumed']);

/**
 * The end of a hedge opening an object at `j` ("what appeared to be", "what is believed to be", "what looked like",
 * "what seems to be"), or `j` when there is none.
 */
function hedgeEnd(tokens: readonly Token[], j: number, stop: number): number {
  let i = j + 1;
  if (i < stop && (tokens[i] as Token).pos === 'AUX' && HEDGE_BE.has((tokens[i] as Token).lower)) i++;
  if (i >= stop) return j;
  const v = tokens[i] as Token;
  if (!HEDGE_VERBS.has(v.lower)) return j;
  i++;
  if (i < stop && (tokens[i] as Token).lower === 'like' && (v.lower === 'looked' || v.lower === 'looks')) return i + 1;
  if (i + 1 < stop && (tokens[i] as Token).lower === 'to' && (tokens[i + 1] as Token).lower === 'be') return i + 2;
  return j;
}
const HEDGE_BE = new Set(['is', 'was', 'are', 'were']);
const HEDGE_VERBS = new Set(['appeared', 'appears', 'seemed', 'seems', 'looked', 'looks', 'believed', 'thought', 'suspected', 'described', 'claimed', 'said']);

/** The token at i is the second part of a hyphenated word ("British-flagged", "Iran-backed"). */
function hyphenPart(tokens: readonly Token[], i: number): boolean {
  const h = tokens[i - 1];
  return !!h && h.text === '-' && h.start === (tokens[i - 2] as Token | undefined)?.end && (tokens[i] as Token).start === h.end;
}

/** People of one's own that a possessive pronoun only determines ("told their citizens", "ordered its troops"). */
const OWN_PEOPLE = new Set(['citizens', 'nationals', 'people', 'troops', 'forces', 'soldiers', 'supporters', 'members', 'followers', 'staff',
  'diplomats', 'officials', 'fighters', 'residents', 'employees', 'workers', 'nationals', 'subjects', 'population', 'personnel']);

/** An outlet, or people of the press ("reporters", "journalists": the MED sector): no slot of a statement, appeal, intent or consultation. */
function pressMention(m: { kind: string; code: string }): boolean {
  return m.kind === 'media' || m.code.slice(3, 6) === 'MED';
}

/**
 * A capitalised word inside a time expression is part of a date, not a trigger: the month in
 * "a visit planned for March" is no march.
 */
/** The token at `i` is inside a time expression, or a preposition opening one ("on" of "on Sunday"). */
function timeWord(ctx: DocContext, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (insideTime(ctx, t)) return true;
  const n = tokens[i + 1];
  return t.pos === 'ADP' && !!n && n.sentence === t.sentence && insideTime(ctx, n);
}

export function insideTime(ctx: DocContext, t: Token): boolean {
  for (const x of ctx.doc.times) if (x.start <= t.start && t.end <= x.end) return true;
  return false;
}

/**
 * "call" at `i` is no appeal: the noun of a telephone call ("agreed in a phone call with Trump to halt attacks", "a call
 * between the two leaders") or the verb not followed by "for", "on", "upon" or "to" (after adverbs and times: "called Thursday on Arabs to unite") — naming ("calling it a
 * violation of the truce") or phoning ("called Modi to urge restraint" is told by its own words). An appeal's noun is
 * followed by its appeal ("calls for a truce", "a call to halt", "calls by Belarus for aid").
 */
export function notAppealCall(ctx: DocContext, i: number): boolean {
  const t = tok(ctx, i);
  if (t.lemma !== 'call' && t.lower !== 'calls') return false;
  const next = i + 1 < ctx.doc.tokens.length && tok(ctx, i + 1).sentence === t.sentence ? tok(ctx, i + 1) : undefined;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    const prev = i > 0 && tok(ctx, i - 1).sentence === t.sentence ? tok(ctx, i - 1).lower : '';
    return prev === 'phone' || prev === 'telephone' || prev === 'video' || next?.lower === 'with' || next?.lower === 'between';
  }
  let k = i + 1;
  const skip = (): void => { while (k < ctx.doc.tokens.length && tok(ctx, k).sentence === t.sentence && (tok(ctx, k).pos === 'ADV' || insideTime(ctx, tok(ctx, k)))) k++; };
  skip();
  // ("called in a joint statement for a ceasefire", "called on Sunday in a televised address on the rebels to"): how it was said
  // (not "on", an appeal's own particle: "called on social media followers to join")
  if (k < ctx.doc.tokens.length && MEDIUM_OPENERS.has(tok(ctx, k).lower) && tok(ctx, k).lower !== 'on') {
    const m = mediumPhraseEnd(ctx.doc.tokens, k, ctx.doc.tokens.length);
    if (m > k && m < ctx.doc.tokens.length && tok(ctx, m).sentence === t.sentence) { k = m; skip(); }
  }
  const w = k < ctx.doc.tokens.length && tok(ctx, k).sentence === t.sentence ? tok(ctx, k).lower : '';
  return w !== 'for' && w !== 'on' && w !== 'upon' && w !== 'to';
}

/**
 * Nouns that an event noun before them only classifies: "the bombing victims", "the attack suspect", "the
 * massacre anniversary", "the coup trial" name people, days and proceedings about a past act, not the act.
 */
const MODIFIED_HEADS = new Set(['victim', 'victims', 'survivor', 'survivors', 'suspect', 'suspects', 'anniversary', 'memorial',
  'trial', 'trials', 'mastermind', 'masterminds', 'convict', 'convicts', 'widow', 'widows', 'orphans', 'museum', 'monument',
  // ("the extradition treaty", "an extradition hearing": the frame of an act, not the act)
  'treaty', 'treaties', 'hearing', 'hearings', 'proceedings',
  // ("Sudan's genocide case against the UAE", "murder charges", "a carrier strike group", "an aid group said": a case,
  // a charge or a body named after an act is none)
  'case', 'cases', 'lawsuit', 'charge', 'charges', 'group', 'groups']);

/** The token is one word of a several-word name the dictionary lists (not a typed phrase like "Indian protesters"). */
function insideName(ctx: DocContext, i: number, t: Token): boolean {
  const m = mentionAt(ctx, i);
  if (m < 0) return false;
  const a = ctx.doc.actors[m] as ActorMention;
  return (a.how === 'name' || a.how === 'alias' || a.how === 'metonym') && (a.start < t.start || a.end > t.end);
}

/** Candidates of one sentence, in token order (several per trigger possible). */
export function matchSentence(ctx: DocContext, set: PatternSet, sentence: number): Candidate[] {
  const s = ctx.doc.sentences[sentence];
  if (!s) return [];
  const out: Candidate[] = [];
  const tokens = ctx.doc.tokens;
  const x = indexOf(set);
  const serial = x.serial = x.serial >= 0x7fffffff ? 1 : x.serial + 1;
  const { triggers, top, lastAt, stamp, bit } = x;
  let words = ALWAYS;
  // (the index registers its words as lexicon entries before the document's lexicon is made)
  const { lemmaEntry, formEntry } = lexicon(ctx);
  // the sentence's words (stamped), and the tokens that trigger patterns
  if (x.at.length < s.tokenEnd - s.tokenStart) x.at = new Int32Array(2 * (s.tokenEnd - s.tokenStart));
  const at = x.at;
  let n = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const a = lemmaEntry[i] as number;
    const b = formEntry[i] as number;
    let trigger = false;
    if (a >= 0 && a < top) { lastAt[a] = i; stamp[a] = serial; words |= bit[a] as number; trigger = triggers[a] !== null; }
    if (b !== a && b >= 0 && b < top) { lastAt[b] = i; stamp[b] = serial; words |= bit[b] as number; trigger ||= triggers[b] !== null; }
    if (trigger) at[n++] = i;
  }
  if (n === 0) return out;
  x.words = words;
  for (let k = 0; k < n; k++) {
    const i = at[k] as number;
    const ea = lemmaEntry[i] as number;
    const eb = formEntry[i] as number;
    const a = ea >= 0 && ea < top ? triggers[ea] : null;
    const b = eb >= 0 && eb < top && eb !== ea ? triggers[eb] : null;
    if (!a && !b) continue;
    const t = tokens[i] as Token;
    if (t.type !== 'word') continue;
    // ("the Popular Mobilization Forces", "the Islamic Resistance in Iraq": a word of a listed name is no act)
    if (insideName(ctx, i, t)) continue;
    if (attributiveParticiple(ctx, i, s.tokenStart)) continue;
    // ("Russia-backed rebels", "Saudi-led forces": the participle of a hyphened modifier is no trigger — but for one of
    // going between: "Omani-mediated contacts", "a Qatar-brokered truce" tell who mediated)
    if (i - 2 >= s.tokenStart && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && hyphenPart(tokens, i) && !GOING_BETWEEN.has(t.lower)) continue;
    if (t.text.charCodeAt(0) < 97 && insideTime(ctx, t)) continue;
    if (t.pos === 'NOUN' && i + 1 < s.tokenEnd && MODIFIED_HEADS.has((tokens[i + 1] as Token).lower)) continue;
    // ("oil concessions", "mining concessions": a licence to exploit, no yielding)
    if (t.pos === 'NOUN' && i > s.tokenStart && (t.lower === 'concession' || t.lower === 'concessions') && RESOURCES.has((tokens[i - 1] as Token).lower)) continue;
    const first = out.length;
    if (a) tryList(ctx, x, a, x.packed[ea] as Int32Array, sentence, i, s.tokenEnd, out, first);
    if (b) tryList(ctx, x, b, x.packed[eb] as Int32Array, sentence, i, s.tokenEnd, out, first);
    // ('called the Russian delegation "decorative"', "calling the plan unacceptable": naming, no phone call)
    // (and what is called bad is criticised only when it is named so: not "called for an illegal act to end")
    if (out.length > first && t.lemma === 'call' && t.pos === 'VERB') {
      const naming = namingCall(ctx, i);
      // (nor an appeal: "called the attacks on KFOR troops unacceptable" asks nothing)
      keepFrom(out, first, (c) => (naming ? c.pattern.code !== '041' && !c.pattern.code.startsWith('02') : !(c.pattern.code === '111' && c.pattern.id.startsWith('m.call-illegal'))));
    }
    // ("sanctions announced by Germany targeted Rwanda": a measure that targets a state uses no force)
    if (out.length > first && t.lemma === 'target' && t.pos === 'VERB' && measureSubject(ctx, i, s.tokenStart)) keepFrom(out, first, (c) => !/^(?:18|19|20)/.test(c.pattern.code));
    // ("a suicide bomber blew himself up at a station": the bombing, no destruction of what he was at)
    if (out.length > first && t.lemma === 'blow' && REFLEXIVE.has((tokens[i + 1] as Token | undefined)?.lower ?? '')) keepFrom(out, first, (c) => !c.pattern.code.startsWith('171'));
    // ("a video of the strike released by the White House", "released a statement": no release of people)
    if (out.length > first && t.lemma === 'release' && i > s.tokenStart && releasedThing(ctx, i, s.tokenStart)) keepFrom(out, first, (c) => !c.pattern.code.startsWith('084'));
  }
  return out;
}
