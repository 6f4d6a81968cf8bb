import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc } from './testing.js';
import type { Event } from '../domain/types.js';

const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
const pairs = (text: string): string[] => code(text).filter((e) => e.modality === 'asserted').map((e) => `${e.source.country}>${e.target?.country ?? '-'}:${e.cameo}`).sort();

describe('verbs: cuts of aid named by their vehicle, cyber warfare, waged wars', () => {
  test('suspending aid deliveries or shipments is a cut of aid, not aid', () => {
    assert.deepEqual(pairs('Arnor suspended aid deliveries to Gondor on Friday.'), ['ARN>GON:162']);
    assert.deepEqual(pairs('Rohan has halted assistance shipments to Mordor.'), ['ROH>MOR:162']);
  });
  test('cyber warfare or a cyber attack written as two words', () => {
    assert.deepEqual(pairs('Mordor launched a cyber attack against Gondor last week.'), ['MOR>GON:171']);
    assert.deepEqual(pairs('Mordor waged cyber warfare against Arnor.'), ['MOR>ARN:171']);
  });
  test('"waged war" is fighting, whatever the lemma of "waged"', () => {
    assert.deepEqual(pairs('Mordor waged war on Gondor for a decade.'), ['MOR>GON:190']);
  });
  test('an option being weighed is a considered policy option (014); the weighed act is not asserted', () => {
    assert.deepEqual(pairs('Rohan is contemplating sending horses to Gondor after the floods.'), ['ROH>-:014']);
    assert.deepEqual(pairs('Arnor is considering the proposal from Rohan.'), ['ARN>-:014']);
  });
  test('agreeing with a view or a finding is expressing accord (019), not an agreement (030)', () => {
    assert.deepEqual(pairs('Rohan said it agrees with the findings of the inquiry.').filter((p) => !p.endsWith(':010')), ['ROH>-:019']);
  });
  test('going on hunger strike is a hunger strike (142), not a labour strike', () => {
    const codes = code('Dozens of Gondorian prisoners went on hunger strike last week.').filter((e) => e.modality === 'asserted').map((e) => e.cameo);
    assert.ok(codes.includes('142') && !codes.includes('143'), codes.join());
  });
  test('denying charges made by somebody "that" it did something is a denial (016), not an accusation', () => {
    const codes = code('Mordor denied charges by Gondorian monks that it burned their abbey.').filter((e) => e.modality === 'asserted').map((e) => e.cameo);
    assert.ok(codes.includes('016') && !codes.some((c) => c.startsWith('112')), codes.join());
  });
  test('denying an act of one\'s own ("denied firing ...") is a denial (016); the act is kept, negated', () => {
    const es = code('Mordor denied firing any missiles at Gondor.');
    assert.deepEqual(pairs('Mordor denied firing any missiles at Gondor.'), ['MOR>GON:016']);
    assert.ok(es.some((e) => e.cameo.startsWith('19') && e.modality === 'negated' && e.target?.country === 'GON'), es.map((e) => e.cameo + e.modality).join());
  });
  test('helping to broker a deal is brokering it', () => {
    assert.deepEqual(pairs('Rohan helped broker the deal.'), ['ROH>-:045']);
  });
  test('shooting down aircraft is aimed at their owner; aircraft that are bought or shot down attack nobody', () => {
    assert.deepEqual(pairs('Gondor shot down two Mordor army drones.'), ['GON>MOR:195']);
    assert.deepEqual(pairs('Gondor bought 36 Arnorian fighter jets.').filter((p) => p.endsWith(':195')), []);
  });
  test('a missile fired into the sea is a show of force (150), not an attack', () => {
    assert.deepEqual(pairs('Mordor fired two ballistic missiles into the sea off its coast.'), ['MOR>-:150']);
  });
  test('a group that pledges or agrees to do something with no one named does it with each other', () => {
    assert.deepEqual(pairs('Gondor and Rohan pledged to open new trade links.').filter((p) => p.endsWith(':030')), ['GON>ROH:030', 'ROH>GON:030']);
    assert.deepEqual(pairs('Arnor and Rohan agreed to hold joint patrols.').filter((p) => p.startsWith('ARN') || p.startsWith('ROH')).map((p) => p.split(':')[0]).filter((v, i, a) => a.indexOf(v) === i), ['ARN>ROH', 'ROH>ARN']);
  });
  test('sinking an enemy\'s boats is military force against it', () => {
    assert.deepEqual(pairs('Gondor sank two Mordor army boats off the coast.'), ['GON>MOR:190']);
  });
  test('stepping down as a go-between is no leadership change', () => {
    assert.deepEqual(pairs('Arnor said it was stepping down from its role as mediator.').filter((p) => p.endsWith(':0831')), []);
    assert.ok(pairs('King Elessar stepped down on Monday.').some((p) => p.endsWith(':0831')));
  });
});
