import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { readSources } from './sources.js';
import { fetchUrl } from './fetch.js';
import type { BrinkError } from '../domain/errors.js';
import type { IngestItem, IngestOptions } from './options.js';

const BODY = 'Officials said on Monday that talks between the two governments would resume next week in the capital.';
const PAGE = `<!DOCTYPE html><html><head><title>Talks</title><meta property="og:site_name" content="Local News"></head><body><article><p>${BODY}</p></article></body></html>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title><item><title>One</title><description>${BODY}</description></item><item><title>Two</title><description>${BODY} Again.</description></item></channel></rss>`;

let server: http.Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

before(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(RSS);
    } else if (url === '/text') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
      res.end(Buffer.from(`Caf\xe9 \x93talks\x94. ${BODY}`, 'latin1'));
    } else if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
      res.end();
    } else if (url === '/loop') {
      res.writeHead(301, { location: '/loop' });
      res.end();
    } else if (url === '/to-private') {
      res.writeHead(302, { location: 'http://127.0.0.2/' });
      res.end();
    } else if (url === '/endless') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (res.write(chunk)) {
          if (res.destroyed) return;
        }
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5 * 1024 * 1024) });
      res.end(Buffer.alloc(5 * 1024 * 1024, 'a'));
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('Officials said ');
      const t = setInterval(() => res.write('very '), 50);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    } else if (url === '/hang') {
      // never answers
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  for (const t of timers) clearInterval(t);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

async function all(inputs: string[], opts: IngestOptions = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of readSources(inputs, opts)) out.push(i);
  return out;
}
const local: IngestOptions = { allowPrivate: true, timeoutMs: 3000 };
const codesOf = (items: IngestItem[]) => items.map((i) => i.error?.code ?? 'DOC');

describe('fetching URLs from a local server (allowPrivate)', () => {
  test('html page', async () => {
    const [item] = await all([`${base}/page`], local);
    assert.ok(item?.doc, item?.error?.describe());
    assert.equal(item.doc.text, BODY);
    assert.equal(item.doc.outlet, 'Local News');
    assert.equal(item.doc.url, `${base}/page`);
    assert.equal(item.doc.kind, 'url');
    assert.equal(item.origin, `${base}/page`);
  });
  test('feed by content type, one item per entry', async () => {
    const items = await all([`${base}/feed`], local);
    assert.deepEqual(codesOf(items), ['DOC', 'DOC']);
    assert.equal(items[0]!.doc!.outlet, 'Local Feed');
    assert.equal(items[0]!.origin, `${base}/feed#1`);
  });
  test('charset from the HTTP header', async () => {
    const [item] = await all([`${base}/text`], local);
    assert.ok(item?.doc?.text.startsWith('Café “talks”.'));
  });
  test('redirects are followed up to the limit', async () => {
    const [item] = await all([`${base}/hop/3`], local);
    assert.ok(item?.doc);
    assert.equal(item.doc.url, `${base}/page`);
    assert.deepEqual(codesOf(await all([`${base}/hop/3`], { ...local, maxRedirects: 2 })), ['TOO_MANY_REDIRECTS']);
  });
  test('redirect loop → TOO_MANY_REDIRECTS', async () => {
    assert.deepEqual(codesOf(await all([`${base}/loop`], local)), ['TOO_MANY_REDIRECTS']);
  });
  test('endless body → TOO_LARGE, aborted while streaming', async () => {
    assert.deepEqual(codesOf(await all([`${base}/endless`], { ...local, maxBytes: 1024 * 1024 })), ['TOO_LARGE']);
  });
  test('oversized body (Content-Length) → TOO_LARGE', async () => {
    assert.deepEqual(codesOf(await all([`${base}/big`], { ...local, maxBytes: 1024 * 1024 })), ['TOO_LARGE']);
  });
  test('slow endless trickle and no answer → FETCH_TIMEOUT', async () => {
    assert.deepEqual(codesOf(await all([`${base}/slow`], { ...local, timeoutMs: 400 })), ['FETCH_TIMEOUT']);
    assert.deepEqual(codesOf(await all([`${base}/hang`], { ...local, timeoutMs: 300 })), ['FETCH_TIMEOUT']);
  });
  test('404 → HTTP_STATUS', async () => {
    const [item] = await all([`${base}/missing`], local);
    assert.equal(item?.error?.code, 'HTTP_STATUS');
    assert.equal(item?.error?.params['status'], 404);
  });
  test('connection refused → UNREACHABLE', async () => {
    const dead = http.createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    assert.deepEqual(codesOf(await all([`http://127.0.0.1:${port}/`], local)), ['UNREACHABLE']);
  });
  test('bad URLs → BAD_URL', async () => {
    assert.deepEqual(codesOf(await all(['http://', 'https://exa mple.test/'], local)), ['BAD_URL', 'BAD_URL']);
  });
});

describe('private address refusal (no allowPrivate)', () => {
  const spellings = [
    'http://127.0.0.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://0x7f.1/', 'http://127.1/',
    'http://[::ffff:127.0.0.1]/', 'http://[::ffff:7f00:1]/', 'http://[::1]/', 'http://[fe80::1]/', 'http://0.0.0.0/',
    'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/', 'http://[fd00::1]/', 'http://224.0.0.1/', 'http://[::]/',
  ];
  for (const u of spellings) {
    test(u, async () => {
      const items = await all([u], { timeoutMs: 2000 });
      assert.deepEqual(codesOf(items), ['PRIVATE_ADDRESS']);
    });
  }
  test('the local test server itself is refused', async () => {
    assert.deepEqual(codesOf(await all([`${base}/page`], { timeoutMs: 2000 })), ['PRIVATE_ADDRESS']);
  });

  const fakeDns = (answers: string[]): LookupFunction =>
    ((_host: string, _opts: unknown, cb: (e: Error | null, a: Array<{ address: string; family: number }>) => void) =>
      cb(null, answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as unknown as LookupFunction;

  test('a public-looking name resolving to 10.0.0.1 → PRIVATE_ADDRESS', async () => {
    const [item] = await all(['http://news.example.test/story'], { lookup: fakeDns(['10.0.0.1']), timeoutMs: 2000 });
    assert.equal(item?.error?.code, 'PRIVATE_ADDRESS');
    assert.equal(item?.error?.params['address'], '10.0.0.1');
  });
  test('any private address among the answers refuses the host (rebinding)', async () => {
    const [item] = await all(['http://news.example.test/'], { lookup: fakeDns(['93.184.216.34', '::ffff:127.0.0.1']), timeoutMs: 2000 });
    assert.equal(item?.error?.code, 'PRIVATE_ADDRESS');
  });
  test('the connection is pinned to the checked answer', async () => {
    // DNS says the name is the local server; with allowPrivate the socket goes exactly there.
    const port = new URL(base).port;
    const [item] = await all([`http://news.example.test:${port}/page`], { ...local, lookup: fakeDns(['127.0.0.1']) });
    assert.ok(item?.doc, item?.error?.describe());
  });
  test('a redirect to a refused address is re-checked at the hop', async () => {
    // Only the test server's exact address is allowed; its redirect points at another loopback
    // address, which the policy refuses before any connection is made.
    const port = new URL(base).port;
    const onlyServer = (a: string): boolean => a === '127.0.0.1';
    await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/to-private`, { timeoutMs: 2000 }, onlyServer), (e: BrinkError) => {
      assert.equal(e.code, 'PRIVATE_ADDRESS');
      assert.equal(e.params['host'], '127.0.0.2');
      return true;
    });
  });
});
