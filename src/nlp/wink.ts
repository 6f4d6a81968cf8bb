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
