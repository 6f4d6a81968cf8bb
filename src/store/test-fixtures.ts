/**
 * Synthetic records for the store's tests and bench (invented text, no real articles).
 * Also how a test opens a throwaway store in either dialect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { ActorMention, Document, Event, QuadClass } from '../domain/types.js';
import { openStore } from './index.js';
import type { Store, StoreConfig } from './types.js';

export const PG_URL = process.env.BRINK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_HINT =
  'PostgreSQL is not reachable at ' +
  PG_URL +
  '; start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (or set BRINK_TEST_PG_URL)';

/**
 * True when PostgreSQL answers (a refused port fails at once; a slow, loaded server gets 15 s). When the server is up but the database named
 * in the URL does not exist yet (a fresh machine), it is created.
 */
export async function pgReachable(url = PG_URL): Promise<boolean> {
  const attempt = async (u: string, q: string, values: string[] = []): Promise<void> => {
    const c = new pg.Client({ connectionString: u, connectionTimeoutMillis: 15000 });
    try {
      await c.connect();
      await c.query(q, values);
    } finally {
      await c.end().catch(() => undefined);
    }
  };
  try {
    await attempt(url, 'select 1');
    return true;
  } catch (e) {
    if ((e as { code?: string }).code !== '3D000') return false;
  }
  try {
    const u = new URL(url);
    const name = decodeURIComponent(u.pathname.slice(1));
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false;
    u.pathname = '/postgres';
    await attempt(u.toString(), `create database "${name}"`);
    await attempt(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * What node:test's `skip` option should be for PostgreSQL tests: false when the server is up, the
 * hint otherwise; but false (so the tests run and fail) when BRINK_REQUIRE_SERVICES=1, as in CI.
 */
export async function pgSkip(): Promise<false | string> {
  if (await pgReachable()) return false;
  return process.env.BRINK_REQUIRE_SERVICES === '1' ? false : PG_HINT;
}

export interface Harness {
  config: StoreConfig;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

let serial = 0;

/** A fresh, isolated place for a store: a temp SQLite file or a fresh PostgreSQL schema. */
export function harness(kind: 'sqlite' | 'postgres'): Harness {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'brink-store-'));
    const config: StoreConfig = { kind: 'sqlite', path: join(dir, 'sub', 'brink.db') };
    return {
      config,
      open: () => openStore(config),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `brink_test_${process.pid}_${Date.now().toString(36)}_${serial++}`;
  const config: StoreConfig = { kind: 'postgres', url: PG_URL, schema };
  return {
    config,
    open: () => openStore(config),
    dispose: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

export function doc(id: string, over: Partial<Document> = {}): Document {
  return {
    id,
    language: 'en',
    supported: true,
    text: `Synthetic text of document ${id}.`,
    kind: 'text',
    ...over,
  };
}

/** Every Document field set, with non-ASCII text. */
export function fullDoc(id: string): Document {
  return {
    id,
    url: `https://news.example/${id}?q=ä&x=1`,
    title: 'Talks resume — «négociations» 停火 🕊️',
    outlet: 'Example Wire',
    published: '2026-03-04T05:06:07Z',
    language: 'en',
    supported: true,
    text: 'Ministers met in Zürich.\nThey said: “no comment”. مرحبا 你好 \u200b end 👍🏽',
    html: '<p>Ministers met in Z&uuml;rich.</p>',
    kind: 'html',
    origin: 'ndjson:feed.ndjson:12',
    simhash: '00ff00ff00ff00ff',
  };
}

export interface EventSpec {
  id: string;
  src: string;
  tgt?: string;
  cameo?: string;
  quad?: QuadClass;
  date?: string;
  utc?: string;
  modality?: Event['modality'];
}

export function event(docId: string, s: EventSpec): Event {
  const country = (code: string): string => code.slice(0, 3);
  const cameo = s.cameo ?? '042';
  const e: Event = {
    id: s.id,
    docId,
    sentence: 0,
    span: [0, 10],
    evidence: 'Synthetic evidence',
    source: { code: s.src, country: country(s.src), name: `${s.src} name`, actorId: `a:${s.src}` },
    target: s.tgt ? { code: s.tgt, country: country(s.tgt) } : null,
    cameo,
    plover: 'CONSULT',
    quad: s.quad ?? 1,
    goldstein: 1.9,
    when: { precision: 'day', inferred: false },
    modality: s.modality ?? 'asserted',
    rule: 'test.rule',
    confidence: 0.8,
  };
  if (s.date) e.when.date = s.date;
  if (s.utc) {
    e.when.utc = s.utc;
    e.when.precision = 'minute';
  }
  return e;
}

export function mention(actorId: string, code: string, start: number): ActorMention {
  return {
    actorId,
    code,
    name: `${actorId} name`,
    kind: 'country',
    how: 'name',
    start,
    end: start + 5,
    text: 'Xname',
  };
}
