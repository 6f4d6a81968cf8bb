/**
 * The queue worker: takes jobs from Redis (BullMQ) and writes to the store (PostgreSQL or
 * SQLite). Every job is idempotent, so BullMQ's at-least-once delivery (retries, stalled jobs of
 * a killed worker re-delivered after the lock expires) never duplicates or half-writes data:
 *   ingest-document → storeDocument (analyze, then document + analysis in one transaction)
 *   fetch-url       → guarded fetch, parse, enqueue one ingest-document per document
 *   poll-feed       → guarded fetch of the feed, enqueue one ingest-document per item
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { isBrinkError } from '../domain/errors.js';
import { createAnalyzer, toArticleAnalysis } from '../engine/analyze.js';
import type { Analyze } from '../engine/ingest.js';
import { storeDocument } from '../engine/store-document.js';
import { fetchUrl, parseBuffer, words } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { connectionOptions, DEFAULT_PREFIX, QUEUE_NAME, workerStoreConfig } from './config.js';
import { loadFeeds, pollFeed, syncFeedSchedulers } from './feeds.js';
import { enqueueDocuments, JOB, openQueue, parsePayload, type FetchJob } from './queue.js';
import { countCompleted, openRedis, pingRedis } from './status.js';

export interface WorkerOptions {
  redisUrl: string;
  /** postgres://... (optionally #schema=NAME) or an SQLite path. */
  storeUrl?: string;
  concurrency?: number;
  prefix?: string;
  /** Lock of an active job; a killed worker's job is re-delivered after it expires (default 30 s). */
  lockDuration?: number;
  /** How often stalled jobs are looked for (default 30 s). */
  stalledInterval?: number;
  /** Fetch private/loopback addresses (tests, intranets). */
  allowPrivate?: boolean;
  /** Feeds file whose schedules this worker installs at start (absent file: none). */
  feedsFile?: string;
  /** Test hook: wait this long before each job (to kill a worker mid-batch). */
  slowMs?: number;
  /** Analysis function; default the full pipeline (createAnalyzer). */
  analyze?: Analyze & { version?: string };
  onJob?: (e: JobEvent) => void;
}

export interface JobEvent {
  id: string;
  name: string;
  ok: boolean;
  status?: string;
  error?: string;
}

export interface WorkerStats {
  completed: number;
  failed: number;
  documents: number;
  words: number;
  startedAt: number;
}

export interface RunningWorker {
  worker: Worker;
  stats: WorkerStats;
  /** Stops taking jobs, finishes the active ones, closes Redis and the store. */
  close(): Promise<void>;
}

interface Deps {
  store: Store;
  queue: Queue;
  analyze: Analyze;
  version?: string;
  opts: WorkerOptions;
  stats: WorkerStats;
}

/** How long completions are gathered before the completion counter in Redis is bumped. */
const COUNT_FLUSH_MS = 200;

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const prefix = opts.prefix ?? DEFAULT_PREFIX;
  await pingRedis(opts.redisUrl);
  const store = await openStore(workerStoreConfig(opts.storeUrl));
  let analyze: Analyze;
  let version: string | undefined;
  if (opts.analyze) {
    analyze = opts.analyze;
    version = opts.analyze.version;
  } else {
    const analyzer = await createAnalyzer();
    analyze = (doc) => toArticleAnalysis(analyzer(doc));
    version = analyzer.version;
  }
  const queue = openQueue({ redisUrl: opts.redisUrl, prefix });
  const redis: Redis = openRedis(opts.redisUrl);
  const stats: WorkerStats = { completed: 0, failed: 0, documents: 0, words: 0, startedAt: Date.now() };
  const deps: Deps = { store, queue, analyze, ...(version ? { version } : {}), opts, stats };
  if (opts.feedsFile) await syncFeedSchedulers(queue, loadFeeds(opts.feedsFile));
  const worker = new Worker(QUEUE_NAME, (job: Job) => processJob(job, deps), {
    connection: connectionOptions(opts.redisUrl),
    prefix,
    concurrency: Math.max(1, opts.concurrency ?? 1),
    lockDuration: opts.lockDuration ?? 30_000,
    stalledInterval: opts.stalledInterval ?? 30_000,
    maxStalledCount: 3,
  });
  // The per-10-second completion counter is bumped at most every COUNT_FLUSH_MS with the jobs
  // completed meanwhile (one Redis MULTI per interval, not one per job).
  let uncounted = 0;
  let countTimer: NodeJS.Timeout | null = null;
  const flushCount = (): Promise<void> => {
    if (countTimer) clearTimeout(countTimer);
    countTimer = null;
    const n = uncounted;
    uncounted = 0;
    return n > 0 ? countCompleted(redis, prefix, n).catch(() => undefined) : Promise.resolve();
  };
  worker.on('completed', (job, result: { status?: string } | undefined) => {
    stats.completed++;
    uncounted++;
    countTimer ??= setTimeout(() => void flushCount(), COUNT_FLUSH_MS);
    opts.onJob?.({ id: String(job.id), name: job.name, ok: true, ...(result?.status ? { status: result.status } : {}) });
  });
  worker.on('failed', (job, err) => {
    stats.failed++;
    opts.onJob?.({ id: String(job?.id), name: job?.name ?? '?', ok: false, error: err.message });
  });
  worker.on('error', () => undefined);
  await worker.waitUntilReady();
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await worker.close();
      await flushCount();
      await queue.close();
      redis.disconnect();
      await store.close();
    })());
  return { worker, stats, close };
}

/** Runs one job; throws to let BullMQ retry, UnrecoverableError when retrying cannot help. */
export async function processJob(job: Pick<Job, 'name' | 'data' | 'id'>, deps: Deps): Promise<{ status: string; events?: number; enqueued?: number }> {
  if (deps.opts.slowMs) await new Promise((r) => setTimeout(r, deps.opts.slowMs));
  let payload: ReturnType<typeof parsePayload>;
  try {
    payload = parsePayload(job.name, job.data);
  } catch (e) {
    throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
  }
  switch (payload.name) {
    case JOB.ingest: {
      const doc = payload.data.doc;
      const report = await storeDocument(deps.store, doc.origin ?? `job:${job.id}`, doc, { analyze: deps.analyze, ...(deps.version ? { version: deps.version } : {}) });
      if (report.status === 'failed') throw new Error(`${report.error?.code}: ${report.error?.message}`);
      deps.stats.documents++;
      deps.stats.words += words(doc.text).length;
      return { status: report.status, ...(report.events !== undefined ? { events: report.events } : {}) };
    }
    case JOB.fetch:
      return { status: 'fetched', enqueued: await fetchAndEnqueue(payload.data, deps) };
    case JOB.poll: {
      const r = await retryable(() => pollFeed(deps.queue, payload.data, { allowPrivate: Boolean(deps.opts.allowPrivate) }));
      return { status: 'polled', enqueued: r.enqueued };
    }
  }
}

async function fetchAndEnqueue(job: FetchJob, deps: Deps): Promise<number> {
  const opts = { allowPrivate: Boolean(deps.opts.allowPrivate), ...(job.outlet ? { outlet: job.outlet } : {}), ...(job.published ? { published: job.published } : {}) };
  const fetched = await retryable(() => fetchUrl(job.url, opts));
  const items = parseBuffer(fetched.body, { origin: job.url, url: fetched.url, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) }, opts);
  const docs = items.flatMap((i) => (i.doc ? [i.doc] : []));
  if (docs.length === 0 && items[0]?.error) throw new UnrecoverableError(items[0].error.describe());
  const r = await enqueueDocuments(deps.queue, docs, { water: { high: Number.MAX_SAFE_INTEGER } });
  return r.submitted;
}

/** Refusals (private address, bad URL, unparseable) are final; network trouble is retried. */
async function retryable<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (isBrinkError(e) && !['UNREACHABLE', 'FETCH_TIMEOUT', 'HTTP_STATUS', 'INTERNAL', 'STORE_FAILED'].includes(e.code)) {
      throw new UnrecoverableError(e.describe());
    }
    throw e;
  }
}
