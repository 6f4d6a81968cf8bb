/**
 * Story rules found on invented wire stories (fictional events between real states, set in 2031):
 * who accuses whom, what counts as an extension, times of a truce, mediators, contacts, sourcing
 * and the other actors.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../../src/engine/analyze.js';
import { isExtension } from '../../src/story/ceasefires.js';
import type { ArticleReport } from '../../src/story/index.js';

let analyze: Analyzer;
before(async () => {
  analyze = await createAnalyzer();
});
const report = (text: string, published: string): ArticleReport => analyze({ id: 't', text, published }).report;

describe('violations', () => {
  test('"was violated ..., with each side accusing the other" accuses nobody in particular; "denied the accusation and said X had violated" accuses X', () => {
    const r = report(
      'ISLAMABAD, May 9 (Wire) - A ceasefire between India and Pakistan was violated within hours of taking effect on Friday, with each side accusing the other of opening fire. ' +
        "Pakistan's military denied the accusation and said Indian forces had violated the truce first.",
      '2031-05-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.violations.map((v) => [v.by ?? null, v.against ?? null]), [[null, null], ['PAK', 'IND']]);
  });

  test('"accusing each other" after a coordinated subject names no accuser', () => {
    const r = report('KYIV, April 20 (Wire) - A 30-hour Easter truce declared by Russia collapsed on Sunday, with Ukraine and Russia accusing each other of violations.', '2031-04-20');
    const v = r.ceasefires[0]?.violations[0];
    assert.ok(v);
    assert.equal(v.by, undefined);
    assert.equal(v.against, undefined);
  });

  test('"denied violating the ceasefire" is no accusation by the denier', () => {
    const r = report('MOSCOW, Feb 15 (Wire) - Azerbaijan and Armenia agreed to a ceasefire on Saturday. Azerbaijan denied violating the ceasefire.', '2031-02-15');
    assert.ok(!r.ceasefires[0]?.violations.some((v) => v.by === 'AZE'));
  });

  test('shelling reported "two hours after the truce took effect" is a violation: an accusation by the one who says so', () => {
    const r = report(
      'MOSCOW, Feb 15 (Wire) - Azerbaijan and Armenia agreed to a ceasefire on Saturday. ' +
        "Armenia's defence ministry said Azerbaijani forces shelled Armenian villages two hours after the truce took effect.",
      '2031-02-15',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    const v = c.violations[0];
    assert.ok(v, 'a violation');
    assert.deepEqual([v.kind, v.by, v.against], ['accusation', 'ARM', 'AZE']);
    assert.equal(c.status, 'violated');
    assert.equal(c.duration, undefined, '"two hours after the truce" is no duration');
  });

  test('"an earlier truce ... broke down" is a collapse, not a violation', () => {
    const r = report(
      'NAIROBI, Sept 22 (Wire) - South Sudan\'s government and the SPLM-IO rebels agreed on Monday to a ceasefire. An earlier truce signed in Rome in 2029 broke down after three weeks.',
      '2031-09-22',
    );
    const earlier = r.ceasefires.find((c) => c.status === 'collapsed');
    assert.ok(earlier);
    assert.equal(earlier.violations.length, 0);
  });
});

describe('status, duration, extensions', () => {
  test('an extension that is only possible, sought or offered on a condition is none', () => {
    assert.equal(isExtension('He said the truce would last 42 days and could be extended if both sides kept to its terms.'), false);
    assert.equal(isExtension('Mediators sought to extend a truce due to expire on Monday.'), false);
    assert.equal(isExtension('Israel was ready to extend the truce by 10 days if Hamas released more hostages.'), false);
    assert.equal(isExtension('Kyiv had proposed extending the truce for 30 days.'), false);
    assert.equal(isExtension('The two sides agreed to extend the truce until June 9.'), true);
    assert.equal(isExtension('Al Jazeera reported that the truce would be extended by two days.'), true);
  });

  test('"would last 42 days" is the duration; "could be extended if" leaves the truce agreed', () => {
    const r = report(
      'DOHA, May 8 (Wire) - Qatar announced on Thursday that Israel and Hamas had agreed to a ceasefire in Gaza. ' +
        'Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the truce would last 42 days and could be extended if both sides kept to its terms.',
      '2031-05-08',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.status, 'agreed');
    assert.equal(c.extensions.length, 0);
    assert.match(c.duration ?? '', /42 days/);
    assert.ok(c.announcedBy.some((a) => a.code === 'QAT'), `Qatar announced it (got ${c.announcedBy.map((a) => a.name).join(', ')})`);
  });

  test('"a 30-hour Easter truce" has a duration', () => {
    const r = report('KYIV, April 20 (Wire) - A 30-hour Easter truce declared by Russia between Russia and Ukraine collapsed on Sunday.', '2031-04-20');
    assert.match(r.ceasefires[0]?.duration ?? '', /30-hour/);
  });

  test('"has largely held since it was agreed" is holding', () => {
    const r = report('ANKARA, Oct 14 (Wire) - A ceasefire between Armenia and Azerbaijan has largely held since it was agreed in November 2030.', '2031-10-14');
    assert.equal(r.ceasefires[0]?.status, 'holding');
  });
});

describe('times of a truce', () => {
  test('"local time in India (1130 GMT)": the bracketed GMT time is the instant; "announced by X on Thursday" is the announcement', () => {
    const r = report(
      'ISLAMABAD, May 9 (Wire) - The ceasefire between India and Pakistan, announced by U.S. President Donald Trump on Thursday, took effect at 5 p.m. local time in India (1130 GMT) on Thursday.',
      '2031-05-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.effective?.utc?.slice(0, 16), '2031-05-08T11:30');
    assert.equal(c.announced?.date, '2031-05-08');
  });

  test('"declared by Russia collapsed on Sunday": Sunday is the collapse, not the announcement', () => {
    const r = report(
      'KYIV, April 20 (Wire) - A truce between Russia and Ukraine declared by Russia collapsed on Sunday. Russian President Vladimir Putin declared the truce on Saturday.',
      '2031-04-20',
    );
    assert.equal(r.ceasefires[0]?.announced?.date, '2031-04-19');
  });

  test('a truce agreed on Monday "starting ... on Tuesday" starts the next day, not the Tuesday before', () => {
    const r = report(
      "NAIROBI, Sept 22 (Wire) - South Sudan's government and the SPLM-IO rebels agreed on Monday to a 14-day ceasefire starting at midnight local time (2100 GMT) on Tuesday.",
      '2031-09-22',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.effective?.utc?.slice(0, 16), '2031-09-23T21:00');
    assert.match(c.duration ?? '', /14-day/);
  });

  test('"an immediate ceasefire" takes effect the day it is agreed', () => {
    const r = report(
      'KINSHASA, March 20 (Wire) - The Democratic Republic of Congo and M23 rebels agreed to an immediate ceasefire on Wednesday after talks in Doha hosted by Qatar.',
      '2031-03-20',
    );
    assert.equal(r.ceasefires[0]?.effective?.date, '2031-03-19');
  });
});

describe('mediators and contacts', () => {
  test('"X and Y, which mediated an earlier truce" makes both mediators', () => {
    const r = report(
      'KINSHASA, March 20 (Wire) - The Democratic Republic of Congo and M23 rebels agreed to a ceasefire on Wednesday. ' +
        'The United States and Angola, which mediated an earlier truce in 2030, welcomed the deal.',
      '2031-03-20',
    );
    const earlier = r.ceasefires.find((c) => c.kind === 'reference');
    assert.ok(earlier);
    assert.deepEqual(earlier.mediators, ['AGO', 'USA']);
  });

  test('international bodies mediate under their own code, not "IGO"', () => {
    const r = report(
      "ADDIS ABABA, Nov 3 (Wire) - Ethiopia's government and Tigrayan forces signed a cessation of hostilities on Wednesday at talks hosted by the African Union in Pretoria.",
      '2031-11-03',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.ok(c.mediators.includes('IGOAFU'), c.mediators.join(', '));
    assert.ok(!c.mediators.includes('IGO'));
    assert.ok(r.mediation.some((m) => m.mediator.code === 'IGOAFU' && m.channel === 'third-location-talks'), JSON.stringify(r.mediation.map((m) => [m.mediator.code, m.channel])));
  });

  test('"mediated by Qatar, Egypt and the United States" is no contact between the mediators; the parties\' own talks are no mediation', () => {
    const r = report(
      'DOHA, May 8 (Wire) - Israel and Hamas agreed to a ceasefire on Thursday. ' +
        'The deal was mediated by Qatar, Egypt and the United States after weeks of talks in Doha.',
      '2031-05-08',
    );
    const codes = ['QAT', 'EGY', 'USA'];
    assert.ok(!r.mediation.some((m) => codes.includes(m.mediator.code.slice(0, 3)) && codes.includes(m.party.code.slice(0, 3))), JSON.stringify(r.mediation.map((m) => [m.mediator.code, m.party.code])));
    const r2 = report('MOSCOW, Feb 15 (Wire) - Azerbaijan and Armenia agreed to a ceasefire on Saturday after talks in Moscow.', '2031-02-15');
    assert.ok(!r2.mediation.some((m) => ['ARM', 'AZE'].includes(m.mediator.code.slice(0, 3)) && ['ARM', 'AZE'].includes(m.party.code.slice(0, 3))));
  });

  test('a mediator meeting a leader in his own capital visits him', () => {
    const r = report('ANKARA, Oct 14 (Wire) - Turkish Foreign Minister Hakan Fidan met Azerbaijani President Ilham Aliyev in Baku on Monday.', '2031-10-14');
    const m = r.mediation.find((x) => x.party.code.startsWith('AZE'));
    assert.ok(m, JSON.stringify(r.mediation));
    assert.equal(m.channel, 'visit');
  });

  test('"the Kremlin said" announces; the minister it names as mediator does not', () => {
    const r = report(
      'MOSCOW, Feb 15 (Wire) - Azerbaijan and Armenia agreed to a ceasefire on Saturday after talks mediated by Russian Foreign Minister Sergei Lavrov, the Kremlin said.',
      '2031-02-15',
    );
    const names = r.ceasefires[0]?.announcedBy.map((a) => a.name) ?? [];
    assert.ok(!names.includes('Sergei Lavrov'), names.join(', '));
    assert.ok(r.ceasefires[0]?.announcedBy.some((a) => a.code === 'RUSGOV'));
  });
});

describe('timeline, sourcing and other actors', () => {
  test('an "intelligence chief" is an office, no warning signal', () => {
    const r = report('CAIRO, July 14 (Wire) - CIA Director William Burns flew to Cairo on Saturday for talks with Egyptian intelligence chief Hassan Rashad.', '2031-07-14');
    assert.ok(!r.timeline.some((t) => t.kind === 'warning'));
  });

  test('a source speaking on condition of anonymity is a claim even when the coder attributes nothing', () => {
    const r = report(
      'DOHA, May 8 (Wire) - Israel and Hamas agreed to a ceasefire on Thursday. ' +
        'A Hamas official, speaking on condition of anonymity, said the group expected aid to flow into Gaza from Friday.',
      '2031-05-08',
    );
    // (the coder may attribute it to the official's group itself, unnamed; else the story finds the phrase)
    const c = r.claims.find((x) => /Hamas official/.test(x.basis ?? '') || /Hamas/.test(x.speaker ?? ''));
    assert.ok(c, JSON.stringify(r.claims));
    assert.equal(c.named, false);
  });

  test('"according to a diplomat who asked not to be named": the basis is the whole phrase', () => {
    const r = report(
      'ANKARA, Oct 14 (Wire) - According to a diplomat who asked not to be named, Ankara hopes to host a meeting of the Armenian and Azerbaijani foreign ministers in Istanbul next month.',
      '2031-10-14',
    );
    assert.ok(r.claims.some((c) => /who asked not to be named/.test(c.basis ?? '') && !c.named), JSON.stringify(r.claims.map((c) => [c.basis, c.named])));
  });

  test('"China offered to mediate": a state that only speaks is still another actor; the source of a claim has no stake', () => {
    const r = report(
      'PHNOM PENH, Aug 5 (Wire) - Cambodia rejected a Thai proposal for a 72-hour ceasefire on Tuesday. China offered to mediate, a Chinese foreign ministry spokesman said. ' +
        'Vietnam, which backs Cambodia according to U.N. experts, denied involvement in the fighting.',
      '2031-08-05',
    );
    const codes = r.otherActors.map((o) => o.code);
    assert.ok(codes.includes('CHN'), codes.join(', '));
    assert.ok(!codes.some((c) => c.startsWith('IGO')), codes.join(', '));
  });
});

describe('proposals, partial truces, extensions of an earlier agreement', () => {
  test('"would not agree to any ceasefire" is no agreement', () => {
    const r = report(
      'WASHINGTON, March 3 (Wire) - Hamas rejected a proposal for a six-week truce with Israel last week. Israel said it would not agree to any ceasefire before all hostages were released.',
      '2031-03-03',
    );
    assert.ok(r.ceasefires.length > 0);
    assert.ok(r.ceasefires.every((c) => c.kind === 'reference' && c.status === 'rejected'), JSON.stringify(r.ceasefires.map((c) => [c.parties, c.kind, c.status])));
  });

  test('one side rejecting "a U.S. proposal" the other accepted: accepted by one side, between the two sides, not with the proposer', () => {
    const r = report(
      "KHARTOUM, April 2 (Wire) - Sudan's army rejected on Wednesday a U.S. proposal for a three-month humanitarian truce, a day after the Rapid Support Forces said they had accepted it.",
      '2031-04-02',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.parties, ['SDN', 'SDNREB']);
    assert.equal(c.status, 'accepted-by-one-side');
    assert.deepEqual(c.acceptedBy, ['SDNREB']);
    assert.deepEqual(c.rejectedBy, ['SDN']);
    assert.deepEqual(c.proposedBy, ['USA']);
    assert.equal(c.kind, 'reference');
  });

  test('a halt to strikes: its moratorium takes effect; the host of the talks mediates; an earlier truce\'s broker does not mediate this one', () => {
    const r = report(
      'ISTANBUL, Aug 15 (Wire) - Russia and Ukraine agreed on Friday to a 30-day halt to strikes on energy infrastructure, Turkish President Tayyip Erdogan announced after hosting talks in Istanbul. ' +
        'The moratorium takes effect at midnight Kyiv time (2100 GMT) on Friday, Erdogan said. ' +
        'An earlier energy truce brokered by Washington in March 2025 collapsed after a month.',
      '2031-08-15',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.effective?.utc?.slice(0, 16), '2031-08-15T21:00');
    assert.deepEqual(c.mediators, ['TUR']);
    assert.deepEqual(r.ceasefires.find((x) => x.status === 'collapsed')?.mediators, ['USA']);
  });

  test('"agreed on Tuesday to extend their ceasefire": the truce was agreed when first agreed; the extension leaves out who said it', () => {
    const r = report(
      "BEIJING, Sept 9 (Wire) - Thailand and Cambodia agreed on Tuesday to extend their ceasefire by 30 days, Thailand's foreign ministry said. " +
        'The truce, first agreed on July 28 in Kuala Lumpur, had been due to expire on Wednesday.',
      '2031-09-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.agreed?.date, '2031-07-28');
    assert.equal(c.status, 'extended');
    assert.doesNotMatch(c.extensions[0]?.stated ?? '', /said/);
  });
});

describe('contacts, sourcing and possible roles (2)', () => {
  test('a party calling a mediator of its truce: the mediator stays the go-between', () => {
    const r = report(
      "SANAA, Jan 12 (Wire) - Yemen's Houthi rebels and Saudi Arabia agreed on Sunday to a truce mediated by Oman. " +
        'Saudi Crown Prince Mohammed bin Salman discussed the truce with Omani Sultan Haitham bin Tariq in a phone call on Saturday.',
      '2031-01-12',
    );
    const call = r.mediation.find((m) => m.channel === 'phone-call');
    assert.ok(call, JSON.stringify(r.mediation));
    assert.ok(call.mediator.code.startsWith('OMN'), JSON.stringify([call.mediator, call.party]));
    assert.ok(call.party.code.startsWith('SAU'));
  });

  test('"according to people familiar with the negotiations" is the anonymous basis', () => {
    const r = report(
      "SANAA, Jan 12 (Wire) - Yemen's Houthi rebels and Saudi Arabia agreed on Sunday to a truce. Omani mediators had shuttled between Riyadh and Sanaa for weeks, according to people familiar with the negotiations.",
      '2031-01-12',
    );
    assert.ok(r.claims.some((c) => c.basis === 'people familiar with the negotiations' && !c.named), JSON.stringify(r.claims.map((c) => [c.basis, c.named])));
  });

  test('"could persuade Burhan to reconsider" is a possible role', () => {
    const r = report(
      "KHARTOUM, April 2 (Wire) - Sudan's army rejected on Wednesday a U.S. proposal for a humanitarian truce with the Rapid Support Forces. " +
        'Saudi Arabia and Egypt, which have close ties to the army, could persuade Burhan to reconsider, analysts said.',
      '2031-04-02',
    );
    const o = r.otherActors.filter((x) => x.why === 'possible-role').map((x) => x.code).sort();
    assert.deepEqual(o, ['EGY', 'SAU']);
  });
});

describe('announcements, diplomacy by, obstacles, offers to help', () => {
  test('"announced by European Council President Antonio Costa on Tuesday" dates the announcement', () => {
    const r = report(
      'BAKU, May 9 (Wire) - The truce between Armenia and Azerbaijan, announced by European Council President Antonio Costa on Tuesday, took effect at 2000 GMT on Wednesday.',
      '2031-05-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.announced?.date, '2031-05-06');
    assert.equal(c.effective?.utc?.slice(0, 16), '2031-05-07T20:00');
  });

  test('"the result of months of intense diplomacy by the United States, Egypt and Qatar" names the mediators', () => {
    const r = report(
      'GAZA, Jan 19 (Wire) - A ceasefire between Israel and Hamas took effect on Sunday. U.S. President Joe Biden said the ceasefire was the result of months of intense diplomacy by the United States, Egypt and Qatar.',
      '2031-01-19',
    );
    assert.deepEqual(r.ceasefires[0]?.mediators, ['EGY', 'QAT', 'USA']);
  });

  test('"the border dispute remained the main obstacle" is an underlying issue', () => {
    const r = report('NEW DELHI, Oct 21 (Wire) - India and China agreed to restore patrols. Analysts said the border dispute remained the main obstacle to better ties.', '2031-10-21');
    assert.ok(r.issues.some((i) => i.underlying), JSON.stringify(r.issues.map((i) => [i.label, i.underlying])));
  });

  test('"said Tehran was ready to help": the state has a possible role, under its own name', () => {
    const r = report(
      'BAKU, May 9 (Wire) - Azerbaijan accused Armenia on Friday of violating a ceasefire. Iranian Foreign Minister Abbas Araqchi said Tehran was ready to help.',
      '2031-05-09',
    );
    const iran = r.otherActors.find((o) => o.code === 'IRN');
    assert.ok(iran, JSON.stringify(r.otherActors));
    assert.equal(iran.name, 'Iran');
    assert.equal(iran.why, 'possible-role');
  });
});

describe('guarantors, joint statements, end dates, conditions of an extension', () => {
  test('"Cuba and Norway, which guarantee the peace talks" mediate; "the two sides said in a joint statement" announces by each side; "will last until Jan. 29"', () => {
    const r = report(
      "BOGOTA, Dec 24 (Wire) - Colombia's government and the ELN rebel group declared a bilateral ceasefire on Sunday that will last until Jan. 29, the two sides said in a joint statement after talks in Havana. " +
        'Cuba and Norway, which guarantee the peace talks, welcomed the truce.',
      '2031-12-24',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.mediators, ['CUB', 'NOR']);
    assert.ok(c.announcedBy.every((a) => !/ and /.test(a.name)), c.announcedBy.map((a) => a.name).join('; '));
    assert.match(c.duration ?? '', /until Jan\. 29/);
  });

  test('the country of an armed group party is no mediator of its truce; "the extension" carries its condition', () => {
    const r = report(
      "ADEN, Feb 10 (Wire) - The Saudi-led coalition and Yemen's Houthis extended their truce until March 31, Oman's foreign ministry said on Monday, after the two sides met in Muscat. " +
        'Houthi negotiator Mohammed Abdulsalam said the group agreed to the extension on condition that salaries of public servants were paid.',
      '2031-02-10',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.ok(!c.mediators.includes('YEM'), c.mediators.join(', '));
    assert.equal(c.extensions[0]?.until, '2031-03-31');
    assert.doesNotMatch(c.extensions[0]?.stated ?? '', /ministry/);
    assert.ok(c.conditions.some((x) => /salaries/.test(x)), c.conditions.join('; '));
  });
});

describe('chains of sourcing', () => {
  test('"Saudi state television, citing an official source, said": the chain runs from the one citing to its source', () => {
    const r = report(
      'ADEN, Feb 10 (Wire) - The Saudi-led coalition and Yemen\'s Houthis extended their truce. Saudi state television, citing an official source, said Riyadh had accepted the condition.',
      '2031-02-10',
    );
    const c = r.claims.find((x) => x.basis === 'official source' || x.basis === 'an official source');
    assert.ok(c, JSON.stringify(r.claims.map((x) => x.chain)));
    assert.deepEqual(c.chain[0], 'Saudi state television');
    assert.equal(c.named, false);
  });
});

describe('timeline', () => {
  test('events dated only by the dateline, and "would last 42 days", are not dated happenings', () => {
    const r = report(
      'DOHA, May 8 (Wire) - Qatar announced on Thursday that Israel and Hamas had agreed to a ceasefire. ' +
        'The deal was mediated by Qatar, Egypt and the United States. ' +
        'Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the truce would last 42 days.',
      '2031-05-08',
    );
    assert.ok(!r.timeline.some((t) => t.when.stated === 'May 8'), r.timeline.map((t) => t.when.stated).join(', '));
    assert.ok(!r.timeline.some((t) => /last 42 days/.test(t.when.stated ?? '')));
    assert.ok(r.timeline.some((t) => t.when.stated === 'Thursday'));
  });
});

describe('incidents', () => {
  test('"exchanged fire ..., days after a U.S.-brokered ceasefire came into force": an incident naming no side', () => {
    const r = report(
      'BEIRUT, Dec 1 (Wire) - Israel and Hezbollah exchanged fire on Sunday, days after a U.S.-brokered ceasefire came into force, raising fears that the truce could collapse.',
      '2031-12-01',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    const v = c.violations[0];
    assert.ok(v, 'an incident');
    assert.deepEqual([v.kind, v.by, v.against], ['incident', undefined, undefined]);
    assert.equal(c.status, 'violated');
  });
});

describe('agreements that are not yet', () => {
  test('"would agree to a ceasefire if ...", "ready to sign a truce once ..." are offers, not an agreed truce', () => {
    const r = report(
      'CAIRO, Jan 5 (Wire) - Israel said on Sunday it would agree to a ceasefire with Hamas if all hostages were released. Hamas said it was ready to sign a truce once Israeli troops withdrew.',
      '2031-01-05',
    );
    assert.ok(r.ceasefires.length > 0 && r.ceasefires.every((c) => c.kind === 'reference' && c.status === 'proposed'), JSON.stringify(r.ceasefires.map((c) => [c.kind, c.status])));
  });

  test('talks "to discuss a possible ceasefire" and the hope that the sides "will agree" are no agreement; "discussed the truce" is about the one in force', () => {
    const r = report(
      'ISTANBUL, Jan 5 (Wire) - Russian and Ukrainian negotiators will meet in Istanbul on Monday to discuss a possible ceasefire, Turkish officials said. Turkey hopes the two sides will agree to a 30-day truce.',
      '2031-01-05',
    );
    assert.ok(r.ceasefires.every((c) => c.kind === 'reference'), JSON.stringify(r.ceasefires.map((c) => [c.kind, c.status])));
    const r2 = report(
      "SANAA, Jan 12 (Wire) - Yemen's Houthi rebels and Saudi Arabia agreed on Sunday to a truce mediated by Oman. Saudi Crown Prince Mohammed bin Salman discussed the truce with Omani Sultan Haitham bin Tariq on Saturday.",
      '2031-01-12',
    );
    assert.equal(r2.ceasefires.length, 1);
    assert.equal(r2.ceasefires[0]?.kind, 'agreement');
  });
});
