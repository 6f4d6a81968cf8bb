/**
 * Back-pressure on real Redis: with no worker running, the producer stops above the high-water
 * mark; once a worker drains the queue below the low-water mark it resumes, and every document
 * arrives. Also the `brink enqueue` command end to end (files → queue → worker → store).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/engine/paths.js';
import { enqueueDocuments } from '../../src/worker/queue.js';
import { article } from '../../bench/scale/corpus.js';
import { count, documents, pending, REDIS_URL, sandbox, servicesSkip, startWorkerProcess, waitFor, type WorkerProc } from './helpers.js';

test('the producer pauses above high water and resumes when a worker drains the queue', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  const box = await sandbox('bp');
  let worker: WorkerProc | null = null;
  try {
    const docs = documents(30, 55);
    const flow: string[] = [];
    let paused!: () => void;
    const pausedOnce = new Promise<void>((r) => (paused = r));
    const producing = enqueueDocuments(box.queue, docs, {
      batch: 5, pollMs: 100, water: { high: 8, low: 3 },
      onFlow: (state, waiting) => {
        flow.push(`${state}@${waiting}`);
        if (state === 'paused') paused();
      },
    });
    await pausedOnce;
    const waiting = await box.queue.getWaitingCount();
    assert.ok(waiting <= 8 + 5, `no more than high water + one batch queued while paused (${waiting})`);
    worker = startWorkerProcess(box);
    const summary = await producing;
    assert.equal(summary.submitted, 30);
    assert.ok(summary.pauses >= 1);
    assert.ok(flow.some((f) => f.startsWith('resumed')), flow.join(' '));
    await waitFor('30 documents stored', async () => (await count(box, 'documents')) === 30 && (await pending(box)) === 0);
  } finally {
    await worker?.stop();
    await box.dispose();
  }
});

test('brink enqueue: files into the queue, a worker stores them', { skip: await servicesSkip(), timeout: 300_000 }, async () => {
  const box = await sandbox('enq');
  const dir = mkdtempSync(join(tmpdir(), 'brink-e2e-enqueue-'));
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `a${i}.txt`), article(i, 66).text + '\n');
  writeFileSync(join(dir, 'bad.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
  const worker = startWorkerProcess(box);
  try {
    await worker.ready;
    const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/cli-entry.ts'), 'enqueue', dir, '--published', '2025-03-04', '--json', '--redis', REDIS_URL, '--prefix', box.prefix], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      c.stdout.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
      c.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
      c.once('close', (status) => resolve({ status, stdout: stdout + stderr }));
    });
    assert.equal(r.status, 1, `an unreadable input makes the exit code 1: ${r.stdout}`);
    const summary = (JSON.parse(r.stdout.split('\n').find((l) => l.startsWith('{"summary"'))!) as { summary: { documents: number; failed: number } }).summary;
    assert.equal(summary.documents, 4);
    assert.equal(summary.failed, 1);
    await waitFor('4 documents stored', async () => (await count(box, 'documents')) === 4 && (await pending(box)) === 0);
    const dated = await box.sql<{ published: string }>('select published from $S.documents');
    assert.ok(dated.every((d) => d.published === '2025-03-04'));
    assert.ok((await count(box, 'events')) > 0);
  } finally {
    await worker.stop();
    await box.dispose();
  }
});
