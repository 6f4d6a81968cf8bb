import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, json, PUBLIC_NOTE, readFor, SECRETS, type Fixture } from './testing.js';
import { openApiPath } from './openapi.js';

const noSecrets = (text: string, where: string) => {
  for (const s of SECRETS) assert.ok(!text.includes(s), `${s} leaked by ${where}`);
  assert.ok(!text.includes('GBRGOV'), `the confidential mediator leaked by ${where}`);
};

describe('confidential and restricted engagements never reach a viewer', () => {
  let f: Fixture;
  before(async () => (f = await fixture()));
  after(() => f.dispose());

  test('no GET route answers a viewer with non-public engagement data', async () => {
    const ids = f.engagementIds;
    const sample: Record<string, string[]> = { id: [String(ids.restricted), String(ids.confidential), 'd1'], a: ['USA', 'PAK', 'GBR'], b: ['PAK', 'IND'], file: ['events.csv', 'events.ndjson', 'events.plover', 'events.geojson', 'events.gdelt', 'events.hxl'] };
    const queries: Record<string, string> = { '/api/actors': '?q=Pak', '/api/search': '?q=SECRET', '/api/alerts/stream': '' };
    let checked = 0;
    for (const spec of f.app.registry.routes.filter((r) => r.method === 'get' && r.roles !== 'public')) {
      const path = openApiPath(spec.path);
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const variants = names.length === 0 ? [path] : (sample[names[0]!] ?? ['x']).map((v) => path.replace(/\{(\w+)\}/g, (_, k: string) => (k === names[0] ? v : (sample[k]?.[0] ?? 'x'))));
      for (const url of variants) {
        const res = await f.req(url + (queries[spec.path] ?? ''), 'viewer');
        const text = spec.path === '/api/alerts/stream' ? await readFor(res, 300) : await res.text();
        assert.ok(res.status !== 500, `${url} → 500`);
        noSecrets(text, url);
        checked++;
      }
    }
    assert.ok(checked > 25, `checked ${checked}`);
  });

  test('lists, gets (404 not 403), searches and mediators: viewers see public entries only, analysts all, with reads audited', async () => {
    const viewerList = (await (await f.req('/api/engagements', 'viewer')).json()) as Array<{ notes: string; confidentiality: string }>;
    assert.deepEqual(viewerList.map((e) => e.confidentiality), ['public']);
    assert.equal(viewerList[0]!.notes, PUBLIC_NOTE);
    for (const id of [f.engagementIds.restricted, f.engagementIds.confidential]) {
      const res = await f.req(`/api/engagements/${id}`, 'viewer');
      assert.equal(res.status, 404, 'existence is not leaked');
      const missing = await f.req('/api/engagements/987654', 'viewer');
      assert.deepEqual(Object.keys(await res.json()), Object.keys(await missing.json()));
    }
    assert.equal((await f.req(`/api/engagements/${f.engagementIds.public}`, 'viewer')).status, 200);
    const vs = (await (await f.req('/api/search?q=shelling', 'viewer')).json()) as { documents: unknown[]; engagements: unknown[] };
    assert.equal(vs.documents.length, 1, 'public documents still found');
    assert.equal(vs.engagements.length, 0);
    const as = (await (await f.req('/api/search?q=shelling', 'analyst')).json()) as { engagements: unknown[] };
    assert.equal(as.engagements.length, 1);
    const med = (await (await f.req('/api/mediators/IND/PAK', 'viewer')).json()) as { mediators: Array<{ actor: string }>; engagements: Array<{ confidentiality: string }> };
    assert.ok(med.mediators.some((m) => m.actor === 'USA'), 'mediator ranks come from public events');
    assert.ok(med.engagements.every((e) => e.confidentiality === 'public'));

    const analystList = (await (await f.req('/api/engagements', 'analyst')).json()) as unknown[];
    assert.equal(analystList.length, 3);
    const conf = await f.req(`/api/engagements/${f.engagementIds.confidential}`, 'analyst');
    assert.equal(conf.status, 200);
    const log = await f.store.auth.auditLog({ limit: 100 });
    assert.ok(log.some((a) => a.who === 'analyst' && a.action === 'engagement.read' && a.record === `engagement:${f.engagementIds.confidential}`));
    assert.ok(!log.some((a) => a.who === 'viewer' && a.action.startsWith('engagement.')), 'viewers read no sensitive record');
  });

  test('exports: viewers may export events but not engagements; analysts get the log as CSV, audited', async () => {
    assert.equal((await f.req('/api/exports/engagements.csv', 'viewer')).status, 403);
    const res = await f.req('/api/exports/engagements.csv', 'analyst');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="brink-engagements.csv"/);
    const csv = await res.text();
    assert.equal(csv.trim().split('\r\n').length, 4);
    for (const s of SECRETS) assert.ok(csv.includes(s));
    const log = await f.store.auth.auditLog({ limit: 100 });
    assert.ok(log.some((a) => a.action === 'engagement.export' && a.record === `engagement:${f.engagementIds.restricted}`));
    const ev = await f.req('/api/exports/events.csv?dyad=IND,PAK', 'viewer');
    assert.equal(ev.status, 200);
    assert.match(ev.headers.get('content-disposition') ?? '', /attachment/);
    assert.equal((await ev.text()).trim().split('\n').length, 3, 'header + the two IND–PAK events');
  });

  test('analysts create and change engagements, viewers cannot, only admins delete; every change is audited', async () => {
    const body = { mediator: 'QATGOV', party: 'PAKGOV', date: '2026-05-11', confidentiality: 'confidential', notes: 'SECRET-NEW-5150' };
    assert.equal((await f.req('/api/engagements', 'viewer', json('POST', body))).status, 403);
    const created = await f.req('/api/engagements', 'analyst', json('POST', body));
    assert.equal(created.status, 200);
    const e = (await created.json()) as { id: number; source: string; createdBy: string };
    assert.equal(e.source, 'manual');
    assert.equal(e.createdBy, 'analyst');
    assert.equal((await f.req(`/api/engagements/${e.id}`, 'viewer', json('PATCH', { notes: 'x' }))).status, 403);
    const patched = await f.req(`/api/engagements/${e.id}`, 'analyst', json('PATCH', { channel: 'visit' }));
    assert.equal(patched.status, 200);
    assert.equal(((await patched.json()) as { channel: string }).channel, 'visit');
    assert.equal((await f.req(`/api/engagements/${e.id}`, 'analyst', json('PATCH', { confidentiality: 'secret' }))).status, 400);
    assert.equal((await f.req(`/api/engagements/${e.id}`, 'analyst', { method: 'DELETE' })).status, 403);
    assert.equal((await f.req(`/api/engagements/${e.id}`, 'admin', { method: 'DELETE' })).status, 200);
    assert.equal((await f.req(`/api/engagements/${e.id}`, 'admin')).status, 404);
    const actions = (await f.store.auth.auditLog({ limit: 200 })).filter((a) => a.record === `engagement:${e.id}`).map((a) => a.action);
    for (const a of ['engagement.create', 'engagement.update', 'engagement.delete']) assert.ok(actions.includes(a), a);
  });

  test('the alert stream ends when its session ends', async () => {
    const g = await fixture({ sse: { pollMs: 20, recheckMs: 50 } });
    try {
      const login = await g.app.request('/api/auth/login', json('POST', { name: 'viewer', password: 'correct horse battery' }));
      const sid = /brink_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = `brink_session=${sid}`;
      const res = await g.app.request('/api/alerts/stream', { headers: { cookie } });
      const reading = readFor(res, 3000);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal((await g.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).status, 200);
      const started = Date.now();
      await reading;
      assert.ok(Date.now() - started < 2500, 'the stream closed before the read timeout');
    } finally {
      await g.dispose();
    }
  });

  test('the alert stream sends alerts stored after it opened, and pings', async () => {
    const g = await fixture({ sse: { pollMs: 50, pingMs: 100 } });
    try {
      const res = await g.req('/api/alerts/stream', 'viewer');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
      const reading = readFor(res, 3000, (t) => t.includes('event: alert') && t.includes(': ping'));
      await new Promise((r) => setTimeout(r, 150));
      await g.store.alerts.insert({ rule: 'spike', dyad: 'IND-PAK', firedAt: '2026-05-11', score: 9, explanation: { message: 'fresh <b>one</b>' }, eventIds: ['e2'] });
      const text = await reading;
      assert.match(text, /event: alert\ndata: \{.*"rule":"spike"/);
      assert.ok(!text.includes('seeded'), 'alerts stored before the connection are not replayed');
      assert.ok(!text.includes('<b>'), 'HTML escaped inside JSON');
      assert.match(text, /: ping/);
      noSecrets(text, 'SSE');
    } finally {
      await g.dispose();
    }
  });
});
