import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, type Fixture } from './testing.js';
import { resolveStatic } from './static.js';
import { likePattern } from './routes/search.js';
import { csvCell } from './routes/exports.js';

describe('read routes', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());
  const get = async <T>(path: string): Promise<T> => {
    const res = await f.req(path, 'viewer');
    assert.equal(res.status, 200, `${path}: ${res.status}`);
    return (await res.json()) as T;
  };

  test('events: filters, validation and keyset pages', async () => {
    const all = await get<{ items: Array<{ id: string }>; nextCursor: string | null }>('/api/events?limit=100');
    assert.equal(all.items.length, 6);
    const dyad = await get<{ items: Array<{ id: string }> }>('/api/events?dyad=ind,pak');
    assert.deepEqual(dyad.items.map((e) => e.id).sort(), ['e1', 'e2']);
    const p1 = await get<{ items: Array<{ id: string }>; nextCursor: string }>('/api/events?limit=4');
    const p2 = await get<{ items: Array<{ id: string }>; nextCursor: string | null }>(`/api/events?limit=4&after=${encodeURIComponent(p1.nextCursor)}`);
    assert.equal(p1.items.length + p2.items.length, 6);
    assert.equal(p2.nextCursor, null);
    for (const bad of ['quad=7', 'from=2026-02-30', 'dyad=IND', 'limit=0', 'cameo=abc']) {
      const res = await f.req(`/api/events?${bad}`, 'viewer');
      assert.equal(res.status, 400, bad);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'BAD_REQUEST');
    }
  });

  test('dyads: heating pairs and one pair with series, escalation, explanation and ceasefires', async () => {
    const top = await get<{ now: string; dyads: Array<{ a: string; b: string }> }>('/api/dyads?top=5&window=7');
    assert.equal(top.now, '2026-05-10', 'defaults to the latest event day');
    assert.ok(top.dyads.some((d) => d.a === 'IND' && d.b === 'PAK'));
    const pair = await get<{ series: unknown[]; escalation: Array<{ index: number }>; explanation: { index: number; contributions: Array<{ eventId: string; evidence: string; cameo: string; date: string }> }; ceasefires: Array<{ id: string; effectiveUtc: string }> }>('/api/dyads/IND/PAK?granularity=day');
    assert.ok(pair.series.length >= 2);
    assert.ok(pair.explanation.index > 0);
    assert.deepEqual(pair.explanation.contributions.map((c) => c.eventId).sort(), ['e1', 'e2']);
    assert.ok(pair.explanation.contributions.every((c) => c.evidence && c.cameo === '190' && c.date));
    assert.deepEqual(pair.ceasefires.map((c) => c.effectiveUtc), ['2026-05-10T11:30:00Z']);
  });

  test('network, map, ceasefires, alerts, actors, documents and search', async () => {
    const net = await get<{ nodes: Array<{ id: string; events: number }>; edges: Array<{ a: string; b: string; conflict: number; cooperation: number }> }>('/api/network');
    assert.deepEqual(net.edges.find((e) => e.a === 'IND' && e.b === 'PAK'), { a: 'IND', b: 'PAK', cooperation: 0, conflict: 2, events: 2 });
    const map = await get<{ type: string; features: Array<{ geometry: { coordinates: number[] }; properties: { id: string } }> }>('/api/map');
    assert.equal(map.type, 'FeatureCollection');
    assert.deepEqual(map.features.map((x) => [x.properties.id, x.geometry.coordinates]), [['e1', [74.8, 34.1]]]);
    const cfs = await get<Array<{ id: string; parties: string[]; until?: string; extendedUntil?: string; status: { status: string } }>>('/api/ceasefires?now=2026-05-12T00:00:00Z');
    assert.equal(cfs[0]?.until, '2026-05-18T18:30:00Z', 'the stated end is served');
    assert.equal(cfs[0]?.extendedUntil, undefined);
    assert.equal(cfs.length, 1);
    assert.deepEqual(cfs[0]!.parties, ['IND', 'PAK']);
    assert.equal((await get<{ id: string }>(`/api/ceasefires/${encodeURIComponent(cfs[0]!.id)}`)).id, cfs[0]!.id);
    assert.equal((await f.req('/api/ceasefires/none', 'viewer')).status, 404);
    const alerts = await get<Array<{ id: number; rule: string; events: Array<{ id: string }> }>>('/api/alerts');
    assert.deepEqual(alerts[0]!.events.map((e) => e.id), ['e1']);
    const ack = await f.req(`/api/alerts/${alerts[0]!.id}`, 'analyst', { method: 'PATCH', body: JSON.stringify({ status: 'acknowledged' }), headers: { 'content-type': 'application/json' } });
    assert.equal(ack.status, 200);
    assert.equal(((await ack.json()) as { status: string }).status, 'acknowledged');
    assert.equal((await f.req('/api/alerts/424242', 'analyst', { method: 'PATCH', body: '{"status":"resolved"}', headers: { 'content-type': 'application/json' } })).status, 404);
    const actors = await get<Array<{ id: string; code: string; name: string }>>('/api/actors?q=pakis');
    assert.ok(actors.some((a) => a.code === 'PAK'), JSON.stringify(actors.slice(0, 3)));
    const entry = actors.find((a) => a.code === 'PAK')!;
    assert.equal((await get<{ code: string }>(`/api/actors/${encodeURIComponent(entry.id)}`)).code, 'PAK');
    const docs = await get<{ items: Array<{ id: string }> }>('/api/documents');
    assert.equal(docs.items.length, 2);
    const one = await get<{ document: { id: string; html?: string }; events: unknown[]; report: unknown }>('/api/documents/d1');
    assert.equal(one.events.length, 4);
    assert.equal(one.report, null, 'no report when the analyzer fails');
    assert.equal((await f.req('/api/documents/nope', 'viewer')).status, 404);
    const pct = await get<{ documents: Array<{ id: string; snippet: string }> }>('/api/search?q=100%25');
    assert.deepEqual(pct.documents.map((d) => d.id), ['d2']);
    const underscore = await get<{ documents: unknown[] }>('/api/search?q=t_o');
    assert.equal(underscore.documents.length, 0, '_ is literal, not a wildcard');
  });

  test('event exports stream every format with the filters', async () => {
    for (const file of ['events.csv', 'events.ndjson', 'events.plover', 'events.geojson', 'events.gdelt', 'events.hxl']) {
      const res = await f.req(`/api/exports/${file}?root=19`, 'viewer');
      assert.equal(res.status, 200, file);
      const text = await res.text();
      assert.ok(text.includes('e1') || text.includes('190'), file);
      assert.ok(!text.includes('e3'), `${file}: filter applied`);
    }
    const nd = await (await f.req('/api/exports/events.ndjson', 'viewer')).text();
    assert.equal(nd.trim().split('\n').length, 6);
    assert.equal((await f.req('/api/exports/events.xlsx', 'viewer')).status, 404);
  });
});

describe('helpers', () => {
  test('LIKE patterns escape %, _ and backslash', () => {
    assert.equal(likePattern('100%_a\\b'), '%100\\%\\_a\\\\b%');
  });
  test('CSV cells are quoted and formula-like cells neutralised', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell(null), '');
  });
  test('static paths never leave the build directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brink-web-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html>');
      writeFileSync(join(dir, 'assets', 'app.js'), '');
      assert.equal(resolveStatic(dir, '/assets/app.js'), join(dir, 'assets', 'app.js'));
      for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fetc%2fpasswd', '/assets', '/%00']) assert.equal(resolveStatic(dir, p), null, p);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the dashboard build', () => {
  test('is served when present, index.html for unknown non-API paths, with the CSP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brink-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {}');
    const f = await fixture({ webDir: dir });
    try {
      const js = await f.req('/assets/app.js');
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      const deep = await f.req('/dyads/IND/PAK');
      assert.match(await deep.text(), /assets\/app\.js/);
      assert.match(deep.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    } finally {
      await f.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
