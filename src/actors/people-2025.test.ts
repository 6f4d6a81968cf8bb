/**
 * The real people dictionary on 2024–2025 dates: offices filled or changed in that period resolve to
 * their holders on a 2025 date, and the same names keep their older readings on earlier dates.
 * (Invented sentences; the facts are public records of who held which office.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotator } from '../engine/annotate.js';

const annotate = createAnnotator();

function codeOf(text: string, published: string, mention: string): string | undefined {
  const doc = annotate({ text, published });
  const m = doc.actors.find((a) => a.text.includes(mention));
  assert.ok(m, `${mention} not found: ${doc.actors.map((a) => `${a.text}=${a.code}`).join(' | ')}`);
  return m.code;
}

test('new 2025 office holders code as their office on a 2025 date', () => {
  const cases: [string, string, string, string][] = [
    ['Sok Chenda Sophea met the Thai envoy on Monday.', '2025-07-28', 'Sok Chenda Sophea', 'KHMGOV'],
    ['Shaya al-Zindani held talks with the UN envoy.', '2025-03-01', 'Shaya al-Zindani', 'YEMGOV'],
    ['Mohammed Al-Khulaifi received the two delegations.', '2025-06-01', 'Mohammed Al-Khulaifi', 'QATGOV'],
    ['Djuro Macut met the European envoy.', '2025-06-01', 'Djuro Macut', 'SRBGOV'],
    ['Vjosa Osmani criticised the decision.', '2025-06-01', 'Vjosa Osmani', 'XKXGOV'],
    ['Maxim Ryzhenkov met the Russian envoy in Minsk.', '2025-02-01', 'Maxim Ryzhenkov', 'BLRGOV'],
    ['Diosdado Cabello accused the opposition of plotting.', '2025-09-01', 'Diosdado Cabello', 'VENGOV'],
    ['Nattaphon Narkphanit said the troops would hold their positions.', '2025-07-25', 'Nattaphon Narkphanit', 'THAGOV'],
    ['Benjamin Bol Mel met the visiting delegation.', '2025-05-01', 'Benjamin Bol Mel', 'SSDGOV'],
  ];
  for (const [text, date, mention, code] of cases) assert.equal(codeOf(text, date, mention), code, text);
});

test('armed-group leaders added for 2025 news code as their group', () => {
  assert.equal(codeOf('Izz al-Din al-Haddad rejected the proposal.', '2025-10-01', 'Haddad'), 'PSEREB');
  assert.equal(codeOf('Iyad Ag Ghaly threatened the convoy.', '2025-01-05', 'Iyad Ag Ghaly'), 'MLIREB');
  assert.equal(codeOf('Houthi prime minister Ahmed al-Rahawi met the delegation.', '2025-08-20', 'Rahawi'), 'YEMREB');
});

test('a changed office follows the date: Amir Hatami is defence minister in 2019 and army chief in 2025', () => {
  assert.equal(codeOf('Amir Hatami inspected the new missiles.', '2019-07-01', 'Amir Hatami'), 'IRNGOV');
  assert.equal(codeOf('Amir Hatami inspected the new missiles.', '2025-07-01', 'Amir Hatami'), 'IRNMIL');
});

test('a rival administration\'s head does not take over the office of the recognized government ("Yemen\'s prime minister")', () => {
  assert.equal(codeOf("Yemen's prime minister met the UN envoy.", '2025-03-01', 'prime minister'), 'YEMGOV');
  // nor do the heads of the rival Houthi and RSF administrations take the state's offices
  assert.equal(codeOf("Yemen's president met the UN envoy.", '2024-10-01', 'president'), 'YEMGOV');
  assert.equal(codeOf("Sudan's prime minister met the UN envoy.", '2025-10-01', 'prime minister'), 'SDNGOV');
  assert.equal(codeOf('Houthi president Mahdi al-Mashat met the delegation.', '2025-08-20', 'Mashat'), 'YEMREB');
});

test('new transliterations resolve: "Amir Khan Mottaki" is the Taliban foreign minister', () => {
  assert.equal(codeOf('Amir Khan Mottaki met the Pakistani envoy.', '2025-10-01', 'Mottaki'), 'AFGGOV');
});

test('Jared Kushner held no office in 2025: he codes as a former office holder, not as the government', () => {
  assert.equal(codeOf('Jared Kushner met the negotiators in Cairo.', '2025-10-08', 'Kushner'), 'USAELI');
});

test('a group that became a state\'s government codes as that government from then on (groups.json `governs`)', () => {
  assert.equal(codeOf('The Taliban accused Islamabad of violating the truce.', '2025-10-19', 'Taliban'), 'AFGGOV');
  assert.equal(codeOf('Pakistan accused the Taliban government of sheltering militants.', '2025-10-19', 'Taliban'), 'AFGGOV');
  assert.equal(codeOf('The Taliban attacked a police post in Kandahar.', '2010-10-19', 'Taliban'), 'AFGINS');
  // (a region governed leaves the code as it is)
  assert.equal(codeOf('Hamas fired rockets at Israel.', '2023-10-07', 'Hamas'), 'PSEREB');
});

test('a body named by a unit name ("CAPSAT soldiers", now a listed MDG metonym) is the article country\'s, not the same sector\'s last owner', () => {
  const text = 'Madagascar\'s president fled the country aboard a French military aircraft, according to French radio. '
    + 'Madagascar has been shaken by protests over power cuts in Madagascar. Madagascar\'s army is split. CAPSAT soldiers joined the protesters in the capital.';
  const doc = annotate({ text, published: '2025-10-14' });
  const m = doc.actors.find((a) => a.text.endsWith('soldiers'));
  assert.equal(m?.code, 'MDGMIL', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('a body named by an unlisted unit name ("RSPN soldiers") is the article country\'s, not the same sector\'s last owner', () => {
  const text = 'Madagascar\'s president fled the country aboard a French military aircraft, according to French radio. '
    + 'Madagascar has been shaken by protests over power cuts in Madagascar. Madagascar\'s army is split. RSPN soldiers joined the protesters in the capital.';
  const doc = annotate({ text, published: '2025-10-14' });
  const m = doc.actors.find((a) => a.text === 'soldiers');
  assert.equal(m?.code, 'MDGMIL', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"accused the group of dragging its feet": an "of" before a gerund is the verb\'s; "the group" is the armed group just named', () => {
  const doc = annotate({ text: 'Hamas released the last hostages on Monday. Israel has accused the group of dragging its feet.', published: '2025-10-29' });
  assert.equal(doc.actors.find((a) => a.text.endsWith('group'))?.code, 'PSEREB', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"both sides" after "the two countries" stands for the group named last, not an older pair', () => {
  const text = 'Ethiopia accused Eritrea of arming rebels. It said Eritrea and a faction of the Tigray People\'s Liberation Front were colluding. '
    + 'The two countries fought a border war from 1998 to 2000. The African Union urged both sides to talk.';
  const doc = annotate({ text, published: '2025-10-02' });
  const m = doc.actors.find((a) => a.text === 'both sides');
  assert.deepEqual([...(m?.members ?? [])].sort(), ['ERI', 'ETH'], doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('police named with no country are those of the dateline\'s place', () => {
  const text = 'LONDON, May 8 (Wire) — Britain expelled Russia\'s defence attaché. Russia denied spying. Russia said it would respond. Police arrested two men last month.';
  const doc = annotate({ text, published: '2024-05-09' });
  assert.equal(doc.actors.find((a) => a.text === 'Police')?.code, 'GBRCOP', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"both sides" after "X and Y signed a truce, A and B said" are X and Y, not the pair that reported it', () => {
  const text = "Sudan's army and the Rapid Support Forces signed a seven-day ceasefire on Saturday, Saudi Arabia and the United States said in a joint statement. "
    + 'The truce can be extended with the agreement of both sides.';
  const doc = annotate({ text, published: '2023-05-21' });
  const m = doc.actors.find((a) => a.text === 'both sides');
  assert.deepEqual([...(m?.members ?? [])].sort(), ['SDNMIL', 'SDNREB'], doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"the junta" named again is the junta named before, not the state of the latest official', () => {
  const text = 'West African leaders gave the military junta that seized power in Niger one week to restore the president. '
    + "Nigeria's president, Bola Tinubu, chairs the bloc. The junta rejected the ultimatum on Sunday.";
  const doc = annotate({ text, published: '2023-07-30' });
  const junta = doc.actors.filter((a) => /junta/i.test(a.text)).map((a) => a.code.slice(0, 3));
  assert.deepEqual(junta, ['NER', 'NER'], doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('a surname of a person named before is that person, not a group of the same name ("... Kayikwamba Wagner ... Wagner said")', () => {
  const doc = annotate({ text: "Congo's foreign minister, Therese Kayikwamba Wagner, signed the agreement. Wagner said the deal would not bring back the dead.", published: '2025-06-28' });
  assert.equal(doc.actors.find((a) => a.text === 'Wagner')?.code, 'CODGOV', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
  assert.equal(annotate({ text: 'Wagner fighters left Mali.', published: '2025-06-28' }).actors[0]?.code.slice(3), 'UAF');
});

test('"Residents of Khartoum said": the capital is where they live, no government', () => {
  const doc = annotate({ text: 'Residents of Khartoum said on Sunday that they heard heavy artillery fire.', published: '2023-05-21' });
  assert.ok(!doc.actors.some((a) => a.code === 'SDNGOV'), doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('civilians killed in an attack on "the city of X" are of X\'s country, not the attacker\'s', () => {
  const doc = annotate({ text: 'Russian forces attacked the city of Sumy overnight, killing at least three civilians.', published: '2025-06-02' });
  assert.equal(doc.actors.find((a) => a.text === 'civilians')?.code, 'UKRCVL', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"we" in a quotation is the speaker\'s side, the speaker named beside the saying verb outside it', () => {
  const doc = annotate({ text: '"We will attack Hezbollah," Netanyahu said. Peskov told reporters: "We will not accept a truce that gives Kyiv a free hand."', published: '2025-04-21' });
  const we = doc.actors.filter((a) => a.text === 'We').map((a) => a.code);
  assert.deepEqual(we, ['ISRGOV', 'RUSGOV'], doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
  // (a "we" of a sentence with no named speaker stays unresolved)
  assert.ok(!annotate({ text: '"We will fight," a commander said.', published: '2025-04-21' }).actors.some((a) => a.text === 'We'));
});

test('"the two countries" long after the last pair named are the two countries the article names most', () => {
  const text = 'Trump paused tariffs on Mexico and Canada. China imposed tariffs on U.S. goods. The United States said China would pay. '
    + 'Beijing said Washington had started it. China and its officials were defiant. U.S. officials said more was coming. '
    + 'During Trump\'s first term, the two countries imposed tariffs on each other\'s goods.';
  const m = annotate({ text, published: '2025-02-04' }).actors.find((a) => a.text === 'the two countries');
  assert.deepEqual([...(m?.members ?? [])].sort(), ['CHN', 'USA']);
});

test('"a Kenyan-led mission" does not make a story about Haiti one about Kenya: its gangs stay Haitian', () => {
  const text = 'UN approves new Haiti force as Kenyan-led mission struggles against gangs\n\nThe Security Council voted to replace a Kenyan-led mission in Haiti. Gangs control most of the capital.';
  const doc = annotate({ text, published: '2025-09-30' });
  assert.ok(doc.actors.filter((a) => /gangs/i.test(a.text)).every((a) => a.code.startsWith('HTI')), doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('police named with no country are those of the place their clause puts them in, before the article\'s main country', () => {
  const text = 'The United States imposed sanctions on Iran. Washington also sanctioned Iraq. Police fired tear gas at demonstrators in Nairobi.';
  const doc = annotate({ text, published: '2025-05-09' });
  assert.equal(doc.actors.find((a) => a.text === 'Police')?.code, 'KENCOP', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
  // (not a place of a later clause: "... after a judge released an activist who now lives in France")
  const later = annotate({ text: 'Critics of the Sri Lankan government scuffled with police near the parliament after a judge released an activist who now lives in France.', published: '2025-05-09' });
  assert.notEqual(later.actors.find((a) => a.text === 'police')?.code, 'FRACOP', later.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('a group with affiliates is the affiliate of the state its sentence or article places it in (groups.json `parent`), on dates it was active', () => {
  const doc = annotate({ text: 'Islamic State fighters in northern Somalia attacked a base in Puntland. Islamic State also claimed an attack in Syria.', published: '2025-03-01' });
  const codes = doc.actors.filter((a) => a.text.startsWith('Islamic State')).map((a) => a.code);
  assert.deepEqual(codes, ['SOMREB', 'IRQREB'], doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
  const old = annotate({ text: 'Islamic State fighters in northern Somalia attacked a base in Puntland.', published: '2010-03-01' });
  assert.equal(old.actors.find((a) => a.text.startsWith('Islamic State'))?.code, 'IRQREB');
});

test('"Opposition leaders" with no country word are the opposition of the country the article is about', () => {
  const doc = annotate({ text: 'Kenya\'s president spoke in Nairobi. Kenya is tense. Opposition leaders accused the government of using gangs.', published: '2025-06-25' });
  assert.equal(doc.actors.find((a) => a.text === 'Opposition leaders')?.code, 'KENOPP', doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
});

test('"Judiciary chief", "police chief" and "Chief Justice" are titles of one mention with the name after them', () => {
  for (const [text, title] of [['Judiciary chief Hassan Karimi accused the lawyers.', 'Judiciary chief Hassan Karimi'], ['Police chief Ali Khan accused the protesters.', 'Police chief Ali Khan'],
    ['Chief Justice Omar Farooqi warned the government.', 'Chief Justice Omar Farooqi']] as const) {
    const doc = annotate({ text, published: '2025-03-04' });
    assert.equal(doc.actors[0]?.text, title, doc.actors.map((a) => `${a.text}=${a.code}`).join(' | '));
  }
});
