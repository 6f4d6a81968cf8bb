import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatterns, indexPatterns } from './patterns.js';
import { BrinkError } from '../domain/errors.js';
import type { Pattern } from './patterns.js';
import type { Candidate } from './match.js';

describe('pattern syntax', () => {
  test('elements, flags and ids', () => {
    const { version, patterns } = parsePatterns('@version 2026.11.1\n# comment\n112 accuse TGT? of ... war_crimes|genocide ; self\n041 call:N to|with ; recip\n', 'x.txt');
    assert.equal(version, '2026.11.1');
    const [a, b] = patterns;
    assert.equal(a?.id, 'm.accuse-of-war_crimes.112');
    assert.equal(a?.kind, 'm');
    assert.deepEqual(a?.elems.map((e) => e.kind), ['word', 'tgt', 'word', 'gap', 'word']);
    assert.ok(a?.flags.has('self'));
    assert.equal(b?.id, 'n.call-to.041');
    assert.equal(b?.kind, 'n');
    assert.equal(b?.elems[0]?.kind === 'word' && b.elems[0].pos, 'N');
  });
  test('index by every trigger alternative, first word of multi-word ones; duplicate ids get a suffix', () => {
    const set = indexPatterns(parsePatterns('051 praise|hail\n051 praise\n195 =air_strike ; notarget\n', 'y.txt').patterns);
    assert.equal(set.byTrigger.get('hail')?.length, 1);
    assert.equal(set.byTrigger.get('praise')?.length, 2);
    assert.equal(set.byTrigger.get('air')?.length, 1);
    assert.deepEqual(set.patterns.map((p) => p.id), ['v.praise.051', 'v.praise.051~2', 'v.air_strike.195']);
  });
  for (const [bad, why] of [['x51 praise', 'bad code'], ['051', 'no elements'], ['051 TGT praise', 'slot first'], ['051 praise? x', 'optional first'], ['051 Praise', 'upper case'], ['051 praise ; bogus', 'unknown flag']]) {
    test(`rejects ${why}`, () => {
      assert.throws(() => parsePatterns(bad as string, 'z.txt'), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_DATA_FILE' && String(e.item).startsWith('z.txt:1'));
    });
  }
});

describe('specificity: readings flagged none', () => {
  test('a none reading outranks the literal one and then codes nothing', async () => {
    const { mostSpecific } = await import('./specificity.js');
    const { patterns } = parsePatterns('190 fight:V\n190 fight ... poverty ; none\n', 'n.txt');
    const [lit, fig] = patterns as [Pattern, Pattern];
    assert.ok(fig.flags.has('none'));
    const cand = (p: Pattern, end: number, words: number): Candidate => ({ pattern: p, sentence: 0, trigger: 1, end, words });
    assert.deepEqual(mostSpecific([cand(lit, 2, 1), cand(fig, 4, 2)]), []);
    assert.deepEqual(mostSpecific([cand(lit, 2, 1)]).map((c) => c.pattern.id), ['v.fight.190']);
  });
});
