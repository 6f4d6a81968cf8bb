/**
 * Queue status for operators and the HTTP API: depth by state, throughput over the last minute
 * (a Redis counter per 10-second bucket that workers bump on each completed job), live workers
 * and the latest failures with their reasons.
 */
import { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { BrinkError } from '../domain/errors.js';
import { DEFAULT_PREFIX, QUEUE_NAME, type QueueTarget } from './config.js';
import { openQueue } from './queue.js';

const BUCKET_MS = 10_000;
const BUCKETS_PER_MINUTE = 6;

export interface QueueStatus {
  queue: string;
  prefix: string;
  counts: { waiting: number; active: number; delayed: number; prioritized: number; failed: number; completed: number };
  /** Jobs completed in the last 60 s (six 10-second buckets, the current one partial). */
  completedLastMinute: number;
  workers: number;
  feedSchedulers: number;
  failures: Array<{ id: string; name: string; reason: string; attempts: number; at?: string }>;
  at: string;
}

const rateKey = (prefix: string, bucket: number): string => `${prefix}:${QUEUE_NAME}:brink:done:${bucket}`;

/** Bumps the completion counter of the current bucket (expires after two minutes). */
export async function countCompleted(redis: Redis, prefix: string, n = 1, now = Date.now()): Promise<void> {
  const key = rateKey(prefix, Math.floor(now / BUCKET_MS));
  await redis.multi().incrby(key, n).pexpire(key, 2 * 60_000).exec();
}

export async function completedLastMinute(redis: Redis, prefix: string, now = Date.now()): Promise<number> {
  const b = Math.floor(now / BUCKET_MS);
  const keys = Array.from({ length: BUCKETS_PER_MINUTE }, (_, i) => rateKey(prefix, b - i));
  const vals = await redis.mget(...keys);
  return vals.reduce((s, v) => s + (v ? Number(v) : 0), 0);
}

/** UNREACHABLE (at once, not after endless reconnects) when Redis does not answer a PING. */
export async function pingRedis(redisUrl: string, timeoutMs = 3000): Promise<void> {
  const r = new Redis(redisUrl, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await r.ping();
  } catch (e) {
    throw new BrinkError('UNREACHABLE', { detail: `Redis at ${redisUrl}: ${e instanceof Error ? e.message : String(e)}` }, redisUrl);
  } finally {
    r.disconnect();
  }
}

export function openRedis(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false, enableOfflineQueue: true });
}

export async function statusOf(queue: Queue, redis: Redis, prefix: string): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
  const failed = await queue.getFailed(0, 19);
  const schedulers = await queue.getJobSchedulers(0, -1);
  return {
    queue: QUEUE_NAME,
    prefix,
    counts: {
      waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, prioritized: c.prioritized ?? 0,
      failed: c.failed ?? 0, completed: c.completed ?? 0,
    },
    completedLastMinute: await completedLastMinute(redis, prefix),
    workers: (await queue.getWorkers()).length,
    feedSchedulers: schedulers.filter((s) => (s.key ?? '').startsWith('feed-')).length,
    failures: failed.filter((j) => j).map((j) => ({
      id: String(j.id), name: j.name, reason: j.failedReason ?? '', attempts: j.attemptsMade,
      ...(j.finishedOn ? { at: new Date(j.finishedOn).toISOString() } : {}),
    })),
    at: new Date().toISOString(),
  };
}

/** Status of the queue at `redisUrl` (opens and closes its own connections). */
export async function queueStatus(redisUrl: string | QueueTarget): Promise<QueueStatus> {
  const target = typeof redisUrl === 'string' ? { redisUrl } : redisUrl;
  const prefix = target.prefix ?? DEFAULT_PREFIX;
  await pingRedis(target.redisUrl);
  const queue = openQueue(target);
  const redis = openRedis(target.redisUrl);
  try {
    return await statusOf(queue, redis, prefix);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** Plain-text rendering for the CLI. */
export function formatStatus(s: QueueStatus): string {
  const c = s.counts;
  const lines = [
    `queue ${s.prefix}:${s.queue}   workers ${s.workers}   feed schedules ${s.feedSchedulers}`,
    `waiting ${c.waiting}  active ${c.active}  delayed ${c.delayed}  prioritized ${c.prioritized}  failed ${c.failed}  completed (kept) ${c.completed}`,
    `rate: ${s.completedLastMinute} completed in the last minute (${(s.completedLastMinute / 60).toFixed(1)}/s)`,
  ];
  if (s.failures.length) {
    lines.push(`last ${s.failures.length} failures:`);
    for (const f of s.failures) lines.push(`  ${f.at ?? ''}  ${f.name} ${f.id}  (attempts ${f.attempts}): ${f.reason}`);
  }
  return lines.join('\n');
}
