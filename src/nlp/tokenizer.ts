/**
 * Sentences and tokens with exact UTF-16 offsets into the original text, from wink-nlp.
 *
 * wink returns token surfaces and preceding spaces; we recover offsets by scanning the original string
 * (skipping whitespace, then matching the surface). When wink's surface is not a verbatim substring
 * (normalization), the token takes the original characters up to the next whitespace instead, so
 * `text.slice(start, end) === token.text` always holds. Whitespace tokens (newlines, tabs) are dropped.
 * Sentence boundaries are wink's, plus paragraph boundaries (see `lineBreakSplits`).
 */
import type { AnnotatedDoc, Sentence, Token } from '../domain/types.js';
import type { Component } from './pipeline.js';
import { wink } from './wink.js';
import { publicColumns, rawColumns } from './winkraw.js';

/** true for the whitespace code units wink and news text use (space, tabs, newlines, NBSP, Unicode spaces). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
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

interface Scan {
  starts: Int32Array;
  ends: Int32Array;
  /** wink token index → our token index, -1 for dropped whitespace tokens */
  map: Int32Array;
  /** our token index → true when a line break rule forces a sentence start there */
  forced: Uint8Array;
  /** our token index → true when wink's surface is verbatim the text at the offsets */
  exact: Uint8Array;
  count: number;
}

/** Locates each wink token in `text`. */
function scan(text: string, surfaces: string[]): Scan {
  const n = surfaces.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const map = new Int32Array(n).fill(-1);
  const forced = new Uint8Array(n);
  const exact = new Uint8Array(n);
  const len = text.length;
  let pos = 0;
  let count = 0;
  let lastEnd = -1;
  let newlines = 0; // line breaks since the previous kept token
  for (let w = 0; w < n; w++) {
    const s = surfaces[w]!;
    while (pos < len && isSpace(text.charCodeAt(pos))) {
      const c = text.charCodeAt(pos);
      if (c === NEWLINE || (c === CR && text.charCodeAt(pos + 1) !== NEWLINE)) newlines++;
      pos++;
    }
    if (pos >= len) break;
    if (s.length === 0 || isSpace(s.charCodeAt(0))) continue; // whitespace token: already skipped
    const start = pos;
    let end: number;
    if (text.startsWith(s, pos)) {
      end = pos + s.length;
      exact[count] = 1;
    } else {
      const found = text.indexOf(s, pos);
      if (found >= 0 && found - pos <= 8 && !hasSpace(text, pos, found)) {
        // a few unmatched characters before the surface join the previous gap; keep them in this token
        end = found + s.length;
      } else {
        end = pos + 1;
        while (end < len && !isSpace(text.charCodeAt(end))) end++;
        // do not swallow what the next tokens will match
        const next = surfaces[w + 1];
        if (next !== undefined && next.length > 0 && !isSpace(next.charCodeAt(0))) {
          const k = text.indexOf(next, pos + 1);
          if (k > pos && k < end) end = k;
        }
      }
    }
    if (count > 0 && newlines > 0) {
      if (newlines >= 2) forced[count] = 1;
      else if (!continuesLine(text.charCodeAt(lastEnd - 1)) && opensLine(text, start) &&
        !CONTINUING_WORDS.has(text.slice(starts[count - 1]!, lastEnd))) forced[count] = 1;
    }
    starts[count] = start;
    ends[count] = end;
    map[w] = count;
    count++;
    pos = end;
    lastEnd = end;
    newlines = 0;
  }
  return { starts, ends, map, forced, exact, count };
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Sentence starts (our token indices) from wink's sentence spans plus forced line-break splits. */
function sentenceStarts(sc: Scan, winkSpans: number[][]): Uint8Array {
  const startFlags = new Uint8Array(sc.count + 1);
  for (const span of winkSpans) {
    // first non-whitespace token of the wink sentence
    for (let w = span[0]!; w <= span[1]!; w++) {
      const t = sc.map[w]!;
      if (t >= 0) { startFlags[t] = 1; break; }
    }
  }
  for (let t = 0; t < sc.count; t++) if (sc.forced[t]) startFlags[t] = 1;
  startFlags[0] = 1;
  return startFlags;
}

/** Annotates `text` into sentences and tokens. Exposed for direct use and benchmarks. */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  if (text.length === 0) return { sentences: [], tokens: [] };
  const nlp = wink();
  const doc = nlp.readDoc(text);
  const cols = rawColumns(nlp, doc) ?? publicColumns(nlp, doc);
  const { surfaces, pos, lemma, type, neg, spans, lower } = cols;
  const sc = scan(text, surfaces);
  if (sc.count === 0) return { sentences: [], tokens: [] };
  const starts = sentenceStarts(sc, spans);

  const tokens: Token[] = new Array(sc.count);
  const sentences: Sentence[] = [];
  let sent = -1;
  for (let w = 0; w < surfaces.length; w++) {
    const t = sc.map[w]!;
    if (t < 0) continue;
    if (starts[t]) {
      if (sent >= 0) closeSentence(sentences[sent]!, tokens, t);
      sent++;
      sentences.push({ index: sent, start: sc.starts[t]!, end: sc.ends[t]!, tokenStart: t, tokenEnd: t + 1 });
    }
    const start = sc.starts[t]!;
    const end = sc.ends[t]!;
    const surface = surfaces[w]!;
    const exact = sc.exact[t] === 1;
    const s = exact ? surface : text.slice(start, end);
    // one object shape for every token (negated always present) keeps consumers' property access monomorphic
    tokens[t] = { index: t, start, end, text: s, lower: exact && lower !== undefined ? lower[w]! : s.toLowerCase(), pos: pos[w]!, lemma: lemma[w]!, sentence: sent, type: type[w]!, negated: neg[w] === true };
  }
  closeSentence(sentences[sent]!, tokens, sc.count);
  return NON_LATIN1.test(text) ? mergeSplitWords(tokens, sentences) : { sentences, tokens };
}

// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: "any character beyond Latin-1"
const NON_LATIN1 = /[^\u0000-\u00ff]/;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink's lexer splits words at letters outside Latin-1 ("Erdoğan" → "Erdo" "ğ" "an", "Nguyễn" →
 * "Nguy" "ễ" "n"). Adjacent letter-only pieces with no space between them, one of them holding such
 * a letter, are one word again; the word keeps the first piece's tag (PROPN for a name).
 */
export function mergeSplitWords(tokens: Token[], sentences: Sentence[]): { sentences: Sentence[]; tokens: Token[] } {
  const out: Token[] = [];
  const newIndex = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && prev.sentence === t.sentence && LETTERS.test(prev.text) && LETTERS.test(t.text) && (NON_LATIN1.test(prev.text) || NON_LATIN1.test(t.text))) {
      const text = prev.text + t.text;
      const pos = prev.pos === 'X' ? t.pos : prev.pos;
      out[out.length - 1] = { ...prev, end: t.end, text, lower: text.toLowerCase(), lemma: pos === 'PROPN' ? text : text.toLowerCase(), pos, type: 'word' };
    } else {
      out.push({ ...t, index: out.length });
    }
    newIndex[i] = out.length - 1;
  }
  if (out.length === tokens.length) return { sentences, tokens };
  for (const s of sentences) {
    s.tokenStart = newIndex[s.tokenStart]!;
    s.tokenEnd = newIndex[s.tokenEnd - 1]! + 1;
  }
  return { sentences, tokens: out };
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
