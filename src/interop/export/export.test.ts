import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Event } from '../../domain/types.js';
import { readGdelt } from '../gdelt.js';
import { collect, syntheticEvent, syntheticEvents } from '../test-util.js';
import { CHUNK_CHARS, cellText } from './chunks.js';
import { EXPORT_FORMATS, FLAT_COLUMNS, HXL_TAGS, exportEvents, flatten, toDyadCsv } from './index.js';

const N = 60;
const events: Event[] = Array.from({ length: N }, (_, i) => syntheticEvent(i));
async function* from(list: Event[]): AsyncGenerator<Event> {
  yield* list;
}
const text = async (it: AsyncIterable<string>): Promise<string> => (await collect(it)).join('');

describe('CSV', () => {
  test('round-trips through csv-parse with the same fields', async () => {
    const out = await text(exportEvents('csv', from(events)));
    assert.notEqual(out.charCodeAt(0), 0xfeff, 'no BOM');
    const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, N);
    assert.deepEqual(Object.keys(rows[0] ?? {}), [...FLAT_COLUMNS]);
    rows.forEach((r, i) => {
      const f = flatten(events[i] as Event);
      for (const c of FLAT_COLUMNS) assert.equal(r[c], cellText(f[c]), `row ${i} ${c}`);
    });
    assert.match(rows[0]?.evidence ?? '', /"we will respond",\nand left/);
  });
});

describe('NDJSON', () => {
  test('one event per line, parsing back to the same object', async () => {
    const lines = (await text(exportEvents('ndjson', from(events)))).trimEnd().split('\n');
    assert.equal(lines.length, N);
    lines.forEach((l, i) => assert.deepEqual(JSON.parse(l), events[i]));
  });
});

describe('GeoJSON', () => {
  test('a FeatureCollection of points with valid coordinates, only located events', async () => {
    const fc = JSON.parse(await text(exportEvents('geojson', from(events)))) as {
      type: string;
      features: Array<{
        type: string;
        geometry: { type: string; coordinates: [number, number] };
        properties: Record<string, unknown>;
      }>;
    };
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, events.filter((e) => e.where).length);
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      assert.equal(f.geometry.type, 'Point');
      assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
      assert.equal(f.properties.lon, lon);
      assert.equal(f.properties.lat, lat);
    }
  });

  test('an empty export is still a valid FeatureCollection', async () => {
    assert.deepEqual(JSON.parse(await text(exportEvents('geojson', from([])))), {
      type: 'FeatureCollection',
      features: [],
    });
  });
});

describe('HXL', () => {
  test('the second row is the hashtag row', async () => {
    const rows = parse(await text(exportEvents('hxl', from(events)))) as string[][];
    assert.deepEqual(
      rows[0],
      HXL_TAGS.map(([c]) => c),
    );
    assert.ok(
      rows[1]?.every((t) => /^#[a-z_]+(\+[a-z_]+)*$/.test(t)),
      'tag row',
    );
    assert.equal(rows.length, N + 2);
    assert.equal(rows[2]?.[0], events[0]?.id);
  });
});

describe('PLOVER JSON', () => {
  test('records carry event type, parties with country and sector, and source', async () => {
    const docs = async (id: string) => ({ url: `https://news.example/${id}`, published: '2025-05-08' });
    type Rec = {
      event: string;
      mode: string;
      date: string;
      actor: unknown;
      recipient: { sector: string };
      source: { url: string };
    };
    const recs = JSON.parse(await text(exportEvents('plover', from(events), { docs }))) as Rec[];
    assert.equal(recs.length, N);
    const r = recs[1] as Rec;
    assert.equal(r.event, 'ASSAULT');
    assert.equal(r.mode, 'heavy-weapons');
    assert.deepEqual(r.actor, { name: 'PAK army', code: 'PAKMIL', country: 'PAK', sector: 'MIL' });
    assert.equal(r.recipient.sector, 'GOV');
    assert.equal(r.source.url, 'https://news.example/doc-0');
    assert.equal(r.date, '2025-05-02');
  });
});

describe('GDELT TSV', () => {
  test('61 columns per line that the GDELT reader reads back', async () => {
    const docs = async (id: string) => ({
      url: `https://news.example/${id}`,
      published: '2025-05-08T10:00:00Z',
    });
    const out = await text(exportEvents('gdelt', from(events), { docs }));
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, N);
    for (const l of lines) assert.equal(l.split('\t').length, 61);
    async function* chunks() {
      yield Buffer.from(out);
    }
    const back = await collect(readGdelt(chunks()));
    assert.equal(back.filter((r) => r.error).length, 0);
    back.forEach((r, i) => {
      const e = events[i] as Event;
      assert.equal(r.event?.cameo, e.cameo);
      assert.equal(r.event?.when.date, e.when.date);
      assert.equal(r.event?.source.code, e.source.code);
      assert.equal(r.event?.target?.code, e.target?.code);
      assert.equal(r.event?.where?.country, e.where?.country);
      assert.equal(r.doc?.url, `https://news.example/${e.docId}`);
    });
  });
});

describe('dyad series CSV', () => {
  test('header and one row per period', async () => {
    const rows = parse(
      await text(
        toDyadCsv([
          {
            period: '2025-05',
            events: 3,
            quad: [1, 0, 1, 1],
            goldsteinSum: -13.1,
            goldsteinMean: -4.3666667,
            escalation: 0.5,
          },
          { period: '2025-06', events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 },
        ]),
      ),
      { columns: true },
    ) as Array<Record<string, string>>;
    assert.deepEqual(rows[0], {
      period: '2025-05',
      events: '3',
      q1: '1',
      q2: '0',
      q3: '1',
      q4: '1',
      goldstein_sum: '-13.1',
      goldstein_mean: '-4.3667',
      escalation: '0.5',
    });
    assert.equal(rows[1]?.escalation, '');
  });
});

describe('streaming', () => {
  for (const format of EXPORT_FORMATS) {
    test(`${format}: chunks arrive progressively, long before the input is exhausted, and stay bounded`, async () => {
      const total = 100_000;
      let produced = 0;
      const seenAt: number[] = [];
      let maxChunk = 0;
      const gen = syntheticEvents(total, (i) => (produced = i + 1));
      for await (const c of exportEvents(format, gen)) {
        seenAt.push(produced);
        maxChunk = Math.max(maxChunk, c.length);
        if (seenAt.length === 20) break; // stopping the writer stops the generator too
      }
      assert.equal(seenAt.length, 20);
      assert.ok(
        (seenAt[0] ?? 0) > 0 && (seenAt[0] ?? total) < total / 50,
        `first chunk after ${seenAt[0]} events`,
      );
      assert.ok(
        seenAt.every((n, k) => k === 0 || n > (seenAt[k - 1] ?? 0)),
        'each chunk needs more input',
      );
      assert.ok(produced < total / 2, `only ${produced} of ${total} events were pulled`);
      assert.ok(maxChunk < CHUNK_CHARS + 4096, `largest chunk ${maxChunk} chars`);
      assert.equal((await gen.next()).done, true, 'the input generator was closed');
    });
  }
});
