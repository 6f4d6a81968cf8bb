import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizer } from './tokenizer.js';
import { buildPipeline } from './pipeline.js';
import type { Sentence, Token } from '../domain/types.js';

function checkInvariants(text: string, tokens: Token[], sentences: Sentence[]): void {
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    assert.equal(t.index, i);
    assert.ok(t.start >= prevEnd, `token ${i} starts before previous end`);
    assert.ok(t.end > t.start && t.end <= text.length, `token ${i} outside text`);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.lower, t.text.toLowerCase());
    assert.ok(t.text.trim().length > 0, 'no whitespace tokens');
    prevEnd = t.end;
  });
  let next = 0;
  sentences.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(s.tokenStart, next);
    assert.ok(s.tokenEnd > s.tokenStart);
    assert.equal(s.start, tokens[s.tokenStart]!.start);
    assert.equal(s.end, tokens[s.tokenEnd - 1]!.end);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) assert.equal(tokens[t]!.sentence, i);
    next = s.tokenEnd;
  });
  assert.equal(next, tokens.length);
}

const tricky = [
  "He can't go.\u00a0I won’t!  “Quoted” text 😀 at 5:30pm, 1,000 people.",
  "#Peace @user https://example.org/a?b=1&c=2 e-mail a@b.com U.S. officials\tsaid",
  "Y'all gonna cannot gimme ain't shouldn't've o'clock 10:30 p.m. 1700 IST (1130 GMT)",
  '— Bullet • item ¶ 5.5 magnitude ½ km² 20°C £10m $1.2bn 3rd 1990s ‘single’ "double"',
  'Zero\u200bwidth\u2028line\u2029para\ufeffbom  \r\n\r\nCRLF paragraphs\r\nNext',
  '',
  '   \n\n\t ',
  'ÉCOLE Ça va? Ñandú. İstanbul ǅ',
];

describe('tokenize', () => {
  test('keeps exact offsets on tricky strings', () => {
    for (const text of tricky) {
      const { tokens, sentences } = tokenize(text);
      checkInvariants(text, tokens, sentences);
    }
  });

  test('splits contractions into honest substrings with POS, lemma and negation', () => {
    const text = "Pakistan can't accept it.";
    const { tokens } = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.text), ['Pakistan', 'ca', "n't", 'accept', 'it', '.']);
    assert.equal(tokens[1]!.lemma, 'can');
    assert.equal(tokens[0]!.pos, 'PROPN');
    assert.equal(tokens[3]!.pos, 'VERB');
    assert.equal(tokens[3]!.negated, true);
    assert.equal(tokens[5]!.type, 'punctuation');
  });

  test('numbers, times, urls and hashtags stay single tokens with their type', () => {
    const { tokens } = tokenize('At 5:30pm 1,000 people read https://example.org/x #Kashmir');
    const byText = new Map(tokens.map((t) => [t.text, t]));
    assert.equal(byText.get('5:30pm')?.type, 'time');
    assert.equal(byText.get('1,000')?.type, 'number');
    assert.equal(byText.get('https://example.org/x')?.type, 'url');
    assert.equal(byText.get('#Kashmir')?.type, 'hashtag');
  });

  test('blank lines and headline/bullet line breaks end sentences; hard wraps do not', () => {
    const text = 'Talks resume in Geneva\n\nThe envoys met on Monday.\n- First point\n- Second point\nThe two sides and\nthe mediators agreed, and\nIndia and\nPakistan signed.';
    const { sentences } = tokenize(text);
    const got = sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, [
      'Talks resume in Geneva',
      'The envoys met on Monday.',
      '- First point',
      '- Second point',
      'The two sides and\nthe mediators agreed, and\nIndia and\nPakistan signed.',
    ]);
  });

  test('property: for any input, offsets are honest, increasing and inside the text', () => {
    const pieces = fc.constantFrom(
      ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r\n', "can't", 'won’t', '“', '”', '😀', '🇮🇳', 'U.S.', '1,000', '5:30pm',
      '5 pm', 'IST', '#tag', '@who', 'https://a.b/c?d=e', 'e-mail', '—', '...', '.', '!', '?', ',', '(', ')', '"', "'",
      'India', 'the', 'Line of Control', 'o\u0301', 'ß', 'İ', 'ﬁ', '\u200b', '-', '•', 'x@y.org', '$5bn', '½', "'s", "n't",
    );
    const arb = fc.oneof(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(arb, (text) => {
      const { tokens, sentences } = tokenize(text);
      checkInvariants(text, tokens, sentences);
    }), { numRuns: 400 });
  });

  test('tokenizer() is a pipeline component assigning sentences and tokens', () => {
    const c = tokenizer();
    assert.deepEqual(c.assigns.sort(), ['sentences', 'tokens']);
    const doc = buildPipeline([c])({ text: 'One. Two.', published: '2025-05-11' });
    assert.equal(doc.sentences.length, 2);
    assert.equal(doc.tokens.length, 4);
  });
});

test('words with letters outside Latin-1 stay one token (wink splits them)', () => {
  const text = 'President Recep Tayyip Erdoğan met Ahmet Davutoğlu. Nguyễn Phú Trọng spoke.';
  const { tokens, sentences } = tokenize(text);
  const words = tokens.map((t) => t.text);
  assert.ok(words.includes('Erdoğan') && words.includes('Davutoğlu') && words.includes('Nguyễn') && words.includes('Trọng'), words.join(' '));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  tokens.forEach((t, i) => assert.equal(t.index, i));
  assert.equal(sentences.length, 2);
  assert.equal(sentences[1]?.tokenStart, words.indexOf('Nguyễn'));
  assert.equal(sentences[1]?.tokenEnd, tokens.length);
});

describe('tokenizer: a clock\'s "a.m."/"p.m." before its zone or day', () => {
  test('"at 10 a.m. New York time on Thursday" and "6 p.m. Thursday" stay in one sentence', () => {
    for (const text of ['The truce took effect at 10 a.m. New York time on Thursday.', 'It ends at 6 p.m. Thursday, officials said.', 'It began at 9 a.m. GMT.']) {
      assert.equal(tokenize(text).sentences.length, 1, text);
    }
  });
  test('a clause ending in its clock time ends its sentence: "took effect at 8 a.m. Egypt urged"; an opening "At 6 a.m." does not', () => {
    assert.equal(tokenize('The truce took effect at 8 a.m. Egypt urged both sides to respect it.').sentences.length, 2);
    for (const text of ['At 6 a.m. Israeli troops entered the town.', 'He said that at 5 p.m. Indian officers called.', 'The army said it would stop at 5 p.m. Saturday.']) {
      assert.equal(tokenize(text).sentences.length, 1, text);
    }
  });
});

test('"then-U.S. House Speaker": the period of an initial split off by wink ends no sentence; "spoke.He" still does', () => {
  const r = tokenize('China held drills after a visit by then-U.S. House Speaker Nancy Pelosi. A pro-U.S. House member spoke.He left.');
  assert.equal(r.sentences.length, 3);
  assert.equal(r.tokens.find((t) => t.text === 'Pelosi')?.sentence, 0);
});

test('"wrote on X. Poland asked": the platform\'s name and a full stop, ending the sentence; not before a lower-case word', () => {
  const text = 'Tusk wrote on X. Poland asked allies for help. He posted on X. "No," he said. A plan X. was not. He wrote on X.';
  const r = tokenize(text);
  assert.equal(r.sentences.length, 6, r.tokens.map((t) => `${t.text}/${t.sentence}`).join(' '));
  const x = r.tokens.filter((t) => t.text === 'X');
  assert.equal(x.length, 3);
  for (const t of x) assert.equal(text.slice(t.start, t.end), 'X');
  assert.equal(r.tokens.find((t) => t.text === 'Poland')?.sentence, 1);
});

test('the period of a rank\'s abbreviation before a name ends no sentence ("Rear Adm. Roy Trinidad", "Maj. Gen. Jasper Jeffers")', () => {
  const r = tokenize('Navy spokesperson Rear Adm. Roy Vincent Trinidad accused China. Maj. Gen. Jasper Jeffers met Aoun.');
  assert.equal(r.sentences.length, 2);
  assert.equal(r.tokens.find((t) => t.text === 'Roy')?.sentence, 0);
  assert.equal(r.tokens.find((t) => t.text === 'Jasper')?.sentence, 1);
});

describe('tokenize: words split at letters beyond Latin-1', () => {
  test('a capitalised one is a name, whatever its first piece was tagged ("İmamoğlu" opening a sentence)', () => {
    const { tokens } = tokenize('İmamoğlu criticized the ruling.');
    assert.equal(tokens[0]!.text, 'İmamoğlu');
    assert.equal(tokens[0]!.pos, 'PROPN');
  });
});
