/**
 * Story rules on short invented wire texts (fictional events between real states, so that the
 * actor dictionary knows the parties): one record per truce, status, violations, announced time,
 * mediation channels and anonymous sourcing.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, type Analyzer } from '../../src/engine/analyze.js';
import { datelineEnd } from '../../src/story/ceasefires.js';
import type { ArticleReport } from '../../src/story/index.js';

let analyze: Analyzer;
before(async () => {
  analyze = await createAnalyzer();
});
const report = (text: string, published: string): ArticleReport => analyze({ id: 't', text, published }).report;

describe('ceasefire records', () => {
  test('"X said it had brokered a ceasefire": announced then; a campaign\'s start in a relative clause is not the truce\'s', () => {
    const r = report(
      'MUSCAT, June 3 (Wire) - Oman said on Tuesday it had brokered a ceasefire between Kenya and Somalia. ' +
        'Kenya would halt its air campaign, which began on April 2, officials said.',
      '2031-06-03',
    );
    const c = r.ceasefires[0];
    assert.ok(c, 'a record');
    assert.equal(c.announced?.date, '2031-06-03');
    assert.notEqual(c.effective?.date, '2031-04-02');
  });

  test('a rejected proposal and an earlier truce are records of their own, after the current one', () => {
    const r = report(
      'BAMAKO, March 4 (Wire) - Mali and Burkina Faso agreed on Tuesday to a ceasefire along their border, officials said. ' +
        'The truce took effect at 1800 GMT on Tuesday. ' +
        'Niger had earlier rejected a Malian proposal for a 10-day truce. ' +
        'A previous ceasefire between the two countries in 2019 collapsed within a week.',
      '2031-03-04',
    );
    assert.equal(r.ceasefires[0]?.kind, 'agreement');
    assert.equal(r.ceasefires[0]?.effective?.utc?.slice(0, 16), '2031-03-04T18:00');
    const proposal = r.ceasefires.find((c) => c.status === 'rejected');
    assert.ok(proposal, `a rejected proposal (got ${r.ceasefires.map((c) => c.status).join(', ')})`);
    assert.equal(proposal.kind, 'reference');
    const earlier = r.ceasefires.find((c) => c.status === 'collapsed');
    assert.ok(earlier, 'the earlier collapsed truce');
    assert.ok(!r.ceasefires[0]!.evidence.some((e) => /2019/.test(e.text)), 'the 2019 truce is not evidence of the current one');
  });

  test('"three earlier truces, two brokered by X and one by Y, collapsed": earlier truces, not the current one; both go-betweens', () => {
    const r = report(
      'DUSHANBE, May 2 (Wire) - Tajikistan and Kyrgyzstan signed a ceasefire agreement on Friday, officials said. ' +
        'Three earlier truces, two brokered by Moscow and one by Washington, collapsed within hours, with both sides accusing each other of violations.',
      '2031-05-02',
    );
    assert.equal(r.ceasefires[0]?.status, 'agreed');
    assert.deepEqual(r.ceasefires[0]?.parties, ['KGZ', 'TJK']);
    const earlier = r.ceasefires.find((c) => c.status === 'collapsed');
    assert.ok(earlier, `the earlier truces (got ${r.ceasefires.map((c) => c.status).join(', ')})`);
    assert.deepEqual(earlier.parties, ['KGZ', 'TJK']);
    assert.deepEqual(earlier.mediators, ['RUS', 'USA']);
  });

  test('"a Russian-brokered ceasefire": the adjective names the go-between', () => {
    const r = report('Tajikistan and Kyrgyzstan agreed to a Russian-brokered ceasefire on Monday.', '2031-05-02');
    assert.deepEqual(r.ceasefires[0]?.mediators, ['RUS']);
  });

  test('an accusation by an armed group is by its group code, against the other party', () => {
    const r = report(
      'GAZA, Oct 3 (Wire) - A ceasefire between Israel and Hamas took effect on Friday at noon local time (0900 GMT). ' +
        'Hamas accused Israel of violating the truce on Friday by opening fire on residents.',
      '2030-10-04',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    const v = c.violations.find((x) => x.kind === 'accusation');
    assert.ok(v, 'an accusation');
    assert.equal(v.by, 'PSEREB');
    assert.equal(v.against, 'ISR');
    assert.equal(c.status, 'violated');
  });

  test('a third party saying both sides violated it accuses nobody in particular', () => {
    const r = report(
      'WASHINGTON, Sept 9 (Wire) - Armenia and Azerbaijan agreed to a ceasefire on Monday. ' +
        'U.S. President Donald Trump said both sides had violated the ceasefire within hours.',
      '2025-09-09',
    );
    const v = r.ceasefires[0]?.violations.at(-1);
    assert.ok(v);
    assert.equal(v.by, 'USA');
    assert.equal(v.against, undefined);
  });

  test('the host of the talks is a mediator, not a party', () => {
    const r = report(
      'KUALA LUMPUR, Feb 2 (Wire) - Thailand and Cambodia agreed on Sunday to a ceasefire. ' +
        'Malaysian Prime Minister Anwar Ibrahim, who hosted the talks, said the truce would take effect at midnight local time (1600 GMT) on Sunday.',
      '2031-02-02',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.parties, ['KHM', 'THA']);
    assert.ok(c.mediators.includes('MYS'), `MYS mediates (got ${c.mediators.join(', ')})`);
  });

  test('the announcement date is the one next to the verb, not the dateline', () => {
    const r = report(
      'CAIRO, May 6 (Wire) - Egypt announced on Sunday that Sudan and the Rapid Support Forces had agreed to a week-long truce. ' +
        'The ceasefire was largely holding on Tuesday, residents said.',
      '2031-05-06',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.announced?.date, '2031-05-04');
    assert.equal(c.status, 'holding');
  });

  test('one side accepting a truce proposal the other rejects is no agreed truce: accepted by one side', () => {
    const r = report(
      'KHARTOUM, Nov 7 (Wire) - The Rapid Support Forces said on Thursday they had accepted a proposal for a humanitarian truce put forward by Egypt. ' +
        'The Sudanese army rejected the truce proposal on Friday.',
      '2031-11-08',
    );
    assert.ok(r.ceasefires.length >= 1);
    assert.ok(r.ceasefires.every((c) => c.kind === 'reference'), JSON.stringify(r.ceasefires.map((c) => [c.kind, c.status])));
    assert.equal(r.ceasefires[0]?.status, 'accepted-by-one-side');
    assert.deepEqual(r.ceasefires[0]?.acceptedBy, ['SDNREB']);
    assert.deepEqual(r.ceasefires[0]?.rejectedBy, ['SDN']);
    assert.ok(!r.ceasefires[0]?.parties.includes('EGY'), 'the proposer is no party');
    assert.deepEqual(r.ceasefires[0]?.proposedBy, ['EGY']);
    assert.deepEqual(r.ceasefires[0]?.mediators, [], 'the proposer is no mediator');
  });

  test('"the ceasefire between X and Y" names the parties, an armed group rather than its country', () => {
    const r = report(
      'BEIRUT, Jan 27 (Wire) - Washington said on Sunday that the ceasefire between Israel and Hezbollah would be extended until Feb. 18. ' +
        'Lebanon and Israel have traded accusations over the truce, and Lebanon said Israel had not withdrawn.',
      '2031-01-27',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.parties, ['ISR', 'LBNREB']);
    assert.equal(c.status, 'extended');
    assert.match(c.extensions[0]?.stated ?? '', /until Feb\. 18/);
  });

  test('"called on mediators Egypt and Qatar" names mediators; "held for two months" is no agreed duration', () => {
    const r = report(
      'CAIRO, March 18 (Wire) - The ceasefire between Israel and Hamas collapsed on Tuesday, after it had largely held for two months. ' +
        'Hamas called on mediators Egypt and Qatar to save the truce.',
      '2031-03-18',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.deepEqual(c.mediators, ['EGY', 'QAT']);
    assert.equal(c.duration, undefined);
    assert.equal(c.status, 'collapsed');
  });

  test('a date before the truce noun is not the truce\'s: "talks since 2022 ... failed to agree on a ceasefire" is a proposal', () => {
    const r = report(
      'ISTANBUL, May 16 (Wire) - Russian and Ukrainian delegations met on Friday for their first direct talks since 2022, but failed to agree on a ceasefire starting on Monday.',
      '2031-05-16',
    );
    const c = r.ceasefires[0];
    assert.ok(c);
    assert.equal(c.kind, 'reference');
    assert.equal(c.status, 'rejected');
    assert.ok(!r.timeline.some((t) => t.kind.startsWith('ceasefire')), 'a proposal puts nothing on the timeline');
  });
});

describe('datelines', () => {
  test('the dateline ends after the dash', () => {
    const t = 'GAZA/JERUSALEM, Jan 19 (Wire) - A ceasefire took effect.';
    assert.equal(t.slice(datelineEnd(t)), 'A ceasefire took effect.');
    assert.equal(datelineEnd('A ceasefire took effect on Jan 19 - officials said.'), 0);
  });
});

describe('mediation and claims', () => {
  test('a phone call with both leaders is a contact with each', () => {
    const r = report(
      'PHNOM PENH, July 28 (Wire) - Cambodian Prime Minister Hun Manet and Thailand\'s acting Prime Minister Phumtham Wechayachai met in Malaysia on Monday. ' +
        'U.S. President Donald Trump had spoken by phone with both leaders on Saturday and urged them to stop the fighting.',
      '2025-07-28',
    );
    const calls = r.mediation.filter((m) => m.channel === 'phone-call');
    assert.deepEqual(calls.map((m) => m.party.code.slice(0, 3)).sort(), ['KHM', 'THA'], JSON.stringify(r.mediation.map((m) => [m.mediator, m.party, m.channel])));
    assert.ok(calls.every((m) => !/ and /.test(m.party.name ?? '')), 'each contact names one person');
  });

  test('phone calls with one party are no phone call with the other', () => {
    const r = report(
      'DOHA, June 24 (Wire) - Israel and Iran agreed to a ceasefire on Monday. ' +
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani helped broker the deal in phone calls with Iranian officials.",
      '2031-06-24',
    );
    const toIsrael = r.mediation.find((m) => m.mediator.code.startsWith('QAT') && m.party.code.startsWith('ISR'));
    if (toIsrael) assert.notEqual(toIsrael.channel, 'phone-call');
    const toIran = r.mediation.find((m) => m.mediator.code.startsWith('QAT') && m.party.code.startsWith('IRN'));
    assert.equal(toIran?.channel, 'phone-call', JSON.stringify(r.mediation.map((m) => [m.mediator.code, m.party.code, m.channel])));
  });

  test('"officials said" is anonymous sourcing', () => {
    const r = report('ISLAMABAD, June 3 (Wire) - Pakistan and India agreed to a ceasefire on Monday, officials in both countries said.', '2031-06-03');
    const c = r.claims.find((x) => /officials/.test(x.basis ?? ''));
    assert.ok(c, JSON.stringify(r.claims.map((x) => [x.claim, x.basis, x.named])));
    assert.equal(c.named, false);
  });
});

describe('ceasefire wording that is not a collapse, appeals that are no phone calls', () => {
  test('"a ceasefire that ended a year of fighting" has not collapsed', () => {
    const r = report(
      'BAMAKO, March 4 (Wire) - Malian air strikes killed three people in Burkina Faso on Thursday, the latest violation of a ceasefire ' +
        'that ended more than a year of fighting between the two countries in November.',
      '2031-03-04',
    );
    assert.ok(r.ceasefires.length > 0 && r.ceasefires.every((c) => c.status !== 'collapsed'), r.ceasefires.map((c) => c.status).join(', '));
  });
  test('"called on Y and Z, which brokered the deal, to ..." makes Y and Z mediators, not callers', () => {
    const r = report(
      'BAMAKO, March 4 (Wire) - Mali and Burkina Faso agreed on Tuesday to a ceasefire. ' +
        'Burkina Faso called on Senegal and Ghana, which brokered the deal, to press Mali to stop its attacks.',
      '2031-03-04',
    );
    assert.ok(!r.mediation.some((m) => m.channel === 'phone-call'), r.mediation.map((m) => `${m.mediator.code}>${m.party.code}:${m.channel}`).join(', '));
  });
});

describe('ceasefire records: proposers, appealers, supposed refusals', () => {
  test('"accepted a proposal by X, Y and Z for a truce": the proposers are no party; an envoy pressing for a truce is none either', () => {
    const r = report(
      'BAMAKO, March 4 (Wire) - Mali\'s rebels said on Tuesday they had accepted a proposal by Algeria, Senegal and Ghana for a three-month truce. ' +
        'The army has previously rejected any truce that would leave the rebels in control of towns. ' +
        'U.S. envoy John Smith met Mali\'s president in Dakar last month to press for a ceasefire.',
      '2031-03-04',
    );
    for (const c of r.ceasefires) for (const p of c.parties) assert.ok(!['DZA', 'SEN', 'GHA', 'USA'].includes(p), `${c.parties.join('–')}`);
  });
  test('"if it refused a full ceasefire" is no refusal; a truce only referred to is the one the parties failed to agree', () => {
    const r = report(
      'TUNIS, March 4 (Wire) - Libyan and Tunisian delegations met in Tunis on Tuesday but failed to agree on a ceasefire. ' +
        'Libya demanded that Tunisia withdraw its troops from the border as a condition for a ceasefire. ' +
        'Algeria urged Western states to impose sanctions on Tunisia if it refused a full ceasefire.',
      '2031-03-04',
    );
    assert.equal(r.ceasefires.length, 1, r.ceasefires.map((c) => `${c.parties.join('–')} ${c.status}`).join('; '));
  });
});

describe('ceasefire records: prisoners are no party, "the first phase" is the current truce', () => {
  test('"released Palestinian prisoners under the first phase of a ceasefire agreement brokered by X" is the truce in force', () => {
    const r = report(
      'JERUSALEM, March 4 (Wire) - Hamas handed over 20 hostages to the Red Cross on Tuesday, and Israel began releasing 2,000 Palestinian prisoners, under the first phase of a ceasefire agreement brokered by Egypt and Qatar. ' +
        'The ceasefire took effect at noon local time (1000 GMT) on Friday.',
      '2031-03-04',
    );
    assert.equal(r.ceasefires.length, 1, r.ceasefires.map((c) => `${c.parties.join('–')} ${c.kind}`).join('; '));
    assert.deepEqual(r.ceasefires[0]!.parties, ['ISR', 'PSEREB']);
  });
});

describe('a truce run out and its breaches', () => {
  test('"the truce ended at midnight" is its expiry; force by one party "after the start of the truce" is an incident against the other', () => {
    const r = report(
      'NAIROBI, June 9 (Wire) - Kenya and Somalia agreed on Saturday to a 24-hour truce. ' +
        'Somali officials said Kenyan troops shelled border villages after the announced start of the truce. ' +
        'The truce ended at midnight on Sunday, officials said.',
      '2031-06-09',
    );
    const c = r.ceasefires[0];
    assert.ok(c, 'a record');
    assert.equal(c.status, 'expired');
    assert.ok(c.violations.some((v) => v.by === 'SOM' && v.against === 'KEN'), JSON.stringify(c.violations));
  });
});

describe('an effective time given in GMT', () => {
  test('replaces one read from "midnight" with an inferred zone: "from midnight on Monday ... at 24:00 local time (1700 GMT) on July 28"', () => {
    const r = report(
      'PUTRAJAYA, July 29 (Wire) - Kenya and Somalia have agreed to an immediate ceasefire from midnight on Monday, the Malaysian prime minister announced. ' +
        'He told reporters that the truce would take effect at 24:00 local time (2100 GMT) on July 28.',
      '2031-07-29',
    );
    assert.equal(r.ceasefires[0]?.effective?.utc?.slice(0, 16), '2031-07-28T21:00');
  });
});

describe('a planned start and the actual one', () => {
  test('"The truce was due to begin at 8:30 a.m. ... It finally took effect at 11:15 a.m.": the actual start', () => {
    const r = report(
      'NAIROBI, Jan 19 (Wire) - A ceasefire between Kenya and Somalia took effect on Sunday after a delay of nearly three hours. ' +
        'The truce was due to begin at 8:30 a.m. local time but was held up by a dispute over lists. It finally took effect at 11:15 a.m.',
      '2031-01-19',
    );
    assert.equal(r.ceasefires[0]?.effective?.utc?.slice(0, 16), '2031-01-19T08:15');
  });
});
