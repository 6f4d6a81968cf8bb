import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc, placeActors, placeMentions } from './testing.js';
import { readings } from './specificity.js';
import type { Candidate } from './match.js';
import type { Pattern } from './patterns.js';

const pairs = (text: string): string[] => codeEvents(fixtureDoc(text), { docId: 't' })
  .filter((e) => e.modality === 'asserted').map((e) => `${e.source.country}>${e.target?.country ?? '-'}:${e.cameo.slice(0, 2)}`).sort();

describe('specific readings that find no actors fall back to the plain verb', () => {
  test('a passive killing whose agent filled the specific pattern\'s object slot', () => {
    // "kill ... troops" matches across the agent phrase; the plain "kill" reading attaches agent and victims
    assert.deepEqual(pairs('Two Gondorian civilians were killed by Mordor troops on Monday.'), ['MOR>GON:18']);
  });
  test('the active sentence keeps its specific reading', () => {
    assert.deepEqual(pairs('Mordor troops killed two Gondorian soldiers on Monday.'), ['MOR>GON:19']);
  });
  test('fallbacks are the group\'s other readings of the same trigger, best first, then its noun readings of other words; a silencing reading keeps its group silent', () => {
    const pat = (id: string, code: string, flags: string[] = [], kind = 'v'): Pattern => ({ id, code, kind, flags: new Set(flags) }) as unknown as Pattern;
    const cand = (p: Pattern, trigger: number, end: number, words: number): Candidate => ({ pattern: p, sentence: 0, trigger, end, words }) as unknown as Candidate;
    const plain = cand(pat('v.kill', '1823'), 3, 4, 1);
    const specific = cand(pat('m.kill-troops', '190'), 3, 7, 2);
    const other = cand(pat('n.attack', '190'), 5, 6, 1);
    const r = readings([plain, specific, other]);
    assert.equal(r.length, 1);
    assert.equal(r[0]?.best, specific);
    assert.deepEqual(r[0]?.fallbacks, [plain]);
    const noun = cand(pat('n.clashes-with', '190', [], 'n'), 5, 7, 2);
    assert.deepEqual(readings([plain, specific, noun])[0]?.fallbacks, [plain, noun]);
    const none = cand(pat('m.fight-poverty', '190', ['none']), 3, 5, 2);
    assert.deepEqual(readings([plain, none]), []);
  });
});

describe('mutual acts and seas', () => {
  test('a mutual act whose object has no country of its own is between its subjects', () => {
    const es = codeEvents(fixtureDoc('Gondor and Rohan exchanged 40 prisoners on Friday.'), { docId: 't' });
    assert.deepEqual(es.filter((e) => e.cameo === '0841').map((e) => `${e.source.country}>${e.target?.country}`).sort(), ['GON>ROH', 'ROH>GON']);
  });
});

describe('a sea is no country', () => {
  test('an attack at sea targets no littoral state; one in a town targets the town\'s country', () => {
    const text = 'Mordor attacked a ship in the Sea of Rhun. Mordor attacked a convoy in Osgiliath.';
    const places = placeMentions(text, { 'Sea of Rhun': 'ROH', 'Osgiliath': 'GON' });
    for (const p of places) if (p.text === 'Sea of Rhun') (p.place as { kind: string }).kind = 'water';
    const es = codeEvents(fixtureDoc(text, { places }), { docId: 't' });
    assert.deepEqual(es.map((e) => `${e.sentence}:${e.source.country}>${e.target?.country ?? '-'}`), ['0:MOR>-', '1:MOR>GON']);
  });
});

describe('the two sides of a civil war', () => {
  const WORLD2 = {
    'Gondor': { code: 'GON', kind: 'country' as const },
    'Gondorian army': { code: 'GONMIL', kind: 'agent' as const },
    'Gondorian government': { code: 'GONGOV', kind: 'agent' as const },
    'Grey Front': { code: 'GONREB', kind: 'group' as const },
  };
  const run = (text: string): string[] => codeEvents(fixtureDoc(text, { actors: placeActors(text, WORLD2) }), { docId: 't' })
    .filter((e) => e.modality === 'asserted').map((e) => `${e.source.code}>${e.target?.code ?? '-'}`).sort();
  test('a state force and a rebel group of one country agreeing to a truce act on each other', () => {
    assert.deepEqual(run('The Gondorian army and the Grey Front agreed to a truce.'), ['GONMIL>GONREB', 'GONREB>GONMIL']);
  });
  test('a country and its rebels are two actors; a country and its government one', () => {
    assert.deepEqual(run('Gondor accused the Grey Front of attacking a bridge.'), ['GON>GONREB']);
    assert.deepEqual(run('The Gondorian government and the Gondorian army agreed to a truce.').filter((p) => !p.endsWith('>-')), []);
  });
  test('a fronted "In <country>," is the place, not a member of the subject', () => {
    assert.deepEqual(run('In Gondor, the Grey Front declared a truce on Monday.'), ['GONREB>-']);
  });
});

describe('an agent noun as trigger', () => {
  test('the protesters are the ones protesting, not the subject acting on them', () => {
    const text = 'Protesters in the square denounced the Mordor army.';
    const actors = placeActors(text, { 'Mordor army': { code: 'MORMIL', kind: 'agent' }, 'Protesters': { code: 'CVL', kind: 'agent' } });
    const es = codeEvents(fixtureDoc(text, { actors }), { docId: 't' }).filter((e) => e.cameo.startsWith('14'));
    assert.ok(es.every((e) => e.source.code === 'CVL'), es.map((e) => e.source.code).join());
  });
  test('protesters an act is aimed at ("fired on protesters") make no protest event of their own', () => {
    const text = 'The Mordor army fired on protesters in the square.';
    const actors = placeActors(text, { 'Mordor army': { code: 'MORMIL', kind: 'agent' }, 'protesters': { code: 'CVL', kind: 'agent' } });
    const es = codeEvents(fixtureDoc(text, { actors }), { docId: 't' }).filter((e) => e.cameo.startsWith('14'));
    assert.deepEqual(es.map((e) => e.source.code), []);
  });
});

describe('victims of a named attack', () => {
  test('"Y were killed in X shelling": the shelling is aimed at Y', () => {
    const text = 'Three Gondorian villagers were killed in Mordor shelling on Monday.';
    const actors = placeActors(text, { 'Gondorian villagers': { code: 'GONCVL', kind: 'agent' }, 'Mordor': { code: 'MOR', kind: 'country' } });
    const es = codeEvents(fixtureDoc(text, { actors }), { docId: 't' }).filter((e) => e.modality === 'asserted');
    assert.deepEqual(es.map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.cameo}`), ['MOR>GONCVL:194']);
  });
});

describe('a protest against the state', () => {
  test('a crowd known only by its country protesting against that country\'s government keeps the target', () => {
    const text = 'Thousands of Gondorians protested against the Gondorian government on Friday.';
    const actors = placeActors(text, { 'Gondorians': { code: 'GON', kind: 'country' }, 'Gondorian government': { code: 'GONGOV', kind: 'agent' } });
    const es = codeEvents(fixtureDoc(text, { actors }), { docId: 't' }).filter((e) => e.cameo.startsWith('14'));
    assert.deepEqual(es.map((e) => `${e.source.code}>${e.target?.code ?? '-'}`), ['GON>GONGOV']);
  });
});
