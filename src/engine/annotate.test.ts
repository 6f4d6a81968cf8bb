import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotatorComponents, createAnnotator } from './annotate.js';

/** An invented report, annotated as published on 8 May 2031. */
const annotated = (text: string) => createAnnotator()({ text, published: '2031-05-08' });

test('the pipeline runs tokens, places, actors, then times (times need the article countries)', () => {
  const names = annotatorComponents().map((c) => c.name);
  assert.deepEqual(names.filter((n) => n !== 'places'), ['tokenizer', 'actorResolver', 'times']);
  assert.ok(names.indexOf('actorResolver') < names.indexOf('times'));
});

test('an annotated document has sentences, tokens, actors and times', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'The ceasefire took effect at 5 pm on Saturday. India and Pakistan agreed.', published: '2025-05-11' });
  assert.equal(doc.sentences.length, 2);
  assert.ok(doc.tokens.length > 10);
  assert.ok(doc.times.length >= 1);
  assert.deepEqual(doc.actors.map((m) => m.code), ['IND', 'PAK']);
  assert.deepEqual(doc.countries, ['IND', 'PAK']);
});

test('a crowd, a mob and rioters are civilians, of the country where they are ("crowds ... in Cairo")', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'Angry crowds attacked the embassy in Cairo. A mob stormed a police post. Rioters set fire to shops.', published: '2012-09-14' });
  const cvl = doc.actors.filter((m) => m.code.endsWith('CVL')).map((m) => m.code);
  assert.equal(cvl.length, 3, doc.actors.map((m) => `${m.text}=${m.code}`).join());
  assert.equal(cvl[0], 'EGYCVL');
});

test('a definite sector noun in an article naming no country takes the country of the place the sentence is in', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'Security forces opened fire on protesters in Yangon.', published: '2021-03-14' });
  assert.equal(doc.actors.find((m) => /forces/i.test(m.text))?.code, 'MMRCOP', doc.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('"Hamas attacked Israel, Israeli officials said": a country and the same country\'s officials after a comma are no list', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'Hamas attacked Israel, Israeli officials said.', published: '2024-10-01' });
  assert.equal(doc.actors.find((m) => m.text === 'Israel')?.code, 'ISR');
  const list = annotate({ text: 'Hungarian, Romanian officials met on Monday.', published: '2024-10-01' });
  assert.equal(list.actors[0]?.code, 'HUNGOV');
});

test('"both delegations", "the two camps" stand for the pair just named', () => {
  const annotate = createAnnotator();
  const doc = annotate({ text: 'Israel and Hamas held talks in Cairo. Wang Yi met both delegations separately.', published: '2031-05-10' });
  assert.deepEqual(doc.actors.find((m) => m.text === 'both delegations')?.members, ['ISRGOV', 'PSEREB']);
});

test('"Amnesty International Kenya said": a country right after an organisation\'s name is its branch\'s, part of the name', () => {
  const doc = createAnnotator()({ text: 'Amnesty International Kenya said police used live ammunition.', published: '2031-06-25' });
  assert.equal(doc.actors[0]?.code.startsWith('NGO'), true, doc.actors.map((m) => `${m.text}=${m.code}`).join());
  assert.equal(doc.actors.some((m) => m.code === 'KEN'), false, doc.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('a wire dateline counts for the main country: "KHARTOUM, Nov 6 (Wire) —" makes a bare "army" Sudan\'s', () => {
  const doc = createAnnotator()({ text: 'KHARTOUM, Nov 6 (Wire) — The army said it had repelled an attack. The United States called on the army to protect civilians.', published: '2031-11-06' });
  assert.equal(doc.actors.find((m) => m.text === 'army')?.code, 'SDNMIL', doc.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('a dateline abroad counts for less than the country the lead is about: "GENEVA — Fighting raged in Sudan\'s Darfur region ... the army"', () => {
  const doc = createAnnotator()({ text: 'GENEVA, Nov 3 (Wire) — Fighting raged in Sudan\'s Darfur region on Monday. Local officials said the army had shelled a market in Nyala.', published: '2031-11-03' });
  assert.equal(doc.actors.find((m) => m.text === 'army')?.code, 'SDNMIL', doc.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('a dateline abroad counts for less than a town the lead puts its events in: "KUNMING, China (Wire) - The army ... retaken the town of Lashio"', () => {
  const doc = createAnnotator()({ text: 'KUNMING, China (Wire) - The army said it had retaken the town of Lashio on Tuesday. The junta said the military would not launch new offensives.', published: '2031-04-04' });
  const code = (t: string): string | undefined => doc.actors.find((m) => m.text === t)?.code;
  assert.deepEqual([code('army'), code('junta'), code('military')], ['MMRMIL', 'MMRGOV', 'MMRMIL'], doc.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('a dateline is not where a clock of the story runs: "WASHINGTON ... took effect at 11:15 a.m. local time" is not Washington time', () => {
  const doc = createAnnotator()({ text: 'WASHINGTON, Jan 19 (Wire) — A ceasefire between Israel and Hamas took effect at 11:15 a.m. local time on Sunday.', published: '2031-01-19' });
  const t = doc.times.find((x) => /11:15/.test(x.text));
  assert.notEqual(t?.zone, 'ET', JSON.stringify(t));
});

test('"both sides" of a civil war with no pair set up: the state and its own rebels, not the third party addressing them', () => {
  const doc = annotated('The Rapid Support Forces shelled the city on Monday. The Sudanese army said it would retake the town. ' +
      'The RSF denied the charge. A U.S. envoy said Washington was in talks with both sides.');
  const both = doc.actors.find((m) => m.text === 'both sides');
  assert.deepEqual([...(both?.members ?? [])].sort(), ['SDN', 'SDNREB'], JSON.stringify(both));
});

test('"his government" is the state of the pronoun\'s person, and "the cabinet" after it is that body, not the state of a person named later', () => {
  const doc = annotated('Israeli Prime Minister Benjamin Netanyahu said he would convene his government and thanked Donald Trump for his help. The cabinet approved the plan on Friday.');
  const code = (text: string) => doc.actors.find((m) => m.text === text)?.code;
  assert.equal(code('government'), 'ISRGOV');
  assert.equal(code('cabinet'), 'ISRGOV');
});

test('"them" after a singular body noun is the plural named before it ("the stranded sailors ..., as her government pledged to bring them home")', () => {
  const doc = annotated("Vietnam's prime minister spoke of the 12 refugees stranded on a boat off Malaysia, as his government pledged to bring them home.");
  const them = doc.actors.find((m) => m.text === 'them');
  assert.ok(them && them.code.endsWith('REF'), JSON.stringify(them));
});

test('"ministers of her cabinet, whom they seized": the subject of an object relative is not its head', () => {
  const doc = annotated('The Fijian rebels said they would let the prime minister go along with three ministers of his government, whom they seized last month.');
  const they = doc.actors.filter((m) => m.text === 'they');
  assert.ok(they.length === 2 && they.every((m) => m.code.endsWith('REB')), JSON.stringify(they));
});

test('"X and Y, guarantor countries of the talks, called on both sides": go-betweens named in an apposition set up no pair', () => {
  const doc = annotated('Colombia suspended its talks with the ELN rebels on Friday. Cuba and Norway, guarantor countries of the talks, called on both sides to protect civilians.');
  const both = doc.actors.find((m) => m.text === 'both sides');
  assert.deepEqual([...(both?.members ?? [])].sort(), ['COL', 'COLREB'], JSON.stringify(both));
});

test('civilians killed after the act is placed are of the country of that place ("struck a bus in the Sumy region, killing nine civilians")', () => {
  const doc = annotated('Russian and Ukrainian officials met in Istanbul. Hours earlier, a Russian drone struck a bus in the Sumy region, killing nine civilians.');
  assert.equal(doc.actors.find((m) => m.text === 'civilians')?.code, 'UKRCVL');
});

test('witnesses set up no pair: "X and Y signed ..., witnessed by A and B. Both countries ..." is X and Y', () => {
  const doc = annotated('Thailand and Cambodia signed a declaration on Sunday in a ceremony witnessed by U.S. President Donald Trump and Malaysian Prime Minister Anwar Ibrahim. Both countries will withdraw heavy weapons from the border.');
  const both = doc.actors.find((m) => m.text === 'Both countries');
  assert.deepEqual([...(both?.members ?? [])].sort(), ['KHM', 'THA'], JSON.stringify(both));
});

test('a counted crowd right after a dateline\'s dash opens its clause ("BELGRADE, June 28 (Wire) — Tens of thousands of people rallied")', () => {
  const doc = annotated('BELGRADE, June 28 (Wire) — Tens of thousands of people rallied in central Belgrade on Saturday.');
  assert.equal(doc.actors.find((m) => m.text === 'people')?.code, 'SRBCVL');
});

test('a given name no list holds opening the sentence before a listed surname is another person ("Mirela Ali said" is not Guyana\'s Irfaan Ali)', () => {
  const doc = createAnnotator()({ text: 'Mirela Ali said the hunger strike would go on.', published: '2025-11-04' });
  assert.ok(doc.actors.every((m) => !m.code.startsWith('GUY')), doc.actors.map((m) => `${m.text}=${m.code}`).join());
  const named = createAnnotator()({ text: 'Irfaan Ali condemned the incursion.', published: '2025-11-04' });
  assert.equal(named.actors[0]?.code, 'GUYGOV');
});

test('listed surnames inside an unlisted person\'s name: "Hassan Ali, a farmer, said", "spokesman Abdifatah Aden Hassan said" name no listed person', () => {
  const a = createAnnotator()({ text: 'Hassan Ali, a farmer, said the militants took his cattle.', published: '2025-05-22' });
  assert.ok(a.actors.every((m) => m.kind !== 'person'), a.actors.map((m) => `${m.text}=${m.code}`).join());
  const b = createAnnotator()({ text: 'Police spokesman Abdifatah Aden Hassan said security forces killed three gunmen.', published: '2025-05-22' });
  assert.ok(b.actors.every((m) => m.kind !== 'person'), b.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('soldiers or police officers counted one by one are their state\'s ("kidnapped four police officers"); troops counted as a force sent are not actors', () => {
  const a = createAnnotator()({ text: 'ELN guerrillas attacked a base in Colombia. Residents detained two soldiers on Sunday.', published: '2025-09-15' });
  assert.equal(a.actors.find((m) => m.text === 'soldiers')?.code, 'COLMIL', a.actors.map((m) => `${m.text}=${m.code}`).join());
  const b = createAnnotator()({ text: 'Kenya is sending 500 troops to join the AU force in Somalia.', published: '2025-09-15' });
  assert.ok(!b.actors.some((m) => m.text.endsWith('troops')), b.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('an unlisted name with an apposition before its verb of saying is an actor ("Mirela Popescu, head of the dockworkers\' union, said"); not when the apposition names whom it speaks for', () => {
  const a = createAnnotator()({ text: 'Mirela Popescu, head of the dockworkers union, said they would not end the strike.', published: '2025-05-22' });
  assert.ok(a.actors.some((m) => m.text === 'Mirela Popescu'), a.actors.map((m) => `${m.text}=${m.code}`).join());
  const b = createAnnotator()({ text: 'Ben Okoro, a spokesman for the UN, said flights would resume.', published: '2025-05-22' });
  assert.ok(!b.actors.some((m) => m.text === 'Ben Okoro'), b.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('civilians after the attack that killed them are not the attacker\'s ("the U.S. strike had killed four civilians"), unless the attack is at home', () => {
  const a = createAnnotator()({ text: 'Al-Shabaab said the U.S. strike had killed four civilians.', published: '2025-01-08' });
  assert.notEqual(a.actors.find((m) => m.text === 'civilians')?.code, 'USACVL', a.actors.map((m) => `${m.text}=${m.code}`).join());
});

test('a people\'s adjective that is also its region\'s name, after "in" with no noun after it, is the place ("a market in Amhara"), not an actor', () => {
  const a = createAnnotator()({ text: 'A drone strike killed 18 civilians at a market in Amhara on Tuesday.', published: '2025-05-22' });
  assert.ok(!a.actors.some((m) => m.text === 'Amhara'), a.actors.map((m) => `${m.text}=${m.code}`).join());
  const b = createAnnotator()({ text: 'Amhara militias attacked the town.', published: '2025-05-22' });
  assert.ok(b.actors.some((m) => m.text.startsWith('Amhara')), b.actors.map((m) => `${m.text}=${m.code}`).join());
});
