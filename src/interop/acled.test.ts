import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readAcled } from './acled.js';
import { acledActor } from './acled-actors.js';
import { ACLED_HEADER, acledRow, collect } from './test-util.js';

const dir = mkdtempSync(join(tmpdir(), 'brink-acled-'));

function file(name: string, rows: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, [ACLED_HEADER.join(','), ...rows].join('\n') + '\n');
  return p;
}

describe('readAcled', () => {
  test('maps a record to a coded event', async () => {
    const rows = await collect(readAcled(file('ok.csv', [acledRow()])));
    assert.equal(rows.length, 1);
    const { event: e, doc, line } = rows[0] ?? {};
    assert.equal(line, 2);
    assert.ok(e && doc);
    assert.equal(e.id, 'acled:IND1001');
    assert.equal(e.cameo, '194');
    assert.equal(e.plover, 'ASSAULT');
    assert.equal(e.quad, 4);
    assert.deepEqual(e.source, {
      code: 'PAKMIL',
      country: 'PAK',
      name: 'Military Forces of Pakistan (2024-)',
    });
    assert.deepEqual(e.target, { code: 'INDCVL', country: 'IND', name: 'Civilians (India)' });
    assert.deepEqual(e.when, { date: '2025-05-07', precision: 'day', inferred: false });
    assert.equal(e.where?.country, 'IND');
    assert.equal(e.where?.lat, 33.77);
    assert.match(e.evidence, /shelling hit a village/);
    assert.deepEqual(e.attribution?.chain, ['Newspaper A', 'Newspaper B']);
    assert.equal(e.acled?.fatalities, 3);
    assert.equal(doc.outlet, 'Newspaper A; Newspaper B');
    assert.equal(doc.published, '2025-05-07');
    assert.equal(e.docId, doc.id);
  });

  test('quoted fields with commas and newlines; line numbers of the record start', async () => {
    const rows = await collect(
      readAcled(
        file('q.csv', [
          acledRow({ event_id_cnty: 'A1', notes: 'Line one, with comma\nline two "quoted"' }),
          acledRow({ event_id_cnty: 'A2', event_date: '01 May 2025', time_precision: '2' }),
        ]),
      ),
    );
    assert.deepEqual(
      rows.map((r) => [r.line, r.event?.id]),
      [
        [2, 'acled:A1'],
        [4, 'acled:A2'],
      ],
    );
    assert.equal(rows[0]?.event?.evidence, 'Line one, with comma\nline two "quoted"');
    assert.deepEqual(rows[1]?.event?.when, { date: '2025-05-01', precision: 'week', inferred: false });
  });

  test('bad rows are reported with their line and skipped', async () => {
    const rows = await collect(
      readAcled(
        file('bad.csv', [
          acledRow({ event_id_cnty: 'B1' }),
          acledRow({ event_id_cnty: 'B2', event_date: '31 Feb 2025' }),
          acledRow({ event_id_cnty: 'B3', event_type: 'Picnics', sub_event_type: 'Lunch' }),
          acledRow({ event_id_cnty: 'B4', latitude: 'abc' }),
          'B5,2025-05-07,2025,1',
          acledRow({ event_id_cnty: 'B6' }),
        ]),
      ),
    );
    assert.deepEqual(
      rows.filter((r) => r.event).map((r) => r.event?.id),
      ['acled:B1', 'acled:B6'],
    );
    assert.deepEqual(
      rows.filter((r) => r.error).map((r) => [r.line, r.error?.code, r.error?.item]),
      [
        [3, 'BAD_DATE', 'bad.csv:3'],
        [4, 'UNKNOWN_CODE', 'bad.csv:4'],
        [5, 'BAD_REQUEST', 'bad.csv:5'],
        [6, 'BAD_REQUEST', 'bad.csv:6'],
      ],
    );
  });

  test('fatal attacks on civilians use the killing code', async () => {
    const base = { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
    const rows = await collect(
      readAcled(
        file('f.csv', [
          acledRow({ ...base, event_id_cnty: 'F1', fatalities: '0' }),
          acledRow({ ...base, event_id_cnty: 'F2', fatalities: '2' }),
        ]),
      ),
    );
    assert.deepEqual(
      rows.map((r) => r.event?.cameo),
      ['182', '1823'],
    );
  });

  test('reads a zipped export and skips a BOM', async () => {
    const p = join(dir, 'z.zip');
    writeFileSync(
      p,
      zipSync({
        'acled.csv': strToU8('\ufeff' + [ACLED_HEADER.join(','), acledRow()].join('\r\n') + '\r\n'),
      }),
    );
    const rows = await collect(readAcled(p));
    assert.deepEqual(
      rows.map((r) => [r.line, r.event?.id]),
      [[2, 'acled:IND1001']],
    );
  });

  test('a missing file is NOT_FOUND', async () => {
    await assert.rejects(collect(readAcled(join(dir, 'none.csv'))), { code: 'NOT_FOUND' });
  });

  test('a file without ACLED columns is one error', async () => {
    const p = join(dir, 'other.csv');
    writeFileSync(p, 'a,b\n1,2\n');
    const rows = await collect(readAcled(p));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.error?.code, 'BAD_REQUEST');
  });
});

describe('acledActor', () => {
  test('codes country and sector from the name, else from the event country and inter code', () => {
    assert.equal(acledActor('Police Forces of India (2014-)', '1', 'PAK')?.code, 'INDCOP');
    assert.equal(acledActor('Government of Sudan (2019-2023)', '1', '')?.code, 'SDNGOV');
    assert.equal(acledActor('Protesters (Kenya)', '6', '')?.code, 'KENCVL');
    assert.equal(acledActor('Unidentified Armed Group (Nigeria)', '3', '')?.code, 'NGAUAF');
    assert.equal(acledActor('Rioters', '5', 'IND')?.code, 'INDCVL');
    assert.equal(acledActor('Fulani Ethnic Militia (Nigeria)', '4', '')?.code, 'NGAREB');
    assert.equal(acledActor('Some Liberation Front', '', 'MLI')?.code, 'MLIREB');
    assert.equal(acledActor('Unnamed group', 'Political militia', 'SOM')?.code, 'SOMREB');
    assert.equal(acledActor('Police Forces of Pakistan (2024-) Punjab Police', '1', 'IND')?.code, 'PAKCOP');
    assert.equal(
      acledActor('Military Forces of the Democratic Republic of Congo (2019-)', '1', '')?.code,
      'CODMIL',
    );
    assert.equal(acledActor('', '', 'IND'), null);
  });

  test('organizations of the dictionary keep their codes', () => {
    assert.deepEqual(acledActor('UN: United Nations', '8', 'SSD'), {
      code: 'IGOUNO',
      country: 'IGO',
      actorId: 'un',
      name: 'UN: United Nations',
    });
  });
});
