/**
 * Word classes the refiners test token by token ("is this lemma a verb of denial?"), as bits. Each
 * class is registered once at module load (from the word set it stands for); per document the
 * classes of every token's form and lemma are found with one Map lookup per distinct string of the
 * token (its lemma, and its lower-cased form when that differs), on first use. A refiner scanning a
 * clause then tests bits instead of looking each token up in a dozen sets. The class words and sets
 * stay the source of truth: a class is exactly `set.has(token.lower)` (or `.lemma`).
 */
import type { Token } from '../domain/types.js';
import type { DocContext } from './context.js';

/** Word → index into the two bit tables (one word may be in form classes and in lemma classes). */
const entries = new Map<string, number>();
const formBits: number[] = [];
const lemmaBits: number[] = [];
let formClasses = 0;
let lemmaClasses = 0;
const MAX_CLASSES = 30;

function entry(w: string): number {
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

/** Per token of a document: the form classes of its `lower` and the lemma classes of its `lemma`. */
export interface Lexicon { form: Int32Array; lemma: Int32Array }

/** The document's token classes, computed on first use and kept on the context. */
export function lexicon(ctx: DocContext): Lexicon {
  const have = ctx.lexicon;
  if (have) return have;
  const tokens = ctx.doc.tokens;
  const n = tokens.length;
  const form = new Int32Array(n);
  const lemma = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const a = entries.get(t.lemma);
    const b = t.lower === t.lemma ? a : entries.get(t.lower);
    if (a !== undefined) lemma[i] = lemmaBits[a] as number;
    if (b !== undefined) form[i] = formBits[b] as number;
  }
  const made: Lexicon = { form, lemma };
  ctx.lexicon = made;
  return made;
}
