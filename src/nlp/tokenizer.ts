/**
 * Sentences and tokens with exact UTF-16 offsets into the original text, from wink-nlp.
 *
 * wink returns token surfaces and preceding spaces; we recover offsets by scanning the original string
 * (skipping whitespace, then matching the surface). When wink's surface is not a verbatim substring
 * (normalization), the token takes the original characters up to the next whitespace instead, so
 * `text.slice(start, end) === token.text` always holds. Whitespace tokens (newlines, tabs) are dropped.
 * Sentence boundaries are wink's, plus paragraph boundaries (see `continuesLine`, `opensLine`).
 */
import type { AnnotatedDoc, Sentence, Token } from '../domain/types.js';
import type { Component } from './pipeline.js';
import { wink } from './wink.js';
import { winkTokens, type WinkTokens } from './winkraw.js';
import { retagNameVerbs } from './retag.js';
import { isCapitalized, retagHeadlines, titleCaseSentences } from './headline.js';

/** true for the whitespace code units wink and news text use (space, tabs, newlines, NBSP, Unicode spaces). */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const NEWLINE = 10;
const CR = 13;

/** Characters that, ending a line, mean the sentence continues on the next line. */
function continuesLine(c: number): boolean {
  // , ; ( - & /
  return c === 44 || c === 59 || c === 40 || c === 45 || c === 38 || c === 47;
}

/** Words that, ending a line, mean a hard-wrapped sentence continues ("India and\nPakistan"). */
const CONTINUING_WORDS = new Set(['and', 'or', 'but', 'nor', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for',
  'with', 'by', 'from', 'as', 'that', 'which', 'who', 'its', 'their', 'his', 'her', 'than', 'into', 'between']);

/** Characters that can open a new heading, bullet or paragraph line. */
function opensLine(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  // bullets and quotes: - * • · – — " “ ‘ ' ▪ ►
  if (c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014 || c === 34 ||
    c === 0x201c || c === 0x2018 || c === 39 || c === 0x25aa || c === 0x25ba) return true;
  // other upper-case letters (accented capitals)
  return c > 127 && text[i] !== text[i]!.toLowerCase();
}

/** Does `text` hold `s` at `at`? (`text.startsWith(s, at)` without the builtin call: surfaces are short.) */
function startsAt(text: string, s: string, at: number): boolean {
  const m = s.length;
  if (at + m > text.length) return false;
  for (let k = 0; k < m; k++) if (text.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The token list of the latest `tokenize` call and its word ids (see `wordIds`). One slot rather than a
 * WeakMap keyed by token lists: the components that read word ids run right after the tokenizer, on its
 * latest result, and a WeakMap entry per document cost about a third of the tokenizer's own time (an
 * identity hash for every new array, ephemeron tables for the garbage collector to sweep).
 */
let idsOf: readonly Token[] | null = null;
let ids: number[] = [];

/**
 * Per token of a `tokenize` result, its word id: a number >= 1 that stands for the token's text (and so
 * for its lower-cased form and type) and is the same for every token of that text in the process (ids come
 * from the process's one wink instance, see wink.ts); 0 for a token whose text is not wink's surface as
 * it is (a normalised or merged word). Later components memoize what they compute from a word alone in
 * arrays indexed by this id: one array load per token instead of a hash lookup of its text. Undefined for
 * token lists not made by the latest `tokenize` call (tests build their own; an earlier document's list),
 * which those components then read the slow way, with the same results.
 */
export function wordIds(tokens: readonly Token[]): readonly number[] | undefined {
  return tokens === idsOf ? ids : undefined;
}

/** Values memoized per word id (undefined: not computed yet), in a dense array that grows with the ids (as wink's lexeme cache does). */
export class WordValues<T> {
  private values: Array<T | undefined> = new Array<T | undefined>(1 << 12).fill(undefined);

  get(id: number): T | undefined {
    return id < this.values.length ? this.values[id] : undefined;
  }

  set(id: number, value: T): void {
    // grown by pushing: a store far past the end would turn the array into a slow dictionary
    while (this.values.length <= id) this.values.push(undefined);
    this.values[id] = value;
  }
}

/** Small numbers memoized per word id (0: not computed yet), in a byte array that grows with the ids. */
export class WordBytes {
  private bytes = new Uint8Array(1 << 12);

  get(id: number): number {
    return id < this.bytes.length ? this.bytes[id]! : 0;
  }

  set(id: number, value: number): void {
    if (id >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(id + 1, 2 * this.bytes.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[id] = value;
  }
}

/** wink token index → 1 when it is the first non-whitespace token of a wink sentence; reused, cleared after each document. */
let winkStartBuf = new Uint8Array(1024);

const ZONE_WORDS = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'pt', 'cet', 'cest', 'eet', 'eest', 'bst', 'ist', 'pkt', 'msk', 'jst', 'kst', 'ict', 'wat', 'eat', 'cat', 'sast', 'ast', 'idt',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'local', 'today', 'tonight', 'on']);

/** The words from wink token `w`: a zone ("GMT", "local time", "New York time", "Pakistan Standard Time") or a day. */
function zoneOrDayAfter(wt: WinkTokens, w: number, n: number): boolean {
  let seen = 0;
  for (let k = w; k < n && seen < 4; k++) {
    const s = wt.surface(k);
    if (s.length === 0 || isSpace(s.charCodeAt(0))) continue;
    const l = s.toLowerCase();
    if (seen === 0 && ZONE_WORDS.has(l)) return true;
    if (l === 'time') return seen > 0;
    if (!/^[A-Z][a-z]+$/.test(s)) return false;
    seen++;
  }
  return false;
}

/**
 * The sentence from token `from` up to the clock time ending at `clock` ("at 8 a.m.") is a clause with a finite verb
 * that the time closes: the time follows a preposition, and nothing that subordinates it ("that", "when", a comma)
 * comes right before that preposition.
 */
function clauseBeforeClock(tokens: readonly Token[], from: number, clock: number): boolean {
  const num = tokens[clock - 1];
  const prep = tokens[clock - 2];
  if (!num || !prep || num.index < from || prep.index <= from || prep.pos !== 'ADP') return false;
  const before = tokens[prep.index - 1]!;
  if (before.text === ',' || SUBORDINATORS.has(before.lower)) return false;
  for (let k = from; k < prep.index; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}
const SUBORDINATORS = new Set(['that', 'when', 'while', 'until', 'and', 'but', 'if', 'because', 'since', 'after', 'before', 'as']);

/** Words before the name of the platform X ("wrote on X", "posted to X"). */
const PLATFORM_PREPS = new Set(['on', 'to', 'platform']);

/** After offset `at` (spaces skipped) comes a capital letter, an opening quotation mark or the end of the text. */
function opensAfter(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at >= text.length || /^[\p{Lu}"“'‘]/u.test(text.slice(at, at + 1));
}

/** The token before the period `dot` is a capital letter written against it ("U", "then-U"). */
function initialBefore(tokens: readonly Token[], dot: Token): boolean {
  const b = tokens[dot.index - 1];
  return b !== undefined && b.end === dot.start && /(?:^|-)\p{Lu}$/u.test(b.text);
}

/** Abbreviated ranks and titles that wink splits from their period ("Adm" "."). */
const RANKS = new Set(['adm', 'maj', 'brig', 'cmdr', 'capt', 'col', 'sgt', 'lt', 'gen', 'gov', 'sen', 'rep', 'amb', 'prof', 'dr', 'rev', 'cpl', 'pvt', 'cdr', 'lieut']);

/** The period `dot` closes a rank's abbreviation written right before it. */
function rankBefore(tokens: Token[], dot: Token): boolean {
  const a = tokens[dot.index - 1];
  return !!a && a.end === dot.start && a.text[0] !== a.text[0]!.toLowerCase() && RANKS.has(a.lower);
}

/**
 * Annotates `text` into sentences and tokens. Exposed for direct use and benchmarks.
 *
 * One pass over wink's tokens: each token is located in `text` (skipping whitespace, then matching the
 * surface); a sentence starts at the first token, at the first non-whitespace token of a wink sentence,
 * or after a line break (see `continuesLine`, `opensLine`); the Token is built at once.
 */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  if (text.length === 0) return { sentences: [], tokens: [] };
  const nlp = wink();
  const doc = nlp.readDoc(text);
  // wink's tokens read where needed (raw: with word ids), not copied into columns first
  const { tokens: wt, raw } = winkTokens(nlp, doc);
  const n = wt.n;
  if (winkStartBuf.length < n) winkStartBuf = new Uint8Array(Math.max(n, winkStartBuf.length * 2));
  const winkStart = winkStartBuf;
  for (const span of wt.spans) {
    for (let w = span[0]!; w <= span[1]!; w++) {
      const sw = wt.surface(w);
      if (sw.length > 0 && !isSpace(sw.charCodeAt(0))) { winkStart[w] = 1; break; }
    }
  }

  const tokens: Token[] = [];
  // one slot per wink token (an upper bound of the kept ones): no growing while pushing; cut to length below
  const words = new Array<number>(n);
  const sentences: Sentence[] = [];
  const len = text.length;
  let at = 0;
  let sent = -1;
  let newlines = 0; // line breaks since the previous kept token
  let prev: Token | undefined;
  let opensNext = false; // the token before ended a sentence wink did not end ("on X.")
  for (let w = 0; w < n; w++) {
    const lx = wt.lexeme(w);
    const s = lx.surface;
    let c = text.charCodeAt(at);
    while (at < len && isSpace(c)) {
      if (c === NEWLINE || (c === CR && text.charCodeAt(at + 1) !== NEWLINE)) newlines++;
      c = text.charCodeAt(++at);
    }
    if (at >= len) break;
    if (s.length === 0 || isSpace(s.charCodeAt(0))) continue; // whitespace token: already skipped
    const start = at;
    let end: number;
    let exact = false;
    if (startsAt(text, s, at)) {
      end = at + s.length;
      exact = true;
    } else {
      const found = text.indexOf(s, at);
      if (found >= 0 && found - at <= 8 && !hasSpace(text, at, found)) {
        // a few unmatched characters before the surface join the previous gap; keep them in this token
        end = found + s.length;
      } else {
        end = at + 1;
        while (end < len && !isSpace(text.charCodeAt(end))) end++;
        // do not swallow what the next tokens will match
        const next = w + 1 < n ? wt.surface(w + 1) : undefined;
        if (next !== undefined && next.length > 0 && !isSpace(next.charCodeAt(0))) {
          const k = text.indexOf(next, at + 1);
          if (k > at && k < end) end = k;
        }
      }
    }
    let opens = prev === undefined || winkStart[w] === 1 || opensNext;
    opensNext = false;
    // ("at 10 a.m. New York time on Thursday", "5 p.m. Thursday": a zone or day after a clock's "a.m."/"p.m." goes on)
    if (opens && prev !== undefined && (prev.lower === 'a.m.' || prev.lower === 'p.m.') && zoneOrDayAfter(wt, w, n)) opens = false;
    // ("The truce took effect at 8 a.m. Egypt urged both sides": wink reads the clock's period as an abbreviation's; after
    // a clause with its verb ending in the clock time, a capitalised word opens a sentence — not after an opening
    // "At 6 a.m. Israeli troops entered", nor "said that at 5 p.m. India's army")
    else if (!opens && prev !== undefined && (prev.lower === 'a.m.' || prev.lower === 'p.m.') && newlines === 0 && sent >= 0
      && /^\p{Lu}/u.test(s) && !zoneOrDayAfter(wt, w, n) && clauseBeforeClock(tokens, sentences[sent]!.tokenStart, prev.index)) opens = true;
    // ("then-U.S. House Speaker", "pro-U.S.": wink splits "U" "." "S."; the period of an initial with no space after it
    // ends no sentence)
    if (opens && prev !== undefined && prev.text === '.' && prev.end === start && newlines === 0 && initialBefore(tokens, prev)) opens = false;
    // ("Rear Adm. Roy Vincent Trinidad", "Maj. Gen. Jasper Jeffers": the period of a rank's abbreviation before a name ends
    // no sentence)
    if (opens && prev !== undefined && prev.text === '.' && newlines === 0 && rankBefore(tokens, prev)) opens = false;
    if (!opens && newlines > 0) {
      // prev.text is text.slice(prev.start, prev.end)
      opens = newlines >= 2 ||
        (!continuesLine(text.charCodeAt(prev!.end - 1)) && opensLine(text, start) && !CONTINUING_WORDS.has(prev!.text));
    }
    let index = tokens.length;
    if (opens) {
      if (sent >= 0) closeSentence(sentences[sent]!, tokens, index);
      sent++;
      sentences.push({ index: sent, start, end, tokenStart: index, tokenEnd: index + 1 });
    }
    const t = exact ? s : text.slice(start, end);
    // ("Tusk wrote on X. Poland had asked": wink reads the platform's name and the full stop as one initial "X.";
    // it is the name, then a full stop ending the sentence when a capital or a quotation mark follows)
    if (exact && t === 'X.' && prev !== undefined && PLATFORM_PREPS.has(prev.lower) && opensAfter(text, end)) {
      const name: Token = { index, start, end: start + 1, text: 'X', lower: 'x', pos: 'PROPN', lemma: 'x', sentence: sent, type: 'word', negated: false };
      tokens.push(name);
      words[index] = 0;
      index++;
      const stop: Token = { index, start: start + 1, end, text: '.', lower: '.', pos: 'PUNCT', lemma: '.', sentence: sent, type: 'punctuation', negated: false };
      tokens.push(stop);
      words[index] = 0;
      prev = stop;
      at = end;
      newlines = 0;
      opensNext = true;
      continue;
    }
    // one object shape for every token (negated always present) keeps consumers' property access monomorphic
    const tok: Token = { index, start, end, text: t, lower: exact ? lx.lower : t.toLowerCase(), pos: wt.pos(w), lemma: wt.lemmaOf(w, lx), sentence: sent, type: lx.type, negated: wt.negated(w) };
    tokens.push(tok);
    words[index] = exact ? lx.word : 0;
    prev = tok;
    at = end;
    newlines = 0;
  }
  winkStart.fill(0, 0, n);
  if (tokens.length === 0) return { sentences: [], tokens: [] };
  words.length = tokens.length;
  closeSentence(sentences[sent]!, tokens, tokens.length);
  const out = NON_LATIN1.test(text) ? mergeSplitWords(tokens, sentences, words) : { sentences, tokens };
  // (a headline in title case is tagged in lower case: headline.ts; before the name-verb corrections, which then see its verbs)
  retagHeadlines(text, out.tokens, out.sentences, words);
  retagNameVerbs(out.tokens, out.sentences, titleCaseSentences(out.tokens, out.sentences.length));
  idsOf = raw ? out.tokens : null;
  ids = raw ? words : [];
  return out;
}

// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: "any character beyond Latin-1"
const NON_LATIN1 = /[^\u0000-\u00ff]/;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink's lexer splits words at letters outside Latin-1 ("Erdoğan" → "Erdo" "ğ" "an", "Nguyễn" →
 * "Nguy" "ễ" "n"). Adjacent letter-only pieces with no space between them, one of them holding such
 * a letter, are one word again; the word keeps the first piece's tag (PROPN for a name).
 * Works in place on the tokenizer's own fresh arrays: the first piece's Token takes the word, later
 * tokens move down and are renumbered, sentences are remapped. A document with no split word (most
 * texts with a curly quote or dash) is returned as it is, without copying a token. `words`, the tokens'
 * word ids (see `wordIds`), move with them; a merged word has none (0).
 */
export function mergeSplitWords(tokens: Token[], sentences: Sentence[], words: number[]): { sentences: Sentence[]; tokens: Token[] } {
  const n = tokens.length;
  let first = 1;
  while (first < n && !joins(tokens[first - 1]!, tokens[first]!)) first++;
  if (first >= n) return { sentences, tokens };
  const newIndex = new Int32Array(n);
  for (let i = 0; i < first; i++) newIndex[i] = i;
  let kept = first; // tokens[0, kept) are final
  for (let i = first; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[kept - 1]!;
    if (joins(prev, t)) {
      const text = prev.text + t.text;
      // (a capitalised word with a letter beyond Latin-1 is a name — "İmamoğlu", "Ünal" — whatever its first piece was
      // tagged: English has no such common word)
      const pos = isCapitalized(text) ? 'PROPN' : prev.pos === 'X' ? t.pos : prev.pos;
      prev.end = t.end;
      prev.text = text;
      prev.lower = text.toLowerCase();
      prev.pos = pos;
      prev.lemma = pos === 'PROPN' ? text : text.toLowerCase();
      prev.type = 'word';
      words[kept - 1] = 0;
    } else {
      t.index = kept;
      words[kept] = words[i]!;
      tokens[kept++] = t;
    }
    newIndex[i] = kept - 1;
  }
  tokens.length = kept;
  words.length = kept;
  for (const s of sentences) {
    s.tokenStart = newIndex[s.tokenStart]!;
    s.tokenEnd = newIndex[s.tokenEnd - 1]! + 1;
  }
  return { sentences, tokens };
}

/** Are `prev` and `t` pieces of one word split by wink at a non-Latin-1 letter? */
function joins(prev: Token, t: Token): boolean {
  return prev.end === t.start && prev.sentence === t.sentence && LETTERS.test(prev.text) && LETTERS.test(t.text) &&
    (NON_LATIN1.test(prev.text) || NON_LATIN1.test(t.text));
}

function closeSentence(s: Sentence, tokens: Token[], tokenEnd: number): void {
  s.tokenEnd = tokenEnd;
  s.end = tokens[tokenEnd - 1]!.end;
}

/** The tokenizer component: assigns `sentences` and `tokens`. */
export function tokenizer(): Component {
  return {
    name: 'tokenizer',
    requires: ['text'],
    assigns: ['sentences', 'tokens'],
    run(doc: AnnotatedDoc) {
      const r = tokenize(doc.text);
      doc.sentences = r.sentences;
      doc.tokens = r.tokens;
    },
  };
}
