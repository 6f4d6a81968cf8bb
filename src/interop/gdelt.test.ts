import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readGdelt } from './gdelt.js';
import { collect, gdeltLine } from './test-util.js';

const dir = mkdtempSync(join(tmpdir(), 'brink-gdelt-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('readGdelt', () => {
  test('maps a valid row to an event with its document', async () => {
    const rows = await collect(readGdelt(file('ok.CSV', gdeltLine() + '\n')));
    assert.equal(rows.length, 1);
    const { event: e, doc, line } = rows[0] ?? {};
    assert.equal(line, 1);
    assert.ok(e && doc);
    assert.equal(e.id, 'gdelt:1000001');
    assert.equal(e.cameo, '0231', 'leading zero kept');
    assert.equal(e.plover, 'REQUEST');
    assert.equal(e.quad, 1);
    assert.equal(e.goldstein, 3.4);
    assert.deepEqual(e.source, { code: 'INDMIL', country: 'IND', name: 'INDIA' });
    assert.deepEqual(e.target, { code: 'PAK', country: 'PAK', name: 'PAKISTAN' });
    assert.deepEqual(e.when, { date: '2025-05-07', precision: 'day', inferred: false });
    assert.equal(e.where?.country, 'PAK', 'FIPS PK is ISO PAK');
    assert.equal(e.where?.lat, 34.37);
    assert.equal(e.evidence, 'https://www.example.com/news/1');
    assert.deepEqual(e.span, [0, 0]);
    assert.deepEqual(e.attribution, { named: false, chain: ['example.com'], outlet: 'example.com' });
    assert.equal(e.rule, 'import.gdelt');
    assert.equal(e.gdelt?.mentions, 10);
    assert.equal(e.mentions, undefined, "Event.mentions counts merged mentions in one article, not GDELT's");
    assert.equal(e.docId, doc.id);
    assert.equal(doc.kind, 'import');
    assert.equal(doc.outlet, 'example.com');
    assert.equal(doc.published, '2025-05-07T12:00:00Z');
  });

  test('actor codes without a stated country take the first three letters unless a type code', async () => {
    const rows = await collect(
      readGdelt(
        file(
          'c.tsv',
          [
            gdeltLine({ Actor1Code: 'USAGOV', Actor1CountryCode: '' }),
            gdeltLine({
              Actor1Code: 'REB',
              Actor1CountryCode: '',
              Actor2Code: '',
              Actor2Name: '',
              Actor2CountryCode: '',
            }),
          ].join('\n'),
        ),
      ),
    );
    assert.equal(rows[0]?.event?.source.country, 'USA');
    assert.equal(rows[1]?.event?.source.country, '');
    assert.equal(rows[1]?.event?.target, null);
  });

  test('reads a zipped export the same as a plain one', async () => {
    const text =
      [gdeltLine(), gdeltLine({ GLOBALEVENTID: '1000002', EventCode: '190' })].join('\r\n') + '\r\n';
    const zip = join(dir, 'x.export.CSV.zip');
    writeFileSync(zip, zipSync({ '20250507.export.CSV': strToU8(text) }));
    const z = await collect(readGdelt(zip));
    const p = await collect(readGdelt(file('x.CSV', text)));
    assert.equal(z.length, 2);
    assert.deepEqual(
      z.map((r) => r.event?.cameo),
      ['0231', '190'],
    );
    assert.deepEqual(
      z.map((r) => r.event),
      p.map((r) => r.event),
    );
  });

  test('streams a zip larger than one read chunk, deflated and stored', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++)
      lines.push(gdeltLine({ GLOBALEVENTID: String(i + 1), SOURCEURL: `https://site.example/${i}` }));
    const data = strToU8(lines.join('\n') + '\n');
    for (const level of [6, 0] as const) {
      const zip = join(dir, `big-${level}.zip`);
      writeFileSync(zip, zipSync({ 'big.CSV': [data, { level }] }));
      const rows = await collect(readGdelt(zip));
      assert.equal(rows.length, 4000);
      assert.equal(rows.filter((r) => r.error).length, 0);
      assert.equal(rows[3999]?.line, 4000);
      assert.equal(rows[3999]?.event?.id, 'gdelt:4000');
    }
  });

  test('a corrupt zip is READ_FAILED', async () => {
    const zip = join(dir, 'bad.zip');
    const good = zipSync({ 'a.CSV': strToU8(gdeltLine().repeat(200)) });
    const broken = good.slice(0, 60);
    for (let i = 40; i < 60; i++) broken[i] = 0xff;
    writeFileSync(zip, broken);
    await assert.rejects(collect(readGdelt(zip)), { code: 'READ_FAILED' });
  });

  test('reports malformed rows by line and keeps the rest', async () => {
    const lines = [
      gdeltLine({ GLOBALEVENTID: '1' }),
      gdeltLine().split('\t').slice(0, 57).join('\t'),
      gdeltLine({ GLOBALEVENTID: '3', SQLDATE: '20250231' }),
      gdeltLine({ GLOBALEVENTID: '4', EventCode: 'XYZ' }),
      gdeltLine({ GLOBALEVENTID: '5', ActionGeo_Lat: 'north' }),
      '',
      gdeltLine({ GLOBALEVENTID: '7' }),
    ];
    const rows = await collect(readGdelt(file('bad.CSV', lines.join('\n'))));
    assert.deepEqual(
      rows.filter((r) => r.event).map((r) => [r.line, r.event?.id]),
      [
        [1, 'gdelt:1'],
        [7, 'gdelt:7'],
      ],
    );
    const errs = rows.filter((r) => r.error).map((r) => [r.line, r.error?.code, r.error?.item]);
    assert.deepEqual(errs, [
      [2, 'BAD_REQUEST', 'bad.CSV:2'],
      [3, 'BAD_DATE', 'bad.CSV:3'],
      [4, 'UNKNOWN_CODE', 'bad.CSV:4'],
      [5, 'BAD_REQUEST', 'bad.CSV:5'],
    ]);
    assert.match(rows[1]?.error?.message ?? '', /61 .*57/);
  });

  test('a file of another shape stops after 20 bad lines with one UNKNOWN_FORMAT', async () => {
    const other = Array.from({ length: 500 }, (_, i) => `${i}\t20250507\thttps://x.example/${i}`).join('\n');
    const rows = await collect(readGdelt(file('mentions.CSV', other)));
    assert.equal(rows.length, 21);
    assert.equal(rows[20]?.error?.code, 'UNKNOWN_FORMAT');
    assert.equal(rows[20]?.error?.item, 'mentions.CSV:21');
  });

  test('reads from a stream and names it', async () => {
    async function* chunks() {
      const s = gdeltLine() + '\n' + gdeltLine({ GLOBALEVENTID: '9' });
      for (let i = 0; i < s.length; i += 7) yield Buffer.from(s.slice(i, i + 7));
    }
    const rows = await collect(readGdelt(chunks(), { name: 'stdin' }));
    assert.deepEqual(
      rows.map((r) => r.event?.id),
      ['gdelt:1000001', 'gdelt:9'],
    );
  });

  test('a missing file is NOT_FOUND', async () => {
    await assert.rejects(collect(readGdelt(join(dir, 'none.CSV'))), { code: 'NOT_FOUND' });
  });
});
