import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../../engine/paths.js';
import { applyEntry, countryZone, defaultZones, formatOffset, pickAbbr } from './zones.js';
import { addDays, dstActive, mondayOf, toUtc, weekday, weekdayAfter, weekdayOnOrBefore } from './calendar.js';

describe('data/time/zones.json', () => {
  test('has the envelope and valid entries', () => {
    const raw = JSON.parse(readFileSync(resolve(DATA_DIR, 'time', 'zones.json'), 'utf8')) as Record<string, unknown>;
    assert.match(String(raw.version), /^\d{4}\.\d{2}\.\d+$/);
    assert.ok(typeof raw.description === 'string' && Array.isArray(raw.sources));
    const entries = raw.entries as Array<Record<string, unknown>>;
    assert.ok(entries.length >= 40);
    for (const e of entries) {
      assert.match(String(e.abbr), /^[A-Z]{1,5}$/);
      const off = e.offsetMinutes as number;
      assert.ok(Number.isInteger(off) && off >= -720 && off <= 840 && off % 15 === 0, `offset of ${String(e.abbr)}`);
      for (const c of e.countries as string[]) assert.match(c, /^[A-Z]{3}$/);
      for (const n of e.names as string[]) assert.ok(n.length > 2);
    }
  });

  test('covers the abbreviations news uses', () => {
    const z = defaultZones();
    for (const a of ['IST', 'PKT', 'PST', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'PT', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'IDT', 'IRST', 'GST', 'AST', 'ICT', 'WIB', 'SGT', 'MYT', 'HKT', 'JST', 'KST', 'CAT', 'EAT', 'WAT', 'SAST', 'AEST', 'AEDT', 'NPT', 'BDT', 'AFT']) {
      assert.ok(z.byAbbr.has(a), a);
    }
  });
});

describe('zone resolution', () => {
  const z = defaultZones();
  test('ambiguous abbreviations follow the article\'s countries, else the first entry', () => {
    assert.equal(pickAbbr(z, 'IST', [])!.offsetMinutes, 330);
    assert.equal(pickAbbr(z, 'IST', ['ISR'])!.offsetMinutes, 120);
    assert.equal(pickAbbr(z, 'IST', ['IRL'])!.offsetMinutes, 60);
    assert.equal(pickAbbr(z, 'IST', ['USA', 'IRL', 'ISR'])!.offsetMinutes, 60);
    assert.equal(pickAbbr(z, 'AST', ['CAN'])!.offsetMinutes, -240);
    assert.equal(pickAbbr(z, 'BST', ['BGD'])!.offsetMinutes, 360);
    assert.equal(pickAbbr(z, 'XYZ', []), null);
  });

  test('country local time with daylight saving', () => {
    assert.deepEqual(countryZone(z, 'IND', '2025-05-10'), { zone: 'IST', offsetMinutes: 330 });
    assert.deepEqual(countryZone(z, 'ISR', '2025-05-10'), { zone: 'IDT', offsetMinutes: 180 });
    assert.deepEqual(countryZone(z, 'ISR', '2025-01-10'), { zone: 'IST', offsetMinutes: 120 });
    assert.deepEqual(countryZone(z, 'GBR', '2025-07-01'), { zone: 'BST', offsetMinutes: 60 });
    assert.deepEqual(countryZone(z, 'GHA', '2025-07-01'), { zone: 'GMT', offsetMinutes: 0 });
    assert.deepEqual(countryZone(z, 'UKR', '2025-07-01'), { zone: 'EEST', offsetMinutes: 180 });
    assert.deepEqual(countryZone(z, 'USA', '2025-12-01'), { zone: 'ET', offsetMinutes: -300 });
    assert.deepEqual(countryZone(z, 'AUS', '2025-12-01'), { zone: 'AEDT', offsetMinutes: 660 });
    assert.equal(countryZone(z, 'ATA', '2025-12-01'), null);
  });

  test('a stated fixed abbreviation ignores the season; a seasonal one does not', () => {
    assert.equal(applyEntry(pickAbbr(z, 'EST', ['USA'])!, '2025-07-01').offsetMinutes, -300);
    assert.equal(applyEntry(pickAbbr(z, 'ET', ['USA'])!, '2025-07-01').offsetMinutes, -240);
    assert.equal(applyEntry(pickAbbr(z, 'GMT', [])!, '2025-07-01').offsetMinutes, 0);
  });

  test('formatOffset', () => {
    assert.equal(formatOffset(330), '+05:30');
    assert.equal(formatOffset(-240), '-04:00');
    assert.equal(formatOffset(345), '+05:45');
  });
});

describe('calendar', () => {
  test('weekday arithmetic is independent of the process zone', () => {
    assert.equal(weekday('2025-05-11'), 0);
    assert.equal(weekdayOnOrBefore('2025-05-11', 5), '2025-05-09');
    assert.equal(weekdayOnOrBefore('2025-05-09', 5), '2025-05-09');
    assert.equal(weekdayAfter('2025-05-09', 5), '2025-05-16');
    assert.equal(mondayOf('2025-05-11'), '2025-05-05');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(toUtc('2025-05-10', 17, 0, 330), '2025-05-10T11:30:00Z');
    assert.equal(toUtc('2025-05-10', 2, 0, 330), '2025-05-09T20:30:00Z');
  });

  test('DST rules switch on the right days', () => {
    assert.equal(dstActive('us', '2025-03-08'), false);
    assert.equal(dstActive('us', '2025-03-09'), true);
    assert.equal(dstActive('us', '2025-11-02'), false);
    assert.equal(dstActive('eu', '2025-03-30'), true);
    assert.equal(dstActive('eu', '2025-03-29'), false);
    assert.equal(dstActive('eu', '2025-10-26'), false);
    assert.equal(dstActive('israel', '2025-03-28'), true);
    assert.equal(dstActive('au', '2025-10-05'), true);
    assert.equal(dstActive('au', '2025-06-01'), false);
  });
});
