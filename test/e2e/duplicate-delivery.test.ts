/**
 * Duplicate delivery: the same documents queued under different job ids (as after a producer
 * retry or a re-delivered job) and processed concurrently by two workers leave exactly the data
 * of one delivery.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enqueueDocuments } from '../../src/worker/queue.js';
import { documents, pending, sandbox, servicesSkip, startWorkerProcess, waitFor, count } from './helpers.js';
import { reference, snapshot } from './reference.js';

test('each document delivered three times is stored as if delivered once', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  const box = await sandbox('dup');
  const workers = [startWorkerProcess(box, ['--concurrency', '2']), startWorkerProcess(box, ['--concurrency', '2'])];
  try {
    await Promise.all(workers.map((w) => w.ready));
    const docs = documents(8, 22);
    for (const copy of ['a', 'b', 'c']) await enqueueDocuments(box.queue, docs, { jobId: (d) => `dup-${copy}-${d.id}` });
    const jobs = await box.queue.getJobCounts('waiting', 'active', 'completed');
    assert.equal((jobs.waiting ?? 0) + (jobs.active ?? 0) + (jobs.completed ?? 0), 24, 'three jobs per document');
    await waitFor('24 jobs completed', async () => (await pending(box)) === 0 && (await box.queue.getCompletedCount()) === 24);
    assert.equal(await box.queue.getFailedCount(), 0);
    const statuses = workers.flatMap((w) => w.lines.filter((l) => l.job).map((l) => (l.job as { status?: string }).status));
    assert.equal(statuses.filter((s) => s === 'ok' || s === 'near-duplicate').length, 8, `one storing delivery per document: ${statuses.join(',')}`);
    assert.equal(statuses.filter((s) => s === 'duplicate').length, 16);
    assert.equal(await count(box, 'documents'), 8);
    const ref = await reference(docs);
    assert.ok(ref.events > 8);
    assert.deepEqual(await snapshot(box), ref);
  } finally {
    for (const w of workers) await w.stop();
    await box.dispose();
  }
});
