import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { codeEvents } from './index.js';
import { fixtureDoc } from './testing.js';
import { createCoder, type Coder } from '../engine/coder.js';
import { SHARED_DIR } from '../engine/paths.js';

function realCoder(): Coder | null {
  try { return createCoder(); } catch { return null; }
}
const coder = realCoder();
const skipReal = coder ? false : 'the actor dictionary in data/actors did not load; whole-coder properties skipped';

const NEWSY = ['Arnor', 'Gondor', 'condemned', 'shelled', 'the', 'talks', 'between', 'and', 'did', 'not', 'if', 'would', 'said', ',', '.',
  '?', 'ceasefire', 'on', 'Friday', "'s", 'call', 'to', 'was', 'attacked', 'by', 'Mordor', 'citing', 'officials', 'both sides', 'agreed'];

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function wellFormed(events: unknown): void {
  assert.ok(Array.isArray(events));
  for (const e of events as Array<{ cameo: string; span: [number, number]; confidence: number; source: { code: string; country: string } }>) {
    assert.match(e.cameo, /^\d{2,4}$/);
    assert.ok(e.span[0] <= e.span[1]);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.ok(e.source.code.length > 0);
    // a country is three letters, or '' for a bare role code with no country ("MIL")
    assert.ok(e.source.country.length === 3 || (e.source.country === '' && e.source.code.length === 3), e.source.code);
  }
}

describe('robustness', () => {
  test('fixture coder: random word salad never throws', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 60 }), (words) => {
      wellFormed(codeEvents(fixtureDoc(words.join(' ')), { docId: 'p' }));
    }), { numRuns: 300 });
  });
  test('inputs the properties once found to throw: a sentence ending in "was" after talks, a dash opening the text, a violation or a killing opening it, a medium opener ending it', () => {
    // (found by longer runs of the properties above: a noun trigger before a form of "be" at the text's end, and an agent
    // noun two tokens after a leading dash)
    // (and a verb before a medium's opener at the text's end: "agreed on to call")
    for (const text of ['Arnor talks was', 'Arnor talks was call', 'agreed on to call', 'agreed on']) wellFormed(codeEvents(fixtureDoc(text), { docId: 'r' }));
    if (coder) for (const text of ['- wounding tanks', 'violations truce', 'killed peacekeeping rebels on Friday']) wellFormed(coder({ id: 'r', text, date: '2025-05-11' }));
  });
  test('whole coder: random unicode text never throws', { skip: skipReal }, () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
      wellFormed((coder as Coder)({ id: 'r', text: s, date: '2025-05-11' }));
    }), { numRuns: 150 });
  });
  test('whole coder: mutated news text never throws', { skip: skipReal }, () => {
    const base = 'Arnor condemned the shelling by Mordor on Friday. Both sides agreed to a truce, officials said. Did Gondor attack?';
    fc.assert(fc.property(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 12 }), (a, b, ins) => {
      const [i, j] = a < b ? [a, b] : [b, a];
      wellFormed((coder as Coder)({ id: 'm', text: base.slice(0, i) + ins + base.slice(j), date: '2025-05-11' }));
    }), { numRuns: 150 });
  });
  const gsr = join(SHARED_DIR, 'eval', 'sentences', 'plover-gsr.jsonl');
  test('whole coder: dev-set sentences with shuffled words never throw', { skip: skipReal || (existsSync(gsr) ? false : `${gsr} absent`) }, () => {
    const lines = readFileSync(gsr, 'utf8').trim().split('\n').slice(0, 120);
    lines.forEach((l, k) => {
      const text = shuffle((JSON.parse(l) as { text: string }).text.split(/\s+/), k + 1).join(' ');
      wellFormed((coder as Coder)({ id: `s${k}`, text, date: '2000-01-01' }));
    });
  });
  test('whole coder: short random runs of the dev set\'s own words never throw (fixed seed)', { skip: skipReal || (existsSync(gsr) ? false : `${gsr} absent`) }, () => {
    // (short runs put words at a sentence's edges, where bounds slips hide: "violations truce" once threw)
    const words = [...new Set(readFileSync(gsr, 'utf8').trim().split('\n').slice(0, 200)
      .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\s+/)))].concat(['-', '"', ',', '.', '?', "'s", 'if', 'was', 'its', 'both']);
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
      wellFormed((coder as Coder)({ id: 'v', text: ws.join(' '), date: '2000-01-01' }));
    }), { numRuns: 400, seed: 20261127 });
  });
});

describe('linearity (work counted, not timed)', () => {
  test('candidate checks grow linearly with the text', () => {
    const para = 'Arnor condemned the shelling by Mordor on Friday. Gondor and Rohan agreed to a truce, officials said. ' +
      "Theoden's call to King Elessar was brief. Mordor did not attack Rohan. ";
    const count = (n: number): number => {
      const work = { checks: 0 };
      codeEvents(fixtureDoc(para.repeat(n)), { docId: 'l', work });
      return work.checks;
    };
    const small = count(20);
    const big = count(80);
    assert.ok(small > 0);
    const ratio = big / small;
    assert.ok(ratio > 3 && ratio < 5.5, `ratio ${ratio}`);
  });
});
