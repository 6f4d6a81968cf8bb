/**
 * The ingestion queue (BullMQ over Redis): job names, validated payloads and the producer side.
 * Document jobs use the document id (a content hash) as BullMQ job id, so enqueueing the same
 * article twice while its job exists is a no-op; the worker is idempotent for the rest.
 */
import { Queue, type JobsOptions } from 'bullmq';
import { z } from 'zod';
import type { Document } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';
import { connectionOptions, DEFAULT_PREFIX, QUEUE_NAME, type QueueTarget } from './config.js';
import { decideFlow, DEFAULT_WATER, type Water } from './backpressure.js';

export const JOB = { ingest: 'ingest-document', fetch: 'fetch-url', poll: 'poll-feed' } as const;
export type JobName = (typeof JOB)[keyof typeof JOB];

const SOURCE_KINDS = ['text', 'markdown', 'html', 'rss', 'atom', 'ndjson', 'url', 'api', 'import'] as const;

export const DocumentPayload = z.object({
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  url: z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  language: z.string(),
  supported: z.boolean(),
  text: z.string().min(1),
  html: z.string().optional(),
  kind: z.enum(SOURCE_KINDS),
  origin: z.string().optional(),
  nearDuplicateOf: z.string().optional(),
  simhash: z.string().optional(),
});

export const IngestPayload = z.object({ doc: DocumentPayload });
export const FetchPayload = z.object({ url: z.string().url(), outlet: z.string().optional(), published: z.string().optional() });
export const PollPayload = z.object({ feedId: z.string().min(1), url: z.string().url() });

export type IngestJob = z.infer<typeof IngestPayload>;
export type FetchJob = z.infer<typeof FetchPayload>;
export type PollJob = z.infer<typeof PollPayload>;

/** Validates a job's data for its name; BAD_REQUEST (not retried) when it does not fit. */
export function parsePayload(name: string, data: unknown): { name: 'ingest-document'; data: IngestJob } | { name: 'fetch-url'; data: FetchJob } | { name: 'poll-feed'; data: PollJob } {
  const schema = name === JOB.ingest ? IngestPayload : name === JOB.fetch ? FetchPayload : name === JOB.poll ? PollPayload : null;
  if (!schema) throw new BrinkError('BAD_REQUEST', { detail: `unknown job ${name}` });
  const r = schema.safeParse(data);
  if (!r.success) throw new BrinkError('BAD_REQUEST', { detail: `${name}: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
  return { name, data: r.data } as ReturnType<typeof parsePayload>;
}

/** Deterministic job id of a document (BullMQ ids must not be purely numeric). */
export const documentJobId = (docId: string): string => `doc-${docId}`;

export const JOB_DEFAULTS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Keep finished jobs a while: duplicates within the hour collapse on the job id, and status
  // can count the last minute's completions and show recent failures.
  removeOnComplete: { age: 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export function openQueue(target: QueueTarget): Queue {
  return new Queue(QUEUE_NAME, {
    connection: connectionOptions(target.redisUrl),
    prefix: target.prefix ?? DEFAULT_PREFIX,
    defaultJobOptions: JOB_DEFAULTS,
  });
}

export interface EnqueueOptions {
  /** Documents per addBulk call (default 200). */
  batch?: number;
  water?: Partial<Water>;
  /** Time between queue-depth checks while paused (default 500 ms). */
  pollMs?: number;
  /** Called when the producer pauses (waiting above high water) and when it resumes. */
  onFlow?: (state: 'paused' | 'resumed', waiting: number) => void;
  /** Job id override (tests of duplicate delivery); default documentJobId(doc.id). */
  jobId?: (doc: Document) => string;
}

export interface EnqueueSummary {
  /** Jobs handed to Redis (an existing job id makes that add a no-op). */
  submitted: number;
  pauses: number;
}

/**
 * Enqueues documents in batches, pausing while the queue's waiting count is above the high-water
 * mark and resuming once it falls below the low-water mark.
 */
export async function enqueueDocuments(queue: Queue, docs: Iterable<Document> | AsyncIterable<Document>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const size = opts.batch ?? 200;
  const water = { ...DEFAULT_WATER, ...opts.water };
  const summary: EnqueueSummary = { submitted: 0, pauses: 0 };
  let pending: Document[] = [];
  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    await waitForRoom(queue, water, opts, summary);
    await queue.addBulk(pending.map((doc) => ({ name: JOB.ingest, data: { doc } satisfies IngestJob, opts: { jobId: (opts.jobId ?? ((d) => documentJobId(d.id)))(doc) } })));
    summary.submitted += pending.length;
    pending = [];
  };
  for await (const doc of docs) {
    pending.push(doc);
    if (pending.length >= size) await flush();
  }
  await flush();
  return summary;
}

async function waitForRoom(queue: Queue, water: Water, opts: EnqueueOptions, summary: EnqueueSummary): Promise<void> {
  let paused = false;
  for (;;) {
    const waiting = await queue.getWaitingCount();
    const next = decideFlow(waiting, paused, water);
    if (next && !paused) {
      summary.pauses++;
      opts.onFlow?.('paused', waiting);
    }
    if (!next) {
      if (paused) opts.onFlow?.('resumed', waiting);
      return;
    }
    paused = true;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
  }
}

/** Enqueues a URL to fetch (job id from the URL, so the same URL queued twice collapses). */
export async function enqueueUrl(queue: Queue, job: FetchJob): Promise<void> {
  const data = FetchPayload.parse(job);
  await queue.add(JOB.fetch, data, { jobId: `url-${Buffer.from(data.url).toString('base64url').slice(0, 200)}` });
}
