/**
 * Word classes the refiners test token by token ("is this lemma a verb of denial?"), as bits. Each
 * class is registered once at module load (from the word set it stands for); per document the
 * classes of every token's form and lemma are found with one Map lookup per distinct string of the
 * token (its lemma, and its lower-cased form when that differs), on first use. A refiner scanning a
 * clause then tests bits instead of looking each token up in a dozen sets. The class words and sets
 * stay the source of truth: a class is exactly `set.has(token.lower)` (or `.lemma`).
 */
import type { Token } from '../domain/types.js';
import { wordIds } from '../nlp/tokenizer.js';
import type { DocContext } from './context.js';

/** Word → index into the two bit tables (one word may be in form classes and in lemma classes). */
const entries = new Map<string, number>();
const formBits: number[] = [];
const lemmaBits: number[] = [];
let formClasses = 0;
let lemmaClasses = 0;
const MAX_CLASSES = 30;

/**
 * The word's entry (registered on first call): the matcher registers its patterns' words so that the
 * per-document pass also gives each token's entry, which its index maps to pattern triggers.
 */
export function entry(w: string): number {
  let k = entries.get(w);
  if (k === undefined) {
    k = formBits.length;
    entries.set(w, k);
    formBits.push(0);
    lemmaBits.push(0);
  }
  return k;
}

/** A class of lower-cased forms: its bit, set for a token whose `lower` is one of `words`. */
export function formClass(words: Iterable<string>): number {
  if (formClasses >= MAX_CLASSES) throw new Error('lexicon: too many form classes');
  const bit = 1 << formClasses++;
  for (const w of words) formBits[entry(w)] = (formBits[entry(w)] as number) | bit;
  return bit;
}

/** A class of lemmas: its bit, set for a token whose `lemma` is one of `words`. */
export function lemmaClass(words: Iterable<string>): number {
  if (lemmaClasses >= MAX_CLASSES) throw new Error('lexicon: too many lemma classes');
  const bit = 1 << lemmaClasses++;
  for (const w of words) lemmaBits[entry(w)] = (lemmaBits[entry(w)] as number) | bit;
  return bit;
}

/**
 * Per token of a document: the form classes of its `lower` and the lemma classes of its `lemma`;
 * the entries of its lemma and of its form (-1: none; the same entry when the two are the same word);
 * `size`: the number of entries when it was made (words registered later are not looked up).
 */
export interface Lexicon { form: Int32Array; lemma: Int32Array; lemmaEntry: Int32Array; formEntry: Int32Array; size: number }

/**
 * Per word id (see `wordIds`): the entry of the word's lower-cased form + 2 (0: not looked up yet, 1:
 * no entry), and the lemma the word last had with that lemma's entry. A token of a known word then
 * needs no hash lookup of its form, and none of its lemma when it is the one last seen (a word's lemma
 * changes only with its tag). Valid for `memoSize` entries: cleared when words are registered later.
 */
let formById = new Int32Array(1 << 12);
let lemmaById: Array<string | undefined> = [];
let lemmaEntryById = new Int32Array(1 << 12);
let memoSize = -1;

function growMemo(id: number): void {
  const n = Math.max(id + 1, 2 * formById.length);
  const f = new Int32Array(n);
  f.set(formById);
  formById = f;
  const l = new Int32Array(n);
  l.set(lemmaEntryById);
  lemmaEntryById = l;
}

/**
 * The entry of a verb whose lemma the lemmatizer cut one letter short ("staged" → "stag", "waged" → "wag"):
 * the lemma + "e" when the form is that + "d" and it is a known word; undefined otherwise. (So no pattern may list an
 * adjective whose letters are a verb's plus "e" — "severe" would make "severed" read as it, not as "sever".)
 */
function cutShort(t: Token): number | undefined {
  if (t.pos !== 'VERB' || t.lemma.length + 2 !== t.lower.length || !t.lower.endsWith('ed') || !t.lower.startsWith(t.lemma)) return undefined;
  return entries.get(t.lemma + 'e');
}

/** The document's token classes, computed on first use and kept on the context. */
export function lexicon(ctx: DocContext): Lexicon {
  const have = ctx.lexicon;
  if (have && have.size === entries.size) return have;
  const tokens = ctx.doc.tokens;
  const n = tokens.length;
  // (the four columns lie in the context's column buffer, after actorAt: no allocation per document)
  const buf = ctx.columns;
  const form = buf.subarray(n, 2 * n);
  const lemma = buf.subarray(2 * n, 3 * n);
  const lemmaEntry = buf.subarray(3 * n, 4 * n);
  const formEntry = buf.subarray(4 * n, 5 * n);
  if (memoSize !== entries.size) {
    formById.fill(0);
    lemmaById = [];
    memoSize = entries.size;
  }
  const ids = wordIds(tokens);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const id = ids === undefined ? 0 : (ids[i] as number);
    let a: number;
    let b: number;
    if (id > 0) {
      if (id >= formById.length) growMemo(id);
      const f = formById[id] as number;
      if (f === 0) {
        b = entries.get(t.lower) ?? -1;
        formById[id] = b + 2;
      } else b = f - 2;
      if (lemmaById[id] === t.lemma) a = lemmaEntryById[id] as number;
      else {
        a = t.lemma === t.lower ? b : cutShort(t) ?? entries.get(t.lemma) ?? -1;
        // (pushed up to the id: a store far past the end would make the array a slow dictionary)
        while (lemmaById.length < id) lemmaById.push(undefined);
        lemmaById[id] = t.lemma;
        lemmaEntryById[id] = a;
      }
    } else {
      a = cutShort(t) ?? entries.get(t.lemma) ?? -1;
      b = t.lower === t.lemma ? a : entries.get(t.lower) ?? -1;
    }
    lemmaEntry[i] = a;
    formEntry[i] = b;
    // (every cell is written: the buffer holds the previous document's columns)
    lemma[i] = a < 0 ? 0 : (lemmaBits[a] as number);
    form[i] = b < 0 ? 0 : (formBits[b] as number);
  }
  const made: Lexicon = { form, lemma, lemmaEntry, formEntry, size: entries.size };
  ctx.lexicon = made;
  return made;
}

/**
 * Whether the sentence holds a word of the form class `bit`, found once per sentence and class: a rule
 * that reads rare words ("decades", "whereas") skips the sentences that hold none.
 */
export function sentenceHas(ctx: DocContext, sentence: number, bit: number): boolean {
  // (kept on the context, per class by its bit's number: per sentence 0 not looked at, 1 none of the class's words, 2 some)
  const byBit = (ctx.hints ??= []);
  const k = 31 - Math.clz32(bit);
  let hints = byBit[k];
  if (hints === undefined) { hints = new Uint8Array(ctx.doc.sentences.length); byBit[k] = hints; }
  if (hints[sentence] === 0) {
    const s = ctx.doc.sentences[sentence];
    const form = lexicon(ctx).form;
    let found = false;
    if (s) for (let i = s.tokenStart; i < s.tokenEnd && !found; i++) found = ((form[i] as number) & bit) !== 0;
    hints[sentence] = found ? 2 : 1;
  }
  return hints[sentence] === 2;
}
