import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ceasefireStatus, mergeCeasefires, type CeasefireClaim } from './ceasefires.js';
import { ev } from './fixtures.test-util.js';

const claim = (docId: string, eff: string | undefined, extra: Partial<CeasefireClaim> = {}): CeasefireClaim => ({
  docId, parties: ['ARN', 'GON'], mediators: [], date: '2024-03-08', announcedBy: [], statements: [], evidence: [`truce ${docId}`],
  ...(eff ? { effectiveUtc: eff } : {}), ...extra,
});

test('claims from several articles about the same truce merge into one record', () => {
  const recs = mergeCeasefires([
    claim('d1', '2024-03-08T12:00:00Z', { mediators: ['ROH'], announcedBy: [{ name: 'King Elessar' }] }),
    claim('d2', '2024-03-08T12:00:00Z', { parties: ['GON', 'ARN'] }),
    claim('d3', undefined, { announcedBy: [{ name: 'Steward Faramir' }] }),
    claim('d4', '2024-06-01T00:00:00Z'), // a later, different truce
  ]);
  assert.equal(recs.length, 2);
  const first = recs[0]!;
  assert.deepEqual(first.parties, ['ARN', 'GON']);
  assert.deepEqual(first.mediators, ['ROH']);
  assert.equal(first.effectiveUtc, '2024-03-08T12:00:00Z');
  assert.deepEqual(first.docIds.sort(), ['d1', 'd2', 'd3']);
  assert.equal(first.announcedBy.length, 2);
  assert.equal(first.disagreements.length, 0);
});

test('different effective times and denials are flagged as disagreements', () => {
  const [rec] = mergeCeasefires([
    claim('d1', '2024-03-08T12:00:00Z'),
    claim('d2', '2024-03-08T13:00:00Z', { statements: [{ party: 'GON', kind: 'deny', evidence: 'Gondor denied agreeing to any truce' }] }),
  ]);
  assert.ok(rec);
  assert.deepEqual(rec.disagreements.map((d) => d.kind).sort(), ['denial', 'effective-time']);
});

test('extensions set extendedUntil (the latest wins)', () => {
  const [rec] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z'), claim('d2', '2024-03-08T12:00:00Z', { extendedUntil: '2024-03-15' }), claim('d3', '2024-03-08T12:00:00Z', { extendedUntil: '2024-03-12' })]);
  assert.equal(rec?.extendedUntil, '2024-03-15');
});

test('status: announced → in effect → violated → holding', () => {
  const [rec] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z')]);
  assert.ok(rec);
  const events = [
    ev('2024-03-08', 'ARNMIL', 'GONMIL', '190', -10, { utc: '2024-03-08T06:00:00Z' }), // before
    ev('2024-03-08', 'GONMIL', 'ARNMIL', '194', -10, { utc: '2024-03-08T20:00:00Z' }), // violation that night
    ev('2024-03-09', 'ARNGOV', 'GONGOV', '112', -2), // accusation, kept apart
  ];
  assert.equal(ceasefireStatus(rec, events, '2024-03-08T10:00:00Z').status, 'announced');
  assert.equal(ceasefireStatus(rec, events, '2024-03-08T15:00:00Z').status, 'in-effect');
  const v = ceasefireStatus(rec, events, '2024-03-09T12:00:00Z');
  assert.equal(v.status, 'violated');
  assert.equal(v.incidents.length, 1);
  assert.equal(v.accusations.length, 1);
  const h = ceasefireStatus(rec, events, '2024-03-14T00:00:00Z');
  assert.equal(h.status, 'holding');
  assert.deepEqual(h.history.map((x) => x.status), ['in-effect', 'violated', 'holding']);
});

test('status: sustained fighting on three days within a week is a collapse', () => {
  const [rec] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z')]);
  assert.ok(rec);
  const events = ['2024-03-09', '2024-03-11', '2024-03-13'].map((d) => ev(d, 'ARNMIL', 'GONMIL', '190', -10));
  assert.equal(ceasefireStatus(rec, events, '2024-03-20T00:00:00Z').status, 'collapsed');
});

test('an internal conflict: government and an armed group of the same country are distinct parties', () => {
  const [rec] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z', { parties: ['ARN', 'ARNREB'] })]);
  assert.ok(rec);
  const events = [
    ev('2024-03-09', 'ARNREB', 'ARNMIL', '190', -10), // rebels attack the army: a violation
    ev('2024-03-09', 'ARNMIL', 'ARNCOP', '190', -10), // within the government side: not between the parties
  ];
  const s = ceasefireStatus(rec, events, '2024-03-09T23:00:00Z');
  assert.equal(s.incidents.length, 1);
  assert.equal(s.status, 'violated');
});

test('status: a truce reported to have run its term is expired, not collapsed, from the time stated', () => {
  const [rec] = mergeCeasefires([
    claim('d1', '2024-03-08T12:00:00Z'),
    claim('d2', undefined, { date: '2024-04-08', followUp: true, statements: [{ party: 'ARN+GON', kind: 'expire', statedTime: '2024-04-07T22:00:00Z', evidence: 'The truce between Arnor and Gondor expired at midnight.' }] }),
  ]);
  assert.ok(rec);
  assert.equal(rec.expiredAt, '2024-04-07T22:00:00Z');
  assert.deepEqual(rec.docIds, ['d1', 'd2']);
  assert.equal(ceasefireStatus(rec, [], '2024-04-01T00:00:00Z').status, 'holding', 'not expired before the expiry');
  const s = ceasefireStatus(rec, [ev('2024-03-09', 'ARNMIL', 'GONMIL', '190', -10)], '2024-04-10T00:00:00Z');
  assert.equal(s.status, 'expired');
  assert.deepEqual(s.history.map((h) => h.status), ['in-effect', 'violated', 'expired']);
  assert.equal(s.history.at(-1)?.from, '2024-04-07T22:00:00Z');
});

test('status: an extension past the expiry renews the truce; an earlier collapse wins over a later expiry', () => {
  const expire = { party: 'ARN+GON', kind: 'expire' as const, statedTime: '2024-03-20', evidence: 'the truce lapsed' };
  const [renewed] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z', { statements: [expire], extendedUntil: '2024-04-20' })]);
  assert.equal(ceasefireStatus(renewed!, [], '2024-03-25T00:00:00Z').status, 'holding');
  const fighting = ['2024-03-09', '2024-03-10', '2024-03-11'].map((d) => ev(d, 'ARNMIL', 'GONMIL', '190', -10));
  const [broken] = mergeCeasefires([claim('d1', '2024-03-08T12:00:00Z', { statements: [expire] })]);
  assert.equal(ceasefireStatus(broken!, fighting, '2024-03-25T00:00:00Z').status, 'collapsed');
});

test('status: a reported collapse or expiry counts when no effective instant is known', () => {
  const [rec] = mergeCeasefires([
    claim('d1', undefined, { date: '2024-03-08' }),
    claim('d2', undefined, { date: '2024-08-20', followUp: true, statements: [{ party: 'ARN+GON', kind: 'collapse', evidence: 'fighting resumed, ending a five-month truce' }] }),
  ]);
  assert.ok(rec);
  const s = ceasefireStatus(rec, [], '2024-09-01T00:00:00Z');
  assert.equal(s.status, 'collapsed');
  assert.deepEqual(s.history, [{ status: 'in-effect', from: '2024-03-08' }, { status: 'collapsed', from: '2024-08-20' }]);
  const [followUpOnly] = mergeCeasefires([claim('d2', undefined, { date: '2024-08-20', followUp: true, statements: [{ party: 'ARN+GON', kind: 'collapse', evidence: 'ended' }] })]);
  assert.deepEqual(ceasefireStatus(followUpOnly!, [], '2024-09-01T00:00:00Z').history, [{ status: 'collapsed', from: '2024-08-20' }]);
});

test('without an instant a truce is in effect from the day stated, else from the day first reported agreed; later days count', () => {
  const [rec] = mergeCeasefires([claim('d1', undefined, { date: '2024-03-08' }), claim('d2', undefined, { date: '2024-03-20', followUp: true })]);
  assert.ok(rec);
  assert.equal(rec.agreedDate, '2024-03-08');
  assert.equal(rec.effectiveDate, undefined);
  const sameDay = ev('2024-03-08', 'ARNMIL', 'GONMIL', '190', -10);
  assert.equal(ceasefireStatus(rec, [sameDay], '2024-03-09T12:00:00Z').status, 'in-effect', 'the day of the agreement is ambiguous');
  assert.equal(ceasefireStatus(rec, [sameDay, ev('2024-03-09', 'GONMIL', 'ARNMIL', '190', -10)], '2024-03-10T00:00:00Z').status, 'violated');
  assert.equal(ceasefireStatus(rec, [], '2024-03-20T00:00:00Z').status, 'holding');
});

test('claims that give the start only to the day join the record of the same start; the sources are listed in date order', () => {
  const recs = mergeCeasefires([
    claim('d1', '2024-03-08T12:00:00Z', { date: '2024-03-08', outlet: 'Minas Tirith Herald' }),
    claim('d0', undefined, { date: '2024-03-05', effectiveDate: '2024-03-08', outlet: 'Bree Courier' }), // "takes effect on Friday", said three days before
    claim('d2', undefined, { date: '2024-04-20', effectiveDate: '2024-04-21' }), // a later truce of the same pair
  ]);
  assert.equal(recs.length, 2);
  const [first, later] = recs.sort((a, b) => a.docIds.length - b.docIds.length).reverse();
  assert.deepEqual(first?.sources, [{ docId: 'd0', outlet: 'Bree Courier', date: '2024-03-05' }, { docId: 'd1', outlet: 'Minas Tirith Herald', date: '2024-03-08' }]);
  assert.equal(later?.effectiveDate, '2024-04-21');
  assert.equal(ceasefireStatus(later!, [], '2024-04-21T12:00:00Z').status, 'announced', 'before the end of its first day');
});

test('a truce agreed after an article reported the last one ended is a new record, even within 30 days', () => {
  const collapse = { party: 'ARN+GON', kind: 'collapse' as const, evidence: 'the truce collapsed' };
  const recs = mergeCeasefires([
    claim('d1', undefined, { date: '2024-03-01' }),
    claim('d2', undefined, { date: '2024-03-10', followUp: true, statements: [collapse] }),
    claim('d3', undefined, { date: '2024-03-20' }), // a new truce
    claim('d4', undefined, { date: '2024-03-22', followUp: true }), // speaks of the new one
  ]);
  assert.deepEqual(recs.map((r) => r.docIds.sort()).sort(), [['d1', 'd2'], ['d3', 'd4']]);
});

test('status: past the end it was given ("until midnight on Sunday") with no extension, a truce is expired from that end; fighting after it is no incident', () => {
  const until = { party: 'ARN+GON', kind: 'until' as const, statedTime: '2031-03-09T21:00:00Z', evidence: 'a truce until midnight on Sunday' };
  const [rec] = mergeCeasefires([claim('d1', '2031-03-08T16:00:00Z', { date: '2031-03-07', statements: [until] })]);
  assert.ok(rec);
  assert.equal(rec.until, '2031-03-09T21:00:00Z');
  const events = [
    ev('2031-03-09', 'ARNMIL', 'GONMIL', '190', -10, { utc: '2031-03-09T10:00:00Z' }), // during the truce: a violation
    ev('2031-03-10', 'GONMIL', 'ARNMIL', '190', -10, { utc: '2031-03-10T06:00:00Z' }), // after its end
    ev('2031-03-11', 'GONMIL', 'ARNMIL', '190', -10),
  ];
  assert.equal(ceasefireStatus(rec, events, '2031-03-09T12:00:00Z').status, 'violated', 'before its end');
  const s = ceasefireStatus(rec, events, '2031-03-12T00:00:00Z');
  assert.equal(s.status, 'expired');
  assert.deepEqual(s.history, [{ status: 'in-effect', from: '2031-03-08T16:00:00Z' }, { status: 'violated', from: '2031-03-09T10:00:00Z' }, { status: 'expired', from: '2031-03-09T21:00:00Z' }]);
  assert.equal(s.incidents.length, 1, 'fighting after the end breaks no truce (three days of it would otherwise be a collapse)');
});

test('status: an end stated to the day ("through Sunday") is reached as the next day begins; the latest end stated wins', () => {
  const until = (d: string) => ({ party: 'ARN+GON', kind: 'until' as const, statedTime: d, evidence: `a truce through ${d}` });
  const [rec] = mergeCeasefires([claim('d1', '2031-03-08T16:00:00Z', { statements: [until('2031-03-09')] }), claim('d2', '2031-03-08T16:00:00Z', { statements: [until('2031-03-08T21:00:00Z')] })]);
  assert.equal(rec?.until, '2031-03-09');
  assert.equal(ceasefireStatus(rec!, [], '2031-03-09T23:00:00Z').status, 'in-effect');
  assert.deepEqual(ceasefireStatus(rec!, [], '2031-03-10T01:00:00Z').history.at(-1), { status: 'expired', from: '2031-03-10' });
});

test('status: an extension past the stated end renews the truce until the extension ends', () => {
  const until = { party: 'ARN+GON', kind: 'until' as const, statedTime: '2031-03-09T21:00:00Z', evidence: 'a truce until midnight on Sunday' };
  const [rec] = mergeCeasefires([claim('d1', '2031-03-08T16:00:00Z', { statements: [until] }), claim('d2', '2031-03-08T16:00:00Z', { extendedUntil: '2031-03-16' })]);
  assert.ok(rec);
  assert.equal(ceasefireStatus(rec, [], '2031-03-12T00:00:00Z').status, 'holding');
  assert.deepEqual(ceasefireStatus(rec, [], '2031-03-18T00:00:00Z').history.at(-1), { status: 'expired', from: '2031-03-17' });
  // no end stated: no expiry invented
  const [open] = mergeCeasefires([claim('d3', '2031-03-08T16:00:00Z')]);
  assert.equal(ceasefireStatus(open!, [], '2031-06-01T00:00:00Z').status, 'holding');
});

test('status: an article on or after the stated end that reports no end of the truce ("no expiry date; it has held") keeps it in effect', () => {
  const [rec] = mergeCeasefires([
    claim('d1', '2031-03-08T16:00:00Z'),
    claim('d2', '2031-03-08T16:00:00Z', { date: '2031-03-12', extendedUntil: '2031-03-15' }),
    claim('d3', '2031-03-08T16:00:00Z', { date: '2031-03-15' }),
  ]);
  assert.ok(rec);
  assert.equal(ceasefireStatus(rec, [], '2031-04-01T00:00:00Z').status, 'holding');
});

test('a truce one side accepted: accepted-by-one-side, fighting is no violation; a later article of both agreeing wins', () => {
  const oneSide = claim('d1', undefined, { date: '2031-05-08', acceptedBy: ['ARN'], evidence: ['Arnor said it had agreed to the truce; Gondor rejected it'] });
  const [rec] = mergeCeasefires([oneSide]);
  assert.ok(rec);
  assert.deepEqual(rec.acceptedBy, ['ARN']);
  assert.equal(rec.agreedDate, undefined);
  const fighting = [ev('2031-05-10', 'GONMIL', 'ARNMIL', '194', -10), ev('2031-05-11', 'ARNGOV', 'GONGOV', '112', -2)];
  const s = ceasefireStatus(rec, fighting, '2031-05-12T00:00:00Z');
  assert.equal(s.status, 'accepted-by-one-side');
  assert.equal(s.incidents.length, 0, 'no truce in force: fighting breaks none');
  assert.deepEqual(s.history, [{ status: 'accepted-by-one-side', from: '2031-05-08' }]);

  // a week later an article tells both sides agreeing: one truce, agreed from that day
  const both = claim('d2', undefined, { date: '2031-05-15' });
  const merged = mergeCeasefires([oneSide, both]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.acceptedBy, undefined);
  assert.equal(merged[0]!.agreedDate, '2031-05-15');
  assert.deepEqual(merged[0]!.docIds.sort(), ['d1', 'd2']);
  assert.equal(ceasefireStatus(merged[0]!, [], '2031-05-16T12:00:00Z').status, 'in-effect');
  const later = [ev('2031-05-17', 'GONMIL', 'ARNMIL', '194', -10)];
  assert.equal(ceasefireStatus(merged[0]!, later, '2031-05-17T12:00:00Z').status, 'violated');
});

test('each side accepting in turn, in two articles, is agreed from the day the last side accepted', () => {
  const recs = mergeCeasefires([
    claim('d1', undefined, { date: '2031-05-08', acceptedBy: ['ARN'] }),
    claim('d2', undefined, { date: '2031-05-10', acceptedBy: ['GON'] }),
  ]);
  assert.equal(recs.length, 1);
  assert.equal(recs[0]!.acceptedBy, undefined);
  assert.equal(recs[0]!.agreedDate, '2031-05-10');
  assert.equal(ceasefireStatus(recs[0]!, [], '2031-05-11T12:00:00Z').status, 'in-effect');
});

test('a one-sided truce reported collapsed is collapsed', () => {
  const [rec] = mergeCeasefires([
    claim('d1', undefined, { date: '2031-05-08', acceptedBy: ['ARN'] }),
    claim('d2', undefined, { date: '2031-05-20', followUp: true, statements: [{ party: 'ARN+GON', kind: 'collapse', evidence: 'the truce collapsed' }] }),
  ]);
  assert.ok(rec);
  const s = ceasefireStatus(rec, [], '2031-05-21T00:00:00Z');
  assert.equal(s.status, 'collapsed');
  assert.deepEqual(s.history.map((h) => h.status), ['accepted-by-one-side', 'collapsed']);
});

test('an earlier truce an article tells ended beside the truce it reports agreed is a record of its own, and ends neither that truce nor its later reports', () => {
  const older = { followUp: true, statements: [{ party: 'ARN+GON', kind: 'collapse' as const, evidence: 'A 72-hour truce agreed on Wednesday broke down on Friday' }] };
  const recs = mergeCeasefires([
    claim('a', undefined, { date: '2024-03-06' }), // the 72-hour truce reported agreed
    claim('b', undefined, { date: '2024-03-11' }), // a new truce agreed ...
    claim('b', undefined, { date: '2024-03-11', ...older }), // ... and the 72-hour one told broken down
    claim('c', undefined, { date: '2024-03-13', followUp: true }), // "the ceasefire appeared to hold"
  ]);
  assert.equal(recs.length, 2);
  assert.equal(new Set(recs.map((r) => r.id)).size, 2);
  const old = recs.find((r) => r.docIds.includes('a'))!;
  const agreed = recs.find((r) => r.docIds.includes('c'))!;
  assert.notEqual(old, agreed);
  assert.deepEqual(old.docIds.sort(), ['a', 'b']);
  assert.deepEqual(agreed.docIds.sort(), ['b', 'c']);
  assert.ok(old.statements.some((s) => s.kind === 'collapse'));
  assert.ok(!agreed.statements.some((s) => s.kind === 'collapse'));
  assert.equal(ceasefireStatus(agreed, [], '2024-03-14T00:00:00Z').status, 'in-effect');
  assert.equal(ceasefireStatus(old, [], '2024-03-14T00:00:00Z').status, 'collapsed');
  // (alone, the article's two truces are two records with distinct ids)
  const alone = mergeCeasefires([claim('b', undefined, { date: '2024-03-11' }), claim('b', undefined, { date: '2024-03-11', ...older })]);
  assert.equal(alone.length, 2);
  assert.deepEqual(alone.map((r) => r.id), ['cf:ARN+GON:2024-03-11', 'cf:ARN+GON:2024-03-11:2']);
});
