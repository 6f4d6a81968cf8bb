import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenizer.js';
import { titleCaseSentences } from './headline.js';

const tags = (text: string): string => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`).join(' ');

describe('headlines in title case', () => {
  test('are tagged as the sentence in lower case: verbs and common nouns, names kept, text unchanged', () => {
    const { tokens } = tokenize('Norway Fires Rockets at Swedish Base After Talks Collapse\n\nNorway fired rockets at a base after talks with Sweden failed.');
    const head = tokens.filter((t) => t.sentence === 0);
    const pos = Object.fromEntries(head.map((t) => [t.text, t.pos]));
    assert.equal(pos.Fires, 'VERB');
    assert.equal(pos.Rockets, 'NOUN');
    assert.equal(pos.Norway, 'PROPN');
    assert.deepEqual(head.map((t) => t.text).join(' '), 'Norway Fires Rockets at Swedish Base After Talks Collapse');
  });
  test('a noun reading is taken only for a word the article writes in lower case ("Trump" stays a name)', () => {
    const { tokens } = tokenize('Trump Meets Envoys in Oslo\n\nThe president met envoys on Monday.');
    const pos = Object.fromEntries(tokens.filter((t) => t.sentence === 0).map((t) => [t.text, t.pos]));
    assert.equal(pos.Trump, 'PROPN');
    assert.equal(pos.Envoys, 'NOUN');
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
