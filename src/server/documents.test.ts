import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../engine/analyze.js';
import { fixture, json, type Fixture } from './testing.js';

const HOSTILE_TEXT =
  'Officials said on Monday that <script>alert(document.cookie)</script> the delegation of India met Pakistan ' +
  'in a third country. <img src=x onerror="alert(1)"> Talks will resume next week, a spokesman said. ' +
  '<a href="javascript:alert(2)">details</a>';

describe('POST /api/documents', () => {
  let f: Fixture;
  before(async () => {
    const analyzer = await createAnalyzer();
    f = await fixture({ refreshAlertsOnIngest: true }, { analyzer });
  });
  after(() => f.dispose());

  test('a hostile document comes back as JSON data only: markup intact as data, never literal in a response', async () => {
    const res = await f.req('/api/documents', 'analyst', json('POST', { text: HOSTILE_TEXT, title: '<svg onload=alert(3)>', outlet: 'Wire', published: '2026-05-11' }));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const items = (await res.json()) as Array<{ status: string; docId: string }>;
    assert.equal(items.length, 1);
    assert.equal(items[0]!.status, 'ok', JSON.stringify(items));
    const got = await f.req(`/api/documents/${items[0]!.docId}`, 'viewer');
    assert.match(got.headers.get('content-type') ?? '', /^application\/json/);
    const raw = await got.text();
    for (const bad of ['<script', '<img', '<svg', '<a ']) assert.ok(!raw.includes(bad), `${bad} literal in the response`);
    const body = JSON.parse(raw) as { document: { text: string; title: string }; report: { doc: { id: string } } | null };
    assert.ok(body.document.text.includes('<script>alert(document.cookie)</script>'), 'the data itself is kept');
    assert.equal(body.document.title, '<svg onload=alert(3)>');
    assert.ok(body.report, 'the article report is re-run on the stored text');
    const search = await (await f.req('/api/search?q=script', 'viewer')).text();
    assert.ok(!search.includes('<script'));
    assert.ok(JSON.parse(search).documents.length >= 1);
  });

  test('HTML input is extracted to text; NDJSON lines are reported one by one', async () => {
    const html = '<html><head><title>Talks</title><script>evil()</script></head><body><article><p>The foreign minister of India met his Pakistani counterpart on Tuesday, officials said. Both sides agreed to keep talking.</p><p onclick="evil()">More text follows here for the reader.</p></article></body></html>';
    const res = await f.req('/api/documents', 'analyst', json('POST', { html, published: '2026-05-11' }));
    const items = (await res.json()) as Array<{ status: string; docId: string }>;
    assert.equal(items[0]!.status, 'ok', JSON.stringify(items));
    const doc = (await (await f.req(`/api/documents/${items[0]!.docId}`, 'viewer')).json()) as { document: { text: string; html?: string } };
    assert.ok(!doc.document.text.includes('evil()'));
    assert.equal(doc.document.html, undefined, 'raw HTML is not sent back');
    const nd = '{"text":"Pakistan and India held talks in a neutral venue, officials said.","published":"2026-05-11"}\nnot json\n';
    const r2 = (await (await f.req('/api/documents', 'analyst', json('POST', { ndjson: nd }))).json()) as Array<{ status: string; error?: { code: string } }>;
    assert.deepEqual(r2.map((i) => i.status), ['ok', 'failed']);
    assert.equal(r2[1]!.error?.code, 'BAD_NDJSON_LINE');
  });

  test('URLs to private addresses are refused (SSRF)', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data', 'http://localhost:9/']) {
      const res = await f.req('/api/documents', 'analyst', json('POST', { url }));
      assert.equal(res.status, 200);
      const items = (await res.json()) as Array<{ status: string; error?: { code: string } }>;
      assert.equal(items[0]!.status, 'failed', url);
      assert.equal(items[0]!.error?.code, 'PRIVATE_ADDRESS', url);
    }
    assert.equal((await f.req('/api/documents', 'analyst', json('POST', { url: 'file:///etc/passwd' }))).status, 400);
    assert.equal((await f.req('/api/documents', 'analyst', json('POST', { text: 'x', extra: 1 }))).status, 400);
  });
});
