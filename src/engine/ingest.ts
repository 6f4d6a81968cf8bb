/**
 * Ingest wiring: sources → documents → dedup against the store → stored, with every run and
 * per-item result recorded. One document is one transaction; a failed item never stops the batch.
 */
import { NEAR_DUPLICATE_MIN_BANDS, readSources, type IngestOptions } from '../ingest/index.js';
import type { ArticleAnalysis, Store } from '../store/types.js';
import type { Document } from '../domain/types.js';
import { toBrinkError } from '../domain/errors.js';

export type ItemStatus = 'ok' | 'duplicate' | 'near-duplicate' | 'failed';

export interface ItemReport {
  origin: string;
  status: ItemStatus;
  docId?: string;
  title?: string;
  nearOf?: string;
  language?: string;
  supported?: boolean;
  error?: { code: string; message: string };
  /** Events coded (asserted and not), when the document was analyzed. */
  events?: number;
  /** Why a stored document was not analyzed (e.g. unsupported language). */
  note?: string;
}

export interface RunSummary {
  runId: number;
  ok: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
  total: number;
}

/**
 * Near-duplicates: documents sharing at least NEAR_DUPLICATE_MIN_BANDS of 32 MinHash LSH bands
 * (estimated shingle Jaccard ≥ ~0.6: the same wire story lightly edited), or, for documents stored
 * without bands, SimHashes within 3 bits (the exact band-indexed range).
 */
export const NEAR_DUPLICATE_DISTANCE = 3;

/**
 * Turns a document into its analysis (events, actors, ceasefires, engagements). Runs BEFORE the
 * write, so the document and its analysis are stored in one transaction: all or nothing.
 */
export type Analyze = (doc: Document) => ArticleAnalysis;

export async function* ingest(
  store: Store,
  inputs: string[],
  opts: IngestOptions & { analyze?: Analyze; version?: string } = {},
): AsyncGenerator<ItemReport, RunSummary> {
  const runId = await store.runs.start({ inputs, published: opts.published, outlet: opts.outlet });
  const summary: RunSummary = { runId, ok: 0, duplicate: 0, nearDuplicate: 0, failed: 0, total: 0 };
  for await (const item of readSources(inputs, opts)) {
    const report = item.doc ? await storeOne(store, item.origin, item.doc, opts) : failed(item.origin, item.error);
    summary.total++;
    if (report.status === 'ok') summary.ok++;
    else if (report.status === 'duplicate') summary.duplicate++;
    else if (report.status === 'near-duplicate') summary.nearDuplicate++;
    else summary.failed++;
    await store.runs.item(runId, {
      origin: report.origin,
      status: report.status,
      docId: report.docId,
      nearOf: report.nearOf,
      errorCode: report.error?.code,
      errorMessage: report.error?.message,
    });
    yield report;
  }
  await store.runs.finish(runId);
  return summary;
}

async function storeOne(store: Store, origin: string, doc: Document, opts: { analyze?: Analyze; version?: string }): Promise<ItemReport> {
  const base = { origin, docId: doc.id, title: doc.title, language: doc.language, supported: doc.supported };
  try {
    if (await store.documents.has(doc.id)) return { ...base, status: 'duplicate' };
    const nearest = await nearestDuplicate(store, doc);
    const stored: Document = nearest ? { ...doc, nearDuplicateOf: nearest.id } : doc;
    const { analysis, note } = analyzeSafely(stored, opts.analyze);
    const status = await store.transaction(async (tx) => {
      const put = await tx.documents.put(stored, opts.version ? { pipelineVersion: opts.version } : {});
      if (put.status === 'inserted' && analysis) await tx.articles.save(stored.id, analysis, opts.version ?? 'unversioned', { newDocument: true });
      return put.status;
    });
    if (status === 'duplicate') return { ...base, status: 'duplicate' };
    const extra = { ...(analysis ? { events: analysis.events.length } : {}), ...(note ? { note } : {}) };
    return nearest ? { ...base, ...extra, status: 'near-duplicate', nearOf: nearest.id } : { ...base, ...extra, status: 'ok' };
  } catch (e) {
    return failed(origin, e);
  }
}

async function nearestDuplicate(store: Store, doc: Document): Promise<{ id: string } | undefined> {
  const similar = doc.bands?.length ? await store.documents.findSimilar(doc.bands, NEAR_DUPLICATE_MIN_BANDS) : [];
  if (similar[0]) return similar[0];
  const near = doc.simhash ? await store.documents.findNear(doc.simhash, NEAR_DUPLICATE_DISTANCE) : [];
  return near.sort((a, b) => a.distance - b.distance)[0];
}

/** Unsupported languages are stored, not coded; a coder failure keeps the document and says why. */
function analyzeSafely(doc: Document, analyze?: Analyze): { analysis?: ArticleAnalysis; note?: string } {
  if (!analyze) return {};
  if (!doc.supported) return { note: `language ${doc.language}: stored, not coded` };
  if (!doc.published) return { note: 'no publication date: stored, not coded (give --published)' };
  try {
    return { analysis: analyze(doc) };
  } catch (e) {
    const err = toBrinkError(e);
    return { note: `not coded: ${err.code} ${err.message}` };
  }
}

function failed(origin: string, e: unknown): ItemReport {
  const err = toBrinkError(e, origin);
  return { origin, status: 'failed', error: { code: err.code, message: err.message } };
}
