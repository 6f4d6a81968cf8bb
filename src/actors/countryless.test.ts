/**
 * Mentions that used to get a sector for a country (or another actor's country): a gloss in parentheses
 * after a name, a territory's holder written as "X-occupied", a part named after "including", an office
 * holder in an article that names only a country's groups, and non-governmental bodies with no country word.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDoc } from '../nlp/pipeline.js';
import { tokenize } from '../nlp/tokenizer.js';
import { buildDictionary } from './dictionary.js';
import { actorResolver, type ActorAnnotatedDoc } from './resolver.js';
import { mention, resolve } from './testing.js';

const dict = buildDictionary({
  countries: [
    { code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] },
    { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] },
    { code: 'HAR', name: 'Harad', adjectives: ['Haradrim'] },
  ],
  groups: [
    { id: 'white-hand', code: 'ROHREB', name: 'White Hand', aliases: ['Isengard Front'] },
    { id: 'corsairs', code: 'HARREB', name: 'Corsair League', aliases: [] },
  ],
  titles: [{ title: 'President', sector: 'GOV', aliases: [] }],
  agents: [
    { kind: 'agent', sector: 'GOV', singular: ['government'], plural: ['officials'] },
    { kind: 'agent', sector: 'MIL', singular: ['army'], plural: ['troops', 'aircraft', 'gunships'] },
    { kind: 'agent', sector: 'CVL', bare: true, singular: ['villager'], plural: ['villagers', 'farmers'] },
    { kind: 'agent', sector: 'NGO', singular: ['rights group', 'charity'], plural: ['aid workers'] },
    { kind: 'org-head', sector: 'PTY', heads: ['Party'] },
    { kind: 'agent', sector: 'REL', bare: true, singular: ['spiritual leader'], plural: ['spiritual leaders'] },
  ],
});

const r = (text: string) => resolve(text, '2001-03-04', dict);

describe('an English gloss in parentheses after a name', () => {
  test('is the named group, not another organisation', () => {
    const doc = r('The White Hand (Party of Wizards) group said it would stop raiding.');
    assert.equal(mention(doc, 'White Hand')?.code, 'ROHREB');
    assert.equal(doc.actors.some((m) => m.text.includes('Wizards')), false);
  });
  test('a party name standing alone in parentheses is still an organisation', () => {
    const doc = r('Farmers marched (Green Harvest Party) in Rohan.');
    assert.ok(doc.actors.some((m) => m.text === 'Green Harvest Party'));
  });
});

describe('a country that holds a territory', () => {
  test('"villagers of the Gondorian-occupied valley" are no Gondorian actors', () => {
    const doc = r('Villagers of the Gondorian-occupied valley refused to pay taxes to Rohan.');
    assert.equal(doc.actors.some((m) => m.text.includes('Gondorian')), false);
  });
  test('an attack on a Haradrim-held fort still names the holder', () => {
    const doc = r('Rohirric troops stormed a Haradrim-held fort.');
    assert.ok(doc.actors.some((m) => m.code === 'HAR'));
  });
});

describe('a part named after "including"', () => {
  test('shares the country of the whole', () => {
    const doc = r('Gondorian aircraft including gunships bombed two villages.');
    assert.equal(mention(doc, 'Gondorian aircraft')?.code, 'GONMIL');
    assert.equal(mention(doc, 'gunships')?.code, 'GONMIL');
  });
});

describe('an unlisted office holder with no country in the text', () => {
  test('takes the one country of the groups the article names', () => {
    const doc = r('President Amos Tarn gave in to demands from the Isengard Front to free prisoners.');
    assert.equal(mention(doc, 'President Amos Tarn')?.code, 'ROHGOV');
  });
  test('groups of two countries decide nothing', () => {
    const doc = r('President Amos Tarn met the White Hand and the Corsair League.');
    assert.equal(mention(doc, 'President Amos Tarn')?.code, 'GOV');
  });
  test('a named country wins over the groups', () => {
    const doc = r('President Amos Tarn of Gondor condemned the White Hand.');
    assert.equal(mention(doc, 'President Amos Tarn of Gondor')?.code ?? mention(doc, 'President Amos Tarn')?.code, 'GONGOV');
  });
});

describe('non-governmental bodies', () => {
  test('with no country word are of no state', () => {
    const doc = r('Gondorian officials mistreat villagers, a rights group said on Friday.');
    assert.equal(mention(doc, 'rights group')?.code, 'NGO');
  });
  test('with a country word are of that state', () => {
    const doc = r('A Rohirric charity sent food.');
    assert.equal(mention(doc, 'Rohirric charity')?.code, 'ROHNGO');
  });
});

describe('names that meant a state only for a time', () => {
  const dated = buildDictionary({
    countries: [
      { code: 'ARN', name: 'Arnor', dated: [{ text: 'Dunedain Realm', to: '1990-12-31' }, { text: 'Dunadan', as: 'adjective', to: '1990-12-31' }] },
      { code: 'ANG', name: 'Angmar', dated: [{ text: 'Dunedain Realm', from: '1991-01-01' }, { text: 'Dunadan', as: 'adjective', from: '1991-01-01' }] },
    ],
    agents: [{ kind: 'agent', sector: 'MIL', singular: ['army'], plural: ['troops'] }],
  });
  test('resolve by the text\'s date', () => {
    const before = resolve('The Dunedain Realm closed its border. Dunadan troops moved north.', '1985-06-01', dated);
    assert.deepEqual(before.actors.map((m) => m.code), ['ARN', 'ARNMIL']);
    const after = resolve('The Dunedain Realm closed its border. Dunadan troops moved north.', '2005-06-01', dated);
    assert.deepEqual(after.actors.map((m) => m.code), ['ANG', 'ANGMIL']);
  });
});

describe('a group named as the patron in a compound', () => {
  test('"a White Hand-affiliated band" is not the White Hand', () => {
    const doc = r('Gondorian troops attacked the Corsair League, a White Hand-affiliated outfit.');
    assert.equal(doc.actors.some((m) => m.code === 'ROHREB'), false);
    assert.equal(mention(doc, 'Corsair League')?.code, 'HARREB');
  });
});

describe('"former" before a country name', () => {
  test('the lands of a state that broke up are no actor', () => {
    const doc = r('Envoys discussed a settlement in former Gondor, officials said.');
    assert.equal(doc.actors.some((m) => m.code.startsWith('GON')), false);
  });
  test('a country name modifying an office after "former" still counts', () => {
    const doc = r('Harad welcomed former Gondor President Amos Tarn.');
    assert.ok(doc.actors.some((m) => m.code === 'GONGOV' || m.code === 'GONELI' || m.code === 'GON'));
  });
});

describe('a sponsor or maker named in a compound', () => {
  test('does not make the article about its country', () => {
    const doc = r('Rohan freed villagers as Gondorian-backed villagers protested. Gondorian-made aircraft flew over.');
    assert.equal(doc.countries.includes('GON'), false);
    assert.equal(mention(doc, 'villagers')?.code, 'ROHCVL');
  });
});

describe('an unlisted office holder and the article\'s country', () => {
  const d2 = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    titles: [{ title: 'Prime Minister', sector: 'GOV', aliases: [] }, { title: 'Senator', sector: 'LEG', aliases: [], many: true }],
    people: [{ id: 'denethor', name: 'Denethor Steward', surname: 'Steward', country: 'GON', roles: [{ title: 'Prime Minister', of: 'GON', code: 'GONGOV', from: '1990-01-01' }] }],
  });
  test('is not of the country whose holder of the same office the article names', () => {
    const doc = resolve('Prime Minister Olo Brandybuck sent condolences to Gondorian Prime Minister Denethor Steward and the people of Gondor.', '2001-03-04', d2);
    assert.equal(mention(doc, 'Prime Minister Olo Brandybuck')?.code, 'GOV');
  });
  test('else takes the article\'s country', () => {
    // (not "visited Gondor": an office acting on a state is not that state's — see orgs.ts ownCountryObjects)
    const doc = resolve('Prime Minister Olo Brandybuck spoke in Gondor and praised the people of Gondor.', '2001-03-04', d2);
    assert.equal(mention(doc, 'Prime Minister Olo Brandybuck')?.code, 'GONGOV');
  });
});

describe('a country\'s body right before a title', () => {
  const d3 = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }, { code: 'ROH', name: 'Rohan' }],
    titles: [{ title: 'President', sector: 'GOV', aliases: [] }],
    agents: [{ kind: 'agent', sector: 'LEG', singular: ['parliament'], plural: [] }],
  });
  test('makes one mention of the body\'s country', () => {
    const doc = resolve('Gondorian Parliament President Ama Rell thanked the people of Rohan.', '2001-03-04', d3);
    assert.equal(mention(doc, 'Gondorian Parliament President Ama Rell')?.code, 'GONGOV');
    assert.equal(doc.actors.some((m) => m.text === 'Gondorian Parliament'), false);
  });
});

describe('crowds', () => {
  const withPlace = (text: string, name: string, country: string) => {
    const doc = emptyDoc({ text, published: '2001-03-04' }) as ActorAnnotatedDoc;
    const t = tokenize(text);
    doc.sentences = t.sentences;
    doc.tokens = t.tokens;
    const at = text.indexOf(name);
    doc.places = [{ start: at, end: at + name.length, text: name, place: { id: name.toLowerCase(), name, kind: 'city', country, lat: 0, lon: 0 } }];
    actorResolver(dict).run(doc);
    return doc;
  };
  test('a counted crowd opening the sentence is an actor, of the one country it is placed in', () => {
    const doc = withPlace('Tens of thousands of farmers marched in Edoras against Gondorian officials and Haradrim envoys.', 'Edoras', 'ROH');
    assert.equal(mention(doc, 'farmers')?.code, 'ROHCVL');
  });
  test('counted victims after a verb are no crowd actor; they are of the place the act was put in before them', () => {
    const doc = withPlace('Gondorian officials said a fire in Edoras killed 19 villagers.', 'Edoras', 'ROH');
    assert.equal(mention(doc, 'villagers')?.code, 'ROHCVL');
    const after = withPlace('Gondorian officials said 19 villagers died before reaching Edoras.', 'Edoras', 'ROH');
    assert.notEqual(mention(after, 'villagers')?.code, 'ROHCVL');
  });
});

describe('peacekeepers with no country word', () => {
  const d4 = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    igos: [{ id: 'council', code: 'IGOWCN', name: 'White Council', aliases: [] }],
    agents: [{ kind: 'agent', sector: 'MIL', singular: ['army'], plural: ['troops', 'peacekeepers'] }],
  });
  test('are the blue helmets of the one body the article names', () => {
    const doc = resolve('Peacekeepers were shelled near a Gondorian village, the White Council said.', '2001-03-04', d4);
    assert.equal(mention(doc, 'Peacekeepers')?.code, 'IGOWCN');
  });
  test('are of no state when no body is named', () => {
    assert.equal(mention(resolve('Peacekeepers were shelled near a Gondorian village.', '2001-03-04', d4), 'Peacekeepers')?.code, 'IGO');
  });
  test('with a country word are that country\'s troops', () => {
    assert.equal(mention(resolve('Gondorian peacekeepers left.', '2001-03-04', d4), 'Gondorian peacekeepers')?.code, 'GONMIL');
  });
});

describe('a singular civilian noun before another noun', () => {
  test('modifies it and names nobody', () => {
    const doc = r('Rohan said a villager exchange with Gondor had failed.');
    assert.equal(doc.actors.some((m) => m.text === 'villager'), false);
  });
  test('a villager alone is still an actor', () => {
    assert.equal(mention(r('In Rohan a villager was beaten by troops.'), 'villager')?.code, 'ROHCVL');
  });
});

describe('a country named only as a location', () => {
  test('counts less than a party for the article\'s country', () => {
    const doc = r('Gondorian officials clashed with villagers after an exile in Rohan returned.');
    assert.equal(mention(doc, 'villagers')?.code, 'GONCVL');
  });
});

describe('an unlisted body of an intergovernmental organisation', () => {
  const d5 = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor' }],
    igos: [{ id: 'council', code: 'IGOWCN', name: 'White Council', aliases: ['WC'] }],
    agents: [{ kind: 'org-head', sector: 'GOV', heads: ['Mission'] }],
  });
  test('is of that organisation', () => {
    const doc = resolve('The WC Mission to Gondor declared a curfew.', '2001-03-04', d5);
    assert.equal(mention(doc, 'WC Mission')?.code, 'IGOWCN');
  });
});

describe('a country name modifying a thing', () => {
  const d6 = buildDictionary({
    countries: [{ code: 'GON', name: 'Gondor' }, { code: 'ROH', name: 'Rohan' }],
    agents: [
      { kind: 'agent', sector: 'CVL', bare: true, singular: [], plural: ['hijackers'] },
      { kind: 'non-actor', nouns: ['airliner'] },
    ],
  });
  test('"hijackers of the Gondor airliner" are not Gondor\'s, and the airliner is no actor', () => {
    const doc = resolve('Rohan demanded the hijackers of the Gondor airliner.', '2001-03-04', d6);
    assert.equal(doc.actors.some((m) => m.code.startsWith('GON')), false);
  });
  test('"hijackers of Gondor" are', () => {
    assert.equal(resolve('Rohan demanded the hijackers of Gondor.', '2001-03-04', d6).actors.some((m) => m.code === 'GONCVL'), true);
  });
});

describe('a state body used as a modifier', () => {
  const rebels = { kind: 'agent' as const, sector: 'REB', bare: true, singular: ['rebel'], plural: ['rebels'] };
  const d2 = buildDictionary({
    countries: [{ code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] }, { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    agents: [
      { kind: 'agent', sector: 'GOV', singular: ['government'], plural: ['officials'] },
      { kind: 'agent', sector: 'MIL', singular: ['army', 'military'], plural: ['troops'] },
      rebels,
    ],
  });
  const rr = (text: string) => resolve(text, '2001-03-04', d2);
  test('"Rohirric rebels ambushed a government convoy": the government of the rebels\' country', () => {
    assert.equal(mention(rr('Rohirric rebels ambushed a government convoy.'), 'government')?.code, 'ROHGOV');
  });
  test('"warned of military action", "a government policy": what a body does names no actor', () => {
    assert.equal(mention(rr('Rohirric rebels warned of military action.'), 'military'), undefined);
    assert.equal(mention(rr('Rohirric rebels opposed a government policy.'), 'government'), undefined);
  });
});

describe('victims of a named country\'s attack', () => {
  test('"villagers were killed in Gondorian air strikes": the villagers are not Gondor\'s for being the only country named', () => {
    assert.equal(mention(r('Forty villagers were killed in Gondorian air strikes.'), 'villagers')?.code, 'CVL');
    assert.equal(mention(r('Two farmers were wounded by Gondorian shelling on Monday.'), 'farmers')?.code, 'CVL');
  });
  test('with the country named otherwise too, they are still its own', () => {
    assert.equal(mention(r('Gondorian villagers were killed in Gondorian shelling.'), 'Gondorian villagers')?.code, 'GONCVL');
    assert.equal(mention(r('Gondor said villagers had fled the fighting.'), 'villagers')?.code, 'GONCVL');
  });
});

describe('an organisation\'s name', () => {
  test('does not run on into a weekday ("the Green Party on Friday")', () => {
    const doc = r('The Rohan Green Party on Friday published the list.');
    assert.ok(!doc.actors.some((m) => m.text.includes('Friday')), doc.actors.map((m) => m.text).join('|'));
  });
});

describe('"they" opening a sentence', () => {
  test('continues the subject of the sentence before, not its last plural', () => {
    const doc = r('The Corsair League began raiding ships in solidarity with villagers in Rohan. They paused the raids in January.');
    assert.equal(doc.actors.find((m) => m.text === 'They')?.code, 'HARREB');
  });
  test('so does one with an adverb before its verb ("They later paused")', () => {
    const doc = r('The Corsair League began raiding ships in solidarity with villagers in Rohan. They later paused the raids.');
    assert.equal(doc.actors.find((m) => m.text === 'They')?.code, 'HARREB');
  });
  test('an object pronoun or a later one still takes the nearest', () => {
    const doc = r('The Corsair League attacked villagers in Rohan. Officials said they had fled.');
    assert.notEqual(doc.actors.find((m) => m.text === 'they')?.code, 'HARREB');
  });
});

describe('"his" after a person known only by a noun', () => {
  test('"Hador Berrin, a Rohirric spiritual leader, ... his": the leader, not a president named before', () => {
    const doc = r('President Amos Tarn urged calm. Hador Berrin, a Rohirric spiritual leader, rejected the plan and called on his followers to resist. His office said so.');
    assert.deepEqual(doc.actors.filter((m) => m.text === 'his' || m.text === 'His').map((m) => m.code), ['ROHREL', 'ROHREL']);
  });
});

describe('a bare title in an article about one state', () => {
  const d2 = buildDictionary({
    countries: [{ code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] }, { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
    titles: [{ title: 'Defence Minister', sector: 'GOV', aliases: ['defence minister'] }],
    agents: [{ kind: 'agent', sector: 'GOV', singular: ['government'], plural: ['officials'] }],
    people: [{ id: 'hurin', name: 'Hurin Warden', surname: 'Warden', country: 'GON', roles: [{ title: 'Defence Minister', of: 'GON', code: 'GONGOV', from: '1990-01-01' }] }],
  });
  test('is that state\'s office, not the one listed holder of a state named once in passing', () => {
    const doc = resolve('Rohan was tense. Rohirric troops surrounded the palace, and a convoy led by the defence minister entered Edoras. Rohan closed its border. Gondor said nothing.', '2001-03-04', d2);
    assert.equal(doc.actors.find((m) => m.text === 'defence minister')?.code, 'ROHGOV');
  });
});

describe('an organisation owned by a possessor', () => {
  test('"Gondor\'s Rohan Affairs Office" is Gondor\'s, whatever country its name holds', () => {
    const doc = r('Gondor\'s Rohan Affairs Party said the drills were a response.');
    assert.equal(doc.actors.find((m) => m.text.includes('Affairs'))?.code, 'GONPTY');
  });
});

describe('"both capitals" after a pair that opens the sentence', () => {
  test('a member of the last pair does not go between itself and another: the article\'s main pair', () => {
    const d3 = buildDictionary({
      countries: [{ code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] }, { code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }, { code: 'HAR', name: 'Harad', adjectives: ['Haradrim'] }],
      agents: [{ kind: 'agent', sector: 'GOV', singular: ['government'], plural: ['officials'] }, { kind: 'group-noun', determiners: ['both'], heads: ['capitals'] }],
    });
    const text = 'Gondor and Harad fought at the border. Gondor accused Harad. Harad denied it. Gondor shelled Harad. Rohan and Harad offered to help. Rohirric officials said Rohan would use its good offices with both capitals.';
    const both = resolve(text, '2001-03-04', d3).actors.find((m) => m.text === 'both capitals');
    assert.deepEqual([...(both?.members ?? [])].sort(), ['GONGOV', 'HARGOV']);
  });
});

describe('"both sides" of a conflict', () => {
  test('are states or armed groups, not the civilians named most', () => {
    const d4 = buildDictionary({
      countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }, { code: 'MOR', name: 'Mordor', adjectives: ['Mordorian'] }, { code: 'ROH', name: 'Rohan', adjectives: ['Rohirric'] }],
      groups: [{ id: 'orcs', code: 'MORREB', name: 'Orc Host', aliases: [] }],
      agents: [{ kind: 'agent', sector: 'CVL', singular: ['prisoner'], plural: ['prisoners'] }, { kind: 'group-noun', determiners: ['both'], heads: ['sides'] }],
    });
    const text = 'The Orc Host freed three Gondorian hostages for 183 Mordorian prisoners. Mordorian prisoners arrived home. Mordorian prisoners wept. Gondor welcomed the swap. Rohan urged both sides to talk.';
    const both = resolve(text, '2001-03-04', d4).actors.find((m) => m.text === 'both sides');
    assert.deepEqual([...(both?.members ?? [])].sort(), ['GON', 'MORREB']);
  });
});

describe('a state\'s envoy to an organisation', () => {
  test('"Gondor\'s Council ambassador" is Gondor\'s, not the organisation\'s', () => {
    const d5 = buildDictionary({
      countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
      igos: [{ id: 'council', code: 'IGOCOU', name: 'White Council', aliases: ['W.C.'] }],
      titles: [{ title: 'Ambassador', sector: 'GOV', aliases: ['ambassador'] }],
    });
    const doc = resolve('Gondor\'s W.C. ambassador thanked the council.', '2001-03-04', d5);
    assert.equal(doc.actors.find((m) => m.text.includes('ambassador'))?.code, 'GONGOV');
  });
});

describe('"the opposition"', () => {
  test('heading its phrase is the opposition of the country the article is about', () => {
    const d6 = buildDictionary({
      countries: [{ code: 'GON', name: 'Gondor', adjectives: ['Gondorian'] }],
      titles: [{ title: 'Prime Minister', sector: 'GOV', aliases: ['prime minister'] }],
      agents: [{ kind: 'agent', sector: 'OPP', singular: ['opposition'], plural: ['dissidents'] }],
    });
    assert.equal(resolve('Gondor\'s prime minister accused the opposition of attempting a coup.', '2001-03-04', d6).actors.find((m) => m.text === 'opposition')?.code, 'GONOPP');
    assert.equal(resolve('Gondor\'s prime minister closed the opposition newspaper.', '2001-03-04', d6).actors.some((m) => m.text === 'opposition'), false);
  });
});
