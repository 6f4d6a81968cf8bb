import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { Command } from 'commander';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { harness, pgSkip } from '../../store/test-fixtures.js';
import type { Store } from '../../store/types.js';
import { ACLED_HEADER, acledRow, gdeltLine } from '../../interop/test-util.js';
import registerImport, { importFiles } from './import.js';
import registerExport, { exportTo, filterOf } from './export.js';

const dir = mkdtempSync(join(tmpdir(), 'brink-import-'));
let store: Store;

async function exportText(
  format: Parameters<typeof exportTo>[1],
  flags: Parameters<typeof filterOf>[0],
): Promise<{ text: string; n: number }> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (c: Buffer) => parts.push(c));
  const n = await exportTo(store, format, filterOf(flags), out);
  out.end();
  return { text: Buffer.concat(parts).toString('utf8'), n };
}

function storeSuite(kind: 'sqlite' | 'postgres', skip: false | string): void {
  describe(`brink import / export against ${kind}`, { skip }, () => {
    const h = harness(kind);
    before(async () => {
      store = await h.open();
    });
    after(async () => {
      await store.close();
      await h.dispose();
    });

    test('imports GDELT rows, skipping bad ones, grouping by source URL across batches', async () => {
      const p = join(dir, 'g.CSV');
      writeFileSync(
        p,
        [
          gdeltLine({ GLOBALEVENTID: '11', SOURCEURL: 'https://a.example/1' }),
          gdeltLine({
            GLOBALEVENTID: '12',
            SOURCEURL: 'https://b.example/2',
            EventCode: '190',
            QuadClass: '4',
            GoldsteinScale: '-10',
          }),
          gdeltLine({ GLOBALEVENTID: '13', SOURCEURL: 'https://a.example/1', SQLDATE: '2025-05-07' }),
          gdeltLine({ GLOBALEVENTID: '14', SOURCEURL: 'https://a.example/1', EventCode: '042' }),
        ].join('\n'),
      );
      const problems: string[] = [];
      const s = await importFiles(store, 'gdelt', [p, join(dir, 'missing.CSV')], {
        batch: 1,
        onProblem: (l) => problems.push(l),
      });
      assert.deepEqual(s, {
        files: 2,
        rows: 4,
        stored: 3,
        skipped: 1,
        documents: 2,
        failed: 0,
        unreadable: 1,
      });
      assert.match(problems[0] ?? '', /BAD_DATE g\.CSV:3/);
      assert.match(problems[1] ?? '', /NOT_FOUND/);
      const a = await store.events.query({ source: 'IND', limit: 100 });
      assert.deepEqual(a.items.map((e) => e.id).sort(), ['gdelt:11', 'gdelt:12', 'gdelt:14']);
      const docId = a.items.find((e) => e.id === 'gdelt:11')?.docId ?? '';
      assert.deepEqual(
        (await store.events.byDoc(docId)).map((e) => e.id).sort(),
        ['gdelt:11', 'gdelt:14'],
        'batches merged per document',
      );
      const doc = await store.documents.get(docId);
      assert.equal(doc?.kind, 'import');
      assert.equal(doc?.url, 'https://a.example/1');
      const facts = await store.importFacts.byEvents(['gdelt:11', 'gdelt:12', 'gdelt:14', 'gdelt:99']);
      assert.deepEqual(
        facts.map((f) => [f.eventId, f.gdelt?.mentions, f.gdelt?.sources, f.gdelt?.avgTone, f.gdelt?.isRoot]).sort(),
        [
          ['gdelt:11', 10, 2, -4.5, true],
          ['gdelt:12', 10, 2, -4.5, true],
          ['gdelt:14', 10, 2, -4.5, true],
        ],
        'GDELT counts and tone kept, also for events of the first batch after the second rewrote the document',
      );
      const again = await importFiles(store, 'gdelt', [p]);
      assert.equal(again.documents, 0, 're-import is idempotent');
      assert.equal((await store.events.query({ limit: 100 })).items.length, 3);
      assert.equal((await store.importFacts.byEvents(['gdelt:11', 'gdelt:12', 'gdelt:14'])).length, 3);
    });

    test('imports ACLED rows', async () => {
      const p = join(dir, 'a.csv');
      writeFileSync(
        p,
        [
          ACLED_HEADER.join(','),
          acledRow({ event_id_cnty: 'X1', notes: 'a, b\nc' }),
          acledRow({ event_id_cnty: 'X2', longitude: '999' }),
        ].join('\n'),
      );
      const s = await importFiles(store, 'acled', [p]);
      assert.equal(s.stored, 1);
      assert.equal(s.skipped, 1);
      const e = await store.events.get('acled:X1');
      assert.equal(e?.source.code, 'PAKMIL');
      assert.equal(e?.evidence, 'a, b\nc');
      const [f] = await store.importFacts.byEvents(['acled:X1']);
      assert.equal(f?.dataset, 'acled');
      assert.equal(f?.acled?.fatalities, 3);
      assert.equal(f?.gdelt, undefined);
      assert.equal(await store.importFacts.fatalities({ a: 'IND', b: 'PAK' }), 3, 'fatalities of the pair');
      assert.equal(await store.importFacts.fatalities({ a: 'IND', b: 'PAK', from: '2100-01-01' }), 0);
      // The event is replaced with its document's events: its facts go with it.
      await store.articles.save(e?.docId ?? '', { events: [], actors: [], roleConflicts: [] }, 'test');
      assert.deepEqual(await store.importFacts.byEvents(['acled:X1']), []);
      await importFiles(store, 'acled', [p]);
    });

    test('an event re-released under another source moves to the new document', async () => {
      const p = join(dir, 'moved.csv');
      writeFileSync(
        p,
        [ACLED_HEADER.join(','), acledRow({ event_id_cnty: 'M1', source: 'First Paper' })].join('\n'),
      );
      await importFiles(store, 'acled', [p]);
      const before = await store.events.get('acled:M1');
      writeFileSync(
        p,
        [ACLED_HEADER.join(','), acledRow({ event_id_cnty: 'M1', source: 'Second Paper' })].join('\n'),
      );
      const problems: string[] = [];
      const s = await importFiles(store, 'acled', [p], { onProblem: (l) => problems.push(l) });
      assert.deepEqual(problems, []);
      assert.equal(s.stored, 1);
      const after = await store.events.get('acled:M1');
      assert.notEqual(after?.docId, before?.docId);
      assert.deepEqual(await store.events.byDoc(before?.docId ?? ''), []);
      await store.articles.save(after?.docId ?? '', { events: [], actors: [], roleConflicts: [] }, 'test');
    });

    test('exports stored events with filters, and the CSV parses back', async () => {
      const all = await exportText('csv', { modality: 'asserted' });
      const rows = parse(all.text, { columns: true }) as Array<Record<string, string>>;
      assert.equal(rows.length, 4);
      assert.equal(all.n, 4);
      const root = await exportText('csv', { modality: 'all', root: '19' });
      assert.deepEqual(
        (parse(root.text, { columns: true }) as Array<Record<string, string>>).map((r) => r.id).sort(),
        ['acled:X1', 'gdelt:12'],
      );
      const dyad = await exportText('ndjson', { modality: 'all', dyad: 'PAK,IND' });
      assert.equal(dyad.text.trim().split('\n').length, 4);
      const gd = await exportText('gdelt', { modality: 'all', source: 'INDMIL' });
      assert.ok(
        gd.text.split('\n').some((l) => l.endsWith('\thttps://a.example/1')),
        'GDELT export carries the source URL',
      );
      const geo = JSON.parse((await exportText('geojson', { modality: 'all' })).text) as {
        features: unknown[];
      };
      assert.equal(geo.features.length, 4);
    });

    test('bad filters are refused with catalogue codes', () => {
      assert.throws(() => filterOf({ modality: 'maybe' }), { code: 'BAD_REQUEST' });
      assert.throws(() => filterOf({ modality: 'all', from: '07/05/2025' }), { code: 'BAD_DATE' });
      assert.throws(() => filterOf({ modality: 'all', dyad: 'IND' }), { code: 'BAD_REQUEST' });
    });
  });
}

storeSuite('sqlite', false);
storeSuite('postgres', await pgSkip());
after(() => rmSync(dir, { recursive: true, force: true }));

describe('command wiring', () => {
  function program(): Command {
    const p = new Command().exitOverride();
    registerImport(p);
    registerExport(p);
    return p;
  }

  test('brink import then brink export -o FILE through commander', async () => {
    const db = join(dir, 'cli.sqlite');
    const g = join(dir, 'cli.CSV');
    writeFileSync(g, gdeltLine({ GLOBALEVENTID: '77' }) + '\n');
    const out = join(dir, 'cli.geojson');
    const log = console.log;
    const err = console.error;
    console.log = () => {};
    console.error = () => {};
    try {
      await program().parseAsync(['node', 'brink', 'import', 'gdelt', g, '--db', db]);
      await program().parseAsync(['node', 'brink', 'export', '--format', 'geojson', '--db', db, '-o', out]);
    } finally {
      console.log = log;
      console.error = err;
    }
    assert.equal(process.exitCode ?? 0, 0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as { features: Array<{ id: string }> };
    assert.deepEqual(
      fc.features.map((f) => f.id),
      ['gdelt:77'],
    );
  });

  test('unknown kinds and formats are refused', async () => {
    await assert.rejects(program().parseAsync(['node', 'brink', 'import', 'gkg', 'x']), {
      code: 'UNKNOWN_FORMAT',
    });
    await assert.rejects(program().parseAsync(['node', 'brink', 'export', '--format', 'xml']), {
      code: 'UNKNOWN_FORMAT',
    });
  });
});
