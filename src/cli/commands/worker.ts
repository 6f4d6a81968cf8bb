/**
 * `brink worker`: a queue worker (Redis → store). `brink enqueue`: read sources and queue their
 * documents (or their URLs, fetched by the workers) with back-pressure.
 */
import type { Command } from 'commander';
import { BrinkError } from '../../domain/errors.js';
import type { Document } from '../../domain/types.js';
import { readSources } from '../../ingest/index.js';
import { DEFAULT_REDIS_URL, enqueueDocuments, enqueueUrl, feedsPath, openQueue, pingRedis, startWorker, waterFrom } from '../../worker/index.js';
import { describeStoreConfig, workerStoreConfig } from '../../worker/config.js';
import { dbOption, type DbOpts } from '../options.js';

/** Longest graceful shutdown (the jobs in hand finish first). */
const SHUTDOWN_MS = 120_000;

interface QueueFlags {
  redis: string;
  prefix?: string;
}

interface WorkerFlags extends QueueFlags, DbOpts {
  concurrency: string;
  lockMs?: string;
  stalledMs?: string;
  allowPrivate?: boolean;
  feeds?: string;
  json?: boolean;
}

interface EnqueueFlags extends QueueFlags {
  published?: string;
  outlet?: string;
  maxBytes: string;
  allowPrivate?: boolean;
  fetchInWorker?: boolean;
  highWater?: string;
  lowWater?: string;
  json?: boolean;
}

export function queueOptions(cmd: Command): Command {
  return cmd
    .option('--redis <url>', 'Redis URL of the queue (env BRINK_REDIS)', process.env.BRINK_REDIS ?? DEFAULT_REDIS_URL)
    .option('--prefix <name>', 'BullMQ key prefix (env BRINK_QUEUE_PREFIX; default bull)', process.env.BRINK_QUEUE_PREFIX);
}

const positive = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new BrinkError('BAD_REQUEST', { detail: `${name} must be a positive number` });
  return n;
};

export default function register(program: Command): void {
  dbOption(queueOptions(program.command('worker').description('process queued ingestion jobs (Redis/BullMQ) into the store; run N of them on N machines')))
    .option('--concurrency <n>', 'jobs processed at once by this process', '1')
    .option('--lock-ms <ms>', 'job lock; a killed worker\'s jobs are re-delivered after it (default 30000)')
    .option('--stalled-ms <ms>', 'interval of the stalled-job check (default 30000)')
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses (testing only)')
    .option('--feeds <file>', 'install the poll schedules of this feeds file at start (env BRINK_FEEDS; default brink.feeds.json if present)')
    .option('--json', 'print one JSON line per job')
    .addHelpText('after', '\nStops gracefully on SIGTERM/SIGINT: finishes the jobs in hand, then exits, printing its totals.')
    .action(runWorker);

  queueOptions(program.command('enqueue').description('queue documents from files, directories or URLs for the workers'))
    .argument('<sources...>', 'files, directories, http(s) URLs, or - for stdin')
    .option('--published <date>', 'publication date/time for sources that lack one (ISO 8601)')
    .option('--outlet <name>', 'outlet name for sources that lack one')
    .option('--max-bytes <n>', 'size cap per input in bytes', String(64 * 1024 * 1024))
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses (testing only)')
    .option('--fetch-in-worker', 'queue URLs as fetch-url jobs instead of fetching them here')
    .option('--high-water <n>', 'pause while more than this many jobs wait (default 20000)')
    .option('--low-water <n>', 'resume when fewer than this many wait (default half of high)')
    .option('--json', 'print a JSON summary')
    .action(runEnqueue);
}

async function runWorker(flags: WorkerFlags): Promise<void> {
  const slow = Number(process.env.BRINK_TEST_SLOW_MS ?? 0);
  const feedsFile = flags.feeds ?? process.env.BRINK_FEEDS ?? undefined;
  const running = await startWorker({
    redisUrl: flags.redis,
    ...(flags.db ? { storeUrl: flags.db } : {}),
    ...(flags.prefix ? { prefix: flags.prefix } : {}),
    concurrency: positive(flags.concurrency, '--concurrency') ?? 1,
    ...(flags.lockMs ? { lockDuration: positive(flags.lockMs, '--lock-ms')! } : {}),
    ...(flags.stalledMs ? { stalledInterval: positive(flags.stalledMs, '--stalled-ms')! } : {}),
    allowPrivate: Boolean(flags.allowPrivate),
    ...(feedsFile ? { feedsFile: feedsPath(feedsFile) } : {}),
    ...(slow > 0 ? { slowMs: slow } : {}),
    onJob: (e) => {
      if (flags.json) console.log(JSON.stringify({ job: e }));
      else if (!e.ok) console.error(`failed ${e.name} ${e.id}: ${e.error}`);
    },
  });
  const where = describeStoreConfig(workerStoreConfig(flags.db));
  if (flags.json) console.log(JSON.stringify({ ready: { pid: process.pid, store: where } }));
  else console.error(`brink worker ${process.pid}: ready (queue ${flags.redis}, store ${where})`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      // A live timer keeps the process up until the close has finished (some of BullMQ's timers
      // are unref'd), and bounds a shutdown that hangs.
      const deadline = setTimeout(() => {
        console.error(`brink worker ${process.pid}: shutdown took over ${SHUTDOWN_MS / 1000}s; exiting`);
        process.exit(1);
      }, SHUTDOWN_MS);
      void running.close().finally(() => clearTimeout(deadline)).then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  const s = running.stats;
  const secs = (Date.now() - s.startedAt) / 1000;
  const ru = process.resourceUsage();
  const cpuSeconds = Number(((ru.userCPUTime + ru.systemCPUTime) / 1e6).toFixed(2));
  const totals = { ...s, seconds: Number(secs.toFixed(1)), cpuSeconds, maxRssKb: ru.maxRSS };
  if (flags.json) console.log(JSON.stringify({ exit: totals }));
  else console.error(`brink worker ${process.pid}: stopped after ${totals.seconds}s — ${s.completed} jobs done, ${s.failed} failed, ${s.documents} documents, ${s.words} words, ${cpuSeconds} CPU-s, peak RSS ${Math.round(totals.maxRssKb / 1024)} MB`);
}

async function runEnqueue(sources: string[], flags: EnqueueFlags): Promise<void> {
  if (flags.published && Number.isNaN(Date.parse(flags.published))) throw new BrinkError('BAD_DATE', { value: flags.published });
  const maxBytes = positive(flags.maxBytes, '--max-bytes')!;
  await pingRedis(flags.redis);
  const queue = openQueue({ redisUrl: flags.redis, ...(flags.prefix ? { prefix: flags.prefix } : {}) });
  const failures: string[] = [];
  let urls = 0;
  try {
    const local = flags.fetchInWorker ? sources.filter((s) => !/^https?:\/\//i.test(s)) : sources;
    if (flags.fetchInWorker) {
      for (const url of sources.filter((s) => /^https?:\/\//i.test(s))) {
        await enqueueUrl(queue, { url, ...(flags.outlet ? { outlet: flags.outlet } : {}), ...(flags.published ? { published: flags.published } : {}) });
        urls++;
      }
    }
    const opts = { maxBytes, allowPrivate: Boolean(flags.allowPrivate), stdin: process.stdin, ...(flags.outlet ? { outlet: flags.outlet } : {}), ...(flags.published ? { published: flags.published } : {}) };
    async function* docs(): AsyncGenerator<Document> {
      for await (const item of readSources(local, opts)) {
        if (item.doc) yield item.doc;
        else if (item.error) failures.push(item.error.describe());
      }
    }
    const r = await enqueueDocuments(queue, docs(), {
      water: waterFrom(positive(flags.highWater, '--high-water'), flags.lowWater === undefined ? undefined : Number(flags.lowWater)),
      onFlow: (state, waiting) => console.error(`enqueue: ${state} (${waiting} waiting)`),
    });
    if (flags.json) console.log(JSON.stringify({ summary: { documents: r.submitted, urls, pauses: r.pauses, failed: failures.length, failures } }));
    else {
      for (const f of failures) console.error(`failed: ${f}`);
      console.log(`queued ${r.submitted} documents${urls ? ` and ${urls} URLs` : ''} (${r.pauses} back-pressure pauses, ${failures.length} inputs failed)`);
    }
    if (failures.length) process.exitCode = 1;
  } finally {
    await queue.close();
  }
}
