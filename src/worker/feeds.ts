/**
 * Feeds: definitions in a JSON file (`brink.feeds.json`: [{id, url, everyMinutes}]), polled on a
 * schedule by BullMQ job schedulers (one `poll-feed` job per feed every N minutes). A poll
 * fetches the feed (guarded fetch), parses its items and enqueues one `ingest-document` per
 * item; document ids are content hashes, so re-polling the same items adds nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Queue } from 'bullmq';
import { z } from 'zod';
import { BrinkError } from '../domain/errors.js';
import type { Document } from '../domain/types.js';
import { checkUrl, fetchUrl, parseBuffer } from '../ingest/index.js';
import { enqueueDocuments, JOB, type PollJob } from './queue.js';

export const DEFAULT_FEEDS_FILE = 'brink.feeds.json';
export const DEFAULT_EVERY_MINUTES = 15;
const SCHEDULER_PREFIX = 'feed-';

export const FeedDef = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/),
  url: z.string().url(),
  everyMinutes: z.number().int().min(1).max(7 * 24 * 60),
});
export type FeedDef = z.infer<typeof FeedDef>;

export function feedsPath(file?: string): string {
  return resolve(file ?? process.env.BRINK_FEEDS ?? DEFAULT_FEEDS_FILE);
}

/** The feed list; an absent file is an empty list, a malformed one BAD_DATA_FILE. */
export function loadFeeds(file: string): FeedDef[] {
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BrinkError('BAD_DATA_FILE', { file, detail: e instanceof Error ? e.message : String(e) });
  }
  const r = z.array(FeedDef).safeParse(raw);
  if (!r.success) throw new BrinkError('BAD_DATA_FILE', { file, detail: r.error.issues[0]?.message ?? 'invalid' });
  return r.data;
}

/** Writes atomically (temp file + rename), so a crash never leaves half a file. */
export function saveFeeds(file: string, feeds: FeedDef[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(feeds, null, 2) + '\n');
  renameSync(tmp, file);
}

/** A stable id for a URL: host plus a short hash. */
export function feedIdFor(url: string): string {
  const u = checkUrl(url, url);
  const h = createHash('sha256').update(u.toString()).digest('hex').slice(0, 8);
  return `${u.hostname.replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 60)}-${h}`;
}

/** Adds or updates (same URL) a feed; returns the new list and the feed. */
export function addFeed(feeds: FeedDef[], url: string, everyMinutes = DEFAULT_EVERY_MINUTES): { feeds: FeedDef[]; feed: FeedDef } {
  const feed = FeedDef.parse({ id: feedIdFor(url), url: checkUrl(url, url).toString(), everyMinutes });
  const rest = feeds.filter((f) => f.id !== feed.id);
  return { feeds: [...rest, feed], feed };
}

export function removeFeed(feeds: FeedDef[], idOrUrl: string): FeedDef[] {
  return feeds.filter((f) => f.id !== idOrUrl && f.url !== idOrUrl);
}

/**
 * Makes the queue's feed schedulers match the list: one repeatable `poll-feed` per feed, and
 * schedulers of removed feeds deleted. Safe to run from every worker at start.
 */
export async function syncFeedSchedulers(queue: Queue, feeds: FeedDef[]): Promise<{ scheduled: number; removed: number }> {
  const wanted = new Set(feeds.map((f) => SCHEDULER_PREFIX + f.id));
  let removed = 0;
  for (const s of await queue.getJobSchedulers(0, -1)) {
    const key = s.key ?? s.id;
    if (key && key.startsWith(SCHEDULER_PREFIX) && !wanted.has(key)) {
      await queue.removeJobScheduler(key);
      removed++;
    }
  }
  for (const f of feeds) {
    await queue.upsertJobScheduler(SCHEDULER_PREFIX + f.id, { every: f.everyMinutes * 60_000 }, {
      name: JOB.poll,
      data: { feedId: f.id, url: f.url } satisfies PollJob,
    });
  }
  return { scheduled: feeds.length, removed };
}

export interface PollOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface PollResult {
  feedId: string;
  items: number;
  enqueued: number;
  failed: Array<{ origin: string; code: string; message: string }>;
}

/** Fetches and parses a feed; the documents of its items and the items that failed. */
export async function readFeed(url: string, opts: PollOptions = {}): Promise<{ docs: Document[]; failed: PollResult['failed'] }> {
  const fetched = await fetchUrl(url, opts);
  const items = parseBuffer(fetched.body, { origin: url, url: fetched.url, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) }, opts);
  const docs: Document[] = [];
  const failed: PollResult['failed'] = [];
  for (const it of items) {
    if (it.doc) docs.push(it.doc);
    else if (it.error) failed.push({ origin: it.origin, code: it.error.code, message: it.error.message });
  }
  return { docs, failed };
}

/** One poll: fetch, parse, enqueue one ingest job per item (duplicates collapse on ids). */
export async function pollFeed(queue: Queue, job: PollJob, opts: PollOptions = {}): Promise<PollResult> {
  const { docs, failed } = await readFeed(job.url, opts);
  const r = await enqueueDocuments(queue, docs, { water: { high: Number.MAX_SAFE_INTEGER } });
  return { feedId: job.feedId, items: docs.length + failed.length, enqueued: r.submitted, failed };
}
