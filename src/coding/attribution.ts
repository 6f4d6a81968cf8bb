/**
 * Refiner 6 — attribution: who says the event happened. Per sentence (computed once, shared by its
 * events):
 * - speaker: the actor before a reporting verb ("X said", "X told reporters"), after an inverted one
 *   (", said X"), or after "according to";
 * - outlet: a media mention in the sentence ("a CNN report", "Reuters reported");
 * - basis: the noun phrase after "citing" ("citing senior administration officials"), or an unnamed
 *   source noun before a reporting verb ("officials said", "sources told");
 * - named: false for anonymous bases (officials, sources, diplomats, "on condition of anonymity");
 * - chain, outer to inner: outlets in text order, then the basis or speaker.
 * Media outlets are never event parties (attach skips them); they only show up here.
 */
import type { ActorMention, Attribution, Token } from '../domain/types.js';
import type { DocContext } from './context.js';
import { formClass, lemmaClass, lexicon } from './lexicon.js';
import { datelineEnd, inCommaRelative } from './tokens.js';

const REPORT = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'report', 'confirm', 'write', 'post', 'tweet', 'quote', 'insist', 'note', 'explain', 'declare', 'warn', 'allege']);
const ANON = new Set(['official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'aide', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'witness', 'witnesses', 'resident', 'residents', 'people', 'person', 'analyst', 'analysts', 'insider', 'insiders', 'expert', 'experts', 'observer', 'observers', 'commentator', 'commentators']);

const tok = (ctx: DocContext, i: number): Token => ctx.doc.tokens[i] as Token;

/** Nouns of a text issued, whose "saying" reports for its issuer ("issued a statement saying"). */
const STATEMENT_N = new Set(['statement', 'communique', 'communiqué', 'declaration', 'letter', 'note', 'message', 'post', 'video', 'release', 'bulletin']);

/** Capitalised words that open a sentence's source phrase without naming a country ("Senior officials", "Two diplomats"). */
const PLAIN_OPENERS = new Set(['senior', 'top', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'most', 'local', 'security', 'government', 'military', 'police', 'western', 'foreign', 'regional', 'the', 'a']);

/** The source phrase has a word naming a country before its noun ("Israeli officials", "two U.S. officials"). */
function countryWord(text: string): boolean {
  const words = text.split(/\s+/);
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k] as string;
    if (/^[A-Z]/.test(w) && !PLAIN_OPENERS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** A mention's text ends in an unnamed source noun: "officials", "senior Israeli diplomats", "two U.S. officials". */
function anonymousNoun(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return ANON.has(last);
}

/**
 * Unnamed speakers with no country word ("diplomats say", "officials said"): the country the resolver gave them is
 * the article's guess, so what they say is the text's sourcing, no statement of a state's.
 */
export function guessedSpeaker(m: ActorMention): boolean {
  return m.how === 'typed' && anonymousNoun(m.text) && !countryWord(m.text);
}

/** Nouns of a state's envoy, posted "to" another state or a body. */
const ENVOY_NOUNS = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'delegation', 'mission', 'emissary', 'negotiator']);

/** Word classes (lexicon.ts): reporting lemmas, and the forms that open a cue. */
const L_REPORT = lemmaClass(REPORT);
const F_CUE = formClass(['citing', 'according']);
const F_ATTRIBUTION = formClass(['citing', 'according', 'anonymity']);

function mentionNear(ctx: DocContext, from: number, dir: -1 | 1, limit: number, lo: number, hi: number): ActorMention | null {
  const mi = mentionIndexNear(ctx, from, dir, limit, lo, hi);
  return mi >= 0 ? (ctx.doc.actors[mi] as ActorMention) : null;
}

function mentionIndexNear(ctx: DocContext, from: number, dir: -1 | 1, limit: number, lo: number, hi: number): number {
  for (let i = from, n = 0; i >= lo && i < hi && n < limit; i += dir, n++) {
    const mi = ctx.actorAt[i] as number;
    if (mi >= 0) return mi;
    const t = tok(ctx, i);
    if (t.text === ',' || t.text === ';') return -1;
  }
  return -1;
}

function basisAfter(ctx: DocContext, from: number, hi: number): { text: string; anon: boolean } | null {
  const words: string[] = [];
  let anon = false;
  for (let i = from; i < hi && words.length < 6; i++) {
    const t = tok(ctx, i);
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'CCONJ') break;
    words.push(t.text);
    if (ANON.has(t.lower)) anon = true;
  }
  return words.length ? { text: words.join(' ').replace(/^(a|an|the) /i, ''), anon } : null;
}

const KNOWING = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable']);

/**
 * The phrase of an unnamed source whose knowledge is stated before the reporting verb at `verb`
 * ("two officials familiar with the talks", "a source close to the negotiations", "people briefed on
 * the matter"), or null: up to eight words back, an anonymous noun then a word of knowing.
 */
function knowingSource(ctx: DocContext, verb: number, start: number): string | null {
  for (let j = verb - 1, n = 0; j > start && n < 8; j--, n++) {
    const t = tok(ctx, j);
    if (t.text === ',' || (t.pos === 'VERB' && !KNOWING.has(t.lower))) return null;
    if (!KNOWING.has(t.lower) || !ANON.has(tok(ctx, j - 1).lower)) continue;
    let a = j - 1;
    if (a - 1 >= start && (tok(ctx, a - 1).pos === 'NUM' || tok(ctx, a - 1).pos === 'DET' || tok(ctx, a - 1).pos === 'ADJ')) a--;
    const from = tok(ctx, a).start;
    return ctx.doc.text.slice(from, tok(ctx, verb - 1).end).replace(/^(a|an|the) /i, '');
  }
  return null;
}

/**
 * Sentences holding any attribution cue (a media mention, "citing", "according", a reporting verb),
 * found in one pass per document on first use; a sentence without one has no attribution. Made once
 * per document by the caller (`attributionCues()`) and passed to `attributionOf`.
 */
export interface AttributionCues { marks: Uint8Array | null }
export const attributionCues = (): AttributionCues => ({ marks: null });

function hasCue(ctx: DocContext, sentence: number, cues: AttributionCues): boolean {
  let marks = cues.marks;
  if (!marks) {
    marks = new Uint8Array(ctx.doc.sentences.length);
    const { tokens, actors, sentences } = ctx.doc;
    const { form, lemma } = lexicon(ctx);
    for (let si = 0; si < sentences.length; si++) {
      const sent = sentences[si] as { tokenStart: number; tokenEnd: number };
      for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
        const t = tokens[i] as Token;
        const mi = ctx.actorAt[i] as number;
        const cue = mi >= 0 ? (actors[mi] as ActorMention).kind === 'media'
          : ((form[i] as number) & F_CUE) !== 0 || (((lemma[i] as number) & L_REPORT) !== 0 && t.pos === 'VERB');
        if (cue) { marks[si] = 1; break; }
      }
    }
    cues.marks = marks;
  }
  return marks[sentence] === 1;
}

/**
 * The cue tokens' extent (first and last token index). Tokens are marked in text order, so the first
 * marked one starts the evidence and the last one ends it. (A plain function, not a closure made per
 * call: under tsx each named closure is also given its name at creation, which cost more than the scan.)
 */
interface CueSpan { first: number; last: number }
function markCue(cue: CueSpan, i: number): void {
  if (cue.first < 0) cue.first = i;
  cue.last = i;
}

/** The actor mention opening the clause of `at` (the first mention before the clause's first verb), or -1. */
function subjectMentionOf(ctx: DocContext, start: number, at: number): number {
  for (let k = start; k < at; k++) {
    // (not the object of an opening phrase: "In Sudan, the RSF denied ...")
    if (ctx.actorAt[k] !== -1 && !(k > start && tok(ctx, k - 1).pos === 'ADP')) return ctx.actorAt[k] as number;
    if (tok(ctx, k).pos === 'VERB') return -1;
  }
  return -1;
}

/** Subordinators of time and cause (contrast — "while", "whereas" — is scoped by acrossContrast instead). */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'since', 'because', 'until', 'once']);

/** The verb at `i` is in a subordinate clause (opened by "when", "after", ...) that follows a finite verb of the main clause. */
function laterSubordinate(ctx: DocContext, i: number, start: number): boolean {
  for (let k = i - 1; k > start; k--) {
    const t = tok(ctx, k);
    // (a comma closes the clause: ", Thai military sources said" is the sentence's own report)
    if (t.text === ';' || t.text === ',') return false;
    if (!SUBORDINATORS.has(t.lower)) continue;
    // ("Colombia recalled its envoy after Trump called Petro a drug leader and said he would cut aid": a verb of
    // saying coordinated inside a subordinate clause after the main clause's verb tells of that clause only)
    const coordinated = tok(ctx, i - 1).lower === 'and' && k < i - 2;
    // (one set off by a comma, an aside to the main clause: "since November, when X announced"; "came after
    // Pakistan said Indian missiles hit" reports the events of the sentence)
    if (k - 1 <= start || (tok(ctx, k - 1).text !== ',' && !coordinated)) return false;
    for (let j = k - 2; j >= start; j--) {
      const v = tok(ctx, j);
      if ((v.pos === 'VERB' || v.pos === 'AUX') && !v.lower.endsWith('ing')) return true;
    }
    return false;
  }
  return false;
}

/** The reporting verb at `i` is in an object relative clause: "<noun> that/which <actor> said" (no comma between). */
function objectRelativeSaying(ctx: DocContext, i: number, start: number): boolean {
  for (let j = i - 1; j > start && j >= i - 8; j--) {
    const t = tok(ctx, j);
    if (t.text === ',' || t.text === ';') return false;
    if ((t.lower === 'that' || t.lower === 'which') && tok(ctx, j - 1).pos === 'NOUN') return j + 1 < i && ctx.actorAt[j + 1] !== -1;
  }
  // ("sanctions on a Chinese company it said was involved in hacking": with no "that", a subject pronoun right after a
  // noun, right before the verb, and a verb after it)
  const p = i - 1 > start ? tok(ctx, i - 1) : null;
  const n = i + 1 < ctx.doc.tokens.length ? tok(ctx, i + 1) : null;
  return !!p && !!n && p.pos === 'PRON' && SUBJECT_PRONOUNS.has(p.lower) && tok(ctx, i - 2).pos === 'NOUN' && (n.pos === 'AUX' || n.pos === 'VERB');
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/** The mention ending at token `last` opens after a comma (", Tom Barrack,"): a name in apposition. */
function appositionOpened(ctx: DocContext, last: number, start: number): boolean {
  const mi = ctx.actorAt[last] as number;
  const first = (ctx.mentionTokens[mi] as [number, number])[0];
  return first - 1 > start && tok(ctx, first - 1).text === ',';
}

/**
 * The last token before a relative or participle clause set off by commas that ends at `end` (the comma
 * before the reporting verb: "a diplomat, who spoke on condition of anonymity, said"); else `end`.
 */
function parentheticalStart(ctx: DocContext, end: number, start: number): number {
  if (end <= start || tok(ctx, end).text !== ',') return end;
  for (let j = end - 1; j > start && j >= end - 14; j--) {
    const t = tok(ctx, j);
    if (t.text !== ',') continue;
    const open = tok(ctx, j + 1);
    // (not ", citing Y," — a source of its own)
    return open.lower === 'who' || open.lower === 'which' || open.lower === 'whose'
      || (open.pos === 'VERB' && open.lower !== 'citing' && (open.lower.endsWith('ing') || open.lower.endsWith('ed'))) ? j - 1 : end;
  }
  return end;
}

/**
 * A speaker no list holds, ending at token `last` right before a verb of saying: one to four capitalised names
 * ("Oleh Syniehubov"), after the lower-case words of an office ("regional governor"), the whole opening its
 * sentence or following a comma; the words as written, or null.
 */
function unlistedSpeaker(ctx: DocContext, last: number, sentStart: number): string | null {
  let i = last;
  while (i >= sentStart && last - i < 4 && tok(ctx, i).pos === 'PROPN' && tok(ctx, i).type === 'word' && ctx.actorAt[i] === -1 && /^[A-Z]/.test(tok(ctx, i).text)) i--;
  if (i === last || last - i < 2) return null;
  const name = i + 1;
  while (i >= sentStart && (tok(ctx, i).pos === 'NOUN' || tok(ctx, i).pos === 'ADJ') && tok(ctx, i).text === tok(ctx, i).lower && ctx.actorAt[i] === -1 && name - i <= 3) i--;
  if (i >= sentStart && tok(ctx, i).text !== ',') return null;
  const from = tok(ctx, i + 1);
  return ctx.doc.text.slice(from.start, tok(ctx, last).end);
}

export function attributionOf(ctx: DocContext, sentence: number, cues: AttributionCues = attributionCues()): Attribution | undefined {
  const s = ctx.doc.sentences[sentence];
  if (!s || !hasCue(ctx, sentence, cues)) return undefined;
  const chain: string[] = [];
  let speaker: Attribution['speaker'];
  let outlet: string | undefined;
  let basis: string | undefined;
  let named = true;
  const cue: CueSpan = { first: -1, last: -1 };
  const { form, lemma } = lexicon(ctx);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const mi = ctx.actorAt[i] as number;
    if (mi >= 0) {
      const m = ctx.doc.actors[mi] as ActorMention;
      if (m.kind === 'media' && (i === 0 || ctx.actorAt[i - 1] !== mi)) {
        if (!outlet) outlet = m.name;
        if (!chain.includes(m.name)) chain.push(m.name);
        markCue(cue, i);
      }
      continue;
    }
    // (a word of no cue class and no reporting lemma plays no part)
    const report = ((lemma[i] as number) & L_REPORT) !== 0;
    if (!report && ((form[i] as number) & F_ATTRIBUTION) === 0) continue;
    const t = tok(ctx, i);
    if (t.lower === 'citing') {
      const b = basisAfter(ctx, i + 1, s.tokenEnd);
      const m = mentionNear(ctx, i + 1, 1, 3, s.tokenStart, s.tokenEnd);
      if (m && m.kind === 'media') continue; // the media branch above adds it
      if (b) { basis = b.text; if (b.anon) named = false; chain.push(b.text); markCue(cue, i); }
      continue;
    }
    if (t.lower === 'anonymity') named = false;
    // ("Rwanda, which backs M23 according to U.N. experts, denied involvement": the source of a relative
    // clause's claim is not the sentence's)
    if (t.lower === 'according' && inCommaRelative(ctx.doc.tokens, i, s.tokenStart)) continue;
    if (t.lower === 'according' && i + 1 < s.tokenEnd && tok(ctx, i + 1).lower === 'to') {
      const m = mentionNear(ctx, i + 2, 1, 4, s.tokenStart, s.tokenEnd);
      if (m && m.kind !== 'media') { speaker = { name: m.name, code: m.code }; markCue(cue, i); }
      else if (!m) { const b = basisAfter(ctx, i + 2, s.tokenEnd); if (b) { basis = basis ?? b.text; if (b.anon) named = false; markCue(cue, i); } }
      continue;
    }
    // ("a boat that Trump said was carrying drugs": who says so in a relative clause vouches for that
    // clause's claim, not for the sentence)
    if (report && t.pos === 'VERB' && objectRelativeSaying(ctx, i, s.tokenStart)) continue;
    // ("Protesters have rallied since November, when Kobakhidze announced that ...": a verb of saying in a
    // subordinate clause after the main one tells of that clause, not who reports the sentence)
    if (report && t.pos === 'VERB' && laterSubordinate(ctx, i, s.tokenStart)) continue;
    if (report && t.pos === 'VERB') {
      // ("A senior Western diplomat, who spoke on condition of anonymity, said": the speaker is before the
      // relative clause set off by commas)
      const before = parentheticalStart(ctx, i - 1, s.tokenStart);
      // ("The RSF denied targeting civilians and said ...": a reporting verb coordinated after "and" has the
      // first verb's subject, not the object nearest before it)
      // ("Aliyev thanked Trump for his mediation and said": whatever the first verb's object)
      const coordinated = i - 1 > s.tokenStart && tok(ctx, i - 1).lower === 'and' && subjectMentionOf(ctx, s.tokenStart, i) >= 0;
      // ("The U.S. envoy to Syria, Tom Barrack, said": a name in apposition closed by its comma right before the verb)
      const from = before > s.tokenStart && tok(ctx, before).text === ',' && ctx.actorAt[before - 1] !== -1 && appositionOpened(ctx, before - 1, s.tokenStart) ? before - 1 : before;
      let li = coordinated ? subjectMentionOf(ctx, s.tokenStart, i) : mentionIndexNear(ctx, from, -1, 4, s.tokenStart, s.tokenEnd);
      // ("The Red Cross on Friday issued a statement saying ...": a statement's "saying" is its issuer's, the
      // subject of the clause)
      if (li < 0 && t.lower === 'saying' && i - 1 > s.tokenStart && STATEMENT_N.has(tok(ctx, i - 1).lemma)) li = subjectMentionOf(ctx, s.tokenStart, i - 1);
      // ("Israel delayed the release on Saturday, saying Hamas had violated the ceasefire": a participle of saying after a
      // comma is the main clause subject's)
      if (t.lower === 'saying' && i - 1 > s.tokenStart && tok(ctx, i - 1).text === ',') {
        const subj = subjectMentionOf(ctx, datelineEnd(ctx, s.tokenStart, i), i - 1);
        if (subj >= 0) li = subj;
      }
      // ("The U.N. mission in South Sudan said": the object of a place phrase after the speaker's noun does not speak)
      if (li >= 0 && !coordinated) {
        const f0 = (ctx.mentionTokens[li] as [number, number])[0];
        const p = f0 - 1 > s.tokenStart && tok(ctx, f0 - 1).lower === 'the' ? f0 - 2 : f0 - 1;
        // ("Ukraine's ambassador to Washington said": the state an envoy is posted to does not speak)
        const posted = p > s.tokenStart && tok(ctx, p).lower === 'to' && ENVOY_NOUNS.has(tok(ctx, p - 1).lower);
        if (p > s.tokenStart && (tok(ctx, p).lower === 'in' || tok(ctx, p).lower === 'at' || posted) && tok(ctx, p - 1).pos === 'NOUN') {
          const head = mentionIndexNear(ctx, p - 1, -1, 3, s.tokenStart, s.tokenEnd);
          if (head >= 0) li = head;
        }
      }
      // ("rebels backed by Y declared a truce": the agent of a participle is not who speaks)
      const lf = li >= 0 ? (ctx.mentionTokens[li] as [number, number])[0] : -1;
      const left = li >= 0 && !(lf > s.tokenStart && tok(ctx, lf - 1).lower === 'by') ? (ctx.doc.actors[li] as ActorMention) : null;
      const ri = mentionIndexNear(ctx, i + 1, 1, 3, s.tokenStart, s.tokenEnd);
      const right = ri >= 0 ? (ctx.doc.actors[ri] as ActorMention) : null;
      // inverted ", said X." only when X closes the clause
      const after = ri >= 0 ? ctx.doc.tokens[(ctx.mentionTokens[ri] as [number, number])[1]] : undefined;
      const rightCloses = ri >= 0 && (!after || after.pos === 'PUNCT');
      const who = left ?? (i > s.tokenStart && tok(ctx, i - 1).text === ',' && rightCloses ? right : null);
      if (who && who.kind !== 'media' && !speaker) {
        speaker = { name: who.name, code: who.code };
        markCue(cue, i);
        // ("Officials said", "Israeli officials said", "Two senior diplomats told Reuters": unnamed people —
        // the basis, anonymous; the country is the text's or, with no country word, the article's guess)
        if (who.how === 'typed' && anonymousNoun(who.text)) {
          basis = basis ?? who.text;
          named = false;
          // ("Diplomats said": with no country word the country is the article's guess — no speaker is named)
          if (!countryWord(who.text)) speaker = undefined;
        }
      }
      const prev = before >= s.tokenStart ? tok(ctx, before) : null;
      // ("..., regional governor Oleh Syniehubov said": a person no list holds, named before the verb)
      const unlisted = !who && !speaker && prev ? unlistedSpeaker(ctx, before, s.tokenStart) : null;
      if (unlisted) { speaker = { name: unlisted }; markCue(cue, i); }
      else if (!who && prev && ANON.has(prev.lower)) { basis = basis ?? prev.text; named = false; markCue(cue, i); }
      else if (!who && prev) {
        // "two officials familiar with the talks said", "sources close to the negotiations told": the
        // unnamed source's phrase ends in what makes it knowing
        const anon = knowingSource(ctx, i, s.tokenStart);
        if (anon) { basis = basis ?? anon; named = false; markCue(cue, i); }
      }
    }
  }
  if (!speaker && !outlet && !basis) return undefined;
  if (speaker && !chain.includes(speaker.name)) chain.push(speaker.name);
  if (basis && !chain.includes(basis)) chain.push(basis);
  if (!speaker && basis) named = false;
  const a = {} as Attribution;
  if (speaker) a.speaker = speaker;
  if (outlet) a.outlet = outlet;
  if (basis) a.basis = basis;
  a.named = named;
  a.chain = chain;
  if (cue.first >= 0) a.evidence = { start: tok(ctx, cue.first).start, end: tok(ctx, cue.last).end };
  return a;
}
