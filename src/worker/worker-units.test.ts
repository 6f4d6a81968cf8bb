import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideFlow, waterFrom } from './backpressure.js';
import { workerStoreConfig, connectionOptions } from './config.js';
import { parsePayload, documentJobId } from './queue.js';
import { addFeed, feedIdFor, loadFeeds, removeFeed, saveFeeds } from './feeds.js';
import { BrinkError } from '../domain/errors.js';

describe('back-pressure', () => {
  test('pauses above high water and resumes only below low water', () => {
    const w = { high: 100, low: 40 };
    assert.equal(decideFlow(100, false, w), false);
    assert.equal(decideFlow(101, false, w), true);
    assert.equal(decideFlow(60, true, w), true, 'stays paused between the marks');
    assert.equal(decideFlow(39, true, w), false);
    assert.equal(decideFlow(60, false, w), false, 'not paused between the marks when running');
  });
  test('water marks: defaults, low never above high', () => {
    assert.deepEqual(waterFrom(10, 50), { high: 10, low: 10 });
    assert.deepEqual(waterFrom(1000), { high: 1000, low: 500 });
    assert.ok(waterFrom().high > waterFrom().low);
  });
});

describe('config', () => {
  test('postgres URL with #schema= selects the schema', () => {
    assert.deepEqual(workerStoreConfig('postgres://u@h:5432/db#schema=brink_t1'), { kind: 'postgres', url: 'postgres://u@h:5432/db', schema: 'brink_t1' });
    assert.deepEqual(workerStoreConfig('postgresql://u@h/db'), { kind: 'postgres', url: 'postgresql://u@h/db' });
    assert.throws(() => workerStoreConfig('postgres://h/db#schema=Bad-Name'), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_REQUEST');
  });
  test('anything else is an SQLite path', () => {
    const c = workerStoreConfig('x.db', '/tmp');
    assert.deepEqual(c, { kind: 'sqlite', path: '/tmp/x.db' });
  });
  test('Redis URLs are checked', () => {
    assert.equal((connectionOptions('redis://127.0.0.1:6379') as { url: string }).url, 'redis://127.0.0.1:6379');
    assert.throws(() => connectionOptions('http://x'), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_REQUEST');
  });
});

describe('payloads', () => {
  const doc = { id: 'a'.repeat(32), language: 'en', supported: true, text: 'Text.', kind: 'text' };
  test('valid jobs parse', () => {
    assert.equal(parsePayload('ingest-document', { doc }).name, 'ingest-document');
    assert.equal(parsePayload('fetch-url', { url: 'https://example.org/a' }).name, 'fetch-url');
    assert.equal(parsePayload('poll-feed', { feedId: 'f1', url: 'https://example.org/rss' }).name, 'poll-feed');
  });
  test('invalid jobs are BAD_REQUEST', () => {
    const bad = (name: string, data: unknown) => assert.throws(() => parsePayload(name, data), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_REQUEST');
    bad('ingest-document', { doc: { ...doc, id: 'not-hex' } });
    bad('ingest-document', { doc: { ...doc, kind: 'pdf' } });
    bad('fetch-url', { url: 'not a url' });
    bad('poll-feed', { url: 'https://example.org/rss' });
    bad('something-else', {});
  });
  test('document job ids are deterministic and not numeric', () => {
    assert.equal(documentJobId('123'), 'doc-123');
  });
});

describe('feeds file', () => {
  test('add, update, remove, round-trip', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'brink-feeds-')), 'brink.feeds.json');
    assert.deepEqual(loadFeeds(file), []);
    let { feeds } = addFeed([], 'https://news.example/rss', 15);
    ({ feeds } = addFeed(feeds, 'https://other.example/atom.xml', 5));
    ({ feeds } = addFeed(feeds, 'https://news.example/rss', 30));
    assert.equal(feeds.length, 2, 'same URL updates');
    assert.equal(feeds.find((f) => f.url === 'https://news.example/rss')?.everyMinutes, 30);
    saveFeeds(file, feeds);
    assert.deepEqual(loadFeeds(file), feeds);
    assert.equal(removeFeed(feeds, feedIdFor('https://other.example/atom.xml')).length, 1);
    assert.equal(removeFeed(feeds, 'https://news.example/rss').length, 1);
  });
  test('bad URLs and bad files are refused', () => {
    assert.throws(() => addFeed([], 'ftp://x/y'), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_URL');
    const file = join(mkdtempSync(join(tmpdir(), 'brink-feeds-')), 'f.json');
    writeFileSync(file, '[{"id": 3}]');
    assert.throws(() => loadFeeds(file), (e: unknown) => e instanceof BrinkError && e.code === 'BAD_DATA_FILE');
  });
});
