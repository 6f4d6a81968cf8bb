import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { fixtureDoc, placeActors, WORLD } from './testing.js';
import type { Event } from '../domain/types.js';

const code = (text: string): Event[] => codeEvents(fixtureDoc(text), { docId: 't' });
const show = (es: Event[]): string => es.map((e) => `${e.cameo}:${e.modality}`).join();
const asserted = (text: string): string[] => code(text).filter((e) => e.modality === 'asserted').map((e) => e.cameo);

describe('refusals spelled "won\'t" and "cannot"', () => {
  test('"won\'t" is "will not": a refused release is a rejection', () => {
    const es = code("Mordor won't release the Gondorian prisoners.");
    assert.ok(es.some((e) => e.cameo.startsWith('124') && e.modality === 'asserted'), show(es));
  });
  test('"cannot accept refugees" is a refusal, not an acceptance', () => {
    const es = code('Rohan says it cannot accept more refugees from Gondor.');
    assert.ok(es.some((e) => e.cameo.startsWith('12') && e.modality === 'asserted'), show(es));
    assert.ok(!es.some((e) => e.cameo === '075' && e.modality === 'asserted'), show(es));
  });
  test('a plain "did not" stays a negated event with no rejection', () => {
    const es = code('Rohan did not accept refugees from Gondor.');
    assert.ok(!es.some((e) => e.modality === 'asserted' && e.cameo.startsWith('12')), show(es));
  });
});

describe('strikers giving up their strike', () => {
  test('calling off or ending a strike is yielding', () => {
    assert.ok(asserted('The Gondorian dockworkers called off their strike on Friday.').includes('080'));
    assert.ok(asserted('Gondorian miners ended a three-week strike.').includes('080'));
  });
  test('"will not end the strike until" is a refusal to yield', () => {
    const es = code('The Gondorian nurses will not end their strike until wages rise.');
    assert.ok(es.some((e) => e.cameo.startsWith('124') && e.modality === 'asserted'), show(es));
  });
  test('an "open-ended strike" is a strike, not its end', () => {
    const a = asserted('Gondorian miners began an open-ended strike on Monday.');
    assert.ok(!a.includes('080') && a.includes('143'), a.join());
  });
  test('ending air strikes is not a strike by workers ending', () => {
    assert.ok(!asserted('Mordor says Rohan must end attacks on Gondor after the latest strikes.').includes('080'));
  });
});

describe('a verb with its own past auxiliary is not under a "will" further left', () => {
  test('"will return the bases it has seized": the seizure happened', () => {
    const es = code('Mordor announced it will return the towns it has seized from Gondor.');
    assert.ok(!es.some((e) => e.cameo.startsWith('138')), show(es));
  });
  test('a conditional past stays hypothetical', () => {
    const es = code('If Mordor had attacked Gondor, Rohan would have sent troops.');
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'), show(es));
  });
});

describe('peacekeepers and airlifted aid', () => {
  test('soldiers "deployed as peacekeepers" are sent by their own side', () => {
    const es = code('Some 500 Gondorian soldiers were deployed as peacekeepers along the Rohan border.');
    assert.ok(es.some((e) => e.cameo === '074' && e.modality === 'asserted'), show(es));
  });
  test('a negation word inside a name does not negate ("Doctors Without Borders flew in medicine")', () => {
    const world = { ...WORLD, 'Healers Without Borders': { code: 'NGOHWB', kind: 'agent' as const } };
    const named = (text: string): Event[] => codeEvents(fixtureDoc(text, { actors: placeActors(text, world) }), { docId: 't' });
    const es = named('Healers Without Borders flew ten tonnes of medicine into Gondor.');
    assert.ok(es.some((e) => e.cameo === '073' && e.modality === 'asserted'), show(es));
    const no = named('Healers Without Borders did not fly medicine into Gondor.');
    assert.ok(!no.some((e) => e.cameo === '073' && e.modality === 'asserted'), show(no));
  });
});

describe('descriptions and missions', () => {
  test('"the internationally recognised government" is no act of recognition', () => {
    const a = asserted('The internationally recognised government of Gondor declared a truce with Mordor.');
    assert.ok(!a.includes('054'), a.join());
  });
  test('troops arriving "to join" a peacekeeping mission are peacekeepers sent', () => {
    const a = asserted('Gondorian troops arrived in Rohan to join the peacekeeping mission there.');
    assert.ok(a.includes('074'), a.join());
  });
});

describe('meetings over a meal', () => {
  test('"had dinner with" is a meeting; "hosted a lunch for" hosts a visitor', () => {
    assert.ok(asserted('King Elessar had dinner with Theoden in Minas Tirith.').includes('040'));
    assert.ok(asserted('Queen Arwen hosted a lunch for King Elessar.').includes('043'));
  });
});

describe('accepting a proposal', () => {
  test('accepting a plan is cooperation; "will not accept" it is a rejection', () => {
    assert.ok(asserted('Rohan accepted the Gondorian peace plan.').includes('050'));
    const a = asserted('Rohan says it will not accept the Gondorian proposal.');
    assert.ok(a.some((c) => c.startsWith('12')) && !a.includes('050'), a.join());
  });
});

describe('a hyphened "-claimed" describes the weapon', () => {
  test('"a Mordor-claimed bomb struck" is an attack told as fact', () => {
    const es = code('A Mordor-claimed car bomb struck a bus in Gondor.');
    // (coded as the bombing, 183, which the plain "struck" echoes)
    assert.ok(es.some((e) => /^(183|19)/.test(e.cameo) && e.modality === 'asserted'), show(es));
  });
  test('"Mordor claimed it had attacked" stays a claim', () => {
    const es = code('Mordor claimed it had attacked the Gondorian garrison.');
    assert.ok(es.some((e) => e.cameo === '015' && e.modality === 'asserted'), show(es));
    assert.ok(!es.some((e) => e.cameo.startsWith('19') && e.modality === 'asserted'), show(es));
  });
});

describe('name-calling is no phone call', () => {
  test('"called X a war criminal" disapproves; "called X a day later" is a call', () => {
    assert.ok(asserted('King Elessar called Sauron a war criminal.').includes('111'));
    const a = asserted('King Elessar called Theoden a day later.');
    assert.ok(!a.includes('111'), a.join());
  });
});
