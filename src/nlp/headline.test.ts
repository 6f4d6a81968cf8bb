import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenizer.js';
import { titleCaseSentences } from './headline.js';

const tags = (text: string): string => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`).join(' ');

describe('headlines in title case', () => {
  test('are tagged as the sentence in lower case: verbs and common nouns, names kept, text unchanged', () => {
    const { tokens } = tokenize('Norway Fires Rockets at Swedish Base After Talks Collapse');
    const pos = Object.fromEntries(tokens.map((t) => [t.text, t.pos]));
    assert.equal(pos.Fires, 'VERB');
    assert.equal(pos.Rockets, 'NOUN');
    assert.equal(pos.Norway, 'PROPN');
    assert.deepEqual(tokens.map((t) => t.text).join(' '), 'Norway Fires Rockets at Swedish Base After Talks Collapse');
  });
  test('an acronym keeps its reading ("US" is no pronoun)', () => {
    assert.match(tags('Norway Shells US Base in Oslo'), /US\/PROPN/);
  });
  test('running text is untouched, and a sentence with lower-case content words is no headline', () => {
    const { tokens, sentences } = tokenize('The Nordic Council met in Oslo on Monday to discuss trade.');
    assert.equal(titleCaseSentences(tokens, sentences.length)[0], 0);
    assert.equal(tokens.find((t) => t.text === 'Council')?.pos, 'PROPN');
  });
});
