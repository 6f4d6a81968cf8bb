/**
 * Resolution rules for mentions that used to stay unresolved: agents "based in" a place or "loyal to"
 * a country, peoples of several states, acronyms defined in parentheses, outlets named after their
 * noun, typeset apostrophes, a metonym that the place finder read as another country's town.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceKind, PlaceMention } from '../domain/types.js';
import { emptyDoc } from '../nlp/pipeline.js';
import { tokenize } from '../nlp/tokenizer.js';
import { buildDictionary } from './dictionary.js';
import { actorResolver, type ActorAnnotatedDoc } from './resolver.js';
import { mention, resolve } from './testing.js';

const dict = buildDictionary({
  countries: [
    { code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'], demonyms: ['Rohirrim'], metonyms: [{ text: 'Edoras', sector: 'GOV' }, { text: 'RRS', sector: 'SPY' }] },
    { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'], metonyms: [{ text: 'Minas Tirith', sector: 'GOV' }] },
    { code: 'HAR', name: 'Harad', aliases: ['the Haradwaith'], adjectives: ['Haradrim'] },
  ],
  groups: [{ id: 'white-hand', code: 'ROHREB', name: "Saruman's Host", aliases: ['White Hand'] }],
  agents: [
    { kind: 'agent', sector: 'GOV', singular: ['government', 'leader'], plural: ['officials', 'leaders'] },
    { kind: 'agent', sector: 'MIL', singular: ['army'], plural: ['troops', 'forces'] },
    { kind: 'agent', sector: 'REB', bare: true, singular: ['terror group', 'militant'], plural: ['militants', 'fighters'] },
    { kind: 'agent', sector: 'REB', singular: ['faction'], plural: ['factions'] },
    { kind: 'agent', sector: 'REB', anaphoric: true, singular: ['group', 'movement'], plural: [] },
    { kind: 'agent', sector: 'MED', singular: ['newspaper', 'daily'], plural: ['newspapers'] },
    { kind: 'agent', sector: 'PTY', singular: ['party'], plural: ['parties'] },
    { kind: 'agent', sector: 'REF', bare: true, singular: ['refugee'], plural: ['refugees'] },
    { kind: 'shared-adjective', adjectives: ['Dunlending'], demonyms: ['Dunlendings'], countries: ['ROH', 'GON'] },
    { kind: 'org-head', sector: 'MIL', heads: ['Guard'] },
  ],
});

function withPlaces(text: string, places: [string, string, PlaceKind?][]): ActorAnnotatedDoc {
  const doc: ActorAnnotatedDoc = emptyDoc({ text, published: '2023-05-10' });
  const t = tokenize(text);
  doc.sentences = t.sentences;
  doc.tokens = t.tokens;
  doc.places = places.map(([name, country, kind]): PlaceMention => {
    const at = text.indexOf(name);
    return { start: at, end: at + name.length, text: name, place: { id: name.toLowerCase(), name, kind: kind ?? 'city', country, lat: 0, lon: 0 } };
  });
  actorResolver(dict).run(doc);
  return doc;
}

describe('an agent noun with a place or a patron after it', () => {
  test('"a terror group based in X" is of the place\'s country', () => {
    const doc = withPlaces('A terror group based in Dol Amroth threatened Harad.', [['Dol Amroth', 'GON']]);
    assert.equal(doc.actors.find((m) => m.text.startsWith('terror group'))?.code, 'GONREB');
  });
  test('"militants loyal to X\'s warlord" are of X', () => {
    const doc = resolve("Militants loyal to Harad's warlord attacked a fort.", '2023-05-10', dict);
    assert.equal(doc.actors[0]?.code, 'HARREB');
  });
  test('"fighters throughout X" and "troops in the X" (a name with its article)', () => {
    assert.equal(resolve('Fighters throughout Rohan laid down arms.', '2023-05-10', dict).actors[0]?.code, 'ROHREB');
    assert.equal(resolve('Troops in the Haradwaith withdrew.', '2023-05-10', dict).actors[0]?.code, 'HARMIL');
  });
  test('a non-bare agent noun needs a country word: "Gondorian factions", not "a faction"', () => {
    assert.equal(mention(resolve('Gondorian factions met.', '2023-05-10', dict), 'Gondorian factions')?.code, 'GONREB');
    assert.equal(resolve('A faction walked out.', '2023-05-10', dict).actors.length, 0);
  });
});

describe('refugees of a camp', () => {
  test('are of the camp\'s place: a known camp holding the noun, or the place "in" after it', () => {
    const named = withPlaces('Gondorian troops raided the Osgiliath refugee camp.', [['Osgiliath refugee camp', 'ROH', 'site']]);
    assert.equal(mention(named, 'refugee')?.code, 'ROHREF');
    const placed = withPlaces('Gondorian troops shelled a refugee camp in Osgiliath.', [['Osgiliath', 'ROH']]);
    assert.equal(mention(placed, 'refugee')?.code, 'ROHREF');
  });
});

describe('a people of several states', () => {
  test('takes the state the article supports, a place after "in" counting double', () => {
    const doc = withPlaces('Rohan threatened Dunlending fighters across the border in eastern Gondor.', [['Rohan', 'ROH'], ['Gondor', 'GON']]);
    assert.equal(mention(doc, 'Dunlending fighters')?.code, 'GONREB');
    assert.equal(mention(resolve('Gondorian troops fought Dunlendings. Minas Tirith said so.', '2023-05-10', dict), 'Dunlendings')?.code, 'GONCVL');
  });
  test('with no support for one state, no state of theirs', () => {
    assert.equal(resolve('Dunlending leaders met.', '2023-05-10', dict).actors.some((m) => m.code.startsWith('ROH') || m.code.startsWith('GON')), false);
  });
});

describe('acronyms defined in parentheses', () => {
  test('recur later as the same actor', () => {
    const doc = resolve('The Rohirric Royal Guard (RRG) crossed the ford. RRG troops then withdrew.', '2023-05-10', dict);
    const later = doc.actors.filter((m) => m.text === 'RRG');
    assert.equal(later.length, 1);
    assert.equal(later[0]?.code, 'ROHMIL');
  });
  test('not an acronym nobody defined', () => {
    assert.equal(resolve('RRG troops withdrew.', '2023-05-10', dict).actors.some((m) => m.text === 'RRG'), false);
  });
});

describe('outlets named after their noun', () => {
  test('"the newspaper X" and "the daily Al-X" are outlets of the article\'s country', () => {
    const doc = resolve('The Gondorian government closed the opposition newspaper Osgiliath Herald.', '2023-05-10', dict);
    assert.equal(mention(doc, 'newspaper Osgiliath Herald')?.code, 'GONMED');
    const daily = resolve('Gondor fined the daily Al-Anor.', '2023-05-10', dict);
    assert.equal(mention(daily, 'daily Al-Anor')?.code, 'GONMED');
  });
  test('not a lower-case word after the noun', () => {
    assert.equal(resolve('Gondor fined a newspaper yesterday.', '2023-05-10', dict).actors.some((m) => m.code === 'GONMED'), false);
  });
});

describe('typeset apostrophes', () => {
  test('a name with a straight apostrophe matches the curly one', () => {
    assert.equal(resolve('Saruman’s Host attacked.', '2023-05-10', dict).actors[0]?.code, 'ROHREB');
  });
});

describe('a capital that is another country\'s town here', () => {
  test('the place finder\'s reading wins over the metonym', () => {
    const doc = withPlaces('Militants in Edoras clashed with troops.', [['Edoras', 'GON']]);
    assert.equal(doc.actors.find((m) => m.text.startsWith('Militants'))?.code, 'GONREB');
    assert.equal(withPlaces('Edoras said it would retaliate.', [['Edoras', 'GON']]).actors.some((m) => m.code === 'ROHGOV'), false);
  });
  test('a capital joined to "along with" is an agent', () => {
    assert.equal(mention(resolve('Edoras along with its allies demanded a truce.', '2023-05-10', dict), 'Edoras')?.code, 'ROHGOV');
  });
  test('a capital joined to its own companions ("Edoras and its allies imposed"), or told to act ("prompting Edoras to condemn"), is an agent', () => {
    assert.equal(mention(resolve('Edoras and its allies imposed new sanctions.', '2023-05-10', dict), 'Edoras')?.code, 'ROHGOV');
    assert.equal(mention(resolve('The raid went on for hours, prompting Edoras to condemn the attack.', '2023-05-10', dict), 'Edoras')?.code, 'ROHGOV');
  });
});

describe('"they" after a speech verb', () => {
  test('is the sentence\'s first plural actor, the speakers', () => {
    const doc = resolve('Rohirric fighters near the Gondorian army said they would attack.', '2023-05-10', dict);
    assert.equal(mention(doc, 'they')?.code, 'ROHREB');
  });
  test('elsewhere the most recent plural actor', () => {
    const doc = resolve('Rohirric fighters met the Gondorian army and they agreed.', '2023-05-10', dict);
    assert.equal(mention(doc, 'they')?.code, 'GONMIL');
  });
});

describe('a group name, an acronym in parentheses and an agent noun', () => {
  test('make one mention of the group', () => {
    const doc = resolve("Twenty Saruman's Host (SH) fighters surrendered.", '2023-05-10', buildDictionary({
      groups: [{ id: 'white-hand', code: 'ROHREB', name: "Saruman's Host", aliases: ['SH'] }],
      agents: [{ kind: 'agent', sector: 'REB', bare: true, singular: ['fighter'], plural: ['fighters'] }],
    }));
    assert.deepEqual(doc.actors.map((m) => [m.text, m.code]), [["Saruman's Host (SH) fighters", 'ROHREB']]);
  });
});

describe('regions of the Americas', () => {
  test('"Latin American", "South America\'s" are not the United States', () => {
    const us = buildDictionary({
      countries: [{ code: 'USA', name: 'United States', aliases: ['America'], adjectives: ['American'] }, { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
      agents: [{ kind: 'agent', sector: 'REL', bare: true, singular: ['bishop'], plural: ['bishops'] }, { kind: 'agent', sector: 'REB', bare: true, singular: ['rebel'], plural: ['rebels'] }],
    });
    assert.equal(resolve('Latin American bishops met.', '2023-05-10', us).actors.some((m) => m.code.startsWith('USA')), false);
    const doc = resolve("A rebel surrendered to Gondorian forces, a blow to South America's insurgency.", '2023-05-10', us);
    assert.equal(doc.actors.some((m) => m.code.startsWith('USA')), false);
    assert.equal(mention(doc, 'rebel')?.code, 'GONREB');
  });
});

describe('a country name the place finder read as a place of another country', () => {
  test('is that place: "troops in X" are of its country, and X names no actor of its own', () => {
    const doc = withPlaces('Troops in Rohan arrested two men after a raid in Anorien.', [['Rohan', 'GON'], ['Anorien', 'GON']]);
    assert.equal(doc.actors[0]?.code, 'GONMIL');
    const sued = withPlaces('Rohan and Anorien sued the council.', [['Rohan', 'GON'], ['Anorien', 'GON']]);
    assert.equal(sued.actors.some((m) => m.code.startsWith('ROH')), false);
    assert.equal(mention(sued, 'Anorien')?.code, 'GON', 'a known place as the subject is of its own country');
  });
});

describe('a known place right before an agent noun', () => {
  test('is the agent\'s country ("Punjab police", "the Borno State government")', () => {
    const doc = withPlaces('The Anorien government imposed a curfew.', [['Anorien', 'GON']]);
    assert.equal(mention(doc, 'Anorien government')?.code, 'GONGOV');
  });
  test('a region\'s forces are its armed men, not the state\'s army', () => {
    assert.equal(withPlaces('Anorien forces withdrew.', [['Anorien', 'GON', 'region']]).actors[0]?.code, 'GONREB');
    assert.equal(withPlaces('Anorien forces withdrew.', [['Anorien', 'GON', 'city']]).actors[0]?.code, 'GONMIL');
  });
  test('not when the place ends a prepositional phrase', () => {
    const doc = withPlaces('Fighting in Anorien troops said killed ten.', [['Anorien', 'GON']]);
    assert.equal(doc.actors.some((m) => m.text.startsWith('Anorien')), false);
  });
});

describe('a party named before the noun "party"', () => {
  test('"the nationalist Ent (Tree) party" is a party of the article\'s country', () => {
    const doc = resolve('In Gondor, the nationalist Ent (Tree) party said it would boycott the vote.', '2023-05-10', dict);
    assert.equal(mention(doc, 'Ent (Tree) party')?.code, 'GONPTY');
  });
  test('not "a party of envoys"', () => {
    assert.equal(resolve('Gondor sent a party of envoys.', '2023-05-10', dict).actors.some((m) => m.code === 'GONPTY'), false);
  });
});

describe('an agency acronym listed as a metonym', () => {
  test('is an agent even after a place word ("RRS in Edoras returned the relics")', () => {
    assert.equal(mention(resolve('RRS in Edoras returned the relics to Gondor.', '2023-05-10', dict), 'RRS')?.code, 'ROHSPY');
    assert.equal(mention(resolve('Officials in Edoras met.', '2023-05-10', dict), 'Edoras'), undefined, 'a capital after "in" stays a place');
  });
});

describe('weapons', () => {
  const arms = buildDictionary({
    countries: [{ code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] }, { code: 'GON', name: 'Gondor' }],
    agents: [{ kind: 'agent', sector: 'MIL', singular: ['drone', 'army'], plural: ['drones', 'missiles', 'artillery', 'troops'] }],
  });
  test('are an actor with a country word', () => {
    assert.equal(mention(resolve('Rohirric drones hit a depot.', '2023-05-10', arms), 'Rohirric drones')?.code, 'ROHMIL');
  });
  test('but no actor alone: "sold drones to Gondor", "artillery shelled the town"', () => {
    assert.deepEqual(resolve('Rohan denied selling drones to Gondor.', '2023-05-10', arms).actors.map((m) => m.code), ['ROH', 'GON']);
    assert.equal(resolve('Artillery shelled a village in Gondor.', '2023-05-10', arms).actors.some((m) => m.code.endsWith('MIL')), false);
    assert.equal(mention(resolve('In Gondor, the troops withdrew.', '2023-05-10', arms), 'troops')?.code, 'GONMIL', 'soldiers still are');
  });
});

describe('an agent "in the <adjective> town of X"', () => {
  test('is of the adjective\'s country', () => {
    const doc = resolve('Militants in the northern Gondorian town of Pelargir surrendered.', '2023-05-10', dict);
    assert.deepEqual(doc.actors.map((m) => [m.text, m.code]), [['Militants in the northern Gondorian town', 'GONREB']]);
    assert.equal(resolve('Troops from the Rohirric capital withdrew.', '2023-05-10', dict).actors[0]?.code, 'ROHMIL');
  });
  test('not without a settlement noun', () => {
    assert.equal(mention(resolve('Militants in the Gondorian army deserted.', '2023-05-10', dict), 'Militants in the Gondorian army'), undefined);
  });
});

describe('a country word shared across "and"', () => {
  test('reaches a second noun with its own modifier: "Gondorian troops and allied forces"', () => {
    const doc = resolve('Gondorian troops and allied forces crossed the river.', '2023-05-10', dict);
    assert.deepEqual(doc.actors.map((m) => m.code), ['GONMIL', 'GONMIL']);
  });
});

describe('a country adjective before a body of that country', () => {
  test('is part of its name: one mention', () => {
    assert.deepEqual(resolve('The Rohirric RRS arrested a spy.', '2023-05-10', dict).actors.map((m) => [m.text, m.code]), [['RRS', 'ROHSPY']]);
  });
  test('another country\'s adjective stays its own mention', () => {
    assert.deepEqual(resolve('Gondorian RRS agents were named.', '2023-05-10', dict).actors.map((m) => m.code).includes('GON'), true);
  });
});

describe('"the country\'s" before an agent noun', () => {
  test('is the country the article is about', () => {
    const doc = resolve('Rohan mourned. The country\'s army said it would stay.', '2023-05-10', dict);
    assert.equal(mention(doc, "The country's army")?.code, 'ROHMIL');
  });
  test('with two countries in play, nobody', () => {
    assert.equal(resolve('Rohan met Gondor. The country\'s army left.', '2023-05-10', dict).actors.some((m) => m.code.endsWith('MIL')), false);
  });
});

describe('"government" before an armed agent noun', () => {
  test('is a modifier: "Gondorian government troops" are the army', () => {
    assert.deepEqual(resolve('Gondorian government troops advanced.', '2023-05-10', dict).actors.map((m) => [m.text, m.code]), [['Gondorian government troops', 'GONMIL']]);
  });
});

describe('a possessive country before its own body', () => {
  test('makes one mention of the body: "Rohan\'s RRS"', () => {
    assert.deepEqual(resolve("Rohan's RRS arrested a spy.", '2023-05-10', dict).actors.map((m) => m.code), ['ROHSPY']);
  });
});

describe('a word that only refers back to a named armed group', () => {
  test('"The group" and "the movement" are the named group of the sentence or the two before', () => {
    const doc = resolve('The White Hand fired rockets at Gondor on Sunday. The group said it would fight on. Later the movement accused Rohan of treachery.', '2023-05-10', dict);
    const refs = doc.actors.filter((m) => m.text === 'group' || m.text === 'movement');
    assert.deepEqual(refs.map((m) => m.code), ['ROHREB', 'ROHREB']);
  });
  test('one of the group\'s people named before stands for it: "A White Hand commander said ... The group fired"', () => {
    const doc = resolve('A White Hand fighter said Gondor had attacked. The group fired rockets at Gondor.', '2023-05-10', dict);
    assert.equal(doc.actors.find((m) => m.text === 'group')?.code, 'ROHREB');
  });
  test('with no named group before it, or with "of" after it, it is no actor; nor is it a country word\'s head', () => {
    for (const text of ['The group said it would fight on.', 'The White Hand fired rockets. The group of envoys met in Edoras.', 'A Gondorian group of scholars met Rohan.']) {
      const doc = resolve(text, '2023-05-10', dict);
      assert.ok(!doc.actors.some((m) => m.text.includes('group')), `${text}: ${doc.actors.map((m) => m.text).join()}`);
    }
  });
});

describe('a state body facing a named armed group', () => {
  test('"the White Hand ... captured the fort from the army": with no main country, the group\'s state\'s army; "its fighters" the group\'s', () => {
    const doc = resolve('Gondor and Harad said the White Hand had agreed to a truce, days after its fighters captured the fort from the army.', '2023-05-10', dict);
    assert.equal(doc.actors.find((m) => m.text === 'army')?.code, 'ROHMIL', doc.actors.map((m) => `${m.text}=${m.code}`).join());
    assert.equal(doc.actors.find((m) => m.text === 'fighters')?.code, 'ROHREB', doc.actors.map((m) => `${m.text}=${m.code}`).join());
  });
});
