/**
 * Stores ONE document with its analysis, idempotently: whatever number of times it runs for the
 * same document (sequentially or concurrently, from one process or several), the store ends up
 * with exactly the data of one run. Used by queue workers, where a job may be delivered twice.
 *
 *   - known document whose stored events carry the current data version (or that is not codable):
 *     nothing to do ('duplicate');
 *   - otherwise analyze (outside the transaction), then in ONE transaction: take a per-document
 *     lock (PostgreSQL advisory lock; SQLite serializes writers anyway), re-check, put the
 *     document (a no-op for a known id) and replace its analysis (`articles.save`).
 */
import { sql } from 'kysely';
import type { Document } from '../domain/types.js';
import { toBrinkError } from '../domain/errors.js';
import type { ArticleAnalysis, Store } from '../store/types.js';
import { NEAR_DUPLICATE_DISTANCE, type Analyze, type ItemReport } from './ingest.js';

export interface StoreDocumentOptions {
  analyze?: Analyze;
  /** Data version of the analyzer; stored events carrying it are current. */
  version?: string;
}

type Freshness = 'absent' | 'current' | 'stale';

/** Whether the store holds the document and, if so, whether its analysis is current. */
export async function freshness(store: Store, doc: Document, version: string | undefined): Promise<Freshness> {
  if (!(await store.documents.has(doc.id))) return 'absent';
  return knownFreshness(store, doc, version);
}

/** Freshness of a document the store holds. */
async function knownFreshness(store: Store, doc: Document, version: string | undefined): Promise<Freshness> {
  if (!version || !codable(doc)) return 'current';
  const rows = await store.db
    .selectFrom('events')
    .select(['version'])
    .where('doc_id', '=', doc.id)
    .limit(1000)
    .execute();
  if (rows.length > 0) return rows.every((r) => r.version === version) ? 'current' : 'stale';
  const d = await store.db.selectFrom('documents').select(['pipeline_version']).where('id', '=', doc.id).executeTakeFirst();
  return d?.pipeline_version === version ? 'current' : 'stale';
}

const codable = (doc: Document): boolean => doc.supported && Boolean(doc.published);

/** Serializes writers of one document across processes (PostgreSQL); a no-op on SQLite. */
async function lockDocument(tx: Store, id: string): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${'brink-doc:' + id}))`.execute(tx.db);
}

export async function storeDocument(store: Store, origin: string, doc: Document, opts: StoreDocumentOptions = {}): Promise<ItemReport> {
  const base = { origin, docId: doc.id, title: doc.title, language: doc.language, supported: doc.supported };
  try {
    // Known? and its near-duplicates, in one query.
    const look = await store.documents.lookup(doc.id, doc.simhash, NEAR_DUPLICATE_DISTANCE);
    const before = look.exists ? await knownFreshness(store, doc, opts.version) : 'absent';
    if (before === 'current') return { ...base, status: 'duplicate' };
    const near = before === 'absent' ? look.near : [];
    const nearest = near.filter((n) => n.id !== doc.id).sort((a, b) => a.distance - b.distance)[0];
    const stored: Document = nearest ? { ...doc, nearDuplicateOf: nearest.id } : doc;
    const { analysis, note } = analyzeSafely(stored, opts.analyze);
    const outcome = await store.transaction(async (tx) => {
      await lockDocument(tx, doc.id);
      const now = await freshness(tx, doc, opts.version);
      if (now === 'current') return 'duplicate' as const;
      const put = await tx.documents.put(stored, opts.version ? { pipelineVersion: opts.version } : {});
      // A document inserted just now has no analysis to replace (nothing to delete first).
      if (analysis) await tx.articles.save(stored.id, analysis, opts.version ?? 'unversioned', { newDocument: put.status === 'inserted' });
      return put.status === 'inserted' ? ('inserted' as const) : ('recoded' as const);
    });
    if (outcome === 'duplicate') return { ...base, status: 'duplicate' };
    const extra = {
      ...(analysis ? { events: analysis.events.length } : {}),
      ...(note ? { note } : {}),
      ...(outcome === 'recoded' ? { note: 'analysis replaced (stale data version)' } : {}),
    };
    return nearest ? { ...base, ...extra, status: 'near-duplicate', nearOf: nearest.id } : { ...base, ...extra, status: 'ok' };
  } catch (e) {
    const err = toBrinkError(e, origin);
    return { origin, docId: doc.id, status: 'failed', error: { code: err.code, message: err.message } };
  }
}

/** Unsupported languages and undated documents are stored, not coded; a coder failure says why. */
function analyzeSafely(doc: Document, analyze?: Analyze): { analysis?: ArticleAnalysis; note?: string } {
  if (!analyze) return {};
  if (!doc.supported) return { note: `language ${doc.language}: stored, not coded` };
  if (!doc.published) return { note: 'no publication date: stored, not coded' };
  try {
    return { analysis: analyze(doc) };
  } catch (e) {
    const err = toBrinkError(e);
    return { note: `not coded: ${err.code} ${err.message}` };
  }
}
