import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from './index.js';
import { isDateline } from './when.js';
import { fixtureDoc } from './testing.js';
import { findTimes } from '../nlp/time/finder.js';
import { defaultZones } from '../nlp/time/zones.js';
import type { Event } from '../domain/types.js';

/** Events of `text`, its times found by the time finder; published on Wednesday 14 May 2025. */
function coded(text: string, published = '2025-05-14'): Event[] {
  const doc = fixtureDoc(text, { published });
  doc.countries = ['GON'];
  doc.times = findTimes(doc, defaultZones());
  return codeEvents(doc, { docId: 't' });
}

const show = (es: Event[]): string => es.map((e) => `${e.cameo}:${e.modality}@${e.when.date}${e.when.inferred ? '?' : ''}`).join(' ');

describe('event time: which of the sentence\'s times dates the event', () => {
  test('"said on Monday it would ... on Friday": the planned act is Friday\'s, the saying Monday\'s', () => {
    const es = coded('Gondor said on Monday it would send troops to Rohan on Friday.');
    assert.ok(es.some((e) => e.modality === 'future-intent' && e.when.date === '2025-05-16'), show(es));
    assert.ok(!es.some((e) => e.modality === 'future-intent' && e.when.date === '2025-05-12'), show(es));
  });

  test('a time right after a noun trigger is that event\'s own ("in retaliation for the attack on May 1")', () => {
    const es = coded("Gondor shelled Rohan on Monday in retaliation for Rohan's missile attack on May 1.");
    assert.ok(es.some((e) => e.cameo === '194' && e.when.date === '2025-05-12'), show(es));
    assert.ok(es.some((e) => e.cameo === '195' && e.when.date === '2025-05-01'), show(es));
  });

  test('a past time of a participle does not date a planned act ("will return the weapons seized last year")', () => {
    const es = coded('Arnor will return the weapons seized from Gondor last year.');
    assert.ok(es.length > 0 && es.every((e) => e.modality !== 'future-intent' || e.when.date === '2025-05-14'), show(es));
  });

  test('"said on Monday they will ...": the saying\'s day dates the intent stated', () => {
    const es = coded('Arnor said on Monday it will return the weapons to Gondor.');
    assert.ok(es.some((e) => e.modality === 'asserted' && e.cameo.startsWith('03') && e.when.date === '2025-05-12'), show(es));
  });

  test('a relative clause keeps its time ("Y, which Arnor seized in 2023, ... said on Monday")', () => {
    const es = coded('Arnor has returned the port to Gondor, which Arnor seized in 2023, officials said on Monday.');
    const ret = es.filter((e) => e.cameo.startsWith('08'));
    assert.ok(ret.length > 0 && ret.every((e) => e.when.date === '2025-05-12'), show(es));
    assert.ok(es.some((e) => e.cameo === '192' && e.when.date === '2023-01-01' && e.when.precision === 'year'), show(es));
  });

  test('a possessive time dates its noun, not the verb before it ("condemned Tuesday\'s strikes")', () => {
    const es = coded('Rohan condemned Tuesday\'s strikes on Gondor.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14' && e.when.inferred), show(es));
  });

  test('the noun phrase of "after" has its own time ("exchanged fire after the Mordor strikes on Tuesday")', () => {
    const es = coded('Mordor shelled Gondor on Wednesday. Rohan and Gondor exchanged fire after the Mordor strikes on Tuesday.')
      .filter((e) => e.sentence === 1);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14'), show(es));
  });

  test('a verb of saying is not dated by the clause it reports ("says the talks will resume in June")', () => {
    const es = coded('Arnor says the talks with Gondor will resume in June.').filter((e) => e.cameo.startsWith('01'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14'), show(es));
  });
});

describe('event time: the article\'s date', () => {
  test('a sentence with no time whose subject opened the sentence before continues its day ("X said on Monday ... X met Y")', () => {
    const lede = 'Gondor and Rohan clashed on Friday. ';
    const es = coded(`${lede}Gondor said on Monday that it would not give up land. Gondor met Rohan envoys in Osgiliath.`).filter((e) => e.sentence === 2);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12'), show(es));
    // (another subject keeps the article's day)
    const other = coded(`${lede}Gondor said on Monday that it would not give up land. Rohan attacked Mordor.`).filter((e) => e.sentence === 2);
    assert.ok(other.length > 0 && other.every((e) => e.when.date === '2025-05-09'), show(other));
  });
  test('an article time after the report does not date a past event ("X expelled Y. Z did the same in June", published in May)', () => {
    const es = coded('Gondor expelled the ambassador of Rohan. Arnor did the same to Mordor in June.');
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14'), show(es));
  });
  test('a dateline gives way to the lede\'s event day for undated events', () => {
    const text = 'MINAS TIRITH, May 14 (Palantir News) — Gondor and Rohan agreed on Monday to a truce. Arnor condemned Mordor.';
    const es = coded(text).filter((e) => e.sentence === 1);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12' && e.when.inferred), show(es));
  });

  test('a possessive in the lede ("Tuesday\'s attack") leaves the dateline the article\'s day', () => {
    const text = 'MINAS TIRITH, May 14 (Palantir News) — Rohan denied any role in Tuesday\'s attack on Gondor. Arnor condemned Mordor.';
    const es = coded(text).filter((e) => e.sentence === 1);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14'), show(es));
  });
});

describe('event time: a clause "a day after ..."', () => {
  test('"freed hostages on Sunday, a day after Rohan released prisoners": the release is Saturday\'s', () => {
    const es = coded('Gondor freed three hostages on Sunday, a day after Rohan released 90 prisoners.');
    assert.ok(es.some((e) => e.source.country === 'ROH' && e.when.date === '2025-05-10' && e.when.inferred), show(es));
    assert.ok(es.some((e) => e.source.country === 'GON' && e.when.date === '2025-05-11'), show(es));
  });
  test('the clause\'s own time still dates it ("a day after Rohan released prisoners on Thursday")', () => {
    const es = coded('Gondor freed three hostages on Sunday, a day after Rohan released 90 prisoners on Thursday.');
    assert.ok(es.some((e) => e.source.country === 'ROH' && e.when.date === '2025-05-08'), show(es));
  });
  test('"The pact was signed a week after Rohan released prisoners": a week before the article\'s day', () => {
    const es = coded('The pact was signed a week after Rohan released 90 prisoners.');
    assert.ok(es.some((e) => e.source.country === 'ROH' && e.when.date === '2025-05-07' && e.when.inferred), show(es));
  });
  test('"The talks come two weeks after Rohan released prisoners": two weeks before the publication day', () => {
    const es = coded('The talks come two weeks after Rohan released 90 prisoners.');
    assert.ok(es.some((e) => e.source.country === 'ROH' && e.when.date === '2025-04-30' && e.when.inferred), show(es));
  });
});

describe('event time: a coordinated past clause', () => {
  test('"Gondor summoned Rohan\'s envoy in January, and Rohan in turn summoned Gondor\'s": both of January, the second inferred', () => {
    const es = coded("Gondor summoned Rohan's ambassador in January, and Rohan in turn summoned Gondor's ambassador.");
    const summons = es.filter((e) => e.cameo.startsWith('1'));
    assert.ok(summons.length >= 2 && summons.every((e) => e.when.date === '2025-01-01'), show(es));
  });
});

describe('event time: a ", when" clause after a time', () => {
  test('"divided since 1974, when Mordor invaded": the invasion is of 1974 (a "since" year too)', () => {
    const es = coded('Gondor has been divided since 1974, when Mordor invaded.');
    assert.ok(es.some((e) => e.source.country === 'MOR' && e.when.date === '1974-01-01' && !e.when.inferred), show(es));
  });
});

describe('event time: a day long before the report', () => {
  test('a lede day weeks before publication dates no undated event of another sentence', () => {
    const es = coded('Gondor asked Rohan to hand over the prince. Gondor first asked Rohan to return him in a note sent on March 2.');
    assert.ok(es.some((e) => e.sentence === 0 && e.when.date === '2025-05-14'), show(es));
  });
});

describe('event time: a truce\'s effective day', () => {
  test('"agreed to a ceasefire that took effect at 5 p.m. on Monday" (past): the agreement is dated by it, inferred', () => {
    const es = coded('Gondor and Rohan agreed to a ceasefire that took effect at 5 p.m. on Monday.');
    assert.ok(es.some((e) => e.cameo === '0871' && e.when.date === '2025-05-12' && e.when.inferred), show(es));
  });
});

describe('event time: a year or month in the lede is background', () => {
  test('"Gondor and Rohan held talks in 2019. Rohan recalled its ambassador.": the recall is not dated 2019', () => {
    const es = coded('Gondor and Rohan held talks in 2019. Rohan recalled its ambassador.');
    assert.ok(es.some((e) => e.cameo === '161' && e.when.date === '2025-05-14'), show(es));
  });
});

describe('event time: the article\'s main date is no time to come', () => {
  test('a lede time in a "will take effect" clause does not date the later undated events', () => {
    const es = coded('Gondor and Rohan agreed to a truce that will take effect at 9 p.m. on Friday, Arnor said on Tuesday. Queen Arwen met King Elessar.');
    const meet = es.find((e) => e.cameo.startsWith('04') && e.sentence === 1);
    assert.equal(meet?.when.date, '2025-05-13', show(es));
  });
});

describe('event time: days to come', () => {
  test('the simple present of a scheduled act is dated by the coming weekday ("meets the Rohan king on Thursday")', () => {
    const es = coded('The prime minister of Gondor meets the Rohan king on Thursday.').filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-15'), show(es));
  });

  test('a past act is not dated by the later day its effect starts ("imposed sanctions effective Thursday")', () => {
    const es = coded('Gondor imposed sanctions on Mordor effective Thursday.').filter((e) => e.cameo.startsWith('16'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14' && e.when.inferred), show(es));
  });
});

describe('event time: "since <day>" opens the span of its own act', () => {
  test('a charge is not dated by the span of the act charged ("has accused Y of shelling its villages since Monday")', () => {
    const es = coded('Gondor has accused Rohan of shelling its villages since Monday.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14' && e.when.inferred), show(es));
    const c = coded('Gondor has condemned the Rohan shelling since Monday.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(c.length > 0 && c.every((e) => e.when.date === '2025-05-14'), show(c));
  });

  test('the act the span is of starts then ("has shelled Rohan since Monday"); fronted, it spans the main clause', () => {
    const es = coded('Gondor has shelled Rohan since Monday.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12'), show(es));
    const f = coded('Since Monday, Gondor has accused Rohan of shelling its villages.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(f.length > 0 && f.every((e) => e.when.date === '2025-05-12'), show(f));
  });

  test('another verb between makes the span its act\'s ("has urged Gondor to stop shelling since Monday"), not a means after "by"', () => {
    const u = coded('Rohan has urged Gondor to stop shelling its villages since Monday.').filter((e) => e.cameo.startsWith('02'));
    assert.ok(u.length > 0 && u.every((e) => e.when.date === '2025-05-14' && e.when.inferred), show(u));
    const v = coded('Rohan is violating the truce by continuing to shell Gondor since Monday.').filter((e) => e.cameo === '196');
    assert.ok(v.length > 0 && v.every((e) => e.when.date === '2025-05-12'), show(v));
  });
});

describe('event time: durations are no days', () => {
  test('"would last 42 days", "a 60-day ceasefire", "for three days" date no event, nor the article', () => {
    const es = coded('Rohan said the truce with Gondor would last 42 days. Queen Arwen met King Elessar.');
    const meet = es.find((e) => e.cameo.startsWith('04') && e.sentence === 1);
    assert.equal(meet?.when.date, '2025-05-14', show(es));
    const c = coded('Gondor and Rohan agreed a 60-day ceasefire on Monday.').filter((e) => e.cameo === '0871');
    assert.ok(c.length > 0 && c.every((e) => e.when.date === '2025-05-12'), show(c));
    const f = coded('Gondor shelled Rohan for three days.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(f.length > 0 && f.every((e) => e.when.date === '2025-05-14' && e.when.inferred), show(f));
  });
});

describe('event time: a past relative clause and an act answered have times of their own', () => {
  test('"agreed to end a war that began with Mordor strikes on Gondor on May 2": the agreement is not of May 2', () => {
    const es = coded('Rohan agreed to end a war that began with Mordor air strikes on Gondor on May 2.');
    assert.ok(es.some((e) => e.cameo.startsWith('19') && e.when.date === '2025-05-02'), show(es));
    assert.ok(es.filter((e) => e.source.country === 'ROH').every((e) => e.when.date !== '2025-05-02'), show(es));
  });
  test('"a truce took effect on Tuesday, ending a war that began with Mordor strikes on May 2": the strikes are of May 2', () => {
    const es = coded('A truce took effect on Tuesday after Rohan agreed to end a war that began with Mordor air strikes on Gondor on May 2.');
    assert.ok(es.some((e) => e.cameo.startsWith('19') && e.when.date === '2025-05-02'), show(es));
  });
  test('"fired rockets in retaliation for Gondor strikes on Monday": the rockets are not dated by the strikes', () => {
    const es = coded('Mordor fired rockets at Rohan in retaliation for Gondor air strikes on Monday.').filter((e) => e.source.country === 'MOR');
    assert.ok(es.length > 0 && es.every((e) => e.when.date !== '2025-05-12'), show(es));
  });
  test('"accused Y of breaking a truce agreed in March": a reduced relative of making tells another act\'s time', () => {
    const es = coded('Gondor accused Mordor of breaking a truce agreed in March.').filter((e) => e.cameo.startsWith('11'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date !== '2025-03-01'), show(es));
    const own = coded('The truce agreed on Monday between Gondor and Mordor held.').filter((e) => e.cameo.startsWith('08'));
    assert.ok(own.every((e) => e.when.date === '2025-05-12'), show(own));
  });
  test('"X, which had been hosting talks, said a round planned for Sunday ...": the main clause\'s time is not the aside\'s', () => {
    const es = coded('Arnor, which had been hosting talks between Gondor and Rohan, said a round planned for Sunday would not take place.')
      .filter((e) => e.cameo.startsWith('04'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date !== '2025-05-18' && e.when.date !== '2025-05-11'), show(es));
  });
  test('a possessive time dates its own noun only: "after Monday\'s raid, Gondor declared a truce"', () => {
    const es = coded("After Monday's raid on Osgiliath, Gondor declared a truce with Mordor.").filter((e) => e.cameo.startsWith('08'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date !== '2025-05-12'), show(es));
    const own = coded("Gondor condemned Monday's deadly Mordor raid.").filter((e) => e.cameo.startsWith('19'));
    assert.ok(own.every((e) => e.when.date === '2025-05-12'), show(own));
  });
  test('a relative clause in the progressive runs alongside: "at a conference it was hosting with Rohan on Monday"', () => {
    const es = coded('Gondor appealed for aid at a conference that it was hosting with Rohan on Monday.').filter((e) => e.cameo.startsWith('02'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12'), show(es));
  });
});

describe('event time: told by another event of the story ("hours before the truce took effect")', () => {
  test('the day of the event named, at day precision, with the phrase as its text', () => {
    const es = coded('The truce between Gondor and Rohan took effect at 5 pm on Saturday. Hours before the truce took effect, Mordor shelled Rohan.')
      .filter((e) => e.sentence === 1 && e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-10' && e.when.precision === 'day'
      && e.when.text === 'Hours before the truce took effect' && e.when.utc === undefined), show(es));
  });

  test('"a day after the talks": the next day; the event named keeps its own day', () => {
    const es = coded('Gondor and Rohan held talks on Monday. A day after the talks, Mordor attacked Gondor.');
    assert.ok(es.some((e) => e.sentence === 1 && e.source.country === 'MOR' && e.when.date === '2025-05-13'), show(es));
    assert.ok(es.filter((e) => e.sentence === 0).every((e) => e.when.date === '2025-05-12'), show(es));
  });

  test('a time inside the phrase is the event named\'s: it dates that event, the phrase the rest', () => {
    const es = coded('Hours before Gondor and Rohan signed a truce at 5 pm on Saturday, Mordor shelled Rohan.');
    assert.ok(es.some((e) => e.source.country === 'MOR' && e.when.date === '2025-05-10' && e.when.precision === 'day'), show(es));
    assert.ok(es.filter((e) => e.source.country !== 'MOR').every((e) => e.when.precision === 'hour'), show(es));
  });

  test('the phrase does not date another clause of the sentence ("condemned ... on Monday, two days after the strikes")', () => {
    const es = coded('Mordor launched air strikes on Gondor on May 8. Arnor condemned Mordor on Monday, two days after the strikes.')
      .filter((e) => e.sentence === 1);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12'), show(es));
  });

  test('the event named with no time told: the phrase dates nothing, as before', () => {
    const es = coded('A day after the talks, Mordor attacked Gondor.');
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-14' && e.when.inferred && !e.when.text), show(es));
  });
});

describe('event time: a comma-set relative clause before the verb', () => {
  test('"X, which signed a pact in September, had urged ...": the September is the signing\'s, not the appeal\'s', () => {
    const es = coded('Arnor, which signed a defence pact with Gondor in September, had urged Rohan to show restraint.');
    assert.ok(es.some((e) => e.cameo === '057' && e.when.date === '2024-09-01'), show(es));
    const appeal = es.filter((e) => e.cameo.startsWith('02'));
    assert.ok(appeal.length > 0 && appeal.every((e) => e.when.date === '2025-05-14'), show(es));
  });
});

describe('event time: a subordinate clause closed before the verb', () => {
  test('"... after it seized the town on Monday, and Rohan said it was collecting evidence": Monday is the seizing\'s', () => {
    const es = coded('Arnor accused Mordor of abuses after it seized the town on Monday, and Rohan said it was investigating war crimes.');
    const inv = es.filter((e) => e.cameo.startsWith('09'));
    assert.ok(inv.length > 0 && inv.every((e) => e.when.date !== '2025-05-12'), show(es));
  });
  test('"the first convoys since the truce reached Rohan on Tuesday, Gondor said": "since" there is a preposition', () => {
    const es = coded('The first aid convoys since the truce reached Rohan on Tuesday, Gondor said.');
    assert.ok(es.some((e) => e.when.date === '2025-05-13'), show(es));
  });
});

describe('event time: a coordinated clause with its own subject', () => {
  test('"X denounced the attack, and the council met on Monday": Monday is the meeting\'s', () => {
    const es = coded('Gondor denounced the attack, and the Rohan council met in emergency session on Monday.');
    const den = es.filter((e) => e.cameo === '111');
    assert.ok(den.length > 0 && den.every((e) => e.when.date !== '2025-05-12'), show(es));
  });
});

describe('event time: a time before a coordinated clause with its own subject', () => {
  test('"X will free soldiers captured in July, and both sides will withdraw": July dates neither plan', () => {
    const es = coded('Under the deal, Gondor will free the soldiers captured in July, and Rohan will withdraw its troops from the border.');
    const wd = es.filter((e) => e.cameo.startsWith('087'));
    assert.ok(wd.length > 0 && wd.every((e) => !e.when.date?.includes('-07-')), show(es));
  });
});

describe('event time: "when" after a time, "then", a day scheduled for a noun', () => {
  test('"a truce agreed on Monday collapsed on Tuesday when Mordor jets struck": the strike is Tuesday\'s', () => {
    const es = coded('A truce agreed on Monday collapsed on Tuesday when Mordor army jets struck Osgiliath.').filter((e) => e.cameo.startsWith('19'));
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-13'), show(es));
  });
  test('"X struck Y on Monday. Y then attacked ...": "then" continues the day told just before', () => {
    const es = coded('Mordor army shelled Gondor on Monday. Gondorian troops then attacked Mordor positions.').filter((e) => e.sentence === 1);
    assert.ok(es.length > 0 && es.every((e) => e.when.date === '2025-05-12' && e.when.inferred), show(es));
  });
  test('"dissolved parliament and set elections for March 5": March 5 is the elections\' day, not the dissolution\'s', () => {
    const es = coded('King Elessar dissolved parliament and set elections for March 5.').filter((e) => e.cameo.startsWith('08'));
    assert.ok(es.length > 0 && es.every((e) => !e.when.date?.includes('-03-05')), show(es));
  });
});

describe('event time: the day an act named by a noun takes effect', () => {
  test('"approved sanctions on Monday, including a ban on imports from 2027": the ban is Monday\'s act', () => {
    const es = coded('Gondor approved new sanctions against Mordor on Monday, including a ban on imports of Mordor gas from 2027.').filter((e) => e.cameo.startsWith('16'));
    assert.ok(es.length > 0 && es.every((e) => !e.when.date?.startsWith('2027')), show(es));
  });
});

describe('datelines with a country after the city', () => {
  test('"GOMA, Democratic Republic of Congo, Jan 28 (Wire) —" is a dateline', () => {
    const text = 'GOMA, Democratic Republic of Congo, Jan 28 (Wire) — Rebels said they took the city on Monday.';
    const start = text.indexOf('Jan 28');
    assert.ok(isDateline(text, { start, end: start + 6 }));
  });
  test('"on Monday, Sudan, Jan 28" inside a sentence is no dateline', () => {
    const text = 'Talks resumed in the capital of Sudan, Jan 28 — a day late.';
    const start = text.indexOf('Jan 28');
    assert.ok(!isDateline(text, { start, end: start + 6 }));
  });
});
