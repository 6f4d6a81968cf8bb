/**
 * The wink-nlp instance, loaded once per process (the model takes ~100 ms and some MB to load).
 * Only the pipes Brink uses are enabled: sentence boundaries, negation and POS (which lemmas need).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

/** The wink pipes Brink enables. Sentiment and wink's own NER are not used. */
export const WINK_PIPES = ['sbd', 'negation', 'pos'];

let instance: Wink | null = null;

export function wink(): Wink {
  if (instance === null) instance = winkNLP(model, WINK_PIPES);
  return instance;
}

/** Per lower-cased word: whether wink's lexicon holds it (memoized: the lexicon does not change). */
const lexicalCache = new Map<string, boolean>();
let probeDoc: ReturnType<Wink['readDoc']> | null = null;

/**
 * Whether `lower` is a word of wink's English lexicon — lower-case common words ("money", "inflation", "brown"), not
 * the names it has never seen ("putin", "pittsburgh", "papandreou"): wink's out-of-vocabulary test.
 */
export function isLexicalWord(lower: string): boolean {
  let known = lexicalCache.get(lower);
  if (known === undefined) {
    if (probeDoc === null) probeDoc = wink().readDoc('');
    known = !probeDoc.isOOV(lower);
    // (bounded: a long-running server sees ever new names)
    if (lexicalCache.size >= 50_000) lexicalCache.clear();
    lexicalCache.set(lower, known);
  }
  return known;
}
