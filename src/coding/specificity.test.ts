import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { dayTime, fixtureDoc } from './testing.js';
import { buildContext } from './context.js';
import { matchSentence } from './match.js';
import { defaultPatterns } from './load.js';
import { foreground, mostSpecific } from './specificity.js';

/** The codes of the foreground readings of a one-sentence text. */
const kept = (text: string): string[] => {
  const ctx = buildContext(fixtureDoc(text));
  return foreground(ctx, mostSpecific(matchSentence(ctx, defaultPatterns(), 0))).map((c) => c.pattern.code);
};
const all = (text: string): string[] => {
  const ctx = buildContext(fixtureDoc(text));
  return mostSpecific(matchSentence(ctx, defaultPatterns(), 0)).map((c) => c.pattern.code);
};

describe('foreground: the main event, not the scene', () => {
  test('an event in a relative clause is background to the main one', () => {
    const text = 'Arnor expelled the Mordor army, which had shelled Gondor.';
    assert.ok(all(text).includes('194'));
    assert.ok(!kept(text).includes('194') && kept(text).some((c) => c.startsWith('17')), kept(text).join());
  });
  test('a "during"/"amid" phrase sets the scene; "after" may carry news of its own', () => {
    const text = 'Arnor expelled Mordor diplomats during the shelling of Gondor.';
    assert.ok(all(text).includes('194'));
    assert.ok(!kept(text).includes('194'), kept(text).join());
    assert.ok(kept('Arnor and Gondor agreed to a truce after Rohan hosted talks.').some((c) => c.startsWith('04')));
  });
  test('with no foreground event but a statement, the background stays', () => {
    assert.ok(kept('Theoden said losses were heavy during the shelling of Gondor by Mordor.').includes('194'));
  });
  test('a participle used as an adjective names no event', () => {
    assert.ok(!kept('Queen Arwen visited the occupied town in Gondor.').some((c) => c.startsWith('19')));
  });
  test('an event noun modifying a noun of persons names no event', () => {
    assert.ok(!kept('King Elessar welcomed the truce monitors in Gondor.').includes('0871'));
  });
  test('a trigger inside a time expression names no event', () => {
    const text = 'Arnor and Gondor signed a truce in March.';
    const ctx = buildContext(fixtureDoc(text, { times: [dayTime(text, 'in March', '2025-03-01')] }));
    const codes = foreground(ctx, mostSpecific(matchSentence(ctx, defaultPatterns(), 0))).map((c) => c.pattern.code);
    assert.ok(!codes.includes('141'), codes.join());
  });
});
