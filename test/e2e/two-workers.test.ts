/** Two worker processes share one queue: every document is stored exactly once, all events present. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enqueueDocuments } from '../../src/worker/queue.js';
import { documents, pending, sandbox, servicesSkip, startWorkerProcess, waitFor, count } from './helpers.js';
import { reference, snapshot } from './reference.js';

test('two workers on one queue store each document exactly once', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  const box = await sandbox('two');
  const env = { BRINK_TEST_SLOW_MS: '20' };
  const workers = [startWorkerProcess(box, [], env), startWorkerProcess(box, [], env)];
  try {
    await Promise.all(workers.map((w) => w.ready));
    const docs = documents(40, 11);
    const r = await enqueueDocuments(box.queue, docs);
    assert.equal(r.submitted, 40);
    // Enqueueing the same documents again while their jobs exist adds nothing.
    await enqueueDocuments(box.queue, docs);
    await waitFor('40 documents stored and the queue drained', async () => (await count(box, 'documents')) === 40 && (await pending(box)) === 0);
    const totals = await Promise.all(workers.map((w) => w.stop()));
    const done = totals.map((t) => Number(t?.completed ?? 0));
    assert.equal(done[0]! + done[1]!, 40, `jobs completed by the two workers: ${done.join(' + ')}`);
    assert.ok(done.every((n) => n > 0), `both workers took jobs: ${done.join(' + ')}`);
    const ref = await reference(docs);
    assert.ok(ref.events > 40, `the corpus yields events (${ref.events})`);
    assert.deepEqual(await snapshot(box), ref);
  } finally {
    for (const w of workers) await w.stop();
    await box.dispose();
  }
});
