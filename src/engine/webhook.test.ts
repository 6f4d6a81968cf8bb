import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deliver, sign, verify, type DeliveryAttempt } from './webhook.js';

function receiver(statuses: number[]) {
  const received: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, headers: req.headers });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end();
    });
  });
  return new Promise<{ url: string; received: typeof received; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => server.close() })),
  );
}

test('the signature is an HMAC over timestamp and body; verification rejects tampering and stale times', () => {
  const s = sign('k', '1700000000', '{"a":1}');
  assert.match(s, /^sha256=[0-9a-f]{64}$/);
  assert.ok(verify('k', '1700000000', '{"a":1}', s, 1700000010));
  assert.ok(!verify('k', '1700000000', '{"a":2}', s, 1700000010));
  assert.ok(!verify('other', '1700000000', '{"a":1}', s, 1700000010));
  assert.ok(!verify('k', '1700000000', '{"a":1}', s, 1700009999));
});

test('a real local receiver gets a signed POST it can verify', async () => {
  const r = await receiver([200]);
  try {
    const log: DeliveryAttempt[] = [];
    const ok = await deliver({ url: r.url, secret: 's3cret' }, { alert: 'x' }, async (a) => void log.push(a));
    assert.equal(ok, true);
    const got = r.received[0]!;
    assert.equal(got.body, '{"alert":"x"}');
    assert.ok(verify('s3cret', String(got.headers['x-brink-timestamp']), got.body, String(got.headers['x-brink-signature'])));
    assert.deepEqual(log.map((a) => [a.attempt, a.statusCode, a.ok]), [[1, 200, true]]);
  } finally {
    r.close();
  }
});

test('5xx answers are retried with backoff and every attempt is logged', async () => {
  const r = await receiver([503, 500, 200]);
  try {
    const log: DeliveryAttempt[] = [];
    const ok = await deliver({ url: r.url, secret: 's', backoffMs: 10 }, { n: 1 }, async (a) => void log.push(a));
    assert.equal(ok, true);
    assert.deepEqual(log.map((a) => a.statusCode), [503, 500, 200]);
  } finally {
    r.close();
  }
});

test('a 4xx answer is final; an unreachable receiver fails after the attempts', async () => {
  const r = await receiver([400]);
  try {
    const log: DeliveryAttempt[] = [];
    assert.equal(await deliver({ url: r.url, secret: 's', backoffMs: 1 }, {}, async (a) => void log.push(a)), false);
    assert.equal(log.length, 1);
  } finally {
    r.close();
  }
  const log: DeliveryAttempt[] = [];
  assert.equal(await deliver({ url: 'http://127.0.0.1:9/none', secret: 's', attempts: 3, backoffMs: 1 }, {}, async (a) => void log.push(a)), false);
  assert.equal(log.length, 3);
  assert.ok(log.every((a) => !a.ok && a.error));
});
