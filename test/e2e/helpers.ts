/**
 * End-to-end harness: real Redis and PostgreSQL, real worker processes. Each test gets a unique
 * BullMQ prefix and a fresh PostgreSQL schema, and removes both afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { Queue } from 'bullmq';
import { ROOT } from '../../src/engine/paths.js';
import { buildDocument } from '../../src/ingest/index.js';
import type { Document } from '../../src/domain/types.js';
import { openQueue } from '../../src/worker/queue.js';
import { PG_URL, pgReachable } from '../../src/store/test-fixtures.js';
import { article } from '../../bench/scale/corpus.js';

export const REDIS_URL = process.env.BRINK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export { PG_URL };

const HINT =
  'needs Redis at 127.0.0.1:6379 and PostgreSQL at 127.0.0.1:5432 (as .ci/run starts them: ' +
  '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""` and ' +
  '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`)';

function tcpUp(host: string, port: number, ms = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(ms, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/** node:test `skip` value: false when both services answer (or CI requires them), else why not. */
export async function servicesSkip(): Promise<false | string> {
  const u = new URL(REDIS_URL);
  const redis = await tcpUp(u.hostname, Number(u.port || 6379));
  const pgOk = await pgReachable();
  if (redis && pgOk) return false;
  if (process.env.BRINK_REQUIRE_SERVICES === '1') return false;
  return `${!redis ? 'Redis' : ''}${!redis && !pgOk ? ' and ' : ''}${!pgOk ? 'PostgreSQL' : ''} unreachable: this suite ${HINT}`;
}

let serial = 0;

export interface Sandbox {
  prefix: string;
  schema: string;
  /** Store URL with the #schema= convention understood by the worker. */
  db: string;
  queue: Queue;
  sql<T extends Record<string, unknown> = Record<string, unknown>>(q: string, values?: unknown[]): Promise<T[]>;
  dispose(): Promise<void>;
}

export async function sandbox(name: string): Promise<Sandbox> {
  const tag = `${name}_${process.pid}_${Date.now().toString(36)}_${serial++}`;
  const schema = `e2e_${tag}`.toLowerCase();
  const prefix = `brinke2e-${tag}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema if not exists "${schema}"`);
  const queue = openQueue({ redisUrl: REDIS_URL, prefix });
  return {
    prefix,
    schema,
    db: `${PG_URL}#schema=${schema}`,
    queue,
    sql: async (q, values = []) => (await client.query(q.replaceAll('$S', `"${schema}"`), values)).rows,
    dispose: async () => {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

export interface WorkerProc {
  child: ChildProcess;
  /** JSON lines printed so far. */
  lines: Array<Record<string, unknown>>;
  ready: Promise<void>;
  exited: Promise<number | null>;
  /** SIGTERM and wait for a graceful exit; resolves with its exit totals line. */
  stop(): Promise<Record<string, unknown> | undefined>;
}

/** Spawns `brink worker --json` as a real process. */
export function startWorkerProcess(box: Sandbox, args: string[] = [], env: Record<string, string> = {}): WorkerProc {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/e2e/cli-entry.ts'), 'worker', '--json', '--redis', REDIS_URL, '--prefix', box.prefix, '--db', box.db, ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: Array<Record<string, unknown>> = [];
  let buf = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  let onFail: (e: Error) => void = () => undefined;
  const ready = new Promise<void>((res, rej) => {
    onReady = res;
    onFail = rej;
  });
  ready.catch(() => undefined); // observed by whoever awaits it; never an unhandled rejection
  child.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        const obj = JSON.parse(line) as Record<string, unknown>;
        lines.push(obj);
        if (obj.ready) onReady();
      } catch {
        // not JSON: ignore
      }
    }
  });
  child.stderr!.on('data', (c: Buffer) => void (stderr = (stderr + c.toString('utf8')).slice(-4000)));
  const exited = new Promise<number | null>((res) =>
    child.once('exit', (code) => {
      onFail(new Error(`worker exited (${code}) before it was ready: ${stderr}`));
      res(code);
    }),
  );
  return {
    child,
    lines,
    ready,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      return lines.find((l) => l.exit)?.exit as Record<string, unknown> | undefined;
    },
  };
}

/** Polls `f` until it returns true (every 250 ms) or fails after `ms`. */
export async function waitFor(what: string, f: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await f()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** `n` synthetic, dated articles as Documents (ids are content hashes). */
export function documents(n: number, seed: number): Document[] {
  return Array.from({ length: n }, (_, i) => {
    const a = article(i, seed);
    return buildDocument({ kind: 'api', origin: `e2e:${seed}:${i}`, text: a.text, title: a.title, published: a.published, outlet: a.outlet, url: a.url });
  });
}

export async function count(box: Sandbox, table: string, where = ''): Promise<number> {
  const rows = await box.sql<{ n: string }>(`select count(*)::text as n from $S.${table} ${where}`);
  return Number(rows[0]?.n ?? 0);
}

/** Waiting + active jobs (delayed ones are a feed schedule's next run or a retry's backoff). */
export async function pending(box: Sandbox): Promise<number> {
  const c = await box.queue.getJobCounts('waiting', 'active', 'prioritized');
  return (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0);
}
