/**
 * Crash safety: a worker killed with SIGKILL mid-batch loses nothing and duplicates nothing.
 * Its in-flight job's lock expires, a new worker's stalled-job check re-delivers it, and the
 * transaction the dead worker had open was rolled back by PostgreSQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enqueueDocuments } from '../../src/worker/queue.js';
import { documents, pending, sandbox, servicesSkip, startWorkerProcess, waitFor, count } from './helpers.js';
import { reference, snapshot } from './reference.js';

test('SIGKILL mid-batch: every queued document ends up stored exactly once', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  const box = await sandbox('kill');
  const lock = ['--lock-ms', '4000', '--stalled-ms', '2000'];
  const first = startWorkerProcess(box, lock, { BRINK_TEST_SLOW_MS: '300' });
  let second: ReturnType<typeof startWorkerProcess> | null = null;
  try {
    await first.ready;
    const docs = documents(30, 33);
    await enqueueDocuments(box.queue, docs);
    await waitFor('a few documents stored by the first worker', async () => (await count(box, 'documents')) >= 4);
    first.child.kill('SIGKILL');
    await first.exited;
    const before = await count(box, 'documents');
    assert.ok(before < 30, `killed mid-batch (${before} of 30 stored)`);
    const active = await box.queue.getActiveCount();
    second = startWorkerProcess(box, lock);
    await second.ready;
    await waitFor('all 30 documents stored and the queue drained', async () => (await count(box, 'documents')) === 30 && (await pending(box)) === 0);
    assert.equal(await box.queue.getFailedCount(), 0);
    const ref = await reference(docs);
    assert.deepEqual(await snapshot(box), ref);
    // Every document has its whole analysis (no half-written document): event counts per doc match.
    const perDoc = await box.sql<{ doc_id: string; n: string }>('select doc_id, count(*)::text as n from $S.events group by doc_id');
    assert.equal(perDoc.reduce((s, r) => s + Number(r.n), 0), ref.events);
    assert.ok(active <= 1, `at most one job was in flight when killed (${active})`);
  } finally {
    await first.stop();
    await second?.stop();
    await box.dispose();
  }
});
