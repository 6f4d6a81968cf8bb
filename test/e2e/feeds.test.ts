/**
 * Feed polling against a local HTTP feed server: the worker installs the feed's schedule at
 * start and polls it; new items appear; re-polling (CLI `feeds poll` and a queued poll-feed job)
 * never duplicates. Also: `brink status` reports the schedule and a failed job with its reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/engine/paths.js';
import { addFeed, saveFeeds } from '../../src/worker/feeds.js';
import { queueStatus } from '../../src/worker/status.js';
import { article } from '../../bench/scale/corpus.js';
import { count, pending, REDIS_URL, sandbox, servicesSkip, startWorkerProcess, waitFor } from './helpers.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(n: number): string {
  const items = Array.from({ length: n }, (_, i) => {
    const a = article(i, 44);
    return `<item><title>${esc(a.title)}</title><link>${a.url}</link><pubDate>${new Date(a.published + 'T08:00:00Z').toUTCString()}</pubDate><description>${esc(a.text)}</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>http://127.0.0.1/</link>${items.join('')}</channel></rss>`;
}

test('feeds: scheduled poll, new items appear, re-polling does not duplicate', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  let items = 3;
  let hits = 0;
  const page = article(99, 44);
  const server: Server = createServer((req, res) => {
    if (req.url === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>${esc(page.title)}</title><meta property="article:published_time" content="${page.published}T09:00:00Z"></head><body><article><h1>${esc(page.title)}</h1><p>${esc(page.text)}</p></article></body></html>`);
      return;
    }
    hits++;
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss(items));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/feed.xml`;
  const file = join(mkdtempSync(join(tmpdir(), 'brink-e2e-feeds-')), 'brink.feeds.json');
  const { feeds, feed } = addFeed([], url, 60);
  saveFeeds(file, feeds);
  const box = await sandbox('feeds');
  const worker = startWorkerProcess(box, ['--allow-private', '--feeds', file]);
  // Asynchronous: the feed server lives in this process and must keep answering.
  const cli = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/cli-entry.ts'), ...args, '--redis', REDIS_URL, '--prefix', box.prefix], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      c.stdout.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
      c.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
      c.once('close', (status) => resolve({ status, stdout, stderr }));
    });
  try {
    await worker.ready;
    // The schedule's first run polls at once.
    await waitFor('the scheduled poll stores the 3 items', async () => (await count(box, 'documents')) === 3 && (await pending(box)) === 0);
    const eventsAfterFirst = await count(box, 'events');
    assert.ok(eventsAfterFirst > 0);

    items = 5;
    const polled = await cli('feeds', 'poll', '--file', file, '--allow-private');
    assert.equal(polled.status, 0, polled.stderr);
    assert.match(polled.stdout, /5 items, 5 queued/);
    await waitFor('the 2 new items stored', async () => (await count(box, 'documents')) === 5 && (await pending(box)) === 0);

    const eventsAfterSecond = await count(box, 'events');
    await box.queue.add('poll-feed', { feedId: feed.id, url }, { jobId: 'manual-poll' });
    await waitFor('the manual poll done', async () => (await box.queue.getCompletedCount()) > 0 && (await pending(box)) === 0 && hits >= 3);
    assert.equal(await count(box, 'documents'), 5, 're-polling adds no document');
    assert.equal(await count(box, 'events'), eventsAfterSecond, 're-polling adds no event');
    const dupIds = await box.sql('select id from $S.events group by id having count(*) > 1');
    assert.equal(dupIds.length, 0);

    // A fetch-url job: the worker fetches the page (guarded fetch, private allowed) and queues it.
    await box.queue.add('fetch-url', { url: `http://127.0.0.1:${port}/story.html` }, { jobId: 'fetch-story' });
    await waitFor('the fetched page stored', async () => (await count(box, 'documents')) === 6 && (await pending(box)) === 0);
    const fetched = await box.sql<{ url: string; kind: string }>(`select url, kind from $S.documents where url like '%story.html'`);
    assert.equal(fetched.length, 1);

    // A job that cannot be processed fails at once (not retried) and shows in the status.
    await box.queue.add('ingest-document', { doc: { id: 'zz' } }, { jobId: 'bad-job' });
    await waitFor('the bad job failed', async () => (await box.queue.getFailedCount()) === 1);
    const s = await queueStatus({ redisUrl: REDIS_URL, prefix: box.prefix });
    assert.equal(s.feedSchedulers, 1);
    assert.equal(s.workers, 1);
    assert.equal(s.counts.failed, 1);
    assert.equal(s.failures[0]?.id, 'bad-job');
    assert.match(s.failures[0]?.reason ?? '', /BAD_REQUEST|invalid request/);
    assert.equal(s.failures[0]?.attempts, 1);
    assert.ok(s.completedLastMinute >= 5, `rate counter (${s.completedLastMinute})`);
    const shown = await cli('status', '--json');
    assert.equal(shown.status, 0, shown.stderr);
    assert.equal((JSON.parse(shown.stdout) as { counts: { failed: number } }).counts.failed, 1);
  } finally {
    await worker.stop();
    await box.dispose();
    server.close();
  }
});
