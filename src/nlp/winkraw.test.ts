import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { wink, WINK_PIPES } from './wink.js';
import { publicColumns, rawColumns } from './winkraw.js';

const TEXTS = [
  'The ministry can\'t confirm the figures, but it won\'t rule out talks. They\'re ready; we\'d agree.',
  'Troops shelled the village. The shelling killed 12 people on 10 May 2025 at 5 pm IST (1130 GMT).',
  'Visit https://example.org or mail press@example.org #ceasefire @envoy :) 3.2% $40m 1,000 1700hrs',
  'He does not lead; she leads. The leads were led by leaders who are leading. Talks, talking, talked.',
  'Zelenskyy met Erdoğan in Türkiye – then flew to Doha… “We will not accept it,” he said.\n\nNew line\nhere.',
  'OOVwordxyz qqqzzz Foobarstan\'s Foobarstani forces foobarred the Foobarstanis. Don\'t! Ain\'t. Y\'all.',
  '   leading spaces\t\ttabs  and   gaps   ',
  'A.B.C. U.S. U.K. Mr. Smith Jr. arrived at 9 a.m. Jan. 5; left at 10 p.m.',
];

function same(text: string, nlp = wink()): void {
  const doc = nlp.readDoc(text);
  const raw = rawColumns(nlp, doc);
  assert.ok(raw, 'raw columns are reachable with the installed wink-nlp');
  const { lower, word, ...cols } = raw;
  assert.deepEqual(cols, publicColumns(nlp, doc), text);
  assert.deepEqual(lower, cols.surfaces.map((s) => s.toLowerCase()), text);
  // one word id per distinct surface
  const ids = word ?? [];
  assert.equal(ids.length, cols.surfaces.length, text);
  const idOf = new Map<string, number>();
  cols.surfaces.forEach((s, i) => {
    assert.ok(ids[i]! >= 1, text);
    assert.equal(idOf.get(s) ?? ids[i], ids[i], `${text}: ${s}`);
    idOf.set(s, ids[i]!);
  });
  assert.equal(new Set(ids).size, idOf.size, text);
}

describe('rawColumns', () => {
  test('equals the public wink API on varied news text (twice: memoized lemmas and types)', () => {
    for (const t of TEXTS) same(t);
    for (const t of TEXTS) same(t);
  });

  test('documents without tokens (whitespace only) take the public path', () => {
    const nlp = wink();
    for (const t of [' ', '\u3000', '\ufeff', '']) assert.equal(rawColumns(nlp, nlp.readDoc(t)), null);
  });

  test('another wink instance (its own out-of-vocabulary indices) gets its own memo', () => {
    const other = winkNLP(model, WINK_PIPES);
    same('Blorptastic zindarians quux the frobnicators.', other); // new OOV words take indices in `other` only
    same('Quux zindarians frobnicate blorptastically.');
    same('Quux zindarians frobnicate blorptastically.', other);
    same('Blorptastic zindarians quux the frobnicators.');
  });

  test('a word keeps POS-dependent lemmas across documents', () => {
    same('The leaves fall. He leaves today.');
    same('He leaves today. The leaves fall.');
  });

  test('equals the public wink API on random word sequences', () => {
    const words = ['the', 'leaves', 'leave', 'left', 'can\'t', 'won\'t', 'don\'t', 'I', 'saw', 'saws', 'meeting', 'met', 'meets',
      'India', 'Pakistan', 'ceasefire', 'not', 'no', '5', 'pm', 'May', 'may', '.', ',', '"', '(', ')', 'zzyzx', 'Qwertyville',
      'talks', 'talked', 'better', 'best', 'are', 'is', 'was', 'been', 'being', '\n', '\n\n', 'e-mail', 'U.S.', '1,000', '3.5%'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom(' ', '  ', ''), (ws, sep) => {
      const text = ws.join(sep === '' ? ' ' : sep);
      if (text.trim() === '') return;
      same(text);
    }), { numRuns: 300 });
  });
});
