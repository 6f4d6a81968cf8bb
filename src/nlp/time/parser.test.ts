import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedResult } from 'chrono-node';
import { parseTimes, textFeatures, timeParser, ungatedParsers } from './parser.js';

/** Everything the resolver can read from chrono's results, as a comparable string. */
function show(results: ParsedResult[]): string {
  return JSON.stringify(results.map((r) => [
    r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null,
    ...(['year', 'month', 'day', 'weekday', 'hour', 'minute', 'meridiem'] as const).map((c) => [r.start.isCertain(c), r.start.get(c)]),
    [...r.start.tags()].sort().join(','),
  ]));
}

const REFS = ['2025-05-11T12:00:00Z', '2024-02-29T12:00:00Z', '2023-12-31T12:00:00Z'].map((d) => ({ instant: new Date(d), timezone: 0 }));
const OPT = { forwardDate: false };

function sameAsFull(text: string): void {
  for (const ref of REFS) assert.equal(show(parseTimes(text, ref, OPT)), show(timeParser().parse(text, ref, OPT)), text);
}

// Sentences written for these tests: one or more of every kind of expression the parsers know.
const SENTENCES = [
  'The Veldran council met on Friday and again on Saturday afternoon.',
  'Talks resumed on May 10, 2025 in Ostrava after a pause.',
  'The truce took effect at 1700 GMT on 10 May and held until midnight.',
  'Shelling began in the early hours of Wednesday, two days after the vote.',
  'The envoy arrived three weeks later, and left a day earlier than planned.',
  'Officials said the border would reopen within 24 hours or within a few days.',
  'Two years ago the port was closed; it reopened last month.',
  'The deadline expires at the end of the month, 5 pm local time.',
  'Last night, and again this morning, drones struck the depot.',
  'Elections were held in 2022 and again since 1998 every four years.',
  'Strikes hit on the night of May 6-7 and again on 12/05/2024.',
  'The report is dated 2024-05-10T08:30:00Z and covers the 2023/24 season.',
  'Yesterday the minister said talks would resume tomorrow or next week.',
  'Fighting continued over the weekend and into the past two days.',
  'The ceasefire signed on the twenty-first of March collapsed by April 3rd.',
  'He spoke for the first time in 12 years at 10:30 a.m. on Tuesday.',
  'In them, the talks went on -3 days after the summit, and +2 weeks later.',
  'The plan, in a statement after days of cross-border shelling, was rejected.',
  'Mrs May may march in Sept. or Oct. 2019, they said in Dec.',
  'Troops withdrew after this quarter, next year at the latest, from now on.',
  'Aid arrived two hours   later and a convoy six months\tafter the flood; the dispute after that went on henceforth.',
  'Talks were set for a few weeks from now, some days      after the vote, and 3 yrs forward.',
  'Drones struck overnight; the previous day, later that day and the following morning, hours later, the night before.',
  'An overnight curfew, overnight into Sunday, the same day, that evening, moments afterwards, at 1300 local time.',
  'At dawn the guns fell silent; by nightfall, and again at dusk on Saturday, the convoy moved, before daybreak on May 3.',
  'Talks stalled in early May and resumed in mid-May, until May 30, on the morning of October 7 and the night of Saturday to Sunday.',
];

describe('parseTimes (gated chrono)', () => {
  test('every configured parser has a gate (a chrono upgrade that renames a parser is noticed)', () => {
    // a parser without a gate still runs (correct, only slower); this keeps the gate table complete
    assert.ok(timeParser().parsers.length >= 20);
    assert.deepEqual(ungatedParsers(), []);
    for (const text of ['', 'no time here at all']) assert.equal(show(parseTimes(text, REFS[0]!, OPT)), '[]');
  });

  test('gives exactly the full parser results on sentences of every kind', () => {
    for (const s of SENTENCES) sameAsFull(s);
    // windows: every slice of every sentence on word boundaries
    for (const s of SENTENCES) {
      const words = s.split(' ');
      for (let a = 0; a < words.length; a += 2) for (let b = a + 1; b <= words.length; b += 3) sameAsFull(words.slice(a, b).join(' '));
    }
  });

  test('gives exactly the full parser results on random time-word strings', () => {
    const vocab = ['on', 'in', 'for', 'within', 'the', 'a', 'an', 'at', 'of', 'last', 'next', 'this', 'past', 'after', 'before',
      'ago', 'later', 'earlier', 'from', 'now', 'today', 'tonight', 'night', 'morning', 'noon', 'evening', 'midday',
      'yesterday', 'tomorrow', 'week', 'weekend', 'month', 'months', 'day', 'days', 'year', 'hours', 'Friday', 'Sat', 'Mon.',
      'May', 'march', 'Sept.', 'Dec', 'January', 'first', 'twenty-first', '3rd', '10', '2024', '1700', '5', 'pm', 'a.m.', 'GMT',
      'IST', 'two', 'few', 'several', 'couple', 'end', 'out', 'forward', '-', '+', ',', '.', '/', ':', '(', ')', 'until', 'since',
      'into', 'roughly', 'just', 'about', 'around', '~', 'quarter', 'qtr', 'mo', 'y', 'd', 'x', 'cross-', 'half', 'an', 'LAST', 'After',
      'afterthis', 'In', 'FOR', 'twelve', 'eleven', '3.5', 'mins', 'hr', 'henceforth', 'from now', 'Later', 'AFTER', 'sec',
      'weeks', 'years', 'minutes', 'crisis', 'dispute', 'statement', 'talks', 'Geneva', 'overnight', 'previous', 'same', 'following',
      'that', 'moments', 'afternoon', 'local time', 'Kyiv time', 'an', 'Christmas', 'Day', 'Eve', "New Year's", 'Halloween',
      'Boxing', "Valentine's", 'summer', 'winter', 'fall', 'spring', 'Autumn', 'the', '25th', '3rd', 'coming'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '', '  ', '     ', '      ', '\t'), (ws, sep) => {
      sameAsFull(ws.join(sep));
    }), { numRuns: 1500, seed: 4 });
  });

  test('textFeatures: no digit and no time word gives no feature', () => {
    assert.equal(textFeatures('Zorvan praised Kethia, officials said.'), 0);
    assert.notEqual(textFeatures('Zorvan praised Kethia on Friday.'), 0);
    assert.notEqual(textFeatures('It ended in 1998.'), 0);
  });

  test('textFeatures: "after", "later", "out" need a time unit before them to count', () => {
    assert.equal(textFeatures('Zorvan struck back after Kethia raided the port and went out again.'), 0);
    assert.notEqual(textFeatures('Zorvan struck back three days after the raid.'), 0);
    assert.notEqual(textFeatures('Zorvan struck back hours  later.'), 0);
  });
});
