/**
 * Headlines. A sentence in title case ("Iran Fires Missiles at US Base in Qatar") reads to wink-nlp as a run
 * of proper nouns: its verbs and common nouns come out PROPN, so no verb pattern can match. English title
 * case only capitalises words; their parts of speech are those of the sentence in lower case. So the
 * sentence is tagged again in lower case and each word whose lower-case reading is a verb, an adverb or a
 * function word takes that tag and lemma; a common noun or adjective reading is taken only for a word the
 * article also writes in lower case in its running text ("strikes", "hostages"), since names read in lower
 * case are often nouns too ("trump", "moscow"). A word still read as a proper noun keeps its tag; the text is
 * never changed, so names are still found by their capitals.
 * Only title-case sentences are tagged twice: a headline or two per article.
 */
import type { Sentence, Token } from '../domain/types.js';
import { wink } from './wink.js';
import { winkTokens } from './winkraw.js';
import { verbLemma } from './retag.js';

/** The word starts with a capital letter (any script with case). */
export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0]!;
  return ch !== ch.toLowerCase();
}

let counts = new Int32Array(256);
let flags = new Uint8Array(256);

/**
 * Per-sentence flag: most words after the first are capitalised (a headline). A short sentence
 * ending in a full stop needs more evidence than a few capitals ("The Gondorian Sea is calm.").
 */
export function titleCaseSentences(tokens: readonly Token[], sentences: number): Uint8Array {
  // (the tokenizer and the actor resolver both ask, one after the other, for the same tokens: one pass)
  if (tokens === lastTokens && sentences === lastFlags.length) return lastFlags;
  const n = sentences;
  if (counts.length < 2 * n) {
    counts = new Int32Array(Math.max(2 * n, 2 * counts.length));
    flags = new Uint8Array(counts.length);
  }
  // scratch, reused: counts[i] capitalised words and counts[n + i] words of sentence i; flags[i] it ends in a
  // full stop, flags[n + i] it has lower-case content
  const c = counts;
  const f = flags;
  c.fill(0, 0, 2 * n);
  f.fill(0, 0, 2 * n);
  let prevSentence = -1;
  for (const t of tokens) {
    const sent = t.sentence;
    const first = sent !== prevSentence;
    prevSentence = sent;
    if (t.type === 'punctuation') f[sent] = t.text === '.' || t.text === '?' || t.text === '!' ? 1 : 0;
    else f[sent] = 0;
    if (first || t.type !== 'word' || t.text.length < 3) continue;
    c[n + sent]!++;
    if (isCapitalized(t.text)) c[sent]!++;
    // a lower-case verb, noun or adjective: running text full of names, not a headline
    else if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') f[n + sent] = 1;
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const words = c[n + i]!;
    const enough = f[i] ? words >= 6 : words >= 3;
    if (enough && c[i]! / words >= 0.7 && !f[n + i]) out[i] = 1;
  }
  lastTokens = tokens;
  lastFlags = out;
  return out;
}

/** The last call's tokens and answer (read only by callers). */
let lastTokens: readonly Token[] | null = null;
let lastFlags = new Uint8Array(0);

const TAKEN = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'AUX', 'ADP', 'DET', 'PRON', 'NUM', 'PART', 'CCONJ', 'SCONJ']);
/** Readings a name could be given in lower case too ("trump", "moscow" read as nouns): taken only with evidence. */
const NAME_LIKE = new Set(['NOUN', 'ADJ']);

/**
 * Retags the title-case sentences of `text` in place (see the header). `words` are the tokens' word ids:
 * a retagged token loses its id (0), whose memos belong to the capitalised word. Returns the number of
 * sentences retagged.
 */
export function retagHeadlines(text: string, tokens: Token[], sentences: readonly Sentence[], words: number[]): number {
  if (sentences.length === 0) return 0;
  const title = titleCaseSentences(tokens, sentences.length);
  let any = false;
  for (const s of sentences) if (title[s.index]) { any = true; break; }
  if (!any) return 0;
  // words the article writes in lower case in running text: common words, not names ("strikes", not "Trump")
  const common = new Set<string>();
  for (const t of tokens) if (!title[t.sentence] && t.type === 'word' && t.text === t.lower) common.add(t.lower);
  let done = 0;
  for (const s of sentences) {
    if (!title[s.index]) continue;
    const lower = text.slice(s.start, s.end).toLowerCase();
    const nlp = wink();
    const { tokens: wt } = winkTokens(nlp, nlp.readDoc(lower));
    // align by surface: the lower-case reading must split the words as the original did
    let w = 0;
    let ok = true;
    const pos: string[] = [];
    const lemma: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd && ok; i++) {
      while (w < wt.n && wt.surface(w).trim() === '') w++;
      if (w >= wt.n || wt.surface(w) !== tokens[i]!.lower) ok = false;
      else { pos.push(wt.pos(w)); lemma.push(wt.lemma(w)); w++; }
    }
    if (!ok) continue;
    for (let i = s.tokenStart, k = 0; i < s.tokenEnd; i++, k++) {
      const t = tokens[i]!;
      const p = pos[k]!;
      // (an acronym keeps its reading: "US" is no pronoun)
      if (t.pos !== 'PROPN' || !TAKEN.has(p) || !isCapitalized(t.text) || (t.text.length > 1 && t.text === t.text.toUpperCase())) continue;
      // (a noun or adjective reading only for a word the article also writes in lower case: "Putin", "Trump"
      // and "Moscow" stay names)
      // (or an -s form with a verb reading, which the verb corrections after this may take: "Norway Fires Rockets")
      if (NAME_LIKE.has(p) && !common.has(t.lower) && !(p === 'NOUN' && t.lower.endsWith('s') && verbLemma(t.lower) !== t.lower)) continue;
      t.pos = p;
      t.lemma = lemma[k]!;
      words[i] = 0;
    }
    done++;
  }
  return done;
}
